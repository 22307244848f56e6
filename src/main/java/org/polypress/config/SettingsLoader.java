package org.polypress.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Resolves {@link Settings}: the defaults bundled as {@code /polypress.properties}, then an optional
 * configuration file, then overrides (the command line). Every key must be declared in the bundled
 * file, which is also the documentation: the comment above a key describes it (see
 * {@link #descriptors()}). A pipeline that needs its own settings declares them there too.
 */
public final class SettingsLoader {
    /** Classpath location of the documented defaults. */
    public static final String RESOURCE = "/polypress.properties";

    private static final String BUNDLED_TEXT = readBundled();
    private static final Map<String, String> DEFAULTS = parseProperties(BUNDLED_TEXT, RESOURCE);

    private SettingsLoader() {
    }

    /** The bundled default of every declared key, in declaration order. */
    public static Map<String, String> defaults() {
        return DEFAULTS;
    }

    /** Every declared key with its default and description, in declaration order. */
    public static List<SettingDescriptor> descriptors() {
        List<SettingDescriptor> out = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        for (String raw : BUNDLED_TEXT.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                comment.clear();
            } else if (line.startsWith("#")) {
                comment.add(line.substring(1).strip());
            } else {
                int eq = line.indexOf('=');
                String key = (eq < 0 ? line : line.substring(0, eq)).strip();
                if (DEFAULTS.containsKey(key)) {
                    out.add(new SettingDescriptor(key, DEFAULTS.get(key), String.join(" ", comment)));
                }
                comment.clear();
            }
        }
        return List.copyOf(out);
    }

    /**
     * Loads the settings of a run.
     *
     * @param configFile a properties file overriding the defaults, if any
     * @param overrides  key/value pairs overriding both (later sources win)
     * @throws SettingsException for a missing file, an unknown key or an unusable value
     */
    public static Settings load(Optional<Path> configFile, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        if (configFile.isPresent()) {
            merge(values, readFile(configFile.get()), "configuration file " + configFile.get());
        }
        merge(values, overrides, "command line");
        return parse(values);
    }

    private static void merge(Map<String, String> into, Map<String, String> from, String source) {
        for (Map.Entry<String, String> e : from.entrySet()) {
            if (!DEFAULTS.containsKey(e.getKey())) {
                throw new SettingsException("unknown setting " + e.getKey() + " in " + source
                        + " (see --help for the list)");
            }
            into.put(e.getKey(), e.getValue());
        }
    }

    /** Parses and cross-checks a complete key/value map. */
    static Settings parse(Map<String, String> v) {
        String workersText = v.get(Settings.WORKERS).trim();
        int workers = workersText.equalsIgnoreCase("auto")
                ? Runtime.getRuntime().availableProcessors()
                : Values.integer(Settings.WORKERS, workersText, 1, 1024);
        Path input = Values.path(Settings.INPUT_DIR, v.get(Settings.INPUT_DIR));
        Path output = Values.path(Settings.OUTPUT_DIR, v.get(Settings.OUTPUT_DIR));
        String doneText = v.get(Settings.DONE_DIR);
        Path done = doneText.isBlank() ? input.resolve("done") : Values.path(Settings.DONE_DIR, doneText);
        Duration checkInterval = Values.duration(Settings.READ_LOCK_CHECK_INTERVAL,
                v.get(Settings.READ_LOCK_CHECK_INTERVAL), Duration.ofMillis(10));
        Duration lockTimeout = Values.duration(Settings.READ_LOCK_TIMEOUT, v.get(Settings.READ_LOCK_TIMEOUT),
                Duration.ofMillis(20));
        if (lockTimeout.compareTo(checkInterval.multipliedBy(2)) < 0) {
            throw new SettingsException(Settings.READ_LOCK_TIMEOUT, v.get(Settings.READ_LOCK_TIMEOUT),
                    "must be at least twice " + Settings.READ_LOCK_CHECK_INTERVAL + " ("
                            + Values.format(checkInterval.multipliedBy(2)) + ")");
        }
        if (input.equals(output) || input.startsWith(output)) {
            throw new SettingsException(Settings.INPUT_DIR, v.get(Settings.INPUT_DIR),
                    "the input folder must not be the output folder or inside it");
        }
        ProcessedPolicy processed = ProcessedPolicy.parse(Settings.PROCESSED, v.get(Settings.PROCESSED));
        if (done.equals(input) || done.equals(output)) {
            throw new SettingsException(Settings.DONE_DIR, done.toString(),
                    "the done folder must differ from the input and output folders");
        }
        String xslt = v.get(Settings.XSLT_DIR);
        // Checked here so that a wrong value stops the start; the pipeline reads it with pdfContentsMinPages().
        Values.integer(Settings.PDF_CONTENTS_MIN_PAGES, v.get(Settings.PDF_CONTENTS_MIN_PAGES), 0,
                Settings.PDF_CONTENTS_MAX_PAGES);
        Values.siteBase(Settings.SITE_BASE, v.get(Settings.SITE_BASE)); // checked here, read by the pipeline and catalogue
        // Every on/off setting (its default is one) checked here, so that a wrong value stops the
        // start in one line before the pipeline is built; the route reads some with flag().
        DEFAULTS.forEach((key, byDefault) -> {
            if (Values.isBool(byDefault)) {
                Values.bool(key, v.get(key));
            }
        });
        String pipelineClass = v.get(Settings.PIPELINE_CLASS).trim();
        return new Settings(
                input,
                output,
                workers,
                Values.integer(Settings.QUEUE_SIZE, v.get(Settings.QUEUE_SIZE), 1, 1_000_000),
                Values.duration(Settings.POLL_DELAY, v.get(Settings.POLL_DELAY), Duration.ofMillis(10)),
                Values.integer(Settings.POLL_MAX_FILES, v.get(Settings.POLL_MAX_FILES), 1, 1_000_000),
                checkInterval,
                lockTimeout,
                processed,
                done,
                Values.integer(Settings.RETRY_MAX, v.get(Settings.RETRY_MAX), 0, 100),
                Values.duration(Settings.RETRY_DELAY, v.get(Settings.RETRY_DELAY), Duration.ZERO),
                Values.duration(Settings.SHUTDOWN_TIMEOUT, v.get(Settings.SHUTDOWN_TIMEOUT), Duration.ofSeconds(1)),
                Values.size(Settings.INPUT_MAX_SIZE, v.get(Settings.INPUT_MAX_SIZE), 1),
                xslt.isBlank() ? Optional.empty() : Optional.of(Values.path(Settings.XSLT_DIR, xslt)),
                Values.bool(Settings.STATUS_FILE, v.get(Settings.STATUS_FILE)),
                Values.integer(Settings.STATUS_RECENT, v.get(Settings.STATUS_RECENT), 0, 10_000),
                Values.integer(Settings.HEALTH_PORT, v.get(Settings.HEALTH_PORT), 0, 65_535),
                v.get(Settings.HEALTH_HOST).trim(),
                pipelineClass.isEmpty() ? Optional.empty() : Optional.of(pipelineClass),
                ProgressMode.parse(Settings.PROGRESS, v.get(Settings.PROGRESS)),
                v);
    }

    private static Map<String, String> readFile(Path file) {
        try {
            return parseProperties(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new SettingsException("configuration file not found: " + file);
        } catch (IOException e) {
            throw new SettingsException("cannot read configuration file " + file + ": " + e.getMessage());
        }
    }

    private static Map<String, String> parseProperties(String text, String source) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new SettingsException("cannot parse " + source + ": " + e.getMessage());
        }
        // Properties is unordered; keep the order in which keys are written.
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = (eq < 0 ? line : line.substring(0, eq)).strip();
            if (p.containsKey(key)) {
                ordered.put(key, p.getProperty(key).strip());
            }
        }
        for (String key : p.stringPropertyNames()) {
            ordered.putIfAbsent(key, p.getProperty(key).strip());
        }
        return Collections.unmodifiableMap(ordered);
    }

    private static String readBundled() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
