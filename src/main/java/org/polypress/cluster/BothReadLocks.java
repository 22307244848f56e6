package org.polypress.cluster;

import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;

/**
 * Two read locks of Camel's file consumer taken one after the other: a file is read only when the
 * first grants it (on one machine: it stopped changing) and then the second (in a cluster: Camel's
 * {@code readLock=idempotent}, a claim in the shared repository that only one intake obtains).
 * Released in the reverse order. When the second refuses, the first is released as on an abort.
 */
public final class BothReadLocks implements GenericFileExclusiveReadLockStrategy<File> {
    private final GenericFileExclusiveReadLockStrategy<File> first;
    private final GenericFileExclusiveReadLockStrategy<File> second;

    public BothReadLocks(GenericFileExclusiveReadLockStrategy<File> first, GenericFileExclusiveReadLockStrategy<File> second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<File> operations, GenericFileEndpoint<File> endpoint)
            throws Exception {
        first.prepareOnStartup(operations, endpoint);
        second.prepareOnStartup(operations, endpoint);
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<File> operations, GenericFile<File> file,
                                            Exchange exchange) throws Exception {
        if (!first.acquireExclusiveReadLock(operations, file, exchange)) {
            return false;
        }
        if (!second.acquireExclusiveReadLock(operations, file, exchange)) {
            first.releaseExclusiveReadLockOnAbort(operations, file, exchange);
            return false;
        }
        return true;
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> operations, GenericFile<File> file,
                                                Exchange exchange) throws Exception {
        try {
            second.releaseExclusiveReadLockOnAbort(operations, file, exchange);
        } finally {
            first.releaseExclusiveReadLockOnAbort(operations, file, exchange);
        }
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> operations, GenericFile<File> file,
                                                   Exchange exchange) throws Exception {
        try {
            second.releaseExclusiveReadLockOnRollback(operations, file, exchange);
        } finally {
            first.releaseExclusiveReadLockOnRollback(operations, file, exchange);
        }
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> operations, GenericFile<File> file,
                                                 Exchange exchange) throws Exception {
        try {
            second.releaseExclusiveReadLockOnCommit(operations, file, exchange);
        } finally {
            first.releaseExclusiveReadLockOnCommit(operations, file, exchange);
        }
    }

    @Override
    public void setTimeout(long timeout) {
        first.setTimeout(timeout);
        second.setTimeout(timeout);
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        first.setCheckInterval(checkInterval);
        second.setCheckInterval(checkInterval);
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
        first.setReadLockLoggingLevel(level);
        second.setReadLockLoggingLevel(level);
    }

    /** Not passed on: each lock's use of marker files is set where it is made (a claim needs none). */
    @Override
    public void setMarkerFiler(boolean markerFile) {
        // the locks were configured when made
    }

    /** Not passed on, as {@link #setMarkerFiler}. */
    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        // the locks were configured when made
    }
}
