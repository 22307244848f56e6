package org.polypress.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;
import org.junit.jupiter.api.Test;
import org.polypress.config.Settings;
import org.polypress.config.SettingsException;

class ClusterPartsTest {

    @Test
    void withNeitherSettingNothingLeavesTheJvm() {
        ClusterSettings c = ClusterSettings.of(Settings.builder().build());
        assertFalse(c.distributed());
        assertEquals(ClusterSettings.Role.BOTH, c.role());
        assertEquals("polypress.jobs", c.queue());
    }

    @Test
    void aRoleOtherThanBothNeedsABroker() {
        Settings s = Settings.builder().set(ClusterSettings.ROLE, "worker").build();
        SettingsException e = assertThrows(SettingsException.class, () -> ClusterSettings.of(s));
        assertTrue(e.getMessage().contains("needs a broker"), e.getMessage());
        assertThrows(SettingsException.class, () -> ClusterSettings.of(Settings.builder().set(ClusterSettings.ROLE, "boss").build()));
    }

    @Test
    void theRepositoryIsPostgreSql() {
        Settings s = Settings.builder().set(ClusterSettings.REPOSITORY, "jdbc:h2:mem:x").build();
        assertThrows(SettingsException.class, () -> ClusterSettings.of(s));
        ClusterSettings ok = ClusterSettings.of(Settings.builder()
                .set(ClusterSettings.REPOSITORY, "jdbc:postgresql://db.example.org/polypress").build());
        assertTrue(ok.distributed());
        assertEquals(Optional.of("jdbc:postgresql://db.example.org/polypress"), ok.repository());
    }

    @Test
    void theBrokerUrlGetsOneJobAtATimeAndEndlessReconnectionUnlessItSaysOtherwise() {
        assertEquals("tcp://mq:61616?consumerWindowSize=0&reconnectAttempts=-1&retryInterval=1000&callFailoverTimeout=5000",
                BrokerConnection.withDefaults("tcp://mq:61616"));
        assertEquals("tcp://mq:61616?consumerWindowSize=1024&reconnectAttempts=-1&retryInterval=1000&callFailoverTimeout=5000",
                BrokerConnection.withDefaults("tcp://mq:61616?consumerWindowSize=1024"));
        assertEquals("jms:queue:polypress.jobs?transacted=true&concurrentConsumers=3&maxConcurrentConsumers=3"
                + "&cacheLevelName=CACHE_CONSUMER", BrokerConnection.consumerUri("polypress.jobs", 3));
    }

    @Test
    void aJobCarriesWhereAndWhichContentNeverTheBytes() {
        Job job = new Job(Path.of("/shared/in/report.txt"), "report.txt", "ab".repeat(32));
        Map<String, Object> headers = job.headers();
        assertEquals(3, headers.size());
        assertEquals(Optional.of(job), Job.of(headers));
        assertEquals("ab".repeat(32) + "/report.txt", job.key());
        assertEquals(Optional.empty(), Job.of(Map.of(Job.PATH, "/x")));
    }

    @Test
    void passwordsStayOutOfLogs() {
        assertEquals("jdbc:postgresql://db/p?user=u&password=***&ssl=true",
                SharedRepository.redacted("jdbc:postgresql://db/p?user=u&password=s3cret&ssl=true"));
    }

    @Test
    void theClaimIsTakenOnlyOnceTheFileIsStableAndTheFirstLockIsGivenBackWhenTheClaimIsRefused() throws Exception {
        List<String> events = new ArrayList<>();
        Recording stable = new Recording("stable", true, events);
        Recording claim = new Recording("claim", false, events);
        BothReadLocks both = new BothReadLocks(stable, claim);
        assertFalse(both.acquireExclusiveReadLock(null, null, null));
        assertEquals(List.of("stable acquire", "claim acquire", "stable abort"), events);

        events.clear();
        Recording unstable = new Recording("stable", false, events);
        assertFalse(new BothReadLocks(unstable, claim).acquireExclusiveReadLock(null, null, null));
        assertEquals(List.of("stable acquire"), events, "no claim is made for a file still being written");

        events.clear();
        BothReadLocks granted = new BothReadLocks(stable, new Recording("claim", true, events));
        assertTrue(granted.acquireExclusiveReadLock(null, null, null));
        granted.releaseExclusiveReadLockOnCommit(null, null, null);
        assertEquals(List.of("stable acquire", "claim acquire", "claim commit", "stable commit"), events);
    }

    /** A read lock that answers as told and records what it was asked. */
    private record Recording(String name, boolean grants, List<String> events)
            implements GenericFileExclusiveReadLockStrategy<File> {
        @Override
        public void prepareOnStartup(GenericFileOperations<File> o, GenericFileEndpoint<File> e) {
        }

        @Override
        public boolean acquireExclusiveReadLock(GenericFileOperations<File> o, GenericFile<File> f, Exchange x) {
            events.add(name + " acquire");
            return grants;
        }

        @Override
        public void releaseExclusiveReadLockOnAbort(GenericFileOperations<File> o, GenericFile<File> f, Exchange x) {
            events.add(name + " abort");
        }

        @Override
        public void releaseExclusiveReadLockOnRollback(GenericFileOperations<File> o, GenericFile<File> f, Exchange x) {
            events.add(name + " rollback");
        }

        @Override
        public void releaseExclusiveReadLockOnCommit(GenericFileOperations<File> o, GenericFile<File> f, Exchange x) {
            events.add(name + " commit");
        }

        @Override
        public void setTimeout(long timeout) {
        }

        @Override
        public void setCheckInterval(long checkInterval) {
        }

        @Override
        public void setReadLockLoggingLevel(LoggingLevel level) {
        }

        @Override
        public void setMarkerFiler(boolean markerFile) {
        }

        @Override
        public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        }
    }
}
