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

    /** The Documenter lists relations in hash order; sorted, a diagram only changes when the modules do. */
    private static List<String> withRelationsSorted(List<String> lines) {
        var sorted = new ArrayList<String>();
        var relations = new ArrayList<String>();
        for (var line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            sorted.addAll(relations);
            relations.clear();
            sorted.add(line);
        }
        relations.sort(null);
        sorted.addAll(relations);
        return sorted;
    }
}
