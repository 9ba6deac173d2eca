package org.helpline.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.helpline.web.ApiOperations.Operation;
import org.helpline.web.ApiOperations.Parameter;
import org.helpline.web.FuzzRequest.Caller;
import org.helpline.web.SampleBodies.Sample;
import org.helpline.web.SampleBodies.Slot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spoils requests to the JSON API, built from its OpenAPI document: broken JSON, invalid UTF-8,
 * wrong types, wrong and missing content types, unknown ids, oversized and odd values. The
 * {@link #refused} ones are certainly invalid; the {@link #odd} ones may or may not be.
 */
final class MalformedApiRequests {

    static final int ONE_MEGABYTE = 1024 * 1024;

    /** Path segments that are no id of anything, some of them percent-encoded nonsense. */
    static final List<String> NOT_IDS = List.of(
            "not-a-uuid",
            "0",
            "-1",
            "null",
            "%20",
            "%FF%FE",
            "%00",
            "%2F",
            "..",
            "a;b",
            "%E2%82%AC",
            "00000000-0000-0000-0000-00000000000g",
            "x".repeat(3000),
            "1e9999");

    static final List<String> WRONG_CONTENT_TYPES = List.of(
            "*/*",
            "application/*",
            "text/plain",
            "application/xml",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=fuzz",
            "not a type",
            "application/json; charset=x-bogus",
            "");

    static final List<String> ACCEPTS =
            List.of("application/json", "*/*", "application/xml", "text/html", "image/png", "garbage", "");

    static final List<String> ODD_TEXTS = List.of(
            "",
            " ",
            "\u0000",
            "a\u0000b",
            "\uD83D\uDE00",
            "\uD800",
            "\u202Eevil",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "%s%n%x",
            "a\r\nSet-Cookie: x=y",
            "../../etc/passwd",
            "NaN",
            "ą".repeat(5000),
            "x".repeat(70_000));

    static final List<String> ODD_NUMBERS =
            List.of("2147483648", "-2147483649", "9223372036854775808", "-1", "0", "1e308", "-1e-308", "1.5", "1e400");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UTF8_MARK = "FUZZ-INVALID-UTF8";
    private static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

    /** An overlong '/': invalid UTF-8, but Jackson decodes it rather than refusing it. */
    private static final List<byte[]> OVERLONG_UTF8 = List.of(new byte[] {(byte) 0xC0, (byte) 0xAF});

    private final ApiOperations api;
    private final SampleBodies samples;
    private final Random random;
    private final List<String> knownIds;

    MalformedApiRequests(ApiOperations api, Random random, List<String> knownIds) {
        this.api = api;
        this.samples = new SampleBodies(api, random);
        this.random = random;
        this.knownIds = knownIds;
    }

    /** A certainly invalid request to {@code operation}, or null when it reads nothing that could be spoiled. */
    FuzzRequest refused(Operation operation, Caller caller) {
        var kinds = new ArrayList<Supplier<FuzzRequest>>();
        if (operation.takesBody()) {
            kinds.add(() -> brokenSyntax(operation, caller));
            kinds.add(() -> invalidUtf8(operation, caller, INVALID_UTF8, true));
            kinds.add(() -> wrongTopLevel(operation, caller));
            kinds.add(() -> deepNesting(operation, caller));
        }
        if (operation.takesBody() && operation.bodyRequired()) {
            kinds.add(() -> wrongContentType(operation, caller));
            kinds.add(() -> json(operation, caller, path(operation), queryValues(operation), "", "empty body", true));
            if (!samples.of(operation.body()).slots().isEmpty()) {
                kinds.add(() -> wrongType(operation, caller));
            }
        }
        if (!operation.in("path").isEmpty()) {
            kinds.add(() -> unknownId(operation, caller));
        }
        if (operation.in("query").stream().anyMatch(this::typed)) {
            kinds.add(() -> wrongQuery(operation, caller));
        }
        if (operation.in("query").stream().anyMatch(Parameter::required)) {
            kinds.add(() -> missingQuery(operation, caller));
        }
        return kinds.isEmpty() ? null : samples.pick(kinds).get();
    }

    /** A request to {@code operation} with something odd in it that may still be acceptable. */
    FuzzRequest odd(Operation operation, Caller caller) {
        var kinds = new ArrayList<Supplier<FuzzRequest>>();
        kinds.add(() -> sample(operation, caller, "as documented", sample -> {}));
        kinds.add(() -> oddQuery(operation, caller));
        kinds.add(() -> oddHeaders(operation, caller));
        kinds.add(() -> badCredentials(operation, caller));
        if (operation.takesBody()) {
            kinds.add(() -> sample(
                    operation,
                    caller,
                    "1 MB value",
                    sample -> oneSlot(sample)
                            .ifPresent(slot -> slot.replace(SampleBodies.NODES.stringNode(oversized())))));
            kinds.add(() -> sample(
                    operation,
                    caller,
                    "value left out",
                    sample -> oneSlot(sample).ifPresent(Slot::remove)));
            kinds.add(() -> sample(
                    operation,
                    caller,
                    "null value",
                    sample -> oneSlot(sample).ifPresent(slot -> slot.replace(SampleBodies.NODES.nullNode()))));
            kinds.add(() -> sample(
                    operation,
                    caller,
                    "odd text",
                    sample -> oneSlot(sample)
                            .ifPresent(slot -> slot.replace(SampleBodies.NODES.stringNode(samples.pick(ODD_TEXTS))))));
            kinds.add(() -> oddNumber(operation, caller));
            kinds.add(() -> sample(operation, caller, "unknown property", sample -> {
                if (sample.body() instanceof ObjectNode object) {
                    object.putObject("unexpected").put("deep", "value");
                }
            }));
            kinds.add(() -> oddCharset(operation, caller));
            kinds.add(() -> invalidUtf8(operation, caller, OVERLONG_UTF8, false));
        }
        return samples.pick(kinds).get();
    }

    private FuzzRequest brokenSyntax(Operation operation, Caller caller) {
        var text = JSON.writeValueAsString(samples.of(operation.body()).body());
        var broken = samples.pick(List.of(
                text.substring(0, text.length() / 2),
                "{",
                "{\"a\":}",
                "nul",
                "{\"x\" 1}",
                "]",
                "{'single': 'quotes'}",
                "not json at all"));
        return json(operation, caller, path(operation), queryValues(operation), broken, "broken JSON", true);
    }

    private FuzzRequest invalidUtf8(Operation operation, Caller caller, List<byte[]> invalid, boolean mustRefuse) {
        var sample = samples.of(operation.body());
        var strings = sample.slots().stream()
                .filter(slot -> samples.kind(slot.schema()).equals("string"))
                .toList();
        String text;
        if (strings.isEmpty()) {
            text = "\"" + UTF8_MARK + "\"";
        } else {
            samples.pick(strings).replace(SampleBodies.NODES.stringNode(UTF8_MARK));
            text = JSON.writeValueAsString(sample.body());
        }
        int at = text.indexOf(UTF8_MARK);
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(samples.pick(invalid));
        bytes.writeBytes(text.substring(at + UTF8_MARK.length()).getBytes(StandardCharsets.UTF_8));
        return request(
                operation,
                caller,
                path(operation),
                queryValues(operation),
                "application/json",
                bytes.toByteArray(),
                "invalid UTF-8",
                mustRefuse);
    }

    private FuzzRequest wrongTopLevel(Operation operation, Caller caller) {
        var body = samples.kind(operation.body()).equals("array")
                ? samples.pick(List.of("{}", "\"text\"", "42"))
                : samples.pick(List.of("[]", "\"text\"", "42", "true", "[{}]"));
        return json(operation, caller, path(operation), queryValues(operation), body, "wrong top-level type", true);
    }

    private FuzzRequest wrongType(Operation operation, Caller caller) {
        var sample = samples.of(operation.body());
        var slot = samples.pick(sample.slots());
        slot.replace(wrongValue(slot.schema()));
        return json(
                operation,
                caller,
                path(operation),
                queryValues(operation),
                JSON.writeValueAsString(sample.body()),
                "wrong type for " + slot.name(),
                true);
    }

    private JsonNode wrongValue(JsonNode schema) {
        var nodes = SampleBodies.NODES;
        return switch (samples.kind(schema)) {
            case "integer", "number" -> samples.pick(List.of(nodes.stringNode("not-a-number"), nodes.objectNode()));
            case "boolean" -> samples.pick(List.of(nodes.stringNode("maybe"), nodes.arrayNode()));
            case "array" -> samples.pick(List.of(nodes.objectNode(), nodes.stringNode("not-a-list")));
            case "object" -> samples.pick(List.of(nodes.numberNode(7), nodes.stringNode("not-an-object")));
            case "enum" -> nodes.stringNode("NOT_ONE_OF_THEM");
            default ->
                switch (samples.format(schema)) {
                    case "uuid" -> nodes.stringNode("not-a-uuid");
                    case "date-time", "date" -> nodes.stringNode("yesterday at noon");
                    default ->
                        samples.pick(
                                List.of(nodes.objectNode(), nodes.arrayNode().add(1)));
                };
        };
    }

    private FuzzRequest wrongContentType(Operation operation, Caller caller) {
        var body = JSON.writeValueAsString(samples.of(operation.body()).body()).getBytes(StandardCharsets.UTF_8);
        var type = samples.pick(WRONG_CONTENT_TYPES);
        return request(
                operation,
                caller,
                path(operation),
                queryValues(operation),
                type,
                body,
                "content type '" + type + "'",
                true);
    }

    private FuzzRequest deepNesting(Operation operation, Caller caller) {
        int depth = 5000;
        var body = "[".repeat(depth) + "]".repeat(depth);
        return json(
                operation, caller, path(operation), queryValues(operation), body, "nested " + depth + " deep", true);
    }

    private FuzzRequest unknownId(Operation operation, Caller caller) {
        var values = new LinkedHashMap<String, String>();
        var spoiled = samples.pick(operation.in("path"));
        var unknown = random.nextBoolean() ? samples.uuid() : samples.pick(NOT_IDS);
        values.put(spoiled.name(), unknown);
        var body = operation.takesBody()
                ? JSON.writeValueAsString(samples.of(operation.body()).body())
                : "";
        return json(
                operation,
                caller,
                path(operation, values),
                queryValues(operation),
                body,
                "unknown " + spoiled.name(),
                true);
    }

    private FuzzRequest wrongQuery(Operation operation, Caller caller) {
        var parameter =
                samples.pick(operation.in("query").stream().filter(this::typed).toList());
        var wrong = switch (samples.kind(parameter.schema())) {
            case "integer", "number" -> samples.pick(List.of("ten", "1O", "1,5", "--1"));
            case "boolean" -> "maybe";
            case "enum" -> "NOT_ONE_OF_THEM";
            default ->
                switch (samples.format(parameter.schema())) {
                    case "uuid" -> samples.pick(List.of("not-a-uuid", "12345"));
                    default -> "yesterday at noon";
                };
        };
        var values = new LinkedHashMap<>(queryValues(operation));
        values.put(parameter.name(), encode(wrong));
        return json(operation, caller, path(operation), values, bodyOf(operation), "wrong " + parameter.name(), true);
    }

    private FuzzRequest missingQuery(Operation operation, Caller caller) {
        var values = new LinkedHashMap<>(queryValues(operation));
        var parameter = samples.pick(
                operation.in("query").stream().filter(Parameter::required).toList());
        values.remove(parameter.name());
        return json(operation, caller, path(operation), values, bodyOf(operation), "missing " + parameter.name(), true);
    }

    private FuzzRequest oddQuery(Operation operation, Caller caller) {
        var values = new LinkedHashMap<>(queryValues(operation));
        var odd = samples.pick(List.of(
                encode(samples.pick(ODD_TEXTS)), samples.pick(ODD_NUMBERS), "%FF%FE", "%00", encode("x".repeat(5000))));
        var name = operation.in("query").isEmpty()
                ? "unknown"
                : samples.pick(operation.in("query")).name();
        values.put(name, odd);
        return json(operation, caller, path(operation), values, bodyOf(operation), "odd " + name, false);
    }

    private FuzzRequest oddHeaders(Operation operation, Caller caller) {
        var request = json(
                operation, caller, path(operation), queryValues(operation), bodyOf(operation), "odd headers", false);
        var headers = new LinkedHashMap<>(request.headers());
        var value = samples.pick(
                List.of("", "*", "W/\"1\"", "\"abc\"", "-1", "99999999999999999999", "x".repeat(4000), "\"0\", \"1\""));
        for (var parameter : operation.in("header")) {
            headers.put(parameter.name(), value);
        }
        headers.put("If-Match", value);
        headers.put("Accept-Language", samples.pick(List.of("xx-YY", "*", "pl;q=abc", "zh-Hant-TW", ",,,")));
        return new FuzzRequest(
                caller, request.method(), request.path(), headers, request.body(), request.what(), false);
    }

    private FuzzRequest badCredentials(Operation operation, Caller caller) {
        var bad = samples.pick(List.of(
                "Basic !!!not-base64",
                "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes(StandardCharsets.UTF_8)),
                "Bearer ",
                "Bearer hlp_" + "A".repeat(43),
                "Bearer " + "x".repeat(3000),
                "Digest username=\"x\"",
                "Basic"));
        var nobody = new Caller(
                "malformed credentials '" + bad.substring(0, Math.min(bad.length(), 20)) + "'",
                caller.client(),
                Map.of("Authorization", bad));
        return json(
                operation,
                nobody,
                path(operation),
                queryValues(operation),
                bodyOf(operation),
                "bad credentials",
                false);
    }

    private FuzzRequest oddNumber(Operation operation, Caller caller) {
        var sample = samples.of(operation.body());
        var numbers = sample.slots().stream()
                .filter(slot -> List.of("integer", "number").contains(samples.kind(slot.schema())))
                .toList();
        var slot = numbers.isEmpty() ? oneSlot(sample).orElse(null) : samples.pick(numbers);
        var number = samples.pick(ODD_NUMBERS);
        var text = JSON.writeValueAsString(sample.body());
        if (slot != null) {
            slot.replace(SampleBodies.NODES.stringNode(UTF8_MARK));
            text = JSON.writeValueAsString(sample.body()).replace("\"" + UTF8_MARK + "\"", number);
        }
        return json(operation, caller, path(operation), queryValues(operation), text, "number " + number, false);
    }

    private FuzzRequest oddCharset(Operation operation, Caller caller) {
        var type = "application/json; charset=" + samples.pick(List.of("UTF-16", "ISO-8859-1", "UTF-32", "US-ASCII"));
        var body = JSON.writeValueAsString(samples.of(operation.body()).body()).getBytes(StandardCharsets.UTF_8);
        return request(operation, caller, path(operation), queryValues(operation), type, body, type, false);
    }

    private FuzzRequest sample(Operation operation, Caller caller, String what, Consumer<Sample> spoil) {
        if (!operation.takesBody()) {
            return json(operation, caller, path(operation), queryValues(operation), "", what, false);
        }
        var sample = samples.of(operation.body());
        spoil.accept(sample);
        return json(
                operation,
                caller,
                path(operation),
                queryValues(operation),
                JSON.writeValueAsString(sample.body()),
                what,
                false);
    }

    private Optional<Slot> oneSlot(Sample sample) {
        return sample.slots().isEmpty() ? Optional.empty() : Optional.of(samples.pick(sample.slots()));
    }

    /** About a megabyte of UTF-8, in letters of one, two or three bytes. */
    private String oversized() {
        var letter = samples.pick(List.of("a", "ż", "字"));
        return letter.repeat(ONE_MEGABYTE / letter.getBytes(StandardCharsets.UTF_8).length);
    }

    private boolean typed(Parameter parameter) {
        var kind = samples.kind(parameter.schema());
        return List.of("integer", "number", "boolean", "enum").contains(kind)
                || List.of("uuid", "date-time", "date").contains(samples.format(parameter.schema()));
    }

    private String bodyOf(Operation operation) {
        return operation.takesBody()
                ? JSON.writeValueAsString(samples.of(operation.body()).body())
                : "";
    }

    private String path(Operation operation) {
        return path(operation, Map.of());
    }

    private String path(Operation operation, Map<String, String> spoiled) {
        var path = operation.path();
        for (var parameter : operation.in("path")) {
            var value = spoiled.containsKey(parameter.name()) ? spoiled.get(parameter.name()) : pathValue(parameter);
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    private String pathValue(Parameter parameter) {
        if (samples.kind(parameter.schema()).equals("enum")) {
            return encode(samples.of(parameter.schema()).body().asString());
        }
        if (!knownIds.isEmpty() && random.nextInt(4) > 0) {
            return encode(samples.pick(knownIds));
        }
        return samples.uuid();
    }

    private Map<String, String> queryValues(Operation operation) {
        var values = new LinkedHashMap<String, String>();
        for (var parameter : operation.in("query")) {
            if (parameter.required() || random.nextBoolean()) {
                var sample = samples.of(parameter.schema()).body();
                values.put(parameter.name(), encode(sample.isString() ? sample.asString() : sample.toString()));
            }
        }
        return values;
    }

    private FuzzRequest json(
            Operation operation,
            Caller caller,
            String path,
            Map<String, String> query,
            String body,
            String what,
            boolean mustRefuse) {
        return request(
                operation,
                caller,
                path,
                query,
                "application/json",
                body.getBytes(StandardCharsets.UTF_8),
                what,
                mustRefuse);
    }

    private FuzzRequest request(
            Operation operation,
            Caller caller,
            String path,
            Map<String, String> query,
            String contentType,
            byte[] body,
            String what,
            boolean mustRefuse) {
        var headers = new LinkedHashMap<>(caller.headers());
        var accept = samples.pick(ACCEPTS);
        if (!accept.isEmpty()) {
            headers.put("Accept", accept);
        }
        if (!contentType.isEmpty() && (body.length > 0 || operation.takesBody())) {
            headers.put("Content-Type", contentType);
        }
        var target = new StringBuilder(path);
        query.forEach((name, value) -> target.append(target.indexOf("?") < 0 ? '?' : '&')
                .append(name)
                .append('=')
                .append(value));
        return new FuzzRequest(caller, operation.method(), target.toString(), headers, body, what, mustRefuse);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
