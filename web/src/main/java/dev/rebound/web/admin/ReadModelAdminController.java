package dev.rebound.web.admin;

import dev.rebound.api.admin.command.ReplayReadModel;
import dev.rebound.api.admin.query.FindReadModelStatus;
import dev.rebound.api.admin.query.FindReadModels;
import dev.rebound.api.admin.query.ReadModelList;
import dev.rebound.api.admin.query.ReadModelStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilding read models from the event store: start a replay, follow its progress. Only the platform admin gets
 * here until roles exist (issue 6).
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ReadModelAdminController {

    private static final long QUERY_TIMEOUT_SECONDS = 30;

    private final CommandGateway commands;
    private final QueryGateway queries;

    ReadModelAdminController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    ReadModelList readModels() throws InterruptedException, ExecutionException, TimeoutException {
        return answer(queries.query(new FindReadModels(), ReadModelList.class));
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReadModelStatus replay(@PathVariable String name) {
        return commands.sendAndWait(new ReplayReadModel(name));
    }

    @GetMapping("/{name}/replay")
    ReadModelStatus progress(@PathVariable String name)
            throws InterruptedException, ExecutionException, TimeoutException {
        return answer(queries.query(new FindReadModelStatus(name), ReadModelStatus.class));
    }

    private static <T> T answer(CompletableFuture<T> result)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return result.get(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
