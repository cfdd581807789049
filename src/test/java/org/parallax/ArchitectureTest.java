package org.parallax;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The house rules of DEVELOPERS.md, kept true by the build. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parallax");

    static final String[] FEATURES = {
        "security",
        "meeting",
        "party",
        "account",
        "claim",
        "pairing",
        "review",
        "agreement",
        "report",
        "audit",
        "history",
        "demo",
        "api",
        "preference",
        "search",
        "suggestion"
    };

    @Test
    void features_do_not_depend_on_each_other_in_cycles() {
        // The main layout (base.ui) frames every feature's views, so it is left out of the feature graph.
        slices().matching("org.parallax.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES.that(resideOutsideOfPackages("org.parallax.base.ui..", "org.parallax.db..")));
    }

    @Test
    void views_never_touch_jooq_or_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jooq..", "org.parallax.db..")
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void repositories_are_used_only_by_their_own_feature() {
        for (String feature : FEATURES) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.parallax." + feature)
                    .should()
                    .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.parallax." + feature)
                            .and(HasName.Predicates.nameMatching(".*Repository")))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void vaadin_stays_in_ui_and_security() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.parallax.security..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void every_service_door_is_guarded_by_method_security() {
        // UserAccounts (sign-in look-ups, start-up accounts) and AuditService (called inside other
        // services' transactions) are not doors for people.
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .doNotHaveSimpleName("UserAccounts")
                .and()
                .doNotHaveSimpleName("AuditService")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void views_are_not_public() {
        classes()
                .that()
                .resideInAPackage("org.parallax.(*).ui")
                .and()
                .haveSimpleNameEndingWith("View")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void every_feature_package_is_named_here() {
        Set<String> packages = CLASSES.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith("org.parallax."))
                .map(p -> p.substring("org.parallax.".length()).split("\\.")[0])
                .filter(p -> !p.equals("base") && !p.equals("db"))
                .collect(Collectors.toSet());
        assertThat(packages).containsExactlyInAnyOrder(FEATURES);
    }

    @Test
    void shared_infrastructure_does_not_depend_on_features() {
        noClasses()
                .that()
                .resideInAPackage("org.parallax.base")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(Arrays.stream(FEATURES)
                        .map(f -> "org.parallax." + f + "..")
                        .toArray(String[]::new))
                .check(CLASSES);
    }
}
