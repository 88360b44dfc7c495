package org.gongkai.parse;

import java.util.Map;

/** What a report says about itself outside its tables. */
record Metadata(String title, String agencyName, Integer year, String publishedOn, String level, String scope,
                Map<String, String> sections) {
}
