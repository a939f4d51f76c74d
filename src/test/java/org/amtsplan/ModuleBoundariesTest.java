package org.amtsplan;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module map of {@code docs/architecture.md}, enforced: a violation fails the normal test
 * command. Two tables say who may use whom, the modules' and the kernel's features'; the document
 * draws the same two.
 */
class ModuleBoundariesTest {

    /** What a department module (and the test unit) may use of the others. */
    static final List<String> DEPARTMENT_MAY_USE =
            List.of("platform", "identity", "scheduling.api", "scheduling.spi");

    /**
     * Module -> what it may use of the other modules: their public base package (ports, events,
     * annotations) or the kernel's {@code api} and {@code spi}, never a sub-package beyond that (so
     * never an {@code internal}). A module's own packages are always allowed.
     */
    static final Map<String, List<String>> MODULES_MAY_USE = new LinkedHashMap<>();

    static {
        MODULES_MAY_USE.put("platform", List.of());
        MODULES_MAY_USE.put("identity", List.of("platform"));
        MODULES_MAY_USE.put("scheduling", List.of("platform", "identity"));
        MODULES_MAY_USE.put("vehicleregistration", DEPARTMENT_MAY_USE);
        MODULES_MAY_USE.put("immigration", DEPARTMENT_MAY_USE);
        MODULES_MAY_USE.put("registryoffice", DEPARTMENT_MAY_USE);
        MODULES_MAY_USE.put(
                "notification",
                List.of("platform", "identity", "scheduling.api", "scheduling.spi"));
        // disruption implements notification's port ConfirmationSignatures and reads its
        // DeliveryReports; notification knows nothing of disruption (ADR 0009). It holds
        // personal data of its own (callbacks, offline actions): the kernel's retention reaches
        // them through scheduling.spi's PersonalDataHolder
        MODULES_MAY_USE.put(
                "disruption",
                List.of(
                        "platform",
                        "identity",
                        "scheduling.api",
                        "scheduling.spi",
                        "notification"));
    }

    /**
     * The kernel's feature packages ({@code scheduling.internal.<feature>}) -> the other features
     * each may use; every feature may also use what the kernel may ({@code scheduling.api}, {@code
     * scheduling.spi} and the kernel's row above). Bottom up: a feature only uses features listed
     * before it.
     */
    static final Map<String, List<String>> KERNEL_FEATURES_MAY_USE = new LinkedHashMap<>();

    static {
        KERNEL_FEATURES_MAY_USE.put("support", List.of());
        KERNEL_FEATURES_MAY_USE.put("catalogue", List.of("support"));
        KERNEL_FEATURES_MAY_USE.put("calendar", List.of("support", "catalogue"));
        KERNEL_FEATURES_MAY_USE.put("ledger", List.of("support", "catalogue", "calendar"));
        KERNEL_FEATURES_MAY_USE.put(
                "booking", List.of("support", "catalogue", "calendar", "ledger"));
        // the counter reads the calendar for the counters staffed now and whether the day is open
        KERNEL_FEATURES_MAY_USE.put(
                "counter", List.of("support", "catalogue", "calendar", "booking"));
        KERNEL_FEATURES_MAY_USE.put(
                "daylist", List.of("support", "catalogue", "booking", "counter"));
        KERNEL_FEATURES_MAY_USE.put(
                "cancellation",
                List.of("support", "catalogue", "calendar", "ledger", "booking", "counter"));
        KERNEL_FEATURES_MAY_USE.put("retention", List.of("support", "catalogue"));
        KERNEL_FEATURES_MAY_USE.put("statistics", List.of("support"));
    }

    static final String KERNEL_INTERNAL = "org.amtsplan.scheduling.internal";

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.amtsplan");
    }

    /** A new module (or kernel feature) must get its row in the table before it may exist. */
    @Test
    void everyModuleAndEveryKernelFeatureHasItsRowInTheTable() {
        Set<String> modules = new TreeSet<>();
        Set<String> features = new TreeSet<>();
        String internal = KERNEL_INTERNAL + ".";
        for (JavaClass type : production) {
            String name = type.getPackageName();
            modules.add(name.substring("org.amtsplan.".length()).split("\\.")[0]);
            if (name.startsWith(internal)) {
                features.add(name.substring(internal.length()).split("\\.")[0]);
            }
        }
        assertEquals(new TreeSet<>(MODULES_MAY_USE.keySet()), modules);
        assertEquals(new TreeSet<>(KERNEL_FEATURES_MAY_USE.keySet()), features);
    }

    @TestFactory
    List<DynamicTest> eachModuleUsesOnlyWhatItsRowAllows() {
        return MODULES_MAY_USE.entrySet().stream()
                .map(
                        row ->
                                DynamicTest.dynamicTest(
                                        row.getKey() + " may use " + row.getValue(),
                                        () ->
                                                usesOnly(
                                                        "org.amtsplan." + row.getKey(),
                                                        "org.amtsplan",
                                                        allowed(row.getKey(), row.getValue()))))
                .toList();
    }

    @TestFactory
    List<DynamicTest> eachKernelFeatureUsesOnlyTheFeaturesItsRowAllows() {
        return KERNEL_FEATURES_MAY_USE.entrySet().stream()
                .map(
                        row ->
                                DynamicTest.dynamicTest(
                                        row.getKey() + " may use " + row.getValue(),
                                        () ->
                                                usesOnly(
                                                        KERNEL_INTERNAL + "." + row.getKey(),
                                                        KERNEL_INTERNAL,
                                                        features(row.getKey(), row.getValue()))))
                .toList();
    }

    /** The feature's own packages and those of the listed features. */
    private static String[] features(String feature, List<String> uses) {
        return Stream.concat(Stream.of(feature), uses.stream())
                .map(f -> KERNEL_INTERNAL + "." + f + "..")
                .toArray(String[]::new);
    }

    /** Classes in {@code from..} use nothing in {@code within..} outside the {@code allowed}. */
    private static void usesOnly(String from, String within, String[] allowed) {
        noClasses()
                .that()
                .resideInAPackage(from + "..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage(within + "..").and(not(resideInAnyPackage(allowed))))
                .check(production);
    }

    /** The module's own packages, and of each listed module exactly its base package. */
    private static String[] allowed(String module, List<String> uses) {
        return Stream.concat(
                        Stream.of("org.amtsplan." + module + ".."),
                        uses.stream().map(u -> "org.amtsplan." + u))
                .toArray(String[]::new);
    }

    /** Implied by the table, and said once more on its own, as the rule everyone knows. */
    @TestFactory
    List<DynamicTest> nobodyImportsAnotherModulesInternals() {
        return MODULES_MAY_USE.keySet().stream()
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
     * The test-only department of the kernel ITs (src/test) follows the row of every department: it
     * reaches the kernel through {@code scheduling.api} and {@code scheduling.spi} only.
     */
    @Test
    void theTestUnitIsADepartmentModuleLikeTheOthers() {
        JavaClasses testUnit = new ClassFileImporter().importPackages("org.amtsplan.testunit");
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        Stream.concat(
                                        Stream.of("org.amtsplan.testunit..", "java..", "jakarta.."),
                                        DEPARTMENT_MAY_USE.stream().map(u -> "org.amtsplan." + u))
                                .toArray(String[]::new))
                .check(testUnit);
    }
}
