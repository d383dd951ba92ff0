package dev.rebound.web.security;

import dev.rebound.web.WebProperties;
import dev.rebound.web.live.LiveUpdates;
import dev.rebound.web.live.StreamAccess;
import dev.rebound.web.problem.ErrorPages;
import dev.rebound.web.problem.Problems;
import dev.rebound.web.query.Reads;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A slice test of the REST API: every API controller (the UI's pages have their browser tests), the problem-details advice, the body limit and the real security
 * configuration, with Axon's gateways as Mockito mocks (so a test decides what a command or query answers; the
 * platform admin's candidates are ids without a record, see {@link RecordLessCandidates}). All
 * slice tests share one Spring context. End-to-end behaviour stays with the {@code *HttpTest}s on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.rebound\\.web\\.ui\\..*"))
@Import({SecurityConfiguration.class, Problems.class, ErrorPages.class, Reads.class, LiveUpdates.class,
        StreamAccess.class, DataAccessAudit.class})
@EnableConfigurationProperties(WebProperties.class)
@MockitoBean(types = {CommandGateway.class, QueryGateway.class})
@TestPropertySource(properties = "rebound.bootstrap-token=" + Slices.TOKEN)
@ExtendWith(RecordLessCandidates.class)
public @interface ApiSliceTest {
}
