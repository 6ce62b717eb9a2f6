package dev.productscope.edit;

import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves zones and components by one offset: a drag or an arrow-key nudge. A zone's own
 * components move with it. Successive moves of the same elements merge into one step.
 */
public record MoveElements(List<String> ids, double dx, double dy) implements Command {

    public MoveElements {
        ids = List.copyOf(ids);
    }

    @Override
    public String name() {
        return ids.size() == 1 ? "Move '" + ids.get(0) + "'" : "Move " + ids.size() + " items";
    }

    @Override
    public Model apply(Model model) {
        Map<String, Boolean> moving = new LinkedHashMap<>();
        for (String id : ids) {
            if (model.zone(id).isEmpty() && model.component(id).isEmpty()) {
                throw new CommandException("'" + id + "' is no longer in the model");
            }
            moving.put(id, true);
        }
        List<Zone> zones = new ArrayList<>(model.zones().size());
        for (Zone zone : model.zones()) {
            zones.add(moving.containsKey(zone.id())
                    ? zone.withBounds(zone.x() + dx, zone.y() + dy, zone.width(), zone.height()) : zone);
        }
        List<Component> components = new ArrayList<>(model.components().size());
        for (Component component : model.components()) {
            boolean moves = moving.containsKey(component.id())
                    || (component.zone() != null && moving.containsKey(component.zone()));
            components.add(moves ? component.withPosition(component.x() + dx, component.y() + dy) : component);
        }
        return model.withZones(zones).withComponents(components);
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (next instanceof MoveElements other && other.ids.equals(ids)) {
            return Optional.of(new MoveElements(ids, dx + other.dx, dy + other.dy));
        }
        return Optional.empty();
    }
}
