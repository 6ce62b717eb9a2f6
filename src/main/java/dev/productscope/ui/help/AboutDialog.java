package dev.productscope.ui.help;

import dev.productscope.catalog.CatalogInfo;
import dev.productscope.ui.ExternalLinks;
import dev.productscope.ui.FxmlWindows;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Controller of {@code AboutDialog.fxml}, Help > About ProductScope: a thin view over {@link AboutModel}. */
public final class AboutDialog {

    @FXML
    private Label name;
    @FXML
    private Label description;
    @FXML
    private Label version;
    @FXML
    private Hyperlink licence;
    @FXML
    private Label java;
    @FXML
    private Label javaFx;
    @FXML
    private Label catalogs;
    @FXML
    private Label librariesTitle;
    @FXML
    private TableView<ThirdPartyLibrary> libraries;
    @FXML
    private TableColumn<ThirdPartyLibrary, String> nameColumn;
    @FXML
    private TableColumn<ThirdPartyLibrary, String> versionColumn;
    @FXML
    private TableColumn<ThirdPartyLibrary, String> licenceColumn;
    @FXML
    private TableColumn<ThirdPartyLibrary, String> urlColumn;
    @FXML
    private Label status;
    @FXML
    private Button close;

    private final AboutModel model;

    private AboutDialog(AboutModel model) {
        this.model = model;
    }

    /** Opens the window over {@code owner}, modal to it; returns its stage. */
    public static Stage show(Window owner, List<CatalogInfo> catalogs) {
        AboutDialog controller = new AboutDialog(AboutModel.current(catalogs));
        Stage stage = FxmlWindows.create(owner, "About ProductScope", AboutDialog.class.getResource("AboutDialog.fxml"),
                controller, Modality.WINDOW_MODAL);
        stage.show();
        controller.close.requestFocus();
        return stage;
    }

    @FXML
    private void initialize() {
        name.setText(AboutModel.NAME);
        description.setText(AboutModel.DESCRIPTION);
        version.setText(model.version());
        licence.setText(AboutModel.LICENCE);
        licence.setTooltip(new Tooltip(AboutModel.LICENCE_URL));
        java.setText(model.java());
        javaFx.setText(model.javaFx());
        catalogs.setText(String.join("\n", model.catalogLabels()));
        librariesTitle.setText(model.libraries().isEmpty()
                ? "Bundled libraries: not listed in this build (run it through Maven to list them)"
                : "Bundled libraries (" + model.libraries().size() + ")");
        libraries.getItems().setAll(model.libraries());
        column(nameColumn, ThirdPartyLibrary::displayName);
        column(versionColumn, ThirdPartyLibrary::version);
        column(licenceColumn, ThirdPartyLibrary::licence);
        column(urlColumn, ThirdPartyLibrary::url);
        urlColumn.setCellFactory(c -> new LinkCell());
        libraries.setRowFactory(t -> new LibraryRow());
    }

    private static void column(TableColumn<ThirdPartyLibrary, String> column,
            Function<ThirdPartyLibrary, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    private void openLicence() {
        status.setText(ExternalLinks.open(AboutModel.LICENCE_URL));
    }

    @FXML
    private void copyVersions() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.versionReport());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText("Copied the versions to the clipboard");
    }

    @FXML
    private void close() {
        close.getScene().getWindow().hide();
    }

    /** A web site as a link that opens in the browser. */
    private final class LinkCell extends TableCell<ThirdPartyLibrary, String> {
        private final Hyperlink link = new Hyperlink();

        LinkCell() {
            link.setOnAction(e -> status.setText(ExternalLinks.open(getItem())));
        }

        @Override
        protected void updateItem(String url, boolean empty) {
            super.updateItem(url, empty);
            boolean shown = !empty && url != null && !url.isBlank();
            link.setText(shown ? url : null);
            setGraphic(shown ? link : null);
        }
    }

    /** The Maven coordinates on hover, which tell two libraries of the same name apart. */
    private static final class LibraryRow extends TableRow<ThirdPartyLibrary> {
        @Override
        protected void updateItem(ThirdPartyLibrary library, boolean empty) {
            super.updateItem(library, empty);
            setTooltip(empty || library == null ? null
                    : new Tooltip(library.coordinates() + ":" + library.version()));
        }
    }
}
