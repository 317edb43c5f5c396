package be.inasti.missiondesk.flows.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.LineProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
    static final List<String> COLUMNS = List.of("nom", "resume");

    static CsvTable read(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), COLUMNS);
    }

    @Test
    void quotedFieldsKeepSeparatorsDoubledQuotesAndLineBreaksAndLinesAreCountedAsAnEditorShowsThem() {
        CsvTable table = read("Nom;Résumé\r\n\"Dupont; Marie\";\"Elle a dit \"\"oui\"\"\r\nsur deux lignes\"\r\n"
                + "Jean Maes;court\r\n");

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).get("nom")).isEqualTo("Dupont; Marie");
        assertThat(table.rows().get(0).get("resume")).isEqualTo("Elle a dit \"oui\"\r\nsur deux lignes");
        assertThat(table.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesAndExcelsSepHintWins() {
        assertThat(read("nom,resume\nA,b\n").separator()).isEqualTo(',');
        CsvTable hinted = read("sep=,\nnom,resume\n\"A; B\",b\n");
        assertThat(hinted.separator()).isEqualTo(',');
        assertThat(hinted.rows().getFirst().line()).isEqualTo(3);
        assertThat(hinted.rows().getFirst().get("nom")).isEqualTo("A; B");
    }

    @Test
    void badLinesAreNamedWithTheirLineAndReasonAndTheOthersKept() {
        CsvTable table = read("nom;resume\nA;b\nA;b\nB;c;d\nC;e;;\nD;\"jamais fermé\n");

        assertThat(table.rows()).extracting(Row::line).containsExactly(2, 5);
        assertThat(table.problems()).extracting(LineProblem::describe).containsExactly(
                "line 3: duplicate of line 2",
                "line 4: expected 2 columns separated by ';', found 3",
                "line 6: a quote (\") opened on this line is never closed");
    }

    @Test
    void windows1252IsReadWhenTheFileIsNotUtf8() {
        byte[] bytes = "nom;resume\nLéa Lefèvre;reçu\n".getBytes(Charset.forName("windows-1252"));

        CsvTable table = CsvTable.read(bytes, COLUMNS);

        assertThat(table.encoding()).isEqualTo("windows-1252");
        assertThat(table.rows().getFirst().get("nom")).isEqualTo("Léa Lefèvre");
    }

    @Test
    void aLatin1LineInAUtf8FileIsAWrongEncodingNotAMangledName() {
        byte[] head = "nom;resume\nLéa;ok\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "Hélène;ko\n".getBytes(Charset.forName("windows-1252"));
        byte[] bytes = new byte[head.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);

        CsvTable table = CsvTable.read(bytes, COLUMNS);

        assertThat(table.rows()).extracting(r -> r.get("nom")).containsExactly("Léa");
        assertThat(table.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("nom");
            assertThat(p.reason().inEnglish()).startsWith("wrong encoding");
        });
    }

    @Test
    void aMissingColumnIsNamedAndUtf16IsRefused() {
        assertThatThrownBy(() -> read("nom;remarque\nA;b\n")).isInstanceOf(BadFileException.class)
                .hasMessage("missing column resume in the header (line 1, separated by ';'): nom, remarque");
        assertThatThrownBy(() -> CsvTable.read("nom;resume\n".getBytes(StandardCharsets.UTF_16LE), COLUMNS))
                .isInstanceOf(BadFileException.class);
        assertThatThrownBy(() -> CsvTable.read(new byte[] {(byte) 0xFF, (byte) 0xFE, 'n', 0}, COLUMNS))
                .hasMessageContaining("UTF-16");
    }
}
