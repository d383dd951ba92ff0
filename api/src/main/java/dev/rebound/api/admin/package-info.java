/** Operating Rebound: rebuilding read models from the event store. */
package dev.rebound.api.admin;
