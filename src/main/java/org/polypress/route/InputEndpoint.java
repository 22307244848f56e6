package org.polypress.route;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.FileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileMessage;
import org.apache.camel.support.builder.ExpressionBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.polypress.config.Settings;

/**
 * The file consumer on the input folder, configured in one place from {@link Settings} with the
 * file component's own options:
 * <ul>
 * <li>read lock {@link StableFileReadLock}: a file is taken once its length and time stamp stay equal
 * over {@code read-lock.check-interval}, as with {@code readLock=changed} but observed across scans
 * instead of sleeping per file, so a burst of files waits one interval, not one each. There is no
 * minimum age: Camel's {@code readLockMinAge} takes any file old enough without checking that it
 * stopped changing, so a copy that preserves an old time stamp, or a slow writer, would be read half.
 * Empty files are taken too, so they fail with a clear report instead of waiting forever.</li>
 * <li>{@code noop=true}: the consumer never moves or deletes inputs (the route moves published ones
 * itself when {@code processed=move}, and failed ones stay in place). Its own in-memory idempotency,
 * keyed on name, size and time stamp, stops it from reading an unchanged file twice in one run; the
 * persistent, content-based idempotency is the route's.</li>
 * <li>non-recursive; hidden files and temporary names ({@code .tmp .part .crdownload .swp ~}) excluded,
 * and a document's sidecar {@code NAME.meta.json}, which {@link LanguageVersions} reads;
 * what is never read is listed by {@link #ignored()} for the summary.</li>
 * </ul>
 */
final class InputEndpoint {
    /**
     * Names that are never read: dot files, editor swap/backup files, in-progress downloads/copies,
     * and the consumer's own read-lock marker files.
     */
    static final String EXCLUDE = "(?i)^\\..*|.*\\.(tmp|part|crdownload|swp|swx|camelLock)$|.*~$|.*\\.meta\\.json$";
    /** How many unchanged files the consumer remembers per run. */
    static final int SEEN_FILES = 100_000;
    private static final Pattern EXCLUDED = Pattern.compile(EXCLUDE);

    /** Whether the consumer takes a file of this name (not hidden, temporary, a marker or a sidecar). */
    static boolean isTaken(String fileName) {
        return !EXCLUDED.matcher(fileName).matches();
    }

    private final Settings settings;
    private final IdempotentRepository seen;
    private final UnaryOperator<GenericFileExclusiveReadLockStrategy<File>> readLock;

    InputEndpoint(Settings settings) {
        this(settings, MemoryIdempotentRepository.memoryIdempotentRepository(SEEN_FILES), UnaryOperator.identity());
    }

    /**
     * @param seen     the consumer's idempotent repository (in memory on one machine; shared by the
     *                 intakes of one folder on several)
     * @param readLock what becomes of the {@link StableFileReadLock} (on several machines: it and a claim)
     */
    InputEndpoint(Settings settings, IdempotentRepository seen,
                  UnaryOperator<GenericFileExclusiveReadLockStrategy<File>> readLock) {
        this.settings = settings;
        this.seen = seen;
        this.readLock = readLock;
    }

    /**
     * Whether the input folder holds a file the consumer would take but has not handled in its
     * current state. The consumer's own poll count does not tell: a file whose read lock timed out
     * (still being written) is not counted, yet it is not done either.
     */
    boolean hasUnhandledFiles() {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(settings.inputDir())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                // Everything but folders, as the consumer: named pipes and broken links are handed
                // over too (and refused), so they are not done until they have an outcome.
                if (EXCLUDED.matcher(name).matches() || Files.isDirectory(file)) {
                    continue;
                }
                if (!seen.contains(seenKey(file.toFile()))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The consumer's in-memory idempotency key of a file: its own name (not Camel's, which turns a
     * backslash into a separator), length and time stamp. {@link #hasUnhandledFiles} uses the same.
     */
    static String seenKey(File file) {
        return file.getName() + "-" + file.length() + "-" + file.lastModified();
    }

    /** An entry of the input folder that is never read, and why, in plain words. */
    record Ignored(String name, String why) {
    }

    /**
     * The entries of the input folder the consumer never reads: hidden names (a leading dot, so
     * {@code ....txt} too), temporary names, and sub-folders with the files in them (the folder is
     * not watched recursively). The done folder and the consumer's own markers are not counted.
     */
    List<Ignored> ignored() {
        List<Ignored> out = new ArrayList<>();
        Path done = settings.doneDir().toAbsolutePath().normalize();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(settings.inputDir())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    if (!entry.toAbsolutePath().normalize().equals(done)) {
                        out.add(new Ignored(name + "/", "a sub-folder (" + filesIn(entry)
                                + "); only files directly in the input folder are read"));
                    }
                } else if (name.endsWith(StableFileReadLock.MARKER_ENDING)) {
                    continue; // the consumer's own marker of a file in progress
                } else if (LanguageVersions.isSidecar(name)) {
                    continue; // read with its document, see LanguageVersions
                } else if (name.startsWith(".")) {
                    out.add(new Ignored(name, "the name starts with a dot (a hidden file)"));
                } else if (EXCLUDED.matcher(name).matches()) {
                    out.add(new Ignored(name, "a temporary name (.tmp, .part, .crdownload, .swp, ~)"));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return out; // the folder vanished: reported by the scans
        }
        out.sort(java.util.Comparator.comparing(Ignored::name));
        return out;
    }

    private static String filesIn(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            long n = files.filter(p -> !Files.isDirectory(p)).count();
            return n == 1 ? "1 file" : n + " files";
        } catch (IOException | UncheckedIOException e) {
            return "its files cannot be listed";
        }
    }

    FileEndpoint create(CamelContext context, PollingConsumerPollStrategy pollStrategy) {
        FileEndpoint endpoint = context.getEndpoint("file:" + settings.inputDir(), FileEndpoint.class);
        // The folder is checked (or created, with input.create) before the route starts; a folder
        // that disappears later fails every scan, which --once reports instead of waiting forever.
        endpoint.setAutoCreate(false);
        endpoint.setStartingDirectoryMustExist(true);
        endpoint.setDirectoryMustExist(true);
        endpoint.setRecursive(false);
        endpoint.setIncludeHiddenFiles(false);
        endpoint.setExclude(EXCLUDE);

        endpoint.setExclusiveReadLockStrategy(readLock.apply(
                new StableFileReadLock(settings.readLockCheckInterval(), settings.readLockTimeout())));

        endpoint.setNoop(true);
        endpoint.setIdempotent(true);
        endpoint.setIdempotentKey(ExpressionBuilder.messageExpression(message -> {
            GenericFile<?> file = message instanceof GenericFileMessage<?> m ? m.getGenericFile()
                    : message.getBody(GenericFile.class);
            return seenKey((File) file.getFile());
        }));
        endpoint.setIdempotentRepository(seen);

        endpoint.setInitialDelay(0);
        endpoint.setDelay(settings.pollDelay().toMillis());
        endpoint.setMaxMessagesPerPoll(settings.pollMaxFiles());
        endpoint.setEagerMaxMessagesPerPoll(true);
        endpoint.setPollStrategy(pollStrategy);
        return endpoint;
    }
}
