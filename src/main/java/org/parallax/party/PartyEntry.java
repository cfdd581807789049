package org.parallax.party;

/** A party as the admin list edits it. */
public record PartyEntry(long id, String code, String name, String colour, int version) {}
