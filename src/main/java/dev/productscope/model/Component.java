package dev.productscope.model;

import java.util.Objects;

/**
 * A piece of equipment or software in the drawing. Optional traits are {@code null} when the
 * file does not set them, so that saving writes back exactly what the user wrote; the
 * {@code effective...} methods fall back to the kind's defaults.
 *
 * @param zone           the zone it stands in; {@code null} for networks between zones and for
 *                       hosted software that stands in its host's zone
 * @param hostedOn       the id of the smartphone, PC, cloud platform or data-centre hardware the
 *                       software runs on
 * @param productSpecific the id of the product (line) a gateway or hub was made for
 * @param x              centre on the canvas
 * @param y              centre on the canvas
 * @param width          optional size; {@code null} for the kind's default
 * @param height         optional size; {@code null} for the kind's default
 */
public record Component(String id, String name, ComponentKind kind, String zone, String hostedOn,
                        String productSpecific, Boolean required, Developer developer,
                        Boolean applicationLayerAccess, double x, double y, Double width, Double height,
                        Extensions extensions) {

    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        extensions = extensions == null ? Extensions.none() : extensions;
    }

    /** A component with every optional trait left to its kind's default. */
    public static Component of(String id, String name, ComponentKind kind, String zone, double x, double y) {
        return new Component(id, name, kind, zone, null, null, null, null, null, x, y, null, null,
                Extensions.none());
    }

    public LegendCategory category() {
        return kind.category();
    }

    public boolean effectiveApplicationLayerAccess() {
        return applicationLayerAccess != null ? applicationLayerAccess : kind.defaultApplicationLayerAccess();
    }

    public boolean effectiveRequired() {
        return required != null ? required : kind.defaultRequired();
    }

    public Developer effectiveDeveloper() {
        return developer != null ? developer : kind.defaultDeveloper();
    }

    public boolean isHosted() {
        return hostedOn != null;
    }

    public Component withZone(String newZone) {
        return new Component(id, name, kind, newZone, hostedOn, productSpecific, required, developer,
                applicationLayerAccess, x, y, width, height, extensions);
    }

    public Component withHostedOn(String newHost) {
        return new Component(id, name, kind, zone, newHost, productSpecific, required, developer,
                applicationLayerAccess, x, y, width, height, extensions);
    }

    public Component withProductSpecific(String productId) {
        return new Component(id, name, kind, zone, hostedOn, productId, required, developer,
                applicationLayerAccess, x, y, width, height, extensions);
    }

    public Component withTraits(Boolean newRequired, Developer newDeveloper, Boolean newAccess) {
        return new Component(id, name, kind, zone, hostedOn, productSpecific, newRequired, newDeveloper,
                newAccess, x, y, width, height, extensions);
    }

    public Component withPosition(double newX, double newY) {
        return new Component(id, name, kind, zone, hostedOn, productSpecific, required, developer,
                applicationLayerAccess, newX, newY, width, height, extensions);
    }

    public Component withSize(Double newWidth, Double newHeight) {
        return new Component(id, name, kind, zone, hostedOn, productSpecific, required, developer,
                applicationLayerAccess, x, y, newWidth, newHeight, extensions);
    }

    public Component withName(String newName) {
        return new Component(id, newName, kind, zone, hostedOn, productSpecific, required, developer,
                applicationLayerAccess, x, y, width, height, extensions);
    }
}
