package io.github.govreport.model.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A deserializer that reads the JSON tree of one model value and hands it to a {@link ModelReader}
 * method. Invalid JSON for the type becomes a {@link MismatchedInputException} whose message names the
 * field at fault.
 *
 * @param <T> the type read
 */
final class ModelDeserializer<T> extends StdDeserializer<T> {

    /** Reads one value of the handled type from its tree. */
    @FunctionalInterface
    interface Read<T> {
        T read(ModelReader reader, JsonNode node, String path);
    }

    private final Class<T> type;
    private final Read<T> read;

    ModelDeserializer(Class<T> type, Read<T> read) {
        super(type);
        this.type = type;
        this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = ctxt.readTree(p);
        ModelReader reader = new ModelReader(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        try {
            return read.read(reader, node, "");
        } catch (ModelReader.Problem e) {
            throw MismatchedInputException.from(p, type, "Cannot read " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
