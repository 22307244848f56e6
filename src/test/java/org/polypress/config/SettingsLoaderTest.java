package org.polypress.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void bundledDefaults() {
        Settings s = SettingsLoader.load(Optional.empty(), Map.of());
        assertEquals(Path.of("input").toAbsolutePath(), s.inputDir());
        assertEquals(Path.of("output").toAbsolutePath(), s.outputDir());
        assertEquals(Runtime.getRuntime().availableProcessors(), s.workers());
        assertEquals(Duration.ofMillis(500), s.pollDelay());
        assertEquals(Duration.ofSeconds(1), s.readLockCheckInterval());
        assertEquals(Duration.ofSeconds(30), s.readLockTimeout());
        assertEquals(ProcessedPolicy.KEEP, s.processed());
        assertEquals(s.inputDir().resolve("done"), s.doneDir());
        assertEquals(3, s.maxRetries());
        assertEquals(Duration.ofSeconds(30), s.shutdownTimeout());
        assertEquals(200L * 1024 * 1024, s.maxInputBytes());
        assertEquals(Optional.empty(), s.xsltDir());
        assertTrue(s.statusFile());
        assertEquals(0, s.healthPort());
        assertEquals(Optional.empty(), s.pipelineClass());
        assertEquals(ProgressMode.AUTO, s.progress());
    }

    @Test
    void configFileOverridesDefaultsAndCommandLineOverridesBoth() throws Exception {
        Path config = tmp.resolve("site.properties");
        Files.writeString(config, """
                # site settings
                workers=3
                poll.delay=5s
                input.max-size=2MB
                xslt.dir=/opt/polypress/xslt
                processed=move
                done.dir=/srv/done
                """);
        Settings s = SettingsLoader.load(Optional.of(config), Map.of("workers", "7", "retry.max", "0"));
        assertEquals(7, s.workers());
        assertEquals(Duration.ofSeconds(5), s.pollDelay());
        assertEquals(2L * 1024 * 1024, s.maxInputBytes());
        assertEquals(Optional.of(Path.of("/opt/polypress/xslt")), s.xsltDir());
        assertEquals(ProcessedPolicy.MOVE, s.processed());
        assertEquals(Path.of("/srv/done"), s.doneDir());
        assertEquals(0, s.maxRetries());
        assertEquals("7", s.value("workers"));
    }

    @Test
    void valueSyntax() {
        Settings s = Settings.builder()
                .set("poll.delay", "250")
                .set("read-lock.check-interval", "2s")
                .set("read-lock.timeout", "1m")
                .set("shutdown.timeout", "1h")
                .set("input.max-size", "512KB")
                .set("status.file", "no")
                .build();
        assertEquals(Duration.ofMillis(250), s.pollDelay());
        assertEquals(Duration.ofSeconds(2), s.readLockCheckInterval());
        assertEquals(Duration.ofMinutes(1), s.readLockTimeout());
        assertEquals(Duration.ofHours(1), s.shutdownTimeout());
        assertEquals(512 * 1024, s.maxInputBytes());
        assertFalse(s.statusFile());
    }

    /** Camel's duration spellings (as in its own options): sums of units, and a space before the unit. */
    @Test
    void durationsAsCamelSpellsThem() {
        Settings s = Settings.builder().set("shutdown.timeout", "1m30s").set("poll.delay", "5 s").build();
        assertEquals(Duration.ofSeconds(90), s.shutdownTimeout());
        assertEquals(Duration.ofSeconds(5), s.pollDelay());
        assertRejected("poll.delay", "2 weeks", "duration");
        assertRejected("poll.delay", "-1", "duration");
    }

    @Test
    void unusableValuesAreRejectedNamingTheKey() {
        assertRejected("workers", "many", "workers=many");
        assertRejected("workers", "0", "from 1");
        assertRejected("poll.delay", "soon", "duration");
        assertRejected("input.max-size", "big", "size");
        assertRejected("processed", "delete", "keep or move");
        assertRejected("progress", "sometimes", "auto, on or off");
        assertRejected("health.port", "70000", "65535");
        assertRejected("read-lock.timeout", "1500ms", "at least twice read-lock.check-interval");
    }

    @Test
    void everyOnOffSettingIsCheckedWhenTheSettingsAreRead() {
        // archive and input.create were read only when the route started, after the pipeline was
        // built: a stack trace and exit code 1 for a typing error.
        assertRejected("archive", "maybe", "archive=maybe: expected on or off");
        assertRejected("input.create", "sometimes", "expected on or off");
        assertRejected("status.file", "2", "expected on or off");
        assertFalse(Settings.builder().set("archive", "OFF").build().flag("archive"));
        assertTrue(Settings.builder().set("archive", "yes").build().flag("archive"));
    }

    @Test
    void theSiteBaseIsEmptyOrAnAbsoluteWebUrl() {
        assertRejected("site.base", "/docs/", "expected an absolute URL with its host");
        assertRejected("site.base", "docs", "expected an absolute URL with its host");
        assertRejected("site.base", "//law.example.org/pub/", "expected an absolute URL with its host");
        assertRejected("site.base", "file:///var/www/", "expected an absolute URL with its host");
        assertRejected("site.base", "https://law.example.org/pub?x=1", "no query or fragment");
        assertRejected("site.base", "https://law example.org/", "not a valid URL");
        assertEquals("https://law.example.org/pub/",
                Settings.builder().set("site.base", "https://law.example.org/pub/").build().value("site.base"));
        assertEquals("", Settings.builder().set("site.base", "").build().value("site.base"));
    }

    private static void assertRejected(String key, String value, String expectedInMessage) {
        SettingsException e = assertThrows(SettingsException.class, () -> Settings.builder().set(key, value).build());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }

    @Test
    void unknownKeysAndMissingFilesAreErrors() throws Exception {
        assertThrows(SettingsException.class, () -> SettingsLoader.load(Optional.empty(), Map.of("wokers", "2")));
        assertThrows(SettingsException.class, () -> Settings.builder().set("nope", "1"));
        Path config = tmp.resolve("bad.properties");
        Files.writeString(config, "input.folder=in\n");
        SettingsException e = assertThrows(SettingsException.class,
                () -> SettingsLoader.load(Optional.of(config), Map.of()));
        assertTrue(e.getMessage().contains("input.folder"));
        assertThrows(SettingsException.class,
                () -> SettingsLoader.load(Optional.of(tmp.resolve("missing.properties")), Map.of()));
    }

    @Test
    void folderCombinationsThatCannotWorkAreRejected() {
        assertThrows(SettingsException.class, () -> Settings.builder().inputDir(Path.of("/x")).outputDir(Path.of("/x")).build());
        assertThrows(SettingsException.class,
                () -> Settings.builder().inputDir(Path.of("/x/out/in")).outputDir(Path.of("/x/out")).build());
        assertThrows(SettingsException.class,
                () -> Settings.builder().inputDir(Path.of("/x/in")).doneDir(Path.of("/x/in")).build());
    }

    @Test
    void withReturnsAChangedCopy() {
        Settings base = Settings.builder().workers(2).build();
        Settings changed = base.with("workers", "5");
        assertEquals(2, base.workers());
        assertEquals(5, changed.workers());
        assertEquals(base.inputDir(), changed.inputDir());
    }

    @Test
    void everyKeyIsDocumentedAndEveryTypedSettingIsDeclared() {
        List<SettingDescriptor> descriptors = SettingsLoader.descriptors();
        assertEquals(SettingsLoader.defaults().keySet(),
                descriptors.stream().map(SettingDescriptor::key).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        for (SettingDescriptor d : descriptors) {
            assertTrue(d.description().length() > 20, "undocumented: " + d.key());
        }
        Set<String> declared = SettingsLoader.defaults().keySet();
        for (String key : List.of(Settings.INPUT_DIR, Settings.OUTPUT_DIR, Settings.WORKERS, Settings.QUEUE_SIZE,
                Settings.POLL_DELAY, Settings.POLL_MAX_FILES, Settings.READ_LOCK_CHECK_INTERVAL, Settings.READ_LOCK_TIMEOUT,
                Settings.PROCESSED, Settings.DONE_DIR, Settings.RETRY_MAX, Settings.RETRY_DELAY, Settings.SHUTDOWN_TIMEOUT,
                Settings.INPUT_MAX_SIZE, Settings.XSLT_DIR, Settings.STATUS_FILE, Settings.STATUS_RECENT,
                Settings.HEALTH_PORT, Settings.HEALTH_HOST, Settings.PIPELINE_CLASS, Settings.PROGRESS)) {
            assertTrue(declared.contains(key), key);
        }
        assertEquals("--read-lock-check-interval",
                descriptors.stream().filter(d -> d.key().equals("read-lock.check-interval")).findFirst().orElseThrow().option());
    }
}
