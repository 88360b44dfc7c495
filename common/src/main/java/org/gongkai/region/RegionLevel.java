package org.gongkai.region;

import java.util.Optional;

/** The four NBS levels below the nation, with the length of their codes (61, 6101, 610115, 610115020). */
public enum RegionLevel {
    PROVINCE(2),
    PREFECTURE(4),
    COUNTY(6),
    TOWNSHIP(9);

    private final int codeLength;

    RegionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level directly above, empty for {@link #PROVINCE}. */
    public Optional<RegionLevel> parentLevel() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /**
     * Cuts a code to this level's length. NBS publishes 12-digit codes padded with zeros
     * (610115020000) and GB/T 2260 pads to 6 (610100); only zero padding may be cut.
     */
    public String normalize(String code) {
        if (code.length() < codeLength || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a " + this + " code: " + code);
        }
        for (int i = codeLength; i < code.length(); i++) {
            if (code.charAt(i) != '0') {
                throw new IllegalArgumentException("not a " + this + " code: " + code);
            }
        }
        return code.substring(0, codeLength);
    }
}
