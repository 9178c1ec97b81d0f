package org.customs.seizures.jobs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.customs.seizures.reports.feedback.FeedbackLanguage;
import org.junit.jupiter.api.Test;

class ReturnLanguageTests {

    private final ReturnLanguage languages = ReturnLanguage.fromClasspath();

    @Test
    void tellsFrenchFromFrenchHeadersWithUnitsAndAccentsAsTyped() {
        // given
        ReturnLanguage.Tally tally = languages.tally();

        // when
        tally.see("N° AFFAIRE");
        tally.see("Date de saisie");
        tally.see("Quantité (kg)");
        tally.see("Case reference");

        // then
        assertThat(tally.language()).isEqualTo(FeedbackLanguage.FRENCH);
    }

    @Test
    void tellsSpanishFromCoverLabelsAndSheetNames() {
        // given
        ReturnLanguage.Tally tally = languages.tally();

        // when
        tally.see("Portada");
        tally.see("País declarante");
        tally.see("Incautaciones");

        // then
        assertThat(tally.language()).isEqualTo(FeedbackLanguage.SPANISH);
    }

    @Test
    void cannotTellWhenNoWordBelongsToOneLanguageOrTwoTie() throws Exception {
        // given: "Date" is English and French
        ReturnLanguage shared = ReturnLanguage.fromCsv(new StringReader(
                "field,language,name\nseizure_date,en,Date\nseizure_date,fr,Date\ncommodity,en,Goods\n"
                        + "commodity,es,Mercancía\n"));
        ReturnLanguage.Tally onlyShared = shared.tally();
        ReturnLanguage.Tally tie = shared.tally();

        // when
        onlyShared.see("Date");
        onlyShared.see("12.5");
        tie.see("Goods");
        tie.see("Mercancia");

        // then
        assertThat(onlyShared.language()).isNull();
        assertThat(tie.language()).isNull();
    }
}
