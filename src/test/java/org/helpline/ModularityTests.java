package org.helpline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules have no cycles and nobody reaches into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(HelplineApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, "docs/modules").writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
