package org.gongkai.jobs.cli;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

/**
 * Overviews (一、总体情况) for the near-duplicate benchmark, written by Spark SQL on the executors: agencies
 * report every year from 2019 to 2025; each text takes one to three of four phrasings for each of twelve topics
 * and fills in its own figures, about 500–1,500 characters. An agency keeps half of its phrasing choices from
 * year to year (as agencies do), and about 1% of the reports are last year's text with the year changed (never two years running).
 */
final class SyntheticNarratives {

    static final int FIRST_YEAR = 2019;
    static final int YEARS = 7;

    /** Four phrasings per topic; {y} is the year, {a} and {b} are figures. */
    private static final String[][] TOPICS = {
            {"{y}年，本机关通过门户网站主动公开政府信息{a}条，其中政策文件{b}件，及时准确发布机构职能、政策法规、规划计划等信息。",
                    "全年累计主动公开各类政府信息{a}条，较上年增长{b}%，重点领域信息公开内容更加全面、更新更加及时。",
                    "本年度依托政府网站、政务新媒体等渠道发布信息{a}条，发布政策解读材料{b}篇，公开的及时性和规范性进一步提升。",
                    "{y}年共主动公开政府信息{a}条，更新主动公开基本目录{b}项，做到应公开尽公开。"},
            {"坚持政策文件与解读材料同步组织、同步审签、同步部署，全年发布图文解读{a}篇、视频解读{b}期。",
                    "围绕群众关注的热点问题，开展政策解读{a}次，主要负责同志带头解读{b}次，增强了政策的知晓度和执行力。",
                    "采取专家解读、媒体解读、在线访谈等方式解读政策文件{a}件，回应社会关切{b}次。",
                    "建立政策解读工作台账，对{a}件重要政策文件开展多元化解读，制作“一图读懂”{b}期。"},
            {"{y}年共收到政府信息公开申请{a}件，上年结转{b}件，均在法定期限内依法答复。",
                    "规范依申请公开办理流程，全年受理申请{a}件，其中当面申请{b}件，未发生逾期答复情况。",
                    "严格执行登记、审核、办理、答复、归档的工作流程，办结政府信息公开申请{a}件，结转下年度继续办理{b}件。",
                    "本年度新收政府信息公开申请{a}件，予以公开{b}件，对不予公开的均依法说明理由并告知救济途径。"},
            {"全年因政府信息公开工作被申请行政复议{a}件，提起行政诉讼{b}件，未发生被纠错的情况。",
                    "发生政府信息公开行政复议案件{a}件、行政诉讼案件{b}件，均已依法妥善处理。",
                    "本年度涉及政府信息公开的行政复议{a}件，结果维持{b}件，无行政诉讼案件。",
                    "因政府信息公开引发的行政复议和行政诉讼分别为{a}件和{b}件，依法依规做好应诉答辩工作。"},
            {"完善政府信息公开属性源头认定机制，全年审核拟公开文件{a}件，动态调整公开目录{b}项。",
                    "健全政府信息发布审查机制，坚持先审查后公开，全年开展保密审查{a}次，清理过时信息{b}条。",
                    "开展行政规范性文件清理工作，现行有效规范性文件{a}件，废止{b}件，并在网站集中公开。",
                    "加强政府信息全生命周期管理，建立公开台账{a}本，对{b}件历史文件进行了公开属性复核。"},
            {"持续优化政府网站信息公开专栏，新增栏目{a}个，政务新媒体账号发布信息{b}条。",
                    "加强政务新媒体规范管理，现有政务微信公众号{a}个，全年推送信息{b}条。",
                    "推进政府网站集约化建设，完成{a}个专题栏目改版，网站全年访问量达{b}万人次。",
                    "在政务服务大厅设置政府信息公开查阅点{a}个，接待群众查阅{b}人次。"},
            {"将政务公开工作纳入年度绩效考核，开展专项督查{a}次，发现并整改问题{b}个。",
                    "组织政务公开业务培训{a}期，参训人员{b}人次，工作人员业务能力明显提升。",
                    "建立政务公开社会评议制度，全年收集意见建议{a}条，采纳{b}条。",
                    "本年度未发生因政务公开工作引发的责任追究情况，开展自查{a}次，整改问题{b}个。"},
            {"聚焦财政预决算、重大建设项目、公共资源配置等重点领域，公开相关信息{a}条，专栏访问{b}次。",
                    "做好教育、医疗、社会保障等民生领域信息公开，发布相关信息{a}条，专题报道{b}篇。",
                    "加大乡村振兴、生态环境等重点领域公开力度，全年发布相关信息{a}条，更新数据{b}项。",
                    "围绕优化营商环境，公开涉企政策{a}项，发布惠企政策解读{b}篇。"},
            {"通过12345热线、网上留言等渠道收集群众诉求{a}件，办结率{b}%。",
                    "建立健全舆情收集研判回应机制，全年回应社会关切{a}次，召开新闻发布会{b}场。",
                    "及时回应网民留言{a}条，平均办理时长{b}个工作日。",
                    "开展政府开放日活动{a}次，邀请群众代表{b}人次走进机关。"},
            {"推进重大行政决策预公开，全年公开征求意见{a}次，收到意见建议{b}条。",
                    "邀请利益相关方、公众代表列席会议{a}人次，决策透明度进一步提高，公开会议{b}次。",
                    "对{a}项重大行政决策事项目录进行了公开，公开决策结果{b}项。",
                    "重大决策出台前通过网站公开听取意见{a}次，反馈意见采纳情况{b}次。"},
            {"本年度发出政府信息公开收费通知{a}件，收费金额{b}元。",
                    "严格执行《政府信息公开信息处理费管理办法》，{y}年未收取信息处理费。",
                    "本年度共收取信息处理费{a}元，涉及申请{b}件。",
                    "对申请人未超过合理数量的申请，一律不收取信息处理费，全年减免{a}件。"},
            {"存在的主要问题：一是政策解读形式还不够丰富；二是信息更新及时性有待加强。下一步将加强培训，完善机制。",
                    "工作中仍存在公开内容不够全面、基层公开标准化程度不高等问题，下一步将持续加以改进。",
                    "对照上级要求，部分栏目信息更新不及时，政策解读的深度不够，将在{y}年后续工作中重点整改。",
                    "下一步，将进一步完善政务公开制度体系，提升公开质量和实效，更好地服务群众。"},
    };

    private SyntheticNarratives() {
    }

    /** {@code count} reports: report_id, agency_key, year, text, copied (the text is last year's). */
    static Dataset<Row> texts(SparkSession spark, long count) {
        Column topics = array(Arrays.stream(TOPICS)
                .map(phrasings -> array(Arrays.stream(phrasings).map(p -> lit(p)).toArray(Column[]::new)))
                .toArray(Column[]::new));
        return spark.range(count)
                .select(expr("concat('agency-', id div " + YEARS + ")").as("agency_key"),
                        expr("cast(" + FIRST_YEAR + " + id % " + YEARS + " as int)").as("year"), topics.as("topics"))
                .withColumn("copied", expr(copyDrawn("year") + " and not " + copyDrawn("year - 1")))
                .withColumn("written", expr("cast(if(copied, year - 1, year) as string)"))
                .withColumn("text", expr(text()))
                .select(expr("concat(agency_key, '-', year)").as("report_id"), col("agency_key"), col("year"),
                        expr("replace(text, concat(written, '年'), concat(year, '年'))").as("text"), col("copied"));
    }

    /** Whether the report of {@code year} is drawn as a copy; a copy of a copy would not be last year's text. */
    private static String copyDrawn(String year) {
        return "(" + year + " > " + FIRST_YEAR + " and pmod(xxhash64(agency_key, " + year + ", 'copy'), 100) = 0)";
    }

    /** The text of agency_key's report written in the year {@code written}. */
    private static String text() {
        // Half of the topics keep the agency's choice of phrasings from year to year.
        String choice = "if(pmod(xxhash64(agency_key, written, t, 'keep'), 2) = 0, agency_key, concat(agency_key, written))";
        String phrasing = "element_at(topics[t], cast(1 + pmod(pmod(xxhash64(" + choice + ", t, 'start'), 4) + j, 4) as int))";
        String figure = "cast(1 + pmod(xxhash64(agency_key, written, t, j, '%s'), %d) as string)";
        String sentence = "replace(replace(replace(" + phrasing + ", '{y}', written), '{a}', " + String.format(figure, "a", 800)
                + "), '{b}', " + String.format(figure, "b", 60) + ")";
        String count = "cast(pmod(xxhash64(" + choice + ", t, 'count'), 3) as int)";
        return "concat('本报告中所列数据统计期限自', written, '年1月1日起至', written, '年12月31日止。', array_join(flatten("
                + "transform(sequence(0, size(topics) - 1), t -> transform(sequence(0, " + count + "), j -> " + sentence
                + "))), ''))";
    }
}
