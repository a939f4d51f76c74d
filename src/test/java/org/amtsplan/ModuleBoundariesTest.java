package org.amtsplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The module map of design section 3, enforced: a violation fails the normal test command. */
class ModuleBoundariesTest {

    static final List<String> DEPARTMENTS =
            List.of("vehicleregistration", "immigration", "registryoffice");
    static final List<String> MODULES =
            List.of(
                    "platform",
                    "scheduling",
                    "vehicleregistration",
                    "immigration",
                    "registryoffice",
                    "disruption",
                    "notification",
                    "identity");

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.amtsplan");
    }

    /** Besides the platform, the kernel uses identity's ports (who is calling, @ScopedBy). */
    @Test
    void theKernelImportsNoOtherModuleButThePlatformAndIdentitysPorts() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideInAPackage("org.amtsplan.scheduling..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(
                                packagesOf(
                                        List.of(
                                                "vehicleregistration",
                                                "immigration",
                                                "registryoffice",
                                                "disruption",
                                                "notification",
                                                "identity.internal")));
        rule.check(production);
    }

    @TestFactory
    List<DynamicTest> noDepartmentModuleImportsAnother() {
        return DEPARTMENTS.stream()
                .map(
                        department ->
                                DynamicTest.dynamicTest(
                                        department,
                                        () -> {
                                            String[] others =
                                                    packagesOf(
                                                            DEPARTMENTS.stream()
                                                                    .filter(
                                                                            d ->
                                                                                    !d.equals(
                                                                                            department))
                                                                    .toList());
                                            noClasses()
                                                    .that()
                                                    .resideInAPackage(
                                                            "org.amtsplan." + department + "..")
                                                    .should()
                                                    .dependOnClassesThat()
                                                    .resideInAnyPackage(others)
                                                    .check(production);
                                        }))
                .toList();
    }

    @TestFactory
    List<DynamicTest> nobodyImportsAnotherModulesInternals() {
        return MODULES.stream()
                .map(
                        module ->
                                DynamicTest.dynamicTest(
                                        module,
                                        () ->
                                                noClasses()
                                                        .that()
                                                        .resideOutsideOfPackage(
                                                                "org.amtsplan." + module + "..")
                                                        .should()
                                                        .dependOnClassesThat()
                                                        .resideInAPackage(
                                                                "org.amtsplan."
                                                                        + module
                                                                        + ".internal..")
                                                        .check(production)))
                .toList();
    }

    /** Signing goes the other way: disruption implements notification's port (ADR 0009). */
    @Test
    void notificationKnowsNothingOfDisruption() {
        noClasses()
                .that()
                .resideInAPackage("org.amtsplan.notification..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.amtsplan.disruption..")
                .check(production);
    }

    @Test
    void thePlatformImportsNoModule() {
        noClasses()
                .that()
                .resideInAPackage("org.amtsplan.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        packagesOf(MODULES.stream().filter(m -> !m.equals("platform")).toList()))
                .check(production);
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("org.amtsplan.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void packagesInsideTheKernelFormNoCycle() {
        slices().matching("org.amtsplan.scheduling.(*)..")
                .should()
                .beFreeOfCycles()
                .check(production);
    }

    /**
     * Every package its own slice, so that a cycle between a package and its sub-package shows (the
     * {@code (*)} rules above put both into one slice), and so does one between two of the kernel's
     * feature packages. No exceptions.
     */
    @Test
    void noPackagesFormACycle() {
        slices().matching("org.amtsplan.(**)").should().beFreeOfCycles().check(production);
    }

    /**
     * The test-only department of the kernel ITs (src/test) follows the rule of every department:
     * it reaches the kernel through {@code scheduling.api} and {@code scheduling.spi} only.
     */
    @Test
    void theTestUnitIsADepartmentModuleLikeTheOthers() {
        JavaClasses testUnit = new ClassFileImporter().importPackages("org.amtsplan.testunit");
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "org.amtsplan.testunit..",
                        "org.amtsplan.scheduling.api..",
                        "org.amtsplan.scheduling.spi..",
                        "org.amtsplan.platform",
                        "java..",
                        "jakarta..")
                .check(testUnit);
    }

    private static String[] packagesOf(List<String> modules) {
        return modules.stream().map(m -> "org.amtsplan." + m + "..").toArray(String[]::new);
    }
}
