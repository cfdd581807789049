package org.parallax.agreement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cohen's kappa: how much two raters agree beyond what chance would give,
 * κ = (p_o − p_e) / (1 − p_e), with p_o the share of items labelled alike and p_e the chance agreement
 * from each rater's label frequencies.
 */
public final class Kappa {

    private Kappa() {}

    /** Kappa of two label lists of equal length (item i labelled a.get(i) by one, b.get(i) by the other). */
    public static double cohen(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("Both raters must label the same items.");
        }
        int n = a.size();
        if (n == 0) {
            return Double.NaN;
        }
        Map<String, Integer> countA = new HashMap<>();
        Map<String, Integer> countB = new HashMap<>();
        int alike = 0;
        for (int i = 0; i < n; i++) {
            countA.merge(a.get(i), 1, Integer::sum);
            countB.merge(b.get(i), 1, Integer::sum);
            if (a.get(i).equals(b.get(i))) {
                alike++;
            }
        }
        Set<String> labels = new HashSet<>(countA.keySet());
        labels.addAll(countB.keySet());
        double observed = alike / (double) n;
        double chance = 0;
        for (String label : labels) {
            chance += countA.getOrDefault(label, 0) / (double) n * countB.getOrDefault(label, 0) / (double) n;
        }
        return chance == 1 ? 1.0 : (observed - chance) / (1 - chance);
    }
}
