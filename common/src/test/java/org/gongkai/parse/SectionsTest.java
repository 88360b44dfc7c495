package org.gongkai.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The narrative sections are the text under their headings, not the rest of a heading's wording. */
class SectionsTest {

    @Test
    void problemsStartAfterTheWholeHeading() {
        for (String heading : new String[] {"五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及整改措施",
                "五、存在的主要问题"}) {
            String text = "一、总体情况\n概况。\n二、主动公开政府信息情况\n" + heading + "\n人员不足。\n六、其他需要报告的事项\n无。";
            assertEquals("人员不足。", MetadataExtractor.sections(text).get("problems"), heading);
        }
    }

    @Test
    void flattenedHeadingRunsIntoItsText() {
        String text = "五、存在的主要问题及改进情况一是人员不足。六、其他需要报告的事项无。";
        assertEquals("一是人员不足。", MetadataExtractor.sections(text).get("problems"));
    }
}
