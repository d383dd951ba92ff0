/** Domain policies: rules that advise rather than decide, such as the tone check on outbound text. */
package dev.rebound.domain.policy;
