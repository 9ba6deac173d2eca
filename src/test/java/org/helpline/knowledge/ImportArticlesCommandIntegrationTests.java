package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * an organisation admin imports a folder of Markdown articles from the command line, {@code
 * java -jar helpline.jar import-articles DIR}, as an operator would: the packaged jar in a process of
 * its own, on an H2 file database of the test's, read afterwards.
 */
class ImportArticlesCommandIntegrationTests {

    private static final Path JAR = Path.of("target/helpline.jar");

    @Test
    void importsTheFolderNamesTheBrokenFileAndEndsWithExitCodeOne(@TempDir Path work) throws Exception {
        assumeThat(JAR)
                .as("the packaged jar (mvn verify builds it before this test)")
                .exists();
        var folder = Files.createDirectories(work.resolve("articles"));
        Files.writeString(folder.resolve("good.md"), """
                ---
                title: Command line import of the quota guide
                language: en
                services: [mail]
                ---
                Imported **from a folder**.
                """);
        Files.writeString(folder.resolve("broken.md"), """
                ---
                title: Broken
                language: klingon
                ---
                body
                """);
        var database = "jdbc:h2:file:" + work.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

        var run = run(
                "import-articles",
                folder.toString(),
                "--spring.datasource.url=" + database,
                "--helpline.knowledge.index-dir=" + work.resolve("index"),
                "--helpline.demo-data=false");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("imported good.md as ").contains("FAILED broken.md: ");
        assertThat(run.output().lines().filter(line -> line.startsWith("FAILED")))
                .singleElement()
                .asString()
                .contains("language");
        assertThat(titles(database)).containsExactly("Command line import of the quota guide");
    }

    @Test
    void aWrongCallPrintsTheUsageAndEndsWithExitCodeTwo(@TempDir Path work) throws Exception {
        assumeThat(JAR)
                .as("the packaged jar (mvn verify builds it before this test)")
                .exists();

        var run = run(
                "import-articles",
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "--helpline.knowledge.index-dir=" + work.resolve("index"),
                "--helpline.demo-data=false");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("usage: java -jar helpline.jar import-articles DIR");
    }

    private record Run(int exitCode, String output) {}

    private static Run run(String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                // A command that starts and ends at once gains nothing from the optimising compiler.
                "-XX:TieredStopAtLevel=1",
                "-jar",
                JAR.toString(),
                "--logging.level.root=WARN"));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("import-articles did not end within 2 minutes:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }

    private static List<String> titles(String database) throws Exception {
        try (var connection = DriverManager.getConnection(database, "sa", "");
                var rows = connection.createStatement().executeQuery("select title from kb_article order by title")) {
            var titles = new ArrayList<String>();
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
            return titles;
        }
    }
}
