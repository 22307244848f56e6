package org.polypress.cluster;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An Apache ActiveMQ Artemis broker for the cluster test and benchmark, started as a process of its
 * own ({@code java -cp ... org.polypress.cluster.TestBroker PORT DATA_DIR}) so that it can be killed
 * and started again on the same journal: listens on loopback only, persistent, no security, and the
 * address settings a production broker of Polypress has (see the README, "Running on several
 * machines"): redelivery with back-off and a dead-letter address. Prints "broker ready" once it accepts.
 */
public final class TestBroker {
    /** First redelivery after half a second, doubling up to five seconds. */
    static final long REDELIVERY_DELAY_MS = 500;
    static final long MAX_REDELIVERY_DELAY_MS = 5_000;
    /**
     * Deliveries before a job goes to the dead-letter address: enough to outwait a dead worker's
     * claim (30 s, SharedRepository.CLAIM_MAX_AGE) at the longest delay, with room to spare.
     */
    static final int MAX_DELIVERY_ATTEMPTS = 25;

    static {
        // Artemis audits every connection, session and message at INFO: thousands of lines per run.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.activemq.audit", "warn");
    }

    private TestBroker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedActiveMQ broker = start(Integer.parseInt(args[0]), Path.of(args[1]));
        System.out.println("broker ready on 127.0.0.1:" + args[0]);
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.stop();
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        Thread.currentThread().join();
    }

    /** Starts a broker on loopback; with {@code data == null} it keeps nothing on disk (for tests in one JVM). */
    public static EmbeddedActiveMQ start(int port, Path data) throws Exception {
        Configuration config = new ConfigurationImpl()
                .setName("polypress-test")
                .setPersistenceEnabled(data != null)
                .setSecurityEnabled(false)
                .addAcceptorConfiguration("core", "tcp://127.0.0.1:" + port + "?protocols=CORE");
        if (data != null) {
            config.setJournalDirectory(data.resolve("journal").toString())
                    .setBindingsDirectory(data.resolve("bindings").toString())
                    .setLargeMessagesDirectory(data.resolve("large").toString())
                    .setPagingDirectory(data.resolve("paging").toString());
        }
        config.addAddressSetting("#", new AddressSettings()
                .setRedeliveryDelay(REDELIVERY_DELAY_MS)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(MAX_REDELIVERY_DELAY_MS)
                .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
                .setDeadLetterAddress(SimpleString.of("DLQ"))
                .setAutoCreateDeadLetterResources(true)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
        broker.setConfiguration(config);
        broker.start();
        return broker;
    }
}
