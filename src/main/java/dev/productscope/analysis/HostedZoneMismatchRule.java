package dev.productscope.analysis;

import dev.productscope.model.Component;
import java.util.ArrayList;
import java.util.List;

/** Software runs where its host stands; a different zone of its own is a drawing mistake. */
final class HostedZoneMismatchRule implements FindingRule {

    @Override
    public String id() {
        return "hosted-zone-mismatch";
    }

    @Override
    public List<Finding> check(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (Component component : analysis.model().components()) {
            if (component.zone() == null || component.hostedOn() == null) {
                continue;
            }
            analysis.model().component(component.hostedOn()).ifPresent(host -> {
                if (host.zone() != null && !host.zone().equals(component.zone())) {
                    findings.add(new Finding(id(), Severity.WARNING, List.of(component.id(), host.id()),
                            MembershipReasons.name(component) + " is in zone '" + component.zone() + "' but runs on "
                                    + MembershipReasons.name(host) + " in zone '" + host.zone() + "'; software is"
                                    + " managed where its host is, so remove its own zone or move it to a host in"
                                    + " that zone (CSWP 33, Locally vs. remotely managed)."));
                }
            });
        }
        return findings;
    }
}
