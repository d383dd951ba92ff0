package dev.rebound.infra.access;

import dev.rebound.api.application.command.TrackApplication;
import dev.rebound.api.common.ApplicationId;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.EmployerId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.CandidateAccess;
import dev.rebound.api.organization.CoachCandidate;
import dev.rebound.api.organization.CoachCandidates;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.AssignCoach;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.command.ErasePersonalData;
import dev.rebound.api.organization.command.SetCoachAccess;
import dev.rebound.api.organization.query.FindApplicationCandidate;
import dev.rebound.api.organization.query.FindCandidateAccess;
import dev.rebound.api.organization.query.FindCandidateOrganization;
import dev.rebound.api.organization.query.FindCoachCandidates;
import dev.rebound.api.organization.query.FindMemberByEmail;
import dev.rebound.api.privacy.PersonalData;
import dev.rebound.infra.InfraTestApplication;
import dev.rebound.testsupport.PostgresDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The access read model on PostgreSQL: what it answers, that it is written in the command's own transaction, and that
 * a rebuild from the event store gives the model the commands built.
 */
// A database of its own (the property makes the context differ from the other classes'): the rebuild tests compare
// and rebuild the whole model, and another class's events stored without the model (e.g. by SQL) would differ.
// Closed after the class (@DirtiesContext), so its processors do not keep running beside the other classes.
@SpringBootTest(classes = InfraTestApplication.class, properties = "spring.application.name=access-model-test")
@PostgresDatabase
@DirtiesContext
class AccessModelIntegrationTest {

    private static final List<String> TABLES = List.of("access_member", "access_candidate",
            "access_coach_assignment", "access_application");

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccessQueries access;

    @Autowired
    AccessModelRebuild rebuild;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** An organization with an admin, two coaches and two candidates, Ada (assigned, consenting) and Bob. */
    private record Org(OrganizationId id, MemberId admin, MemberId coach, MemberId otherCoach, MemberId adaMember,
                       CandidateId ada, MemberId bobMember, CandidateId bob, ApplicationId adaApplication) {
    }

    private Org organization() {
        Org org = new Org(OrganizationId.random(), MemberId.random(), MemberId.random(), MemberId.random(),
                MemberId.random(), CandidateId.random(), MemberId.random(), CandidateId.random(),
                ApplicationId.random());
        commands.sendAndWait(new CreateOrganization(org.id(), "Northside Career Services"));
        commands.sendAndWait(new AddMember(org.id(), org.admin(), Role.ORG_ADMIN, "Olga", "olga@example.org", null));
        commands.sendAndWait(new AddMember(org.id(), org.coach(), Role.COACH, "Grace", "Grace.Hopper@Example.org",
                null));
        commands.sendAndWait(new AddMember(org.id(), org.otherCoach(), Role.COACH, "Hedy", "hedy@example.org", null));
        commands.sendAndWait(new AddMember(org.id(), org.adaMember(), Role.CANDIDATE, "Ada", "ada@example.org",
                org.ada()));
        commands.sendAndWait(new AddMember(org.id(), org.bobMember(), Role.CANDIDATE, "Bob", "bob@example.org",
                org.bob()));
        commands.sendAndWait(new AssignCoach(org.ada(), org.id(), org.coach()));
        commands.sendAndWait(new SetCoachAccess(org.ada(), org.id(), true));
        commands.sendAndWait(new AssignCoach(org.bob(), org.id(), org.coach()));
        commands.sendAndWait(new AssignCoach(org.bob(), org.id(), org.otherCoach()));
        commands.sendAndWait(new TrackApplication(org.adaApplication(), org.id(), org.ada(),
                EmployerId.forCandidate(org.ada(), "Acme"), "Acme", "Analyst", null, null, null));
        return org;
    }

    @Test
    void itRunsOnASubscribingProcessor() {
        assertThat(processing.eventProcessor(AccessModelProjection.NAME, SubscribingEventProcessor.class))
                .as("in the command's transaction, not behind it").isPresent();
        assertThat(rebuild.builtBy()).as("built at startup").contains(AccessModelRebuild.VERSION);
    }

    @Test
    void itAnswersWhatTheEventsSay() {
        Org org = organization();

        assertThat(access.candidate(org.ada())).contains(new CandidateAccess(org.ada(), org.id(), org.adaMember(),
                Set.of(org.coach()), true));
        assertThat(access.candidate(org.bob())).contains(new CandidateAccess(org.bob(), org.id(), org.bobMember(),
                Set.of(org.coach(), org.otherCoach()), false));
        assertThat(access.candidate(CandidateId.random())).isEmpty();
        assertThat(access.application(org.adaApplication()))
                .contains(new ApplicationOwner(org.adaApplication(), org.ada(), org.id()));
        assertThat(access.application(ApplicationId.random())).isEmpty();
        assertThat(access.member(org.id(), org.coach())).contains(new MemberRecord(org.id(), org.coach(), Role.COACH,
                null));
        assertThat(access.member(org.id(), org.adaMember()))
                .contains(new MemberRecord(org.id(), org.adaMember(), Role.CANDIDATE, org.ada()));
        assertThat(access.member(OrganizationId.random(), org.coach())).as("another tenant").isEmpty();

        assertThat(query(new FindCandidateAccess(org.id(), org.ada()), CandidateAccess.class).orElseThrow()
                .visibleToCoach(org.coach())).isTrue();
        assertThat(query(new FindCandidateAccess(OrganizationId.random(), org.ada()), CandidateAccess.class))
                .as("another tenant").isEmpty();
        assertThat(query(new FindCandidateOrganization(org.bob()), OrganizationId.class)).contains(org.id());
        assertThat(query(new FindCandidateOrganization(CandidateId.random()), OrganizationId.class)).isEmpty();
        assertThat(query(new FindApplicationCandidate(org.id(), org.adaApplication()), CandidateId.class))
                .contains(org.ada());
        assertThat(query(new FindApplicationCandidate(OrganizationId.random(), org.adaApplication()),
                CandidateId.class)).as("another tenant").isEmpty();
        assertThat(query(new FindMemberByEmail(org.id(), " grace.hopper@example.ORG "), MemberRecord.class))
                .contains(new MemberRecord(org.id(), org.coach(), Role.COACH, null));
        assertThat(query(new FindMemberByEmail(org.id(), "bob@example.org"), MemberRecord.class))
                .contains(new MemberRecord(org.id(), org.bobMember(), Role.CANDIDATE, org.bob()));
        assertThat(query(new FindMemberByEmail(OrganizationId.random(), "bob@example.org"), MemberRecord.class))
                .as("another tenant").isEmpty();
        assertThat(query(new FindMemberByEmail(org.id(), "eve@example.org"), MemberRecord.class)).isEmpty();
        assertThat(coachCandidates(org.id(), org.coach())).containsExactly(new CoachCandidate(org.ada(), "Ada", true),
                new CoachCandidate(org.bob(), "Bob", false));
        assertThat(coachCandidates(org.id(), org.otherCoach()))
                .containsExactly(new CoachCandidate(org.bob(), "Bob", false));
        assertThat(coachCandidates(OrganizationId.random(), org.coach())).as("another tenant").isEmpty();
    }

    @Test
    void noAddressIsStoredOnlyItsLookupKey() {
        Org org = organization();

        assertThat(jdbc.sql("SELECT email_key FROM access_member WHERE organization_id = ? AND member_id = ?")
                .params(org.id().value(), org.coach().value()).query(String.class).single())
                .isEqualTo(AccessModelProjection.emailKey("grace.hopper@example.org"))
                .matches("[0-9a-f]{64}");
        assertThat(dump()).as("no address in the model").noneMatch(row -> row.contains("@"));
    }

    @Test
    void aCommandsChangesAreInTheModelWhenItReturns() {
        Org org = organization();

        commands.sendAndWait(new SetCoachAccess(org.bob(), org.id(), true));
        assertThat(jdbc.sql("SELECT coach_access FROM access_candidate WHERE candidate_id = ?")
                .param(org.bob().value()).query(Boolean.class).single()).isTrue();
        commands.sendAndWait(new SetCoachAccess(org.ada(), org.id(), false));
        assertThat(access.candidate(org.ada()).orElseThrow().visibleToCoach(org.coach()))
                .as("a consent revoked counts at once").isFalse();
        MemberId newCoach = MemberId.random();
        commands.sendAndWait(new AddMember(org.id(), newCoach, Role.COACH, "Alan", "alan@example.org", null));
        commands.sendAndWait(new AssignCoach(org.ada(), org.id(), newCoach));
        assertThat(jdbc.sql("SELECT count(*) FROM access_coach_assignment WHERE candidate_id = ? "
                        + "AND coach_member_id = ?")
                .params(org.ada().value(), newCoach.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFailingAccessHandlerFailsTheCommandAndNothingOfItIsStored() {
        Org org = organization();
        MemberId refused = MemberId.random();
        commands.sendAndWait(new AddMember(org.id(), refused, Role.COACH, "Rita", "rita@example.org", null));
        jdbc.sql("""
                CREATE FUNCTION access_model_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'refused by the test';
                END;
                $$""").update();
        jdbc.sql("CREATE TRIGGER access_model_test_refuse BEFORE INSERT ON access_coach_assignment FOR EACH ROW "
                + "WHEN (NEW.coach_member_id = '" + refused.value() + "') "
                + "EXECUTE FUNCTION access_model_test_refuse()").update();
        try {
            assertThatThrownBy(() -> commands.sendAndWait(new AssignCoach(org.ada(), org.id(), refused)))
                    .hasStackTraceContaining("refused by the test");
        } finally {
            jdbc.sql("DROP TRIGGER access_model_test_refuse ON access_coach_assignment").update();
            jdbc.sql("DROP FUNCTION access_model_test_refuse()").update();
        }

        assertThat(jdbc.sql("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(org.ada().toString()).query(String.class).list())
                .as("the event was rolled back with the model's row: only the first coach's assignment is stored")
                .filteredOn(type -> type.endsWith("CoachAssigned")).hasSize(1);
        assertThat(access.candidate(org.ada()).orElseThrow().coaches()).containsExactly(org.coach());
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
                .param(AccessModelProjection.NAME).query(Integer.class).single()).as("nothing parked").isZero();

        commands.sendAndWait(new AssignCoach(org.ada(), org.id(), refused));
        assertThat(access.candidate(org.ada()).orElseThrow().coaches()).as("the same command once the fault is gone")
                .containsExactlyInAnyOrder(org.coach(), refused);
    }

    @Test
    void aCommandWaitsWhileARebuildHoldsTheModel() {
        Org org = organization();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        CompletableFuture<Object> command = transaction.execute(status -> {
            jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(AccessModelProjection.LOCK_KEY)
                    .query(Integer.class).single();
            CompletableFuture<Object> assign = CompletableFuture.supplyAsync(
                    () -> commands.sendAndWait(new AssignCoach(org.ada(), org.id(), org.otherCoach())));
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                    .query(Integer.class).single() > 0);
            assertThat(assign).isNotDone();
            return assign;
        });

        await().atMost(Duration.ofSeconds(20)).until(command::isDone);
        assertThat(command).isCompleted();
        assertThat(access.candidate(org.ada()).orElseThrow().coaches())
                .containsExactlyInAnyOrder(org.coach(), org.otherCoach());
    }

    @Test
    void anErasedCandidateIsFoundByAddressNoMoreAndReadsAsErased() {
        Org org = organization();

        commands.sendAndWait(new ErasePersonalData(org.ada(), org.id()));

        assertThat(query(new FindMemberByEmail(org.id(), "ada@example.org"), MemberRecord.class)).isEmpty();
        assertThat(jdbc.sql("SELECT email_key FROM access_member WHERE organization_id = ? AND member_id = ?")
                .params(org.id().value(), org.adaMember().value()).query(String.class).optional()).isEmpty();
        assertThat(coachCandidates(org.id(), org.coach()))
                .containsExactly(new CoachCandidate(org.ada(), PersonalData.ERASED, true),
                        new CoachCandidate(org.bob(), "Bob", false));
        assertThat(access.member(org.id(), org.adaMember())).as("still a member: ids are no personal data")
                .isPresent();
    }

    @Test
    void aRebuildFromTheEventStoreGivesTheModelTheCommandsBuilt() {
        Org org = organization();
        commands.sendAndWait(new SetCoachAccess(org.ada(), org.id(), false));
        commands.sendAndWait(new SetCoachAccess(org.bob(), org.id(), true));
        commands.sendAndWait(new ErasePersonalData(org.bob(), org.id()));
        Map<String, List<String>> built = dumpByTable();
        assertThat(built.get("access_member")).isNotEmpty();

        // a database from before the model: events, empty tables, no marker
        TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        jdbc.sql("DELETE FROM access_model_version").update();
        assertThat(query(new FindCandidateOrganization(org.ada()), OrganizationId.class)).isEmpty();

        assertThat(rebuild.rebuildIfOutdated()).isTrue();

        assertThat(dumpByTable()).isEqualTo(built);
        assertThat(rebuild.builtBy()).contains(AccessModelRebuild.VERSION);
        assertThat(coachCandidates(org.id(), org.coach())).containsExactly(new CoachCandidate(org.ada(), "Ada", false),
                new CoachCandidate(org.bob(), PersonalData.ERASED, true));
    }

    @Test
    void anOlderMarkerRebuildsTheModelACurrentOrNewerOneDoesNot() {
        Org org = organization();
        Map<String, List<String>> built = dumpByTable();
        assertThat(rebuild.rebuildIfOutdated()).as("current").isFalse();

        jdbc.sql("UPDATE access_candidate SET coach_access = false WHERE candidate_id = ?").param(org.ada().value())
                .update();
        jdbc.sql("DELETE FROM access_member WHERE organization_id = ?").param(org.id().value()).update();
        jdbc.sql("UPDATE access_model_version SET version = ?").param(AccessModelRebuild.VERSION + 1).update();
        assertThat(rebuild.rebuildIfOutdated()).as("built by a newer version").isFalse();
        assertThat(access.member(org.id(), org.coach())).isEmpty();

        jdbc.sql("UPDATE access_model_version SET version = ?").param(AccessModelRebuild.VERSION - 1).update();
        assertThat(rebuild.rebuildIfOutdated()).as("built by an older version").isTrue();

        assertThat(dumpByTable()).isEqualTo(built);
        assertThat(rebuild.builtBy()).contains(AccessModelRebuild.VERSION);
    }

    @Test
    void twoNodesStartingAtOnceRebuildOnce() {
        organization();
        jdbc.sql("DELETE FROM access_model_version").update();

        Supplier<Boolean> start = rebuild::rebuildIfOutdated;
        List<Boolean> rebuilt = Stream.of(CompletableFuture.supplyAsync(start), CompletableFuture.supplyAsync(start))
                .map(CompletableFuture::join).toList();

        assertThat(rebuilt).containsExactlyInAnyOrder(true, false);
        assertThat(rebuild.builtBy()).contains(AccessModelRebuild.VERSION);
    }

    /**
     * The internal look-ups are asked of the bean, as the access policy does: no one may send them over the query bus
     * (they are {@code SystemOnly}; the token checks' {@code FindMemberByEmail} goes through the bus as well).
     */
    private <R> Optional<R> query(Object query, Class<R> type) {
        Object answer = switch (query) {
            case FindCandidateAccess lookUp -> access.handle(lookUp);
            case FindCandidateOrganization lookUp -> access.handle(lookUp);
            case FindApplicationCandidate lookUp -> access.handle(lookUp);
            case FindMemberByEmail lookUp -> queries.query(lookUp, ResponseTypes.optionalInstanceOf(type)).join()
                    .orElse(null);
            default -> throw new IllegalArgumentException("Not an access look-up: " + query);
        };
        return Optional.ofNullable(type.cast(answer));
    }

    private List<CoachCandidate> coachCandidates(OrganizationId org, MemberId coach) {
        return queries.query(new FindCoachCandidates(org, coach), CoachCandidates.class).join().items();
    }

    /** Every row of the model, as JSON, table by table, in a stable order. */
    private Map<String, List<String>> dumpByTable() {
        return TABLES.stream().collect(Collectors.toMap(table -> table, table -> jdbc.sql(
                "SELECT row_to_json(t)::text FROM " + table + " t ORDER BY 1").query(String.class).list()));
    }

    private List<String> dump() {
        return dumpByTable().values().stream().flatMap(List::stream).toList();
    }
}
