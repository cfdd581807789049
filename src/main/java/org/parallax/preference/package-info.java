/** Each person's own choices for their screens (where the comparison's pairs sit), kept in the database. */
package org.parallax.preference;
