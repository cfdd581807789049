package org.parallax.meeting;

import java.time.LocalDate;
import java.util.List;
import org.parallax.party.Party;

/**
 * A meeting with the parties that gave accounts of it and the work done on it (the pairs and reviews the
 * reader may see), and who created it.
 */
public record MeetingSummary(
        long id,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        String location,
        String description,
        boolean archived,
        int accountCount,
        int claimCount,
        int pairCount,
        int reviewCount,
        List<Party> parties,
        int version,
        long createdBy) {}
