package org.amtsplan.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real three-node MariaDB Galera cluster on loopback, started by the test run itself from
 * Debian's {@code mariadbd} and {@code galera-4} (which {@code .ci/run} installs): data under
 * {@code target/galera/node<n>}, every port chosen free at start, one {@code my.cnf} per node with
 * the settings a city would run (durable flushes, row-based replication, causal reads).
 *
 * <p>Node 1 bootstraps the cluster; the others join one after another, each once the one before is
 * Synced (two joiners at once make the donor refuse the second: "Will never receive state"). State
 * transfer is rsync, whose daemon does not run as root: a joiner's data directory is made writable
 * for it. {@link #kill(int)} ends a node with SIGKILL, {@link #restart(int)} brings it back and
 * waits until it has caught up. {@link #close()} (and a shutdown hook, should the JVM end early)
 * kills every node.
 *
 * <p>{@link #standalone(Path, String)} starts the yardstick a cluster is measured against: one
 * {@code mariadbd} of the same binary with the same settings, wsrep off.
 */
public final class GaleraCluster implements AutoCloseable {

    public static final String MARIADBD =
            System.getProperty("amtsplan.galera.mariadbd", "/usr/sbin/mariadbd");
    public static final String PROVIDER =
            System.getProperty("amtsplan.galera.provider", "/usr/lib/galera/libgalera_smm.so");
    public static final String USER = "amtsplan";
    public static final String PASSWORD = "amtsplan";

    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(90);

    private final Path base;
    private final boolean replicating;
    private final List<Node> nodes = new ArrayList<>();
    private final Thread killOnExit = new Thread(this::killAll, "galera-cluster-kill");

    /** One mariadbd of the cluster: its ports, its directory and, while it runs, its process. */
    public static final class Node {
        final int number;
        final int clientPort;
        final int groupPort; // gmcast; the IST receiver listens on groupPort + 1
        final int sstPort;
        final Path dir;
        volatile Process process;

        Node(int number, int clientPort, int groupPort, int sstPort, Path dir) {
            this.number = number;
            this.clientPort = clientPort;
            this.groupPort = groupPort;
            this.sstPort = sstPort;
            this.dir = dir;
        }

        public int clientPort() {
            return clientPort;
        }

        Path data() {
            return dir.resolve("data");
        }

        Path log() {
            return dir.resolve("mariadbd.log");
        }
    }

    private GaleraCluster(Path base, boolean replicating) {
        this.base = base;
        this.replicating = replicating;
    }

    /** Whether this machine has what the cluster needs (Debian's mariadb-server and galera-4). */
    public static boolean available() {
        return new File(MARIADBD).canExecute()
                && new File(PROVIDER).exists()
                && new File("/usr/bin/rsync").canExecute();
    }

    /**
     * Starts a cluster of {@code size} nodes with its data under {@code base} (emptied first), the
     * database {@code database} and the account {@link #USER}/{@link #PASSWORD} on every node.
     */
    public static GaleraCluster start(Path base, int size, String database) throws Exception {
        return start(base, size, database, true);
    }

    /**
     * One node with the settings of a cluster node (the same {@code mariadbd}, durable flushes,
     * binary log) but wsrep off, as a city runs a single MariaDB: what a cluster's figures are
     * compared with, so that a difference is replication's and not a version's or a setting's.
     * {@link #kill(int)} and {@link #close()} work on it; {@link #restart(int)} and {@link
     * #isolate(int, boolean)} are for clusters.
     */
    public static GaleraCluster standalone(Path base, String database) throws Exception {
        return start(base, 1, database, false);
    }

    private static GaleraCluster start(Path base, int size, String database, boolean replicating)
            throws Exception {
        GaleraCluster cluster = new GaleraCluster(base.toAbsolutePath(), replicating);
        Runtime.getRuntime().addShutdownHook(cluster.killOnExit);
        try {
            cluster.prepare(size);
            cluster.initialise(database);
            Node first = cluster.nodes.get(0);
            cluster.launch(first, replicating, null);
            if (!replicating) {
                cluster.awaitAnswering(first);
                return cluster;
            }
            cluster.awaitSynced(first.number);
            for (Node joiner : cluster.nodes.subList(1, size)) {
                cluster.launch(joiner, false, null);
                cluster.awaitSynced(joiner.number);
            }
            return cluster;
        } catch (Exception | Error failure) {
            cluster.close();
            throw failure;
        }
    }

    /** A plain URL to one node (1-based), for reading what that node holds. */
    public String jdbcUrl(int node, String database) {
        return "jdbc:mariadb://127.0.0.1:" + node(node).clientPort + "/" + database;
    }

    /**
     * The MariaDB driver's failover URL an instance uses: {@code sequential} takes the first host
     * of the list that answers, so every instance given the same list writes through the same node
     * and all of them move to the next one together when it fails. The list starts at {@code
     * firstNode} and goes round the others in order.
     */
    public String failoverUrl(int firstNode, String database) {
        String hosts =
                Stream.iterate(firstNode, n -> n % nodes.size() + 1)
                        .limit(nodes.size())
                        .map(n -> "127.0.0.1:" + node(n).clientPort)
                        .collect(Collectors.joining(","));
        // retriesAllDown: when no host serves (the instance is cut off with a minority node), a
        // request is refused after ~5 s instead of the driver's default of 120 rounds of 250 ms
        return "jdbc:mariadb:sequential://" + hosts + "/" + database + "?retriesAllDown=20";
    }

    public Connection connect(int node, String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(node, database), USER, PASSWORD);
    }

    /** Ends a node as a power cut would: SIGKILL, no shutdown, no flush beyond what was synced. */
    public void kill(int number) throws InterruptedException {
        Node node = node(number);
        Process process = node.process;
        if (process != null) {
            process.destroyForcibly().waitFor();
            node.process = null;
        }
    }

    /**
     * Starts a stopped node again; it rejoins (by IST or SST) and this returns once it is Synced.
     */
    public void restart(int number) throws Exception {
        Node node = node(number);
        if (node.process != null && node.process.isAlive()) {
            throw new IllegalStateException("node " + number + " is still running");
        }
        // as the Debian service does (galera_recovery): find the last committed position in the
        // node's own InnoDB, so that it rejoins by incremental transfer from a donor's cache
        launch(node, false, recoveredPosition(node));
        awaitSynced(number);
    }

    /**
     * Cuts a node off the cluster's group traffic and back ({@code gmcast.isolate}): its links to
     * the others are closed and theirs refused, its mariadbd keeps running and answering clients.
     * The others see it vanish as in a network split; on its own it is a minority (non-Primary).
     */
    public void isolate(int number, boolean isolated) throws SQLException {
        try (Connection c = connect(number, "");
                Statement s = c.createStatement()) {
            s.execute(
                    "SET GLOBAL wsrep_provider_options='gmcast.isolate="
                            + (isolated ? 1 : 0)
                            + "'");
        }
    }

    public boolean isRunning(int number) {
        Process process = node(number).process;
        return process != null && process.isAlive();
    }

    /**
     * The node's {@code SHOW GLOBAL STATUS LIKE 'wsrep_%'}, or an empty map if it does not answer.
     */
    public Map<String, String> wsrepStatus(int number) {
        Map<String, String> status = new HashMap<>();
        try (Connection c = connect(number, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'wsrep_%'")) {
            while (r.next()) {
                status.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException notAnswering) {
            status.clear();
        }
        return status;
    }

    private void awaitAnswering(Node node) throws InterruptedException {
        long deadline = System.nanoTime() + SYNC_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (node.process == null || !node.process.isAlive()) {
                throw new IllegalStateException(
                        "node " + node.number + " stopped; its log:\n" + tail(node.log()));
            }
            try (Connection c = connect(node.number, "")) {
                return;
            } catch (SQLException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(
                "node " + node.number + " not answering within " + SYNC_TIMEOUT);
    }

    /** Waits until the node reports itself Synced in a primary component. */
    public void awaitSynced(int number) throws InterruptedException {
        Node node = node(number);
        long deadline = System.nanoTime() + SYNC_TIMEOUT.toNanos();
        Map<String, String> status = Map.of();
        while (System.nanoTime() < deadline) {
            if (node.process == null || !node.process.isAlive()) {
                throw new IllegalStateException(
                        "node " + number + " stopped; its log:\n" + tail(node.log()));
            }
            status = wsrepStatus(number);
            if ("Synced".equals(status.get("wsrep_local_state_comment"))
                    && "Primary".equals(status.get("wsrep_cluster_status"))
                    && "ON".equals(status.get("wsrep_ready"))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(
                "node "
                        + number
                        + " not Synced within "
                        + SYNC_TIMEOUT
                        + " ("
                        + status.get("wsrep_local_state_comment")
                        + "); its log:\n"
                        + tail(node.log()));
    }

    @Override
    public void close() {
        killAll();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private void killAll() {
        for (Node node : nodes) {
            Process process = node.process;
            if (process != null) {
                process.destroyForcibly();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private Node node(int number) {
        return nodes.get(number - 1);
    }

    private void prepare(int size) throws IOException {
        killLeftovers();
        deleteTree(base);
        List<Integer> taken = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            int client = freePort(taken, 1);
            int group = freePort(taken, 2); // gmcast and, one above, IST
            int sst = freePort(taken, 1);
            Path dir = base.resolve("node" + n);
            Files.createDirectories(dir.resolve("data"));
            nodes.add(new Node(n, client, group, sst, dir));
        }
        for (Node node : nodes) {
            Files.writeString(node.dir.resolve("my.cnf"), config(node), StandardCharsets.UTF_8);
        }
    }

    /**
     * The settings of one node. Durability: InnoDB flushes its log at every commit and the binary
     * log is synced at every commit, so a node that crashes loses nothing it acknowledged (Galera
     * itself does not flush before acknowledging; Jepsen lost commits without these). Causal reads
     * ({@code wsrep_sync_wait=1}): a read waits until the node has applied every write the cluster
     * committed before it began, so an instance that reads through another node than the one that
     * wrote sees the write. Failure detection is shortened for the test (seconds, not the defaults'
     * tens of seconds), nothing else. A {@link #standalone(Path, String)} node has every setting
     * before the first {@code wsrep_*} one, and {@code wsrep_on=OFF} instead of those.
     */
    private String config(Node node) {
        String config = clusterConfig(node);
        return replicating
                ? config
                : config.substring(0, config.indexOf("wsrep_on=ON")) + "wsrep_on=OFF\n";
    }

    private String clusterConfig(Node node) {
        String members =
                nodes.stream()
                        .map(n -> "127.0.0.1:" + n.groupPort)
                        .collect(Collectors.joining(","));
        return String.join(
                "\n",
                "[mariadbd]",
                "datadir=" + node.data(),
                "socket=" + node.dir.resolve("mariadbd.sock"),
                "pid-file=" + node.dir.resolve("mariadbd.pid"),
                "log-error=" + node.log(),
                "port=" + node.clientPort,
                "bind-address=127.0.0.1",
                "user=root",
                "skip-name-resolve",
                "max_connections=400",
                "performance_schema=OFF",
                "innodb_buffer_pool_size=96M",
                "innodb_log_file_size=48M",
                "default_storage_engine=InnoDB",
                "binlog_format=ROW",
                "log_bin=binlog",
                "sync_binlog=1",
                "innodb_flush_log_at_trx_commit=1",
                "innodb_autoinc_lock_mode=2",
                "innodb_doublewrite=1",
                "wsrep_on=ON",
                "wsrep_provider=" + PROVIDER,
                "wsrep_cluster_name=amtsplan-test",
                "wsrep_cluster_address=gcomm://" + members,
                "wsrep_node_name=node" + node.number,
                "wsrep_node_address=127.0.0.1:" + node.groupPort,
                "wsrep_node_incoming_address=127.0.0.1:" + node.clientPort,
                "wsrep_sst_method=rsync",
                "wsrep_sst_receive_address=127.0.0.1:" + node.sstPort,
                "wsrep_sync_wait=1",
                "wsrep_slave_threads=2",
                "wsrep_provider_options=\"gmcast.listen_addr=tcp://127.0.0.1:"
                        + node.groupPort
                        + ";ist.recv_addr=127.0.0.1:"
                        + (node.groupPort + 1)
                        + ";gcache.size=32M;gcache.recover=yes"
                        + ";evs.keepalive_period=PT0.5S;evs.suspect_timeout=PT2S"
                        + ";evs.inactive_timeout=PT4S;evs.inactive_check_period=PT0.5S"
                        + ";evs.install_timeout=PT3S\"",
                "");
    }

    /**
     * Node 1's data directory is initialised with the database and the test account (in mariadbd's
     * bootstrap mode, no server running) and copied to the others before any of them starts: the
     * first joins then need no state transfer (each starts at node 1's position), which saves the
     * suite a minute of rsync. Restarts after {@link #kill(int)} transfer state for real (rsync).
     */
    private void initialise(String database) throws Exception {
        Node first = nodes.get(0);
        run(
                first.dir.resolve("install-db.log"),
                null,
                "mariadb-install-db",
                "--no-defaults",
                "--datadir=" + first.data(),
                "--user=root",
                "--auth-root-authentication-method=normal",
                "--skip-test-db");
        // the grant tables are not loaded in bootstrap mode until FLUSH PRIVILEGES
        run(
                first.dir.resolve("bootstrap.log"),
                String.join(
                        "\n",
                        "FLUSH PRIVILEGES;",
                        "CREATE DATABASE IF NOT EXISTS `" + database + "`;",
                        "CREATE USER IF NOT EXISTS '"
                                + USER
                                + "'@'127.0.0.1' IDENTIFIED BY '"
                                + PASSWORD
                                + "';",
                        "GRANT ALL ON *.* TO '" + USER + "'@'127.0.0.1' WITH GRANT OPTION;",
                        ""),
                MARIADBD,
                "--no-defaults",
                "--bootstrap",
                "--datadir=" + first.data(),
                "--user=root",
                "--log-error=" + first.dir.resolve("bootstrap.log"));
        for (Node other : nodes.subList(1, nodes.size())) {
            copyTree(first.data(), other.data());
        }
    }

    private static void run(Path log, String input, String... command) throws Exception {
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        try (var stdin = process.getOutputStream()) {
            if (input != null) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + tail(log));
        }
    }

    private String recoveredPosition(Node node) throws Exception {
        Path log = node.dir.resolve("recover.log");
        Files.deleteIfExists(log);
        Process recover =
                new ProcessBuilder(
                                MARIADBD,
                                "--defaults-file=" + node.dir.resolve("my.cnf"),
                                "--wsrep-recover",
                                "--log-error=" + log)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        recover.waitFor();
        String marker = "WSREP: Recovered position: ";
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int at = line.indexOf(marker);
            if (at >= 0) {
                return line.substring(at + marker.length()).trim();
            }
        }
        return null;
    }

    private void launch(Node node, boolean newCluster, String startPosition) throws Exception {
        boolean joining = replicating && !newCluster;
        boolean firstJoin = joining && !Files.exists(node.data().resolve("grastate.dat"));
        if (firstJoin) {
            // its data is a copy of node 1's from before the cluster started (see initialise), and
            // nothing has been written since: it is where node 1 is now and needs no transfer
            Map<String, String> status = wsrepStatus(1);
            Files.writeString(
                    node.data().resolve("grastate.dat"),
                    String.join(
                            "\n",
                            "# GALERA saved state",
                            "version: 2.1",
                            "uuid:    " + status.get("wsrep_local_state_uuid"),
                            "seqno:   " + status.get("wsrep_last_committed"),
                            "safe_to_bootstrap: 0",
                            ""));
        }
        if (joining) {
            openToStateTransfer(node);
        }
        List<String> command = new ArrayList<>();
        command.add(MARIADBD);
        command.add("--defaults-file=" + node.dir.resolve("my.cnf"));
        if (newCluster) {
            command.add("--wsrep-new-cluster");
        }
        if (startPosition != null) {
            command.add("--wsrep_start_position=" + startPosition);
        }

        node.process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        node.dir.resolve("stdout.log").toFile()))
                        .start();
    }

    /**
     * Kills the nodes of an earlier run whose JVM died before it could (their pid files remain).
     */
    private void killLeftovers() {
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> pidFiles = Files.walk(base, 2)) {
            for (Path pidFile :
                    pidFiles.filter(p -> p.getFileName().toString().equals("mariadbd.pid"))
                            .toList()) {
                long pid = Long.parseLong(Files.readString(pidFile).trim());
                ProcessHandle.of(pid)
                        .filter(p -> p.info().commandLine().orElse("").contains(base.toString()))
                        .ifPresent(
                                p -> {
                                    p.destroyForcibly();
                                    p.onExit().join();
                                });
            }
        } catch (IOException | NumberFormatException unreadable) {
            // nothing to clean up then
        }
    }

    /**
     * The rsync daemon that receives a state transfer runs as {@code nobody} when started by root,
     * and must create, replace and chmod every file of the data directory; mariadbd ignores a
     * world-writable my.cnf, so only the data directory is handed over.
     */
    private static void openToStateTransfer(Node node) throws Exception {
        makeWritableForAll(node.data());
        if ("root".equals(System.getProperty("user.name"))) {
            Process chown =
                    new ProcessBuilder("chown", "-R", "nobody:nogroup", node.data().toString())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start();
            chown.waitFor();
        }
    }

    private static void makeWritableForAll(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                path.toFile().setReadable(true, false);
                path.toFile().setWritable(true, false);
                if (Files.isDirectory(path)) {
                    path.toFile().setExecutable(true, false);
                }
            }
        } catch (UncheckedIOException vanished) {
            // a file removed while walking (a running node's temporary file)
        }
    }

    /**
     * A port (and the {@code width - 1} above it) free now and outside the system's ephemeral
     * range: a node binds its IST and SST ports only when it rejoins, and its group and client
     * ports again after a restart; by then an ephemeral port handed to some outgoing connection
     * could hold one ("Address already in use", and the rejoin fails).
     */
    private static int freePort(List<Integer> taken, int width) throws IOException {
        int below = ephemeralRangeStart();
        int from = Math.max(10000, below - 12000);
        java.util.Random random = new java.util.Random();
        for (int tries = 0; tries < 500; tries++) {
            int port = from + random.nextInt(below - from - width);
            boolean free = true;
            for (int i = 0; free && i < width; i++) {
                free = !taken.contains(port + i) && isFree(port + i);
            }
            if (free) {
                for (int i = 0; i < width; i++) {
                    taken.add(port + i);
                }
                return port;
            }
        }
        throw new IllegalStateException("no free port");
    }

    private static int ephemeralRangeStart() {
        try {
            // read as a stream: procfs reports no size, and a size-based read gets one byte
            String range;
            try (var in = Files.newInputStream(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
                range = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
            }
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > 12000 ? start : 32768;
        } catch (IOException | RuntimeException unknown) {
            return 32768; // Linux's default
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no " + log + ")";
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
