package dev.productscope.analysis;

import dev.productscope.model.Component;
import dev.productscope.model.MembershipToggle;
import dev.productscope.model.Product;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides every component's membership in every product by rules M0-M7 (ARCHITECTURE.md) and
 * keeps the decisions compactly: a value and a rule per component and product. Sentences are
 * made only when asked for, by {@link MembershipReasons}.
 */
final class MembershipTable {

    static final byte UNDECIDED = -1;

    private final ModelGraphs graphs;
    private final List<Product> products;
    private final Map<String, Integer> productIndex = new HashMap<>();
    private final boolean[] canonical;
    /** Per component, the products listing it as a device; empty for most. */
    private final int[][] deviceOf;
    /** Per component, the products whose devices it exchanges flows with directly. */
    private final int[][] servesDevicesOf;
    private final byte[][] value;
    private final byte[][] rule;
    /** Per product, the derivation without the user's toggles; {@code null} when it has none. */
    private final byte[][] derivedValue;
    private final byte[][] derivedRule;

    MembershipTable(ModelGraphs graphs) {
        this.graphs = graphs;
        this.products = graphs.model().products();
        int n = graphs.size();
        int p = products.size();
        canonical = new boolean[p];
        for (int i = 0; i < p; i++) {
            canonical[i] = productIndex.putIfAbsent(products.get(i).id(), i) == null;
        }
        deviceOf = devicesByComponent(n);
        servesDevicesOf = anchors(n);
        value = new byte[p][];
        rule = new byte[p][];
        derivedValue = new byte[p][];
        derivedRule = new byte[p][];
        for (int i = 0; i < p; i++) {
            value[i] = new byte[n];
            rule[i] = new byte[n];
            derive(i, true, value[i], rule[i]);
            if (!products.get(i).membership().isEmpty()) {
                derivedValue[i] = new byte[n];
                derivedRule[i] = new byte[n];
                derive(i, false, derivedValue[i], derivedRule[i]);
            }
        }
    }

    private int[][] devicesByComponent(int n) {
        List<List<Integer>> owners = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            owners.add(null);
        }
        for (int p = 0; p < products.size(); p++) {
            for (String device : products.get(p).devices()) {
                int c = graphs.indexOf(device);
                if (c >= 0) {
                    if (owners.get(c) == null) {
                        owners.set(c, new ArrayList<>(1));
                    }
                    if (!owners.get(c).contains(p)) {
                        owners.get(c).add(p);
                    }
                }
            }
        }
        return toArrays(owners);
    }

    private int[][] anchors(int n) {
        List<List<Integer>> anchors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            anchors.add(null);
        }
        for (FlowEdge flow : graphs.flows().edgeSet()) {
            int from = graphs.flows().getEdgeSource(flow);
            int to = graphs.flows().getEdgeTarget(flow);
            anchor(anchors, to, deviceOf[from]);
            anchor(anchors, from, deviceOf[to]);
        }
        return toArrays(anchors);
    }

    private static void anchor(List<List<Integer>> anchors, int component, int[] productsOfDevice) {
        for (int p : productsOfDevice) {
            if (anchors.get(component) == null) {
                anchors.set(component, new ArrayList<>(1));
            }
            if (!anchors.get(component).contains(p)) {
                anchors.get(component).add(p);
            }
        }
    }

    private static int[][] toArrays(List<List<Integer>> lists) {
        int[][] result = new int[lists.size()][];
        int[] none = new int[0];
        for (int i = 0; i < result.length; i++) {
            List<Integer> list = lists.get(i);
            result[i] = list == null ? none : list.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return result;
    }

    /** Rules M0-M5 for one component; M6 and M7 need the traversal. */
    private void decideDirectly(int p, int c, boolean useToggles, byte[] values, byte[] rules) {
        Component component = graphs.component(c);
        Product product = products.get(p);
        MembershipToggle toggle = useToggles ? product.membership().get(component.id()) : null;
        if (toggle != null) {
            set(values, rules, c, toggle == MembershipToggle.IN ? Membership.IN : Membership.OUT, MembershipRule.M0);
        } else if (contains(deviceOf[c], p)) {
            set(values, rules, c, Membership.IN, MembershipRule.M1);
        } else if (component.kind().isHost()) {
            set(values, rules, c, Membership.OUT, MembershipRule.M2);
        } else if (component.productSpecific() != null) {
            boolean mine = component.productSpecific().equals(product.id());
            set(values, rules, c, mine ? Membership.IN : Membership.OUT, MembershipRule.M3);
        } else if (deviceOf[c].length > 0 || (servesDevicesOf[c].length > 0 && !contains(servesDevicesOf[c], p))) {
            set(values, rules, c, Membership.OUT, MembershipRule.M3);
        } else if (!component.effectiveApplicationLayerAccess()) {
            set(values, rules, c, Membership.OUT, MembershipRule.M4);
        } else if (!component.effectiveRequired()) {
            set(values, rules, c, Membership.OUT, MembershipRule.M5);
        } else {
            values[c] = UNDECIDED;
        }
    }

    private void derive(int p, boolean useToggles, byte[] values, byte[] rules) {
        int n = values.length;
        for (int c = 0; c < n; c++) {
            decideDirectly(p, c, useToggles, values, rules);
        }
        // M6: reachable from the product's devices over flows, in either direction, passing only through
        // components in the product.
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (String device : products.get(p).devices()) {
            int c = graphs.indexOf(device);
            if (c >= 0 && !seen[c] && values[c] == Membership.IN.ordinal()) {
                seen[c] = true;
                queue.add(c);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (FlowEdge flow : graphs.flows().edgesOf(u)) {
                int v = graphs.flows().getEdgeSource(flow);
                if (v == u) {
                    v = graphs.flows().getEdgeTarget(flow);
                }
                if (seen[v]) {
                    continue;
                }
                seen[v] = true;
                if (values[v] == UNDECIDED) {
                    set(values, rules, v, Membership.IN, MembershipRule.M6);
                }
                if (values[v] == Membership.IN.ordinal()) {
                    queue.add(v);
                }
            }
        }
        for (int c = 0; c < n; c++) {
            if (values[c] == UNDECIDED) {
                set(values, rules, c, Membership.NONE, MembershipRule.M7);
            }
        }
    }

    private static void set(byte[] values, byte[] rules, int c, Membership membership, MembershipRule by) {
        values[c] = (byte) membership.ordinal();
        rules[c] = (byte) by.ordinal();
    }

    static boolean contains(int[] sorted, int value) {
        return Arrays.binarySearch(sorted, value) >= 0;
    }

    /** Whether product {@code p} is the first with its id (a model being edited may repeat one). */
    boolean isCanonical(int p) {
        return canonical[p];
    }

    int productIndex(String productId) {
        Integer index = productIndex.get(productId);
        return index == null ? -1 : index;
    }

    boolean isIn(int p, int c) {
        return value[p][c] == Membership.IN.ordinal();
    }

    Membership value(int p, int c) {
        return Membership.values()[value[p][c]];
    }

    MembershipRule rule(int p, int c) {
        return MembershipRule.values()[rule[p][c]];
    }

    boolean hasDerived(int p, int c) {
        return derivedValue[p] != null && rule[p][c] == MembershipRule.M0.ordinal();
    }

    Membership derivedValue(int p, int c) {
        return Membership.values()[derivedValue[p][c]];
    }

    MembershipRule derivedRule(int p, int c) {
        return MembershipRule.values()[derivedRule[p][c]];
    }

    int[] productsListingAsDevice(int c) {
        return deviceOf[c];
    }

    int[] productsWhoseDevicesItServes(int c) {
        return servesDevicesOf[c];
    }

    List<Product> products() {
        return products;
    }
}
