package org.parallax.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.parallax.base.Words;
import org.parallax.base.Words.Word;

/**
 * What the scorer reads in a passage: its content terms (English stems without stop words, CJK bigrams),
 * the names, numbers and evaluative words it uses, and whether it negates, demands or rejects.
 */
public final class Reading {

    /** Words that turn what follows around: English and the Korean negative endings' stems. */
    private static final Set<String> NEGATIONS = Set.of(
            "not", "no", "never", "neither", "nor", "without", "none", "nothing", "cannot", "hardly", "lack", "failed");

    /** Korean negation inside a word (하지 않았다, 없다, 못했다, 아니다); 안 stands alone. */
    private static final Set<String> KOREAN_NEGATIONS = Set.of("않", "없", "못", "아니");

    private static final Set<String> DEMANDS =
            Set.of("demand", "insist", "urg", "requir", "must", "call", "press", "push", "요구", "촉구", "주장");

    private static final Set<String> REJECTIONS =
            Set.of("reject", "refus", "oppos", "deni", "dismiss", "unaccept", "rebuf", "거부", "반대", "일축", "배격");

    /** Function words, beyond Lucene's short English list: pronouns, auxiliaries, quantifiers. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "i",
            "me",
            "my",
            "we",
            "us",
            "our",
            "ours",
            "you",
            "your",
            "he",
            "him",
            "his",
            "she",
            "her",
            "it",
            "its",
            "they",
            "them",
            "their",
            "what",
            "which",
            "who",
            "whom",
            "this",
            "that",
            "these",
            "those",
            "am",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "do",
            "does",
            "did",
            "doing",
            "can",
            "could",
            "should",
            "may",
            "might",
            "shall",
            "than",
            "too",
            "very",
            "just",
            "so",
            "some",
            "any",
            "each",
            "few",
            "more",
            "most",
            "other",
            "such",
            "own",
            "same",
            "only",
            "all",
            "over",
            "under",
            "again",
            "further",
            "then",
            "once",
            "here",
            "there",
            "when",
            "where",
            "why",
            "how",
            "from",
            "up",
            "down",
            "out",
            "off",
            "about",
            "above",
            "below",
            "between",
            "through",
            "during",
            "before",
            "after",
            "while",
            "because",
            "until",
            "against",
            "also",
            "upon",
            "within",
            "toward",
            "towards",
            "itself",
            "themselves",
            "ourselves");

    /** Reporting words every account is full of, which say nothing of what is reported. */
    private static final Set<String> REPORTING = Set.of(
            "said",
            "say",
            "state",
            "statement",
            "ad",
            "also",
            "would",
            "will",
            "has",
            "have",
            "had",
            "side",
            "one",
            "two",
            "both",
            "told",
            "accord",
            "spokesperson",
            "spokesman",
            "ministri",
            "secretari",
            "mr",
            "ms");

    private static final int NEGATION_REACH = 3;

    final Passage passage;
    /** Weights of terms among the passages compared (set once all are read). */
    private Map<String, Double> idf = Map.of();
    /** Length of the weighted term vector, for the cosine; set with the weights. */
    private double norm = 1;
    /** Content terms and the first word that wrote each (for the reasons). */
    final Map<String, String> terms = new LinkedHashMap<>();

    final Set<String> names = new LinkedHashSet<>();
    final Set<String> numbers = new LinkedHashSet<>();
    /** Evaluative words as written, with their valence after negation. */
    final Map<String, Integer> valences = new LinkedHashMap<>();

    final boolean negated;
    final String negation;
    final String demand;
    final String rejection;
    final int polarity;

    Reading(Passage passage, Lexicon lexicon) {
        this.passage = passage;
        List<Word> words = Words.of(passage.text());
        String negationWord = null;
        String demandWord = null;
        String rejectionWord = null;
        int negateUntil = -1;
        int sum = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (isNegation(w, lower)) {
                negationWord = negationWord == null ? w.text() : negationWord;
                negateUntil = i + NEGATION_REACH;
            }
            if (w.isNumber()) {
                numbers.add(lower.replace(",", ""));
                continue;
            }
            if (demandWord == null && startsWithAny(w.stem(), DEMANDS)) {
                demandWord = w.text();
            }
            if (rejectionWord == null && startsWithAny(w.stem(), REJECTIONS)) {
                rejectionWord = w.text();
            }
            // A name carries no judgement: "United" in United States, "Good" in a place name.
            boolean name = i > 0 && !w.isCjk() && Character.isUpperCase(w.text().charAt(0));
            int valence = name ? 0 : lexicon.valence(w);
            if (valence != 0) {
                int v = i <= negateUntil && !isNegation(w, lower) ? -valence : valence;
                valences.put(i <= negateUntil ? negationWord + " " + w.text() : w.text(), v);
                sum += v;
            }
            if (w.isCjk()) {
                for (String bigram : Words.bigrams(w.text())) {
                    terms.putIfAbsent(bigram, w.text());
                }
            } else if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)
                    && !FUNCTION_WORDS.contains(lower)
                    && !REPORTING.contains(w.stem())
                    && w.stem().length() > 1) {
                terms.putIfAbsent(w.stem(), w.text());
                if (i > 0 && Character.isUpperCase(w.text().charAt(0))) {
                    names.add(w.stem());
                }
            }
        }
        for (Map.Entry<String, Integer> phrase :
                lexicon.phrasesIn(passage.text().toLowerCase(Locale.ROOT))) {
            // A rated phrase stands for its words: "in good faith" is one judgement, not "good" besides.
            for (String part : phrase.getKey().split(" ")) {
                String counted = valences.keySet().stream()
                        .filter(k -> k.equalsIgnoreCase(part))
                        .findFirst()
                        .orElse(null);
                if (counted != null) {
                    sum -= valences.remove(counted);
                }
            }
            valences.put(phrase.getKey(), phrase.getValue());
            sum += phrase.getValue();
        }
        this.negated = negationWord != null;
        this.negation = negationWord;
        this.demand = demandWord;
        this.rejection = rejectionWord;
        this.polarity = sum;
    }

    /** The passage read: what another scorer (a model) would look at. */
    public Passage passage() {
        return passage;
    }

    double weight(String term) {
        return idf.getOrDefault(term, 1.0);
    }

    private static boolean isNegation(Word w, String lower) {
        if (w.isCjk()) {
            return lower.equals("안") || KOREAN_NEGATIONS.stream().anyMatch(lower::contains);
        }
        return NEGATIONS.contains(lower) || lower.endsWith("n't") || lower.endsWith("n’t");
    }

    private static boolean startsWithAny(String stem, Set<String> prefixes) {
        for (String p : prefixes) {
            if (stem.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** The strongest evaluative word of a sign (+1 or -1), or null. */
    String strongest(int sign) {
        String best = null;
        int bestValue = 0;
        for (Map.Entry<String, Integer> e : valences.entrySet()) {
            if (Integer.signum(e.getValue()) == sign && Math.abs(e.getValue()) > bestValue) {
                best = e.getKey();
                bestValue = Math.abs(e.getValue());
            }
        }
        return best;
    }

    /**
     * Weighs every reading's terms by how rare they are among all the passages compared (inverse passage
     * frequency: rare shared terms say more), once, before any couple is scored.
     */
    static void weigh(List<Reading> readings) {
        Map<String, Integer> counts = new HashMap<>();
        readings.forEach(r -> r.terms.keySet().forEach(t -> counts.merge(t, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        double n = readings.size();
        counts.forEach((t, c) -> idf.put(t, Math.log(1 + n / c)));
        for (Reading r : readings) {
            r.idf = idf;
            double sum = 0;
            for (String t : r.terms.keySet()) {
                sum += r.weight(t) * r.weight(t);
            }
            r.norm = Math.sqrt(sum);
        }
    }

    double norm() {
        return norm;
    }

    static List<String> shared(Reading left, Reading right) {
        List<String> shared = new ArrayList<>();
        for (String t : left.terms.keySet()) {
            if (right.terms.containsKey(t)) {
                shared.add(t);
            }
        }
        return shared;
    }
}
