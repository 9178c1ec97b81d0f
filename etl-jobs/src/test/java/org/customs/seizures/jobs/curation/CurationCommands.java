package org.customs.seizures.jobs.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseFile;

/** The curation tests' view of the application: a command's printed output, and one value of the warehouse. */
final class CurationCommands {

    private CurationCommands() {
    }

    /** Runs {@code ./seizures ARGS}, which must succeed, and returns what it printed. */
    static String printed(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(SeizuresCli.execute(args)).as(String.join(" ", args)).isZero();
        } finally {
            System.setOut(previous);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The first column of the first row of {@code sql} (whole numbers as {@code Long}). */
    static Object scalar(WarehouseFile warehouse, String sql) throws SQLException {
        try (Connection connection = warehouse.openReadOnly(); Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            Object value = rs.getObject(1);
            return value instanceof Number n && !(value instanceof Double) ? n.longValue() : value;
        }
    }
}
