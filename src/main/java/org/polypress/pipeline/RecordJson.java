package org.polypress.pipeline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * JSON files from records: a record is an object whose keys are its components in declaration
 * order, so the shape of a report, failure note or status is its record type, shared by the code
 * that writes it and the tests that read it. Camel's {@link Jsoner} (camel-util-json, on the
 * classpath with Camel) escapes and prints; this only turns records into its maps and lists.
 * Maps (insertion order kept), collections, strings, numbers, booleans and null are taken as they
 * are; any other value is written as its {@code toString()}. NaN and infinities are written as null.
 */
public final class RecordJson {
    /** A key that is not a Java name ({@code iso639-2b}), or a component left out when null. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Key {
        /** The key, when it differs from the component's name. */
        String value() default "";

        /** Leave the key out when the value is null (instead of writing null). */
        boolean omitNull() default false;
    }

    private static final Pattern EMPTY_ARRAY = Pattern.compile("\\[\n *\n *]");
    private static final Pattern EMPTY_OBJECT = Pattern.compile("\\{\n *\n *}");

    /** {@code \/} after an even number of backslashes (an escaped backslash before it stays). */
    private static final Pattern ESCAPED_SLASH = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\/");

    private RecordJson() {
    }

    /** The value as pretty-printed JSON (two spaces), with a final line break. */
    public static String write(Object value) {
        // Jsoner prints an empty list or object over two lines; a line break inside a string is
        // always escaped, so these patterns only ever match an empty list or object.
        String json = Jsoner.prettyPrint(Jsoner.serialize(tree(value)), 2);
        json = EMPTY_ARRAY.matcher(json).replaceAll("[]");
        json = EMPTY_OBJECT.matcher(json).replaceAll("{}");
        // Jsoner escapes every '/' ("text\/plain"); JSON does not ask it, and a person reads these files.
        return ESCAPED_SLASH.matcher(json).replaceAll("$1/").stripTrailing() + "\n";
    }

    /**
     * The value as Jsoner's maps and lists (a record as a {@link JsonObject}, a collection as a
     * {@link JsonArray}), the same tree {@link #write} prints.
     */
    public static Object tree(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n) {
            return n instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : n;
        }
        if (value instanceof Record r) {
            return record(r);
        }
        if (value instanceof Map<?, ?> m) {
            JsonObject o = new JsonObject();
            m.forEach((k, v) -> o.put(String.valueOf(k), tree(v)));
            return o;
        }
        if (value instanceof Collection<?> c) {
            JsonArray a = new JsonArray();
            c.forEach(v -> a.add(tree(v)));
            return a;
        }
        return value.toString();
    }

    private static JsonObject record(Record r) {
        JsonObject o = new JsonObject();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                c.getAccessor().setAccessible(true);
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
            }
            Key key = c.getAnnotation(Key.class);
            if (v == null && key != null && key.omitNull()) {
                continue;
            }
            o.put(key == null || key.value().isEmpty() ? c.getName() : key.value(), tree(v));
        }
        return o;
    }
}
