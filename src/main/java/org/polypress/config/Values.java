package org.polypress.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.util.TimeUtils;

/** Parsers for setting values: integers, booleans, durations, byte sizes, paths and the site base. */
final class Values {
    private static final Pattern DURATION = Pattern.compile("\\d+|(?=\\d)(\\d+d)?(\\d+h)?(\\d+m(?!s))?(\\d+s)?(\\d+ms)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    private Values() {
    }

    static int integer(String key, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                throw new SettingsException(key, value, "expected a whole number from " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new SettingsException(key, value, "expected a whole number from " + min + " to " + max);
        }
    }

    static boolean bool(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new SettingsException(key, value, "expected on or off (or true/false, yes/no)");
        };
    }

    /** Whether a value is one of the words {@link #bool} reads. */
    static boolean isBool(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "false", "no", "off" -> true;
            default -> false;
        };
    }

    /**
     * "500ms", "2s", "5m", "1h", "1d" or their sums as Camel writes them ("1m30s"); a bare number is
     * milliseconds. Camel's {@link TimeUtils#toDuration} converts; this checks the spelling first,
     * since Camel reads an unknown word as zero.
     */
    static Duration duration(String key, String value, Duration min) {
        String spelled = value.trim().toLowerCase(Locale.ROOT).replaceAll("(\\d)\\s+(?=[a-z])", "$1");
        if (!DURATION.matcher(spelled).matches()) {
            throw new SettingsException(key, value, "expected a duration such as 500ms, 2s, 5m, 1h or 1m30s");
        }
        Duration d;
        try {
            d = TimeUtils.toDuration(spelled);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SettingsException(key, value, "duration out of range");
        }
        if (d.compareTo(min) < 0) {
            throw new SettingsException(key, value, "must be at least " + format(min));
        }
        return d;
    }

    /** "512KB", "50MB", "1GB" (binary multiples); a bare number is bytes. */
    static long size(String key, String value, long min) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new SettingsException(key, value, "expected a size such as 512KB, 50MB or 1GB");
        }
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new SettingsException(key, value, "size out of range");
        }
        int shift = switch (m.group(2) == null ? "b" : m.group(2)) {
            case "kb" -> 10;
            case "mb" -> 20;
            case "gb" -> 30;
            default -> 0;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new SettingsException(key, value, "size out of range");
        }
        long bytes = n << shift;
        if (bytes < min) {
            throw new SettingsException(key, value, "must be at least " + min + " bytes");
        }
        return bytes;
    }

    /**
     * The URL the output folder is published under: empty (no site base), or an absolute
     * {@code http}/{@code https} URL with a host. A path alone ("/docs/") is refused: what a site
     * base is for needs the host. Search engines take a canonical link as the page's address and
     * ask for it absolute; the sitemap protocol accepts only fully qualified URLs; the feed
     * resolves its links against it. Output without a site base already links relatively (pages,
     * catalogue, feed), which serves a site under any host and path.
     */
    static String siteBase(String key, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return v;
        }
        String expected = "expected an absolute URL with its host, such as https://www.example.org/docs/"
                + " (canonical links and sitemaps name the host); leave it empty for relative links,"
                + " which work under any host and path";
        try {
            java.net.URI uri = new java.net.URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new SettingsException(key, value, expected);
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                throw new SettingsException(key, value, "a site base has no query or fragment: " + expected);
            }
            return v;
        } catch (java.net.URISyntaxException e) {
            throw new SettingsException(key, value, "not a valid URL (" + e.getReason() + "): " + expected);
        }
    }

    static Path path(String key, String value) {
        if (value.isBlank()) {
            throw new SettingsException(key, value, "expected a folder path");
        }
        try {
            return Path.of(value.trim()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new SettingsException(key, value, "not a valid path: " + e.getReason());
        }
    }

    /** The shortest of the accepted spellings that denotes {@code d} exactly. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0 && ms > 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
