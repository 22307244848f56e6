package org.polypress.publish.pdf;

import java.util.Arrays;
import java.util.Map;

import net.sf.saxon.s9api.XdmNode;

/**
 * Rough throughput of the PDF edition on a long document (not a test; the project's benchmark
 * lives elsewhere). Run with the test classpath:
 * {@code java -cp ... org.polypress.publish.pdf.PdfBench [copies] [rounds]}.
 * The three measurements alternate within each round, so a busy machine skews them alike, and
 * the median of the rounds is printed: AKN to PDF, FOP alone on the FO text, the XSLT alone.
 */
public final class PdfBench {

    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        PdfRenderer renderer = PdfFixtures.renderer();
        XdmNode akn = PdfFixtures.parse(PdfFixtures.longDocument(copies));
        Map<String, String> labels = PdfFixtures.labels("en");
        String fo = renderer.renderFo(akn, "en", labels);
        int pages = renderer.render(akn, "en", labels).pages();

        for (int i = 0; i < 5; i++) {
            renderer.render(akn, "en", labels);
            renderer.renderFromFo(fo);
            renderer.renderFo(akn, "en", labels);
        }
        long[] full = new long[rounds];
        long[] fopOnly = new long[rounds];
        long[] xsltOnly = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            renderer.render(akn, "en", labels);
            full[i] = System.nanoTime() - start;
            start = System.nanoTime();
            renderer.renderFromFo(fo);
            fopOnly[i] = System.nanoTime() - start;
            start = System.nanoTime();
            renderer.renderFo(akn, "en", labels);
            xsltOnly[i] = System.nanoTime() - start;
        }
        System.out.printf("%d pages per document, %d rounds, medians%n", pages, rounds);
        report("AKN -> PDF", full, pages);
        report("FO  -> PDF (FOP alone)", fopOnly, pages);
        report("AKN -> FO  (XSLT alone, serialised)", xsltOnly, pages);
    }

    private static void report(String what, long[] nanos, int pages) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double millis = sorted[sorted.length / 2] / 1e6;
        System.out.printf("%-38s %6.0f ms/doc  %6.1f pages/s%n", what, millis, pages * 1000 / millis);
    }
}
