package org.polypress.pipeline;

import java.time.Clock;
import org.polypress.config.Settings;
import org.polypress.ingest.ExtractionLimits;

/** Builds the standard document pipeline from the settings of a run. */
public final class Pipelines {
    /** Absolute URL the output folder is published under ("" for none), for canonical links. */
    public static final String SITE_BASE = org.polypress.config.Settings.SITE_BASE;

    private Pipelines() {
    }

    /**
     * The standard pipeline: the settings' stylesheet folder, input size limit, site base and
     * contents threshold of the PDF edition, the system clock.
     */
    public static DocumentPipeline create(Settings settings) {
        ExtractionLimits limits = ExtractionLimits.defaults();
        limits = limits.withSizes(settings.maxInputBytes(), limits.maxTextChars());
        return new PolypressPipeline(settings.xsltDir(), limits, Clock.systemUTC(), settings.value(SITE_BASE),
                settings.pdfContentsMinPages());
    }
}
