package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionVersionsTests {

    private static final LocalDate JANUARY = LocalDate.of(2024, 1, 1);
    private static final LocalDateTime MORNING = LocalDateTime.of(2024, 2, 5, 9, 0);

    @TempDir
    Path dir;

    private TestWarehouse warehouse;

    @BeforeEach
    void open() throws Exception {
        warehouse = TestWarehouse.migrated(dir);
    }

    @AfterEach
    void close() throws Exception {
        warehouse.close();
    }

    @Test
    void keepsTheHighestVersionCurrent() throws Exception {
        submission(1, "FRA", null, 2, LocalDate.of(2024, 2, 1), MORNING, "loaded");
        submission(2, "FRA", null, 3, LocalDate.of(2024, 1, 20), MORNING.minusDays(9), "loaded");
        submission(3, "FRA", null, 1, LocalDate.of(2024, 2, 9), MORNING.plusDays(4), "loaded");

        SubmissionVersions.resolveVersions(warehouse.connection());

        assertThat(statuses()).containsExactly(Map.entry(1, "superseded"), Map.entry(2, "loaded"), Map.entry(3, "superseded"));
    }

    @Test
    void withoutVersionsKeepsTheLatestSubmittedOn() throws Exception {
        submission(1, "FRA", null, null, LocalDate.of(2024, 2, 9), MORNING, "loaded");
        submission(2, "FRA", null, null, LocalDate.of(2024, 2, 1), MORNING.plusDays(1), "loaded");

        SubmissionVersions.resolveVersions(warehouse.connection());

        assertThat(statuses()).containsExactly(Map.entry(1, "loaded"), Map.entry(2, "superseded"));
    }

    @Test
    void thenKeepsTheLatestReceivedThenTheHighestKey() throws Exception {
        submission(1, "FRA", null, null, null, MORNING.plusHours(2), "loaded");
        submission(2, "FRA", null, null, null, MORNING, "loaded");
        submission(3, "KEN", null, 1, JANUARY, MORNING, "loaded");
        submission(4, "KEN", null, 1, JANUARY, MORNING, "loaded");

        SubmissionVersions.resolveVersions(warehouse.connection());

        assertThat(statuses()).containsExactly(Map.entry(1, "loaded"), Map.entry(2, "superseded"),
                Map.entry(3, "superseded"), Map.entry(4, "loaded"));
    }

    @Test
    void treatsEachOperationAndNoOperationAsSeparateReturns() throws Exception {
        submission(1, "FRA", null, 1, null, MORNING, "loaded");
        submission(2, "FRA", "THUNDERBALL2019", 1, null, MORNING.plusDays(1), "loaded");
        submission(3, "FRA", null, 2, null, MORNING.plusDays(2), "loaded");
        submission(4, "DEU", null, 1, null, MORNING.plusDays(3), "loaded");

        SubmissionVersions.resolveVersions(warehouse.connection());

        assertThat(statuses()).containsExactly(Map.entry(1, "superseded"), Map.entry(2, "loaded"),
                Map.entry(3, "loaded"), Map.entry(4, "loaded"));
    }

    @Test
    void bringsBackAnEarlierVersionWhenTheLaterOneIsNoLongerCandidate() throws Exception {
        submission(1, "FRA", null, 1, null, MORNING, "superseded");
        submission(2, "FRA", null, 2, null, MORNING.plusDays(1), "rejected");
        submission(3, "FRA", null, 2, null, MORNING.plusDays(2), "duplicate");

        SubmissionVersions.resolveVersions(warehouse.connection());

        assertThat(statuses()).containsExactly(Map.entry(1, "loaded"), Map.entry(2, "rejected"), Map.entry(3, "duplicate"));
    }

    @Test
    void isIdempotent() throws Exception {
        submission(1, "FRA", null, 1, null, MORNING, "loaded");
        submission(2, "FRA", null, 2, null, MORNING.plusDays(1), "loaded");
        SubmissionVersions.resolveVersions(warehouse.connection());
        Map<Integer, String> once = statuses();

        SubmissionVersions.resolveVersions(warehouse.connection());

        assertThat(statuses()).isEqualTo(once).containsExactly(Map.entry(1, "superseded"), Map.entry(2, "loaded"));
    }

    private void submission(int key, String iso3, String operation, Integer version, LocalDate submittedOn,
                            LocalDateTime receivedAt, String status) throws Exception {
        warehouse.execute("insert into dim_submission (submission_key, file_name, sha256, reporting_iso3, period,"
                        + " operation_code, version, submitted_on, received_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key, iso3 + "_2024-01_" + key + ".xlsx", "sha-" + key, iso3, JANUARY, operation, version, submittedOn,
                receivedAt, status);
    }

    private Map<Integer, String> statuses() throws Exception {
        Map<Integer, String> statuses = new LinkedHashMap<>();
        for (Map<String, Object> row : warehouse.query("select submission_key, status from dim_submission order by submission_key")) {
            statuses.put((Integer) row.get("submission_key"), (String) row.get("status"));
        }
        return statuses;
    }
}
