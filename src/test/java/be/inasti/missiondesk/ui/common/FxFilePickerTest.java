package be.inasti.missiondesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file dialog says what it is for, in the window's language, for every kind of file the window reads or writes. */
class FxFilePickerTest {

    @Test
    void everyKindOfFileHasAnOpenAndASaveTitleInEachLanguageAndNoTwoAreTheSame() {
        for (Locale language : Messages.LANGUAGES) {
            Set<String> titles = new HashSet<>();
            for (FileKind kind : FileKind.values()) {
                titles.add(FxFilePicker.title(kind, "file.open", language));
                titles.add(FxFilePicker.title(kind, "file.save", language));
            }
            assertThat(titles).as(language.toString()).hasSize(2 * FileKind.values().length)
                    .noneMatch(t -> t.startsWith("file."));
        }
    }

    @Test
    void theBatchDialogsTitleIsInDutchForADutchWindow() {
        assertThat(FxFilePicker.title(FileKind.BATCH, "file.open", Locale.of("nl")))
                .isEqualTo("Kies de te importeren batch");
    }
}
