package org.polypress.route;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.polypress.pipeline.RecordJson;

/**
 * Optional HTTP endpoint (setting {@code health.port}): {@code GET /health} answers 200 with
 * {@code "status": "UP"} while the Camel context and the route are started, 503 otherwise;
 * {@code GET /status} returns the status document. A minimal HTTP/1.1 server (one request per
 * connection, {@code Connection: close}) on a plain socket, so that every connection has what the
 * JDK's built-in server does not give: a deadline for its request ({@link #REQUEST_DEADLINE}; a
 * client that sends half a request is cut off then) and a worker of its own from a small pool,
 * so that one slow client never blocks the others. When every worker and the queue are busy, a
 * new connection is closed at once rather than left waiting.
 */
final class HealthServer {
    /** Time a client has to send its whole request: a probe sends a few hundred bytes at once. */
    static final Duration REQUEST_DEADLINE = Duration.ofSeconds(5);
    /** Connections served at once (probes are tiny; a few slow clients must not starve the rest). */
    static final int WORKERS = 8;
    /** Connections waiting for a worker before new ones are refused. */
    static final int QUEUE = 32;
    /** Largest request head read (request line and headers); a probe's is far smaller. */
    static final int MAX_REQUEST_BYTES = 8 * 1024;
    /** Pause after a failed accept: long enough not to spin, short against a probe's timeout. */
    private static final long ACCEPT_RETRY_MILLIS = 50;

    private final ServerSocket socket;
    private final ThreadPoolExecutor workers;
    private final Thread acceptor;
    private final long deadlineNanos;
    private final CamelContext context;
    private final Supplier<String> statusJson;
    private volatile Supplier<Map<String, Object>> cluster;

    private HealthServer(ServerSocket socket, Duration deadline, CamelContext context, Supplier<String> statusJson) {
        this.socket = socket;
        this.deadlineNanos = deadline.toNanos();
        this.context = context;
        this.statusJson = statusJson;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
                r -> daemon(r, "health-" + count.incrementAndGet()));
        this.workers.allowCoreThreadTimeOut(true);
        this.acceptor = daemon(this::acceptLoop, "health-accept");
    }

    static HealthServer start(String host, int port, CamelContext context, Supplier<String> statusJson)
            throws IOException {
        return start(host, port, REQUEST_DEADLINE, context, statusJson);
    }

    static HealthServer start(String host, int port, Duration requestDeadline, CamelContext context,
                              Supplier<String> statusJson) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(host, port), 50);
        HealthServer server = new HealthServer(socket, requestDeadline, context, statusJson);
        server.acceptor.start();
        return server;
    }

    int port() {
        return socket.getLocalPort();
    }

    void stop() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        workers.shutdownNow();
        try {
            acceptor.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                pauseAfterFailedAccept(); // closed (the loop ends), or out of file descriptors for a moment
                continue;
            }
            try {
                workers.execute(() -> serve(connection));
            } catch (RejectedExecutionException busy) {
                close(connection);
            }
        }
    }

    /** A failed accept (say, no file descriptor left) is not retried in a busy loop. */
    private void pauseAfterFailedAccept() {
        if (!socket.isClosed()) {
            try {
                Thread.sleep(ACCEPT_RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            long deadline = System.nanoTime() + deadlineNanos;
            String head = readHead(connection, deadline);
            if (head == null) {
                return; // too slow, too large, or hung up: nothing to answer
            }
            String[] request = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"))
                    .split(" ");
            if (request.length != 3 || !request[2].startsWith("HTTP/")) {
                respond(connection, 400, "Bad Request", "{}", false);
                return;
            }
            String method = request[0];
            String path = request[1].contains("?") ? request[1].substring(0, request[1].indexOf('?')) : request[1];
            boolean headOnly = method.equals("HEAD");
            if (!method.equals("GET") && !headOnly) {
                respond(connection, 405, "Method Not Allowed", "{}", false);
            } else if (path.equals("/health")) {
                Health body = health();
                boolean up = "UP".equals(body.status());
                respond(connection, up ? 200 : 503, up ? "OK" : "Service Unavailable", RecordJson.write(body), headOnly);
            } else if (path.equals("/status")) {
                respond(connection, 200, "OK", statusJson.get(), headOnly);
            } else {
                respond(connection, 404, "Not Found", "{}", headOnly);
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or timed out: nothing to do for the others
        }
    }

    /**
     * The body of {@code /health}: UP or DOWN, the states of Camel and of the route (one route on one
     * machine; on several, each route of the process by its id), and the process's place among
     * several machines when it has one.
     */
    record Health(String status, String camel,
                  @RecordJson.Key(omitNull = true) String route,
                  @RecordJson.Key(omitNull = true) Map<String, Object> routes,
                  @RecordJson.Key(omitNull = true) Map<String, Object> cluster) {
    }

    private Health health() {
        ServiceStatus camel = context.getStatus();
        // One route on one machine; on several, the intake's and the worker's (JobRoutes), each by its id.
        ServiceStatus route = context.getRouteController().getRouteStatus(PolypressRoute.ROUTE_ID);
        Map<String, Object> routes = new LinkedHashMap<>();
        boolean routesUp = route != null && route.isStarted();
        if (route == null) {
            routesUp = !context.getRoutes().isEmpty();
            for (org.apache.camel.Route r : context.getRoutes()) {
                ServiceStatus st = context.getRouteController().getRouteStatus(r.getRouteId());
                routes.put(r.getRouteId(), st == null ? "Unknown" : st.name());
                routesUp &= st != null && st.isStarted();
            }
        }
        boolean up = camel.isStarted() && routesUp;
        return new Health(up ? "UP" : "DOWN", camel.name(),
                routes.isEmpty() ? (route == null ? "Unknown" : route.name()) : null,
                routes.isEmpty() ? null : routes, cluster == null ? null : cluster.get());
    }

    /** Adds the process's place on several machines (role, broker and repository connections, jobs) to /health. */
    void reportCluster(Supplier<Map<String, Object>> section) {
        cluster = section;
    }

    /** The request line and headers up to the blank line, or {@code null} past the deadline or the size limit. */
    private static String readHead(Socket connection, long deadline) throws IOException {
        InputStream in = new BufferedInputStream(connection.getInputStream());
        StringBuilder head = new StringBuilder();
        while (head.length() < MAX_REQUEST_BYTES) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            connection.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            int b;
            try {
                b = in.read();
            } catch (java.net.SocketTimeoutException e) {
                return null;
            }
            if (b < 0) {
                return null;
            }
            head.append((char) b); // ISO-8859-1, as HTTP heads are
            if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4
                    || head.length() >= 2 && head.lastIndexOf("\n\n") == head.length() - 2) {
                return head.toString();
            }
        }
        return null;
    }

    private static void respond(Socket connection, int code, String reason, String json, boolean headOnly)
            throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + code + " " + reason + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        OutputStream out = connection.getOutputStream();
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        if (!headOnly) {
            out.write(body);
        }
        out.flush();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to tell
        }
    }
}
