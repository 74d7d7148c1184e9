package cn.yiwang.hotline.open311.web;

import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.common.security.CurrentActor;
import cn.yiwang.hotline.open311.Open311Requests;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: the format is the path's extension ({@code .json}
 * or {@code .xml}), request parameters are form fields as the spec defines them, and every error is
 * a GeoReport error list (see {@link Open311ErrorHandler}).
 */
@RestController
@RequestMapping("/open311/v2")
public class Open311Controller {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[(.+)]");

    private final Open311Requests requests;

    public Open311Controller(Open311Requests requests) {
        this.requests = requests;
    }

    @GetMapping("/services.{format:json|xml}")
    public ResponseEntity<String> services(@PathVariable String format,
                                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return Open311Format.of(format).list("services", "service", requests.services(locale(language)));
    }

    @GetMapping("/services/{code}.{format:json|xml}")
    public ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
                                             @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return Open311Format.of(format).object("service_definition", requests.definition(code, locale(language)));
    }

    @PostMapping("/requests.{format:json|xml}")
    public ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> form,
                                         @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        Locale locale = locale(language);
        Map<String, String> attributes = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            Matcher attribute = ATTRIBUTE.matcher(name);
            if (attribute.matches() && !values.isEmpty()) {
                attributes.put(attribute.group(1), values.get(0));
            }
        });
        Open311Requests.NewRequest request = new Open311Requests.NewRequest(form.getFirst("api_key"),
                form.getFirst("jurisdiction_id"), form.getFirst("service_code"), number(form.getFirst("lat"), "lat"),
                number(form.getFirst("long"), "long"), form.getFirst("address_string"), form.getFirst("address_id"),
                form.getFirst("email"), form.getFirst("device_id"), form.getFirst("account_id"), form.getFirst("first_name"),
                form.getFirst("last_name"), form.getFirst("phone"), form.getFirst("description"), form.getFirst("media_url"),
                attributes);
        return Open311Format.of(format).list("service_requests", "request",
                requests.create(request, CurrentActor.find(), locale));
    }

    @GetMapping("/requests.{format:json|xml}")
    public ResponseEntity<String> list(@PathVariable String format,
                                       @RequestParam(name = "service_request_id", required = false) String ids,
                                       @RequestParam(name = "service_code", required = false) String serviceCode,
                                       @RequestParam(name = "start_date", required = false) String startDate,
                                       @RequestParam(name = "end_date", required = false) String endDate,
                                       @RequestParam(name = "status", required = false) String status,
                                       @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction,
                                       @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        List<Map<String, Object>> found = requests.list(
                new Open311Requests.Filter(ids, serviceCode, startDate, endDate, status, jurisdiction), locale(language));
        return Open311Format.of(format).list("service_requests", "request", found);
    }

    @GetMapping("/requests/{id}.{format:json|xml}")
    public ResponseEntity<String> get(@PathVariable String id, @PathVariable String format,
                                      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return Open311Format.of(format).list("service_requests", "request", requests.get(id, locale(language)));
    }

    @GetMapping("/tokens/{token}.{format:json|xml}")
    public ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return Open311Format.of(format).list("service_requests", "request", requests.token(token, locale(language)));
    }

    private static Locale locale(String language) {
        return ProblemMessages.resolveLocale(language);
    }

    private static Double number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Open311Requests.InvalidParameter(field, text);
        }
    }
}
