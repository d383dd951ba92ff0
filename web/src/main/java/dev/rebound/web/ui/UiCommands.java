package dev.rebound.web.ui;

import dev.rebound.api.common.RuleViolation;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Sends a form's command and turns what the domain refused into an error of the form, shown above it: a broken rule
 * with the domain's own words (the 409 answers of the API), an unknown application, or a concurrent change.
 */
@Component
public class UiCommands {

    private final CommandGateway commands;

    UiCommands(CommandGateway commands) {
        this.commands = commands;
    }

    /** The command's answer, or null; when the domain refused it, {@code errors} says why. */
    public <R> R send(Object command, BindingResult errors) {
        try {
            return commands.sendAndWait(command);
        } catch (RuleViolation violation) {
            errors.reject(violation.rule(), violation.getMessage());
        } catch (AggregateNotFoundException unknown) {
            errors.reject("not-found", "This application is not known, or not visible to you.");
        } catch (ConcurrencyException | AggregateStreamCreationException concurrent) {
            errors.reject("concurrent-change", "Someone changed this at the same moment; please send it again.");
        }
        return null;
    }
}
