package io.rugdesk.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link WebSocketFeed} connects. Build with {@link #of(String)} and the {@code with…} methods.
 *
 * @param serverUrl           http, https, ws or wss origin (a path other than "/" is ignored; see {@code path})
 * @param path                Socket.IO path, default {@code /socket.io/}
 * @param query               query string sent on every request, default {@code frontend-version=1.0}
 * @param transports          in order of preference, default websocket then polling
 * @param token               sent in {@code authenticate} after every (re)connect; never logged nor published
 * @param connectTimeout      how long one connection attempt may take
 * @param reconnectInitial    delay before the first reconnect attempt
 * @param reconnectMax        cap of the exponential backoff
 * @param reconnectJitter     0…1, spread of each delay
 * @param maxReconnectAttempts attempts before giving up; 0 means unlimited
 */
public record FeedOptions(URI serverUrl, String path, String query, List<String> transports, Optional<String> token,
                          Duration connectTimeout, Duration reconnectInitial, Duration reconnectMax,
                          double reconnectJitter, int maxReconnectAttempts) {

    public static final String DEFAULT_PATH = "/socket.io/";
    public static final String DEFAULT_QUERY = "frontend-version=1.0";

    public FeedOptions {
        Objects.requireNonNull(serverUrl, "serverUrl");
        String scheme = serverUrl.getScheme() == null ? "" : serverUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("http", "https", "ws", "wss").contains(scheme) || serverUrl.getHost() == null) {
            throw new IllegalArgumentException("server URL must be http, https, ws or wss with a host: " + serverUrl);
        }
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        transports = List.copyOf(transports);
        for (String transport : transports) {
            if (!transport.equals("websocket") && !transport.equals("polling")) {
                throw new IllegalArgumentException("unknown transport " + transport + " (websocket or polling)");
            }
        }
        if (transports.isEmpty()) {
            throw new IllegalArgumentException("at least one transport is needed");
        }
        token = token == null ? Optional.empty() : token.filter(t -> !t.isBlank());
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(reconnectInitial, "reconnectInitial");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        if (maxReconnectAttempts < 0) {
            throw new IllegalArgumentException("maxReconnectAttempts must be 0 (unlimited) or more");
        }
    }

    /** Defaults: websocket then polling, 0.5 s → 10 s backoff with 30 % jitter, unlimited attempts, no token. */
    public static FeedOptions of(String serverUrl) {
        return new FeedOptions(URI.create(serverUrl), DEFAULT_PATH, DEFAULT_QUERY, List.of("websocket", "polling"),
                Optional.empty(), Duration.ofSeconds(10), Duration.ofMillis(500), Duration.ofSeconds(10), 0.3, 0);
    }

    public FeedOptions withToken(String newToken) {
        return new FeedOptions(serverUrl, path, query, transports, Optional.ofNullable(newToken), connectTimeout,
                reconnectInitial, reconnectMax, reconnectJitter, maxReconnectAttempts);
    }

    public FeedOptions withTransports(List<String> newTransports) {
        return new FeedOptions(serverUrl, path, query, newTransports, token, connectTimeout, reconnectInitial,
                reconnectMax, reconnectJitter, maxReconnectAttempts);
    }

    public FeedOptions withReconnect(Duration initial, Duration max, double jitter, int maxAttempts) {
        return new FeedOptions(serverUrl, path, query, transports, token, connectTimeout, initial, max, jitter,
                maxAttempts);
    }

    public FeedOptions withConnectTimeout(Duration timeout) {
        return new FeedOptions(serverUrl, path, query, transports, token, timeout, reconnectInitial, reconnectMax,
                reconnectJitter, maxReconnectAttempts);
    }

    /** The origin Socket.IO connects to: ws/wss mapped to http/https, path and query dropped. */
    public URI origin() {
        String scheme = serverUrl.getScheme().toLowerCase(java.util.Locale.ROOT);
        String httpScheme = switch (scheme) {
            case "ws" -> "http";
            case "wss" -> "https";
            default -> scheme;
        };
        return URI.create(httpScheme + "://" + serverUrl.getRawAuthority());
    }

    /** Never shows the token, only whether there is one. */
    @Override
    public String toString() {
        return "FeedOptions[serverUrl=" + serverUrl + ", path=" + path + ", query=" + query + ", transports="
                + transports + ", token=" + (token.isPresent() ? "***" : "none") + ", connectTimeout="
                + connectTimeout + ", reconnect=" + reconnectInitial + "→" + reconnectMax + " ±"
                + reconnectJitter + ", maxReconnectAttempts=" + (maxReconnectAttempts == 0 ? "unlimited"
                : maxReconnectAttempts) + "]";
    }
}
