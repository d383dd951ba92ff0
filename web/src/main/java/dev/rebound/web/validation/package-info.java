/** Field rules of the public API that come from Rebound's reference data (taxonomy, question catalogue). */
package dev.rebound.web.validation;
