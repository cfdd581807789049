/** The history screens: what happened to a pair or in a meeting, read from the audit trail. */
package org.parallax.history;
