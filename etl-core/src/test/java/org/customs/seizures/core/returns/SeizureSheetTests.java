package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customs.seizures.core.returns.InMemoryWorkbook.row;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.customs.seizures.core.returns.RecordingListener.Skip;
import org.customs.seizures.core.workbook.RawRow;
import org.junit.jupiter.api.Test;

class SeizureSheetTests {

    private static final HeaderSynonyms SYNONYMS = HeaderSynonyms.fromClasspath();

    private final RecordingListener listener = new RecordingListener();

    private void read(RawRow... rows) {
        SeizureSheet sheet = new SeizureSheet("Seizures", SYNONYMS, '.', text -> Optional.empty(), listener);
        Stream.of(rows).forEach(sheet);
    }

    @Test
    void skipsARepeatedHeaderInAnotherOrderLanguageAndWithAUnitInTheQuantityHeader() {
        // given
        RawRow header = row(1, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit");
        // when
        read(header,
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"),
                row(3, "UNITÉ", "QUANTITÉ SAISIE (kg)", "N° AFFAIRE", "DÉSIGNATION", "DATE DE SAISIE"),
                row(4, "FR-2", LocalDate.of(2019, 6, 5), "ivory", 4, "kg"),
                row(5, "Cantidad - kg", "Fecha de incautación", "Mercancía", "N° de caso :"),
                row(6, "Case\nref", "Date of\nseizure", "Commodity", "Quantity (kg)", "Unit", "Remarks"),
                row(7, "FR-3", LocalDate.of(2019, 6, 6), "ivory", 5, "kg"));
        // then
        assertThat(listener.lineRows()).containsExactly(2, 4, 7);
        assertThat(listener.skips).containsExactly(new Skip("Seizures", 3, SkipReason.HEADER_REPEAT),
                new Skip("Seizures", 5, SkipReason.HEADER_REPEAT), new Skip("Seizures", 6, SkipReason.HEADER_REPEAT));
    }

    @Test
    void keepsADataRowWhoseTextsLookAlmostLikeHeaders() {
        // when
        read(row(1, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit", "Remarks"),
                row(2, "Case 12", "Date unknown", "Commodity: ivory", 3, "Unit kg", "Quantity estimated"),
                row(3, "Case reference", "Date of seizure", "Commodity", 4, "kg", "Remarks"),
                row(4, "N° affaire 7", LocalDate.of(2019, 6, 4), "Description", 5, "Unité", "Quantité"));
        // then
        assertThat(listener.lineRows()).containsExactly(2, 3, 4);
        assertThat(listener.skips).isEmpty();
    }

    @Test
    void skipsATotalGeneralRowAmongLinesAndChecksIt() {
        // when
        read(row(1, "Réf. saisie", "Date de saisie", "Marchandise", "Quantité", "Unité"),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivoire", 3, "kg"),
                row(3, "FR-2", LocalDate.of(2019, 6, 5), "ivoire", 4, "kg"),
                row(4, "Total général", null, null, 8, "kg"),
                row(5, "FR-3", LocalDate.of(2019, 6, 6), "ivoire", 5, "kg"));
        // then
        assertThat(listener.lineRows()).containsExactly(2, 3, 5);
        assertThat(listener.skips).containsExactly(new Skip("Seizures", 4, SkipReason.TOTALS));
        assertThat(listener.warnings).extracting(RecordingListener.Warning::code).containsExactly("TOTALS_MISMATCH");
    }
}
