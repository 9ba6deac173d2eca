package org.helpline.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
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
 * the signed-in user (exception handlers get no {@code @ModelAttribute}s, so it adds the layout's
 * model). The refusal's own detail is English for developers; the page explains it in the reader's
 * language by its kind ({@code error.detail.<slug>}), or by its status alone. Spring's own refusals
 * (a parameter of the wrong type, a missing one) are sent as errors and shown by
 * {@link ErrorPageController}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    private static final String UNREADABLE_FORM = "unreadable-form";

    private final MessageSource messages;
    private final LayoutModel layout;

    PageErrorAdvice(MessageSource messages, LayoutModel layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e, HttpServletRequest request) {
        return page(HttpStatus.valueOf(e.status()), e.slug(), request);
    }

    /** A form that should upload files but was not sent as an upload, or in pieces that cannot be taken apart. */
    @ExceptionHandler(MultipartException.class)
    ModelAndView multipart(MultipartException e, HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, UNREADABLE_FORM, request);
    }

    /** Form fields the server cannot decode: broken percent-encoding, bytes that are no UTF-8, a broken upload. */
    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView unreadableParameters(InvalidParameterException e, HttpServletRequest request) {
        return page(ApiProblemAdvice.clientError(e.getErrorCode()), UNREADABLE_FORM, request);
    }

    private ModelAndView page(HttpStatus status, String slug, HttpServletRequest request) {
        var page = new ModelAndView("error", status);
        page.addAllObjects(layout.attributes(request));
        page.addObject("status", status.value());
        page.addObject("problem", slug);
        page.addObject(
                "detail", messages.getMessage("error.detail." + slug, null, null, LocaleContextHolder.getLocale()));
        return page;
    }
}
