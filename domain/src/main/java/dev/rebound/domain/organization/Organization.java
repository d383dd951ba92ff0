package dev.rebound.domain.organization;

import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.common.RuleViolation;
import dev.rebound.api.organization.MemberId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.command.AddMember;
import dev.rebound.api.organization.command.CreateOrganization;
import dev.rebound.api.organization.event.MemberAdded;
import dev.rebound.api.organization.event.OrganizationCreated;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.rebound.domain.common.Rules.requirePresent;
import static dev.rebound.domain.common.Rules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A tenant and its members: who belongs, in which role; every e-mail address at most once. */
public class Organization {

    /** Enough to catch a typo or a name in the wrong field; the address is confirmed elsewhere, not here. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @AggregateIdentifier
    private OrganizationId organizationId;
    private final Map<MemberId, MemberRecord> members = new HashMap<>();
    private final Set<String> emails = new HashSet<>();

    protected Organization() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Organization(CreateOrganization command) {
        requirePresent(command.organizationId(), "organizationId");
        apply(new OrganizationCreated(command.organizationId(), requireText(command.name(), "name")));
    }

    @CommandHandler
    public void handle(AddMember command, Candidates candidates) {
        requirePresent(command.memberId(), "memberId");
        requirePresent(command.role(), "role");
        if (!command.role().isMemberRole()) {
            throw new RuleViolation("not-a-member-role", "No member is a " + command.role() + "; give one of "
                    + "ORG_ADMIN, COACH, ANALYST or CANDIDATE.");
        }
        String displayName = requireText(command.displayName(), "displayName");
        String email = requireText(command.email(), "email");
        if (!EMAIL.matcher(email).matches()) {
            throw new RuleViolation("invalid-email", "'" + email + "' is not an e-mail address.");
        }
        if (emails.contains(email.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("email-taken", "A member with the e-mail address " + email
                    + " belongs to this organization already; give them another role there instead of a second "
                    + "membership, or use another address.");
        }
        if (members.containsKey(command.memberId())) {
            throw new RuleViolation("duplicate-member", "Member " + command.memberId() + " exists already.");
        }
        boolean candidate = command.role() == Role.CANDIDATE;
        if (candidate != (command.candidateId() != null)) {
            throw new RuleViolation("candidate-record", candidate
                    ? "A candidate member needs a candidate id."
                    : "Only a candidate member gets a candidate record.");
        }
        apply(new MemberAdded(organizationId, command.memberId(), command.role(), displayName, email,
                command.candidateId()));
        if (candidate) {
            candidates.register(command);
        }
    }

    Optional<Role> roleOf(MemberId member) {
        return member(member).map(MemberRecord::role);
    }

    Optional<MemberRecord> member(MemberId member) {
        return Optional.ofNullable(members.get(member));
    }

    @EventSourcingHandler
    void on(OrganizationCreated event) {
        organizationId = event.organizationId();
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        members.put(event.memberId(),
                new MemberRecord(event.organizationId(), event.memberId(), event.role(), event.candidateId()));
        emails.add(event.email().toLowerCase(Locale.ROOT));
    }
}
