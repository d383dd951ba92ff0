package dev.rebound.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The UI's error page ({@code ui-error}) for filters, which answer before Spring MVC and its {@code UiAdvice}: what
 * {@link Problems#write} is to the API. Nobody is shown as signed in on it, and it needs nothing but the template
 * engine, so it can be shown when the database is gone.
 */
@Component
public class ErrorPages {

    private final ITemplateEngine templates;

    ErrorPages(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Writes the page with this status, title and text. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                      String detail) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.value());
        model.put("title", title);
        model.put("detail", detail);
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), Locale.ENGLISH, model);
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        templates.process("ui-error", context, response.getWriter());
    }

    /**
     * Whether a request is better answered with a page than with a problem: not under {@code /api/}, and sent by a
     * browser that asks for HTML (a page, a form, or htmx asking for a fragment).
     */
    public static boolean wantsPage(HttpServletRequest request, boolean isApi) {
        if (isApi) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return request.getHeader("HX-Request") != null || accept != null && accept.contains("text/html");
    }
}
