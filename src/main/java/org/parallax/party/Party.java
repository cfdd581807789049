package org.parallax.party;

/** A side that gives an account: US, DPRK, ROK, ... with the colour it is shown in. */
public record Party(long id, String code, String name, String colour) {}
