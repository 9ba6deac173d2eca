package org.helpline.web.internal;

import org.helpline.shared.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows a domain refusal on a page as the friendly, localized error page of its status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

    @ExceptionHandler(ProblemException.class)
    ModelAndView problem(ProblemException e) {
        var status = HttpStatus.valueOf(e.status());
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("problem", e.slug());
        page.addObject("detail", e.getMessage());
        return page;
    }
}
