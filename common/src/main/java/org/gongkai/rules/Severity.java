package org.gongkai.rules;

import java.util.Locale;

/** How bad a failed rule is: an error breaks an official or structural identity, a warning is a plausibility check. */
public enum Severity {
    ERROR,
    WARNING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Severity fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
