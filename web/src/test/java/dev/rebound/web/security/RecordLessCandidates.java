package dev.rebound.web.security;

import dev.rebound.api.organization.query.FindCandidateOrganization;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * The slices' caller is the platform admin, and their candidates are ids without a candidate record, as in the
 * default organization of the embedded default: the access policy asks, and the mocked query gateway says so.
 */
final class RecordLessCandidates implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        QueryGateway queries = SpringExtension.getApplicationContext(context).getBean(QueryGateway.class);
        given(queries.query(any(FindCandidateOrganization.class), any(ResponseType.class)))
                .willReturn(CompletableFuture.completedFuture(Optional.empty()));
    }
}
