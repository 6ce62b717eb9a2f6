package dev.productscope.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.io.BundledExamples;
import dev.productscope.io.ModelReader;
import dev.productscope.io.ModelWriter;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.ChecklistEntry;
import dev.productscope.model.ChecklistStatus;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Flow;
import dev.productscope.model.Link;
import dev.productscope.model.Medium;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Model;
import dev.productscope.model.OwnerRole;
import dev.productscope.model.Product;
import dev.productscope.model.Protection;
import dev.productscope.model.Sector;
import dev.productscope.model.Zone;
import dev.productscope.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Gaphor's random-edit test: random commands, undos and redos; after every step the model is
 * valid and survives save then load unchanged, and undoing everything gives back the start.
 */
class RandomEditsTest {

    /** The editing session under test and the model it started from. */
    static final class Session {
        final Model initial;
        final CommandStack stack;

        Session(Model initial) {
            this.initial = initial;
            this.stack = new CommandStack(initial, 10_000);
        }

        Model model() {
            return stack.model();
        }

        /** Runs a command; a refusal must leave the model as it was. */
        void attempt(Command command) {
            Model before = stack.model();
            try {
                stack.execute(command);
            } catch (CommandException refused) {
                assertThat(stack.model()).isSameAs(before);
            }
        }

        @Override
        public String toString() {
            return stack.model().toString();
        }
    }

    @Provide
    Arbitrary<ActionChain<Session>> edits() {
        return Arbitraries.of("remote-backends", "local-management", "shared-cloud-backends")
                .flatMap(example -> ActionChain.<Session>startWith(
                        () -> new Session(BundledExamples.find(example).orElseThrow().load()))
                        .withAction(3, new AddComponent())
                        .withAction(new AddZone())
                        .withAction(2, pick("add link", this::addLink))
                        .withAction(2, pick("add flow", this::addFlow))
                        .withAction(pick("add product", this::addProduct))
                        .withAction(3, pick("move", this::move))
                        .withAction(2, pick("rename", this::rename))
                        .withAction(2, pick("delete", this::delete))
                        .withAction(2, pick("toggle", this::toggle))
                        .withAction(2, pick("assess", this::assess))
                        .withAction(pick("answer", this::answer))
                        .withAction(3, new Undo())
                        .withAction(2, new Redo())
                        .withMaxTransformations(40));
    }

    @Property(tries = 60)
    void everyStepKeepsAValidModelThatSurvivesSaveAndLoad(@ForAll("edits") ActionChain<Session> chain) {
        ActionChain<Session> checked = chain.withInvariant("valid and round-trips", session -> {
            Model model = session.model();
            assertThat(model.validate()).isEmpty();
            try {
                assertThat(new ModelReader().read("edited.json", new ModelWriter().toBytes(model))).isEqualTo(model);
            } catch (Exception e) {
                throw new AssertionError("save then load failed: " + e.getMessage(), e);
            }
        });

        Session session = checked.run();

        while (session.stack.canUndo()) {
            session.stack.undo();
        }
        assertThat(session.model()).isEqualTo(session.initial);
    }

    // --- actions ---

    /** An action that picks its command from the current model with a random index. */
    private static Action.Dependent<Session> pick(String description, PickCommand pick) {
        return session -> Arbitraries.integers().between(0, 1000).map(i -> Transformer.mutate(description,
                s -> {
                    Command command = pick.command(s.model(), i);
                    if (command != null) {
                        s.attempt(command);
                    }
                }));
    }

    @FunctionalInterface
    interface PickCommand {
        Command command(Model model, int choice);
    }

    static final class AddComponent implements Action.Independent<Session> {
        @Override
        public Arbitrary<Transformer<Session>> transformer() {
            return Combinators.combine(Arbitraries.of(ComponentKind.values()), Arbitraries.integers().between(0, 1000),
                    Arbitraries.integers().between(-500, 1500)).as((kind, choice, x) -> Transformer.mutate(
                    "add " + kind.id(), s -> {
                        Model model = s.model();
                        String id = Ids.unique(model, kind.id(), List.of());
                        String zone = model.zones().isEmpty() || kind.standsBetweenZones() ? null
                                : model.zones().get(choice % model.zones().size()).id();
                        Component component = Component.of(id, "New " + kind.label(), kind, zone, x, x / 2.0);
                        List<Component> hosts = model.components().stream().filter(c -> c.kind().isHost()).toList();
                        if (kind.isSoftware() && !hosts.isEmpty() && choice % 2 == 0) {
                            component = component.withZone(null).withHostedOn(hosts.get(choice % hosts.size()).id());
                        }
                        s.attempt(AddElements.of("Add " + kind.label(), component));
                    }));
        }
    }

    static final class AddZone implements Action.Independent<Session> {
        @Override
        public Arbitrary<Transformer<Session>> transformer() {
            return Arbitraries.of(ZoneKind.values()).map(kind -> Transformer.mutate("add zone " + kind.id(), s -> {
                String id = Ids.unique(s.model(), kind.id(), List.of());
                s.attempt(AddElements.of("Add zone", new Zone(id, kind.label(), kind, 10, 20, 300, 200)));
            }));
        }
    }

    static final class Undo implements Action.Independent<Session> {
        @Override
        public Arbitrary<Transformer<Session>> transformer() {
            return Arbitraries.just(Transformer.mutate("undo", s -> s.stack.undo()));
        }
    }

    static final class Redo implements Action.Independent<Session> {
        @Override
        public Arbitrary<Transformer<Session>> transformer() {
            return Arbitraries.just(Transformer.mutate("redo", s -> s.stack.redo()));
        }
    }

    private static <T> T choose(List<T> list, int choice) {
        return list.isEmpty() ? null : list.get(choice % list.size());
    }

    private Command addLink(Model model, int choice) {
        List<Component> equipment = model.components().stream().filter(c -> !c.isHosted()).toList();
        Component a = choose(equipment, choice);
        Component b = choose(equipment, choice / 7 + 1);
        if (a == null || b == null || a == b) {
            return null;
        }
        return AddElements.of("Add link", new Link(Ids.unique(model, "link", List.of()), a.id(), b.id(),
                Medium.values()[choice % Medium.values().length]));
    }

    private Command addFlow(Model model, int choice) {
        Component from = choose(model.components(), choice);
        Component to = choose(model.components(), choice / 3 + 1);
        if (from == null || to == null || from == to) {
            return null;
        }
        return AddElements.of("Add flow", Flow.of(Ids.unique(model, "flow", List.of()), from.id(), to.id(),
                "data", Protection.values()[choice % 3]));
    }

    private Command addProduct(Model model, int choice) {
        Component device = choose(model.components().stream().filter(c -> c.kind() == ComponentKind.IOT_DEVICE)
                .toList(), choice);
        return device == null ? null : AddElements.of("Add product", new Product(Ids.unique(model, "product",
                List.of()), "Product " + choice, List.of(device.id()), Sector.values()[choice % 6]));
    }

    private Command move(Model model, int choice) {
        List<String> movable = new ArrayList<>();
        model.zones().forEach(z -> movable.add(z.id()));
        model.components().forEach(c -> movable.add(c.id()));
        String id = choose(movable, choice);
        return id == null ? null : new MoveElements(List.of(id), choice % 17 - 8, choice % 13 - 6);
    }

    private Command rename(Model model, int choice) {
        Component component = choose(model.components(), choice);
        return component == null ? null
                : new ReplaceElement("Rename", component.withName(component.name() + " " + choice % 10));
    }

    private Command delete(Model model, int choice) {
        List<String> ids = new ArrayList<>();
        Function<Object, String> id = Elements::id;
        model.components().forEach(c -> ids.add(id.apply(c)));
        model.links().forEach(l -> ids.add(l.id()));
        model.flows().forEach(f -> ids.add(f.id()));
        model.zones().forEach(z -> ids.add(z.id()));
        model.products().forEach(p -> ids.add(p.id()));
        String victim = choose(ids, choice);
        return victim == null ? null : new DeleteElements(List.of(victim));
    }

    private Command toggle(Model model, int choice) {
        Product product = choose(model.products(), choice);
        Component component = choose(model.components(), choice / 5);
        if (product == null || component == null) {
            return null;
        }
        MembershipToggle[] values = {MembershipToggle.IN, MembershipToggle.OUT, null};
        return new SetMembership(product.id(), component.id(), values[choice % 3]);
    }

    private Command assess(Model model, int choice) {
        Product product = choose(model.products(), choice);
        Component component = choose(model.components(), choice / 3);
        if (product == null || component == null) {
            return null;
        }
        String key = choice % 2 == 0 ? "ir8425-dp-1a@" + component.id() : "doc-1" + (char) ('a' + choice % 7);
        ChecklistStatus status = ChecklistStatus.values()[choice % ChecklistStatus.values().length];
        ChecklistEntry entry = new ChecklistEntry(status, choice % 3 == 0 ? null : OwnerRole.MANUFACTURER,
                choice % 4 == 0 ? null : "because " + choice, null);
        return new SetChecklistEntry(product.id(), key, entry, key);
    }

    private Command answer(Model model, int choice) {
        Product product = choose(model.products(), choice);
        if (product == null) {
            return null;
        }
        AnswerStatus status = AnswerStatus.values()[choice % AnswerStatus.values().length];
        return new SetActivityAnswer(product.id(), "a" + (1 + choice % 6) + "-q1",
                new ActivityAnswer(status, choice % 5 == 0 ? null : "answer " + choice), "a question");
    }
}
