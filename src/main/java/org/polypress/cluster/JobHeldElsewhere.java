package org.polypress.cluster;

/**
 * A worker received a job whose document another live worker is publishing (a second job for the
 * same content and name, sent by an intake that took over a dead intake's files). Not a failure of
 * the document: the job is rolled back onto the queue and comes again after the broker's
 * redelivery delay, when the other worker has published it (it is then skipped as unchanged) or,
 * having died, has let its claim expire (it is then published here).
 */
public final class JobHeldElsewhere extends RuntimeException {
    public JobHeldElsewhere(String key) {
        super("another worker is publishing " + key + "; the job goes back to the queue", null, false, false);
    }
}
