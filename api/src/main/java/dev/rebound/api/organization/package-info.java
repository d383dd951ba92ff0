/** The organization context: tenants, their members and roles, coaches and the candidates' consent. */
package dev.rebound.api.organization;
