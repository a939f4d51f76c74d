package org.amtsplan.testing;

import java.io.File;
import java.util.Arrays;
import java.util.Map;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Archives for the integration tests. {@link #wholeApplication()} is the WAR the build produced, as
 * an operator deploys it. {@link #modules(String...)} is a smaller WAR with the platform, the kernel
 * and the named modules plus every library and resource of the real one, for an IT that should
 * not depend on the other modules.
 */
public final class Deployments {

  /** The base packages of the modules around the kernel: their public interfaces and records. */
  private static final String[] MODULE_FACES = {
    "org.amtsplan.vehicleregistration", "org.amtsplan.immigration", "org.amtsplan.registryoffice",
    "org.amtsplan.disruption", "org.amtsplan.notification"
  };

  private Deployments() {}

  public static WebArchive wholeApplication() {
    return ShrinkWrap.create(ZipImporter.class, "amtsplan.war")
        .importFrom(builtWar())
        .as(WebArchive.class);
  }

  /**
   * The platform, identity and kernel plus the given module base packages (e.g. {@code
   * "org.amtsplan.immigration"}), with the built WAR's libraries, resources and descriptors. Every
   * other module contributes its public face (its base package, without internals and beans), as
   * the deployed modules were compiled against it: a port without its implementation, as when that
   * module is not deployed.
   */
  public static WebArchive modules(String... modulePackages) {
    WebArchive whole = wholeApplication();
    WebArchive archive = ShrinkWrap.create(WebArchive.class, "amtsplan.war");
    String[] packages =
        concat(new String[] {"org.amtsplan.platform", "org.amtsplan.identity", "org.amtsplan.scheduling"},
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
      throw new IllegalStateException(war + " is missing: integration tests run after `mvn package`");
    }
    return war;
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
