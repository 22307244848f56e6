package org.polypress.cluster;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;

/**
 * The Artemis broker as Camel's {@code jms} component ({@code camel-jms} over
 * {@code artemis-jakarta-client}): jobs are persistent messages, consumed in a local JMS transaction
 * (a worker that dies mid-document never acknowledged it: the broker gives the job to another),
 * redelivered with back-off and finally moved to the dead-letter address by the broker's own
 * address settings ({@code redelivery-delay}, {@code redelivery-delay-multiplier},
 * {@code max-delivery-attempts}, {@code dead-letter-address}).
 * <p>
 * Unless the URL says otherwise, consumers take one job at a time ({@code consumerWindowSize=0}):
 * Artemis would otherwise buffer a megabyte of jobs in one worker while others wait (competing
 * consumers share work only if none prefetches), and reconnection is retried for ever
 * ({@code reconnectAttempts=-1}): a broker that restarts is found again, while a call waits at most five
 * seconds for it ({@code callFailoverTimeout=5000}), so that a worker stopped while its broker is
 * away stops instead of waiting for it.
 */
public final class BrokerConnection {
    /** The component's name in endpoint URIs. */
    public static final String COMPONENT = "jms";
    /** How long the listener waits before it tries a lost broker again. */
    static final long RECOVERY_INTERVAL_MS = 2_000;

    private final String url;
    private final ActiveMQConnectionFactory factory;

    public BrokerConnection(String url) {
        this.url = url;
        this.factory = new ActiveMQConnectionFactory(withDefaults(url));
    }

    /** The URL with this class's defaults for options it does not set. */
    static String withDefaults(String url) {
        StringBuilder u = new StringBuilder(url);
        for (String option : new String[] {"consumerWindowSize=0", "reconnectAttempts=-1", "retryInterval=1000",
                "callFailoverTimeout=5000"}) {
            String name = option.substring(0, option.indexOf('=') + 1);
            if (!url.contains(name)) {
                u.append(u.indexOf("?") < 0 ? '?' : '&').append(option);
            }
        }
        return u.toString();
    }

    /** Camel's jms component on this broker: transacted consumers, persistent jobs. */
    public JmsComponent component() {
        JmsComponent jms = JmsComponent.jmsComponentTransacted(factory);
        jms.setDeliveryPersistent(true);
        jms.setRecoveryInterval(RECOVERY_INTERVAL_MS);
        return jms;
    }

    /** The endpoint URI workers consume from, with this many concurrent consumers. */
    public static String consumerUri(String queue, int consumers) {
        return COMPONENT + ":queue:" + queue + "?transacted=true&concurrentConsumers=" + consumers
                + "&maxConcurrentConsumers=" + consumers + "&cacheLevelName=CACHE_CONSUMER";
    }

    /** The endpoint URI the intake sends jobs to. */
    public static String producerUri(String queue) {
        return COMPONENT + ":queue:" + queue;
    }

    /** Whether the broker accepts a connection now (for the status). */
    public boolean reachable() {
        try (Connection c = factory.createConnection()) {
            return true;
        } catch (JMSException | RuntimeException e) {
            return false;
        }
    }

    /** The URL as given (Artemis URLs carry no password; users and passwords are separate settings). */
    public String where() {
        return url;
    }

    public void close() {
        factory.close();
    }
}
