/** Reports: the export of a meeting's approved pairs. */
package org.parallax.report;
