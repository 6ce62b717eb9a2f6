package dev.productscope.analysis;

import dev.productscope.model.Link;
import org.jgrapht.graph.DefaultEdge;

/**
 * A link as an edge of the link graph. Extending {@link DefaultEdge} lets JGraphT keep the ends
 * in the edge itself, so looking them up costs no hashing of the link record.
 */
public final class LinkEdge extends DefaultEdge {

    private static final long serialVersionUID = 1L;

    private final transient Link link;

    LinkEdge(Link link) {
        this.link = link;
    }

    public Link link() {
        return link;
    }

    @Override
    public String toString() {
        return link.id();
    }
}
