package org.parallax.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The browser's copy of a Vaadin UI's element tree, kept from the changes the server sends (Flow's state
 * tree protocol): enough of it to find an element by tag, text, property or attribute and to know which
 * events the server listens to on it and with which event data.
 */
public final class UidlTree {

    /** Flow's node features, by the numbers the protocol gives them. */
    private static final int ELEMENT_DATA = 0;

    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;

    /** One element or text node as the server described it. */
    public static final class Node {
        final int id;
        String tag;
        String text;
        boolean attached = true;
        boolean visible = true;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public int id() {
            return id;
        }

        public String tag() {
            return tag;
        }

        public Optional<JsonNode> property(String name) {
            return Optional.ofNullable(properties.get(name));
        }

        public Optional<JsonNode> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }

        public boolean listensTo(String event) {
            return listeners.containsKey(event);
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one message of the server: its constants (event data declarations) and its changes. */
    public void apply(JsonNode message) {
        JsonNode declared = message.path("constants");
        for (var entry : declared.properties()) {
            constants.put(entry.getKey(), entry.getValue());
        }
        for (JsonNode change : message.path("changes")) {
            Node node = nodes.computeIfAbsent(change.get("node").asInt(), Node::new);
            switch (change.get("type").asString()) {
                case "attach" -> node.attached = true;
                case "detach" -> node.attached = false;
                case "put" -> put(node, change);
                case "remove" -> remove(node, change);
                case "splice" -> splice(node, change);
                case "clear" -> {
                    if (change.get("feat").asInt() == CHILDREN) {
                        node.children.clear();
                    }
                }
                default -> {
                    // other feature changes (lists of class names, styles, ...) do not matter to the driver
                }
            }
        }
    }

    private static void put(Node node, JsonNode change) {
        String key = change.get("key").asString();
        JsonNode value = change.has("value") ? change.get("value") : change.path("nodeValue");
        switch (change.get("feat").asInt()) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                } else if (key.equals("visible")) {
                    node.visible = value.asBoolean();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value);
            case LISTENERS -> node.listeners.put(key, value.asString());
            case TEXT -> node.text = value.asString();
            default -> {
                // not needed to find or drive an element
            }
        }
    }

    private static void remove(Node node, JsonNode change) {
        String key = change.get("key").asString();
        switch (change.get("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {
                // not kept
            }
        }
    }

    private static void splice(Node node, JsonNode change) {
        if (change.get("feat").asInt() != CHILDREN) {
            return;
        }
        int index = change.get("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        List<Integer> added = new ArrayList<>();
        change.path("addNodes").forEach(id -> added.add(id.asInt()));
        node.children.addAll(Math.min(index, node.children.size()), added);
    }

    /** The text a person would read in the node: its own, or that of its descendants. */
    public String text(Node node) {
        if (node.text != null) {
            return node.text;
        }
        StringBuilder all = new StringBuilder();
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                all.append(text(c));
            }
        }
        return all.toString();
    }

    /** The attached, visible elements with the tag that pass the test, in the order the server made them. */
    public List<Node> find(String tag, Predicate<Node> test) {
        return nodes.values().stream()
                .filter(n -> tag.equals(n.tag) && n.attached && n.visible && test.test(n))
                .sorted((a, b) -> Integer.compare(a.id, b.id))
                .toList();
    }

    /** The newest attached, visible element with the tag whose text starts with the words given. */
    public Optional<Node> withText(String tag, String textStart) {
        List<Node> found = find(tag, n -> text(n).startsWith(textStart));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getLast());
    }

    /**
     * The event data the server asked for with a listener, as a browser would fill it for a plain click or
     * event: numbers 0, flags false; properties the server synchronises with the event are left out.
     */
    public Map<String, Object> eventData(Node node, String event) {
        String key = node.listeners.get(event);
        if (key == null) {
            throw new IllegalStateException("The server does not listen to " + event + " on <" + node.tag + ">");
        }
        Map<String, Object> data = new HashMap<>();
        for (var expression :
                constants.getOrDefault(key, NullNode.getInstance()).properties()) {
            String name = expression.getKey();
            if (name.startsWith("}") || !name.startsWith("event.")) {
                continue;
            }
            data.put(name, name.endsWith("Key") ? (Object) Boolean.FALSE : (Object) 0);
        }
        return data;
    }
}
