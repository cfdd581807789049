package org.parallax.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Flagged claims are offered places in the corrected text; prepared corrections, English and Korean. */
class ReanchoringTest {

    static final String US = "The Secretary met Kim Yong Chol in Pyongyang. "
            + "We made progress on almost all of the central issues. "
            + "Sanctions will remain in place until final, fully verified denuclearization.\n\n"
            + "Working groups will meet next week.";

    static final String DPRK = "미국측은 싱가포르 수뇌상봉과 회담의 정신에 배치되게 일방적이고 강도적인 비핵화요구만을 들고나왔다. "
            + "우리는 미국측이 그래도 수뇌상봉의 정신에 맞는 건설적인 방안을 가지고 오리라고 기대했다.\n\n"
            + "회담결과는 매우 우려스러운것이다.";

    static List<AnchorCandidate> candidates(String oldText, String newText, String quote) {
        int start = oldText.indexOf(quote);
        assertThat(start).as("the quote is in the old text").isNotNegative();
        TextAnchor anchor = TextAnchor.of(oldText, start, start + quote.length(), quote);
        assertThat(Reanchoring.find(newText, quote, anchor.prefix(), anchor.suffix()))
                .as("no exact place, so a person is asked")
                .isEmpty();
        int hint = (int) ((long) start * newText.length() / oldText.length());
        return Reanchoring.candidates(
                new ApproximateSearch(newText), anchor.quote(), anchor.prefix(), anchor.suffix(), hint);
    }

    @Test
    void a_word_changed_inside_the_quote() {
        String quote = "We made progress on almost all of the central issues.";
        String corrected = US.replace("almost all", "nearly all");
        List<AnchorCandidate> found = candidates(US, corrected, quote);
        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().quote()).isEqualTo("We made progress on nearly all of the central issues.");
        assertThat(found.getFirst().similarity()).isBetween(0.85, 0.99);
    }

    @Test
    void punctuation_and_spacing_changed() {
        String quote = "Sanctions will remain in place until final, fully verified denuclearization.";
        String corrected = US.replace("final, fully verified", "final  fully-verified");
        AnchorCandidate best = candidates(US, corrected, quote).getFirst();
        assertThat(best.quote())
                .isEqualTo("Sanctions will remain in place until final  fully-verified denuclearization.");
        assertThat(corrected.substring(best.start(), best.end())).isEqualTo(best.quote());
    }

    @Test
    void the_sentence_moved_to_another_paragraph_with_a_word_changed() {
        String quote = "We made progress on almost all of the central issues.";
        String corrected = US.replace("We made progress on almost all of the central issues. ", "")
                + "\n\nWe made progress on almost all the central issues.";
        AnchorCandidate best = candidates(US, corrected, quote).getFirst();
        assertThat(best.quote()).isEqualTo("We made progress on almost all the central issues.");
        assertThat(best.start()).isGreaterThan(corrected.indexOf("Working groups"));
    }

    @Test
    void a_repeated_quote_gives_two_candidates_the_one_in_the_old_context_first() {
        String quote = "Working groups will meet next week.";
        String corrected =
                "Working groups will meet next weeks. " + US.replace(quote, "Working groups will meet next weeks.");
        List<AnchorCandidate> found = candidates(US, corrected, quote);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).start()).isEqualTo(corrected.lastIndexOf("Working groups"));
        assertThat(found.get(1).start()).isZero();
        assertThat(found.get(0).similarity()).isGreaterThan(found.get(1).similarity());
    }

    @Test
    void a_removed_sentence_has_no_candidate() {
        String quote = "Working groups will meet next week.";
        assertThat(candidates(US, US.replace("\n\n" + quote, ""), quote)).isEmpty();
    }

    @Test
    void korean_a_word_changed() {
        String quote = "우리는 미국측이 그래도 수뇌상봉의 정신에 맞는 건설적인 방안을 가지고 오리라고 기대했다.";
        String corrected = DPRK.replace("기대했다", "생각했다");
        AnchorCandidate best = candidates(DPRK, corrected, quote).getFirst();
        assertThat(best.quote()).isEqualTo("우리는 미국측이 그래도 수뇌상봉의 정신에 맞는 건설적인 방안을 가지고 오리라고 생각했다.");
    }

    @Test
    void korean_spacing_changed_and_sentence_removed() {
        String quote = "회담결과는 매우 우려스러운것이다.";
        AnchorCandidate best =
                candidates(DPRK, DPRK.replace("우려스러운것이다", "우려스러운 것이다"), quote).getFirst();
        assertThat(best.quote()).isEqualTo("회담결과는 매우 우려스러운 것이다.");
        assertThat(candidates(DPRK, DPRK.replace("\n\n" + quote, ""), quote)).isEmpty();
    }

    @Test
    void a_candidate_never_cuts_a_character_or_a_word_in_two() {
        String old = "Progress 😀 was made on all issues today.";
        String changedEmoji = "Progress 🙂 was made on all issues today.";
        AnchorCandidate emoji =
                candidates(old, changedEmoji, "😀 was made on all issues").getFirst();
        assertThat(emoji.quote()).isEqualTo("🙂 was made on all issues");
        String changedVerb = "Progress 😀 has been made on all issues today.";
        AnchorCandidate verb =
                candidates(old, changedVerb, "😀 was made on all issues").getFirst();
        assertThat(Character.isLowSurrogate(changedVerb.charAt(verb.start()))).isFalse();
        assertThat(verb.quote()).endsWith("has been made on all issues");
    }

    @Test
    void claims_after_an_insertion_move_by_its_shift_even_where_their_quote_repeats() {
        String old = "Talks went on. The sides met. Talks went on. The sides parted.";
        String corrected = "Editor's note. " + old;
        List<Reanchoring.Selector> claims = List.of(
                selector(old, 0, "Talks went on."),
                selector(old, old.lastIndexOf("Talks went on."), "Talks went on."),
                selector(old, old.indexOf("The sides parted."), "The sides parted."));
        List<Reanchoring.Placement> placed = Reanchoring.placeAll(corrected, claims);
        assertThat(placed)
                .extracting(p -> p.found().start())
                .containsExactly(15, 15 + old.lastIndexOf("Talks went on."), 15 + old.indexOf("The sides parted."));
    }

    static Reanchoring.Selector selector(String text, int start, String quote) {
        TextAnchor anchor = TextAnchor.of(text, start, start + quote.length(), quote);
        return new Reanchoring.Selector(start, quote, anchor.prefix(), anchor.suffix(), true);
    }

    @Test
    void the_search_counts_edits_like_the_textbook() {
        var search = new ApproximateSearch("a".repeat(100) + "kitten" + "b".repeat(200));
        assertThat(search.find("sitting", 3))
                .singleElement()
                .satisfies(m -> assertThat(m.errors()).isEqualTo(3));
        assertThat(ApproximateSearch.distance("kitten", "sitting")).isEqualTo(3);
        String longPattern = "x".repeat(70) + "needle" + "y".repeat(70);
        var longSearch =
                new ApproximateSearch("z".repeat(500) + longPattern.replace("needle", "noodle") + "z".repeat(500));
        assertThat(longSearch.find(longPattern, 5)).singleElement().satisfies(m -> {
            assertThat(m.errors()).isEqualTo(2);
            assertThat(m.start()).isEqualTo(500);
            assertThat(m.end()).isEqualTo(500 + longPattern.length());
        });
    }
}
