package org.customs.seizures.jobs.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs every {@code assert_*.sql} of warehouse-sql (each returns the offending rows and must
 * return none) on a warehouse, and lists the ones that found something.
 */
public final class WarehouseAssertions {

    private WarehouseAssertions() {
    }

    /** The failed assertions, as "file: n offending rows, first: ..."; empty when all hold. */
    public static List<String> failures(Connection connection) throws IOException, SQLException {
        Resource[] asserts = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/warehouse/**/assert_*.sql");
        if (asserts.length == 0) {
            throw new IllegalStateException("No assert_*.sql found on the classpath");
        }
        Arrays.sort(asserts, Comparator.comparing(Resource::getFilename));
        List<String> failures = new ArrayList<>();
        for (Resource sql : asserts) {
            String text = sql.getContentAsString(StandardCharsets.UTF_8);
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(text)) {
                int offending = 0;
                String first = null;
                while (rs.next()) {
                    if (first == null) {
                        first = String.valueOf(rs.getObject(1));
                    }
                    offending++;
                }
                if (offending > 0) {
                    failures.add(sql.getFilename() + ": " + offending + " offending rows, first: " + first);
                }
            }
        }
        return failures;
    }
}
