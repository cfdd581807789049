package org.parallax.review;

import org.parallax.pairing.ClaimPair;

/** A reviewer's own pair with the last editor's word on it (null before any decision). */
public record MyPair(ClaimPair pair, String meetingTitle, Decision lastDecision, String lastNote, String lastEditor) {}
