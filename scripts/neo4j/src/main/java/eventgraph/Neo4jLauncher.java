package eventgraph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

/**
 * Runs the embedded Neo4j Community engine with its Bolt connector, as a local server.
 *
 * Settings, as --name=value arguments or system properties eventgraph.name:
 * home (required; data/ and logs/ go under it), bolt-port (7687), http-port (0: no HTTP
 * connector; otherwise the HTTP API and Neo4j Browser at /browser/ when its jar is on the
 * classpath), pagecache-mb (512), tx-max-mb (512). The password of user neo4j comes from the environment variable
 * EVENTGRAPH_NEO4J_PASSWORD (or the system property eventgraph.password), so that it
 * does not show in the process list.
 *
 * Prints "EVENTGRAPH_NEO4J_READY bolt://127.0.0.1:PORT VERSION" once Bolt accepts the
 * password; on failure prints "EVENTGRAPH_NEO4J_FAILED reason" and exits 1.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) {
        try {
            run(options(args));
        } catch (Throwable e) {
            System.out.println("EVENTGRAPH_NEO4J_FAILED " + oneLine(e));
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Map<String, String> options) throws InterruptedException {
        String homeOption = option(options, "home", null);
        if (homeOption == null) throw new IllegalArgumentException("--home=DIR is required");
        Path home = Path.of(homeOption).toAbsolutePath();
        int boltPort = Integer.parseInt(option(options, "bolt-port", "7687"));
        int httpPort = Integer.parseInt(option(options, "http-port", "0"));
        long pagecacheMb = Long.parseLong(option(options, "pagecache-mb", "512"));
        long txMaxMb = Long.parseLong(option(options, "tx-max-mb", "512"));
        String password = System.getenv("EVENTGRAPH_NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) password = System.getProperty("eventgraph.password");
        // Neo4j 5 refuses passwords shorter than 8 characters.
        if (password == null || password.length() < 8) {
            throw new IllegalArgumentException("EVENTGRAPH_NEO4J_PASSWORD must hold a password of at least 8 characters");
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                // Bolt waits 5 s twice at shutdown for connections that are gone by then
                // (the databases stop first); 1 s makes db:stop take ~3 s instead of ~12 s.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                // Browser connects to the Bolt address the HTTP discovery document advertises.
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, httpPort > 0)
                .setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", Math.max(httpPort, 1)))
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMaxMb))
                // A dev/test server: no 256 MB preallocated transaction log per database, and a bounded history.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("EVENTGRAPH_NEO4J_STOPPING");
            dbms.shutdown();
            System.out.println("EVENTGRAPH_NEO4J_STOPPED");
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        setPassword(system, password);
        System.out.println("EVENTGRAPH_NEO4J_READY bolt://127.0.0.1:" + boltPort + " " + version(system));
        stopped.await();
    }

    /**
     * A fresh DBMS has user neo4j with password "neo4j" that must change. Embedded
     * transactions run with full rights, so the password can be set directly; it is set on
     * every start so that the configured password stays the one that works.
     */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Thrown when the password is unchanged: nothing to do.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
    }

    private static String version(GraphDatabaseService system) {
        return system.executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions", Map.of(), result -> {
                    @SuppressWarnings("unchecked")
                    List<String> versions = (List<String>) result.next().get("versions");
                    return versions.isEmpty() ? "unknown" : versions.get(0);
                });
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) throw new IllegalArgumentException("expected --name=value, got " + arg);
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static String option(Map<String, String> options, String name, String fallback) {
        return options.getOrDefault(name, System.getProperty("eventgraph." + name, fallback));
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root == e ? e.toString() : e + " (cause: " + root + ")";
        return message.replace('\n', ' ');
    }
}
