package org.helpline.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where errors land that no handler answered: an address nothing serves (404), a method an address
 * does not take (405), a refusal of the security filters (403), a failure while a page was rendered
 * (500). A browser gets the error page inside the layout, with its navigation and in the reader's
 * language (the controller advice adds the layout's model here too); any other client a problem
 * detail, like the API's own refusals. Replaces Spring Boot's {@code BasicErrorController}.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPageController implements ErrorController {

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        var status = status(request);
        var page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        var status = status(request);
        var problem = ApiProblemAdvice.problem(status, slug(status), detail(status), List.of());
        instance(request).ifPresent(problem::setInstance);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The status of the error, or 404 when someone opens the error address itself. */
    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        var status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }

    /** The address that failed, as the client sent it; none when it is no valid URI reference. */
    private static Optional<URI> instance(HttpServletRequest request) {
        if (!(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(path));
        } catch (URISyntaxException notAUri) {
            return Optional.empty();
        }
    }

    private static String slug(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case UNAUTHORIZED -> "unauthenticated";
            case INTERNAL_SERVER_ERROR -> "internal";
            default -> status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        };
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case FORBIDDEN -> "Your roles do not allow this.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method.";
            case INTERNAL_SERVER_ERROR -> "Something went wrong on our side.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
