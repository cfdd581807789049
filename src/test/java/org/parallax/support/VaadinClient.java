package org.parallax.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser tab as the server sees it, without a browser: it signs in with the login form, opens a route
 * and reads the first state of the UI from the page, then speaks Flow's own protocol. Events and property
 * values go to the server as UIDL requests with the session's CSRF token, the client id the server expects
 * next and the last sync id seen; the answers, and what the server pushes over the WebSocket other people's
 * changes arrive on, are applied in sync id order to a {@link UidlTree}. Load tools drive many of these.
 */
public final class VaadinClient implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOOTSTRAP = "window.Vaadin.TypeScript= ";
    private static final Pattern GRID_CONFIRM = Pattern.compile("\\$(\\d+)\\.\\$connector\\.confirm\\(\\$(\\d+)\\)");

    private final String base;
    private final HttpClient http;
    private final UidlTree tree = new UidlTree();
    /** Messages that arrived before one with a lower sync id, applied once it has come. */
    private final TreeMap<Integer, JsonNode> early = new TreeMap<>();

    private WebSocket push;
    private int pushed;
    /** When each notice with a duration opened: the browser closes it once that has passed. */
    private final Map<Integer, Long> noticesOpenedAt = new HashMap<>();
    /** What the browser's own scripts answer the server with its next request (a grid confirming rows). */
    private final List<Map<String, Object>> replies = new ArrayList<>();

    private String csrfToken;
    private int uiId;
    private int clientId;
    private int syncId = -1;

    public VaadinClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** Signs in with the login form; refused credentials or a locked account throw. */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Sign-in as " + username + " refused: " + answer.statusCode() + " " + location);
        }
    }

    /**
     * Opens a route as a browser loads the page: the first state of its UI comes with the page, then the
     * push connection opens.
     */
    public synchronized void open(String path) throws IOException, InterruptedException {
        String page = get(path);
        int at = page.indexOf(BOOTSTRAP);
        if (at < 0) {
            throw new IllegalStateException("No Vaadin UI in the page " + path);
        }
        // The object ends before the rest of the script; the reader stops there.
        JsonNode initial = JSON.readerFor(JsonNode.class)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .readValue(page.substring(at + BOOTSTRAP.length()));
        JsonNode config = initial.path("initial").path("appConfig");
        JsonNode first = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        csrfToken = first.path("Vaadin-Security-Key").asString();
        clientId = first.path("clientId").asInt();
        syncId = first.path("syncId").asInt() - 1;
        receive(first);
        String pushId = first.path("Vaadin-Push-ID").asString();
        if (!pushId.isEmpty()) {
            connectPush(pushId);
        }
    }

    /** A plain GET in the session, as the browser fetches what a page refers to; the body, or a failure. */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + (path.startsWith("/") ? path : "/" + path)))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    public synchronized UidlTree tree() {
        return tree;
    }

    /** A click on the element, with the event data the server declared for it; the server's answer. */
    public JsonNode click(UidlTree.Node node) throws IOException, InterruptedException {
        return event(node, "click", eventData(node, "click"));
    }

    public synchronized Map<String, Object> eventData(UidlTree.Node node, String event) {
        return tree.eventData(node, event);
    }

    /** A DOM event on the element with the data given (keys are the server's event data expressions). */
    public JsonNode event(UidlTree.Node node, String event, Map<String, Object> data)
            throws IOException, InterruptedException {
        return send(List.of(Map.of("type", "event", "node", node.id(), "event", event, "data", data)));
    }

    /** A property the person changed in the browser (a field's value), then the event that reports it. */
    public JsonNode setProperty(UidlTree.Node node, String property, Object value, String event)
            throws IOException, InterruptedException {
        return send(List.of(
                Map.of("type", "mSync", "node", node.id(), "feature", 1, "property", property, "value", value),
                Map.of("type", "event", "node", node.id(), "event", event, "data", Map.of())));
    }

    /**
     * One UIDL request, sent as the browser's client does (one at a time per tab); the server's answer,
     * applied. An answer saying the session or UI is gone, or an error, throws.
     */
    public JsonNode send(List<Map<String, Object>> rpc) throws IOException, InterruptedException {
        String body;
        synchronized (this) {
            List<Map<String, Object>> all = new ArrayList<>(replies);
            replies.clear();
            all.addAll(closedNotices());
            all.addAll(rpc);
            body = JSON.writeValueAsString(
                    Map.of("csrfToken", csrfToken, "rpc", all, "syncId", syncId, "clientId", clientId));
        }
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The server answered " + answer.statusCode());
        }
        String text = answer.body().startsWith("for(;;);") ? answer.body().substring(8) : answer.body();
        JsonNode message = JSON.readTree(text);
        if (message.isArray()) {
            message = message.get(0);
        }
        JsonNode meta = message.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError")) {
            throw new IllegalStateException("The server answered " + meta);
        }
        synchronized (this) {
            if (message.has("clientId")) {
                clientId = message.get("clientId").asInt();
            } else {
                clientId++;
            }
            receive(message);
            // A push sent just before this answer may still be on its way: the browser applies the answer
            // only after it, and so does this tab before anyone looks at the tree.
            int answered = message.path("syncId").asInt(-1);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (syncId < answered && System.nanoTime() < deadline) {
                wait(100);
            }
        }
        return message;
    }

    /** Applies messages in sync id order, whichever way (answer or push) each came. */
    private synchronized void receive(JsonNode message) {
        if (!message.has("syncId")) {
            apply(message);
            return;
        }
        early.put(message.get("syncId").asInt(), message);
        while (!early.isEmpty() && early.firstKey() <= syncId + 1) {
            var next = early.pollFirstEntry();
            if (next.getKey() == syncId + 1) {
                apply(next.getValue());
                syncId = next.getKey();
            }
        }
        notifyAll();
        if (early.size() > 50) {
            // A message that never came: go on with what is here rather than stall the tab.
            var next = early.pollFirstEntry();
            apply(next.getValue());
            syncId = next.getKey();
        }
    }

    /**
     * Applies a message and does what the browser's scripts would in answer: a grid confirms each update of
     * its rows (the server keeps the rows of unconfirmed updates), a notice's timer starts.
     */
    private void apply(JsonNode message) {
        tree.apply(message);
        for (JsonNode call : message.path("execute")) {
            String script = call.get(call.size() - 1).asString();
            Matcher confirm = GRID_CONFIRM.matcher(script);
            if (confirm.find()) {
                int node = call.get(Integer.parseInt(confirm.group(1)))
                        .path("@v-node")
                        .asInt();
                replies.add(Map.of(
                        "type",
                        "publishedEventHandler",
                        "node",
                        node,
                        "templateEventMethodName",
                        "confirmUpdate",
                        "templateEventMethodArgs",
                        List.of(call.get(Integer.parseInt(confirm.group(2))))));
            }
        }
        for (UidlTree.Node notice : tree.find(
                "vaadin-notification",
                n -> n.property("opened").map(JsonNode::asBoolean).orElse(false))) {
            noticesOpenedAt.putIfAbsent(notice.id(), System.nanoTime());
        }
    }

    /** Notices whose duration has passed: the browser closed them and tells the server so. */
    private List<Map<String, Object>> closedNotices() {
        List<Map<String, Object>> closing = new ArrayList<>();
        for (UidlTree.Node notice : tree.find("vaadin-notification", n -> noticesOpenedAt.containsKey(n.id()))) {
            long duration = notice.property("duration").map(JsonNode::asLong).orElse(5000L);
            boolean open = notice.property("opened").map(JsonNode::asBoolean).orElse(false);
            long openedAt = noticesOpenedAt.get(notice.id());
            if (!open) {
                noticesOpenedAt.remove(notice.id());
            } else if (duration > 0 && System.nanoTime() - openedAt > duration * 1_000_000) {
                noticesOpenedAt.remove(notice.id());
                closing.add(Map.of(
                        "type", "mSync", "node", notice.id(), "feature", 1, "property", "opened", "value", false));
                closing.add(Map.of("type", "event", "node", notice.id(), "event", "opened-changed", "data", Map.of()));
            }
        }
        return closing;
    }

    private synchronized void countPushed() {
        pushed++;
    }

    /** How many messages the server pushed: other people's changes, mostly. */
    public synchronized int pushed() {
        return pushed;
    }

    /** The push connection (Atmosphere over WebSocket): length-prefixed messages, only server to client. */
    private void connectPush(String pushId) {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId;
        URI uri = URI.create(base.replaceFirst("^http", "ws") + "/VAADIN/push?" + query);
        push = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new PushListener())
                .join();
    }

    private final class PushListener implements WebSocket.Listener {
        private final StringBuilder pending = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            pending.append(data);
            for (String message : takeMessages()) {
                if (message.startsWith("{")) {
                    countPushed();
                    receive(JSON.readTree(message));
                }
            }
            socket.request(1);
            return null;
        }

        /** The complete "length|message" units received so far. */
        private List<String> takeMessages() {
            List<String> messages = new ArrayList<>();
            while (true) {
                int bar = pending.indexOf("|");
                if (bar < 0) {
                    return messages;
                }
                int length = Integer.parseInt(pending.substring(0, bar));
                if (pending.length() < bar + 1 + length) {
                    return messages;
                }
                messages.add(pending.substring(bar + 1, bar + 1 + length));
                pending.delete(0, bar + 1 + length);
            }
        }
    }

    @Override
    public void close() {
        if (push != null) {
            push.abort();
        }
        http.close();
    }
}
