package org.customs.seizures.core.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeizureDatesTests {

    private static final LocalDate JUNE_4 = LocalDate.of(2019, 6, 4);

    private static DateResult.Read read(String text) {
        DateResult result = SeizureDates.fromText(text, false);
        assertThat(result).as(text).isInstanceOf(DateResult.Read.class);
        return (DateResult.Read) result;
    }

    private static String unreadable(DateResult result) {
        assertThat(result).isInstanceOf(DateResult.Unreadable.class);
        return ((DateResult.Unreadable) result).reason();
    }

    @Test
    void takesDateCellsAsTheReaderConvertedThem() {
        RawCell cell = RawCell.date(1, 43620.5, LocalDateTime.of(2019, 6, 4, 12, 0));
        assertThat(SeizureDates.read(cell, false)).isEqualTo(new DateResult.Read(JUNE_4, null));
    }

    @Test
    void readsNumberCellsAs1900Serials() {
        assertThat(SeizureDates.read(RawCell.number(1, 43620), false)).isEqualTo(new DateResult.Read(JUNE_4, null));
        assertThat(SeizureDates.read(RawCell.number(1, 43620.75), false))
                .as("the time of day is dropped").isEqualTo(new DateResult.Read(JUNE_4, null));
        assertThat(SeizureDates.read(RawCell.number(1, 18264), false))
                .isEqualTo(new DateResult.Read(LocalDate.of(1950, 1, 1), null));
    }

    @Test
    void readsNumberCellsAs1904SerialsWhenTheWorkbookSaysSo() {
        assertThat(SeizureDates.read(RawCell.number(1, 42158), true)).isEqualTo(new DateResult.Read(JUNE_4, null));
    }

    @Test
    void refusesTheSerialOfThePhantomLeapDay() {
        assertThat(unreadable(ExcelSerial.read(60, false, "60"))).contains("29 February 1900");
        assertThat(ExcelSerial.read(59, false, "59")).isInstanceOf(DateResult.Unreadable.class);
    }

    @Test
    void countsSerialsAroundThePhantomLeapDayLikeExcel() {
        // 1900 system below the plausible range: checked through the range message that names the date
        assertThat(unreadable(ExcelSerial.read(59, false, "59"))).contains("1900-02-28");
        assertThat(unreadable(ExcelSerial.read(61, false, "61"))).contains("1900-03-01");
        assertThat(unreadable(ExcelSerial.read(1, false, "1"))).contains("1900-01-01");
        assertThat(unreadable(ExcelSerial.read(0, true, "0"))).contains("1904-01-01");
    }

    @Test
    void refusesSerialsOutsideThePlausibleRange() {
        assertThat(unreadable(SeizureDates.read(RawCell.number(1, 2019), false)))
                .contains("'2019'").contains("1905-07-11");
        assertThat(SeizureDates.read(RawCell.number(1, 73051), false)).as("2100-01-01")
                .isInstanceOf(DateResult.Unreadable.class);
        assertThat(SeizureDates.read(RawCell.number(1, -5), false)).isInstanceOf(DateResult.Unreadable.class);
        assertThat(SeizureDates.read(RawCell.number(1, 1e12), false)).isInstanceOf(DateResult.Unreadable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2019-06-04", "2019/06/04", "2019.6.4",
            "04/06/2019", "4/6/2019", "04-06-2019", "4.6.2019", "04.06.2019",
            "04-Jun-2019", "04-JUN-2019", "4 June 2019", "4 Jun. 2019", "4th June 2019", "the 4th of June 2019",
            "4 juin 2019", "mardi 4 juin 2019", "4-juin-2019",
            "4 de junio de 2019", "martes, 4 de junio de 2019", "4 jun 2019",
            "June 4, 2019", "Jun 4 2019", "Tuesday, June 4, 2019", "2019 June 4"})
    void readsEveryTextForm(String text) {
        assertThat(read(text)).isEqualTo(new DateResult.Read(JUNE_4, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2019-06-04 13:45", "2019-06-04T10:00:00", "2019-06-04T10:00:00Z", "2019-06-04T10:00:00+02:00",
            "04/06/2019 10:00:00", "04/06/2019 10:00 PM", "4 June 2019 10:30", "4 juin 2019 10h30",
            "2019-06-04 10:00:00.000"})
    void dropsATimePart(String text) {
        assertThat(read(text).date()).isEqualTo(JUNE_4);
    }

    @Test
    void refusesAnImpossibleTime() {
        assertThat(unreadable(SeizureDates.fromText("2019-06-04 25:00", false))).contains("time");
    }

    @Test
    void readsMonthNamesInThreeLanguagesWithOrWithoutAccentsAndDots() {
        assertThat(read("1er févr. 2019").date()).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(read("1 fevr 2019").date()).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(read("15 sept. 2019").date()).isEqualTo(LocalDate.of(2019, 9, 15));
        assertThat(read("3 dic 2019").date()).isEqualTo(LocalDate.of(2019, 12, 3));
        assertThat(read("3 déc. 2019").date()).isEqualTo(LocalDate.of(2019, 12, 3));
        assertThat(read("15 août 2019").date()).isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(read("15 aout 2019").date()).isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(read("15 de agosto de 2019").date()).isEqualTo(LocalDate.of(2019, 8, 15));
        assertThat(read("2 ene 2020").date()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(read("2 MAYO 2020").date()).isEqualTo(LocalDate.of(2020, 5, 2));
        assertThat(read("20 setiembre 2020").date()).isEqualTo(LocalDate.of(2020, 9, 20));
    }

    @Test
    void readsSlashDatesDayFirst() {
        assertThat(read("03/04/2019").date()).isEqualTo(LocalDate.of(2019, 4, 3));
    }

    @Test
    void readsMonthFirstWhenDayFirstIsImpossibleAndSaysSo() {
        DateResult.Read slash = read("06/13/2019");
        assertThat(slash.date()).isEqualTo(LocalDate.of(2019, 6, 13));
        assertThat(slash.note()).contains("'06/13/2019'").contains("month first").contains("2019-06-13");
        assertThat(read("06-13-2019").date()).isEqualTo(LocalDate.of(2019, 6, 13));
    }

    @Test
    void neverReadsDottedDatesMonthFirst() {
        assertThat(SeizureDates.fromText("6.13.2019", false)).isInstanceOf(DateResult.Unreadable.class);
    }

    @Test
    void readsASerialTypedAsTextWithANote() {
        DateResult.Read read = read("43620");
        assertThat(read.date()).isEqualTo(JUNE_4);
        assertThat(read.note()).contains("serial");
        assertThat(((DateResult.Read) SeizureDates.fromText("42158", true)).date()).isEqualTo(JUNE_4);
    }

    @Test
    void refusesTwoDigitYears() {
        assertThat(unreadable(SeizureDates.fromText("04/06/19", false))).contains("'19'").contains("four digits");
        assertThat(SeizureDates.fromText("04-Jun-19", false)).isInstanceOf(DateResult.Unreadable.class);
        assertThat(SeizureDates.fromText("June 4, 19", false)).isInstanceOf(DateResult.Unreadable.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "31/02/2019", "13/13/2019", "00/06/2019", "2019-13-01", "June 2019", "4 Junk 2019", "yesterday",
            "4 June", "04/06", "4 June 2019 June", "2019-06", "32 June 2019", "4/6-2019", "2019"})
    void refusesTextThatIsNoDate(String text) {
        assertThat(unreadable(SeizureDates.fromText(text, false))).contains("'" + text + "'");
    }

    @Test
    void refusesCellsThatHoldNoDate() {
        assertThat(SeizureDates.read(null, false)).isInstanceOf(DateResult.Unreadable.class);
        assertThat(SeizureDates.read(RawCell.text(1, " \u200B "), false)).isInstanceOf(DateResult.Unreadable.class);
        assertThat(unreadable(SeizureDates.read(RawCell.error(1, "#N/A"), false))).contains("#N/A");
        assertThat(SeizureDates.read(new RawCell(1, CellKind.BOOLEAN, "TRUE", 0, null, false, false), false))
                .isInstanceOf(DateResult.Unreadable.class);
    }

    @Test
    void cleansInvisibleCharactersAroundTextDates() {
        assertThat(read("\u00A0 2019-06-04\u200B ").date()).isEqualTo(JUNE_4);
    }
}
