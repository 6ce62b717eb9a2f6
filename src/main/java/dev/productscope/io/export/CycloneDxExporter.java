package dev.productscope.io.export;

import dev.productscope.analysis.Analysis;
import dev.productscope.analysis.FlowRoute;
import dev.productscope.analysis.ProductSummary;
import dev.productscope.analysis.Roles;
import dev.productscope.catalog.AppliedReference;
import dev.productscope.io.ModelWriter;
import dev.productscope.model.Component;
import dev.productscope.model.ComponentKind;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.model.Zone;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.model.ServiceData;
import org.cyclonedx.model.metadata.ToolInformation;

/**
 * One product as a CycloneDX 1.6 BOM (CSWP 33, Documentation 1b: all components of the product):
 * its in-product devices, hardware and apps as components, its backends as services with their
 * data flows and trust zones, and dependencies along the flows. Built with cyclonedx-core-java,
 * which also validates it. The same model and product give the same bytes.
 */
public final class CycloneDxExporter implements Exporter {

    /** The spec version written; the tests validate against the same. */
    public static final Version VERSION = Version.VERSION_16;
    /** Prefix of every property this program writes (CycloneDX property taxonomy style). */
    public static final String PROPERTY_PREFIX = "productscope:";

    @Override
    public void export(ExportContext context, OutputStream out) {
        Product product = context.singleProduct("A CycloneDX BOM");
        context.step(0.1, "Listing the product's components");
        Bom bom = bom(context, product);
        context.step(0.8, "Writing the BOM");
        try {
            String json = BomGeneratorFactory.createJson(VERSION, bom).toJsonString(true);
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (GeneratorException e) {
            throw new ExportException("cannot write the CycloneDX BOM: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.step(1, "BOM written");
    }

    private static Bom bom(ExportContext context, Product product) {
        Analysis analysis = context.analysis();
        Model model = context.model();
        ProductSummary summary = analysis.product(product.id()).orElseThrow();
        Bom bom = new Bom();
        bom.setSerialNumber(serialNumber(model, product));
        bom.setVersion(1);
        bom.setMetadata(metadata(context, product, summary));
        Set<String> refs = new TreeSet<>();
        for (String id : summary.components()) {
            Component component = model.component(id).orElseThrow();
            refs.add(id);
            if (component.kind() == ComponentKind.BACKEND) {
                bom.addService(service(context, product, component));
            } else {
                bom.addComponent(component(context, product, component));
            }
        }
        bom.setDependencies(dependencies(model, product, refs));
        return bom;
    }

    /** Same model and product, same serial: a hash of the saved model file and the product id. */
    private static String serialNumber(Model model, Product product) {
        byte[] modelBytes = new ModelWriter().toBytes(model);
        byte[] productBytes = ("\u0000product:" + product.id()).getBytes(StandardCharsets.UTF_8);
        byte[] name = new byte[modelBytes.length + productBytes.length];
        System.arraycopy(modelBytes, 0, name, 0, modelBytes.length);
        System.arraycopy(productBytes, 0, name, modelBytes.length, productBytes.length);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
    }

    private static Metadata metadata(ExportContext context, Product product, ProductSummary summary) {
        Metadata metadata = new Metadata();
        metadata.setTimestamp(Date.from(context.generatedAt()));
        org.cyclonedx.model.Component tool = new org.cyclonedx.model.Component();
        tool.setType(org.cyclonedx.model.Component.Type.APPLICATION);
        tool.setName("ProductScope");
        tool.setVersion(context.programVersion());
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        // CycloneDX has no "system" type; an IoT product is sold as a device with what supports it.
        org.cyclonedx.model.Component root = new org.cyclonedx.model.Component();
        root.setType(org.cyclonedx.model.Component.Type.DEVICE);
        root.setBomRef(product.id());
        root.setName(product.name());
        List<Property> properties = new ArrayList<>();
        properties.add(property("sector", product.effectiveSector().id()));
        product.devices().forEach(device -> properties.add(property("device", device)));
        summary.reliesOn().forEach(id -> properties.add(property("reliesOn", id)));
        root.setProperties(properties);
        metadata.setComponent(root);
        metadata.setProperties(List.of(property("model", context.model().name()),
                property("catalog", context.catalog().describe())));
        return metadata;
    }

    private static org.cyclonedx.model.Component component(ExportContext context, Product product,
                                                           Component component) {
        org.cyclonedx.model.Component result = new org.cyclonedx.model.Component();
        result.setType(typeOf(component.kind()));
        result.setBomRef(component.id());
        result.setName(component.name());
        result.setDescription(component.kind().label());
        result.setProperties(properties(context, product, component));
        return result;
    }

    /** Apps are applications, a cloud platform a platform; all drawn equipment is a device. */
    static org.cyclonedx.model.Component.Type typeOf(ComponentKind kind) {
        if (kind.isSoftware()) {
            return org.cyclonedx.model.Component.Type.APPLICATION;
        }
        return kind == ComponentKind.CLOUD_PLATFORM ? org.cyclonedx.model.Component.Type.PLATFORM
                : org.cyclonedx.model.Component.Type.DEVICE;
    }

    private static Service service(ExportContext context, Product product, Component backend) {
        Analysis analysis = context.analysis();
        Service service = new Service();
        service.setBomRef(backend.id());
        service.setName(backend.name());
        service.setDescription(backend.kind().label());
        analysis.effectiveZone(backend.id()).map(Zone::name).ifPresent(service::setTrustZone);
        // Sorted by direction then classification, so the order does not follow the drawing's history.
        TreeMap<String, ServiceData> data = new TreeMap<>();
        boolean crossesBoundary = false;
        for (Flow flow : context.model().flows()) {
            if (!flow.touches(backend.id()) || flow.from().equals(flow.to())) {
                continue;
            }
            ServiceData.Flow direction = flow.isBidirectional() ? ServiceData.Flow.BI_DIRECTIONAL
                    : flow.to().equals(backend.id()) ? ServiceData.Flow.INBOUND : ServiceData.Flow.OUTBOUND;
            List<String> types = flow.dataOrEmpty().isEmpty() ? List.of("unclassified") : flow.dataOrEmpty();
            for (String type : types) {
                data.putIfAbsent(direction.getFlowName() + '\u0000' + type, new ServiceData(direction, type));
            }
            FlowRoute route = analysis.route(flow.id());
            crossesBoundary |= route.leavesCustomerEnvironment();
        }
        service.setData(data.isEmpty() ? null : new ArrayList<>(data.values()));
        service.setxTrustBoundary(crossesBoundary);
        service.setProperties(properties(context, product, backend));
        return service;
    }

    private static List<Property> properties(ExportContext context, Product product, Component component) {
        Analysis analysis = context.analysis();
        String id = component.id();
        Roles roles = analysis.roles(id);
        List<Property> properties = new ArrayList<>();
        properties.add(property("kind", component.kind().id()));
        properties.add(property("category", component.category().id()));
        properties.add(property("locality", analysis.locality(id).id()));
        analysis.effectiveZone(id).ifPresent(zone -> {
            properties.add(property("zone", zone.id()));
            properties.add(property("zone:name", zone.name()));
            properties.add(property("zone:kind", zone.kind().id()));
        });
        properties.add(property("developer", roles.developer().id()));
        properties.add(property("operator", roles.operator().id()));
        if (roles.host() != null) {
            properties.add(property("hostedOn", roles.host()));
        }
        properties.add(property("membership", analysis.membership(id, product.id()).rule().name()));
        for (AppliedReference applied : context.applicability().forComponentIn(id, product.id()).references()) {
            properties.add(property("reference", applied.reference().shortName()));
        }
        return properties;
    }

    /** The product depends on its members; each member on what it sends data to within the product. */
    private static List<Dependency> dependencies(Model model, Product product, Set<String> refs) {
        TreeMap<String, Set<String>> dependsOn = new TreeMap<>();
        refs.forEach(ref -> dependsOn.put(ref, new TreeSet<>()));
        for (Flow flow : model.flows()) {
            if (refs.contains(flow.from()) && refs.contains(flow.to()) && !flow.from().equals(flow.to())) {
                dependsOn.get(flow.from()).add(flow.to());
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        dependencies.add(dependency(product.id(), refs));
        dependsOn.forEach((ref, targets) -> dependencies.add(dependency(ref, targets)));
        return dependencies;
    }

    private static Dependency dependency(String ref, Set<String> targets) {
        Dependency dependency = new Dependency(ref);
        targets.forEach(target -> dependency.addDependency(new Dependency(target)));
        return dependency;
    }

    private static Property property(String name, String value) {
        return new Property(PROPERTY_PREFIX + name, value);
    }
}
