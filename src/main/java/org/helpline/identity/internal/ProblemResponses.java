package org.helpline.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.helpline.shared.ProblemException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes problem details from the security filters, which run before Spring MVC and its error
 * handling.
 */
@Component
class ProblemResponses {

    void write(HttpServletResponse response, int status, String slug, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Helpline\", Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"" + ProblemException.TYPE_BASE + slug + "\",\"title\":\"" + escape(title)
                        + "\",\"status\":" + status + ",\"detail\":\"" + escape(detail) + "\"}");
    }

    private static String escape(String text) {
        var out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
