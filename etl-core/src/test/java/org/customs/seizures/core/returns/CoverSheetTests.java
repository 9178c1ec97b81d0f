package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customs.seizures.core.returns.InMemoryWorkbook.row;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoverSheetTests {

    private static CoverFacts read(boolean uses1904Dates, RawRow... rows) {
        CoverSheet cover = new CoverSheet("Cover");
        for (RawRow r : rows) {
            cover.accept(r);
        }
        return cover.facts(uses1904Dates);
    }

    private static CoverFacts read(RawRow... rows) {
        return read(false, rows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cover", "METADATA", "Informations", "Couverture", "portada", "Datos generales",
            " Datos  Generales "})
    void recognisesCoverSheetNames(String name) {
        assertThat(CoverSheet.isCoverName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Seizures", "Instructions", "Lists", "Cover letter"})
    void doesNotTakeOtherSheetsForACover(String name) {
        assertThat(CoverSheet.isCoverName(name)).isFalse();
    }

    @Test
    void readsEnglishLabelsBelowATitle() {
        CoverFacts facts = read(
                row(1, "WCO — seizure return / déclaration de saisies"),
                row(3, "Reporting country", "KE"),
                row(4, "Reporting period:", "August 2018"),
                row(5, "Operation", "Thunderball"),
                row(6, "Version", 2),
                row(7, "Date of submission", LocalDate.of(2018, 9, 17)),
                row(8, "Nil return", "no"),
                row(9, "Contact", " Enforcement unit "));

        assertThat(facts.country().text()).isEqualTo("KE");
        assertThat(facts.month()).isEqualTo(YearMonth.of(2018, 8));
        assertThat(facts.operation().text()).isEqualTo("Thunderball");
        assertThat(facts.version()).isEqualTo(2);
        assertThat(facts.submittedOn()).isEqualTo(LocalDate.of(2018, 9, 17));
        assertThat(facts.nilDeclared()).isFalse();
        assertThat(facts.contact()).isEqualTo("Enforcement unit");
        assertThat(facts.decimalSeparator()).isEqualTo('.');
        assertThat(facts.notes()).isEmpty();
    }

    @Test
    void readsFrenchLabels() {
        CoverFacts facts = read(
                row(1, "Pays déclarant :", "France"),
                row(2, "PÉRIODE", "juin 2019"),
                row(3, "Opération", "Opération Thunderball"),
                row(4, "Révision", "v3"),
                row(5, "Date d'envoi", "04/07/2019"),
                row(6, "Déclaration néant", "oui"),
                row(7, "Séparateur décimal", ","),
                row(8, "Responsable", "Bureau LCF"));

        assertThat(facts.country().text()).isEqualTo("France");
        assertThat(facts.month()).isEqualTo(YearMonth.of(2019, 6));
        assertThat(facts.version()).isEqualTo(3);
        assertThat(facts.submittedOn()).isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(facts.nilDeclared()).isTrue();
        assertThat(facts.decimalSeparator()).isEqualTo(',');
        assertThat(facts.contact()).isEqualTo("Bureau LCF");
    }

    @Test
    void readsSpanishLabelsAnywhereOnTheSheet() {
        CoverFacts facts = read(
                row(2, null, null, "País declarante", "ES"),
                row(3, null, null, "Mes", "junio 2019"),
                row(4, null, null, "Fecha de envío", "4 de julio de 2019"),
                row(5, null, null, "Sin incautaciones", "sí"),
                row(6, null, null, "Separador decimal", "coma"));

        assertThat(facts.country().text()).isEqualTo("ES");
        assertThat(facts.month()).isEqualTo(YearMonth.of(2019, 6));
        assertThat(facts.submittedOn()).isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(facts.nilDeclared()).isTrue();
        assertThat(facts.decimalSeparator()).isEqualTo(',');
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2019-06", "06/2019", "6/2019", "June 2019", "juin 2019", "junio 2019", "junio de 2019", "Jun 2019",
            "2019-06-15", "15/06/2019", "15 June 2019", "15-Jun-2019", "2019-06-01T00:00:00"})
    void readsEveryPeriodStyle(String period) {
        assertThat(read(row(1, "Period", period)).month()).isEqualTo(YearMonth.of(2019, 6));
    }

    @Test
    void readsThePeriodFromADateCell() {
        assertThat(read(row(1, "Reporting period", LocalDate.of(2019, 6, 30))).month())
                .isEqualTo(YearMonth.of(2019, 6));
    }

    @Test
    void readsThePeriodFromASerialNumberInEitherDateSystem() {
        // 43617 is 2019-06-01 in the 1900 system and 2023-06-02 in the 1904 system
        assertThat(read(false, row(1, "Reporting period", 43617)).month()).isEqualTo(YearMonth.of(2019, 6));
        assertThat(read(true, row(1, "Reporting period", 43617)).month()).isEqualTo(YearMonth.of(2023, 6));
    }

    @Test
    void leavesAnUnreadablePeriodWithoutAMonth() {
        CoverFacts facts = read(row(1, "Reporting period", "second quarter"));

        assertThat(facts.period().text()).isEqualTo("second quarter");
        assertThat(facts.month()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"yes,true", "no,false", "Oui,true", "NON,false", "sí,true", "si,true", "true,true", "FALSE,false",
            "x,true"})
    void readsNilReturnAnswers(String answer, boolean nil) {
        assertThat(read(row(1, "Nil return", answer)).nilDeclared()).isEqualTo(nil);
    }

    @Test
    void readsABooleanCellAsNilReturn() {
        RawCell yes = new RawCell(1, CellKind.BOOLEAN, "TRUE", 0, null, false, false);

        assertThat(read(row(1, "Nil return", yes)).nilDeclared()).isTrue();
    }

    @Test
    void takesAnEmptyNilReturnAsNotNil() {
        assertThat(read(row(1, "Nil return")).nilDeclared()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {".|.", ",|,", "comma|,", "virgule|,", "Coma|,", "point|.", "punto|.",
            "' , '|,"})
    void readsTheDecimalSeparator(String written, char expected) {
        assertThat(read(row(1, "Decimal separator", written)).decimalSeparator()).isEqualTo(expected);
    }

    @Test
    void notesValuesItCannotReadAndLeavesThemOut() {
        CoverFacts facts = read(
                row(1, "Version", "latest"),
                row(2, "Date of submission", "soon"),
                row(3, "Nil return", "perhaps"),
                row(4, "Decimal separator", ";"));

        assertThat(facts.version()).isNull();
        assertThat(facts.submittedOn()).isNull();
        assertThat(facts.nilDeclared()).isFalse();
        assertThat(facts.decimalSeparator()).isEqualTo('.');
        assertThat(facts.notes()).extracting(CoverNote::code).containsExactly("COVER_VERSION_UNREADABLE",
                "COVER_DATE_UNREADABLE", "COVER_NIL_UNREADABLE", "COVER_DECIMAL_UNREADABLE");
        assertThat(facts.notes().get(0).message()).contains("'latest'", "B1", "'Cover'");
    }

    @Test
    void readsASubmissionDateTimeCell() {
        RawCell submitted = RawCell.date(1, 43652.5, LocalDateTime.of(2019, 7, 6, 12, 0));

        assertThat(read(row(1, "Submitted", submitted)).submittedOn()).isEqualTo(LocalDate.of(2019, 7, 6));
    }

    @Test
    void keepsTheFirstValueOfALabelGivenTwice() {
        CoverFacts facts = read(row(1, "Country", "FRA"), row(2, "Pays", "DEU"));

        assertThat(facts.country().text()).isEqualTo("FRA");
    }

    @Test
    void passesOverALabelMergedAcrossTwoCells() {
        RawCell label = RawCell.text(0, "Reporting country");
        CoverFacts facts = read(row(1, label, label.spreadTo(1), "Kenya"));

        assertThat(facts.country().text()).isEqualTo("Kenya");
    }
}
