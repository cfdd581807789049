/** Accounts: one party's published version of a meeting, with its immutable, revisioned text. */
package org.parallax.account;
