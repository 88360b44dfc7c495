package org.gongkai.parse;

import org.gongkai.format.ColumnKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every way to split a printed digit run into cells (crawler text where neighbouring cells run together).
 * A cell is {@code 0} or digits without a leading zero; an amount may have decimals; a signed count may start
 * with {@code -}; a lone dash or slash is a placeholder. The run may come in pieces separated by text:
 * no cell crosses a piece boundary. Optional sum groups ("cell t = sum of cells p…") prune splits as they are
 * built; the caller decides whether to use them.
 */
final class RunSplitter {

    /** Cells {@code parts} add up to cell {@code total}; all parts come before the total. */
    record SumGroup(int total, int[] parts) {
    }

    /** The splits found, in order (shorter first cells first), and whether the search stopped early. */
    record Result(List<String[]> splits, boolean exhausted) {
    }

    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d{0,17}");
    private static final Pattern SIGNED = Pattern.compile("0|-?[1-9]\\d{0,17}");
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9]\\d{0,17})(\\.\\d+)?");
    private static final long MAX_STEPS = 2_000_000;

    private final String run;
    private final int[] pieceEnds;
    private final List<ColumnKind> kinds;
    private final SumGroup[] groupEndingAt;
    private final int maxSplits;
    private final String[] current;
    private final List<String[]> found = new ArrayList<>();
    private long steps;
    private boolean exhausted;

    private RunSplitter(List<String> pieces, List<ColumnKind> kinds, List<SumGroup> groups, int maxSplits) {
        this.run = String.join("", pieces);
        this.pieceEnds = new int[pieces.size()];
        int end = 0;
        for (int i = 0; i < pieces.size(); i++) {
            end += pieces.get(i).length();
            pieceEnds[i] = end;
        }
        this.kinds = kinds;
        this.groupEndingAt = new SumGroup[kinds.size()];
        groups.forEach(g -> groupEndingAt[g.total()] = g);
        this.maxSplits = maxSplits;
        this.current = new String[kinds.size()];
    }

    static Result split(List<String> pieces, List<ColumnKind> kinds, List<SumGroup> groups, int maxSplits) {
        RunSplitter splitter = new RunSplitter(pieces, kinds, groups, maxSplits);
        if (!splitter.run.isEmpty() && pieces.size() <= kinds.size()) {
            splitter.search(0, 0, 0);
        }
        return new Result(splitter.found, splitter.exhausted);
    }

    private void search(int cell, int pos, int piece) {
        if (exhausted) {
            return;
        }
        if (++steps > MAX_STEPS || found.size() >= maxSplits) {
            exhausted = true;
            return;
        }
        int cellsLeft = kinds.size() - cell - 1;
        int pieceEnd = pieceEnds[piece];
        for (int end = pos + 1; end <= pieceEnd; end++) {
            int nextPiece = end == pieceEnd ? piece + 1 : piece;
            int piecesLeft = pieceEnds.length - nextPiece;
            int charsLeft = run.length() - end;
            if (piecesLeft > cellsLeft || charsLeft < cellsLeft || (cellsLeft == 0 && charsLeft > 0)) {
                continue;
            }
            String token = run.substring(pos, end);
            if (!valid(token, kinds.get(cell)) || signReadAsPlaceholder(token, end, kinds.get(cell))) {
                continue;
            }
            current[cell] = token;
            if (!sumHolds(cell)) {
                continue;
            }
            if (cellsLeft == 0) {
                found.add(current.clone());
            } else {
                search(cell + 1, end, nextPiece);
            }
        }
    }

    /** In a column that may be negative, a hyphen before digits is a minus sign, not a lone placeholder. */
    private boolean signReadAsPlaceholder(String token, int end, ColumnKind kind) {
        return kind == ColumnKind.SIGNED_COUNT && token.equals("-") && end < run.length()
                && Character.isDigit(run.charAt(end));
    }

    private static boolean valid(String token, ColumnKind kind) {
        if (isPlaceholder(token)) {
            return true;
        }
        return switch (kind) {
            case COUNT -> COUNT.matcher(token).matches();
            case SIGNED_COUNT -> SIGNED.matcher(token).matches();
            case AMOUNT -> AMOUNT.matcher(token).matches();
        };
    }

    /** A sum group whose total is this cell must add up, unless one of its cells is a placeholder. */
    private boolean sumHolds(int cell) {
        SumGroup group = groupEndingAt[cell];
        if (group == null) {
            return true;
        }
        Long total = wholeNumber(current[cell]);
        long sum = 0;
        for (int part : group.parts()) {
            Long value = wholeNumber(current[part]);
            if (value == null || total == null) {
                return true;
            }
            sum += value;
        }
        return sum == total;
    }

    static boolean isPlaceholder(String token) {
        return token.length() == 1 && PrintedCell.isPlaceholderMark(token.charAt(0));
    }

    static Long wholeNumber(String token) {
        try {
            return Long.parseLong(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
