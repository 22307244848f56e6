package org.polypress.route;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.polypress.pipeline.DocumentPipeline;
import org.polypress.pipeline.Publication;

/**
 * Runs the document pipeline on the bytes read. A {@link org.polypress.pipeline.PipelineFailure}
 * or any other exception propagates to the route's failure handling, which decides on retries.
 */
final class PipelineStep implements Processor {
    /** Step name reported when the pipeline fails with something other than a PipelineFailure. */
    static final String STEP = "pipeline";

    private final DocumentPipeline pipeline;

    PipelineStep(DocumentPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        exchange.setProperty(ExchangeKeys.STEP, STEP);
        InputDocument input = exchange.getProperty(ExchangeKeys.INPUT, InputDocument.class);
        byte[] content = exchange.getIn().getBody(byte[].class);
        Publication publication;
        try {
            publication = pipeline.process(input.fileName(), content);
        } catch (Error e) {
            // Errors pass by Camel's error handler and would leave the document without an outcome:
            // report them as this document's failure. The worker carries on with the next.
            exchange.getIn().setBody(null);
            throw new IllegalStateException("the pipeline stopped with " + e, e);
        }
        if (publication == null) {
            throw new IllegalStateException("the pipeline returned no publication for " + input.fileName());
        }
        exchange.setProperty(ExchangeKeys.PUBLICATION, publication);
    }
}
