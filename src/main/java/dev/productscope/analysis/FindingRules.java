package dev.productscope.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one place finding rules are registered. */
public final class FindingRules {

    private static final List<FindingRule> ALL = List.of(
            new ProductWithoutDeviceRule(),
            new ComponentWithoutZoneRule(),
            new FlowWithoutRouteRule(),
            new HostedZoneMismatchRule(),
            new UnprotectedCrossingRule(),
            new SharedRemoteComponentRule(),
            new DataCentralisationRule(),
            new ThirdPartyInProductRule(),
            new ToggleDisagreesRule());

    private FindingRules() {
    }

    public static List<FindingRule> all() {
        return ALL;
    }

    static List<Finding> run(Analysis analysis) {
        List<Finding> findings = new ArrayList<>();
        for (FindingRule rule : ALL) {
            findings.addAll(rule.check(analysis));
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::rule)
                .thenComparing(f -> String.join(",", f.subjects())));
        return findings;
    }
}
