package org.customs.seizures.core.lines;

import org.customs.seizures.core.countries.Country;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.RawCell;

/** An origin or destination country: optional, but when given it must be a country we recognise. */
final class CountryReading {

    private CountryReading() {
    }

    /** The ISO alpha-3 code, or null when the cell is empty or the country is rejected. */
    static String iso3(ReturnLine line, Field field, CountryResolver countries, LineFaults faults) {
        if (faults.broken(field)) {
            return null;
        }
        RawCell cell = line.cell(field);
        String text = CellText.of(cell);
        if (text == null) {
            return null;
        }
        return countries.resolve(text).map(Country::iso3).orElseGet(() -> {
            faults.reject(field, cell, RejectReason.COUNTRY_UNKNOWN,
                    faults.column(field) + " '" + text + "' is not a country we recognise "
                            + "(use an ISO code such as FR or FRA, or the country's name)");
            return null;
        });
    }
}
