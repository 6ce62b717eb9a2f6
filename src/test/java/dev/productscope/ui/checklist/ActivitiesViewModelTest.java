package dev.productscope.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.productscope.catalog.Activity;
import dev.productscope.catalog.Catalog;
import dev.productscope.catalog.CatalogInfo;
import dev.productscope.edit.DeleteElements;
import dev.productscope.io.BundledExamples;
import dev.productscope.io.CatalogReader;
import dev.productscope.model.ActivityAnswer;
import dev.productscope.model.AnswerStatus;
import dev.productscope.model.Extensions;
import dev.productscope.model.Model;
import dev.productscope.model.Product;
import dev.productscope.ui.editor.EditorViewModel;
import dev.productscope.ui.editor.RecentFiles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Activities tab's logic, without a window: answers go through the editor's command stack. */
class ActivitiesViewModelTest {

    private Preferences preferences;
    private EditorViewModel editor;
    private ActivitiesViewModel activities;

    @BeforeEach
    void open() {
        preferences = Preferences.userRoot().node("dev/productscope-test/test-" + System.nanoTime());
        editor = new EditorViewModel(BundledExamples.defaultExample().load(), new RecentFiles(preferences));
        activities = new ActivitiesViewModel(editor);
    }

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    private ActivityAnswer answer(String productId, String questionId) {
        return editor.getModel().product(productId).orElseThrow().activities().get(questionId);
    }

    private Questionnaire.Row row(String questionId) {
        return activities.getQuestionnaire().activities().stream().flatMap(b -> b.rows().stream())
                .filter(r -> r.question().id().equals(questionId)).findFirst().orElseThrow();
    }

    @Test
    void typingAnAnswerToAnOpenQuestionAnswersItAsOneUndoStep() {
        activities.chooseProduct("p-tv");
        assertThat(activities.summaryProperty().get()).isEqualTo("Activities 0/63 answered");

        assertThat(activities.commitText("p-tv", "a1-q1", "Households with a smart TV")).isTrue();

        assertThat(answer("p-tv", "a1-q1")).isEqualTo(new ActivityAnswer(AnswerStatus.ANSWERED,
                "Households with a smart TV"));
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Answer 'Expected people'");
        assertThat(activities.summaryProperty().get()).isEqualTo("Activities 1/63 answered");
        assertThat(activities.progressProperty().get()).isEqualTo(1.0 / 63);
        assertThat(row("a1-q1").text()).isEqualTo("Households with a smart TV");
        assertThat(activities.getQuestionnaire().activities().get(0).progress().label()).isEqualTo("1/9 (11%)");

        editor.undo();
        assertThat(answer("p-tv", "a1-q1")).isNull();
        assertThat(row("a1-q1").status()).isEqualTo(AnswerStatus.OPEN);
        assertThat(activities.summaryProperty().get()).isEqualTo("Activities 0/63 answered");
        editor.redo();
        assertThat(row("a1-q1").status()).isEqualTo(AnswerStatus.ANSWERED);
    }

    @Test
    void committingTheSameTextAgainChangesNothing() {
        activities.commitText("p-tv", "a1-q1", "Households");
        editor.undo();
        editor.redo();
        assertThat(activities.commitText("p-tv", "a1-q1", "Households")).isFalse();
        assertThat(editor.canRedoProperty().get()).isFalse();
        assertThat(activities.commitText("p-tv", "a1-q2", "   ")).isFalse();
        assertThat(answer("p-tv", "a1-q2")).isNull();
    }

    @Test
    void aStatusIsKeptWhenTextChangesAndAnExplicitOpenIsRespected() {
        assertThat(activities.setStatus("p-tv", "a6-q5", AnswerStatus.NOT_APPLICABLE, "")).isTrue();
        assertThat(answer("p-tv", "a6-q5")).isEqualTo(new ActivityAnswer(AnswerStatus.NOT_APPLICABLE, null));
        activities.commitText("p-tv", "a6-q5", "The TV gets no updates");
        assertThat(answer("p-tv", "a6-q5").status()).isEqualTo(AnswerStatus.NOT_APPLICABLE);

        activities.setStatus("p-tv", "a6-q5", AnswerStatus.OPEN, "The TV gets no updates");
        assertThat(answer("p-tv", "a6-q5")).isEqualTo(new ActivityAnswer(AnswerStatus.OPEN, "The TV gets no updates"));
        activities.commitText("p-tv", "a6-q5", "");
        assertThat(answer("p-tv", "a6-q5")).as("an open answer without text is no answer").isNull();
    }

    @Test
    void theStatusShownWhileTypingFollowsTheText() {
        Questionnaire.Row open = row("a1-q1");
        assertThat(ActivitiesViewModel.statusWhileTyping(open, "H")).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(ActivitiesViewModel.statusWhileTyping(open, "  ")).isEqualTo(AnswerStatus.OPEN);
        Questionnaire.Row notApplicable = new Questionnaire.Row(open.question(),
                new ActivityAnswer(AnswerStatus.NOT_APPLICABLE, null));
        assertThat(ActivitiesViewModel.statusWhileTyping(notApplicable, "H")).isEqualTo(AnswerStatus.NOT_APPLICABLE);
        Questionnaire.Row openWithText = new Questionnaire.Row(open.question(),
                new ActivityAnswer(AnswerStatus.OPEN, "draft"));
        assertThat(ActivitiesViewModel.statusWhileTyping(openWithText, "draft")).isEqualTo(AnswerStatus.OPEN);
    }

    @Test
    void theProductDefaultsToTheFirstFollowsTheSelectionAndSaysWhenThereAreNone() {
        assertThat(activities.getProductId()).isEqualTo("p-bulb-a");
        assertThat(activities.products()).extracting(ProductChoice::id)
                .containsExactly("p-bulb-a", "p-tv", "p-bulb-b");

        editor.selection().add("p-tv");
        assertThat(activities.getProductId()).isEqualTo("p-tv");
        assertThat(activities.getQuestionnaire().productId()).isEqualTo("p-tv");

        editor.execute(new DeleteElements(List.of("p-tv")));
        assertThat(activities.getProductId()).isEqualTo("p-bulb-a");

        editor.newModel();
        assertThat(activities.getProductId()).isNull();
        assertThat(activities.products()).isEmpty();
        assertThat(activities.summaryProperty().get()).isEqualTo("No products");
        assertThat(activities.getQuestionnaire().activities()).isEmpty();
    }

    @Test
    void theFilterMatchesTextTopicAndSectionButProgressCountsEveryQuestion() {
        activities.commitText("p-tv", "a1-q1", "Households");
        activities.chooseProduct("p-tv");

        activities.filterProperty().set("4.2.2");
        assertThat(activities.getQuestionnaire().activities()).hasSize(1);
        assertThat(activities.getQuestionnaire().shownLabel()).isEqualTo("Showing 5 of 63 questions");
        activities.filterProperty().set("GEOGRAPHY");
        assertThat(row("a1-q4").question().topic()).isEqualTo("Geography");
        assertThat(activities.getQuestionnaire().activities().get(0).progress().label()).isEqualTo("1/9 (11%)");
        activities.filterProperty().set("update");
        assertThat(activities.getQuestionnaire().shownQuestions()).isEqualTo(7);
        activities.filterProperty().set("");
        assertThat(activities.getQuestionnaire().shownLabel()).isEmpty();
    }

    @Test
    void anUnrelatedEditDoesNotRedrawTheQuestionnaire() {
        AtomicInteger redraws = new AtomicInteger();
        activities.questionnaireProperty().addListener((obs, old, now) -> redraws.incrementAndGet());
        editor.selection().add("router");
        editor.nudge(10, 0);
        assertThat(redraws).hasValue(0);
        activities.commitText("p-bulb-a", "a1-q1", "Anyone");
        assertThat(redraws).hasValue(1);
    }

    @Test
    void orphanedAnswersAreShownNeverCountedAndNeverDropped() {
        Model model = editor.getModel();
        Product tv = model.product("p-tv").orElseThrow()
                .withActivityAnswer("acme-q1", new ActivityAnswer(AnswerStatus.ANSWERED, "From the Acme catalog"));
        editor.openUnsaved(model.withProducts(model.products().stream()
                .map(p -> p.id().equals("p-tv") ? tv : p).toList()));
        activities.chooseProduct("p-tv");

        assertThat(activities.getQuestionnaire().orphans()).containsExactly(new Questionnaire.Orphan("acme-q1",
                new ActivityAnswer(AnswerStatus.ANSWERED, "From the Acme catalog")));
        assertThat(activities.summaryProperty().get()).isEqualTo("Activities 0/63 answered");
        assertThat(activities.commitText("p-tv", "acme-q1", "changed")).as("orphans are read-only").isFalse();

        activities.commitText("p-tv", "a2-q1", "Encryption");
        assertThat(answer("p-tv", "acme-q1").text()).isEqualTo("From the Acme catalog");

        Catalog bundled = CatalogReader.bundled();
        Activity first = bundled.activities().get(0);
        editor.setCatalog(new Catalog(new CatalogInfo("small", "Small", "1", "bundled"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(first), List.of()));
        assertThat(activities.getQuestionnaire().orphans()).extracting(Questionnaire.Orphan::questionId)
                .containsExactly("a2-q1", "acme-q1");
        assertThat(activities.summaryProperty().get()).isEqualTo("Activities 0/9 answered");
        editor.setCatalog(bundled);
        assertThat(row("a2-q1").text()).isEqualTo("Encryption");
        assertThat(activities.summaryProperty().get()).isEqualTo("Activities 1/63 answered");
    }

    @Test
    void extensionDataOfAnAnswerSurvivesAnEdit() {
        Model model = editor.getModel();
        Extensions extra = new Extensions(Map.of("x-ticket", "\"SEC-12\""));
        Product tv = model.product("p-tv").orElseThrow()
                .withActivityAnswer("a1-q1", new ActivityAnswer(AnswerStatus.OPEN, null, extra));
        editor.openUnsaved(model.withProducts(model.products().stream()
                .map(p -> p.id().equals("p-tv") ? tv : p).toList()));

        activities.commitText("p-tv", "a1-q1", "Families");
        assertThat(answer("p-tv", "a1-q1")).isEqualTo(new ActivityAnswer(AnswerStatus.ANSWERED, "Families", extra));
    }

    @Test
    void anAnswerForAProductThatIsGoneIsRefused() {
        editor.execute(new DeleteElements(List.of("p-tv")));
        assertThat(activities.commitText("p-tv", "a1-q1", "Households")).isFalse();
        assertThat(activities.setStatus("p-tv", "a1-q1", AnswerStatus.ANSWERED, "")).isFalse();
    }
}
