package org.helpline.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/** Sends many requests to the application, a few at a time, and keeps each answer's status. */
final class Barrage {

    /** What came back: the status (0 when no answer came), and the start of the body. */
    record Answer(FuzzRequest request, int status, String body) {

        boolean serverError() {
            return status >= 500 || status == 0;
        }

        boolean refusal() {
            return status >= 400 && status < 500;
        }

        String describe() {
            return "status " + status + " for " + request.describe() + "\n    answered: " + body;
        }
    }

    private static final int IN_FLIGHT = 8;

    private final int port;
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());

    Barrage(int port) {
        this.port = port;
    }

    List<Answer> send(List<FuzzRequest> requests) {
        var gate = new Semaphore(IN_FLIGHT);
        var pending = new ArrayList<CompletableFuture<Answer>>();
        for (var request : requests) {
            gate.acquireUninterruptibly();
            pending.add(request.caller()
                    .client()
                    .sendAsync(http(request), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        gate.release();
                        return failure != null
                                ? new Answer(request, 0, String.valueOf(failure))
                                : new Answer(request, response.statusCode(), start(response.body()));
                    }));
        }
        var sent = pending.stream().map(CompletableFuture::join).toList();
        answers.addAll(sent);
        return sent;
    }

    int count() {
        return answers.size();
    }

    /** How many answers had each status, in order of status. */
    Map<Integer, Integer> byStatus() {
        var counts = new TreeMap<Integer, Integer>();
        synchronized (answers) {
            answers.forEach(answer -> counts.merge(answer.status(), 1, Integer::sum));
        }
        return counts;
    }

    private HttpRequest http(FuzzRequest request) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        return builder.build();
    }

    private static String start(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
