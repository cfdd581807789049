/** The append-only history of every change: who, when, what, before and after. */
package org.parallax.audit;
