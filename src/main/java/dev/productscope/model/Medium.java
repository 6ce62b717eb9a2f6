package dev.productscope.model;

/** The physical or logical medium of a network link. */
public enum Medium implements JsonEnum {
    WIFI("wifi"),
    ETHERNET("ethernet"),
    BLUETOOTH("bluetooth"),
    ZIGBEE("zigbee"),
    THREAD("thread"),
    CELLULAR("cellular"),
    INTERNET("internet"),
    OTHER("other");

    private final String id;

    Medium(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
