package dev.productscope.analysis;

import dev.productscope.model.Component;
import java.util.ArrayList;
import java.util.List;

/** Locality comes from the zone; a component without one is reported, not guessed. */
final class ComponentWithoutZoneRule implements FindingRule {

    @Override
    public String id() {
        return "component-without-zone";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Component component : analysis.model().components()) {
            if (!component.kind().standsBetweenZones() && analysis.effectiveZone(component.id()).isEmpty()) {
                findings.add(new Finding(id(), Severity.WARNING, List.of(component.id()),
                        MembershipReasons.name(component) + " stands in no zone, so whether it is locally or remotely"
                                + " managed is unknown; put it in the customer environment, a manufacturer data"
                                + " centre or a third-party cloud" + (component.kind().isSoftware()
                                        ? ", or host it on a phone, PC or platform that stands in one" : "")
                                + " (CSWP 33, Locally vs. remotely managed)."));
            }
        }
        return findings;
    }
}
