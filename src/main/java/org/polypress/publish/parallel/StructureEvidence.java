package org.polypress.publish.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How alike two documents in two languages are in what a translation keeps, in order: the
 * sequence of their anchors (numbers, acronyms and coded names, web addresses: {@link Anchors}),
 * block by block, compared by their longest common subsequence. Two translations of one text share
 * most of it in the same order; two documents that merely share a topic, a country or a date share
 * a few numbers in another order.
 */
public final class StructureEvidence {
    /** Anchors compared at most (the longest common subsequence costs their product). */
    static final int MAX_ANCHORS = 3_000;

    private StructureEvidence() {
    }

    /** The anchors of a document's blocks, in reading order (each block's sorted). */
    public static List<String> anchors(byte[] akn) throws Exception {
        List<String> out = new ArrayList<>();
        for (Block b : ParallelPage.blocks(ParallelPage.parse(akn))) {
            out.addAll(new TreeSet<>(b.anchors()));
            if (out.size() >= MAX_ANCHORS) {
                return out.subList(0, MAX_ANCHORS);
            }
        }
        return out;
    }

    /** 2 * LCS / (|a| + |b|): 1 for the same sequence, 0 for nothing in common. */
    public static double similarity(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return 2.0 * previous[b.size()] / (a.size() + b.size());
    }
}
