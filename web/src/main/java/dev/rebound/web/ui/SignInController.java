package dev.rebound.web.ui;

import dev.rebound.web.limits.SignInAttempts;
import dev.rebound.web.security.SessionEnd;
import dev.rebound.web.security.UiSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Signing in with a token: the platform admin's bootstrap token or a member's personal access token. After signing
 * in, the page that asked for it comes back, or {@code /}, which sends each role to its page. Signing out is Spring
 * Security's {@code POST /sign-out}, which comes back here saying so.
 */
@Controller
class SignInController {

    private final UiSignIn signIns;
    private final SignInAttempts attempts;

    SignInController(UiSignIn signIns, SignInAttempts attempts) {
        this.signIns = signIns;
        this.attempts = attempts;
    }

    /**
     * The sign-in page; right after a session ended it says how (signed out, or its token revoked), as the server
     * remembers it, whatever the address says.
     */
    @GetMapping("/sign-in")
    String signInPage(HttpServletRequest request, Model model) {
        model.addAttribute("ended", SessionEnd.takeFrom(request).map(Enum::name).orElse(null));
        return "sign-in";
    }

    /**
     * Signs in, at most {@code rebound.ui.sign-in-rate-limit.*} attempts per client address ({@link SignInAttempts}):
     * one more is a 429 with {@code Retry-After}, and its token is not even looked at.
     */
    @PostMapping("/sign-in")
    String signIn(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        OptionalLong wait = attempts.take(request);
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            model.addAttribute("error", "Too many sign-in attempts from your address; try again in "
                    + wait.getAsLong() + " s.");
            return "sign-in";
        }
        Optional<String> next = signIns.signIn(token, request, response);
        if (next.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("error", token.isBlank() ? "Paste your token to sign in."
                    : "This token is not known. Check that you copied all of it.");
            return "sign-in";
        }
        return "redirect:" + next.get();
    }
}
