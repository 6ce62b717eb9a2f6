package dev.productscope.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum whose constants are written in model files as a lower-case, hyphenated id. */
public interface JsonEnum {

    /** The value as it stands in a model file, e.g. {@code "third-party-cloud"}. */
    String id();

    /** The constant whose {@link #id()} is {@code id}, if any. */
    static <E extends Enum<E> & JsonEnum> Optional<E> byId(Class<E> type, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Every id of {@code type}, in declaration order, for messages and schemas. */
    static <E extends Enum<E> & JsonEnum> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonEnum::id).toList();
    }
}
