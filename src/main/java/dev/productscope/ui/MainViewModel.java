package dev.productscope.ui;

import dev.productscope.model.Model;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** State of the main window: the open model and what the window shows of it. */
public final class MainViewModel {

    private final ReadOnlyObjectWrapper<Model> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyStringWrapper modelName = new ReadOnlyStringWrapper(this, "modelName", "");
    private final ReadOnlyStringWrapper modelDescription = new ReadOnlyStringWrapper(this, "modelDescription", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle",
            ProductScopeApp.TITLE);

    public void open(Model newModel) {
        model.set(newModel);
        modelName.set(newModel.name());
        modelDescription.set(newModel.description() == null ? "" : newModel.description());
        summary.set(newModel.zones().size() + " zones · " + newModel.components().size() + " components · "
                + newModel.links().size() + " links · " + newModel.flows().size() + " flows · "
                + newModel.products().size() + " products");
    }

    public ReadOnlyObjectProperty<Model> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelNameProperty() {
        return modelName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelDescriptionProperty() {
        return modelDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }
}
