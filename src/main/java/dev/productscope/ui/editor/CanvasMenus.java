package dev.productscope.ui.editor;

import dev.productscope.analysis.MembershipDecision;
import dev.productscope.edit.AddElements;
import dev.productscope.edit.Ids;
import dev.productscope.edit.SetMembership;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Medium;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Protection;
import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The canvas's context menus: on an element, on empty space, and after connecting two components. */
final class CanvasMenus {

    private final DiagramCanvas canvas;
    private final EditorViewModel viewModel;
    private final InlineEditor inlineEditor;
    private ContextMenu open;

    CanvasMenus(DiagramCanvas canvas, EditorViewModel viewModel, InlineEditor inlineEditor) {
        this.canvas = canvas;
        this.viewModel = viewModel;
        this.inlineEditor = inlineEditor;
    }

    /** The menu on screen, if any. */
    ContextMenu openMenu() {
        return open != null && open.isShowing() ? open : null;
    }

    private void show(ContextMenu menu, double screenX, double screenY) {
        if (open != null) {
            open.hide();
        }
        open = menu;
        menu.show(canvas, screenX, screenY);
    }

    void show(double x, double y, double screenX, double screenY) {
        HitIndex.Hit hit = canvas.hits().at(canvas.toModelX(x), canvas.toModelY(y), 5 / canvas.zoom());
        ContextMenu menu = new ContextMenu();
        if (hit == null) {
            menu.getItems().addAll(item("Paste", viewModel.clipboard()::paste, !viewModel.clipboard().canPaste()),
                    item("Select All", viewModel::selectAll, false), new SeparatorMenuItem(),
                    item("Fit to Window", canvas::fit, false));
        } else {
            if (!viewModel.selection().contains(hit.id())) {
                viewModel.selection().clear();
                viewModel.selection().add(hit.id());
            }
            boolean link = viewModel.getModel().link(hit.id()).isPresent();
            MenuItem rename = item("Rename", () -> inlineEditor.start(hit.id()), link);
            menu.getItems().addAll(rename, item("Duplicate", viewModel.clipboard()::duplicate, false),
                    item("Copy", viewModel.clipboard()::copy, false), item("Cut", viewModel.clipboard()::cut, false),
                    item("Delete", viewModel::deleteSelection, false));
            viewModel.getModel().component(hit.id()).ifPresent(component -> {
                if (!viewModel.getModel().products().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                    for (Product product : viewModel.getModel().products()) {
                        menu.getItems().add(membershipMenu(component, product));
                    }
                }
            });
        }
        show(menu, screenX, screenY);
    }

    /** In, out, or the derived decision, with the derived value and its reason always in view. */
    private Menu membershipMenu(Component component, Product product) {
        MembershipDecision decision = viewModel.getAnalysis().membership(component.id(), product.id());
        MembershipDecision derived = decision.derived() != null ? decision.derived() : decision;
        MembershipToggle toggle = product.membership().get(component.id());
        Menu menu = new Menu("'" + product.name() + "': " + decision.value().id()
                + (toggle != null ? " (set by hand)" : " (" + decision.rule() + ")"));
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem useDerived = radio("Derived: " + derived.value().id() + " (" + derived.rule() + ")", group,
                toggle == null, () -> viewModel.execute(new SetMembership(product.id(), component.id(), null)));
        MenuItem reason = new MenuItem(derived.reason());
        reason.setDisable(true);
        RadioMenuItem in = radio("In the product", group, toggle == MembershipToggle.IN,
                () -> viewModel.execute(new SetMembership(product.id(), component.id(), MembershipToggle.IN)));
        RadioMenuItem out = radio("Out of the product", group, toggle == MembershipToggle.OUT,
                () -> viewModel.execute(new SetMembership(product.id(), component.id(), MembershipToggle.OUT)));
        menu.getItems().addAll(useDerived, reason, new SeparatorMenuItem(), in, out);
        return menu;
    }

    /** After a connecting drag: a link (equipment to equipment) or a flow (application data). */
    void showConnect(String from, String to, double screenX, double screenY) {
        Model model = viewModel.getModel();
        Component a = model.component(from).orElseThrow();
        Component b = model.component(to).orElseThrow();
        String stationA = a.isHosted() ? a.hostedOn() : a.id();
        String stationB = b.isHosted() ? b.hostedOn() : b.id();
        ContextMenu menu = new ContextMenu();
        Menu link = new Menu("Link " + stationA + " – " + stationB);
        link.setDisable(stationA.equals(stationB));
        for (Medium medium : Medium.values()) {
            link.getItems().add(item(medium.id(), () -> add("Add link", new Link(
                    Ids.unique(model, "l-" + stationA + "-" + stationB, List.of()), stationA, stationB, medium)), false));
        }
        Menu flow = new Menu("Flow " + from + " → " + to);
        for (Protection protection : Protection.values()) {
            flow.getItems().add(item(protection.id() + " protection", () -> add("Add flow", Flow.of(
                    Ids.unique(model, "f-" + from + "-" + to, List.of()), from, to, "data", protection)), false));
        }
        menu.getItems().addAll(link, flow);
        show(menu, screenX, screenY);
    }

    private void add(String name, Object element) {
        if (viewModel.execute(AddElements.of(name, element))) {
            viewModel.selection().clear();
            viewModel.selection().add(element instanceof Link l ? l.id() : ((Flow) element).id());
        }
    }

    private static MenuItem item(String text, Runnable action, boolean disabled) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        item.setDisable(disabled);
        return item;
    }

    private static RadioMenuItem radio(String text, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setMnemonicParsing(false);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.run());
        return item;
    }
}
