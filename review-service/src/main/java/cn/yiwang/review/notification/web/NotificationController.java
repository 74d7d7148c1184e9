package cn.yiwang.review.notification.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.review.notification.NotificationView;
import cn.yiwang.review.notification.Notifications;
import cn.yiwang.review.support.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * {@code /api/v1/reviews/notifications}: the caller's own inbox (as a person, for their organisation,
 * for their region), paged, and marking one read. Everyone signed in has an inbox, possibly empty.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/notifications")
public class NotificationController {

    private final Notifications notifications;

    public NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    public PageOf<NotificationView> inbox(@RequestParam(defaultValue = "false") boolean unread,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "20") int size, Actor actor,
                                          @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        return notifications.inbox(actor, unread, page, size, acceptLanguage);
    }

    @PostMapping("/{id}/read")
    public NotificationView markRead(@PathVariable UUID id, Actor actor,
                                     @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        return notifications.markRead(actor, id, acceptLanguage);
    }
}
