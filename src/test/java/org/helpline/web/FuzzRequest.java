package org.helpline.web;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request of the fuzzer: who sends it, what it spoils ({@code what}), and whether the
 * application must refuse it ({@code mustRefuse}: it is certainly invalid, so anything but a 4xx
 * means garbage was accepted).
 */
record FuzzRequest(
        Caller caller,
        String method,
        String path,
        Map<String, String> headers,
        byte[] body,
        String what,
        boolean mustRefuse) {

    /** Who sends a request: a demo login (signed in with a token or a session) or nobody. */
    record Caller(String name, HttpClient client, Map<String, String> headers) {}

    /** The start of the body, printable, with its full length: enough to repeat the request by hand. */
    String bodySample() {
        if (body.length == 0) {
            return "(no body)";
        }
        var text = printable(new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8));
        return text + (body.length > 160 ? "... (" + body.length + " bytes)" : "");
    }

    private static String printable(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    String describe() {
        var shownPath = path.length() > 200 ? path.substring(0, 200) + "...(" + path.length() + " chars)" : path;
        return method + " " + shownPath + " as " + caller.name() + " [" + what + "] headers " + headers + " body "
                + bodySample();
    }
}
