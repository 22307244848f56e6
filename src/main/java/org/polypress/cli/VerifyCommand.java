package org.polypress.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.polypress.archive.BagChecker;

/**
 * {@code --verify [DIR]}: checks every bag under a folder (by default the output folder) and
 * prints one line per bag ("valid    archive/NAME/v1", or "INVALID  archive/NAME/v2: why"), then
 * a summary. Exit code 0 when every bag is valid (also when there is none), 1 otherwise or when
 * the folder cannot be read.
 */
final class VerifyCommand {
    private VerifyCommand() {
    }

    static int run(Path dir, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(dir)) {
            err.println("polypress: --verify: " + dir + " is not a folder");
            return PolypressMain.FAILED;
        }
        List<Path> bags;
        try {
            bags = BagChecker.find(dir);
        } catch (IOException e) {
            err.println("polypress: --verify: cannot search " + dir + ": " + e.getMessage());
            return PolypressMain.FAILED;
        }
        BagChecker checker = new BagChecker();
        int invalid = 0;
        for (Path bag : bags) {
            BagChecker.Result r = checker.check(bag);
            String where = dir.relativize(bag).toString();
            if (r.valid()) {
                out.println("valid    " + where);
            } else {
                invalid++;
                out.println("INVALID  " + where + ": " + r.problem());
            }
        }
        out.println(bags.size() + (bags.size() == 1 ? " bag" : " bags") + " under " + dir + ": "
                + (bags.size() - invalid) + " valid, " + invalid + " invalid");
        out.flush();
        return invalid == 0 ? PolypressMain.OK : PolypressMain.FAILED;
    }
}
