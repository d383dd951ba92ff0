/** Reading a candidate's timeline: every event as a dated entry. */
package dev.rebound.api.timeline;
