package org.helpline.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to a form whose body cannot be read (a multipart body without its boundary, say).
 * Tomcat reports such a body only when a parameter is first read, which can be as late as a page
 * template showing a notice ({@code param.saved}) after a refused change: that would be a 500.
 * Reading the parameters here, once the request is signed in (after Spring Security's filters, so a
 * stranger's upload is never parsed), finds it first.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class UnreadableFormFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isForm(request.getContentType())) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException unreadable) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The form's body cannot be read.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        var type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                || type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }
}
