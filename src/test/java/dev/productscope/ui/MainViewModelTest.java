package dev.productscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The view model is tested without a window. */
class MainViewModelTest {

    @Test
    void openingAModelExposesItsNameDescriptionAndCounts() {
        MainViewModel viewModel = new MainViewModel();
        Model model = Model.empty("Garden sensors").withDescription("Soil probes")
                .withComponents(List.of(Component.of("probe", "Probe", ComponentKind.IOT_DEVICE, null, 0, 0)));

        viewModel.open(model);

        assertThat(viewModel.modelProperty().get()).isSameAs(model);
        assertThat(viewModel.modelNameProperty().get()).isEqualTo("Garden sensors");
        assertThat(viewModel.modelDescriptionProperty().get()).isEqualTo("Soil probes");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("0 zones · 1 components · 0 links · 0 flows · 0 products");
        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("ProductScope");
    }

    @Test
    void aModelWithoutDescriptionShowsNone() {
        MainViewModel viewModel = new MainViewModel();

        viewModel.open(Model.empty("Empty"));

        assertThat(viewModel.modelDescriptionProperty().get()).isEmpty();
    }
}
