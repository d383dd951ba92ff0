package dev.rebound.web.live;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * When {@link LiveUpdates} ends a stream because its caller may no longer see the candidate, the servlet container
 * dispatches the request once more to finish it; Spring MVC would run the access policy again for that dispatch,
 * which now refuses, and try to answer a 404 on a response long sent (logging it as an error). That dispatch has
 * nothing left to do, so it ends here. Every other dispatch goes on as ever.
 */
@Component
class LostAccessDispatches extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ASYNC;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!LiveUpdates.endedForLostAccess(request)) {
            chain.doFilter(request, response);
        }
    }
}
