package dev.productscope.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.Finding;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.MembershipDecision;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.analysis.Roles;
import dev.productscope.catalog.Applicable;
import dev.productscope.model.Component;
import dev.productscope.model.Flow;
import dev.productscope.model.Product;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes an analysis as JSON, the stable contract of {@code productscope analyze --format json}
 * documented in the README. Deterministic: the same model gives the same bytes.
 */
public final class AnalysisJsonWriter {

    public static final String FORMAT = "productscope-analysis";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(AnalysisReportScope scope, OutputStream out) throws IOException {
        Analysis analysis = scope.analysis();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("model", analysis.model().name());
            CatalogJson.catalogs(g, scope.catalog());
            g.writeArrayFieldStart("products");
            for (ProductSummary summary : scope.summaries()) {
                product(g, summary, scope.applicableToProduct(summary.id()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("components");
            for (Component component : scope.components()) {
                component(g, scope, component);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("flows");
            for (FlowRoute route : scope.routes()) {
                flow(g, analysis.model().flow(route.flowId()).orElseThrow(), route);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding finding : scope.findings()) {
                finding(g, finding);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void product(JsonGenerator g, ProductSummary summary, Applicable applicable) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", summary.id());
        g.writeStringField("name", summary.name());
        strings(g, "components", summary.components());
        strings(g, "reliesOn", summary.reliesOn());
        strings(g, "shared", summary.shared());
        CatalogJson.applicable(g, applicable);
        g.writeEndObject();
    }

    private static void component(JsonGenerator g, AnalysisReportScope scope, Component component)
            throws IOException {
        Analysis analysis = scope.analysis();
        List<Product> products = scope.products();
        g.writeStartObject();
        g.writeStringField("id", component.id());
        g.writeStringField("name", component.name());
        g.writeStringField("kind", component.kind().id());
        g.writeStringField("category", component.category().id());
        g.writeStringField("managed", analysis.locality(component.id()).id());
        g.writeObjectFieldStart("membership");
        for (Product product : products) {
            g.writeFieldName(product.id());
            decision(g, analysis.membership(component.id(), product.id()));
        }
        g.writeEndObject();
        Roles roles = analysis.roles(component.id());
        g.writeObjectFieldStart("roles");
        g.writeStringField("developer", roles.developer().id());
        g.writeStringField("operator", roles.operator().id());
        if (roles.host() != null) {
            g.writeStringField("host", roles.host());
        }
        g.writeEndObject();
        CatalogJson.applicable(g, scope.applicableTo(component.id()));
        g.writeEndObject();
    }

    private static void decision(JsonGenerator g, MembershipDecision decision) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", decision.value().id());
        g.writeStringField("rule", decision.rule().name());
        g.writeStringField("reason", decision.reason());
        if (decision.derived() != null) {
            g.writeFieldName("derived");
            decision(g, decision.derived());
        }
        g.writeEndObject();
    }

    private static void flow(JsonGenerator g, Flow flow, FlowRoute route) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", flow.id());
        g.writeStringField("from", flow.from());
        g.writeStringField("to", flow.to());
        strings(g, "path", route.path());
        strings(g, "crosses", route.crosses());
        g.writeBooleanField("leavesCustomerEnvironment", route.leavesCustomerEnvironment());
        g.writeBooleanField("crossesInternet", route.crossesInternet());
        g.writeBooleanField("crossesOutOfProduct", route.crossesOutOfProduct());
        g.writeBooleanField("crossesThirdParty", route.crossesThirdParty());
        g.writeStringField("protection", route.protection().id());
        strings(g, "products", route.products());
        g.writeBooleanField("routed", route.isRouted());
        if (!route.isRouted()) {
            g.writeStringField("problem", route.problem());
        }
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding finding) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", finding.rule());
        g.writeStringField("severity", finding.severity().id());
        strings(g, "subjects", finding.subjects());
        g.writeStringField("message", finding.message());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
