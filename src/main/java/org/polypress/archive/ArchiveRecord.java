package org.polypress.archive;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.Provenance;

/**
 * What goes into one archival package: the input as it was dropped, the publication's files (paths
 * relative to the output folder, as {@link OutputFile}s), how they were made, and when.
 *
 * @param name          the document's NAME (its editions are {@code xml/NAME.xml}, ...)
 * @param inputFileName the input's file name as dropped ("NAME.ext")
 * @param input         the input's bytes, exactly as read
 * @param editions      the publication's files
 * @param provenance    the stages and the report
 * @param published     when the publication was made
 */
public record ArchiveRecord(String name, String inputFileName, byte[] input, List<OutputFile> editions,
                            Provenance provenance, Instant published) {
    public ArchiveRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inputFileName, "inputFileName");
        Objects.requireNonNull(input, "input");
        editions = List.copyOf(editions);
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(published, "published");
    }

    /** The payload path of the input: {@code data/input/NAME.ext}. */
    String inputPath() {
        return "data/input/" + inputFileName;
    }

    /** The Akoma Ntoso edition, if the publication has one. */
    byte[] akn() {
        return editions.stream().filter(f -> f.relativePath().equals("xml/" + name + ".xml"))
                .map(OutputFile::content).findFirst().orElse(null);
    }
}
