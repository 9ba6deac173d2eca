package org.helpline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The rules of docs/conventions.md that Spring Modulith does not check (ModularityTests does the rest). */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.helpline");

    private static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe(
            "repositories (classes holding a JdbcClient)",
            type -> type.getFields().stream()
                    .anyMatch(field -> field.getRawType().isEquivalentTo(JdbcClient.class)));

    private static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe(
            "controllers in web or api",
            type -> type.getPackageName().matches("org\\.helpline\\.[a-z]+\\.(web|api)(\\..*)?")
                    && (type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class)));

    @Test
    void controllersUseNoRepository() {
        noClasses().that(CONTROLLERS).should().dependOnClassesThat(REPOSITORIES).check(MAIN);
    }

    @Test
    void timeComesFromTheInjectedClock() {
        noClasses()
                .should()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .check(MAIN);
    }
}
