package org.helpline.localmail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local server's messages on disk, one {@code .eml} file each, named
 * {@code <received epoch milliseconds>-<id>.eml}, starting with a {@code Delivered-To} header for the
 * mailbox (or number) it went to. A file is written under a temporary name and then renamed, so a
 * crash leaves no half message; a file that cannot be read is logged and skipped.
 */
final class MailFiles {

    static final String DELIVERED_TO = "Delivered-To";

    private static final Logger log = LoggerFactory.getLogger(MailFiles.class);
    private static final Pattern NAME = Pattern.compile("(\\d{1,19})-([0-9a-f-]{36})\\.eml");
    private static final Session SESSION = Session.getInstance(new Properties());

    /** A message read back: its id, when it was received, its file and the message with its {@code Delivered-To}. */
    record Stored(String id, Instant receivedAt, Path file, MimeMessage message) {}

    private final Path directory;

    MailFiles(Path directory) {
        this.directory = directory;
    }

    /** Writes {@code message} as delivered to {@code to} at {@code receivedAt}; answers it as read back. */
    Stored write(String to, MimeMessage message, Instant receivedAt) throws IOException, MessagingException {
        var id = UUID.randomUUID().toString();
        var bytes = new ByteArrayOutputStream();
        bytes.write((DELIVERED_TO + ": " + to.replaceAll("[\\r\\n]", "") + "\r\n").getBytes(StandardCharsets.UTF_8));
        message.writeTo(bytes);
        Files.createDirectories(directory);
        var name = receivedAt.toEpochMilli() + "-" + id + ".eml";
        var partial = directory.resolve(name + ".part");
        Files.write(partial, bytes.toByteArray());
        var file = directory.resolve(name);
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return new Stored(id, receivedAt, file, parse(new java.io.ByteArrayInputStream(bytes.toByteArray())));
    }

    /** Every readable message, oldest first. */
    List<Stored> readAll() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        var stored = new ArrayList<Stored>();
        for (var file : files()) {
            var name = NAME.matcher(file.getFileName().toString());
            if (!name.matches()) {
                continue;
            }
            try (var in = Files.newInputStream(file)) {
                stored.add(new Stored(
                        name.group(2), Instant.ofEpochMilli(Long.parseLong(name.group(1))), file, parse(in)));
            } catch (IOException | MessagingException | RuntimeException e) {
                log.warn("Skipping the unreadable local mail file {}: {}", file, e.toString());
            }
        }
        return stored;
    }

    /** The message in {@code file}, read again. */
    static MimeMessage read(Path file) throws IOException, MessagingException {
        try (var in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    private List<Path> files() {
        try (var files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the local mail directory " + directory, e);
        }
    }

    private static MimeMessage parse(InputStream in) throws MessagingException {
        var message = new MimeMessage(SESSION, in);
        if (message.getHeader(DELIVERED_TO, null) == null) {
            throw new MessagingException("no " + DELIVERED_TO + " header");
        }
        return message;
    }
}
