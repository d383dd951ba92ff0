/**
 * The access audit: who read which candidate's data, and when. It holds ids, roles, endpoint templates and times only,
 * never personal data, so that it outlives a candidate's erasure unchanged.
 */
package dev.rebound.api.access;
