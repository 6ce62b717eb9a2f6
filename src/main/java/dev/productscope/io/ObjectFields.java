package dev.productscope.io;

import static dev.productscope.model.JsonPath.index;
import static dev.productscope.model.JsonPath.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.productscope.model.Extensions;
import dev.productscope.model.JsonEnum;
import dev.productscope.model.ModelProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of one JSON object of a model file, checking types and allowed keys and
 * adding a located problem for each thing wrong instead of stopping at the first.
 */
final class ObjectFields {

    private static final ObjectMapper COMPACT = new ObjectMapper();

    private final JsonNode node;
    private final String path;
    private final String what;
    private final List<String> allowed;
    private final List<ModelProblem> problems;
    private boolean broken;

    /**
     * @param what    how a user calls this object in a message, e.g. "component 'bulb'"
     * @param allowed the keys FORMAT.md gives this object, in order
     */
    ObjectFields(JsonNode node, String path, String what, List<String> allowed, List<ModelProblem> problems) {
        this.node = node;
        this.path = path;
        this.what = what;
        this.allowed = allowed;
        this.problems = problems;
        checkKeys();
    }

    /** Whether a required value was missing or of the wrong type, so no object can be built. */
    boolean broken() {
        return broken;
    }

    private void checkKeys() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name) && !Extensions.isExtensionKey(name)) {
                problems.add(new ModelProblem(key(path, name), "unknown key '" + name + "' in " + what
                        + "; allowed keys are " + String.join(", ", allowed)
                        + ", and extension keys that start with 'x-'"));
            }
        }
    }

    private JsonNode value(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null && required) {
            fail(path, what + " is missing the required key '" + name + "'");
        }
        return value;
    }

    private void fail(String at, String message) {
        problems.add(new ModelProblem(at, message));
        broken = true;
    }

    private boolean expect(JsonNode value, String at, JsonNodeType type, String expected) {
        if (value.getNodeType() != type) {
            fail(at, "expected " + expected + ", found " + describe(value));
            return false;
        }
        return true;
    }

    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "the text \"" + abbreviate(value.asText()) + "\"";
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> "the value " + value.asText();
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().toString().toLowerCase();
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    String string(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null || !expect(value, key(path, name), JsonNodeType.STRING, "text")) {
            return null;
        }
        return value.textValue();
    }

    /** A required, non-empty id-like reference; {@code null} with a problem otherwise. */
    String requiredString(String name) {
        return string(name, true);
    }

    String optionalString(String name) {
        return string(name, false);
    }

    Double number(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null || !expect(value, key(path, name), JsonNodeType.NUMBER, "a number")) {
            return null;
        }
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            fail(key(path, name), "the number " + value.asText() + " is too large");
            return null;
        }
        return number;
    }

    /** A whole number that fits an int; {@code null} with a problem when it is anything else. */
    Integer wholeNumber(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null || !expect(value, key(path, name), JsonNodeType.NUMBER, "a whole number")) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            fail(key(path, name), "expected a whole number, found " + describe(value));
            return null;
        }
        return value.intValue();
    }

    /** A nested object; {@code null} when absent (with a problem if required) or not an object. */
    JsonNode object(String name, boolean required) {
        JsonNode value = value(name, required);
        if (value == null || !expect(value, key(path, name), JsonNodeType.OBJECT, "an object")) {
            return null;
        }
        return value;
    }

    /** An optional array of enum ids as a set; empty when absent, unknown ids reported. */
    <E extends Enum<E> & JsonEnum> java.util.Set<E> enumSet(String name, Class<E> type, String noun) {
        List<String> texts = stringList(name, false);
        java.util.Set<E> result = new java.util.LinkedHashSet<>();
        if (texts == null) {
            return result;
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            E constant = JsonEnum.byId(type, text).orElse(null);
            if (constant == null) {
                fail(index(key(path, name), i), "unknown " + noun + " '" + text + "'; expected one of "
                        + String.join(", ", JsonEnum.ids(type)));
            } else {
                result.add(constant);
            }
        }
        return result;
    }

    Boolean optionalBoolean(String name) {
        JsonNode value = value(name, false);
        if (value == null || !expect(value, key(path, name), JsonNodeType.BOOLEAN, "true or false")) {
            return null;
        }
        return value.booleanValue();
    }

    <E extends Enum<E> & JsonEnum> E enumValue(String name, Class<E> type, String noun, boolean required) {
        String text = string(name, required);
        if (text == null) {
            return null;
        }
        E constant = JsonEnum.byId(type, text).orElse(null);
        if (constant == null) {
            fail(key(path, name), "unknown " + noun + " '" + text + "'; expected one of "
                    + String.join(", ", JsonEnum.ids(type)));
        }
        return constant;
    }

    /** An optional array of text values; {@code null} when absent. */
    List<String> stringList(String name, boolean required) {
        JsonNode value = value(name, required);
        String at = key(path, name);
        if (value == null || !expect(value, at, JsonNodeType.ARRAY, "an array of text")) {
            return null;
        }
        List<String> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (expect(element, index(at, i), JsonNodeType.STRING, "text")) {
                result.add(element.textValue());
            }
        }
        return result;
    }

    /** The elements of an optional array of objects; empty when absent or wrong. */
    List<JsonNode> objectList(String name) {
        JsonNode value = value(name, false);
        String at = key(path, name);
        if (value == null || !expect(value, at, JsonNodeType.ARRAY, "an array")) {
            return List.of();
        }
        List<JsonNode> result = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            result.add(expect(element, index(at, i), JsonNodeType.OBJECT, "an object") ? element : null);
        }
        return result;
    }

    /** An optional object of string values, in file order; empty when absent. */
    Map<String, String> stringMap(String name) {
        JsonNode value = value(name, false);
        String at = key(path, name);
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null || !expect(value, at, JsonNodeType.OBJECT, "an object")) {
            return result;
        }
        value.fields().forEachRemaining(entry -> {
            if (expect(entry.getValue(), key(at, entry.getKey()), JsonNodeType.STRING, "text")) {
                result.put(entry.getKey(), entry.getValue().textValue());
            }
        });
        return result;
    }

    /**
     * The decoded elements of an optional array of objects, each decoded with its JSON path;
     * elements that are not objects, or that decode to {@code null}, are left out (their problems are recorded).
     */
    <T> List<T> decodedList(String name, java.util.function.BiFunction<JsonNode, String, T> decoder) {
        List<JsonNode> nodes = objectList(name);
        List<T> result = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode element = nodes.get(i);
            if (element != null) {
                T decoded = decoder.apply(element, index(key(path, name), i));
                if (decoded != null) {
                    result.add(decoded);
                }
            }
        }
        return result;
    }

    /** An optional object whose values are objects, in file order; empty when absent or wrong. */
    Map<String, JsonNode> objectMap(String name) {
        JsonNode value = value(name, false);
        String at = key(path, name);
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (value == null || !expect(value, at, JsonNodeType.OBJECT, "an object")) {
            return result;
        }
        value.fields().forEachRemaining(entry -> {
            if (expect(entry.getValue(), key(at, entry.getKey()), JsonNodeType.OBJECT, "an object")) {
                result.put(entry.getKey(), entry.getValue());
            }
        });
        return result;
    }

    /** The object's {@code x-} keys with their values as compact JSON text, in file order. */
    Extensions extensions() {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            if (Extensions.isExtensionKey(entry.getKey())) {
                try {
                    values.put(entry.getKey(), COMPACT.writeValueAsString(entry.getValue()));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("a parsed JSON value cannot be written back", e);
                }
            }
        });
        return values.isEmpty() ? Extensions.none() : new Extensions(values);
    }
}
