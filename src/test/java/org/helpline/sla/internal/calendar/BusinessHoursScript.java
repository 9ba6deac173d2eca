package org.helpline.sla.internal.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs src/test/resources/sla/business_hours.pl once for a whole batch of cases. */
final class BusinessHoursScript {

    private static final long TIMEOUT_SECONDS = 120;

    private BusinessHoursScript() {}

    /** Whether perl and Business::Hours (Debian package libbusiness-hours-perl) are installed. */
    static boolean isAvailable() {
        try {
            Process probe = new ProcessBuilder("perl", "-MBusiness::Hours", "-e", "1")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().transferTo(OutputStream.nullOutputStream());
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The script's answer per case id. */
    static Map<Integer, Long> answer(List<DifferentialCase> cases) throws IOException, InterruptedException {
        Process perl = new ProcessBuilder("perl", script().toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> feed(perl, cases));
        Map<Integer, Long> answers = read(perl);
        feeding.join();
        if (!perl.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || perl.exitValue() != 0) {
            perl.destroyForcibly();
            throw new IllegalStateException("business_hours.pl failed or timed out");
        }
        return answers;
    }

    private static void feed(Process perl, List<DifferentialCase> cases) {
        try (Writer input = new OutputStreamWriter(perl.getOutputStream(), StandardCharsets.UTF_8)) {
            for (DifferentialCase differentialCase : cases) {
                input.write(differentialCase.perlLine() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, Long> read(Process perl) throws IOException {
        Map<Integer, Long> answers = new HashMap<>();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(perl.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                String[] fields = line.split("\t");
                answers.put(Integer.valueOf(fields[0]), Long.valueOf(fields[1]));
            }
        }
        return answers;
    }

    private static Path script() {
        try {
            return Path.of(BusinessHoursScript.class
                    .getResource("/sla/business_hours.pl")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
