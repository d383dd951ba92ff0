/**
 * Reading a candidate's applications as lists to act on: each application with where it stands and the feedback
 * points it received (with their ids, for an evaluation), and the candidates an organization has.
 */
package dev.rebound.api.applications;
