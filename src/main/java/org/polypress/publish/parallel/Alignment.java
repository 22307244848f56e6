package org.polypress.publish.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Rows of blocks across language versions: by eId where the structures agree (every version has
 * the same sequence of units and block kinds, as EUR-Lex's language versions of an act do), else
 * by sequence alignment (Needleman-Wunsch) of each version against the first, scored by what a
 * translation keeps: the kind of block, the unit's number, numbers, acronyms and addresses
 * ({@link Anchors}), and the length, which a translation changes by a fraction. A block with no
 * counterpart gets a row of its own, missing in the other versions: never paired by force.
 */
public final class Alignment {
    /** What leaving a block unpaired costs. */
    static final double GAP = 0.3;
    /**
     * What a pair costs before its evidence: a pair whose {@link #similarity} is under
     * MATCH - 2 * GAP = 0.5 loses to leaving both blocks unpaired. Two blocks of one kind and
     * about one length score 0.7 without anchors (paired when their neighbours are) and 0.2 with
     * anchors none of which they share (different numbers or names: not one passage); a heading
     * and a paragraph of one length pair only on shared anchors.
     */
    static final double MATCH = 1.1;
    /** Largest alignment matrix computed (blocks of one version times those of the other): 64 MB of doubles. */
    static final long MAX_CELLS = 8_000_000L;

    private Alignment() {
    }

    /** The rows: one array per row with one block per version, null where a version has none. */
    public static List<Block[]> rows(List<List<Block>> versions) {
        int n = versions.size();
        List<Block> pivot = versions.get(0);
        if (sameStructure(versions)) {
            List<Block[]> rows = new ArrayList<>();
            for (int i = 0; i < pivot.size(); i++) {
                Block[] row = new Block[n];
                for (int v = 0; v < n; v++) {
                    row[v] = versions.get(v).get(i);
                }
                rows.add(row);
            }
            return rows;
        }
        // For each other version: its block paired with each pivot block, and its unpaired blocks
        // before each pivot block (slot i: before pivot block i; slot size: after the last).
        Block[][] paired = new Block[n][pivot.size()];
        List<List<List<Block>>> inserted = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            List<List<Block>> slots = new ArrayList<>();
            for (int i = 0; i <= pivot.size(); i++) {
                slots.add(new ArrayList<>());
            }
            inserted.add(slots);
        }
        for (int v = 1; v < n; v++) {
            align(pivot, versions.get(v), paired[v], inserted.get(v));
        }
        List<Block[]> rows = new ArrayList<>();
        for (int i = 0; i <= pivot.size(); i++) {
            for (int v = 1; v < n; v++) {
                for (Block b : inserted.get(v).get(i)) {
                    Block[] row = new Block[n];
                    row[v] = b;
                    rows.add(row);
                }
            }
            if (i < pivot.size()) {
                Block[] row = new Block[n];
                row[0] = pivot.get(i);
                for (int v = 1; v < n; v++) {
                    row[v] = paired[v][i];
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Every version has the same units in the same order, each with the same kinds of blocks. */
    static boolean sameStructure(List<List<Block>> versions) {
        List<Block> first = versions.get(0);
        for (List<Block> other : versions.subList(1, versions.size())) {
            if (other.size() != first.size()) {
                return false;
            }
            for (int i = 0; i < first.size(); i++) {
                Block a = first.get(i);
                Block b = other.get(i);
                if (a.unit().isEmpty() || !a.unit().equals(b.unit()) || a.heading() != b.heading()) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * How much two blocks look like one passage in two languages, about -1.5 to 2: the same kind
     * (two versions' structures may still set one passage as a heading in one and a paragraph in
     * the other), the same unit number (where both have one), the anchors they share (the strongest evidence: numbers
     * and names are not translated), the ratio of their lengths.
     */
    static double similarity(Block a, Block b) {
        return similarity(a, b, Map.of());
    }

    /**
     * The same, each anchor weighed by how rare it is in the two versions ({@code frequency}: in how
     * many of their blocks it occurs): "NIS 2" on every page of a brochure on NIS 2 says little of
     * which passage is which, "10 000" once in each says much.
     */
    static double similarity(Block a, Block b, Map<String, Integer> frequency) {
        double s = a.heading() == b.heading() ? 0.3 : -0.9;
        if (!a.num().isEmpty() && !b.num().isEmpty()) {
            // A number on one side only says nothing against the pair: one version's extraction may
            // have set it apart from its heading ("3" over "Registering with ANSSI") where the other's lost it.
            s += a.num().equals(b.num()) ? 0.4 : -0.4;
        }
        double anchors = Anchors.overlap(a.anchors(), b.anchors(), frequency);
        s += anchors < 0 ? 0 : anchors == 0 ? -0.5 : 1.5 * anchors;
        int la = a.text().length();
        int lb = b.text().length();
        s += 0.5 * Math.min(la, lb) / Math.max(1, Math.max(la, lb));
        return s;
    }

    /** Needleman-Wunsch of one version against the pivot. */
    private static void align(List<Block> pivot, List<Block> other, Block[] paired, List<List<Block>> inserted) {
        int n = pivot.size();
        int m = other.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            // Too long to align: in order, the rest of the longer one unpaired at the end.
            for (int i = 0; i < Math.min(n, m); i++) {
                paired[i] = other.get(i);
            }
            inserted.get(n).addAll(other.subList(Math.min(n, m), m));
            return;
        }
        Map<String, Integer> frequency = new HashMap<>();
        for (List<Block> version : List.of(pivot, other)) {
            for (Block b : version) {
                for (String anchor : b.anchors()) {
                    frequency.merge(anchor, 1, Integer::sum);
                }
            }
        }
        double[][] score = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1]; // 0 pair, 1 pivot block unpaired, 2 other block unpaired
        for (int i = 1; i <= n; i++) {
            score[i][0] = -GAP * i;
            move[i][0] = 1;
        }
        for (int j = 1; j <= m; j++) {
            score[0][j] = -GAP * j;
            move[0][j] = 2;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double pair = score[i - 1][j - 1] + similarity(pivot.get(i - 1), other.get(j - 1), frequency) - MATCH;
                double up = score[i - 1][j] - GAP;
                double left = score[i][j - 1] - GAP;
                if (pair >= up && pair >= left) {
                    score[i][j] = pair;
                    move[i][j] = 0;
                } else if (up >= left) {
                    score[i][j] = up;
                    move[i][j] = 1;
                } else {
                    score[i][j] = left;
                    move[i][j] = 2;
                }
            }
        }
        Arrays.fill(paired, null);
        int i = n;
        int j = m;
        List<Block> pending = new ArrayList<>(); // other blocks unpaired, collected backwards
        while (i > 0 || j > 0) {
            byte mv = move[i][j];
            if (i > 0 && j > 0 && mv == 0) {
                paired[i - 1] = other.get(j - 1);
                flush(pending, inserted.get(i));
                i--;
                j--;
            } else if (i > 0 && (j == 0 || mv == 1)) {
                flush(pending, inserted.get(i));
                i--;
            } else {
                pending.add(other.get(j - 1));
                j--;
            }
        }
        flush(pending, inserted.get(0));
    }

    /** The unpaired blocks collected backwards, in reading order, into the slot. */
    private static void flush(List<Block> pending, List<Block> slot) {
        for (int k = pending.size() - 1; k >= 0; k--) {
            slot.add(pending.get(k));
        }
        pending.clear();
    }
}
