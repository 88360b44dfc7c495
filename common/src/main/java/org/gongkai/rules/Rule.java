package org.gongkai.rules;

/** One consistency rule of the catalog, a value: the validate job compiles it, nothing else knows its logic. */
public sealed interface Rule permits IdentityRule, CellDomainRule, SubtotalRule, NarrativeRule, FeeDisclosureRule,
        FormatYearRule, TimelinessRule, CopyRule, NearDuplicateRule, HierarchyRule {

    RuleInfo info();

    default String id() {
        return info().id();
    }
}
