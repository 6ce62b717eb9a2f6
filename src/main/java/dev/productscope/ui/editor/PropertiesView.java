package dev.productscope.ui.editor;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.MembershipDecision;
import dev.productscope.analysis.Roles;
import dev.productscope.edit.ChangeModelInfo;
import dev.productscope.edit.ReplaceElement;
import dev.productscope.edit.SetMembership;
import dev.productscope.model.Component;
import dev.productscope.model.Developer;
import dev.productscope.model.Flow;
import dev.productscope.model.JsonEnum;
import dev.productscope.model.Link;
import dev.productscope.model.Medium;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Protection;
import dev.productscope.model.Sector;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;

/**
 * The property sheet for the one selected element: its values, the analysis of it, and a
 * membership toggle per product that shows the derived decision and its reason.
 */
final class PropertiesView {

    static final String NONE = "(none)";
    static final String DERIVED = "derived";

    private final EditorViewModel viewModel;
    private final PropertySheet sheet;
    private final Label title;
    private boolean writing;
    /** Whether text was typed into the sheet since it last lost focus. */
    private boolean typed;

    PropertiesView(EditorViewModel viewModel, PropertySheet sheet, Label title) {
        this.viewModel = viewModel;
        this.sheet = sheet;
        this.title = title;
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> item instanceof PropertyItem p && p.choices() != null
                ? Editors.createChoiceEditor(item, p.choices()) : defaults.call(item));
        viewModel.selection().addListener((SetChangeListener<String>) change -> rebuild());
        viewModel.modelProperty().addListener((obs, old, model) -> {
            if (!writing) {
                rebuild();
            }
        });
        // Typing is one undo step per field: it ends, and the sheet catches up, when focus leaves.
        sheet.focusWithinProperty().addListener((obs, was, inside) -> {
            if (!inside && typed) {
                typed = false;
                viewModel.endGesture();
                rebuild();
            }
        });
        rebuild();
    }

    private void write(Runnable change) {
        typed = true;
        writing = true;
        try {
            change.run();
        } finally {
            writing = false;
        }
    }

    private void rebuild() {
        Model model = viewModel.getModel();
        List<PropertyItem> items = new ArrayList<>();
        String id = viewModel.selection().size() == 1 ? viewModel.selection().iterator().next() : null;
        if (id == null && viewModel.selection().isEmpty()) {
            title.setText("Model");
            items.add(text("Model", "Name", "The model's name, shown in the title bar and reports.", model::name,
                    v -> viewModel.execute(new ChangeModelInfo(v, viewModel.getModel().description()))));
            items.add(text("Model", "Description", "Free text about the deployment.",
                    () -> model.description() == null ? "" : model.description(),
                    v -> viewModel.execute(new ChangeModelInfo(viewModel.getModel().name(), v))));
        } else if (id == null) {
            title.setText(viewModel.selection().size() + " selected");
        } else {
            title.setText("Properties of '" + id + "'");
            model.component(id).ifPresent(c -> component(items, model, c));
            model.zone(id).ifPresent(z -> zone(items, z));
            model.link(id).ifPresent(l -> link(items, l));
            model.flow(id).ifPresent(f -> flow(items, f));
            model.product(id).ifPresent(p -> product(items, p));
        }
        sheet.getItems().setAll(items);
    }

    private void replace(String what, Object element) {
        viewModel.execute(new ReplaceElement(what, element));
    }

    private static List<String> withNone(Stream<String> ids) {
        List<String> list = new ArrayList<>();
        list.add(NONE);
        ids.forEach(list::add);
        return list;
    }

    private static String orNone(String value) {
        return value == null ? NONE : value;
    }

    private static String fromNone(Object value) {
        return NONE.equals(value) ? null : value.toString();
    }

    private void component(List<PropertyItem> items, Model model, Component c) {
        String id = c.id();
        items.add(text("Component", "Name", "The name shown on the diagram.", c::name,
                v -> replace("Rename '" + id + "'", current(id).withName(v))));
        items.add(choice("Component", "Kind", "What it is; decides its legend colour and default traits.",
                () -> c.kind().id(), ids(dev.productscope.model.ComponentKind.class), v -> replace("Change kind of '" + id
                        + "'", copyKind(current(id), v))));
        items.add(choice("Component", "Zone", "Where it stands: decides whether it is locally or remotely managed.",
                () -> orNone(c.zone()), withNone(model.zones().stream().map(Zone::id)),
                v -> replace("Move '" + id + "' to a zone", current(id).withZone(fromNone(v)))));
        if (c.kind().isSoftware()) {
            items.add(choice("Component", "Hosted on", "The phone, PC or platform the software runs on.",
                    () -> orNone(c.hostedOn()), withNone(model.components().stream().filter(h -> h.kind().isHost())
                            .map(Component::id)), v -> replace("Host '" + id + "'", current(id).withHostedOn(fromNone(v)))));
        }
        items.add(choice("Component", "Made for product", "A hub or bridge made for one product (line) is part of it.",
                () -> orNone(c.productSpecific()), withNone(model.products().stream().map(Product::id)),
                v -> replace("Change product of '" + id + "'", current(id).withProductSpecific(fromNone(v)))));
        items.add(bool("Traits", "Required", "Needed to use the device beyond basic features.",
                c::effectiveRequired, v -> replace("Change '" + id + "'", traits(current(id), v, null, null))));
        items.add(choice("Traits", "Developer", "Who develops it.", () -> c.effectiveDeveloper().id(),
                ids(Developer.class), v -> replace("Change '" + id + "'", traits(current(id), null,
                        JsonEnum.byId(Developer.class, v).orElseThrow(), null))));
        items.add(bool("Traits", "Application-layer access", "Can it read or act on the product's data?",
                c::effectiveApplicationLayerAccess, v -> replace("Change '" + id + "'", traits(current(id), null, null, v))));
        Analysis analysis = viewModel.getAnalysis();
        for (Product product : model.products()) {
            MembershipDecision decision = analysis.membership(id, product.id());
            MembershipDecision derived = decision.derived() != null ? decision.derived() : decision;
            MembershipToggle toggle = product.membership().get(id);
            items.add(choice("Membership", product.name() + " (derived: " + derived.value().id() + ", "
                    + derived.rule() + ")", derived.reason(), () -> toggle == null ? DERIVED : toggle.id(),
                    List.of(DERIVED, "in", "out"), v -> viewModel.execute(new SetMembership(product.id(), id,
                            DERIVED.equals(v) ? null : JsonEnum.byId(MembershipToggle.class, v).orElseThrow()))));
        }
        Roles roles = analysis.roles(id);
        items.add(PropertyItem.readOnly("Analysis", "Legend category", "CSWP 33 colour legend.", c.category().label()));
        items.add(PropertyItem.readOnly("Analysis", "Managed", "From its zone, or its host's.", analysis.locality(id).id()));
        items.add(PropertyItem.readOnly("Analysis", "Operated by", "Who runs or hosts it.", roles.operator().id()));
        items.add(PropertyItem.readOnly("Analysis", "In products", "The products it is part of.",
                String.join(", ", analysis.productsOf(id))));
    }

    private Component current(String id) {
        return viewModel.getModel().component(id).orElseThrow();
    }

    private static Component traits(Component c, Boolean required, Developer developer, Boolean access) {
        return c.withTraits(required != null ? required : c.required(), developer != null ? developer : c.developer(),
                access != null ? access : c.applicationLayerAccess());
    }

    private static Component copyKind(Component c, String kindId) {
        var kind = JsonEnum.byId(dev.productscope.model.ComponentKind.class, kindId).orElseThrow();
        return new Component(c.id(), c.name(), kind, c.zone(), kind.isSoftware() ? c.hostedOn() : null,
                c.productSpecific(), c.required(), c.developer(), c.applicationLayerAccess(), c.x(), c.y(), c.width(),
                c.height(), c.extensions());
    }

    private void zone(List<PropertyItem> items, Zone z) {
        items.add(text("Zone", "Name", "The name shown on the diagram.", z::name,
                v -> replace("Rename '" + z.id() + "'", viewModel.getModel().zone(z.id()).orElseThrow().withName(v))));
        items.add(PropertyItem.readOnly("Zone", "Kind", "Who manages what stands in it.", z.kind().label()
                + " (" + z.kind().managed().id() + "ly managed)"));
    }

    private void link(List<PropertyItem> items, Link l) {
        items.add(PropertyItem.readOnly("Link", "Between", "The equipment it attaches.", l.a() + " – " + l.b()));
        items.add(choice("Link", "Medium", "How the two are attached.", () -> l.medium().id(), ids(Medium.class),
                v -> replace("Change medium of '" + l.id() + "'", new Link(l.id(), l.a(), l.b(),
                        JsonEnum.byId(Medium.class, v).orElseThrow(), l.extensions()))));
    }

    private void flow(List<PropertyItem> items, Flow f) {
        items.add(PropertyItem.readOnly("Flow", "From → to", "The components exchanging the data.",
                f.from() + " → " + f.to()));
        items.add(text("Flow", "Label", "Shown on the arrow.", () -> f.label() == null ? "" : f.label(),
                v -> replace("Change '" + f.id() + "'", flow(f.id(), v.isEmpty() ? null : v, null, null, null))));
        items.add(choice("Flow", "Protection", "none, transport (to the next hop) or application (end to end).",
                () -> f.effectiveProtection().id(), ids(Protection.class), v -> replace("Change '" + f.id() + "'",
                        flow(f.id(), null, JsonEnum.byId(Protection.class, v).orElseThrow(), null, null))));
        items.add(bool("Flow", "Both ways", "Data goes both ways.", f::isBidirectional,
                v -> replace("Change '" + f.id() + "'", flow(f.id(), null, null, v, null))));
        items.add(text("Flow", "Data", "Kinds of data, separated by commas.", () -> String.join(", ", f.dataOrEmpty()),
                v -> replace("Change '" + f.id() + "'", flow(f.id(), null, null, null, Arrays.stream(v.split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList()))));
        items.add(PropertyItem.readOnly("Analysis", "Route", "The equipment it crosses.",
                String.join(" → ", viewModel.getAnalysis().route(f.id()).path())));
    }

    private Flow flow(String id, String label, Protection protection, Boolean bidirectional, List<String> data) {
        Flow f = viewModel.getModel().flow(id).orElseThrow();
        return new Flow(f.id(), f.from(), f.to(), label != null ? label : f.label(),
                bidirectional != null ? bidirectional : f.bidirectional(), data != null ? data : f.data(),
                protection != null ? protection : f.protection(), f.via(), f.extensions());
    }

    private void product(List<PropertyItem> items, Product p) {
        items.add(text("Product", "Name", "The product's name.", p::name,
                v -> replace("Rename '" + p.id() + "'", viewModel.getModel().product(p.id()).orElseThrow().withName(v))));
        items.add(choice("Product", "Sector", "Selects sector-specific references.", () -> p.effectiveSector().id(),
                ids(Sector.class), v -> replace("Change sector of '" + p.id() + "'", viewModel.getModel().product(p.id()).orElseThrow()
                        .withSector(JsonEnum.byId(Sector.class, v).orElseThrow()))));
        items.add(PropertyItem.readOnly("Product", "Devices", "Its IoT devices.", String.join(", ", p.devices())));
    }

    private static <E extends Enum<E> & JsonEnum> List<String> ids(Class<E> type) {
        return JsonEnum.ids(type);
    }

    /** A text row; typing commits each change, so the sheet is not rebuilt under the caret. */
    private PropertyItem text(String category, String name, String help, java.util.function.Supplier<String> get,
                              java.util.function.Consumer<String> set) {
        return new PropertyItem(category, name, help, String.class, get::get, v -> {
            String text = v.toString().strip();
            if (!text.isEmpty() || name.equals("Label") || name.equals("Data") || name.equals("Description")) {
                write(() -> set.accept(text));
            }
        }, null);
    }

    private static PropertyItem choice(String category, String name, String help, java.util.function.Supplier<String> get,
                                       List<String> choices, java.util.function.Consumer<String> set) {
        return new PropertyItem(category, name, help, String.class, get::get, v -> set.accept(v.toString()), choices);
    }

    private static PropertyItem bool(String category, String name, String help, java.util.function.Supplier<Boolean> get,
                                     java.util.function.Consumer<Boolean> set) {
        return new PropertyItem(category, name, help, Boolean.class, get::get, v -> set.accept((Boolean) v), null);
    }
}
