/** The demo meeting and users, loaded once in demo mode. */
package org.parallax.demo;
