package org.parallax.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per pair, then one per claim of the omission ledger (the {@code kind} column tells which; an
 * omission's claim fills the left columns), written to the stream as it goes. A cell that a spreadsheet would read as a formula
 * (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe: quotes come from
 * government statements and must never run as formulas on a reader's machine.
 */
final class CsvReport {

    static final List<String> HEADER = List.of(
            "kind",
            "pair_id",
            "status",
            "relation",
            "topic",
            "left_party",
            "left_speaker",
            "left_quote",
            "left_account",
            "left_source_url",
            "left_published_on",
            "right_party",
            "right_speaker",
            "right_quote",
            "right_account",
            "right_source_url",
            "right_published_on",
            "rationale",
            "evidence",
            "author",
            "editor",
            "approved_at",
            "claim_id",
            "note",
            "marked_by",
            "marked_at",
            "rereview");

    private CsvReport() {}

    static void write(MeetingReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte order mark lets spreadsheet programs read the file as UTF-8 (Korean quotes).
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get());
        for (ReportPair p : report.pairs()) {
            csv.printRecord(
                    "pair",
                    p.id(),
                    p.statusLabel(),
                    p.relationLabel(),
                    safe(p.topic()),
                    p.left().partyCode(),
                    safe(p.left().saidBy()),
                    safe(p.left().quote()),
                    safe(p.left().accountTitle()),
                    safe(p.left().sourceUrl()),
                    p.left().publishedOn(),
                    p.right().partyCode(),
                    safe(p.right().saidBy()),
                    safe(p.right().quote()),
                    safe(p.right().accountTitle()),
                    safe(p.right().sourceUrl()),
                    p.right().publishedOn(),
                    safe(p.rationale()),
                    safe(evidence(p)),
                    safe(p.author()),
                    safe(p.editor()),
                    p.approvedAt(),
                    null,
                    null,
                    null,
                    null,
                    safe(p.rereview()));
        }
        for (Omission o : report.omissions()) {
            ReportClaim c = o.claim();
            csv.printRecord(
                    "omission",
                    null,
                    "no counterpart",
                    null,
                    safe(c.topic()),
                    c.partyCode(),
                    safe(c.saidBy()),
                    safe(c.quote()),
                    safe(c.accountTitle()),
                    safe(c.sourceUrl()),
                    c.publishedOn(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    c.id(),
                    safe(o.note()),
                    safe(o.markedBy()),
                    o.markedAt(),
                    null);
        }
        csv.flush();
    }

    private static String evidence(ReportPair p) {
        return p.evidence().stream()
                .map(e -> String.join(
                        " ",
                        Stream.of(e.title(), e.url(), e.note())
                                .filter(s -> s != null && !s.isBlank())
                                .toList()))
                .collect(Collectors.joining(" | "));
    }

    /** Neutralises what a spreadsheet would take for a formula. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
