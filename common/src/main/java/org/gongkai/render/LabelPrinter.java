package org.gongkai.render;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.RowSpec;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Decides how a row or column label is printed: the official label or one of the catalog's variants, and
 * sometimes with spaces between its characters (行 政 许 可), as Word tables are often typeset. The ordinal
 * (一、 （三） 2.) is always printed: without it 其他 and 总计 would name columns, not rows.
 */
final class LabelPrinter {

    private final PrintNoise noise;
    private final Random random;

    LabelPrinter(PrintNoise noise, Random random) {
        this.noise = noise;
        this.random = random;
    }

    String row(RowSpec row) {
        String label = pick(row.label(), row.variants());
        return row.ordinal() + (PrintNoise.happens(random, noise.spacedLabel()) ? spaced(label) : label);
    }

    String column(ColumnSpec column) {
        return pick(column.label(), column.variants());
    }

    private String pick(String label, List<String> variants) {
        if (variants.isEmpty() || !PrintNoise.happens(random, noise.labelVariant())) {
            return label;
        }
        return variants.get(random.nextInt(variants.size()));
    }

    private static String spaced(String label) {
        return label.codePoints().mapToObj(Character::toString).collect(Collectors.joining(" "));
    }
}
