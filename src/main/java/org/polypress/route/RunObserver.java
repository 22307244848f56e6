package org.polypress.route;

/**
 * Follows a run document by document (status file, progress line, health endpoint). Called from
 * worker threads; implementations synchronise themselves. Exceptions are logged and ignored.
 */
public interface RunObserver {
    default void documentStarted(String fileName, RunCounts counts) {
    }

    default void documentFinished(DocumentOutcome outcome, RunCounts counts) {
    }

    default void stateChanged(RunState state, RunCounts counts) {
    }
}
