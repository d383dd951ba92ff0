package dev.rebound.web.admin;

import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.admin.query.FindReadModelStatus;
import dev.rebound.api.admin.query.FindReadModels;
import dev.rebound.api.admin.query.ReadModelList;
import dev.rebound.api.admin.query.ReadModelStatus;
import dev.rebound.web.query.Reads;
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
@RequestMapping("/api/v1/admin/projections")
class ReadModelAdminController {

    private final CommandGateway commands;
    private final Reads reads;

    ReadModelAdminController(CommandGateway commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @GetMapping
    ReadModelList readModels() {
        return reads.answer(new FindReadModels(), ReadModelList.class);
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelStatus replay(@PathVariable String name) {
        return commands.sendAndWait(new ReplayReadModel(name));
    }

    @GetMapping("/{name}/replay")
    ReadModelStatus progress(@PathVariable String name) {
        return reads.answer(new FindReadModelStatus(name), ReadModelStatus.class);
    }

}
