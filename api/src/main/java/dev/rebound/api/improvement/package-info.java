/** The improvement context: practice that targets weaknesses, per candidate. */
package dev.rebound.api.improvement;
