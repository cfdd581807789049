package org.parallax.claim;

public record Claim(
        long id,
        long accountId,
        long meetingId,
        long partyId,
        int start,
        int end,
        String quote,
        String prefix,
        String suffix,
        String speaker,
        String topic,
        ClaimKind kind,
        boolean noCounterpart,
        String noCounterpartNote,
        AnchorStatus anchorStatus,
        int version,
        long createdBy) {}
