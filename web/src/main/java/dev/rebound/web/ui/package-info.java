/**
 * The server-rendered UI (Thymeleaf, htmx, Chart.js): pages for the candidate, their coach and the organization admin.
 * Like the REST API it sends the api module's commands through Axon's command gateway and asks the read models through
 * {@link dev.rebound.web.query.Reads}; it never touches aggregates or tables.
 */
package dev.rebound.web.ui;
