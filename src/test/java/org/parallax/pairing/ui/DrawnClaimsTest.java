package org.parallax.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.pairing.ClaimMark;

@SuppressWarnings("unchecked")
class DrawnClaimsTest {

    final ClaimMark a = new ClaimMark(1, 0, 10, "unpaired", null, List.of());
    final ClaimMark b = new ClaimMark(2, 20, 30, "paired", "contradicts", List.of(7L));
    final ClaimMark c = new ClaimMark(3, 40, 50, "unpaired", null, List.of());

    @Test
    void sends_every_claim_first_as_compact_rows() {
        Map<String, Object> all = new DrawnClaims().all(List.of(a, b));
        assertThat((List<?>) all.get("rows")).hasSize(2).first().isEqualTo(new Object[] {1L, 0, 10, 0, 0, List.of()});
    }

    @Test
    void then_only_what_was_added_changed_or_removed() {
        DrawnClaims drawn = new DrawnClaims();
        drawn.all(List.of(a, b, c));
        ClaimMark bUnpaired = new ClaimMark(2, 20, 30, "unpaired", null, List.of());
        ClaimMark d = new ClaimMark(4, 60, 70, "no-counterpart", null, List.of());

        Map<String, Object> changes = drawn.changes(List.of(a, bUnpaired, d));

        assertThat((List<Object>) changes.get("rows"))
                .containsExactly(
                        new Object[] {2L, 20, 30, 0, 0, List.of()}, new Object[] {4L, 60, 70, 3, 0, List.of()});
        assertThat((List<Object>) changes.get("removed")).containsExactly(3L);
    }

    @Test
    void sends_nothing_when_nothing_changed_and_notices_a_new_partner() {
        DrawnClaims drawn = new DrawnClaims();
        drawn.all(List.of(a, b));
        assertThat(drawn.changes(List.of(a, b))).isNull();
        ClaimMark bWithTwoPartners = new ClaimMark(2, 20, 30, "paired", "contradicts", List.of(7L, 8L));
        assertThat((List<?>) drawn.changes(List.of(a, bWithTwoPartners)).get("rows"))
                .hasSize(1);
    }

    @Test
    void updates_just_the_claims_a_change_touched() {
        DrawnClaims drawn = new DrawnClaims();
        drawn.all(List.of(a, b, c));
        ClaimMark aPaired = new ClaimMark(1, 0, 10, "paired", "consistent", List.of(9L));

        Map<String, Object> update = drawn.update(List.of(aPaired), List.of(3L, 99L));

        assertThat((List<Object>) update.get("rows"))
                .containsExactly((Object) new Object[] {1L, 0, 10, 1, 3, List.of(9L)});
        assertThat((List<Object>) update.get("removed")).containsExactly(3L);
        assertThat(drawn.update(List.of(aPaired), List.of())).isNull();
        assertThat(drawn.changes(List.of(aPaired, b))).isNull();
    }
}
