package dev.productscope.analysis;

import dev.productscope.model.JsonEnum;

/** Who runs or hosts a component once deployed, in CSWP 33's roles. */
public enum Operator implements JsonEnum {
    CUSTOMER("customer"),
    MANUFACTURER("manufacturer"),
    CLOUD_SERVICE_PROVIDER("cloud-service-provider"),
    /** The internet or a cellular network, run by service providers between the zones. */
    NETWORK_PROVIDER("network-provider"),
    UNKNOWN("unknown");

    private final String id;

    Operator(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
