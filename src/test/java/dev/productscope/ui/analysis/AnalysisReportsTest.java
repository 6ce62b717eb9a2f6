package dev.productscope.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.analysis.Analyzer;
import dev.productscope.catalog.Applicability;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis panel's content, checked without a window. */
class AnalysisReportsTest {

    private final AnalysisReports reports = new AnalysisReports(new Applicability(CatalogReader.bundled(),
            Analyzer.analyze(BundledExamples.find("remote-backends").orElseThrow().load())));

    private static ReportSection section(List<ReportSection> sections, String prefix) {
        return sections.stream().filter(s -> s.title().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aBackendShowsItsReferencesByPublisherWithWhyAndLink() {
        List<ReportSection> sections = reports.component("bulb-a-backend");
        ReportSection references = section(sections, "References");
        assertThat(references.lines(ReportLine.Kind.GROUP)).extracting(ReportLine::text).containsExactly("NIST", "OWASP Foundation", "Cloud Security Alliance");
        ReportLine asvs = references.lines(ReportLine.Kind.ITEM).stream()
                .filter(l -> l.target().equals("owasp-asvs")).findFirst().orElseThrow();
        assertThat(asvs.url()).startsWith("https://owasp.org/");
        assertThat(asvs.detail()).contains("Why:").contains("Remote Backends");
        assertThat(section(sections, "Component").lines(ReportLine.Kind.FIELD)).extracting(ReportLine::detail)
                .contains("remote (Third-party cloud provider)", "Cloud hosting platform");
    }

    @Test
    void membershipLinesSayTheDecisionAndTheRule() {
        ReportSection membership = section(reports.component("bulb-a-app"), "Membership");
        assertThat(membership.lines(ReportLine.Kind.MEMBERSHIP)).hasSize(3);
        assertThat(membership.lines().get(0).detail()).startsWith("In by M6: ");
        assertThat(membership.lines().get(1).detail()).startsWith("Not part of it by M7: ");
    }

    @Test
    void outOfProductEquipmentShowsTheNoteAndNoOutcomes() {
        List<ReportSection> sections = reports.component("router");
        assertThat(section(sections, "Technical outcomes (0)").lines(ReportLine.Kind.EMPTY)).hasSize(1);
        assertThat(section(sections, "Notes").lines()).extracting(ReportLine::text)
                .anyMatch(t -> t.contains("product of its own"));
    }

    @Test
    void aProductShowsMembersWhatItReliesOnFlowsOutcomesAndProgress() {
        List<ReportSection> sections = reports.product("p-bulb-a");
        assertThat(section(sections, "Members").lines()).extracting(ReportLine::target)
                .contains("bulb-a", "bulb-a-app", "bulb-a-backend");
        assertThat(section(sections, "Relies on").lines()).extracting(ReportLine::target).contains("router");
        assertThat(section(sections, "Flows").lines(ReportLine.Kind.ITEM)).anyMatch(l -> l.detail().contains("crosses")
                && l.detail().contains("Wi-Fi router"));
        assertThat(section(sections, "Product outcomes").lines(ReportLine.Kind.ITEM)).extracting(ReportLine::target)
                .contains("doc-1a", "iqr-1b", "dis-2", "edu-1-c1", "etsi-5.13");
        assertThat(section(sections, "Product").lines(ReportLine.Kind.PROGRESS)).extracting(ReportLine::text)
                .containsExactly("Checklist", "Activities");
    }
}
