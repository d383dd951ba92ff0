/**
 * The employer-relationship context: every contact a candidate has with one employer, and whether that employer
 * may be contacted at all.
 */
package dev.rebound.api.employer;
