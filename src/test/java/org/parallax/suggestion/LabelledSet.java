package org.parallax.suggestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The project's labelled set (labelled-set.txt beside this class): meetings of two accounts and labelled couples. */
record LabelledSet(List<Meeting> meetings) {

    enum Label {
        CONTRADICTS,
        PARTLY,
        CONSISTENT,
        UNRELATED;

        boolean relevant() {
            return this == CONTRADICTS || this == PARTLY;
        }
    }

    /** A couple of sentences, 1-based as the file numbers them. */
    record Couple(int left, int right, Label label) {}

    record Meeting(String title, boolean heldOut, List<String> left, List<String> right, List<Couple> couples) {

        /** One account's text: a sentence per paragraph. */
        static String text(List<String> sentences) {
            return String.join("\n\n", sentences);
        }

        /** The account's sentences as passages (no claims yet), offsets in the joined text. */
        static List<Passage> passages(long accountId, List<String> sentences) {
            List<Passage> passages = new ArrayList<>();
            int at = 0;
            for (String s : sentences) {
                passages.add(new Passage(accountId, null, at, at + s.length(), s));
                at += s.length() + 2;
            }
            return passages;
        }

        Label labelOf(int left, int right) {
            return couples.stream()
                    .filter(c -> c.left() == left && c.right() == right)
                    .map(Couple::label)
                    .findFirst()
                    .orElse(Label.UNRELATED);
        }

        long relevantCount() {
            return couples.stream().filter(c -> c.label().relevant()).count();
        }
    }

    static LabelledSet load() {
        try (InputStream in = LabelledSet.class.getResourceAsStream("labelled-set.txt")) {
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledSet parse(BufferedReader in) throws IOException {
        List<Meeting> meetings = new ArrayList<>();
        String title = null;
        boolean heldOut = false;
        List<String> left = null;
        List<String> right = null;
        List<Couple> couples = null;
        List<String> into = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (title != null) {
                    meetings.add(new Meeting(title, heldOut, left, right, couples));
                }
                String[] head = line.substring(4).split("\\|");
                title = head[0].strip();
                heldOut = head[1].strip().equals("held-out");
                left = new ArrayList<>();
                right = new ArrayList<>();
                couples = new ArrayList<>();
                into = null;
            } else if (line.startsWith("--- left")) {
                into = left;
            } else if (line.startsWith("--- right")) {
                into = right;
            } else if (line.startsWith("--- pairs")) {
                into = null;
            } else if (into != null) {
                String[] numbered = line.split(" ", 2);
                if (Integer.parseInt(numbered[0]) != into.size() + 1) {
                    throw new IllegalStateException("Sentences out of order in " + title + ": " + line);
                }
                into.add(numbered[1].strip());
            } else {
                String[] cells = line.strip().split(" ");
                couples.add(new Couple(
                        Integer.parseInt(cells[0]),
                        Integer.parseInt(cells[1]),
                        Label.valueOf(cells[2].toUpperCase(Locale.ROOT))));
            }
        }
        if (title != null) {
            meetings.add(new Meeting(title, heldOut, left, right, couples));
        }
        return new LabelledSet(List.copyOf(meetings));
    }
}
