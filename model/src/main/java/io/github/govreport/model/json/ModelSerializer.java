package io.github.govreport.model.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A serializer that hands one model type to a {@link ModelWriter} method.
 *
 * @param <T> the type written
 */
final class ModelSerializer<T> extends StdSerializer<T> {

    /** Writes one value of the handled type. */
    @FunctionalInterface
    interface Write<T> {
        void write(JsonGenerator g, T value);
    }

    private final Write<T> write;

    ModelSerializer(Class<T> type, Write<T> write) {
        super(type);
        this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        write.write(g, value);
    }
}
