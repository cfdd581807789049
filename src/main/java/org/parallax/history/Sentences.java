package org.parallax.history;

import java.util.Optional;
import java.util.Set;
import org.parallax.audit.AuditEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes history events as sentences with people's full names, the way a desk tells what happened to a
 * pair: "Eden Editor asked for changes: say which statement." The audit keeps the raw record; this is its
 * reading, in one place for the pair's history tab and the meeting's.
 */
final class Sentences {

    /** The editors' decisions on a pair are told by their review events, which carry the note. */
    private static final Set<String> TOLD_BY_REVIEW = Set.of("approve", "reject", "request_changes");

    private final JsonMapper json;

    Sentences(JsonMapper json) {
        this.json = json;
    }

    /** Whether the event is told at all (a decision's status change is told by its review event). */
    static boolean told(AuditEntry e) {
        return !("claim_pair".equals(e.entityType()) && TOLD_BY_REVIEW.contains(e.action()));
    }

    /**
     * @param inMeeting whether the sentence stands in a meeting's history, where it must say which pair or
     *     account it is about, rather than in the history of that pair itself
     */
    String of(AuditEntry e, boolean inMeeting) {
        String who = e.actorName();
        JsonNode before = read(e.before());
        JsonNode after = read(e.after());
        JsonNode state = after != null ? after : before;
        String pair = inMeeting ? "pair " + e.entityId() : "the pair";
        String pairCap = inMeeting ? "Pair " + e.entityId() : "The pair";
        String quote = text(state, "quote").map(q -> " “" + shorten(q) + "”").orElse("");
        String title = text(state, "title").map(t -> " “" + shorten(t) + "”").orElse("");
        String note =
                text(after, "note").filter(n -> !n.isBlank()).map(n -> ": " + n).orElse(".");
        return switch (e.entityType() + "/" + e.action()) {
            case "meeting/create" -> who + " created the meeting.";
            case "meeting/update" -> who + " edited the meeting's details.";
            case "meeting/archive" -> who + " archived the meeting.";
            case "meeting/unarchive" -> who + " brought the meeting back from the archive.";
            case "meeting/delete" -> who + " deleted the meeting.";
            case "account/create" -> who + " added the account" + title + ".";
            case "account/excerpt" -> who + " made the account" + title + " from a source document.";
            case "account/edit" -> who + " edited the details of the account" + title + ".";
            case "account/correct_text" -> who + " corrected the text of the account" + title + ".";
            case "account/delete" -> who + " deleted the account" + title + ".";
            case "source_document/import_source" -> who + " imported the source document" + title + ".";
            case "claim/create" -> who + " marked the claim" + quote + ".";
            case "claim/edit" -> who + " edited the claim" + quote + ".";
            case "claim/reanchor_by_hand" -> who + " put the claim" + quote + " on its place in the corrected text.";
            case "claim/reanchor" -> who + "'s text correction moved the claim" + quote + " with the text.";
            case "claim/mark_no_counterpart" ->
                who + " marked the claim" + quote + " as having no counterpart"
                        + text(after, "noCounterpartNote").map(n -> ": " + n).orElse(".");
            case "claim/clear_no_counterpart" -> who + " took back “no counterpart” for the claim" + quote + ".";
            case "claim/delete" -> who + " deleted the claim" + quote + ".";
            case "claim_pair/create" ->
                who + " linked “"
                        + text(state, "leftQuote").map(Sentences::shorten).orElse("")
                        + "” and “"
                        + text(state, "rightQuote").map(Sentences::shorten).orElse("") + "”"
                        + text(state, "relation")
                                .map(r -> " (" + r.toLowerCase().replace('_', ' ') + ")")
                                .orElse("")
                        + (inMeeting ? " as draft pair " + e.entityId() : " as a draft") + ".";
            case "claim_pair/update" -> who + " edited " + pair + ".";
            case "claim_pair/submit" -> who + " submitted " + pair + " for review.";
            case "claim_pair/reopen" -> who + " reopened " + pair + " after its approval.";
            case "claim_pair/seal_broken" ->
                pairCap + " went back to review: " + text(after, "changed").orElse("what it links changed") + ".";
            case "claim_pair/delete" -> who + " deleted " + pair + ".";
            case "claim_pair/delete_with_claim" -> pairCap + " went with a claim " + who + " deleted.";
            case "claim_pair/create_by_settlement" -> pairCap + " was made by settling an agreement round.";
            case "claim_pair/delete_by_settlement" -> pairCap + " was removed by settling an agreement round.";
            case "review/review_approve" -> who + " approved " + (inMeeting ? pair : "it") + note;
            case "review/review_request_changes" ->
                who + " asked for changes" + (inMeeting ? " to " + pair : "") + note;
            case "review/review_reject" -> who + " rejected " + (inMeeting ? pair : "it") + note;
            case "pair_comment/comment" ->
                who + " commented"
                        + text(after, "body").map(b -> ": “" + shorten(b) + "”").orElse(".");
            case "agreement_round/request_blind_pairing" -> who + " asked for a blind second pairing of the meeting.";
            case "agreement_round/settle_difference" -> who + " settled a difference of the agreement round.";
            case "agreement_round/close_agreement_round" -> who + " closed the agreement round.";
            default ->
                who + ": " + e.action().replace('_', ' ') + " ("
                        + e.entityType().replace('_', ' ') + ")";
        };
    }

    private JsonNode read(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        return Optional.of(value.isString() ? value.asString() : value.toString());
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
