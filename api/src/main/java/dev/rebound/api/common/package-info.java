/** Value types shared by every context: ids, stages, channels and the rule-violation signal. */
package dev.rebound.api.common;
