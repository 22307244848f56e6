package org.polypress.route;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.polypress.pipeline.Json;

/**
 * Optional HTTP endpoint (setting {@code health.port}) on the JDK's built-in server, so it needs no
 * extra modules: {@code GET /health} answers 200 with {@code "status": "UP"} while the Camel context
 * and the route are started, 503 otherwise; {@code GET /status} returns the status document.
 */
final class HealthServer {
    private final HttpServer server;

    private HealthServer(HttpServer server) {
        this.server = server;
    }

    static HealthServer start(String host, int port, CamelContext context, Supplier<String> statusJson)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/health", exchange -> {
            ServiceStatus camel = context.getStatus();
            ServiceStatus route = context.getRouteController().getRouteStatus(PolypressRoute.ROUTE_ID);
            boolean up = camel.isStarted() && route != null && route.isStarted();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", up ? "UP" : "DOWN");
            body.put("camel", camel.name());
            body.put("route", route == null ? "Unknown" : route.name());
            respond(exchange, up ? 200 : 503, Json.write(body));
        });
        server.createContext("/status", exchange -> respond(exchange, 200, statusJson.get()));
        server.start();
        return new HealthServer(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, int code, String json) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(code, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
