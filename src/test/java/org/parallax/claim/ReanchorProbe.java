package org.parallax.claim;

import java.util.ArrayList;
import java.util.List;
import org.parallax.account.Sentence;

/** The re-anchoring's matching alone, without the database, for the benchmark's breakdown. */
public final class ReanchorProbe {

    /** Milliseconds spent finding claims exactly and finding candidates for the rest. */
    public record Split(double exactMillis, double candidatesMillis, int flagged) {}

    /** Finds each claimed sentence of the old text in the new, exactly or by candidates. */
    public static Split matchAll(String oldText, List<Sentence> claimed, String newText) {
        List<Reanchoring.Selector> selectors = new ArrayList<>();
        for (Sentence s : claimed) {
            TextAnchor anchor = TextAnchor.of(oldText, s.start(), s.end(), null);
            selectors.add(new Reanchoring.Selector(s.start(), anchor.quote(), anchor.prefix(), anchor.suffix(), true));
        }
        long started = System.nanoTime();
        List<Reanchoring.Placement> placements = Reanchoring.placeAll(newText, selectors);
        long exact = System.nanoTime();
        ApproximateSearch search = new ApproximateSearch(newText);
        int flagged = 0;
        for (int i = 0; i < selectors.size(); i++) {
            if (placements.get(i).found() == null) {
                Reanchoring.Selector s = selectors.get(i);
                Reanchoring.candidates(
                        search,
                        s.quote(),
                        s.prefix(),
                        s.suffix(),
                        placements.get(i).hint());
                flagged++;
            }
        }
        long done = System.nanoTime();
        return new Split((exact - started) / 1e6, (done - exact) / 1e6, flagged);
    }

    private ReanchorProbe() {}
}
