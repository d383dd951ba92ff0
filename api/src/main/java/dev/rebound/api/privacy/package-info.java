/**
 * Personal data in events: which values are personal ({@link dev.rebound.api.privacy.PersonalData}), whose they are
 * ({@link dev.rebound.api.privacy.DataSubject}), and what they read as once erased.
 */
package dev.rebound.api.privacy;
