package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderSynonymsTests {

    private static final HeaderSynonyms SYNONYMS = HeaderSynonyms.fromClasspath();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Case reference|CASE_REF",
            "CASE REFERENCE|CASE_REF",
            "Date of seizure|SEIZURE_DATE",
            "DATE OF SEIZURE|SEIZURE_DATE",
            "Description of goods :|COMMODITY",
            "Quantity:|QUANTITY",
            "  Unit   of   measure |UNIT",
            "\u200BCommodity\u00A0|COMMODITY",
            "Référence du cas|CASE_REF",
            "REFERENCE DU CAS|CASE_REF",
            "Fecha de incautación|SEIZURE_DATE",
            "MÉTODO DE DETECCIÓN|DETECTION_METHOD",
            "Pays d'origine|ORIGIN_COUNTRY",
            "Code SH|HS_CODE"})
    void matchesHeadersWhateverTheirCaseAccentsColonsAndSpaces(String header, Field field) {
        assertThat(SYNONYMS.field(header)).contains(field);
    }

    @Test
    void matchesHeadersBrokenOverLines() {
        assertThat(SYNONYMS.field("Date of\nseizure")).contains(Field.SEIZURE_DATE);
        assertThat(SYNONYMS.field("Quantité\r\nsaisie")).contains(Field.QUANTITY);
        assertThat(SYNONYMS.field("Pays\nd'origine")).contains(Field.ORIGIN_COUNTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N° affaire", "Nº affaire", "No. affaire", "No affaire", "N° AFFAIRE :", "Nr affaire"})
    void readsTheNumberSignsAlike(String header) {
        assertThat(SYNONYMS.field(header)).contains(Field.CASE_REF);
    }

    @Test
    void matchesTheSpanishNumberSignHeader() {
        assertThat(SYNONYMS.field("N° de caso :")).contains(Field.CASE_REF);
        assertThat(SYNONYMS.field("No. de caso")).contains(Field.CASE_REF);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Quantity (kg)|kg",
            "Quantité (tonnes)|tonnes",
            "Qty [m3]|m3",
            "Cantidad - kg|kg",
            "QUANTITY SEIZED (KG) :|KG",
            "Quantity in m³|m³"})
    void extractsTheUnitFromAQuantityHeader(String header, String unit) {
        assertThat(SYNONYMS.field(header)).contains(Field.QUANTITY);
        assertThat(SYNONYMS.unitInHeader(header)).contains(unit);
    }

    @Test
    void extractsTheUnitFromAQuantityHeaderBrokenOverLines() {
        assertThat(SYNONYMS.unitInHeader("Quantity\n(pcs)")).contains("pcs");
        assertThat(SYNONYMS.unitInHeader("Cantidad\nincautada\n[kg]")).contains("kg");
    }

    @Test
    void findsNoUnitInAPlainQuantityHeader() {
        assertThat(SYNONYMS.match("Quantity seized").orElseThrow().unit()).isNull();
    }

    @Test
    void takesNoUnitFromOtherHeadersWithParentheses() {
        HeaderSynonyms.HeaderMatch match = SYNONYMS.match("Date of seizure (dd/mm/yyyy)").orElseThrow();

        assertThat(match.field()).isEqualTo(Field.SEIZURE_DATE);
        assertThat(match.unit()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Officer", "Internal code", "Weight (kg)", "", "   ", "Total"})
    void knowsNoFieldForOtherHeaders(String header) {
        assertThat(SYNONYMS.field(header)).isEmpty();
    }

    @Test
    void readsItsOwnCsvFormat() throws Exception {
        HeaderSynonyms synonyms = HeaderSynonyms.fromCsv(new StringReader(
                "field,language,name\ncase_ref,en,Dossier\nquantity,en,\"Weight, net\"\n"));

        assertThat(synonyms.field("DOSSIER")).contains(Field.CASE_REF);
        assertThat(synonyms.field("weight net")).contains(Field.QUANTITY);
        assertThat(synonyms.field("Case reference")).isEmpty();
    }

    @Test
    void givesAFewAcceptedNamesPerField() {
        assertThat(SYNONYMS.examples(Field.CASE_REF, 2)).containsExactly("Case reference", "Case ref");
    }
}
