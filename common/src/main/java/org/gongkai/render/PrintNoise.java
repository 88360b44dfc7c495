package org.gongkai.render;

import java.util.Random;

/**
 * How often a printed report shows each kind of noise real published reports show (FORMAT_SPEC.md §9, §11).
 * Each rate is a probability in [0, 1]; where it applies is said per component.
 *
 * @param labelVariant     per row: the label printed in one of its catalog variants (部分公开, 结转下年度);
 *                         per column header likewise (本年增减, 社会公益)
 * @param spacedLabel      per row: spaces between the label's characters (行 政 许 可)
 * @param blankZero        per zero cell: printed empty or as {@code &nbsp;} (never in flattened text)
 * @param placeholderZero  per zero cell: printed as a catalog placeholder (-, —, ——, /, 无)
 * @param annotatedCount   per non-zero count of table 二: an annotation after the number, 22（其中修订16件）
 *                         (never in flattened text)
 * @param siteChrome       per HTML page: nav bar, breadcrumb, meta table, footer with 公安备案号, scripts, styles
 * @param gb18030          per file: encoded in GB18030 instead of UTF-8
 * @param utf8Bom          per UTF-8 file: starts with a byte order mark
 * @param narrativeFigures per report: the overview (总体情况) quotes some of the tables' numbers
 * @param subtotalRows     per report: table 三 prints its groups' subtotal rows (（三）不予公开, （四）无法提供,
 *                         （五）不予处理 and in 2021 （六）其他处理 with numbers above their items; never in flattened text)
 * @param subtotalColumn   per report: table 三 prints 法人或其他组织 as its own column, beside its five items
 *                         (never in flattened text)
 */
public record PrintNoise(double labelVariant, double spacedLabel, double blankZero, double placeholderZero,
                         double annotatedCount, double siteChrome, double gb18030, double utf8Bom,
                         double narrativeFigures, double subtotalRows, double subtotalColumn) {

    public PrintNoise {
        for (double rate : new double[] {labelVariant, spacedLabel, blankZero, placeholderZero, annotatedCount,
                siteChrome, gb18030, utf8Bom, narrativeFigures, subtotalRows, subtotalColumn}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("a rate is a probability in [0, 1]: " + rate);
            }
        }
    }

    /**
     * Rates of the order seen in published reports: most reports clean, some blank or dashed zeros, about one
     * in twenty (of those not flattened) with printed subtotals in table 三.
     */
    public static PrintNoise realistic() {
        return new PrintNoise(0.15, 0.05, 0.05, 0.05, 0.05, 0.8, 0.2, 0.05, 0.7, 0.03, 0.02);
    }

    /** No noise: official labels, every number printed as a number, UTF-8, no chrome, no figures in the text. */
    public static PrintNoise none() {
        return new PrintNoise(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** This noise, with table 三's subtotal rows and column printed at the given rates. */
    public PrintNoise withSubtotals(double rows, double column) {
        return new PrintNoise(labelVariant, spacedLabel, blankZero, placeholderZero, annotatedCount, siteChrome,
                gb18030, utf8Bom, narrativeFigures, rows, column);
    }

    static boolean happens(Random random, double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
