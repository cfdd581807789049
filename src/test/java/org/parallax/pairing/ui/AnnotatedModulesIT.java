package org.parallax.pairing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parallax.support.BrowserTest;

/**
 * The pure parts of the comparison column's scripts (frontend/annotated), run in Chromium as the browser
 * loads them: the row decoding, the claim order, the pieces a paragraph is cut into and the cursor's moves.
 */
class AnnotatedModulesIT extends BrowserTest {

    @BeforeEach
    void openAPageOfTheApp() {
        page.navigate("http://localhost:" + port + "/login");
    }

    private Object run(String module, String body) {
        return page.evaluate(
                "async () => { const m = await import('/parallax/annotated/" + module + "'); " + body + " }");
    }

    @Test
    void a_row_is_read_with_the_legend_sent_with_it() {
        assertThat(run(
                        "claims.js",
                        "const legend = {states: ['unpaired', 'paired'], relations: ['contradicts', 'partly_contradicts']};"
                                + "return JSON.stringify([m.decodeRow([7, 3, 9, 1, 1, [4, 5]], legend),"
                                + " m.decodeRow([8, 0, 2, 0, -1, []], legend)]);"))
                .isEqualTo(
                        "[{\"claim\":{\"id\":7,\"start\":3,\"end\":9,\"state\":\"paired\",\"relation\":\"partly_contradicts\"},"
                                + "\"partners\":[4,5]},{\"claim\":{\"id\":8,\"start\":0,\"end\":2,\"state\":\"unpaired\",\"relation\":null},"
                                + "\"partners\":[]}]");
    }

    @Test
    void claims_are_ordered_by_start_and_cut_a_paragraph_where_they_begin_and_end() {
        assertThat(run(
                        "claims.js",
                        "const claims = m.byStart([{id: 2, start: 5, end: 9}, {id: 1, start: 0, end: 12}, {id: 3, start: 4, end: 30}], 20);"
                                + "return JSON.stringify([claims.map(c => c.id),"
                                + " m.pieces(0, 12, claims).map(p => [p.start, p.end, p.covering.map(c => c.id)])]);"))
                .as("a claim past the text's end is left out; overlapping claims split the text")
                .isEqualTo("[[1,2],[[0,5,[1]],[5,9,[1,2]],[9,12,[1]]]]");
        assertThat(run("claims.js", "return JSON.stringify(m.paragraphRanges('One.\\n\\nTwo.\\n\\nThree'));"))
                .isEqualTo("[[0,6],[6,12],[12,17]]");
        assertThat(run(
                        "claims.js",
                        "return [m.lastStartingBy([{start: 0}, {start: 10}, {start: 20}], 15, p => p.start),"
                                + " m.lastStartingBy([{start: 0}, {start: 10}], 10, p => p.start),"
                                + " m.lastStartingBy([{start: 5}], 0, p => p.start)].join(',');"))
                .isEqualTo("1,1,0");
        assertThat(run(
                        "claims.js",
                        "return m.describe({state: 'no_counterpart', relation: null}) + '|'"
                                + " + m.describe({state: 'paired', relation: 'partly_contradicts'});"))
                .isEqualTo("no counterpart|paired, partly contradicts");
    }

    @Test
    void the_cursor_moves_grows_and_jumps_sentence_by_sentence() {
        String sentences = "const s = [[0, 10], [10, 25], [25, 40]];";
        assertThat(run(
                        "cursor.js",
                        sentences + "return JSON.stringify(["
                                + " m.moveCursor(s, null, true, 1),"
                                + " m.moveCursor(s, {start: 10, end: 25}, true, 0),"
                                + " m.moveCursor(s, {start: 25, end: 40}, true, 0),"
                                + " m.moveCursor(s, {start: 12, end: 25}, false, 0),"
                                + " m.extendCursor(s, {start: 0, end: 10}, true),"
                                + " m.extendCursor(s, {start: 0, end: 25}, false)]);"))
                .isEqualTo("[{\"start\":10,\"end\":25},{\"start\":25,\"end\":40},{\"start\":25,\"end\":40},"
                        + "{\"start\":10,\"end\":25},{\"start\":0,\"end\":25},{\"start\":0,\"end\":10}]");
        assertThat(
                        run(
                                "cursor.js",
                                "const c = [{id: 1, start: 2, end: 5}, {id: 2, start: 12, end: 20}];"
                                        + "return [m.nextClaim(c, {start: 2, end: 5}, true).id, m.nextClaim(c, null, true).id,"
                                        + " m.nextClaim(c, {start: 12, end: 20}, false).id, m.nextClaim(c, {start: 12, end: 20}, true),"
                                        + " m.claimAt(c, {start: 10, end: 25}).id, m.claimAt(c, {start: 3, end: 4}).id].join(',');"))
                .isEqualTo("2,1,1,,2,1");
    }
}
