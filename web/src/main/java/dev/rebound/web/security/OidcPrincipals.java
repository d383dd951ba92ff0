package dev.rebound.web.security;

import dev.rebound.api.access.SystemCaller;

import dev.rebound.api.access.SystemActor;

import dev.rebound.api.access.Caller;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.organization.MemberRecord;
import dev.rebound.api.organization.Role;
import dev.rebound.api.organization.query.FindMemberByEmail;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import dev.rebound.web.query.Reads;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;

import java.io.Serial;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a verified JWT of a trusted identity provider into the same principal a personal access token gives, so
 * that {@link Caller} and the access policy treat both alike:
 * <ul>
 *   <li>{@code org} is the organization id (a UUID);</li>
 *   <li>{@code roles} lists the caller's roles; of the known ones ({@code ORG_ADMIN}, {@code COACH},
 *       {@code ANALYST}, {@code CANDIDATE}) the first in that order counts, others are ignored;</li>
 *   <li>a coach or candidate is the Rebound member of that organization whose e-mail address is in the member claim
 *       (default {@code email}), and must hold the same role there; an org admin or analyst needs no member record
 *       and is known by issuer and {@code sub}.</li>
 * </ul>
 * Anything else is refused with a {@link ClaimsRejected} that says what is wrong.
 */
final class OidcPrincipals implements Converter<Jwt, BearerTokenAuthentication> {

    static final String ORGANIZATION_CLAIM = "org";
    static final String ROLES_CLAIM = "roles";
    /** Which role counts when a token lists several: the one that may do most, the candidate last. */
    static final List<Role> PRECEDENCE = List.of(Role.ORG_ADMIN, Role.COACH, Role.ANALYST, Role.CANDIDATE);

    private final OidcProperties.Issuer issuer;
    private final Reads reads;

    OidcPrincipals(OidcProperties.Issuer issuer, Reads reads) {
        this.issuer = issuer;
        this.reads = reads;
    }

    @Override
    public BearerTokenAuthentication convert(Jwt jwt) {
        OrganizationId organization = organization(jwt);
        if (!issuer.organizations().contains(organization.value())) {
            throw new ClaimsRejected("The issuer " + issuer.issuer() + " may not speak for organization "
                    + organization + ": it signs in only the organizations configured for it.");
        }
        Role role = role(jwt);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(Callers.ORGANIZATION, organization.value());
        attributes.put(Callers.ROLE, role.name());
        String name;
        if (role == Role.COACH || role == Role.CANDIDATE) {
            MemberRecord member = member(jwt, organization, role);
            attributes.put(Callers.MEMBER, member.memberId().value());
            if (member.candidateId() != null) {
                attributes.put(Callers.CANDIDATE, member.candidateId().value());
            }
            name = member.memberId().toString();
        } else {
            if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
                throw new ClaimsRejected("The token has no 'sub' claim.");
            }
            // qualified by the issuer: two identity providers may use the same subject for different people
            name = issuer.issuer() + "#" + jwt.getSubject();
        }
        attributes.put("sub", name);
        Collection<GrantedAuthority> authorities = AuthorityUtils.createAuthorityList("ROLE_" + role.name());
        return new BearerTokenAuthentication(new DefaultOAuth2AuthenticatedPrincipal(name, attributes, authorities),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, jwt.getTokenValue(), jwt.getIssuedAt(),
                        jwt.getExpiresAt()),
                authorities);
    }

    private static OrganizationId organization(Jwt jwt) {
        if (jwt.getClaims().get(ORGANIZATION_CLAIM) instanceof String organization) {
            try {
                return OrganizationId.of(UUID.fromString(organization));
            } catch (IllegalArgumentException notAUuid) {
                // answered below
            }
        }
        throw new ClaimsRejected("The token's 'org' claim must be the id (a UUID) of a Rebound organization.");
    }

    private static Role role(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        Collection<?> roles = claim instanceof Collection<?> listed ? listed
                : claim instanceof String single ? List.of(single) : List.of();
        return PRECEDENCE.stream().filter(role -> roles.contains(role.name())).findFirst()
                .orElseThrow(() -> new ClaimsRejected("The token's 'roles' claim names none of ORG_ADMIN, COACH, "
                        + "ANALYST, CANDIDATE."));
    }

    private MemberRecord member(Jwt jwt, OrganizationId organization, Role role) {
        String claim = issuer.memberClaim();
        if (!(jwt.getClaims().get(claim) instanceof String email) || email.isBlank()) {
            throw new ClaimsRejected("A " + role + " token needs the '" + claim
                    + "' claim to find the member by their e-mail address.");
        }
        if ("email".equals(claim) && Boolean.FALSE.equals(jwt.getClaims().get("email_verified"))) {
            throw new ClaimsRejected("The token's e-mail address is not verified by the identity provider.");
        }
        Optional<MemberRecord> member = reads.findAs(SystemCaller.of(SystemActor.AUTHENTICATION),
                new FindMemberByEmail(organization, email), MemberRecord.class);
        MemberRecord found = member.orElseThrow(() -> new ClaimsRejected("No member of organization "
                + organization + " has the e-mail address in the token's '" + claim
                + "' claim; an org admin adds them first."));
        if (found.role() != role) {
            throw new ClaimsRejected("The token says " + role + ", but the member is " + found.role()
                    + " in Rebound; the identity provider and Rebound must agree on the role.");
        }
        return found;
    }

    /** A verified token whose claims do not make a Rebound caller; its message is shown to the client. */
    static final class ClaimsRejected extends InvalidBearerTokenException {

        @Serial
        private static final long serialVersionUID = 1L;

        ClaimsRejected(String detail) {
            super(detail);
        }
    }
}
