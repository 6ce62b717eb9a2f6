package dev.productscope.catalog;

import dev.productscope.analysis.Locality;
import dev.productscope.analysis.Operator;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Developer;
import dev.productscope.model.LegendCategory;
import dev.productscope.model.Sector;
import dev.productscope.model.ZoneKind;
import java.util.Set;

/**
 * When an applicability rule holds. Each set is a choice (any member matches) and an empty set
 * places no condition; the fields all have to hold together.
 *
 * @param inProduct {@code true}: the component is in the product; {@code false}: it is out;
 *                  {@code null}: either
 * @param shared    {@code true}: the component is in two or more products; {@code null}: either
 */
public record Condition(Set<ComponentKind> kinds, Set<LegendCategory> categories, Set<Locality> localities,
                        Set<Developer> developers, Set<ComponentKind> hostKinds, Set<ZoneKind> zoneKinds,
                        Set<Operator> operators, Set<Sector> sectors, Boolean inProduct, Boolean shared) {

    public static final Condition ALWAYS = new Condition(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), null, null);

    public Condition {
        kinds = Set.copyOf(kinds);
        categories = Set.copyOf(categories);
        localities = Set.copyOf(localities);
        developers = Set.copyOf(developers);
        hostKinds = Set.copyOf(hostKinds);
        zoneKinds = Set.copyOf(zoneKinds);
        operators = Set.copyOf(operators);
        sectors = Set.copyOf(sectors);
    }

    /** Whether it asks anything of a component; product rules may only ask about the sector. */
    public boolean speaksOfComponents() {
        return !kinds.isEmpty() || !categories.isEmpty() || !localities.isEmpty() || !developers.isEmpty()
                || !hostKinds.isEmpty() || !zoneKinds.isEmpty() || !operators.isEmpty() || inProduct != null
                || shared != null;
    }

    public boolean matches(Subject subject) {
        return accepts(kinds, subject.kind()) && accepts(categories, subject.category())
                && accepts(localities, subject.locality()) && accepts(developers, subject.developer())
                && accepts(hostKinds, subject.hostKind()) && accepts(zoneKinds, subject.zoneKind())
                && accepts(operators, subject.operator()) && accepts(sectors, subject.sector())
                && (inProduct == null || inProduct == subject.inProduct())
                && (shared == null || shared == subject.shared());
    }

    private static <T> boolean accepts(Set<T> allowed, T value) {
        return allowed.isEmpty() || value != null && allowed.contains(value);
    }

    /**
     * What a rule is asked about: a component as it stands in one product, or (with every
     * component field {@code null}) a product as a whole.
     */
    public record Subject(ComponentKind kind, LegendCategory category, Locality locality, Developer developer,
                          ComponentKind hostKind, ZoneKind zoneKind, Operator operator, Sector sector,
                          boolean inProduct, boolean shared) {

        public static Subject product(Sector sector) {
            return new Subject(null, null, null, null, null, null, null, sector, true, false);
        }
    }
}
