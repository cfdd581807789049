/** Blind double pairing of a meeting, the agreement between the two reviewers and its settling. */
package org.parallax.agreement;
