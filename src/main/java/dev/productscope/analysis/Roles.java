package dev.productscope.analysis;

import dev.productscope.model.Developer;

/**
 * The roles around one component (CSWP 33, Roles supporting IoT product cybersecurity
 * outcomes): who develops it, who runs or hosts it, and the platform it runs on, if any.
 *
 * @param host the id of the smartphone, PC, cloud platform or data-centre hardware it runs on
 */
public record Roles(Developer developer, Operator operator, String host) {
}
