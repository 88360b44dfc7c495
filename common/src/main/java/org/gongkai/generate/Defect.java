package org.gongkai.generate;

import java.io.Serializable;
import java.util.List;

/** One injected defect, as ground truth: its kind, the cells involved and a sentence saying what was done. */
public record Defect(DefectKind kind, List<DefectCell> cells, String detail) implements Serializable {

    public Defect {
        cells = List.copyOf(cells);
    }
}
