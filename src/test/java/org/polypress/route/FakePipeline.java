package org.polypress.route;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.polypress.pipeline.DocumentPipeline;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.pipeline.Publication;

/**
 * A test pipeline: publishes {@code xml/NAME.xml} (the content) and {@code html/NAME.html}, after an
 * optional behaviour hook that may sleep or throw. Records every call and the content it received.
 */
class FakePipeline implements DocumentPipeline {

    /** Runs before publishing; may sleep or throw. {@code attempt} counts calls for this file name from 1. */
    @FunctionalInterface
    interface Behaviour {
        void before(String fileName, byte[] content, int attempt) throws PipelineFailure;
    }

    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<String, byte[]> received = new ConcurrentHashMap<>();
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger maxRunning = new AtomicInteger();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private volatile Behaviour behaviour;

    FakePipeline() {
        this((f, c, a) -> { });
    }

    FakePipeline(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    void behave(Behaviour b) {
        this.behaviour = b;
    }

    static String nameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @Override
    public Publication process(String fileName, byte[] content) throws PipelineFailure {
        int now = running.incrementAndGet();
        maxRunning.accumulateAndGet(now, Math::max);
        try {
            calls.add(fileName);
            received.put(fileName, content.clone());
            int attempt = attempts.computeIfAbsent(fileName, k -> new AtomicInteger()).incrementAndGet();
            behaviour.before(fileName, content, attempt);
            String name = nameOf(fileName);
            String text = new String(content, StandardCharsets.UTF_8);
            return new Publication(name, "nl", 3, List.of(
                    new OutputFile("xml/" + name + ".xml", content),
                    new OutputFile("html/" + name + ".html",
                            ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8))), 5);
        } finally {
            running.decrementAndGet();
        }
    }

    int callsFor(String fileName) {
        return (int) calls.stream().filter(fileName::equals).count();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
