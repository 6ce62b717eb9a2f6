package dev.productscope.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.CatalogInfo;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Catalogs without a window: the list, its order, and what OK does with good and broken files. */
class CatalogsDialogModelTest {

    @TempDir
    Path folder;
    private Preferences preferences;
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());
        editor = new EditorViewModel(BundledExamples.defaultExample().load(),
                new RecentFiles(preferences.node("recent")), CatalogReader.bundled(),
                new UserCatalogs(preferences.node("catalogs")));
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private Path catalog(String name, String id, String title, String body) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, """
                {
                  "format": "productscope-catalog",
                  "version": 1,
                  "id": "%s",
                  "catalogVersion": "3",
                  "title": "%s",
                %s
                }
                """.formatted(id, title, body), StandardCharsets.UTF_8);
        return file;
    }

    private Path reference(String name, String id, String title) throws Exception {
        return catalog(name, id, title, """
                  "references": [
                    { "id": "%s-rules", "shortName": "%s", "title": "%s rules", "publisher": "%s" }
                  ]""".formatted(id, title, title, title));
    }

    @Test
    void theBundledCatalogComesFirstAndStays() {
        CatalogsDialogModel model = new CatalogsDialogModel(editor);

        assertThat(model.entries()).hasSize(1);
        CatalogsDialogModel.Entry bundled = model.entries().get(0);
        assertThat(bundled.origin()).isEqualTo("bundled");
        assertThat(bundled.title()).isEqualTo(CatalogReader.bundled().layers().get(0).title());
        assertThat(model.canRemove(bundled)).isFalse();
        assertThat(model.canMoveUp(bundled)).isFalse();
        assertThat(model.canMoveDown(bundled)).isFalse();
        model.remove(bundled);
        assertThat(model.entries()).containsExactly(bundled);
    }

    @Test
    void aBrokenFileKeepsTheOldCatalogsAndSaysWhereItIsWrong() throws Exception {
        Path broken = catalog("broken.json", "acme", "Acme additions", """
                  "colour": "red",
                  "rules": [
                    { "id": "acme-apps", "scope": "component", "when": { "kinds": ["mobile-app"] },
                      "references": ["no-such-standard"], "why": "Because.",
                      "source": { "document": "cswp-33", "section": "Remote Backends" } }
                  ]""");
        Catalog before = editor.getCatalog();
        CatalogsDialogModel model = new CatalogsDialogModel(editor);

        CatalogsDialogModel.Entry entry = model.add(broken);
        assertThat(entry.title()).isEqualTo("broken.json (not read)");
        assertThat(model.problems()).as("shown as soon as the file is added").isNotEmpty();

        assertThat(model.apply()).isFalse();
        assertThat(editor.getCatalog()).isSameAs(before);
        assertThat(editor.userCatalogFiles()).isEmpty();
        assertThat(model.problems()).hasSize(2);
        assertThat(model.problems().get(0)).startsWith(broken + ":7:").contains(": $.colour: ");
        assertThat(model.problems().get(1)).startsWith(broken + ":10:").contains(": $.rules[0].references[0]: ")
                .contains("unknown reference 'no-such-standard'");
        assertThat(model.problemsText().get()).startsWith("The catalogs in force stay as they were: 2 problems")
                .contains(model.problems().get(0) + "\n\n" + model.problems().get(1));

        model.remove(entry);
        assertThat(model.problems()).isEmpty();
        assertThat(model.problemsText().get()).isEmpty();
        assertThat(model.apply()).isTrue();
    }

    @Test
    void aGoodFileAddsALayerAndIsRememberedForNextTime() throws Exception {
        Path acme = reference("acme.json", "acme", "Acme additions");
        CatalogsDialogModel model = new CatalogsDialogModel(editor);

        CatalogsDialogModel.Entry entry = model.add(acme);
        assertThat(entry.title()).isEqualTo("Acme additions");
        assertThat(entry.id()).isEqualTo("acme");
        assertThat(entry.version()).isEqualTo("3");
        assertThat(entry.origin()).isEqualTo(acme.toAbsolutePath().normalize().toString());
        assertThat(model.add(acme)).as("a file is listed once").isSameAs(entry);
        assertThat(model.entries()).hasSize(2);

        assertThat(model.apply()).isTrue();
        assertThat(model.problems()).isEmpty();
        assertThat(editor.getCatalog().layers()).extracting(CatalogInfo::id)
                .containsExactly(CatalogReader.bundled().layers().get(0).id(), "acme");
        assertThat(editor.getCatalog().reference("acme-rules")).isPresent();
        assertThat(new UserCatalogs(preferences.node("catalogs")).list())
                .containsExactly(acme.toAbsolutePath().normalize());

        CatalogsDialogModel reopened = new CatalogsDialogModel(editor);
        assertThat(reopened.entries()).extracting(CatalogsDialogModel.Entry::title)
                .containsExactly(CatalogReader.bundled().layers().get(0).title(), "Acme additions");
        reopened.remove(reopened.entries().get(1));
        assertThat(reopened.apply()).isTrue();
        assertThat(editor.getCatalog().layers()).hasSize(1);
        assertThat(editor.userCatalogFiles()).isEmpty();
    }

    @Test
    void userCatalogsMoveUpAndDownBelowTheBundledOne() throws Exception {
        Path acme = reference("acme.json", "acme", "Acme additions");
        Path globex = reference("globex.json", "globex", "Globex additions");
        CatalogsDialogModel model = new CatalogsDialogModel(editor);
        CatalogsDialogModel.Entry first = model.add(acme);
        CatalogsDialogModel.Entry second = model.add(globex);

        assertThat(model.canMoveUp(first)).isFalse();
        assertThat(model.canMoveDown(second)).isFalse();
        model.moveUp(second);
        assertThat(model.files()).containsExactly(globex.toAbsolutePath().normalize(),
                acme.toAbsolutePath().normalize());
        assertThat(model.apply()).isTrue();
        assertThat(editor.getCatalog().layers()).extracting(CatalogInfo::id).endsWith("globex", "acme");
        assertThat(editor.userCatalogFiles()).isEqualTo(List.of(globex.toAbsolutePath().normalize(),
                acme.toAbsolutePath().normalize()));

        model.moveDown(model.entries().get(1));
        assertThat(model.entries()).extracting(CatalogsDialogModel.Entry::id).containsExactly(
                CatalogReader.bundled().layers().get(0).id(), "acme", "globex");
    }

    @Test
    void aFileLeftOutAtStartIsListedAsNotRead() throws Exception {
        Path missing = folder.resolve("gone.json");
        new UserCatalogs(preferences.node("catalogs")).set(List.of(missing));

        CatalogsDialogModel model = new CatalogsDialogModel(editor);

        assertThat(model.entries()).hasSize(2);
        assertThat(model.entries().get(1).title()).isEqualTo("gone.json (not read)");
        assertThat(model.apply()).isFalse();
        assertThat(model.problems()).singleElement().asString().contains("the catalog file does not exist");
    }
}
