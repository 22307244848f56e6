package org.polypress.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.polypress.config.Settings;
import org.polypress.pipeline.DocumentPipeline;
import org.polypress.pipeline.OutputFile;
import org.polypress.pipeline.PipelineFailure;
import org.polypress.pipeline.Publication;
import org.polypress.pipeline.Stage;

/**
 * Test pipeline selectable with {@code pipeline.class}: publishes {@code xml/NAME.xml} holding the
 * input, after sleeping {@code -Dpolypress.test.delayMs} milliseconds; content starting with "FAIL"
 * fails permanently at the structure stage.
 */
public class ScriptedTestPipeline implements DocumentPipeline {
    private final long delayMs = Long.getLong("polypress.test.delayMs", 0);

    public ScriptedTestPipeline(Settings settings) {
        if (settings.inputDir() == null) {
            throw new IllegalArgumentException("settings expected");
        }
    }

    @Override
    public Publication process(String fileName, byte[] content) throws PipelineFailure {
        if (delayMs > 0) {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipelineFailure(Stage.PDF, false, "interrupted", null, e);
            }
        }
        if (new String(content, StandardCharsets.UTF_8).startsWith("FAIL")) {
            throw new PipelineFailure(Stage.STRUCTURE, true, "Scripted failure.", "Remove FAIL.");
        }
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        return new Publication(name, "en", 1, List.of(new OutputFile("xml/" + name + ".xml", content)), delayMs);
    }
}
