/** Sign-in, the three roles, the current user and user administration. */
package org.parallax.security;
