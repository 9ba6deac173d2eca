package org.helpline.benchmarks;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Uploads and downloads of one large attachment over the API on loopback (issue 21's figure): each
 * round files a request, uploads a file of {@code mb} megabytes to it ({@code POST
 * .../attachments}, the body streamed from disk) and downloads it again ({@code GET
 * .../attachments/{id}}, counted, not kept), {@code parallel} such clients at once; only the
 * upload and the download are timed. Prints the median and maximum of each and the server's heap
 * in use before and after (from {@code /actuator/prometheus}, as {@code --metrics login:password}).
 * Run the app with a small heap ({@code -Xmx256m}): files held whole would exhaust it. JDK only,
 * run by {@code bench/attachments.sh}:
 * <pre>
 * java AttachmentLoad.java --base http://127.0.0.1:18085 --mb 20 --rounds 5 --parallel 1
 * </pre>
 */
public final class AttachmentLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AttachmentLoad() {}

    record Timing(long uploadNanos, long downloadNanos) {}

    public static void main(String[] args) throws Exception {
        var values = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var base = values.getOrDefault("base", "http://127.0.0.1:18085");
        var login = values.getOrDefault("login", "admin@contoso.example") + ":demo";
        int megabytes = Integer.parseInt(values.getOrDefault("mb", "20"));
        int rounds = Integer.parseInt(values.getOrDefault("rounds", "5"));
        int parallel = Integer.parseInt(values.getOrDefault("parallel", "1"));
        var metrics = values.get("metrics");

        var file = Files.createTempFile("attachment-load", ".bin");
        try {
            writeRandom(file, megabytes);
            System.out.printf(Locale.ROOT, "heap before: %s%n", heap(base, metrics));
            var timings = Collections.synchronizedList(new ArrayList<Timing>());
            var clients = Executors.newFixedThreadPool(parallel);
            try {
                for (int round = 0; round < rounds; round++) {
                    var running = new ArrayList<Future<Timing>>();
                    for (int c = 0; c < parallel; c++) {
                        running.add(clients.submit(() -> roundTrip(base, login, file)));
                    }
                    for (var one : running) {
                        timings.add(one.get());
                    }
                }
            } finally {
                clients.shutdown();
            }
            System.out.printf(Locale.ROOT, "heap after: %s%n", heap(base, metrics));
            print("upload", timings.stream().map(Timing::uploadNanos).toList(), megabytes);
            print("download", timings.stream().map(Timing::downloadNanos).toList(), megabytes);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Timing roundTrip(String base, String login, Path file) throws Exception {
        var request = send(json(base, login, "/api/v1/requests", FILING), 201);
        var requestId = id(request);
        var boundary = "bench-" + UUID.randomUUID();
        var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        var body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        var upload = authorized(base, login, "/api/v1/requests/" + requestId + "/attachments")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body)
                .build();
        long start = System.nanoTime();
        var uploaded = send(upload, 201);
        long uploadNanos = System.nanoTime() - start;

        var download = authorized(base, login, "/api/v1/requests/" + requestId + "/attachments/" + id(uploaded))
                .GET()
                .build();
        start = System.nanoTime();
        var response = HTTP.send(download, HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream in = response.body()) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        long downloadNanos = System.nanoTime() - start;
        if (response.statusCode() != 200 || bytes != Files.size(file)) {
            throw new IllegalStateException("download: " + response.statusCode() + ", " + bytes + " bytes");
        }
        return new Timing(uploadNanos, downloadNanos);
    }

    private static final String FILING = """
            {"category":"TECHNICAL","serviceId":"mail","problemClassification":"mail-flow",
             "title":"Attachment benchmark","description":"A large file follows.","severity":"C","routeTo":"PROVIDER",
             "contact":{"phone":"+48 22 123 45 67","email":"admin@contoso.example","preferredMethod":"EMAIL",
             "language":"en","available24x7":false}}""";

    private static HttpRequest json(String base, String login, String path, String body) {
        return authorized(base, login, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpRequest.Builder authorized(String base, String login, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    }

    private static String send(HttpRequest request, int expected) throws Exception {
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        var matcher = ID.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return matcher.group(1);
    }

    private static void writeRandom(Path file, int megabytes) throws Exception {
        var random = new Random(21);
        var chunk = new byte[1024 * 1024];
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < megabytes; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
    }

    /** The server's heap in use, all pools together, in megabytes; "n/a" without credentials. */
    private static String heap(String base, String metrics) throws Exception {
        if (metrics == null) {
            return "n/a";
        }
        var text = send(
                authorized(base, metrics, "/actuator/prometheus")
                        .setHeader("Accept", "text/plain")
                        .GET()
                        .build(),
                200);
        double used = 0;
        for (var line : text.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return String.format(Locale.ROOT, "%.0f MB", used / 1024 / 1024);
    }

    private static void print(String what, List<Long> nanos, int megabytes) {
        var sorted = nanos.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2) / 1e6;
        double max = sorted.get(sorted.size() - 1) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "%s of %d MB: n=%d median %.0f ms, max %.0f ms (%.0f MB/s at the median)%n",
                what,
                megabytes,
                sorted.size(),
                median,
                max,
                megabytes / (median / 1000));
    }
}
