package org.helpline.web;

import java.beans.PropertyDescriptor;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpline.web.FuzzRequest.Caller;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spoils the HTML forms of the application: every POST handler of a page controller, found in
 * the application's own request mappings, with its fields named by its parameters, sent missing,
 * empty, oversized or nonsensical, as a form, as a multipart form with and without a boundary,
 * or as something else altogether.
 */
final class MalformedPageForms {

    /** A form handler: its path pattern and the names of its fields and file parts. */
    record Form(String pattern, List<String> fields, List<String> files) {}

    /** Posting these would end the fuzzer's own session. */
    private static final Set<String> LEFT_OUT = Set.of("/logout", "/login");

    private static final List<String> VALUES = List.of(
            "",
            " ",
            "x",
            "-1",
            "0",
            "99999999999999999999",
            "1.5",
            "not-a-uuid",
            "2026-13-45",
            "25:99",
            "true",
            "NOT_ONE_OF_THEM",
            "PL",
            "en",
            "<script>alert(1)</script>",
            "a\u0000b",
            "\uD83D\uDE00",
            "ą".repeat(3000),
            "x".repeat(70_000));

    private final Random random;
    private final List<String> knownIds;

    MalformedPageForms(Random random, List<String> knownIds) {
        this.random = random;
        this.knownIds = knownIds;
    }

    static List<Form> discover(RequestMappingHandlerMapping mapping) {
        var forms = new ArrayList<Form>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            if (isPage(method)
                    && info.getMethodsCondition().getMethods().stream()
                            .anyMatch(m -> m.name().equals("POST"))) {
                for (var pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/") && !LEFT_OUT.contains(pattern)) {
                        forms.add(form(pattern, method));
                    }
                }
            }
        });
        forms.sort(Comparator.comparing(Form::pattern));
        return forms;
    }

    FuzzRequest spoiled(Form form, Caller caller) {
        var fields = new LinkedHashMap<String, String>();
        var headers = new LinkedHashMap<>(caller.headers());
        var token = headers.get(PageSession.CSRF_HEADER);
        if (token != null && random.nextBoolean()) {
            headers.remove(PageSession.CSRF_HEADER);
            fields.put("_csrf", token);
        }
        for (var field : form.fields()) {
            if (random.nextInt(4) > 0) {
                fields.put(field, pick(VALUES));
            }
        }
        var kind = random.nextInt(10);
        byte[] body;
        String what;
        if (kind < 5) {
            body = urlEncoded(fields);
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            what = "form " + fields.keySet();
        } else if (kind < 7) {
            var boundary = "fuzz" + random.nextInt(1_000_000);
            body = multipart(fields, form.files(), boundary);
            headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            what = "multipart form " + fields.keySet();
        } else if (kind == 7) {
            var broken = pick(List.of("%zz=%FF%FE", "a=%", "name=%C3%28", "&&=&"));
            body = (new String(urlEncoded(fields), StandardCharsets.US_ASCII) + "&" + broken)
                    .getBytes(StandardCharsets.US_ASCII);
            headers.put("Content-Type", "application/x-www-form-urlencoded");
            what = "form with '" + broken + "'";
        } else {
            var type = pick(List.of("multipart/form-data", "*/*", "application/*", "text/plain", "application/json"));
            body = urlEncoded(fields);
            headers.put("Content-Type", type);
            what = "form as '" + type + "'";
        }
        return new FuzzRequest(caller, "POST", path(form.pattern()), headers, body, what, false);
    }

    private String path(String pattern) {
        var path = new StringBuilder();
        var matcher = Pattern.compile("\\{[^}]+}").matcher(pattern);
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(pathValue()));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private String pathValue() {
        return switch (random.nextInt(3)) {
            case 0 -> new UUID(random.nextLong(), random.nextLong()).toString();
            case 1 -> pick(MalformedApiRequests.NOT_IDS);
            default ->
                knownIds.isEmpty()
                        ? new UUID(random.nextLong(), random.nextLong()).toString()
                        : MalformedApiRequests.encode(pick(knownIds));
        };
    }

    private static boolean isPage(HandlerMethod method) {
        return !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                && !method.hasMethodAnnotation(ResponseBody.class);
    }

    private static Form form(String pattern, HandlerMethod method) {
        var fields = new ArrayList<String>();
        var files = new ArrayList<String>();
        for (var parameter : method.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
                    || parameter.hasParameterAnnotation(RequestBody.class)) {
                continue;
            }
            var request = parameter.getParameterAnnotation(RequestParam.class);
            if (request != null) {
                var name = request.name().isEmpty() ? parameter.getParameterName() : request.name();
                (isFile(parameter) ? files : fields).add(name);
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isFormObject(parameter)) {
                fields.addAll(properties(parameter.getParameterType()));
            }
        }
        return new Form(pattern, List.copyOf(fields), List.copyOf(files));
    }

    private static boolean isFile(MethodParameter parameter) {
        return MultipartFile.class.isAssignableFrom(parameter.getParameterType())
                || (Collection.class.isAssignableFrom(parameter.getParameterType())
                        && parameter.getNestedParameterType().equals(MultipartFile.class));
    }

    private static boolean isFormObject(MethodParameter parameter) {
        var type = parameter.getParameterType();
        return !BeanUtils.isSimpleProperty(type)
                && !type.getName().startsWith("org.springframework.")
                && !type.getName().startsWith("jakarta.")
                && !type.getName().startsWith("java.")
                && !type.getName().startsWith("org.helpline.shared.");
    }

    private static List<String> properties(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
        }
        return Arrays.stream(BeanUtils.getPropertyDescriptors(type))
                .filter(property -> property.getWriteMethod() != null)
                .map(PropertyDescriptor::getName)
                .toList();
    }

    private static byte[] urlEncoded(Map<String, String> fields) {
        var body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(MalformedApiRequests.encode(name))
                .append('=')
                .append(MalformedApiRequests.encode(value)));
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] multipart(Map<String, String> fields, List<String> files, String boundary) {
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        for (var file : files) {
            var content = pick(List.of(
                    "---\ntitle: Fuzz\nlanguage: en\n---\nBody",
                    "---\ntitle: Fuzz\u0000\nlanguage: en\n---\nBody\u0000",
                    "",
                    "\u0000\u0001binary",
                    "ą".repeat(5000)));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file
                            + "\"; filename=\"" + pick(List.of("a.md", "", "../../x.md", "ż.md")) + "\"\r\n"
                            + "Content-Type: text/markdown\r\n\r\n" + content + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
