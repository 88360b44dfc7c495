package org.gongkai.region;

import java.util.List;

/**
 * Words that begin the department part of agency names (人民政府, 公安局, 民政局…). Some are also bare
 * place names (公安县 → 公安, 民政镇 → 民政, 交通街道 → 交通) or names of township-like units (林业局), so
 * where one of these words starts, such a name is read as the department, not as a place. Words that are
 * also the names of real units (经济开发区, 工业园区, 社区) are deliberately absent.
 */
final class AgencyWords {

    private static final List<String> WORDS = List.of(
            "人民政府", "人民代表大会", "人民法院", "人民检察院", "人大", "政府", "政协", "办公厅", "办公室",
            "发展和改革", "发改", "教育", "科学技术", "科技局", "工业和信息化", "工信", "经济和信息化",
            "公安", "民政", "司法", "财政", "人力资源", "自然资源", "生态环境", "环境保护", "住房",
            "城乡建设", "建设局", "建设和交通", "交通", "水利", "水务", "农业农村", "农业局", "农牧", "林业",
            "商务", "文化", "旅游局", "旅游发展", "卫生", "退役军人", "应急管理", "审计", "市场监督", "统计",
            "医疗保障", "信访", "城市管理", "城管", "行政审批", "综合行政执法", "体育", "税务", "金融", "民族",
            "宗教", "档案", "机关事务", "政务", "数据", "粮食", "供销", "气象", "地震", "监察", "纪律检查",
            "国有资产", "乡村振兴");

    private AgencyWords() {
    }

    /** Whether an agency word begins at {@code index} of {@code text}. */
    static boolean startAt(String text, int index) {
        for (String word : WORDS) {
            if (text.startsWith(word, index)) {
                return true;
            }
        }
        return false;
    }
}
