package dev.productscope.analysis;

import dev.productscope.model.Flow;
import org.jgrapht.graph.DefaultEdge;

/** A flow as an edge of the flow graph; see {@link LinkEdge} for why it extends {@link DefaultEdge}. */
public final class FlowEdge extends DefaultEdge {

    private static final long serialVersionUID = 1L;

    private final transient Flow flow;

    FlowEdge(Flow flow) {
        this.flow = flow;
    }

    public Flow flow() {
        return flow;
    }

    @Override
    public String toString() {
        return flow.id();
    }
}
