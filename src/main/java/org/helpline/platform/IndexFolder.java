package org.helpline.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where this node keeps its indexes: the configured folder, or a temporary one that is deleted
 * when the node stops. A temporary folder serves a node whose database is an in-memory H2 (its
 * index must not outlive the database) and a node that finds the configured folder locked by
 * another node on the same machine.
 */
public final class IndexFolder {

    private final Path path;
    private final boolean temporary;

    private IndexFolder(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    public static IndexFolder configured(String folder) {
        return new IndexFolder(Path.of(folder), false);
    }

    public static IndexFolder temporary() {
        try {
            return new IndexFolder(Files.createTempDirectory("helpline-index-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean inMemoryDatabase(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:mem:");
    }

    public Path path() {
        return path;
    }

    public boolean isTemporary() {
        return temporary;
    }

    public void deleteIfTemporary() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
