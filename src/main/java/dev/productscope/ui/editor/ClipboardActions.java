package dev.productscope.ui.editor;

import dev.productscope.edit.DeleteElements;
import dev.productscope.edit.Fragment;
import dev.productscope.edit.PasteElements;
import java.util.ArrayList;
import java.util.Set;

/** Cut, copy, paste and duplicate of the editor's selection; each paste lands a little further along. */
public final class ClipboardActions {

    private final EditorViewModel editor;
    private Fragment clipboard;
    private int pasteCount;

    ClipboardActions(EditorViewModel editor) {
        this.editor = editor;
    }

    public void copy() {
        if (!editor.selection().isEmpty()) {
            clipboard = Fragment.of(editor.getModel(), Set.copyOf(editor.selection()));
            pasteCount = 0;
            editor.showMessage("Copied " + clipboard.size() + (clipboard.size() == 1 ? " item" : " items"));
        }
    }

    public void cut() {
        if (!editor.selection().isEmpty()) {
            copy();
            pasteCount = -1;
            editor.execute(new DeleteElements(new ArrayList<>(editor.selection())));
        }
    }

    public boolean canPaste() {
        return clipboard != null && !clipboard.isEmpty();
    }

    public void paste() {
        if (canPaste()) {
            pasteCount++;
            double offset = 20.0 * pasteCount;
            insert(PasteElements.of(editor.getModel(), clipboard, offset, offset, "Paste"));
        }
    }

    public void duplicate() {
        if (!editor.selection().isEmpty()) {
            Fragment fragment = Fragment.of(editor.getModel(), Set.copyOf(editor.selection()));
            insert(PasteElements.of(editor.getModel(), fragment, 20, 20, "Duplicate"));
        }
    }

    private void insert(PasteElements.Paste paste) {
        if (editor.execute(paste.command())) {
            editor.selection().clear();
            editor.selection().addAll(paste.newIds());
        }
    }
}
