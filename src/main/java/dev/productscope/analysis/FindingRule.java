package dev.productscope.analysis;

import java.util.List;

/** One kind of finding. Implementations are registered in {@link FindingRules}. */
public interface FindingRule {

    /** A stable id, kept across versions so CI configurations can name it. */
    String id();

    /** The findings of this rule on an analysis whose findings are not yet computed. */
    List<Finding> check(Analysis analysis);
}
