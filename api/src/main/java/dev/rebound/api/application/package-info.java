/**
 * The application context: one candidate's pursuit of one role, from application through interviews to a
 * rejection (or offer) and the feedback cycle after it.
 */
package dev.rebound.api.application;
