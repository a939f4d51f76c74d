package org.amtsplan.bench;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.amtsplan.testing.GaleraCluster;
import org.amtsplan.testing.SecondInstance;

/**
 * Amtsplan as a city runs it on MariaDB Galera, on this machine: a three-node cluster on loopback
 * ports (the {@link GaleraCluster} that GaleraClusterIT starts, its data under
 * {@code target/bench-galera}) and one Payara Micro of the same WAR ({@link SecondInstance}) writing
 * through node 1 by the driver's failover URL, with the demo data and the raised limits of
 * {@code mvn -Prun package}. {@link #close()} stops the instance and the nodes; should the JVM end
 * before that (an exception, Ctrl-C), a shutdown hook does.
 */
final class ClusterInstance implements AutoCloseable {

  private static final String DATABASE = "amtsplan";
  private static final int NODES = 3;

  private final GaleraCluster cluster;
  private final SecondInstance instance;
  private final Thread stopOnExit;

  private ClusterInstance(GaleraCluster cluster, SecondInstance instance, Thread stopOnExit) {
    this.cluster = cluster;
    this.instance = instance;
    this.stopOnExit = stopOnExit;
  }

  static ClusterInstance start(Path buildDir) throws Exception {
    Path base = buildDir.resolve("bench-galera").toAbsolutePath().normalize();
    // registered before anything starts: SecondInstance hands out its process only once it is ready
    Thread stopOnExit = new Thread(ClusterInstance::stopPayaraChildren, "bench-cluster-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    GaleraCluster cluster = null;
    try {
      long started = System.nanoTime();
      cluster = GaleraCluster.start(base.resolve("nodes"), NODES, DATABASE);
      System.out.printf(java.util.Locale.ROOT, "  Galera cluster of %d nodes synced in %.0f s (%s)%n", NODES,
          (System.nanoTime() - started) / 1e9, base.resolve("nodes"));
      Map<String, String> environment = new HashMap<>();
      environment.put("AMTSPLAN_DB_URL", cluster.failoverUrl(1, DATABASE));
      environment.put("AMTSPLAN_DB_USER", GaleraCluster.USER);
      environment.put("AMTSPLAN_DB_PASSWORD", GaleraCluster.PASSWORD);
      // as the run profile starts the single node (pom.xml, profile run: run.ratelimit, run.pow)
      environment.put("AMTSPLAN_DEMO", "true");
      environment.put("AMTSPLAN_CITY_STATE", "ST");
      environment.put("AMTSPLAN_DATA_FOLDER", base.resolve("keys").toString());
      environment.put("AMTSPLAN_OFFLINE_FOLDER", base.resolve("offline-kit").toString());
      for (String limit : List.of("AVAILABILITYPERMINUTE", "BOOKINGPERMINUTE", "STAFFBOOKINGPERMINUTE")) {
        environment.put("AMTSPLAN_RATELIMIT_" + limit, "1000000");
      }
      environment.put("AMTSPLAN_POW_DIFFICULTY", "12");
      started = System.nanoTime();
      SecondInstance instance = SecondInstance.start(new File(System.getProperty("amtsplan.war", "target/amtsplan.war")), environment,
          Duration.ofMinutes(10));
      System.out.printf(java.util.Locale.ROOT, "  Amtsplan on the cluster ready in %.0f s at %s%n", (System.nanoTime() - started) / 1e9,
          instance.url());
      return new ClusterInstance(cluster, instance, stopOnExit);
    } catch (Exception | Error failure) {
      stopPayaraChildren();
      if (cluster != null) {
        cluster.close();
      }
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
      throw failure;
    }
  }

  String url() {
    String url = instance.url().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  CpuMeter serverCpu() {
    return CpuMeter.of(CpuMeter.listeningOn(URI.create(url()).getPort()));
  }

  /** The three mariadbd processes together: on Galera every node applies every write. */
  CpuMeter databaseCpu() {
    return CpuMeter.ofAll(IntStream.rangeClosed(1, NODES)
        .mapToObj(n -> CpuMeter.listeningOn(URI.create(cluster.jdbcUrl(n, "").substring("jdbc:".length())).getPort())).toList());
  }

  /** For the report's machine section: what the cluster phase ran on. */
  String describe() {
    String version;
    try (Connection c = cluster.connect(1, ""); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select version(), variable_value from information_schema.global_status"
            + " where variable_name = 'WSREP_PROVIDER_VERSION'")) {
      r.next();
      version = "MariaDB " + r.getString(1) + ", Galera " + r.getString(2);
    } catch (SQLException e) {
      version = "MariaDB (version unreadable: " + e.getMessage() + ")";
    }
    return version + ", " + NODES + " nodes on loopback on this machine (durable flush: innodb_flush_log_at_trx_commit=1, sync_binlog=1;"
        + " wsrep_sync_wait=1), one Payara Micro (heap 512 MiB) writing through node 1 by `" + cluster.failoverUrl(1, DATABASE) + "`";
  }

  @Override
  public void close() {
    try {
      instance.close();
    } finally {
      cluster.close();
      try {
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
      } catch (IllegalStateException shuttingDown) {
        // the hook runs anyway
      }
    }
  }

  /** Ends the Payara Micro this JVM started (only its own children; the single node's server is not one of them). */
  private static void stopPayaraChildren() {
    ProcessHandle.current().children()
        .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
        .forEach(p -> {
          p.destroyForcibly();
          p.onExit().join();
        });
  }
}
