package org.polypress.cluster;

import java.util.Locale;
import java.util.Optional;
import org.polypress.config.Settings;
import org.polypress.config.SettingsException;

/**
 * Where a Polypress process stands in a deployment on several machines, from the settings
 * {@code broker}, {@code repository} and {@code role} (declared in polypress.properties).
 *
 * @param broker     the Artemis broker's URL ({@code tcp://host:61616}); empty: jobs stay in this JVM
 * @param repository the PostgreSQL JDBC URL of the shared idempotent repository; empty: the
 *                   repository is the output folder's {@code .state/} file, as on one machine
 * @param role       what this process does with the queue
 * @param queue      the queue's name on the broker
 */
public record ClusterSettings(Optional<String> broker, Optional<String> repository, Role role, String queue) {
    public static final String BROKER = "broker";
    public static final String REPOSITORY = "repository";
    public static final String ROLE = "role";
    public static final String QUEUE = "broker.queue";

    /** What a process does: watch the folder and send jobs, consume jobs and publish, or both. */
    public enum Role {
        INTAKE, WORKER, BOTH;

        public boolean intake() {
            return this != WORKER;
        }

        public boolean worker() {
            return this != INTAKE;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static ClusterSettings of(Settings settings) {
        Optional<String> broker = nonEmpty(settings.value(BROKER));
        Optional<String> repository = nonEmpty(settings.value(REPOSITORY));
        Role role = switch (settings.value(ROLE).trim().toLowerCase(Locale.ROOT)) {
            case "intake" -> Role.INTAKE;
            case "worker" -> Role.WORKER;
            case "both", "" -> Role.BOTH;
            default -> throw new SettingsException(ROLE + " must be intake, worker or both, not: " + settings.value(ROLE));
        };
        if (role != Role.BOTH && broker.isEmpty()) {
            throw new SettingsException(ROLE + "=" + role.key() + " needs a broker (--broker tcp://host:61616): "
                    + "without one, intake and workers share this process's own queue");
        }
        if (repository.isPresent() && !repository.get().startsWith("jdbc:postgresql:")) {
            throw new SettingsException(REPOSITORY + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host/db), not: "
                    + repository.get());
        }
        String queue = settings.value(QUEUE).trim();
        return new ClusterSettings(broker, repository, role, queue.isEmpty() ? "polypress.jobs" : queue);
    }

    /** Whether anything leaves this JVM: with neither setting, the watched folder runs as it always did. */
    public boolean distributed() {
        return broker.isPresent() || repository.isPresent();
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
