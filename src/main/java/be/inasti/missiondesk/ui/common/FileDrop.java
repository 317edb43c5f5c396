package be.inasti.missiondesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** Files dragged from the desktop onto a node: the node accepts any file and hands the paths over on drop. */
public final class FileDrop {
    private FileDrop() {
    }

    /** {@code onDrop} says whether it took the files, which tells the desktop whether the drop completed. */
    public static void accept(Node target, Predicate<List<Path>> onDrop) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean hasFiles = e.getDragboard().hasFiles();
            e.setDropCompleted(hasFiles && onDrop.test(e.getDragboard().getFiles().stream().map(File::toPath)
                    .toList()));
            e.consume();
        });
    }
}
