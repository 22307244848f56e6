package org.polypress.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;

/**
 * The idempotent repositories that several Polypress processes share, in PostgreSQL: Camel's JDBC
 * message-id repository ({@code camel-sql}), one table {@code CAMEL_MESSAGEPROCESSED} created on
 * start, one processor name per use:
 * <ul>
 * <li>{@value #PUBLISHED}: the keys of what was published ({@code sha256/fileName}, as in
 * {@code output/.state/} on one machine), stored once the editions are in place;</li>
 * <li>{@value #INTAKE}: the file versions (name, length, time stamp) an intake turned into a job,
 * the file consumer's own idempotent repository, so no other intake sends them again;</li>
 * <li>{@value #INTAKE_LOCK} and {@value #WORK}: claims held while an intake reads a file or a worker
 * publishes a job ({@link JdbcOrphanLockAwareIdempotentRepository}: the holder refreshes them, and
 * a claim whose holder died is taken over after {@link #CLAIM_MAX_AGE}).</li>
 * </ul>
 * The table has a primary key on (processorName, messageId), so two processes that insert the same
 * key at once cannot both succeed: the database decides who holds a claim.
 */
public final class SharedRepository implements AutoCloseable {
    public static final String TABLE = "CAMEL_MESSAGEPROCESSED";
    public static final String PUBLISHED = "polypress.published";
    public static final String INTAKE = "polypress.intake";
    public static final String INTAKE_LOCK = "polypress.intake.lock";
    public static final String WORK = "polypress.work";
    /** How often a live process refreshes its claims. */
    static final Duration CLAIM_KEEP_ALIVE = Duration.ofSeconds(5);
    /**
     * A claim not refreshed for this long belongs to a process that died (or lost the database for
     * six refreshes in a row): another process may take it over. Longer than a pause of the JVM.
     */
    static final Duration CLAIM_MAX_AGE = CLAIM_KEEP_ALIVE.multipliedBy(6);
    /** Connections per process: a scan, a claim and a few workers at once; more wait. */
    private static final int POOL_SIZE = 6;
    /** How long a step waits for a connection before it fails (and is tried again): the database is down. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** Keys are sha256 (64) + "/" + a file name of at most 255 bytes; room to spare. */
    private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE
            + " (processorName VARCHAR(255) NOT NULL, messageId VARCHAR(1024) NOT NULL, createdAt TIMESTAMP,"
            + " PRIMARY KEY (processorName, messageId))";

    private final HikariDataSource dataSource;
    private final String where;

    private SharedRepository(HikariDataSource dataSource, String where) {
        this.dataSource = dataSource;
        this.where = where;
    }

    /**
     * Connects and creates the table if it is not there yet.
     *
     * @throws SQLException when the database cannot be reached or the table cannot be created
     */
    public static SharedRepository open(String jdbcUrl) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT.toMillis());
        config.setPoolName("polypress-repository");
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SQLException("cannot connect to " + redacted(jdbcUrl) + ": " + rootMessage(e), e);
        }
        SharedRepository repository = new SharedRepository(ds, redacted(jdbcUrl));
        try {
            repository.createTable();
        } catch (SQLException e) {
            ds.close();
            throw e;
        }
        return repository;
    }

    private void createTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(CREATE);
        } catch (SQLException e) {
            // Two processes starting at once: PostgreSQL's IF NOT EXISTS can still collide on the
            // catalogue (unique_violation 23505); the other one created it.
            if (!"23505".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** The published keys, stored once the editions are in place. */
    public IdempotentRepository published() {
        return plain(PUBLISHED);
    }

    /** The file versions turned into jobs (the intakes' file consumer repository). */
    public IdempotentRepository intakeSeen() {
        return plain(INTAKE);
    }

    /** Claims of files an intake is reading, or of jobs a worker is publishing. */
    public IdempotentRepository claims(String processorName, CamelContext context) {
        JdbcOrphanLockAwareIdempotentRepository r =
                new JdbcOrphanLockAwareIdempotentRepository(dataSource, processorName, context);
        r.setCreateTableIfNotExists(false);
        r.setLockKeepAliveIntervalMillis(CLAIM_KEEP_ALIVE.toMillis());
        r.setLockMaxAgeMillis(CLAIM_MAX_AGE.toMillis());
        return r;
    }

    private IdempotentRepository plain(String processorName) {
        JdbcMessageIdRepository r = new JdbcMessageIdRepository(dataSource, processorName);
        r.setCreateTableIfNotExists(false);
        return r;
    }

    /** Whether the database answers now (for the status). */
    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The URL without its password, for logs and the status. */
    public String where() {
        return where;
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A JDBC URL with the value of its password parameter replaced by stars. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
