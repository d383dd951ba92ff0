/** Checking a text for the tone career advice warns against, before it is sent to an employer. */
package dev.rebound.api.tone;
