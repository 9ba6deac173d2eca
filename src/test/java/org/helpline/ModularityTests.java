package org.helpline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules have no cycles and nobody reaches into another module's internals. */
class ModularityTests {

    private static final Path DIAGRAMS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(HelplineApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() throws IOException {
        new Documenter(modules, DIAGRAMS.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (var files = Files.list(DIAGRAMS)) {
            for (var file :
                    files.filter(path -> path.toString().endsWith(".puml")).toList()) {
                Files.write(file, withRelationsSorted(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The Documenter lists components and relations in hash order; sorted (each run of them on its
     * own), a diagram only changes when the modules do.
     */
    private static List<String> withRelationsSorted(List<String> lines) {
        var sorted = new ArrayList<String>();
        var run = new ArrayList<String>();
        String runKind = null;
        for (var line : lines) {
            var kind = sortableKind(line);
            if (runKind != null && !runKind.equals(kind)) {
                run.sort(null);
                sorted.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind != null) {
                run.add(line);
            } else {
                sorted.add(line);
            }
        }
        run.sort(null);
        sorted.addAll(run);
        return sorted;
    }

    private static String sortableKind(String line) {
        var trimmed = line.strip();
        if (trimmed.startsWith("Rel(")) {
            return "Rel";
        }
        return trimmed.startsWith("Component(") ? "Component" : null;
    }
}
