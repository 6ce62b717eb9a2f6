package dev.productscope.ui.editor;

/** Makes the controllers of the panels the editor window includes (analysis, findings, checklist, activities). */
final class PanelControllers {

    private PanelControllers() {
    }

    /** Each panel's controller takes the view model it shows, through a public constructor. */
    static Object create(Class<?> type, EditorViewModel viewModel) {
        try {
            return type.getDeclaredConstructor(EditorViewModel.class).newInstance(viewModel);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("panel controller " + type.getName() + " needs a constructor that takes"
                    + " the EditorViewModel", e);
        }
    }
}
