package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.agreement.AgreementService;
import org.parallax.base.PairStatus;
import org.parallax.meeting.MeetingService;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.review.ReviewService;
import org.parallax.security.UserService;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.parallax.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class SearchServiceTest {

    @Autowired
    SearchService search;

    @Autowired
    TestData data;

    @Autowired
    SignedIn signedIn;

    @Autowired
    PairingService pairing;

    @Autowired
    ReviewService reviews;

    @Autowired
    AgreementService agreement;

    @Autowired
    UserService users;

    @Autowired
    MeetingService meetings;

    private SearchResults find(String who, long meeting, String text) {
        return signedIn.as(who, () -> search.search(inMeeting(meeting, text)));
    }

    private static SearchQuery inMeeting(long meeting, String text) {
        return new SearchQuery(text, null, meeting, null, null, null, null, null, Set.of(), false, 0);
    }

    private static List<SearchHit> hits(SearchResults results) {
        return results.meetings().stream().flatMap(m -> m.hits().stream()).toList();
    }

    private static List<String> marked(SearchHit hit) {
        return hit.highlights().stream()
                .map(h -> hit.snippet().substring(h.start(), h.end()))
                .toList();
    }

    @Test
    void english_words_are_found_by_their_stem_and_marked() {
        long meeting = data.meeting("reviewer", "Stemming");
        long us = data.account(
                "reviewer", meeting, "US", "The negotiation went well. Nothing else was said about the weather.");

        SearchResults results = find("reviewer", meeting, "negotiations");

        assertThat(results.message()).isNull();
        SearchHit hit = hits(results).getFirst();
        assertThat(hit.kind()).isEqualTo(SearchKind.ACCOUNT);
        assertThat(hit.accountId()).isEqualTo(us);
        assertThat(hit.party()).isEqualTo("US");
        assertThat(hit.snippet()).isEqualTo("The negotiation went well.");
        assertThat(hit.start()).isZero();
        assertThat(hit.end()).isEqualTo("The negotiation went well.".length());
        assertThat(marked(hit)).containsExactly("negotiation");
        assertThat(hits(find("reviewer", meeting, "weathering"))).hasSize(1);
        assertThat(hits(find("reviewer", meeting, "negotiations sunshine"))).isEmpty();
    }

    @Test
    void korean_is_found_inside_longer_words() {
        long meeting = data.meeting("reviewer", "Korean");
        data.account("reviewer", meeting, "DPRK", "ko", "조미고위급회담에서 미국측은 일방적인 요구만을 들고나왔다. 날씨는 좋았다.");

        SearchHit hit = hits(find("reviewer", meeting, "회담")).getFirst();
        assertThat(hit.snippet()).startsWith("조미고위급회담에서");
        assertThat(marked(hit)).containsExactly("회담");
        assertThat(hits(find("reviewer", meeting, "회담에서 미국측"))).hasSize(1);
        assertThat(hits(find("reviewer", meeting, "요구만"))).hasSize(1);
        assertThat(hits(find("reviewer", meeting, "회의"))).isEmpty();
        // Nothing exactly: near matches, said so, their shared parts marked.
        SearchResults near = find("reviewer", meeting, "고위급회의");
        assertThat(near.near()).isTrue();
        assertThat(marked(hits(near).getFirst())).containsExactly("고위급회");
        assertThat(find("reviewer", meeting, "회담").near()).isFalse();
        // One syllable: the words that hold it.
        assertThat(hits(find("reviewer", meeting, "씨"))).hasSize(1);
    }

    @Test
    void a_phrase_needs_its_words_in_order() {
        long meeting = data.meeting("reviewer", "Phrase");
        data.account("reviewer", meeting, "US", "Sanctions stay in place. Progress was made on sanctions relief.");

        assertThat(hits(find("reviewer", meeting, "\"sanctions relief\""))).hasSize(1);
        assertThat(hits(find("reviewer", meeting, "\"relief sanctions\""))).isEmpty();
        assertThat(hits(find("reviewer", meeting, "sanctions"))).hasSize(2);
    }

    @Test
    void claims_pairs_and_comments_are_found_with_their_filters() {
        TestData.Talks talks = data.talks("reviewer", "Kinds");
        signedIn.as(
                "reviewer", () -> pairing.submit(talks.pair().id(), talks.pair().version()));
        signedIn.as("editor", () -> reviews.comment(talks.pair().id(), "Compare with the earlier worry in May."));

        List<SearchHit> worry = hits(find("reviewer", talks.meeting(), "worry"));
        assertThat(worry)
                .extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchKind.ACCOUNT, SearchKind.CLAIM, SearchKind.PAIR, SearchKind.COMMENT);
        SearchHit claim = worry.stream()
                .filter(h -> h.kind() == SearchKind.CLAIM)
                .findFirst()
                .orElseThrow();
        assertThat(claim.id()).isEqualTo(talks.worrying());
        assertThat(claim.accountId()).isEqualTo(talks.dprkAccount());
        assertThat(claim.party()).isEqualTo("DPRK");

        SearchQuery submitted = new SearchQuery(
                "worry", null, talks.meeting(), null, null, null, null, PairStatus.SUBMITTED, Set.of(), false, 0);
        assertThat(hits(signedIn.as("reviewer", () -> search.search(submitted))))
                .extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchKind.PAIR, SearchKind.COMMENT);
        SearchQuery consistent = new SearchQuery(
                "worry", null, talks.meeting(), null, null, null, Relation.CONSISTENT, null, Set.of(), false, 0);
        assertThat(hits(signedIn.as("reviewer", () -> search.search(consistent))))
                .isEmpty();
        SearchQuery usClaims = new SearchQuery(
                "denuclearization",
                "us",
                talks.meeting(),
                null,
                null,
                null,
                null,
                null,
                Set.of(SearchKind.CLAIM),
                false,
                0);
        assertThat(hits(signedIn.as("reviewer", () -> search.search(usClaims))))
                .extracting(SearchHit::id)
                .containsExactly(talks.committed());
    }

    @Test
    void archived_meetings_are_searched_on_request() {
        long meeting = data.meeting("reviewer", "Archived");
        data.account("reviewer", meeting, "US", "An archived quokka.");
        signedIn.as(
                "editor",
                () -> meetings.setArchived(meeting, meetings.get(meeting).version(), true));

        assertThat(hits(find("reviewer", meeting, "quokka"))).isEmpty();
        SearchQuery withArchived =
                new SearchQuery("quokka", null, meeting, null, null, null, null, null, Set.of(), true, 0);
        MeetingHits found = signedIn.as("reviewer", () -> search.search(withArchived))
                .meetings()
                .getFirst();
        assertThat(found.archived()).isTrue();
        assertThat(found.hits()).hasSize(1);
    }

    @Test
    void a_blind_reviewer_finds_only_their_own_pairs() {
        TestData.Talks talks = data.talks("reviewer", "Blind search");
        long first = userId("reviewer");
        long second = userId("reviewer2");
        signedIn.as("editor", () -> agreement.request(talks.meeting(), first, second));

        assertThat(hits(find("reviewer", talks.meeting(), "progress")))
                .extracting(SearchHit::kind)
                .contains(SearchKind.PAIR);
        assertThat(hits(find("reviewer2", talks.meeting(), "progress")))
                .extracting(SearchHit::kind)
                .doesNotContain(SearchKind.PAIR, SearchKind.COMMENT);
    }

    @Test
    void a_text_of_more_than_a_megabyte_is_searchable_to_its_end() {
        long meeting = data.meeting("reviewer", "Long");
        Random random = new Random(18);
        StringBuilder text = new StringBuilder();
        while (text.length() < 990_000) {
            for (int w = 0; w < 12; w++) {
                int length = 2 + random.nextInt(4);
                for (int c = 0; c < length; c++) {
                    text.append((char) ('가' + random.nextInt(11_172)));
                }
                text.append(' ');
            }
            text.append("했다.\n");
        }
        text.append("The last sentence names the pangolin.");
        assertThat(text.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2_000_000);
        data.account("reviewer", meeting, "DPRK", "ko", text.toString());

        SearchHit hit = hits(find("reviewer", meeting, "pangolin")).getFirst();
        assertThat(hit.end()).isEqualTo(text.length());
    }

    @Test
    void odd_input_gets_results_or_a_message() {
        long meeting = data.meeting("reviewer", "Odd");
        data.account("reviewer", meeting, "US", "Progress & regret: 100% (really) \\ 'quoted' *stars*.");

        // Operators are no syntax here: each is an answer (hits, none, or why nothing was looked for).
        for (String odd : List.of("'; drop table claim; --", "(progress", "a|b", "\\", "%_%")) {
            assertThat(find("reviewer", meeting, odd)).as(odd).isNotNull();
        }
        assertThat(find("reviewer", meeting, "& | ! : * ( ) ' \\ %").message()).contains("Nothing to look for");
        assertThat(hits(find("reviewer", meeting, "regret:*"))).hasSize(1);
        assertThat(hits(find("reviewer", meeting, "*stars*"))).hasSize(1);
        assertThat(hits(find("reviewer", meeting, "100%"))).hasSize(1);
        assertThat(hits(find("reviewer", meeting, "progress & !regret"))).hasSize(1);
        assertThat(find("reviewer", meeting, "").message()).contains("Type a word");
        assertThat(find("reviewer", meeting, "the of and").message()).contains("common");
        assertThat(find("reviewer", meeting, "x".repeat(10_000)).message()).contains("at most 500 characters");
    }

    private long userId(String username) {
        return signedIn.as("admin", () -> users.list()).stream()
                .filter(u -> u.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
