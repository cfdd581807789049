package org.parallax.claim;

/** Whether a claim still sits on its quote in the account's current text, or a person must look at it. */
public enum AnchorStatus {
    ANCHORED,
    NEEDS_ATTENTION
}
