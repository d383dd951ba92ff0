/** Reference data every context shares: the weakness taxonomy and the feedback-question catalogue. */
package dev.rebound.api.catalogue;
