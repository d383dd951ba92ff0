/** Reading a candidate's relationships with employers: applications, feedback, contacts, do-not-contact. */
package dev.rebound.api.employerrelationships;
