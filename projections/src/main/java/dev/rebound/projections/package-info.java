/**
 * Read models: one package per read model, each with its own processing group, idempotent writes and a reset
 * handler, so it can be dropped and rebuilt from the event store.
 */
package dev.rebound.projections;
