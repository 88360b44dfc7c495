package org.gongkai.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a region's name is written: the official name, the bare name without its suffix (临潼区 → 临潼),
 * and the usual abbreviations (任留街道 → 任留街办, 延边朝鲜族自治州 → 延边州). Only standard place
 * names get short forms: a development zone's name shortened is no longer its name.
 */
final class NameForms {

    /** The 55 minority nationalities, as they appear in the names of autonomous units. */
    private static final String NATIONALITIES = String.join("|", List.of(
            "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
            "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
            "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
            "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
            "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"));

    /**
     * Nationality part of an autonomous unit's name: "朝鲜族", "布依族苗族", or four names that the
     * official names use without 族 (博尔塔拉蒙古自治州, 新疆维吾尔自治区).
     */
    private static final String NATIONALITY_PART = "(?:(?:" + NATIONALITIES + ")族|蒙古|维吾尔|哈萨克|柯尔克孜)*";

    private static final Map<RegionLevel, Pattern> SUFFIXED = Map.of(
            RegionLevel.PROVINCE, suffixed("自治区|省|市"),
            RegionLevel.PREFECTURE, suffixed("自治州|地区|盟|市"),
            RegionLevel.COUNTY, suffixed("自治县|自治旗|新区|林区|特区|区|县|市|旗"),
            RegionLevel.TOWNSHIP, suffixed("街道办事处|街道|苏木|镇|乡"));

    /** Groups: 1 the place (at least two characters), 2 the nationalities, 3 the suffix. */
    private static Pattern suffixed(String suffixes) {
        return Pattern.compile("^(.{2,}?)(" + NATIONALITY_PART + ")(" + suffixes + ")$");
    }

    private NameForms() {
    }

    /** Every key the region can be found by, each with its form; the official name first. */
    static Map<String, NameForm> of(Region region) {
        Map<String, NameForm> forms = new LinkedHashMap<>();
        forms.put(region.name(), NameForm.OFFICIAL);
        if (!region.hasStandardPlaceName()) {
            return forms;
        }
        Matcher m = SUFFIXED.get(region.level()).matcher(region.name());
        if (!m.matches()) {
            return forms;
        }
        String place = m.group(1);
        String suffix = m.group(3);
        forms.putIfAbsent(place, NameForm.BARE);
        // 延边朝鲜族自治州 → 延边州, 大厂回族自治县 → 大厂县, 某某回族乡 → 某某乡
        // (not 自治区: 广西区 is not how the provinces are called)
        if (!m.group(2).isEmpty() && !suffix.equals("自治区")) {
            forms.putIfAbsent(place + suffix.replace("自治", ""), NameForm.ABBREVIATED);
        }
        if (suffix.equals("街道") || suffix.equals("街道办事处")) {
            forms.putIfAbsent(place + "街道", NameForm.ABBREVIATED);
            forms.putIfAbsent(place + "街办", NameForm.ABBREVIATED);
        }
        return forms;
    }
}
