package org.polypress.cli;

import java.util.ArrayList;
import java.util.List;
import org.polypress.config.SettingDescriptor;

/** The text of {@code --help}, generated from the documented defaults so that every setting is explained. */
final class HelpText {
    private static final int WIDTH = 92;
    private static final String INDENT = "      ";

    private HelpText() {
    }

    static String render(List<SettingDescriptor> settings) {
        StringBuilder out = new StringBuilder();
        out.append("""
                Usage: java -jar polypress.jar [--once] [--input DIR] [--output DIR] [--config FILE]
                                               [--SETTING VALUE]... [--set KEY=VALUE]...
                       java -jar polypress.jar --verify [DIR]

                Publishes the documents dropped into the input folder as editions (Akoma Ntoso XML,
                HTML, PDF) in the output folder. Without --once it keeps watching until stopped;
                Ctrl-C or SIGTERM let the documents in progress finish first (see shutdown.timeout).

                Options:
                  --once            Publish what is in the input folder now, then exit.
                                    Exit code 0: everything published or unchanged since it was
                                    published; 1: some document failed, or the input folder
                                    disappeared; 2: bad usage or settings, no such input folder, or
                                    an output folder that is a file or cannot be written.
                  --input DIR       Same as --input-dir DIR.
                  --output DIR      Same as --output-dir DIR.
                  --config FILE     Read settings from FILE (properties format, KEY=VALUE lines) over
                                    the defaults; the command line overrides both.
                  --set KEY=VALUE   Set any setting by its key, e.g. --set poll.delay=5s.
                  --verify [DIR]    Check every archival bag under DIR (default: the output folder)
                                    with the BagIt verifier and the PREMIS 3 schema; one line per
                                    bag, then a summary. Exit code 0: all valid; 1: otherwise.
                  -h, --help        Show this help.

                Input folder:
                  Only files directly in it are read. Never read, and counted as "ignored" in the
                  summary line: names starting with a dot (hidden, also ....txt), temporary names
                  (*.tmp *.part *.crdownload *.swp *~), and sub-folders with the files in them.
                  Refused with failed/NAME.json, not retried: a name with a backslash or control
                  characters, a name too long for its editions (more than 255 bytes with
                  .standalone.html), two files with one NAME (b.txt and b.html), a NAME ending
                  in .standalone, .fragment or .parallel (an edition's name), named pipes, devices,
                  dangling links and loops of links, links out of the folder, unreadable, empty
                  and oversized files.
                  A missing input folder is an error (exit 2) unless --input-create true.

                Output folder:
                  <editions>        as named by the pipeline from the input name (NAME.ext -> NAME)
                  failed/NAME.json  why NAME failed (stage, reason, suggestion); removed once it publishes
                  status.json       state, counts and recent documents, for machines
                  .state/           what was published (content hash + file name); do not edit
                  archive/NAME/vN/  BagIt bag of each version of NAME: input, editions, report, PREMIS

                Settings (--SETTING VALUE or --SETTING=VALUE; default in brackets):
                """);
        for (SettingDescriptor d : settings) {
            String def = d.defaultValue().isEmpty() ? "empty" : d.defaultValue();
            out.append("  ").append(d.option()).append("  [").append(def).append("]\n");
            for (String line : wrap(d.description() + " (key: " + d.key() + ")", WIDTH - INDENT.length())) {
                out.append(INDENT).append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
