package dev.rebound.web.admin;

import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.admin.query.FindReadModelStatus;
import dev.rebound.api.admin.query.FindReadModels;
import dev.rebound.api.admin.query.ReadModelList;
import dev.rebound.api.admin.query.ReadModelStatus;
import dev.rebound.web.query.Reads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


/**
 * Rebuilding read models from the event store: start a replay, follow its progress. Only the platform admin gets
 * here until roles exist (issue 6).
 */
@RestController
@Tag(name = "Read models", description = "Rebuilding read models from the event store (platform admin).")
@RequestMapping("/api/v1/admin/projections")
class ReadModelAdminController {

    private final CommandGateway commands;
    private final Reads reads;

    ReadModelAdminController(CommandGateway commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @Operation(operationId = "listReadModels", summary = "List the read models",
            description = """
                    Every read model with its position in the event stream and its replay state.""")
    @GetMapping
    ReadModelList readModels() {
        return reads.answer(new FindReadModels(), ReadModelList.class);
    }

    @Operation(operationId = "replayReadModel", summary = "Rebuild a read model",
            description = """
                    Clears the read model and rebuilds it from the event store, in the background; follow it with \
                    `GET .../replay`.""")
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelStatus replay(@PathVariable String name) {
        return commands.sendAndWait(new ReplayReadModel(name));
    }

    @Operation(operationId = "getReplayProgress", summary = "Follow a replay",
            description = """
                    The read model's replay state and position.""")
    @GetMapping("/{name}/replay")
    ReadModelStatus progress(@PathVariable String name) {
        return reads.answer(new FindReadModelStatus(name), ReadModelStatus.class);
    }

}
