package org.amtsplan.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Archives for the integration tests. {@link #wholeApplication()} is the WAR the build produced, as
 * an operator deploys it. {@link #modules(String...)} is a smaller WAR with the platform, the
 * kernel and the named modules plus every library and resource of the real one, for an IT that
 * should not depend on the other modules. {@link #withTestUnit(String...)} adds the test-only
 * department {@code org.amtsplan.testunit}, whose units kernel ITs use instead of a real
 * department's; {@link #atFixedTime(WebArchive)} freezes an archive's clock at {@link
 * FixedClock#NOW}.
 */
public final class Deployments {

    /** The base packages of the modules around the kernel: their public interfaces and records. */
    private static final String[] MODULE_FACES = {
        "org.amtsplan.vehicleregistration",
        "org.amtsplan.immigration",
        "org.amtsplan.registryoffice",
        "org.amtsplan.disruption",
        "org.amtsplan.notification"
    };

    static final String TEST_UNIT_PACKAGE = "org.amtsplan.testunit";
    static final String TEST_ONLY_CALLBACKS =
            "/WEB-INF/classes/org/amtsplan/disruption/internal/callback/RecordingCallbacksOverHttp.class";
    static final String CONFIG = "/WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {}

    public static WebArchive wholeApplication() {
        WebArchive built =
                ShrinkWrap.create(ZipImporter.class, "amtsplan.war")
                        .importFrom(builtWar())
                        .as(WebArchive.class);
        // the test department must never reach production; every IT of the whole WAR checks it
        String testUnitClasses = "/WEB-INF/classes/" + TEST_UNIT_PACKAGE.replace('.', '/') + "/";
        built.getContent().keySet().stream()
                .filter(path -> path.get().startsWith(testUnitClasses))
                .findAny()
                .ifPresent(
                        path -> {
                            throw new IllegalStateException(
                                    "the built WAR contains the test-only unit: " + path.get());
                        });
        // nor the test-only way the ITs record callbacks without the offline counter's endpoint
        if (built.contains(TEST_ONLY_CALLBACKS)) {
            throw new IllegalStateException("the built WAR contains " + TEST_ONLY_CALLBACKS);
        }
        return built;
    }

    /**
     * {@link #modules(String...)} plus the test-only department {@code org.amtsplan.testunit}
     * (units {@link TestUnit#UNIT} and {@link TestUnit#BY_APPOINTMENT}); without module arguments,
     * the kernel alone with the test department.
     */
    public static WebArchive withTestUnit(String... modulePackages) {
        return modules(modulePackages).addPackages(true, TEST_UNIT_PACKAGE);
    }

    /**
     * The archive with its clock frozen at {@link FixedClock#NOW} ({@code amtsplan.clock.fixed}
     * added to its MicroProfile Config file), for tests whose outcome depends on the day or the
     * time.
     */
    public static WebArchive atFixedTime(WebArchive archive) {
        ArchivePath path = ArchivePaths.create(CONFIG);
        Node existing = archive.get(path);
        String properties = existing == null || existing.getAsset() == null ? "" : read(existing);
        archive.delete(path);
        archive.add(
                new StringAsset(
                        properties
                                + "\namtsplan.clock.fixed="
                                + FixedClock.instant()
                                // files carry the file system's real time, years before the fixed
                                // clock: the offline kit
                                // export would take its own new day lists (and other tests') for
                                // old ones and delete them
                                + "\namtsplan.offline.keepDays=36500\n"),
                path);
        return archive;
    }

    /**
     * The archive with the city in a German state ({@code amtsplan.city.state}), whose public
     * holidays then close every unit; for tests at the {@link FixedClock}, whose dates are known
     * (Whit Monday, 10 June 2030, is six days after it).
     */
    public static WebArchive inState(WebArchive archive, String state) {
        ArchivePath path = ArchivePaths.create(CONFIG);
        Node existing = archive.get(path);
        String properties = existing == null || existing.getAsset() == null ? "" : read(existing);
        archive.delete(path);
        archive.add(new StringAsset(properties + "\namtsplan.city.state=" + state + "\n"), path);
        return archive;
    }

    /**
     * Writes the archive to {@code target/<name>}, for a {@link SecondInstance} that should run the
     * same application as the test's Arquillian deployment.
     */
    public static File exported(WebArchive archive, String name) {
        File war = new File(System.getProperty("amtsplan.buildDir", "target"), name);
        archive.as(ZipExporter.class).exportTo(war, true);
        return war;
    }

    /**
     * The platform, identity and kernel plus the given module base packages (e.g. {@code
     * "org.amtsplan.immigration"}), with the built WAR's libraries, resources and descriptors.
     * Every other module contributes its public face (its base package, without internals and
     * beans), as the deployed modules were compiled against it: a port without its implementation,
     * as when that module is not deployed.
     */
    public static WebArchive modules(String... modulePackages) {
        WebArchive whole = wholeApplication();
        WebArchive archive = ShrinkWrap.create(WebArchive.class, "amtsplan.war");
        String[] packages =
                concat(
                        new String[] {
                            "org.amtsplan.platform",
                            "org.amtsplan.identity",
                            "org.amtsplan.scheduling"
                        },
                        modulePackages);
        // test classes share the packages but must not be deployed
        archive.addPackages(true, Filters.exclude(".*(Test|IT)(\\$.*)?\\.class"), packages);
        archive.addPackages(false, Filters.exclude(".*(Test|IT)(\\$.*)?\\.class"), MODULE_FACES);
        for (Map.Entry<ArchivePath, Node> entry : whole.getContent().entrySet()) {
            String path = entry.getKey().get();
            boolean isClass = path.startsWith("/WEB-INF/classes/org/") && path.endsWith(".class");
            if (!isClass && entry.getValue().getAsset() != null) {
                archive.add(entry.getValue().getAsset(), entry.getKey());
            }
        }
        return archive;
    }

    private static File builtWar() {
        File war = new File(System.getProperty("amtsplan.war", "target/amtsplan.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(
                    war + " is missing: integration tests run after `mvn package`");
        }
        return war;
    }

    private static String read(Node node) {
        try (InputStream in = node.getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
