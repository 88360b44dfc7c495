package org.gongkai.generate;

import java.util.List;

/**
 * Every number of one agency's year, before it is laid out in a format: requests per applicant column and
 * outcome, appeals, proactive quantities. Identities hold by construction; an aggregate is a sum of these.
 */
final class YearValues {

    static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_services", "other_org");
    /** The outcome rows of the 2021 format; the 2019 format prints the three other_* rows as other_handling. */
    static final List<String> OUTCOMES = List.of("granted", "partially_granted", "denied_state_secret",
            "denied_prohibited_by_law", "denied_security_stability", "denied_third_party", "denied_internal_affairs",
            "denied_process_info", "denied_enforcement_file", "denied_query_matter", "unable_not_held",
            "unable_needs_creation", "unable_unclear", "rejected_complaint", "rejected_repeat", "rejected_publication",
            "rejected_excessive", "rejected_confirmation", "other_no_correction", "other_unpaid_fee", "other_misc");
    static final List<String> OTHER_ROWS = List.of("other_no_correction", "other_unpaid_fee", "other_misc");
    static final List<String> APPEAL_ROWS = List.of("review", "litigation_direct", "litigation_after_review");
    static final List<String> APPEAL_PARTS = List.of("upheld", "corrected", "other_result", "pending");

    final long[] newReceived = new long[APPLICANTS.size()];
    final long[] carriedOver = new long[APPLICANTS.size()];
    final long[] carriedForward = new long[APPLICANTS.size()];
    final long[][] outcomes = new long[OUTCOMES.size()][APPLICANTS.size()];
    final long[][] appeals = new long[APPEAL_ROWS.size()][APPEAL_PARTS.size()];
    final long[] proactive = new long[Quantity.values().length];

    long get(Quantity q) {
        return proactive[q.ordinal()];
    }

    void set(Quantity q, long value) {
        proactive[q.ordinal()] = value;
    }

    long newReceivedTotal() {
        return sum(newReceived);
    }

    long appealTotal(int row) {
        return sum(appeals[row]);
    }

    /** Adds another agency's year (for aggregate reports). */
    void add(YearValues other) {
        addInto(newReceived, other.newReceived);
        addInto(carriedOver, other.carriedOver);
        addInto(carriedForward, other.carriedForward);
        for (int i = 0; i < outcomes.length; i++) {
            addInto(outcomes[i], other.outcomes[i]);
        }
        for (int i = 0; i < appeals.length; i++) {
            addInto(appeals[i], other.appeals[i]);
        }
        addInto(proactive, other.proactive);
    }

    static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static void addInto(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }
}
