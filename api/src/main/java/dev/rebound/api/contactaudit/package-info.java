/**
 * Reading the employer-contact audit: every contact a candidate of the organization made with an employer (feedback
 * requests and logged contacts), who, when, how, why, and with which tone warnings.
 */
package dev.rebound.api.contactaudit;
