package dev.rebound.web.ui;

import dev.rebound.api.access.Forbidden;
import dev.rebound.api.common.NotFound;
import dev.rebound.web.availability.Unavailable;
import dev.rebound.web.query.ReadModelUnavailable;
import dev.rebound.api.access.AccessNotRecorded;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What every page of the UI needs (formats, who is signed in), and pages instead of problem details when something
 * goes wrong: the API's advice answers JSON, which a person in a browser cannot use.
 */
@ControllerAdvice(basePackages = "dev.rebound.web.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(UiAdvice.class);

    @ModelAttribute("fmt")
    Formats formats() {
        return Formats.INSTANCE;
    }

    @ModelAttribute("signedInAs")
    String signedInAs(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("nav")
    Navigation navigation(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        return principal == null ? null : Navigation.of(Callers.of(principal));
    }

    @ExceptionHandler({NotFound.class, AggregateNotFoundException.class, MethodArgumentTypeMismatchException.class,
            NoResourceFoundException.class})
    String notFound(Exception notFound, Model model, HttpServletResponse response) {
        return errorPage(model, response, HttpStatus.NOT_FOUND, "Not found",
                "There is no such page, or what it shows is not visible to you.");
    }

    @ExceptionHandler({IllegalArgumentException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception invalid, Model model, HttpServletResponse response) {
        return errorPage(model, response, HttpStatus.BAD_REQUEST, "This request cannot be used",
                invalid.getMessage());
    }

    /** A refusal with its status and words, e.g. the API's 403 for a coach who opens a form. */
    @ExceptionHandler
    String refused(ErrorResponseException refused, Model model, HttpServletResponse response) {
        HttpStatus status = HttpStatus.valueOf(refused.getStatusCode().value());
        refused.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return errorPage(model, response, status, status == HttpStatus.FORBIDDEN ? "Not allowed"
                : status.getReasonPhrase(), refused.getBody().getDetail());
    }

    /** The access policy's 403: the caller sees the candidate but may not do this (a coach opening a form). */
    @ExceptionHandler
    String forbidden(Forbidden forbidden, Model model, HttpServletResponse response) {
        return errorPage(model, response, HttpStatus.FORBIDDEN, "Not allowed", forbidden.getMessage());
    }

    @ExceptionHandler
    String unavailable(ReadModelUnavailable unavailable, Model model, HttpServletResponse response) {
        response.setHeader("Retry-After", "5");
        return errorPage(model, response, HttpStatus.SERVICE_UNAVAILABLE, "Please try again shortly",
                unavailable.getMessage());
    }

    @ExceptionHandler
    String notRecorded(AccessNotRecorded notRecorded, Model model, HttpServletResponse response) {
        LOG.error("A page was refused: the access audit could not record it", notRecorded);
        response.setHeader("Retry-After", "5");
        return errorPage(model, response, HttpStatus.SERVICE_UNAVAILABLE, "Please try again shortly",
                notRecorded.getMessage());
    }

    /** Anything else: a database that cannot be reached is a 503 (see {@link Unavailable}), a fault of ours a 500. */
    @ExceptionHandler
    String unexpected(Exception failure, Model model, HttpServletResponse response) {
        if (Unavailable.in(failure)) {
            LOG.warn("A page answered 503: the database cannot be reached ({})", failure.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Unavailable.RETRY_AFTER_SECONDS));
            return errorPage(model, response, HttpStatus.SERVICE_UNAVAILABLE, "Please try again shortly",
                    Unavailable.DETAIL);
        }
        LOG.error("Unexpected failure while serving a page", failure);
        return errorPage(model, response, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong on our side; nothing you sent was stored unless you were told so.");
    }

    private String errorPage(Model model, HttpServletResponse response, HttpStatus status, String title,
                             String detail) {
        response.setStatus(status.value());
        model.addAttribute("fmt", Formats.INSTANCE);
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "ui-error";
    }
}
