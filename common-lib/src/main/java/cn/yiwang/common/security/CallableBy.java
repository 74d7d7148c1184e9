package cn.yiwang.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The realm roles that may call a controller method (or every method of a controller class; a
 * method's own annotation wins). {@link RoleGate} checks it before the request is read — before
 * the body is parsed and validated — so a caller with none of the roles gets 403, whatever it
 * sends, and never learns from a 400/422 what a valid request would look like.
 *
 * <p>A coarse gate only: region, organisation and ownership stay in the command or query, which
 * keeps its own role check too (defence in depth). Roles must be those of {@link Roles#ALL}: a
 * misspelt role stops the service at start-up instead of silently refusing everybody.
 *
 * <pre>
 * &#64;PostMapping("/places")
 * &#64;CallableBy(value = Roles.AIWEI_OFFICER, detail = "place.forbidden.not-aiwei")
 * PlaceView register(&#64;Valid &#64;RequestBody RegisterPlaceRequest request, Actor actor) { … }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CallableBy {

    /** The roles of which the caller needs at least one. */
    String[] value();

    /**
     * Message key of the 403's detail, without arguments: in common-lib's {@code yiwang/problems}
     * bundle or the service's own {@code messages} bundle, so the refusal reads as the command's
     * own refusal would.
     */
    String detail() default RoleGate.DEFAULT_DETAIL;
}
