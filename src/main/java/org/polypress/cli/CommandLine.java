package org.polypress.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.polypress.config.SettingDescriptor;
import org.polypress.config.Settings;

/**
 * The parsed command line.
 * <ul>
 * <li>{@code --once}, {@code --help}/{@code -h}, {@code --config FILE};</li>
 * <li>{@code --input DIR} and {@code --output DIR}, short for {@code --input-dir}/{@code --output-dir};</li>
 * <li>{@code --KEY VALUE} or {@code --KEY=VALUE} for every setting, the key written with dashes
 * for dots ({@code --read-lock-check-interval 2s}); the dotted form is accepted too;</li>
 * <li>{@code --set KEY=VALUE} for any setting by its exact key;</li>
 * <li>{@code --verify [DIR]}: check the archival bags under DIR (default: the output folder).</li>
 * </ul>
 * Later occurrences win. Values are checked when the settings are loaded, not here.
 *
 * @param once      publish what is there, then exit
 * @param help      show the help and exit
 * @param config    the configuration file, if given
 * @param overrides settings given on the command line, by key
 * @param verify    check the archival bags instead of publishing; the folder, if given
 */
record CommandLine(boolean once, boolean help, Optional<Path> config, Map<String, String> overrides,
                   Optional<Optional<Path>> verify) {

    static CommandLine parse(String[] args, List<SettingDescriptor> settings) throws UsageException {
        Map<String, String> optionToKey = new LinkedHashMap<>();
        for (SettingDescriptor d : settings) {
            optionToKey.put(d.option(), d.key());
            optionToKey.put("--" + d.key(), d.key());
        }
        optionToKey.put("--input", Settings.INPUT_DIR);
        optionToKey.put("--output", Settings.OUTPUT_DIR);

        boolean once = false;
        boolean help = false;
        Optional<Path> config = Optional.empty();
        Optional<Optional<Path>> verify = Optional.empty();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String option = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                option = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            switch (option) {
                case "--once" -> {
                    noValue(option, inlineValue);
                    once = true;
                }
                case "--help", "-h" -> {
                    noValue(option, inlineValue);
                    help = true;
                }
                case "--verify" -> {
                    String value = inlineValue;
                    if (value == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        value = args[++i];
                    }
                    verify = Optional.of(value == null ? Optional.empty() : Optional.of(path("--verify", value)));
                }
                case "--config" -> {
                    String value = inlineValue != null ? inlineValue : next(args, ++i, option);
                    try {
                        config = Optional.of(Path.of(value));
                    } catch (InvalidPathException e) {
                        throw new UsageException("--config: not a valid path: " + value);
                    }
                }
                case "--set" -> {
                    String pair = inlineValue != null ? inlineValue : next(args, ++i, option);
                    int sep = pair.indexOf('=');
                    if (sep <= 0) {
                        throw new UsageException("--set expects KEY=VALUE, got: " + pair);
                    }
                    String key = pair.substring(0, sep).trim();
                    if (settings.stream().noneMatch(d -> d.key().equals(key))) {
                        throw new UsageException("unknown setting " + key + " in --set");
                    }
                    overrides.put(key, pair.substring(sep + 1));
                }
                default -> {
                    String key = optionToKey.get(option);
                    if (key == null) {
                        throw new UsageException(arg.startsWith("-") ? "unknown option " + option
                                : "unexpected argument " + arg + " (options start with --)");
                    }
                    overrides.put(key, inlineValue != null ? inlineValue : next(args, ++i, option));
                }
            }
        }
        return new CommandLine(once, help, config, Map.copyOf(overrides), verify);
    }

    private static Path path(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": not a valid path: " + value);
        }
    }

    private static String next(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || (args[i].startsWith("--") && args[i].length() > 2)) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static void noValue(String option, String inlineValue) throws UsageException {
        if (inlineValue != null) {
            throw new UsageException(option + " takes no value");
        }
    }
}
