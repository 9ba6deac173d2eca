package org.helpline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The rules of docs/conventions.md that Spring Modulith does not check (ModularityTests does the rest). */
class ArchitectureTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.helpline");

    private static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe(
            "repositories (classes holding a JdbcClient; platform's infrastructure holds one too)",
            type -> !type.getPackageName().startsWith("org.helpline.platform")
                    && type.getFields().stream()
                            .anyMatch(field -> field.getRawType().isEquivalentTo(JdbcClient.class)));

    private static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe(
            "controllers in web or api",
            type -> type.getPackageName().matches("org\\.helpline\\.[a-z]+\\.(web|api)(\\..*)?")
                    && (type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class)));

    /** A module's own classes: the controller's module is the third package name (org.helpline.X). */
    private static DescribedPredicate<JavaClass> springBeansOfAnotherModuleThan(JavaClass controller) {
        var module = moduleOf(controller);
        return DescribedPredicate.describe(
                "Spring beans of another module",
                type -> type.getPackageName().startsWith("org.helpline.")
                        && !module.equals(moduleOf(type))
                        && isBean(type));
    }

    /** A Spring bean, or an interface (such as {@code XxxManagement}) that a bean implements. */
    private static boolean isBean(JavaClass type) {
        return type.isMetaAnnotatedWith(Component.class)
                || type.isInterface()
                        && type.getAllSubclasses().stream().anyMatch(sub -> sub.isMetaAnnotatedWith(Component.class));
    }

    private static String moduleOf(JavaClass type) {
        var parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that(REPOSITORIES).should().notBePublic().check(MAIN);
    }

    @Test
    void controllersCallOnlyTheirOwnModule() {
        classes()
                .that(CONTROLLERS)
                .should(new ArchCondition<JavaClass>("call no Spring bean of another module") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        var foreign = springBeansOfAnotherModuleThan(controller);
                        controller.getDirectDependenciesFromSelf().stream()
                                .filter(dependency -> foreign.test(dependency.getTargetClass()))
                                .forEach(dependency -> events.add(
                                        SimpleConditionEvent.violated(dependency, dependency.getDescription())));
                    }
                })
                .check(MAIN);
    }

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
