package dev.productscope.catalog;

import java.util.List;

/** A reference that applies, with every reason that makes it apply. */
public record AppliedReference(Reference reference, List<Reason> reasons) {

    public AppliedReference {
        reasons = List.copyOf(reasons);
    }
}
