package org.helpline.web.internal;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a refusal on a page as the friendly, localized error page of its status, in the layout of
 * the signed-in user (exception handlers get no {@code @ModelAttribute}s, so it adds {@code me}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private final MessageSource messages;

    PageErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e) {
        return page(HttpStatus.valueOf(e.status()), e.slug(), e.getMessage());
    }

    /** A form that should upload files but was not sent as an upload, or in pieces that cannot be taken apart. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(MultipartException e) {
        return page(HttpStatus.BAD_REQUEST, "unreadable-form", message("error.unreadable-form"));
    }

    /** Form fields the server cannot decode: broken percent-encoding, bytes that are no UTF-8, a broken upload. */
    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView unreadableParameters(InvalidParameterException e) {
        return page(
                ApiProblemAdvice.clientError(e.getErrorCode()), "unreadable-form", message("error.unreadable-form"));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static ModelAndView page(HttpStatus status, String slug, String detail) {
        var page = new ModelAndView("error", status);
        page.addObject("me", HelplineUser.current().orElse(null));
        page.addObject("status", status.value());
        page.addObject("problem", slug);
        page.addObject("detail", detail);
        return page;
    }
}
