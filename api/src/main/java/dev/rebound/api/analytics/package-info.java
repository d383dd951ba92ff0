/** Reading an organization's de-identified cohort figures: no names, no free text, no candidate ids. */
package dev.rebound.api.analytics;
