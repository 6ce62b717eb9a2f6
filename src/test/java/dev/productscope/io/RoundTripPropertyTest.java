package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.model.Model;
import dev.productscope.model.RandomModels;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any valid model survives write then read unchanged, and writing is deterministic. */
class RoundTripPropertyTest {

    @Provide
    Arbitrary<Model> validModels() {
        return Arbitraries.longs().map(seed -> new RandomModels(new Random(seed)).model());
    }

    @Property(tries = 300)
    void writeThenReadGivesBackTheSameModel(@ForAll("validModels") Model model) throws Exception {
        assertThat(model.validate()).as("the generator makes valid models").isEmpty();

        byte[] bytes = new ModelWriter().toBytes(model);
        Model read = new ModelReader().read("generated.json", bytes);

        assertThat(read).isEqualTo(model);
        assertThat(new ModelWriter().toBytes(read)).isEqualTo(bytes);
    }
}
