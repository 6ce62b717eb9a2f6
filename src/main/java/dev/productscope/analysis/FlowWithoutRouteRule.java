package dev.productscope.analysis;

import java.util.ArrayList;
import java.util.List;

/** Every flow must travel over some chain of links; without one the drawing is missing equipment. */
final class FlowWithoutRouteRule implements FindingRule {

    @Override
    public String id() {
        return "flow-without-route";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (FlowRoute route : analysis.routes()) {
            if (!route.isRouted()) {
                var flow = analysis.model().flow(route.flowId()).orElseThrow();
                findings.add(new Finding(id(), Severity.ERROR, List.of(flow.id(), flow.from(), flow.to()),
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' to '" + flow.to() + "' has no route: "
                                + route.problem() + "; draw the links (Wi-Fi, router, internet) that carry it."));
            }
        }
        return findings;
    }
}
