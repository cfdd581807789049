/** Parties: the sides that give accounts (US, DPRK, ROK, ...), with the colour they are shown in. */
package org.parallax.party;
