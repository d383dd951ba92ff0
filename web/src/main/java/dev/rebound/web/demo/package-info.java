/**
 * Demo data: {@code --demo} (or {@code rebound.demo=true}, env {@code REBOUND_DEMO=true}) seeds an organization with
 * a few candidates and months of history through the command gateway, so that a newcomer sees a living product at
 * once. {@link dev.rebound.web.demo.DemoStories} holds the stories, {@link dev.rebound.web.demo.DemoSeeder} records
 * them (idempotently, for any organization), {@link dev.rebound.web.demo.DemoAtStartup} runs it after startup.
 */
package dev.rebound.web.demo;
