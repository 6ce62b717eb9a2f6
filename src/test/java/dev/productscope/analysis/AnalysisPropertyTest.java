package dev.productscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Component;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.RandomModels;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AnalysisPropertyTest {

    @Provide
    Arbitrary<Model> validModels() {
        return Arbitraries.longs().map(seed -> new RandomModels(new Random(seed)).model());
    }

    @Property(tries = 300)
    void analysisNeverThrowsAndDecidesEveryComponentOncePerProduct(@ForAll("validModels") Model model) {
        Analysis analysis = Analyzer.analyze(model);

        for (Product product : model.products()) {
            for (Component component : model.components()) {
                MembershipDecision decision = analysis.membership(component.id(), product.id());
                assertThat(decision.reason()).contains(component.id());
                assertThat(decision.derived() == null).isEqualTo(!product.membership().containsKey(component.id()));
                assertThat(analysis.isIn(component.id(), product.id())).isEqualTo(decision.isIn());
            }
            assertThat(analysis.product(product.id()).orElseThrow().components())
                    .allMatch(id -> analysis.isIn(id, product.id())).isSorted();
        }
        assertThat(analysis.routes()).hasSameSizeAs(model.flows());
        assertThat(analysis.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }
}
