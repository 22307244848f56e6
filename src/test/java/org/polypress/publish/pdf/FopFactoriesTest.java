package org.polypress.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import org.apache.fop.apps.FopFactory;
import org.junit.jupiter.api.Test;

/**
 * FOP's configuration is a Xerces DOM read again for every document, and Xerces DOMs are not safe
 * for concurrent reads: each rendering thread must have its own factory, reused for its documents.
 */
class FopFactoriesTest {

    @Test
    void eachThreadReusesItsOwnFactory() throws Exception {
        FopFactory mine = FopFactories.forCurrentThread();
        assertSame(mine, FopFactories.forCurrentThread(), "reused for the thread's next document");
        FopFactory other = CompletableFuture.supplyAsync(FopFactories::forCurrentThread,
                r -> new Thread(r, "other-worker").start()).get();
        assertNotSame(mine, other, "never shared between threads");
    }
}
