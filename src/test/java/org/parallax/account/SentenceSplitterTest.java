package org.parallax.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void splits_plain_sentences_with_their_offsets() {
        String text = "The talks were productive. Some issues remain! Will they meet again?";
        assertThat(sentences(text))
                .containsExactly("The talks were productive.", "Some issues remain!", "Will they meet again?");
        assertThat(SentenceSplitter.split(text).get(1)).isEqualTo(new Sentence(27, 46));
    }

    @Test
    void does_not_split_after_titles_and_abbreviations() {
        String text = "Mr. Kim met Dr. Lee at 3 p.m. in Pyongyang. The U.S. delegation left on Saturday.";
        assertThat(sentences(text))
                .containsExactly(
                        "Mr. Kim met Dr. Lee at 3 p.m. in Pyongyang.", "The U.S. delegation left on Saturday.");
    }

    @Test
    void keeps_hyphenated_names_with_dotted_acronyms_whole() {
        String text = "The DPRK-U.S. joint statement was signed in Singapore. Both sides welcomed it.";
        assertThat(sentences(text))
                .containsExactly("The DPRK-U.S. joint statement was signed in Singapore.", "Both sides welcomed it.");
    }

    @Test
    void ends_a_sentence_after_an_acronym_when_a_new_sentence_clearly_starts() {
        String text = "Pyongyang blamed the U.S. The statement was issued on Saturday.";
        assertThat(sentences(text))
                .containsExactly("Pyongyang blamed the U.S.", "The statement was issued on Saturday.");
    }

    @Test
    void keeps_numbers_and_initials_inside_the_sentence() {
        String text = "Growth was 3.5 per cent, said J. Smith of the bank. Others disagreed.";
        assertThat(sentences(text))
                .containsExactly("Growth was 3.5 per cent, said J. Smith of the bank.", "Others disagreed.");
    }

    @Test
    void a_quotation_running_over_several_sentences_stays_one_target() {
        String text =
                "The spokesman said: “The US attitude was regrettable. Its demands were unilateral.” Talks ended.";
        assertThat(sentences(text))
                .containsExactly(
                        "The spokesman said: “The US attitude was regrettable. Its demands were unilateral.”",
                        "Talks ended.");
    }

    @Test
    void closing_quotes_belong_to_the_sentence_they_close() {
        String text = "He said \"we made progress.\" Then he left.";
        assertThat(sentences(text)).containsExactly("He said \"we made progress.\"", "Then he left.");
    }

    @Test
    void paragraph_breaks_end_sentences() {
        String text = "A heading without a full stop\n\nThe first paragraph starts here. It goes on.";
        assertThat(sentences(text))
                .containsExactly("A heading without a full stop", "The first paragraph starts here.", "It goes on.");
    }

    @Test
    void splits_korean_sentence_endings() {
        String text = "조미고위급회담이 평양에서 진행되었다. 미국측의 태도는 유감스러운 것이였다. 앞으로 어떻게 될까? 우리는 기다린다.";
        assertThat(sentences(text))
                .containsExactly("조미고위급회담이 평양에서 진행되었다.", "미국측의 태도는 유감스러운 것이였다.", "앞으로 어떻게 될까?", "우리는 기다린다.");
    }

    @Test
    void a_quotation_in_dprk_style_marks_stays_in_the_sentence_that_reports_it() {
        String text = "대변인은 《미국측은 일방적인 요구만을 들고나왔다. 이것은 유감스럽다.》고 말하였다. 회담은 끝났다. " + "그는 〈회담은 생산적이였다.〉 다음 회담은 미정이다.";
        assertThat(sentences(text))
                .containsExactly(
                        "대변인은 《미국측은 일방적인 요구만을 들고나왔다. 이것은 유감스럽다.》고 말하였다.",
                        "회담은 끝났다.",
                        "그는 〈회담은 생산적이였다.〉",
                        "다음 회담은 미정이다.");
    }

    @Test
    void splits_on_full_width_stops() {
        assertThat(sentences("会谈在平壤举行。双方交换了意见。")).containsExactly("会谈在平壤举行。", "双方交换了意见。");
    }

    @Test
    void offsets_are_utf16_units_around_astral_characters() {
        String text = "Emoji 😀 here. Next one.";
        List<Sentence> split = SentenceSplitter.split(text);
        assertThat(split.get(1).start()).isEqualTo(text.indexOf("Next"));
        assertThat(text.substring(split.get(1).start(), split.get(1).end())).isEqualTo("Next one.");
    }

    @Test
    void empty_text_has_no_sentences() {
        assertThat(SentenceSplitter.split("   \n ")).isEmpty();
    }
}
