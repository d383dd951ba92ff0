package dev.rebound.domain.organization;

import dev.rebound.api.organization.command.AddMember;

/** What an organization needs of candidate records: a new CANDIDATE member gets one, in the same unit of work. */
public interface Candidates {

    void register(AddMember candidateMember);
}
