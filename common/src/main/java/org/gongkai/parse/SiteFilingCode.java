package org.gongkai.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county code in a government site's public-security filing number (公安机关备案号, printed in page
 * footers as 陕公网安备 61011502000123号): its first six digits are the county (GB/T 2260) of the police
 * bureau the site is filed with, which is where the publishing office sits.
 */
final class SiteFilingCode {

    private static final Pattern FILING = Pattern.compile("公网安备\\s*[:：]?\\s*(\\d{6})\\d{8}");

    private SiteFilingCode() {
    }

    static Optional<String> countyCode(String text) {
        Matcher matcher = FILING.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
