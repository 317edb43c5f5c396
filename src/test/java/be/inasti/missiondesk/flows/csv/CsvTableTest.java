package be.inasti.missiondesk.flows.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.inasti.missiondesk.domain.flow.BadFileException;
import be.inasti.missiondesk.domain.flow.LineProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    static final List<String> COLUMNS = List.of("nom", "resume");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Small bounds, so that files past them are quick to write. */
    static final Bounds SMALL = new Bounds(20, 10);

    @TempDir
    Path folder;

    /** A table as read, with the rows and problems it handed over in the file's order. */
    record Read(CsvTable table, List<Row> rows, List<LineProblem> problems) {
    }

    Read read(byte[] bytes, Bounds bounds) throws IOException {
        Path file = Files.write(folder.resolve("flow.csv"), bytes);
        List<Row> rows = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        CsvTable table = CsvTable.read(file, COLUMNS, bounds, rows::add, problems::add);
        return new Read(table, rows, problems);
    }

    Read read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), Bounds.DEFAULT);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Test
    void quotedFieldsKeepSeparatorsDoubledQuotesAndLineBreaksAndLinesAreCountedAsAnEditorShowsThem() throws Exception {
        Read read = read("Nom;Résumé\r\n\"Dupont; Marie\";\"Elle a dit \"\"oui\"\"\r\nsur deux lignes\"\r\n"
                + "Jean Maes;court\r\n");

        assertThat(read.table().separator()).isEqualTo(';');
        assertThat(read.rows()).hasSize(2);
        assertThat(read.rows().get(0).get("nom")).isEqualTo("Dupont; Marie");
        assertThat(read.rows().get(0).get("resume")).isEqualTo("Elle a dit \"oui\"\r\nsur deux lignes");
        assertThat(read.rows().get(1).line()).isEqualTo(4);
        assertThat(read.table().lastLine()).isEqualTo(4);
    }

    @Test
    void theSeparatorIsTheOneTheHeaderUsesAndExcelsSepHintWins() throws Exception {
        assertThat(read("nom,resume\nA,b\n").table().separator()).isEqualTo(',');
        Read hinted = read("sep=,\nnom,resume\n\"A; B\",b\n");
        assertThat(hinted.table().separator()).isEqualTo(',');
        assertThat(hinted.rows().getFirst().line()).isEqualTo(3);
        assertThat(hinted.rows().getFirst().get("nom")).isEqualTo("A; B");
    }

    @Test
    void badLinesAreNamedWithTheirLineAndReasonAndTheOthersKept() throws Exception {
        Read read = read("nom;resume\nA;b\nA;b\nB;c;d\nC;e;;\n;;\nD;\"jamais fermé\n");

        assertThat(read.rows()).extracting(Row::line).containsExactly(2, 5);
        assertThat(read.problems()).extracting(LineProblem::describe).containsExactly(
                "line 3: duplicate of line 2",
                "line 4: expected 2 columns separated by ';', found 3",
                "line 7: a quote (\") opened on this line is never closed");
        assertThat(read.table().lastLine()).isEqualTo(7);
    }

    @Test
    void windows1252IsReadWhenTheFileIsNotUtf8() throws Exception {
        Read read = read("nom;resume\nLéa Lefèvre;reçu\n".getBytes(WINDOWS_1252), Bounds.DEFAULT);

        assertThat(read.table().encoding()).isEqualTo("windows-1252");
        assertThat(read.rows().getFirst().get("nom")).isEqualTo("Léa Lefèvre");
    }

    /** The encoding is found on the whole file, not on a first block of it. */
    @Test
    void theFirstAccentSettlesTheEncodingWhereverItIs() throws Exception {
        byte[] ascii = "nom;resume\n".concat("Jean Maes;rien a signaler\n".repeat(5_000))
                .getBytes(StandardCharsets.US_ASCII);

        Read latin = read(concat(ascii, "Hélène;ko\n".getBytes(WINDOWS_1252)), Bounds.DEFAULT);
        Read utf8 = read(concat(ascii, "Hélène;ok\n".getBytes(StandardCharsets.UTF_8)), Bounds.DEFAULT);

        assertThat(ascii.length).isGreaterThan(100_000);
        assertThat(latin.table().encoding()).isEqualTo("windows-1252");
        assertThat(latin.rows().getLast().get("nom")).isEqualTo("Hélène");
        assertThat(utf8.table().encoding()).isEqualTo("UTF-8");
        assertThat(utf8.rows().getLast().get("nom")).isEqualTo("Hélène");
    }

    @Test
    void aLatin1LineInAUtf8FileIsAWrongEncodingNotAMangledName() throws Exception {
        byte[] bytes = concat("nom;resume\nLéa;ok\n".getBytes(StandardCharsets.UTF_8),
                "Hélène;ko\n".getBytes(WINDOWS_1252));

        Read read = read(bytes, Bounds.DEFAULT);

        assertThat(read.rows()).extracting(r -> r.get("nom")).containsExactly("Léa");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("nom");
            assertThat(p.reason().inEnglish()).startsWith("wrong encoding");
        });
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheHeaderButIsPartOfTheHash() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Nom;Résumé\nÉmile;reçu\n".getBytes(StandardCharsets.UTF_8));

        Read read = read(bytes, Bounds.DEFAULT);

        assertThat(read.table().encoding()).isEqualTo("UTF-8");
        assertThat(read.table().header()).containsExactly("nom", "resume");
        assertThat(read.rows().getFirst().get("nom")).isEqualTo("Émile");
        assertThat(read.table().hash())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    @Test
    void aMissingColumnIsNamedAndUtf16IsRefused() {
        assertThatThrownBy(() -> read("nom;remarque\nA;b\n")).isInstanceOf(BadFileException.class)
                .hasMessage("missing column resume in the header (line 1, separated by ';'): nom, remarque");
        assertThatThrownBy(() -> read("nom;resume\n".getBytes(StandardCharsets.UTF_16LE), Bounds.DEFAULT))
                .isInstanceOf(BadFileException.class);
        assertThatThrownBy(() -> read(new byte[] {(byte) 0xFF, (byte) 0xFE, 'n', 0}, Bounds.DEFAULT))
                .hasMessageContaining("UTF-16");
    }

    @Test
    void aLineAsLongAsTheBoundIsReadAndALongerOneRefusesTheFileNamingIt() throws Exception {
        String twenty = "Jean Maes;" + "x".repeat(10);

        assertThat(read(("nom;resume\n" + twenty + "\n").getBytes(StandardCharsets.UTF_8), SMALL).rows())
                .extracting(r -> r.get("resume")).containsExactly("x".repeat(10));
        assertThatThrownBy(() -> read(("nom;resume\nA;b\n" + twenty + "y\nB;c\n").getBytes(StandardCharsets.UTF_8),
                SMALL)).isInstanceOf(BadFileException.class)
                .hasMessage("line 3 is longer than 20 characters (a quote opened on it may never be closed): "
                        + "nothing was imported");
    }

    /** A quote never closed would otherwise hold the rest of the file in one field. */
    @Test
    void aQuoteOpenedAndNeverClosedBeforeTheEndOfALargeFileIsALineTooLong() {
        byte[] bytes = ("nom;resume\nA;b\nB;\"jamais fermé\n" + "C;d\n".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(bytes, Bounds.DEFAULT)).isInstanceOf(BadFileException.class)
                .hasMessageStartingWith("line 3 is longer than 65536 characters");
    }

    @Test
    void aFileWithMoreLinesThanTheBoundIsRefusedWhateverTheyHold() throws Exception {
        String ten = "nom;resume\n" + "A;%d\n".repeat(9);

        assertThat(read(ten.formatted(2, 3, 4, 5, 6, 7, 8, 9, 10).getBytes(StandardCharsets.UTF_8), SMALL).rows())
                .hasSize(9);
        assertThatThrownBy(() -> read((ten.formatted(2, 3, 4, 5, 6, 7, 8, 9, 10) + "A;11\n")
                .getBytes(StandardCharsets.UTF_8), SMALL)).isInstanceOf(BadFileException.class)
                .hasMessage("the file has more than 10 lines: split it into several files; nothing was imported");
        assertThatThrownBy(() -> read((ten.formatted(2, 3, 4, 5, 6, 7, 8, 9, 10) + "\n".repeat(1_000))
                .getBytes(StandardCharsets.UTF_8), SMALL)).hasMessageStartingWith("the file has more than 10 lines");
    }

    @Test
    void aFolderOrAQuoteLeftOpenInTheHeaderIsRefused() throws Exception {
        Path notAFile = Files.createDirectory(folder.resolve("dossier.csv"));

        assertThatThrownBy(() -> CsvTable.read(notAFile, COLUMNS, Bounds.DEFAULT, r -> { }, p -> { }))
                .isInstanceOf(BadFileException.class).hasMessageContaining("is not a regular file");
        assertThatThrownBy(() -> read("nom;\"resume\n")).isInstanceOf(BadFileException.class)
                .hasMessage("a quote (\") opened in the header (line 1) is never closed: nothing was imported");
        assertThatThrownBy(() -> read("\n;;\n")).hasMessage("the file is empty: it has no header line");
    }

    @Test
    void theHeaderAloneIsReadToTellAFilesFlow() throws Exception {
        Path file = Files.write(folder.resolve("flow.csv"), ("Nom;Résumé\n" + "x".repeat(100) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(CsvTable.headerOf(file, SMALL)).containsExactly("nom", "resume");
    }
}
