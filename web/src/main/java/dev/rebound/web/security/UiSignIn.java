package dev.rebound.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.util.Optional;

/**
 * Signs a person in to the UI with a token they paste: the token is checked exactly like an API bearer token, and
 * the resulting authentication is kept in the HTTP session (under a new session id, with a new CSRF token), with the
 * token on the server side so that every later request checks it again ({@link SignedInTokenCheck}).
 */
public class UiSignIn {

    private final AuthenticationManager tokens;
    private final SessionAuthenticationStrategy newSession;
    private final SecurityContextRepository contexts;
    private final RequestCache savedPages;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    UiSignIn(AuthenticationManager tokens, SessionAuthenticationStrategy newSession,
             SecurityContextRepository contexts, RequestCache savedPages) {
        this.tokens = tokens;
        this.newSession = newSession;
        this.contexts = contexts;
        this.savedPages = savedPages;
    }

    /**
     * Signs in with the token and answers where to go next (the page that asked for a sign-in, or the start page);
     * empty when the token is not known.
     */
    public Optional<String> signIn(String token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Authentication authenticated;
        try {
            Authentication checked = tokens.authenticate(new BearerTokenAuthenticationToken(token.strip()));
            authenticated = new SignedInToken((OAuth2AuthenticatedPrincipal) checked.getPrincipal(), token.strip());
        } catch (AuthenticationServiceException unavailable) {
            throw unavailable; // the check itself failed (its cause says why): that says nothing about the token
        } catch (AuthenticationException unknown) {
            return Optional.empty();
        }
        newSession.onAuthentication(authenticated, request, response);
        SessionEnd.takeFrom(request); // how an earlier session ended is no longer news
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authenticated);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        SavedRequest saved = savedPages.getRequest(request, response);
        savedPages.removeRequest(request, response);
        return Optional.of(saved == null ? "/" : saved.getRedirectUrl());
    }
}
