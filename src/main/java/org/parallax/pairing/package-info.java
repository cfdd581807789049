/** Claim pairs: linked claims of two parties with a relation, rationale, topic and evidence. */
package org.parallax.pairing;
