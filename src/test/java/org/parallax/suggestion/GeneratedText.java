package org.parallax.suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Generated accounts and claims for the benchmark: sentences in the shape of readouts (who did what about
 * which subject, how it went), and a vocabulary whose words are used unevenly, as real words are: the first
 * ones often, a long tail of rare ones.
 */
final class GeneratedText {

    private static final String[] SUBJECTS = {
        "The delegation",
        "The minister",
        "Our side",
        "The other side",
        "The two sides",
        "The spokesperson",
        "The envoy",
        "The working group",
        "The negotiators",
        "The government"
    };
    private static final String[] VERBS = {
        "discussed",
        "rejected",
        "welcomed",
        "agreed on",
        "raised",
        "demanded",
        "refused",
        "proposed",
        "criticised",
        "praised",
        "did not discuss",
        "insisted on"
    };
    private static final String[] TONES = {
        "in a constructive spirit", "in good faith", "with regret", "without progress", "with great success",
        "in a hostile manner", "after a long debate", "as unacceptable", "with sincere hope",
                "in a difficult atmosphere"
    };
    private static final String[] TOPICS = {
        "sanctions", "denuclearization", "verification", "the peace declaration", "the missile test site",
        "the remains of soldiers", "joint military exercises", "the liaison office", "tariffs", "fishing quotas",
        "the border line", "humanitarian aid", "family reunions", "the railway project", "inspections"
    };

    /** Words for claims: common subject words first, then a long tail of made-up rare ones. */
    static final List<String> VOCABULARY = vocabulary();

    private GeneratedText() {}

    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>(List.of(
                "talks",
                "denuclearization",
                "sanctions",
                "progress",
                "verification",
                "regrettable",
                "unilateral",
                "demands",
                "agreement",
                "peace",
                "declaration",
                "missile",
                "inspection",
                "withdrawal",
                "troops",
                "border",
                "tariffs",
                "quota",
                "trust",
                "dialogue",
                "summit",
                "delegation",
                "hostile",
                "sincere",
                "constructive",
                "proposal",
                "rejected",
                "committed",
                "exercise",
                "security",
                "guarantee",
                "economic",
                "cooperation",
                "humanitarian",
                "relief",
                "nuclear",
                "weapons",
                "programme",
                "site",
                "dismantling",
                "remains",
                "soldiers",
                "railway",
                "liaison",
                "office",
                "fishing",
                "vessels",
                "waters"));
        String[] onsets = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr"};
        String[] vowels = {"a", "e", "i", "o", "u", "ai", "ou"};
        String[] codas = {"n", "r", "s", "t", "l", "nd", "rk"};
        for (String o : onsets) {
            for (String v : vowels) {
                for (String c : codas) {
                    words.add(o + v + c + "ation");
                    if (words.size() >= 3000) {
                        return List.copyOf(words);
                    }
                    words.add(o + v + c + "ism");
                }
            }
        }
        return List.copyOf(words);
    }

    /** A word drawn as the claims' words are: the first ones of the vocabulary far more often. */
    static String word(Random random) {
        return VOCABULARY.get((int) Math.floor(Math.pow(random.nextDouble(), 1.5) * VOCABULARY.size()));
    }

    /** Two words that follow each other in some generated claims. */
    static String phrase(Random random) {
        int i = (int) Math.floor(Math.pow(random.nextDouble(), 1.5) * (VOCABULARY.size() - 1));
        return VOCABULARY.get(i) + " " + VOCABULARY.get(i + 1);
    }

    /** A readout of {@code n} sentences, one paragraph every five. */
    static String sentences(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(SUBJECTS[random.nextInt(SUBJECTS.length)])
                    .append(' ')
                    .append(VERBS[random.nextInt(VERBS.length)])
                    .append(' ')
                    .append(TOPICS[random.nextInt(TOPICS.length)])
                    .append(' ')
                    .append(TONES[random.nextInt(TONES.length)])
                    .append(" on day ")
                    .append(1 + random.nextInt(30))
                    .append('.');
            text.append(i % 5 == 4 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    /**
     * Loads {@code n} claims on the account's text with SQL, each quoting 8 to 15 vocabulary words (the span
     * rule's trigger is off during the load: the spans repeat, the benchmark only reads quotes).
     */
    static void loadClaims(DSLContext db, long accountId, int n) {
        String[] vocabulary = VOCABULARY.toArray(String[]::new);
        db.execute("ALTER TABLE claim DISABLE TRIGGER claim_one_per_span");
        try {
            int step = 100_000;
            for (int from = 0; from < n; from += step) {
                db.execute(
                        """
                        INSERT INTO claim (account_id, meeting_id, party_id, revision_id, revision_length,
                                           start_offset, end_offset, quote, created_by)
                        SELECT a.id, a.meeting_id, a.party_id, r.id, r.text_length, q.start,
                               q.start + char_length(q.quote), q.quote, a.created_by
                        FROM account a
                        JOIN account_revision r ON r.account_id = a.id,
                        LATERAL (
                            SELECT g % (r.text_length - 400) AS start,
                                   (SELECT string_agg(({0}::text[])[1 + floor(power(random(), 1.5)
                                           * array_length({0}::text[], 1))::int], ' ')
                                    FROM generate_series(1, 8 + g % 8) AS w) AS quote
                            FROM generate_series({1}::int, {2}::int) AS g
                        ) q
                        WHERE a.id = {3}
                        """,
                        DSL.val(vocabulary), DSL.val(from), DSL.val(Math.min(n, from + step) - 1), DSL.val(accountId));
            }
        } finally {
            db.execute("ALTER TABLE claim ENABLE TRIGGER claim_one_per_span");
        }
    }
}
