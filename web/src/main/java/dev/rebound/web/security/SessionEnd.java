package dev.rebound.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * How a UI session ended, for the sign-in page to say so once. It is remembered on the server, in the signed-out
 * session that follows the ended one, by whoever ended it: the sign-out, or {@link SignedInTokenCheck} when the token
 * was revoked. The page never takes an address's word for it ({@code /sign-in?signed-out} says nothing to someone who
 * never signed in), and reading it forgets it.
 */
public enum SessionEnd {

    /** The person signed out. */
    SIGNED_OUT,
    /** The token the session was signed in with is no longer valid: it was revoked. */
    TOKEN_REVOKED,
    /** The session came back from storage without its token (which is never written out): sign in again. */
    TOKEN_FORGOTTEN;

    private static final String ATTRIBUTE = SessionEnd.class.getName();

    /** Remembers this end in the request's session, a new one when the ended one was invalidated. */
    void rememberIn(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    /** How the session before this one ended, if it was remembered; it is forgotten once read. */
    public static Optional<SessionEnd> takeFrom(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object ended = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return ended instanceof SessionEnd end ? Optional.of(end) : Optional.empty();
    }
}
