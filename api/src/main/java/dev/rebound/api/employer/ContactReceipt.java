package dev.rebound.api.employer;

import dev.rebound.api.common.ContactId;
import dev.rebound.api.common.ToneWarning;

import java.util.List;

/** What logging a contact answers: its id, and the tone warnings recorded with the message. */
public record ContactReceipt(ContactId contactId, List<ToneWarning> toneWarnings) {
}
