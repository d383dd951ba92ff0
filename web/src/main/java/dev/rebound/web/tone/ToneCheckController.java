package dev.rebound.web.tone;

import dev.rebound.api.common.ToneWarning;
import dev.rebound.api.tone.query.CheckTone;
import dev.rebound.api.tone.query.ToneWarnings;
import dev.rebound.web.query.Reads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Checks a draft for tone before it is sent; nothing is stored. */
@RestController
@Tag(name = "Tone check", description = "Checks a draft message to an employer for tone; nothing is stored.")
class ToneCheckController {

    private final Reads reads;

    ToneCheckController(Reads reads) {
        this.reads = reads;
    }

    record ToneCheckRequest(@NotBlank @Size(max = CheckTone.MAX_LENGTH) String text) {
    }

    record ToneCheckResponse(List<ToneWarning> toneWarnings) {
    }

    @Operation(operationId = "checkTone", summary = "Check a draft for tone",
            description = """
                    Checks a draft (a thank-you, a feedback request, a follow-up) for blaming, hostile, defensive, \
                    insulting, shouting or demanding wording, with the same check that runs when an outbound \
                    contact is logged, so the warnings are those the message would be recorded with. Stores \
                    nothing. `text` is required, not blank, at most 10,000 characters. Any signed-in caller may use \
                    it.""")
    @PostMapping("/api/v1/tone-check")
    ToneCheckResponse check(@Valid @RequestBody ToneCheckRequest request) {
        return new ToneCheckResponse(reads.answer(new CheckTone(request.text()), ToneWarnings.class).items());
    }
}
