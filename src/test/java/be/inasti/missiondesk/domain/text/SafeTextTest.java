package be.inasti.missiondesk.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for text handed to spreadsheets and terminals. */
class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "\n=1", "  =1", " \t+1", "=",
        "-cmd|' /C calc'!A0"})
    void aCellThatWouldRunIsKeptAsText(String cell) {
        String field = SafeText.csvField(cell, ';');

        assertThat(field).startsWith(field.startsWith("\"") ? "\"'" : "'").contains(cell.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "-12.5", "-0,75", "42", "Marie Dupont", "CNH 4-01", "2026-11-23", "a=b", ""})
    void numbersAndPlainTextAreLeftAsTheyAre(String cell) {
        assertThat(SafeText.csvField(cell, ';')).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a;b|\"a;b\"", "say \"hi\"|\"say \"\"hi\"\"\"", "=a;b|\"'=a;b\""})
    void aFieldWithTheSeparatorOrAQuoteIsQuoted(String cell, String field) {
        assertThat(SafeText.csvField(cell, ';')).isEqualTo(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[31mred", "bell\u0007", "csi\u009b31m", "del\u007f", "nul\u0000"})
    void controlCharactersNeverReachAFileOrATerminal(String text) {
        assertThat(SafeText.csvField(text, ',')).doesNotContainPattern("\\p{Cc}");
        assertThat(SafeText.printable(text)).doesNotContainPattern("\\p{Cc}").contains("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "tab\there"})
    void aPrintedLineStaysOneLineAndACsvCellKeepsItsLineBreaksAndTabs(String text) {
        assertThat(SafeText.printable(text)).doesNotContain("\n", "\t");
        assertThat(SafeText.csvField(text, ',')).contains(text);
    }
}
