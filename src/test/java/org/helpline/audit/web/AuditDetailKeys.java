package org.helpline.audit.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The detail keys the application records, read from the sources that build {@code AuditDetails}. */
final class AuditDetailKeys {

    private static final Pattern KEY = Pattern.compile(
            "(?:AuditDetails\\.of|\\.and(?:IfPresent|Change|IfChanged|IfListChanged)?)\\(\\s*\"([^\"]+)\"");

    private AuditDetailKeys() {}

    static Set<String> recordedIn(Path sources) throws IOException {
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .map(AuditDetailKeys::read)
                    .filter(source -> source.contains("AuditDetails"))
                    .forEach(source -> KEY.matcher(source).results().forEach(match -> keys.add(match.group(1))));
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
