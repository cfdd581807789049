/** Claims: anchored spans of an account (quote, offsets, prefix and suffix), and the no-counterpart mark. */
package org.parallax.claim;
