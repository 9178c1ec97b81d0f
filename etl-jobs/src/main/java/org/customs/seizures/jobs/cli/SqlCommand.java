package org.customs.seizures.jobs.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./seizures sql "QUERY"}: a read-only query for the data team. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run a read-only SQL query on the warehouse and print the result.")
public class SqlCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Parameters(paramLabel = "QUERY", description = "The query, e.g. \"select * from v_monthly_yoy limit 10\".")
    String query;

    @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
    QueryOutput.Format format;

    @Override
    public Integer call() throws Exception {
        try (Connection connection = warehouse.existing().openReadOnly();
             Statement statement = connection.createStatement()) {
            boolean hasRows = statement.execute(query);
            PrintStream out = System.out;
            if (hasRows) {
                try (ResultSet rs = statement.getResultSet()) {
                    QueryOutput.print(rs, format, out);
                }
            } else {
                out.println(statement.getUpdateCount() + " rows affected");
            }
        } catch (java.sql.SQLException e) {
            throw new ExitCodes.UsageException("The query failed: " + e.getMessage());
        }
        return ExitCodes.SUCCESS;
    }
}
