package org.customs.seizures.reports.yoy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV is parsed back with DuckDB's own CSV reader, a parser independent of the writer. */
class YearOnYearCsvTests {

    @TempDir
    Path folder;

    private YoyWarehouse warehouse;
    private Path target;

    @BeforeEach
    void given() throws Exception {
        warehouse = YoyWarehouse.create(folder);
        JuneOf2019.insertInto(warehouse);
        target = folder.resolve("statistics-2019-06.csv");
    }

    @AfterEach
    void closeWarehouse() throws Exception {
        warehouse.close();
    }

    @Test
    void writesAHeaderWithTheTableColumnAndTheContractColumns() throws Exception {
        write(JuneOf2019.MONTH);

        String header = Files.readAllLines(target, StandardCharsets.UTF_8).get(0);
        assertThat(header).startsWith("table,month,reporting_iso3,country_name,domain,commodity_category,"
                + "cases,cases_prev,cases_yoy_pct,cases_ytd,cases_ytd_prev,cases_ytd_yoy_pct,lines,");
        assertThat(header).endsWith("items_ytd_yoy_pct,reporting_countries,reporting_countries_prev,comparable");
        assertThat(header.split(",")).hasSize(6 + 5 * 6 + 3);
    }

    @Test
    void writesOneRecordPerTableRow() throws Exception {
        write(JuneOf2019.MONTH);

        List<Map<String, String>> records = parsed();
        assertThat(records).extracting(record -> record.get("table")).containsExactly(
                "total", "domain", "domain", "category", "category", "category",
                "country", "country", "country", "country");
        assertThat(records).extracting(record -> record.get("month")).containsOnly("2019-06-01");
    }

    @Test
    void writesTheFiguresOfTheTotal() throws Exception {
        write(JuneOf2019.MONTH);

        Map<String, String> total = parsed().get(0);
        assertThat(total).containsEntry("reporting_iso3", "ALL")
                .containsEntry("cases", "12").containsEntry("cases_prev", "10")
                .containsEntry("cases_yoy_pct", "20").containsEntry("cases_ytd_yoy_pct", "25")
                .containsEntry("mass_kg", "1500.5").containsEntry("volume_m3_yoy_pct", "-25")
                .containsEntry("reporting_countries", "3").containsEntry("reporting_countries_prev", "2")
                .containsEntry("comparable", "false");
    }

    @Test
    void leavesAPercentageAgainstAZeroBaselineEmptyNotZero() throws Exception {
        write(JuneOf2019.MONTH);

        Map<String, String> total = parsed().get(0);
        assertThat(total).containsEntry("mass_kg_prev", "0").containsEntry("mass_kg_yoy_pct", null);
        assertThat(Files.readAllLines(target, StandardCharsets.UTF_8).get(1))
                .contains(",1500.5,0,,4000,2500,60,");
    }

    @Test
    void quotesFieldsWithCommasAndQuotesAndKeepsAccents() throws Exception {
        write(JuneOf2019.MONTH);

        assertThat(parsed()).extracting(record -> record.get("commodity_category"))
                .contains(JuneOf2019.AWKWARD_CATEGORY);
        assertThat(parsed()).extracting(record -> record.get("country_name")).contains("Côte d'Ivoire");
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).contains(",\"HORN, \"\"RHINO\"\"\",");
        assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void prefixesFormulaLikeTextWithAnApostrophe() throws Exception {
        write(JuneOf2019.MONTH);

        assertThat(parsed()).extracting(record -> record.get("country_name"))
                .contains("'" + JuneOf2019.FORMULA_LIKE_NAME)
                .doesNotContain(JuneOf2019.FORMULA_LIKE_NAME);
    }

    @Test
    void writesTheHeaderAloneForAMonthWithoutData() throws Exception {
        write(YearMonth.of(2021, 3));

        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("table,month,");
    }

    private void write(YearMonth month) {
        new YearOnYearCsv().write(MonthlyStatistics.read(warehouse.connection(), month), target);
    }

    private List<Map<String, String>> parsed() throws SQLException {
        List<Map<String, String>> records = new ArrayList<>();
        try (PreparedStatement query = warehouse.connection().prepareStatement(
                "select * from read_csv(?, header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')")) {
            query.setString(1, target.toString());
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, String> record = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        record.put(columns.getColumnName(i), result.getString(i));
                    }
                    records.add(record);
                }
            }
        }
        return records;
    }
}
