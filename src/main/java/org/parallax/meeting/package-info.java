/** Meetings (one event that several parties describe) and the parties themselves. */
package org.parallax.meeting;
