package org.customs.seizures.reports.yoy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.customs.seizures.reports.safety.AtomicFile;
import org.customs.seizures.reports.safety.SafeCellText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly year-on-year statistics as CSV (UTF-8 without byte order mark, RFC 4180, CRLF):
 * a header row, then one record per table row with a {@code table} column
 * ({@code total}, {@code domain}, {@code category}, {@code country}). The other columns are
 * those of {@code v_monthly_yoy}, plus {@code country_name}; rollups read {@code ALL}; an
 * unknown value (a percentage against a baseline of 0) is an empty field. A month without
 * data gives the header row alone. Text fields are neutralised against formula injection.
 */
public final class YearOnYearCsv {

    private static final Logger log = LoggerFactory.getLogger(YearOnYearCsv.class);
    private static final String[] SUFFIXES = {"", "_prev", "_yoy_pct", "_ytd", "_ytd_prev", "_ytd_yoy_pct"};

    /**
     * Writes the CSV to the target, replacing any file there.
     *
     * @throws UncheckedIOException when the file cannot be written (the target is then left as it was)
     */
    public void write(MonthlyStatistics stats, Path target) {
        try {
            AtomicFile.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(header().text());
                for (StatisticsRow row : stats.rows()) {
                    writer.write(record(stats, row).text());
                }
                writer.flush();
            });
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not write the statistics CSV " + target + ": "
                    + failure.getMessage(), failure);
        }
        log.info("Wrote the statistics CSV of {} to {} ({} rows)", stats.month(), target, stats.rows().size());
    }

    private static CsvRecord header() {
        CsvRecord header = new CsvRecord()
                .add("table").add("month").add("reporting_iso3").add("country_name")
                .add("domain").add("commodity_category");
        for (Measure measure : Measure.values()) {
            for (String suffix : SUFFIXES) {
                header.add(measure.column() + suffix);
            }
        }
        return header.add("reporting_countries").add("reporting_countries_prev").add("comparable");
    }

    private static CsvRecord record(MonthlyStatistics stats, StatisticsRow row) {
        CsvRecord record = new CsvRecord()
                .add(row.table().label())
                .add(stats.month().atDay(1).toString())
                .add(SafeCellText.forCsv(row.reportingIso3()))
                .add(SafeCellText.forCsv(row.countryName()))
                .add(SafeCellText.forCsv(row.domain()))
                .add(SafeCellText.forCsv(row.commodityCategory()));
        for (Measure measure : Measure.values()) {
            Comparison figures = row.figure(measure);
            record.add(value(figures.month(), measure))
                    .add(value(figures.previous(), measure))
                    .add(decimal(figures.changePct()))
                    .add(value(figures.yearToDate(), measure))
                    .add(value(figures.yearToDatePrevious(), measure))
                    .add(decimal(figures.yearToDateChangePct()));
        }
        return record
                .add(row.reportingCountries() == null ? null : row.reportingCountries().toString())
                .add(row.reportingCountriesPrevious() == null ? null : row.reportingCountriesPrevious().toString())
                .add(row.comparable() == null ? null : row.comparable().toString());
    }

    private static String value(Double value, Measure measure) {
        if (value != null && measure.isCount()) {
            return Long.toString(Math.round(value));
        }
        return decimal(value);
    }

    /** A plain decimal (no exponent, no trailing zeros); empty when unknown or not finite. */
    private static String decimal(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return null;
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
