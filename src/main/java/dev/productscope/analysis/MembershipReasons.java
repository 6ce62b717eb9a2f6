package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.Product;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** One sentence per decision, naming the component and the product and citing the seed. */
final class MembershipReasons {

    private final ModelGraphs graphs;
    private final MembershipTable table;

    MembershipReasons(ModelGraphs graphs, MembershipTable table) {
        this.graphs = graphs;
        this.table = table;
    }

    MembershipDecision decision(int p, int c) {
        Membership value = table.value(p, c);
        MembershipRule rule = table.rule(p, c);
        if (rule != MembershipRule.M0) {
            return new MembershipDecision(value, rule, reason(p, c, value, rule), null);
        }
        MembershipDecision derived = table.hasDerived(p, c)
                ? new MembershipDecision(table.derivedValue(p, c), table.derivedRule(p, c),
                        reason(p, c, table.derivedValue(p, c), table.derivedRule(p, c)), null)
                : null;
        return new MembershipDecision(value, rule, reason(p, c, value, rule), derived);
    }

    private String reason(int p, int c, Membership value, MembershipRule rule) {
        Component component = graphs.component(c);
        Product product = table.products().get(p);
        String it = name(component);
        String of = quoted(product.name());
        String sentence = switch (rule) {
            case M0 -> "The user set " + it + (value == Membership.IN ? " in " : " out of ") + of
                    + ", overriding the derivation";
            case M1 -> it + " is a device of " + of + ", so it is part of the product";
            case M2 -> it + " is hosting hardware or a platform; the software it runs is assessed instead, so it"
                    + " is not part of " + of;
            case M3 -> specificReason(p, c, it, of, value);
            case M4 -> it + " has no application-layer access to the product's data, so it is "
                    + component.category().label().toLowerCase(Locale.ROOT) + " below the application layer, not"
                    + " part of " + of;
            case M5 -> it + " is not required to use the device beyond basic features, so it is not part of " + of
                    + "; it may be assessed as a product of its own";
            case M6 -> it + " exchanges data with the devices of " + of + " through in-product components, so it"
                    + " is needed to use the product and is part of it";
            case M7 -> it + " has no data flow that ties it to the devices of " + of + ", so it is not part of it";
        };
        return rule.source() == null ? sentence + "." : sentence + " (" + rule.source() + ").";
    }

    private String specificReason(int p, int c, String it, String of, Membership value) {
        Component component = graphs.component(c);
        if (component.productSpecific() != null) {
            if (value == Membership.IN) {
                return it + " is made specifically for " + of + ", so it is part of the product";
            }
            return it + " is made specifically for " + productName(component.productSpecific()) + ", not for " + of;
        }
        int[] owners = table.productsListingAsDevice(c);
        if (owners.length > 0) {
            return it + " is a device of " + names(owners) + ", not of " + of;
        }
        return it + " exchanges data directly with the devices of " + names(table.productsWhoseDevicesItServes(c))
                + " but not with those of " + of + ", so it belongs to that product";
    }

    private String productName(String productId) {
        int index = table.productIndex(productId);
        return index < 0 ? quoted(productId) : quoted(table.products().get(index).name());
    }

    private String names(int[] productIndices) {
        return Arrays.stream(productIndices).mapToObj(i -> quoted(table.products().get(i).name()))
                .collect(Collectors.joining(" and "));
    }

    static String name(Component component) {
        return component.name() + " '" + component.id() + "'";
    }

    static String quoted(String text) {
        return "'" + text + "'";
    }
}
