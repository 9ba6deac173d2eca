package org.helpline.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.helpline.sla.internal.calendar.OpeningRange;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Deadline computation for a 3-business-day target on Mon-Fri 08:00-18:00 Europe/Warsaw with ten
 * holidays a year, from start instants spread over 2025-2026 (DST changes included). Target: at
 * least 1,000,000 operations per second on one core. Not a test: run it on demand with
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.CalendarBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CalendarBenchmark {

    private static final int STARTS = 4096;
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final List<String> HOLIDAYS =
            List.of("01-01", "01-06", "05-01", "05-03", "06-19", "08-15", "11-01", "11-11", "12-25", "12-26");

    private BusinessCalendar calendar;
    private Duration threeBusinessDays;
    private Instant[] starts;
    private int next;

    @Setup
    public void setUp() {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(WARSAW).weekdays(OpeningRange.parse("08:00-18:00"));
        for (int year = 2025; year <= 2026; year++) {
            for (String holiday : HOLIDAYS) {
                builder.holiday(LocalDate.parse(year + "-" + holiday));
            }
        }
        calendar = builder.build();
        threeBusinessDays = calendar.standardBusinessDay().multipliedBy(3);
        starts = randomStarts();
    }

    @Benchmark
    public Instant threeBusinessDayDeadline() {
        next = (next + 1) & (STARTS - 1);
        return calendar.addBusinessTime(starts[next], threeBusinessDays);
    }

    private static Instant[] randomStarts() {
        SplittableRandom random = new SplittableRandom(42);
        long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long until = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond();
        Instant[] starts = new Instant[STARTS];
        for (int i = 0; i < STARTS; i++) {
            starts[i] = Instant.ofEpochSecond(random.nextLong(from, until));
        }
        return starts;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(CalendarBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
