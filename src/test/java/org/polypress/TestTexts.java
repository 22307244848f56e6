package org.polypress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test texts copied from the samples and the dev corpus into src/test/resources. */
public final class TestTexts {
    private TestTexts() {
    }

    public static String read(String resource) {
        try (InputStream in = TestTexts.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String COUNCIL = "samples/000_b5f54f10a9c989d5.txt";
    public static final String RESOLUTION = "samples/002_c02cd129ca6bf4b1.txt";
    public static final String STRATEGY = "samples/004_1ae4719cd1b32968.txt";
}
