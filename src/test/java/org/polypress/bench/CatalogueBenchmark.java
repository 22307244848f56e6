package org.polypress.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.saxon.s9api.Processor;
import org.polypress.profile.Labels;
import org.polypress.pipeline.RecordJson;
import org.polypress.pipeline.Publication;
import org.polypress.profile.Profiles;
import org.polypress.publish.StylesheetFolder;
import org.polypress.publish.html.CatalogueRenderer;
import org.polypress.route.CatalogueUpdater;

/**
 * The catalogue's update time per publication with 100, 1,000 and 10,000 works already in it.
 * The works come 400 a year (a catalogue grows by years; its year pages by the works of one
 * year), each a small Akoma Ntoso file in {@code xml/}; the first event reads them all (not
 * timed), then each timed publication adds one work to a year already full and updates that
 * year's page and index.html.
 *
 * <pre>java -cp target/test-classes:target/classes:target/polypress.jar org.polypress.bench.CatalogueBenchmark</pre>
 */
public final class CatalogueBenchmark {

    /** Works per year in the synthetic catalogue. */
    static final int PER_YEAR = 400;
    private static final int TIMED = 40;
    private static final int WARM_UP = 10;

    private CatalogueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        Map<String, Object> results = run(out.resolve("catalogue"));
        Files.writeString(out.resolve("catalogue.json"), RecordJson.write(results));
    }

    /** Runs the three sizes in {@code dir}; prints a table and returns the figures. */
    static Map<String, Object> run(Path dir) throws Exception {
        System.out.println("\n== Catalogue update per publication (" + PER_YEAR + " works a year, median of " + TIMED + ")");
        System.out.println("works in catalogue   median ms   p90 ms   index.html KB   year page KB");
        Processor saxon = new Processor(false);
        CatalogueRenderer renderer = new CatalogueRenderer(saxon, StylesheetFolder.bundled());
        Map<String, String> labels = Labels.of("en");
        Map<String, Object> results = new LinkedHashMap<>();
        // The first size also warms the JVM up: it is run twice and reported the second time.
        for (int n : new int[] {100, 100, 1_000, 10_000}) {
            Path folder = dir.resolve(Integer.toString(n));
            Benchmark.deleteTree(folder);
            Files.createDirectories(folder.resolve("xml"));
            for (int w = 0; w < n; w++) {
                write(folder, w, year(w));
            }
            // Each timed publication is a new work of a year that is already full (or of the only year).
            int full = year(n / 2);
            CatalogueUpdater catalogue = new CatalogueUpdater(renderer, "en", labels);
            catalogue.published(new Publication(name(0), "en", 1, List.of(), 1), folder); // reads the folder
            double[] ms = new double[TIMED];
            for (int i = 0; i < WARM_UP + TIMED; i++) {
                int w = n + i;
                write(folder, w, full);
                long start = System.nanoTime();
                catalogue.published(new Publication(name(w), "en", 1, List.of(), 1), folder);
                if (i >= WARM_UP) {
                    ms[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            double median = ms[TIMED / 2];
            double p90 = ms[TIMED * 9 / 10];
            long index = Files.size(folder.resolve(CatalogueUpdater.FILE)) >> 10;
            long year = Files.size(folder.resolve(CatalogueUpdater.FOLDER).resolve(full + ".html")) >> 10;
            System.out.printf("%,18d   %9.1f   %6.1f   %13d   %12d%n", n, median, p90, index, year);
            results.put(Integer.toString(n), Map.of("medianMs", Math.round(median * 10) / 10.0,
                    "p90Ms", Math.round(p90 * 10) / 10.0, "indexKb", index, "yearPageKb", year));
        }
        return results;
    }

    private static String name(int w) {
        return "act-" + w;
    }

    private static int year(int w) {
        return 2000 + w / PER_YEAR;
    }

    private static void write(Path folder, int w, int year) throws IOException {
        String date = "%d-%02d-%02d".formatted(year, 1 + w % 12, 1 + w % 28);
        String work = "/akn/eu/act/" + date + "/" + year + "-" + w + "/!main";
        String expression = work.replace("/!main", "/eng@/!main");
        String xml = """
                <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="regulation"><meta>
                <identification source="#t"><FRBRWork><FRBRthis value="%s"/><FRBRuri value="%s"/>
                <FRBRdate date="%s" name="document"/><FRBRauthor href="#t"/><FRBRcountry value="eu"/>
                <FRBRnumber value="%d/%d"/><FRBRname value="COMMISSION REGULATION (EU) %d/%d of %s on the classification of ICT-related incidents"/></FRBRWork>
                <FRBRExpression><FRBRthis value="%s"/><FRBRuri value="%s"/><FRBRdate date="%s" name="document"/>
                <FRBRauthor href="#t"/><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
                <body><p>x</p></body></act></akomaNtoso>
                """.formatted(work, work, date, year, w, year, w, date, expression, expression, date);
        Files.writeString(folder.resolve("xml").resolve(name(w) + ".xml"), xml, StandardCharsets.UTF_8);
    }
}
