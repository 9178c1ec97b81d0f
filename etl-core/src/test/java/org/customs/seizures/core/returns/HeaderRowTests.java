package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customs.seizures.core.returns.InMemoryWorkbook.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;
import org.junit.jupiter.api.Test;

class HeaderRowTests {

    private static final HeaderSynonyms SYNONYMS = HeaderSynonyms.fromClasspath();

    @Test
    void takesARowNamingTheFourRequiredFieldsInAnyOrderAndLanguageForAHeader() {
        // given
        List<RawRow> headers = List.of(
                row(1, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit"),
                row(1, "UNITÉ", "QUANTITÉ SAISIE", "N° AFFAIRE", "PAYS D'ORIGINE", "DÉSIGNATION", "DATE DE SAISIE"),
                row(1, "Cantidad - kg", "Mercancía", "Fecha de incautación", "N° de caso :"),
                row(1, 7, "Quantity (kg)", null, "Commodity", "Remarks", "Date of\nseizure", "Case\nref"));
        // when / then
        for (RawRow header : headers) {
            assertThat(HeaderRow.namesRequiredFields(header, SYNONYMS)).as("%s", header).isTrue();
            assertThat(HeaderRow.recognise(header, SYNONYMS)).as("%s", header).isPresent();
        }
    }

    @Test
    void takesNoDataRowForAHeaderEvenWhenItsTextsLookLikeHeaders() {
        // given
        List<RawRow> rows = List.of(
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"),
                row(2, "Case 12", "Date unknown", "Commodity: ivory", "Quantity unknown", "Unit kg"),
                row(2, "Case reference", "Date of seizure", "Commodity", 12, "kg"),
                row(2, "Case reference", "Case reference", "Commodity", "Quantity", "Unit"),
                row(2, "Commodity", "Quantity", "Unit", "Remarks", "Origin country"),
                row(2, "Case reference", "Date of seizure", "Commodity"));
        // when / then
        for (RawRow data : rows) {
            assertThat(HeaderRow.namesRequiredFields(data, SYNONYMS)).as("%s", data).isFalse();
            assertThat(HeaderRow.recognise(data, SYNONYMS)).as("%s", data).isEmpty();
        }
    }

    @Test
    void agreesWithRecognisingTheHeaderOnRowsMixingHeaderTextsAndValues() {
        // given: rows drawn from header texts (with units, colons, line breaks), data texts, numbers and dates
        Object[] values = {"Case reference", "N° affaire", "Referencia", "Date of seizure", "Fecha", "Date de saisie",
                "Commodity", "Marchandise", "Mercancía", "Quantity", "Quantité (kg)", "Cantidad - kg", "Qty [m3]",
                "Unit", "Unité :", "Remarks", "Pays\nd'origine", "FR-1", "ivory", "kg", "Total", "Quantity unknown",
                "Date", "  ", "\u200B", 3, 12.5, LocalDate.of(2019, 6, 4), RawCell.text(0, "Commodity")};
        Random random = new Random(7);
        int headers = 0;
        for (int n = 0; n < 5_000; n++) {
            List<Object> cells = new ArrayList<>();
            int count = random.nextInt(9);
            for (int k = 0; k < count; k++) {
                Object value = values[random.nextInt(values.length)];
                cells.add(value instanceof RawCell cell ? cell.spreadTo(k) : value);
            }
            RawRow candidate = row(2, cells.toArray());
            // when
            boolean named = HeaderRow.namesRequiredFields(candidate, SYNONYMS);
            // then
            assertThat(named).as("%s", candidate).isEqualTo(HeaderRow.recognise(candidate, SYNONYMS).isPresent());
            headers += named ? 1 : 0;
        }
        assertThat(headers).as("some rows are headers").isGreaterThan(50);
    }
}
