package org.parallax.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KappaTest {

    /**
     * Worked by hand: 50 items, yes/no. Both yes 20, both no 15, A yes B no 5, A no B yes 10.
     * p_o = 35/50 = 0.70; A yes 25/50, B yes 30/50: p_e = 0.5·0.6 + 0.5·0.4 = 0.50; κ = 0.20/0.50 = 0.40.
     */
    @Test
    void matches_a_hand_computed_example() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        add(a, b, "yes", "yes", 20);
        add(a, b, "no", "no", 15);
        add(a, b, "yes", "no", 5);
        add(a, b, "no", "yes", 10);
        assertThat(Kappa.cohen(a, b)).isCloseTo(0.40, within(1e-9));
    }

    @Test
    void is_one_for_full_agreement_and_zero_or_below_for_chance() {
        assertThat(Kappa.cohen(List.of("contradicts", "consistent"), List.of("contradicts", "consistent")))
                .isEqualTo(1.0);
        assertThat(Kappa.cohen(List.of("a", "a", "b", "b"), List.of("a", "b", "a", "b")))
                .isCloseTo(0.0, within(1e-9));
        assertThat(Kappa.cohen(List.of("a", "b"), List.of("b", "a"))).isEqualTo(-1.0);
    }

    private static void add(List<String> a, List<String> b, String x, String y, int times) {
        a.addAll(Collections.nCopies(times, x));
        b.addAll(Collections.nCopies(times, y));
    }
}
