package org.customs.seizures.jobs.export;

import java.nio.file.Path;
import java.util.List;

/**
 * A table (or public view) of the warehouse written as Parquet: the fact table and the public lines
 * Hive-partitioned by {@code year=YYYY/month=M}, each dimension as one file.
 */
public enum ExportedTable {
    FACT_SEIZURE_LINE("fact_seizure_line", true),
    V_SEIZURE_LINES("v_seizure_lines", true),
    DIM_COUNTRY("dim_country", false),
    DIM_COMMODITY("dim_commodity", false),
    DIM_UNIT("dim_unit", false),
    DIM_OPERATION("dim_operation", false),
    DIM_DATE("dim_date", false),
    DIM_SUBMISSION("dim_submission", false);

    private final String tableName;
    private final boolean partitioned;

    ExportedTable(String tableName, boolean partitioned) {
        this.tableName = tableName;
        this.partitioned = partitioned;
    }

    public static List<ExportedTable> all() {
        return List.of(values());
    }

    /** The warehouse name, also the name of its folder in the export. */
    public String tableName() {
        return tableName;
    }

    public boolean partitioned() {
        return partitioned;
    }

    /** The SQL file holding its COPY statement. */
    String sqlFile() {
        return "export/" + tableName + ".sql";
    }

    /** Where COPY writes inside the table's folder: the folder itself when partitioned, else one file. */
    Path copyTarget(Path tableFolder) {
        return partitioned ? tableFolder : tableFolder.resolve(tableName + ".parquet");
    }
}
