package org.customs.seizures.reports.yoy;

import static org.customs.seizures.reports.yoy.Measure.CASES;
import static org.customs.seizures.reports.yoy.Measure.ITEMS;
import static org.customs.seizures.reports.yoy.Measure.LINES;
import static org.customs.seizures.reports.yoy.Measure.MASS_KG;
import static org.customs.seizures.reports.yoy.Measure.VOLUME_M3;

import java.sql.SQLException;
import java.time.YearMonth;

/**
 * Test data: two years of a small warehouse, seen through the stand-in view. June 2019 has a
 * total, two domains, three categories, a domain-less category rollup (not a report row),
 * three countries (one with a formula-like name, one with a comma and quotes in a category),
 * a country × domain row and a country × category row (not a report row). May 2019 and
 * June 2018 have a total each, so that reading June 2019 must leave them out.
 */
final class JuneOf2019 {

    static final YearMonth MONTH = YearMonth.of(2019, 6);
    static final String FORMULA_LIKE_NAME = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    static final String AWKWARD_CATEGORY = "HORN, \"RHINO\"";

    private JuneOf2019() {
    }

    static void insertInto(YoyWarehouse warehouse) throws SQLException {
        warehouse.country("KEN", "Kenya");
        warehouse.country("CIV", "Côte d'Ivoire");
        warehouse.country("ZZZ", FORMULA_LIKE_NAME);

        warehouse.row("2018-06-01", "ALL", "ALL", "ALL")
                .measure(CASES, 10, 0, 40, 0).countries(2, 0, false).insert();
        warehouse.row("2019-05-01", "ALL", "ALL", "ALL")
                .measure(CASES, 7, 9, 38, 30).countries(3, 2, false).insert();

        warehouse.row("2019-06-01", "ALL", "ALL", "ALL")
                .measure(CASES, 12, 10, 50, 40)
                .measure(LINES, 30, 25, 120, 100)
                .measure(MASS_KG, 1500.5, 0, 4000, 2500)
                .measure(VOLUME_M3, 2.25, 3, 10, 8)
                .measure(ITEMS, 40, 40, 200, 250)
                .countries(3, 2, false).insert();

        warehouse.row("2019-06-01", "ALL", "WILDLIFE", "ALL")
                .measure(CASES, 9, 6, 30, 20).measure(MASS_KG, 500.5, 0, 1000, 900).countries(3, 2, false).insert();
        warehouse.row("2019-06-01", "ALL", "TIMBER", "ALL")
                .measure(CASES, 4, 4, 22, 20).measure(VOLUME_M3, 2.25, 3, 10, 8).countries(3, 2, false).insert();

        warehouse.row("2019-06-01", "ALL", "WILDLIFE", "IVORY")
                .measure(CASES, 5, 2, 12, 10).measure(MASS_KG, 300, 0, 700, 500).countries(3, 2, false).insert();
        warehouse.row("2019-06-01", "ALL", "WILDLIFE", AWKWARD_CATEGORY)
                .measure(CASES, 5, 5, 20, 10).measure(MASS_KG, 200.5, 0, 300, 400).countries(3, 2, false).insert();
        warehouse.row("2019-06-01", "ALL", "TIMBER", "ROSEWOOD")
                .measure(CASES, 4, 4, 22, 20).measure(VOLUME_M3, 2.25, 3, 10, 8).countries(3, 2, false).insert();
        warehouse.row("2019-06-01", "ALL", "ALL", "IVORY")
                .measure(CASES, 5, 2, 12, 10).countries(3, 2, false).insert();

        warehouse.row("2019-06-01", "KEN", "ALL", "ALL")
                .measure(CASES, 8, 6, 30, 25).measure(MASS_KG, 1000, 0, 3000, 2000).countries(1, 1, true).insert();
        warehouse.row("2019-06-01", "KEN", "WILDLIFE", "ALL")
                .measure(CASES, 6, 3, 20, 15).countries(1, 1, true).insert();
        warehouse.row("2019-06-01", "KEN", "WILDLIFE", "IVORY")
                .measure(CASES, 3, 1, 8, 6).countries(1, 1, true).insert();
        warehouse.row("2019-06-01", "CIV", "ALL", "ALL")
                .measure(CASES, 4, 4, 20, 15).countries(1, 1, true).insert();
        warehouse.row("2019-06-01", "ZZZ", "ALL", "ALL")
                .measure(CASES, 0, 0, 0, 0).countries(1, 0, false).insert();
    }
}
