package dev.rebound.web.catalogue;

import dev.rebound.api.catalogue.FeedbackQuestion;
import dev.rebound.api.catalogue.FeedbackQuestionCatalogue;
import dev.rebound.api.catalogue.WeaknessTaxonomy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The reference data clients need to build requests: weakness keys and feedback questions. */
@RestController
@Tag(name = "Catalogue",
        description = "Reference data clients need to build requests: weakness keys and feedback questions.")
@RequestMapping("/api/v1/catalogue")
class CatalogueController {

    record Weakness(String key, String competency, String competencyLabel, String label) {
    }

    record Weaknesses(List<Weakness> items) {
    }

    record Questions(List<FeedbackQuestion> items) {
    }

    @Operation(operationId = "listWeaknesses", summary = "List the weakness taxonomy",
            description = """
                    The keys accepted wherever a request names weaknesses (evaluations, practice sessions), with \
                    their competency and labels.""")
    @GetMapping("/weaknesses")
    Weaknesses weaknesses() {
        return new Weaknesses(WeaknessTaxonomy.standard().skillAreas().stream()
                .map(area -> new Weakness(area.key(), area.competency().key(), area.competency().label(),
                        area.label()))
                .toList());
    }

    @Operation(operationId = "listFeedbackQuestions", summary = "List the feedback-question catalogue",
            description = """
                    The questions a feedback request may name by key.""")
    @GetMapping("/feedback-questions")
    Questions feedbackQuestions() {
        return new Questions(FeedbackQuestionCatalogue.questions());
    }
}
