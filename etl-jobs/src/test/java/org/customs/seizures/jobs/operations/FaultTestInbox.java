package org.customs.seizures.jobs.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Properties;
import java.util.stream.Stream;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.core.fixtures.WrittenReturn;
import org.customs.seizures.jobs.warehouse.WarehouseFile;

/**
 * The small inbox of the fault tests: five good monthly returns, a damaged file among them, and a
 * byte-for-byte copy of the first return under another name; and the checksums that say whether
 * two warehouses hold the same data.
 */
final class FaultTestInbox {

    static final int GOOD_RETURNS = 5;
    static final int LINES_PER_RETURN = 30;
    static final String DAMAGED = "FRA_2019-03_damaged.xlsx";

    private FaultTestInbox() {
    }

    /** Writes the inbox into {@code folder}; returns it. Files: 5 returns, the damaged one, the copy: 7. */
    static Path writeInto(Path folder) throws IOException {
        Files.createDirectories(folder);
        FixtureReturns fixtures = new FixtureReturns(7);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter(LayoutOptions.plain());
        Path first = null;
        for (int i = 0; i < GOOD_RETURNS; i++) {
            WrittenReturn written = writer.writeInto(folder,
                    fixtures.monthlyReturn("FRA", YearMonth.of(2019, 1 + i), Language.EN, LINES_PER_RETURN));
            first = first == null ? written.file() : first;
        }
        byte[] zipStart = {'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0};
        Files.write(folder.resolve(DAMAGED), zipStart);
        Files.copy(first, folder.resolve("zz-copy-of-" + first.getFileName()));
        return folder;
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    /** A checksum of the public lines and of the ledger, leaving out keys and reception times. */
    static String checksum(Path warehouse) throws SQLException {
        return single(warehouse, "select md5(coalesce(string_agg(t::varchar, '|' order by t::varchar), '')) "
                + "from v_seizure_lines t")
                + "/" + single(warehouse, "select md5(coalesce(string_agg(t::varchar, '|' order by t::varchar), '')) "
                + "from (select * exclude (submission_key, received_at, duplicate_of) from dim_submission) t");
    }

    static String single(Path warehouse, String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection(new WarehouseFile(warehouse).jdbcUrl(), readOnly);
             Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
