package org.parallax.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.pairing.ClaimMark;
import org.parallax.pairing.HighlightState;
import org.parallax.pairing.Relation;
import tools.jackson.databind.json.JsonMapper;

/** The claim rows as the browser receives them: JSON arrays whose codes index the legend sent with them. */
class DrawnClaimsTest {

    final JsonMapper json = JsonMapper.builder().build();
    final ClaimMark a = new ClaimMark(1, 0, 10, HighlightState.UNPAIRED, null, List.of());
    final ClaimMark b = new ClaimMark(2, 20, 30, HighlightState.PAIRED, Relation.CONTRADICTS, List.of(7L));
    final ClaimMark c = new ClaimMark(3, 40, 50, HighlightState.UNPAIRED, null, List.of());

    @Test
    void sends_every_claim_first_as_compact_rows_with_the_legend_their_codes_index() {
        String all = json.writeValueAsString(new DrawnClaims().all(List.of(a, b)));
        assertThat(all).contains("\"rows\":[[1,0,10,0,-1,[]],[2,20,30,1,0,[7]]]");
        assertThat(all).contains("\"states\":[\"unpaired\",\"paired\",\"approved\",\"no_counterpart\"]");
        assertThat(all).contains("\"relations\":[\"contradicts\",\"partly_contradicts\",\"consistent\"]");
    }

    @Test
    void then_only_what_was_added_changed_or_removed() {
        DrawnClaims drawn = new DrawnClaims();
        drawn.all(List.of(a, b, c));
        ClaimMark bUnpaired = new ClaimMark(2, 20, 30, HighlightState.UNPAIRED, null, List.of());
        ClaimMark d = new ClaimMark(4, 60, 70, HighlightState.NO_COUNTERPART, null, List.of());

        assertThat(json.writeValueAsString(drawn.changes(List.of(a, bUnpaired, d))))
                .isEqualTo("{\"rows\":[[2,20,30,0,-1,[]],[4,60,70,3,-1,[]]],\"removed\":[3]}");
    }

    @Test
    void sends_nothing_when_nothing_changed_and_notices_a_new_partner() {
        DrawnClaims drawn = new DrawnClaims();
        drawn.all(List.of(a, b));
        assertThat(drawn.changes(List.of(a, b))).isNull();
        ClaimMark bWithTwoPartners =
                new ClaimMark(2, 20, 30, HighlightState.PAIRED, Relation.CONTRADICTS, List.of(7L, 8L));
        assertThat(json.writeValueAsString(drawn.changes(List.of(a, bWithTwoPartners))))
                .isEqualTo("{\"rows\":[[2,20,30,1,0,[7,8]]],\"removed\":[]}");
    }

    @Test
    void updates_just_the_claims_a_change_touched() {
        DrawnClaims drawn = new DrawnClaims();
        drawn.all(List.of(a, b, c));
        ClaimMark aPaired = new ClaimMark(1, 0, 10, HighlightState.PAIRED, Relation.CONSISTENT, List.of(9L));

        assertThat(json.writeValueAsString(drawn.update(List.of(aPaired), List.of(3L, 99L))))
                .isEqualTo("{\"rows\":[[1,0,10,1,2,[9]]],\"removed\":[3]}");
        assertThat(drawn.update(List.of(aPaired), List.of())).isNull();
        assertThat(drawn.changes(List.of(aPaired, b))).isNull();
    }
}
