package dev.productscope.analysis;

/**
 * The derivation rules of ARCHITECTURE.md, tried in order; the first that applies decides.
 * Each cites the part of NIST CSWP 33 it follows.
 */
public enum MembershipRule {
    /** The user toggled the component for the product. */
    M0("the user's toggle", null),
    /** The component is one of the product's devices. */
    M1("the product's device", "CSWP 33, IoT product-system architecture considerations"),
    /** Hosting hardware or platform: the software on it is assessed instead. */
    M2("hosting hardware or platform", "CSWP 33, IoT product component hardware, platforms, and software"),
    /** Made for this product or another one (productSpecific, or another product's device and what serves it directly). */
    M3("specific to a product", "CSWP 33, Variety of local product-system architectures"),
    /** No application-layer access: infrastructure below the application layer. */
    M4("no application-layer access", "CSWP 33, IoT product components vs. network infrastructure"),
    /** Not required to use the device beyond basic features. */
    M5("not required", "CSWP 33, IoT product components vs. network infrastructure"),
    /** Reachable from the product's devices over flows through in-product components. */
    M6("reached by the product's data flows", "CSWP 33, IoT product components vs. network infrastructure"),
    /** None of the above. */
    M7("not connected to the product", null);

    private final String summary;
    private final String source;

    MembershipRule(String summary, String source) {
        this.summary = summary;
        this.source = source;
    }

    /** A few words for lists and legends. */
    public String summary() {
        return summary;
    }

    /** The seed section the rule follows, or {@code null}. */
    public String source() {
        return source;
    }
}
