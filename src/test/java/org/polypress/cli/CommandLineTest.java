package org.polypress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.polypress.config.SettingsLoader;

class CommandLineTest {

    private static CommandLine parse(String... args) throws UsageException {
        return CommandLine.parse(args, SettingsLoader.descriptors());
    }

    @Test
    void optionsMapToSettingKeys() throws Exception {
        CommandLine c = parse("--once", "--input", "in", "--output=out", "--workers", "4",
                "--read-lock-check-interval", "2s", "--poll.delay=3s", "--set", "retry.max=1",
                "--config", "site.properties");
        assertTrue(c.once());
        assertFalse(c.help());
        assertEquals(Optional.of(Path.of("site.properties")), c.config());
        assertEquals(Map.of("input.dir", "in", "output.dir", "out", "workers", "4",
                "read-lock.check-interval", "2s", "poll.delay", "3s", "retry.max", "1"), c.overrides());
    }

    @Test
    void verifyTakesAnOptionalFolder() throws Exception {
        assertEquals(Optional.empty(), parse("--once").verify());
        assertEquals(Optional.of(Optional.empty()), parse("--verify").verify());
        assertEquals(Optional.of(Optional.empty()), parse("--verify", "--output", "out").verify());
        assertEquals(Optional.of(Optional.of(Path.of("out"))), parse("--verify", "out").verify());
        assertEquals(Optional.of(Optional.of(Path.of("out"))), parse("--verify=out").verify());
    }

    @Test
    void laterOccurrencesWin() throws Exception {
        assertEquals("8", parse("--workers", "2", "--set", "workers=8").overrides().get("workers"));
    }

    @Test
    void badUsageIsReported() {
        assertTrue(assertThrows(UsageException.class, () -> parse("--bogus")).getMessage().contains("--bogus"));
        assertTrue(assertThrows(UsageException.class, () -> parse("--workers")).getMessage().contains("needs a value"));
        assertThrows(UsageException.class, () -> parse("--workers", "--once"));
        assertThrows(UsageException.class, () -> parse("stray"));
        assertThrows(UsageException.class, () -> parse("--set", "novalue"));
        assertThrows(UsageException.class, () -> parse("--set", "unknown.key=1"));
        assertThrows(UsageException.class, () -> parse("--once=yes"));
    }
}
