package org.amtsplan.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A second Payara Micro running the built WAR against the same database, for tests that must show
 * that nothing depends on one instance's memory. Started from target/payara-micro.jar like an
 * operator would; ready when its /health/ready says so.
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final int port;
    private final File war;
    private final Map<String, String> overrides;

    private SecondInstance(Process process, int port, File war, Map<String, String> overrides) {
        this.process = process;
        this.port = port;
        this.war = war;
        this.overrides = overrides;
    }

    public static SecondInstance start() throws Exception {
        return start(Map.of());
    }

    /**
     * Starts an instance whose environment differs from the test's by {@code overrides} (say
     * another database or mail server).
     */
    public static SecondInstance start(Map<String, String> overrides) throws Exception {
        return start(
                new File(System.getProperty("amtsplan.war", "target/amtsplan.war")), overrides);
    }

    /** Starts an instance of the given WAR (say one {@link Deployments#exported} wrote). */
    public static SecondInstance start(File war, Map<String, String> overrides) throws Exception {
        return start(war, overrides, Duration.ofSeconds(180));
    }

    /** As {@link #start(File, Map)}, waiting up to {@code timeout} for it to become ready. */
    public static SecondInstance start(File war, Map<String, String> overrides, Duration timeout)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return startOn(port, war, overrides, timeout);
    }

    /**
     * Starts the same WAR with the same environment again on the same port, after {@link #close()}:
     * the browser sees the same origin (its service worker and stored data belong to it) and the
     * same database, as when a city's server comes back after an outage.
     */
    public SecondInstance restart() throws Exception {
        if (process.isAlive()) {
            throw new IllegalStateException("the instance on port " + port + " still runs");
        }
        return startOn(port, war, overrides, Duration.ofSeconds(180));
    }

    private static SecondInstance startOn(
            int port, File war, Map<String, String> overrides, Duration timeout) throws Exception {
        String buildDir = System.getProperty("amtsplan.buildDir", "target");
        ProcessBuilder builder =
                new ProcessBuilder(
                        System.getProperty("java.home") + "/bin/java",
                        "-Xmx512m",
                        "-Djava.io.tmpdir=" + buildDir,
                        "-jar",
                        System.getProperty("amtsplan.payaraMicroJar", "target/payara-micro.jar"),
                        "--deploy",
                        war.getPath(),
                        "--port",
                        Integer.toString(port),
                        "--noCluster");
        Map<String, String> env = builder.environment();
        // the test run's database, unless the caller brings its own (the benchmark's cluster phase
        // sets no such properties and gives the database in overrides)
        env.put("AMTSPLAN_DB_URL", System.getProperty("amtsplan.db.url", ""));
        env.put("AMTSPLAN_DB_USER", System.getProperty("amtsplan.db.user", ""));
        env.put("AMTSPLAN_DB_PASSWORD", System.getProperty("amtsplan.db.password", ""));
        env.put("AMTSPLAN_DEMO", "false");
        env.putAll(overrides);
        // a restart on the same port writes a log of its own
        File log =
                new File(
                        buildDir,
                        "second-instance-" + port + "-" + System.currentTimeMillis() + ".log");
        builder.redirectErrorStream(true).redirectOutput(log);
        SecondInstance instance =
                new SecondInstance(builder.start(), port, war, Map.copyOf(overrides));
        instance.awaitReady(timeout, log);
        return instance;
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + port + "/").toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration timeout, File log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second instance stopped; see " + log);
            }
            try {
                HttpResponse<Void> ready =
                        http.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + port
                                                                + "/health/ready"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException(
                "the second instance was not ready within " + timeout + "; see " + log);
    }

    /**
     * Ends the process at once, as a power cut or an out-of-memory kill would: no shutdown runs.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(
                    java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
                    java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
