package dev.productscope.io;

import static dev.productscope.model.JsonPath.index;
import static dev.productscope.model.JsonPath.key;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses JSON bytes into a tree while recording each value's line and column and enforcing
 * {@link ReadLimits} as it goes, so a hostile file is stopped before it is held in memory.
 */
final class JsonTreeReader {

    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String file;
    private final ReadLimits limits;
    private final Map<String, int[]> locations = new HashMap<>();
    private JsonParser parser;
    private int elements;
    private String currentPath = "$";

    JsonTreeReader(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    JsonTree read(byte[] bytes) throws ModelFileException {
        checkEncoding(bytes);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(limits.maxStringLength())
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .build())
                .build();
        try (JsonParser p = factory.createParser(bytes)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw problem("$", 0, 0, "the file is empty; a ProductScope file is a JSON object that starts with"
                        + " {\"format\": \"productscope-model\", ...} (or \"productscope-catalog\" for a catalog)");
            }
            JsonNode root = readValue(first, "$", 1);
            currentPath = "$";
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                JsonLocation at = p.currentTokenLocation();
                throw problem("$", at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the document's JSON object");
            }
            return new JsonTree(root, locations);
        } catch (StreamConstraintsException e) {
            JsonLocation at = parser.currentLocation();
            throw problem(currentPath, at.getLineNr(), at.getColumnNr(), limitMessage(e), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw problem(currentPath, line, column, "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw problem("$", 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private void checkEncoding(byte[] bytes) throws ModelFileException {
        boolean utf16Bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        boolean nulInStart = false;
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            nulInStart |= bytes[i] == 0;
        }
        if (utf16Bom || nulInStart) {
            throw problem("$", 1, 1, "the file is not UTF-8 (it looks like UTF-16 or UTF-32); save it as UTF-8");
        }
    }

    private JsonNode readValue(JsonToken token, String path, int depth) throws IOException, ModelFileException {
        currentPath = path;
        if (++elements > limits.maxElements()) {
            throw located(path, "the file has more than " + limits.maxElements() + " JSON values, more than any"
                    + " file this program accepts");
        }
        return switch (token) {
            case START_OBJECT -> readObject(path, depth);
            case START_ARRAY -> readArray(path, depth);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw located(path, "unexpected " + token);
        };
    }

    private ObjectNode readObject(String path, int depth) throws IOException, ModelFileException {
        checkDepth(path, depth);
        record(path);
        ObjectNode object = NODES.objectNode();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String childPath = key(path, name);
            currentPath = childPath;
            if (object.has(name)) {
                throw located(childPath, "the key '" + name + "' appears twice in the same object");
            }
            record(childPath);
            object.set(name, readValue(parser.nextToken(), childPath, depth + 1));
        }
        if (token != JsonToken.END_OBJECT) {
            throw located(path, "unexpected " + token + " in an object");
        }
        return object;
    }

    private ArrayNode readArray(String path, int depth) throws IOException, ModelFileException {
        checkDepth(path, depth);
        record(path);
        ArrayNode array = NODES.arrayNode();
        JsonToken token;
        int i = 0;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String childPath = index(path, i++);
            record(childPath);
            array.add(readValue(token, childPath, depth + 1));
        }
        return array;
    }

    private void checkDepth(String path, int depth) throws ModelFileException {
        if (depth > limits.maxDepth()) {
            throw located(path, "the JSON is nested more than " + limits.maxDepth() + " levels deep;"
                    + " ProductScope files are far shallower");
        }
    }

    private void record(String path) {
        JsonLocation at = parser.currentTokenLocation();
        locations.putIfAbsent(path, new int[] {at.getLineNr(), at.getColumnNr()});
    }

    private String limitMessage(StreamConstraintsException e) {
        String text = e.getOriginalMessage();
        if (text != null && text.startsWith("String value length")) {
            return "a text value is longer than " + limits.maxStringLength() + " characters, the limit for"
                    + " ProductScope files";
        }
        if (text != null && text.contains("nesting depth")) {
            return "the JSON is nested more than " + limits.maxDepth() + " levels deep; ProductScope files are far"
                    + " shallower";
        }
        return "the file exceeds a limit: " + text;
    }

    private ModelFileException located(String path, String message) {
        JsonLocation at = parser.currentTokenLocation();
        return problem(path, at.getLineNr(), at.getColumnNr(), message);
    }

    private ModelFileException problem(String path, int line, int column, String message) {
        return new ModelFileException(new FileProblem(file, path, Math.max(line, 0), Math.max(column, 0), message));
    }

    private ModelFileException problem(String path, int line, int column, String message, Throwable cause) {
        return new ModelFileException(new FileProblem(file, path, Math.max(line, 0), Math.max(column, 0), message),
                cause);
    }
}
