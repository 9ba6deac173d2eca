package org.helpline.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpline.contact.internal.estimate.ErlangC;
import org.helpline.contact.internal.estimate.EstimatorSettings;
import org.helpline.contact.internal.estimate.WaitTimeEstimator;

/**
 * Measures the expected-wait estimator of the {@code contact} module against simulated queues
 * (see {@link ContactCenterSimulator}): 3 handle-time laws × 2 to 50 agents × utilization 0.5 to
 * 0.95, agents going away and coming back. Per scenario: mean absolute error, share of realized
 * waits inside the published range and its median width, for our estimate and the naive one, at
 * filing and in the pane before filing. It first checks Erlang C against textbook values. Not a
 * test; run it with
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.WaitTimeSimulation [contacts [coverage]]
 * </pre>
 */
public final class WaitTimeSimulation {

    private static final int[] AGENTS = {2, 5, 10, 20, 50};
    private static final double[] UTILIZATION = {0.5, 0.7, 0.8, 0.9, 0.95};

    private WaitTimeSimulation() {}

    public static void main(String[] args) {
        int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long started = System.nanoTime();
        checkErlangC();
        var scenarios = new ArrayList<WaitTimeScenario>();
        long seed = 1;
        for (var law : WaitTimeScenario.HandleTimeLaw.values()) {
            for (int agents : AGENTS) {
                for (double utilization : UTILIZATION) {
                    scenarios.add(new WaitTimeScenario(law, agents, utilization, seed++));
                }
            }
        }
        var defaults = EstimatorSettings.DEFAULTS;
        double coverage = args.length > 1 ? Double.parseDouble(args[1]) : defaults.coverage();
        var estimator = new WaitTimeEstimator(new EstimatorSettings(
                defaults.minCompletedContacts(),
                defaults.minArrivals(),
                coverage,
                defaults.modelError(),
                defaults.staffingError()));
        List<String> rows = scenarios.parallelStream()
                .map(scenario -> row(scenario, new ContactCenterSimulator(scenario, estimator, contacts).run()))
                .toList();
        System.out.println(header());
        rows.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%n%d scenarios x %d contacts in %.1f s%n",
                scenarios.size(),
                contacts,
                (System.nanoTime() - started) / 1e9);
    }

    private static void checkErlangC() {
        check("P(wait) 48 erlangs, 55 agents", ErlangC.probabilityOfWaiting(55, 48), 0.2387, 0.0001);
        check("P(wait) 90 erlangs, 100 agents", ErlangC.probabilityOfWaiting(100, 90), 0.2169, 0.0001);
        check("P(wait) 2 erlangs, 3 agents", ErlangC.probabilityOfWaiting(3, 2), 4.0 / 9, 1e-9);
        check("P(wait) 10 erlangs, 12 agents", ErlangC.probabilityOfWaiting(12, 10), 0.4494, 0.0005);
        check("ASA s 10 erlangs, 12 agents, 180 s", ErlangC.averageSpeedOfAnswer(12, 10, 180), 40.44, 0.05);
    }

    private static void check(String what, double actual, double expected, double tolerance) {
        boolean ok = Math.abs(actual - expected) <= tolerance;
        System.out.printf(
                Locale.ROOT, "Erlang C %-38s %.4f (textbook %.4f) %s%n", what, actual, expected, ok ? "ok" : "WRONG");
        if (!ok) {
            throw new IllegalStateException("Erlang C is off: " + what);
        }
    }

    private static String header() {
        return "| handle times | agents | util | contacts | no est. | MAE ours s | MAE naive s | inside ours | "
                + "inside naive | width ours s | width naive s | inside ours (waited) | pane MAE ours s | "
                + "pane MAE naive s | pane inside ours | pane width ours s | MAE vs naive (filed, pane) |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";
    }

    private static String row(WaitTimeScenario scenario, ContactCenterSimulator.Results r) {
        String verdict = verdict(r.filed.meanAbsoluteError(), r.filedNaive.meanAbsoluteError())
                + verdict(r.pane.meanAbsoluteError(), r.paneNaive.meanAbsoluteError());
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.2f | %d | %d | %.2f | %.2f | %.1f%% | %.1f%% | %d | %d | %.1f%% | %.2f | %.2f | %.1f%% | %d | %s |",
                scenario.law(),
                scenario.agents(),
                scenario.utilization(),
                r.filed.count(),
                r.withoutEstimate,
                r.filed.meanAbsoluteError(),
                r.filedNaive.meanAbsoluteError(),
                100 * r.filed.insideShare(),
                100 * r.filedNaive.insideShare(),
                r.filed.medianWidth(),
                r.filedNaive.medianWidth(),
                100 * r.filed.insideShareWhenWaited(),
                r.pane.meanAbsoluteError(),
                r.paneNaive.meanAbsoluteError(),
                100 * r.pane.insideShare(),
                r.pane.medianWidth(),
                verdict);
    }

    /** "<" when ours is lower, "=" when both are exactly equal (nobody waited), "WORSE" otherwise. */
    private static String verdict(double ours, double naive) {
        return ours < naive ? "<" : ours == naive ? "=" : "WORSE";
    }
}
