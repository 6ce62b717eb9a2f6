package dev.productscope.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** One row of the property sheet: reads from the model, writes through a command. */
final class PropertyItem implements PropertySheet.Item {

    private final String category;
    private final String name;
    private final String description;
    private final Class<?> type;
    private final Supplier<Object> getter;
    private final Consumer<Object> setter;
    private final List<String> choices;

    PropertyItem(String category, String name, String description, Class<?> type, Supplier<Object> getter,
                 Consumer<Object> setter, List<String> choices) {
        this.category = category;
        this.name = name;
        this.description = description;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
        this.choices = choices;
    }

    static PropertyItem readOnly(String category, String name, String description, Object value) {
        return new PropertyItem(category, name, description, String.class, () -> String.valueOf(value), null, null);
    }

    /** The values to choose from, or null for the type's own editor. */
    List<String> choices() {
        return choices;
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return getter.get();
    }

    @Override
    public void setValue(Object value) {
        if (setter != null && value != null && !value.equals(getter.get())) {
            setter.accept(value);
        }
    }

    @Override
    public boolean isEditable() {
        return setter != null;
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
