package org.parallax.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API over real HTTP: the whole journey of a report, and each error status. An *IT: it runs with
 * the browser tests against the app on a port, in their application context (a second web context among
 * the service tests would take over the static security strategy they rely on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_whole_journey_from_a_token_to_an_approved_pair_in_the_report() throws Exception {
        String reviewer = token("reviewer");
        JsonNode meeting = created(post(reviewer, "/api/v1/meetings", """
                {"title": "API talks %d", "startDate": "2018-07-06", "endDate": "2018-07-07", "location": "Pyongyang",
                 "description": "Made through the API"}""".formatted(System.nanoTime())));
        long meetingId = meeting.get("id").asLong();
        assertThat(json(get(reviewer, "/api/v1/meetings/" + meetingId))
                        .get("title")
                        .asString())
                .startsWith("API talks");

        JsonNode us = created(post(reviewer, "/api/v1/meetings/" + meetingId + "/accounts", """
                {"party": "US", "title": "US readout", "text": "We made real progress on nearly all of the central issues.",
                 "speaker": "Secretary of State", "publisher": "State Department", "sourceUrl": "https://example.org/us",
                 "publishedOn": "2018-07-07", "language": "en"}"""));
        JsonNode dprk = created(post(reviewer, "/api/v1/meetings/" + meetingId + "/accounts", """
                {"party": "DPRK", "title": "조선 외무성 대변인 담화", "text": "회담 결과는 매우 우려스럽다.",
                 "publisher": "KCNA", "publishedOn": "2018-07-07", "language": "ko"}"""));
        JsonNode left = created(post(
                reviewer,
                "/api/v1/accounts/" + us.get("id").asLong() + "/claims",
                "{\"quote\": \"made real progress on nearly all of the central issues\", \"topic\": \"talks\"}"));
        assertThat(left.get("start").asInt()).isEqualTo(3);
        JsonNode right = created(post(
                reviewer, "/api/v1/accounts/" + dprk.get("id").asLong() + "/claims", "{\"start\": 7, \"end\": 15}"));
        assertThat(right.get("quote").asString()).isEqualTo("매우 우려스럽다");

        JsonNode pair = created(post(reviewer, "/api/v1/meetings/" + meetingId + "/pairs", """
                {"leftClaimId": %d, "rightClaimId": %d, "relation": "contradicts",
                 "rationale": "Progress against a worrying outcome.", "topic": "talks"}""".formatted(
                        left.get("id").asLong(), right.get("id").asLong())));
        long pairId = pair.get("id").asLong();
        assertThat(pair.get("status").asString()).isEqualTo("DRAFT");
        assertThat(json(ok(change(reviewer, "/api/v1/pairs/" + pairId, "/submit", "")))
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");
        // The author may not approve; another person, an editor, does.
        assertThat(change(reviewer, "/api/v1/pairs/" + pairId, "/review", "{\"decision\": \"approve\"}")
                        .statusCode())
                .isEqualTo(403);
        String editor = token("editor");
        assertThat(json(ok(change(editor, "/api/v1/pairs/" + pairId, "/review", "{\"decision\": \"approve\"}")))
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");

        JsonNode report = json(ok(get(reviewer, "/api/v1/meetings/" + meetingId + "/report?format=json")));
        assertThat(report.at("/pairs/0/left/quote").asString())
                .isEqualTo("made real progress on nearly all of the central issues");
        assertThat(report.at("/pairs/0/editor").asString()).isEqualTo("Eden Editor");
        HttpResponse<byte[]> pdf = http.send(
                request(reviewer, "/api/v1/meetings/" + meetingId + "/report?format=pdf")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("content-type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("매우 우려스럽다");
        }
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(ok(get(reviewer, "/api/v1/meetings/" + meetingId + "/report?format=csv"))
                        .body()
                        .substring(1)))
                .getRecords();
        assertThat(rows)
                .singleElement()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("approved"));
    }

    @Test
    void each_error_has_its_status_and_a_problem_detail_that_says_why() throws Exception {
        HttpResponse<String> wrong = http.send(
                HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\": \"reviewer\", \"password\": \"nope\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(wrong, 401, "Wrong username or password");
        assertProblem(get(null, "/api/v1/meetings"), 401, "Bearer");
        assertProblem(get("plx_not-a-token", "/api/v1/meetings"), 401, "Bearer");

        String reviewer = token("reviewer");
        assertProblem(get(reviewer, "/api/v1/meetings/987654"), 404, "987654");
        assertProblem(post(reviewer, "/api/v1/meetings", "{\"title\": \" \", \"startDate\": \"2018-07-06\"}"), 422, "");
        assertProblem(
                post(reviewer, "/api/v1/meetings", "{\"title\": \"x\", \"startDate\": \"6 July\"}"), 400, "yyyy-mm-dd");

        long meetingId = created(post(
                        reviewer,
                        "/api/v1/meetings",
                        "{\"title\": \"Errors %d\", \"startDate\": \"2018-07-06\"}".formatted(System.nanoTime())))
                .get("id")
                .asLong();
        long account = created(post(
                        reviewer,
                        "/api/v1/meetings/" + meetingId + "/accounts",
                        "{\"party\": \"US\", \"title\": \"Twice\", \"text\": \"We agree. They agree. We agree.\"}"))
                .get("id")
                .asLong();
        HttpResponse<String> ambiguous =
                post(reviewer, "/api/v1/accounts/" + account + "/claims", "{\"quote\": \"We agree\"}");
        assertProblem(ambiguous, 409, "occurs 2 times");
        assertThat(json(ambiguous).get("candidates")).hasSize(2);
        assertThat(json(ambiguous).at("/candidates/1/start").asInt()).isEqualTo(22);
        assertProblem(
                post(reviewer, "/api/v1/accounts/" + account + "/claims", "{\"start\": 5, \"end\": 500}"), 422, "");
        assertProblem(get(reviewer, "/api/v1/meetings/" + meetingId + "/report?format=docx"), 422, "format is one of");
        // A reviewer may not reopen or decide; the role check is the service's, as in the app.
        assertProblem(change(reviewer, "/api/v1/pairs/1", "/review", "{\"decision\": \"approve\"}"), 403, "");
    }

    @Test
    void a_blind_round_an_omission_a_seal_and_the_owner_rule_through_the_api() throws Exception {
        String reviewer = token("reviewer");
        String reviewer2 = token("reviewer2");
        String editor = token("editor");
        long meetingId = created(post(reviewer, "/api/v1/meetings", """
                {"title": "API blind talks %d", "startDate": "2018-07-06"}""".formatted(System.nanoTime())))
                .get("id")
                .asLong();
        long us = created(
                        post(
                                reviewer,
                                "/api/v1/meetings/" + meetingId + "/accounts",
                                "{\"party\": \"US\", \"title\": \"US readout\", \"text\": \"We made progress. Sanctions stay.\"}"))
                .get("id")
                .asLong();
        long dprk = created(
                        post(
                                reviewer,
                                "/api/v1/meetings/" + meetingId + "/accounts",
                                "{\"party\": \"DPRK\", \"title\": \"DPRK statement\", \"text\": \"The attitude was regrettable.\"}"))
                .get("id")
                .asLong();
        long progress = created(post(reviewer, "/api/v1/accounts/" + us + "/claims", "{\"quote\": \"made progress\"}"))
                .get("id")
                .asLong();
        long sanctions = created(
                        post(reviewer, "/api/v1/accounts/" + us + "/claims", "{\"quote\": \"Sanctions stay\"}"))
                .get("id")
                .asLong();
        long regrettable = created(
                        post(reviewer, "/api/v1/accounts/" + dprk + "/claims", "{\"quote\": \"regrettable\"}"))
                .get("id")
                .asLong();
        long pairId = created(post(
                        reviewer, "/api/v1/meetings/" + meetingId + "/pairs", """
                {"leftClaimId": %d, "rightClaimId": %d, "relation": "contradicts", "rationale": "Progress against regret"}""".formatted(progress, regrettable)))
                .get("id")
                .asLong();
        ok(change(reviewer, "/api/v1/pairs/" + pairId, "/submit", ""));
        ok(change(editor, "/api/v1/pairs/" + pairId, "/review", "{\"decision\": \"approve\"}"));
        JsonNode sealed = json(ok(get(reviewer, "/api/v1/pairs/" + pairId)));
        assertThat(sealed.at("/seal/holds").asBoolean()).isTrue();

        // The omission, by its author; another reviewer may not.
        assertThat(change(reviewer2, "/api/v1/claims/" + sanctions, "/no-counterpart", "{\"note\": \"Not mine\"}")
                        .statusCode())
                .isEqualTo(403);
        JsonNode omitted = json(ok(change(
                reviewer,
                "/api/v1/claims/" + sanctions,
                "/no-counterpart",
                "{\"note\": \"The DPRK says nothing of sanctions\"}")));
        assertThat(omitted.get("noCounterpart").asBoolean()).isTrue();

        // A blind round: the second reviewer does not get the first reviewer's pair.
        assertThat(post(
                                reviewer,
                                "/api/v1/meetings/" + meetingId + "/agreement-rounds",
                                "{\"firstReviewer\": \"reviewer\", \"secondReviewer\": \"reviewer2\"}")
                        .statusCode())
                .isEqualTo(403);
        long round = created(post(
                        editor,
                        "/api/v1/meetings/" + meetingId + "/agreement-rounds",
                        "{\"firstReviewer\": \"reviewer\", \"secondReviewer\": \"reviewer2\"}"))
                .get("id")
                .asLong();
        assertProblem(get(reviewer2, "/api/v1/pairs/" + pairId), 404, "does not exist");
        assertThat(json(ok(get(reviewer2, "/api/v1/meetings/" + meetingId)))
                        .get("pairCount")
                        .asInt())
                .isZero();
        assertThat(json(ok(get(reviewer2, "/api/v1/meetings/" + meetingId + "/report?format=json&allPairs=true")))
                        .get("pairs"))
                .isEmpty();
        assertProblem(
                post(reviewer2, "/api/v1/meetings/" + meetingId + "/pairs", """
                {"leftClaimId": %d, "rightClaimId": %d, "relation": "contradicts", "rationale": "Mine"}""".formatted(progress, regrettable)),
                422,
                "pairing this meeting blind");
        JsonNode state = json(ok(get(editor, "/api/v1/agreement-rounds/" + round)));
        assertThat(state.get("open").asBoolean()).isTrue();
        assertThat(state.get("differing").asInt()).isEqualTo(1);

        // Owner rule: the creator may no longer delete (a pair went to review), another reviewer never, an editor may.
        assertProblem(
                delete(reviewer2, "/api/v1/meetings/" + meetingId, etag(reviewer2, "/api/v1/meetings/" + meetingId)),
                403,
                "Only the person who created");
        assertProblem(
                delete(reviewer, "/api/v1/meetings/" + meetingId, etag(reviewer, "/api/v1/meetings/" + meetingId)),
                409,
                "only an editor may delete it");
        assertThat(delete(editor, "/api/v1/meetings/" + meetingId, etag(editor, "/api/v1/meetings/" + meetingId))
                        .statusCode())
                .isEqualTo(204);
        assertThat(get(editor, "/api/v1/meetings/" + meetingId).statusCode()).isEqualTo(404);
    }

    /** Bad requests of every kind: each answered with its status and a problem detail, never a redirect, a page or a 500. */
    @Test
    void every_bad_request_gets_a_problem_detail_with_its_status() throws Exception {
        String reviewer = token("reviewer");
        long meetingId = created(post(
                        reviewer,
                        "/api/v1/meetings",
                        "{\"title\": \"Strict %d\", \"startDate\": \"2018-07-06\"}".formatted(System.nanoTime())))
                .get("id")
                .asLong();
        long account = created(post(
                        reviewer,
                        "/api/v1/meetings/" + meetingId + "/accounts",
                        "{\"party\": \"US\", \"title\": \"Emoji\", \"text\": \"We agree \ud83d\ude00 fully.\"}"))
                .get("id")
                .asLong();
        String meetings = "/api/v1/meetings";
        String claims = "/api/v1/accounts/" + account + "/claims";
        record Bad(String what, String path, String body, int status, String detail) {}
        List<Bad> table = List.of(
                new Bad(
                        "a date before year 1",
                        meetings,
                        "{\"title\": \"x\", \"startDate\": \"-5000-01-01\"}",
                        422,
                        "between 0001-01-01"),
                new Bad(
                        "a date past year 9999",
                        meetings,
                        "{\"title\": \"x\", \"startDate\": \"+999999999-12-31\"}",
                        422,
                        "between 0001-01-01"),
                new Bad(
                        "a date as a number",
                        meetings,
                        "{\"title\": \"x\", \"startDate\": 20240101}",
                        400,
                        "'startDate'"),
                new Bad(
                        "a number for a text",
                        meetings,
                        "{\"title\": 12345, \"startDate\": \"2018-07-06\"}",
                        400,
                        "'title'"),
                new Bad(
                        "U+0000 in a title",
                        meetings,
                        "{\"title\": \"a\\u0000b\", \"startDate\": \"2018-07-06\"}",
                        400,
                        "U+0000"),
                new Bad(
                        "a lone surrogate",
                        meetings,
                        "{\"title\": \"a\\ud83d\", \"startDate\": \"2018-07-06\"}",
                        400,
                        "surrogate"),
                new Bad(
                        "an unknown field",
                        meetings,
                        "{\"title\": \"x\", \"startDate\": \"2018-07-06\", \"tilte\": 1}",
                        400,
                        "'tilte'"),
                new Bad("a fractional offset", claims, "{\"start\": 1.5, \"end\": 4}", 400, "'start'"),
                new Bad("half an emoji as a quote", claims, "{\"quote\": \"\\ud83d\"}", 400, "surrogate"),
                new Bad(
                        "a missing meeting in the path",
                        "/api/v1/meetings/987654/pairs",
                        "{\"leftClaimId\": 1, \"rightClaimId\": 2, \"relation\": \"contradicts\", \"rationale\": \"x\"}",
                        404,
                        "987654"),
                new Bad(
                        "a 2 MB title",
                        meetings,
                        "{\"title\": \"" + "t".repeat(2_000_000) + "\", \"startDate\": \"2018-07-06\"}",
                        422,
                        "at most 500 characters"),
                new Bad("an unknown path", "/api/v1/no-such-thing", "{}", 404, "no such endpoint"));
        for (Bad bad : table) {
            HttpResponse<String> answer = post(reviewer, bad.path(), bad.body());
            assertThat(answer.statusCode())
                    .as(bad.what() + ": " + answer.body())
                    .isEqualTo(bad.status());
            assertProblem(answer, bad.status(), bad.detail());
        }
        assertProblem(get(reviewer, "/api/v1/claims-and-more/1"), 404, "no such endpoint");
        HttpResponse<String> listed = get(reviewer, "/api/v1/meetings");
        assertThat(listed.headers().firstValue("content-security-policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(listed.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(listed.headers().firstValue("cache-control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        // A body larger than any the API takes: refused by its declared length, or while it streams in.
        String huge = "{\"title\": \"" + "x".repeat(7 * 1024 * 1024) + "\"}";
        assertProblem(post(reviewer, "/api/v1/meetings", huge), 413, "larger than");
        assertProblem(
                send(request(reviewer, "/api/v1/meetings")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))),
                413,
                "larger than");
        // Too long for the server to read at all: still a problem detail, not Tomcat's page.
        HttpResponse<String> tooLong = get(reviewer, "/api/v1/meetings?q=" + "x".repeat(100_000));
        assertThat(tooLong.statusCode()).isBetween(400, 431);
        assertThat(tooLong.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void changes_need_the_version_they_were_made_against() throws Exception {
        String reviewer = token("reviewer");
        long meetingId = created(post(
                        reviewer,
                        "/api/v1/meetings",
                        "{\"title\": \"Locking %d\", \"startDate\": \"2018-07-06\"}".formatted(System.nanoTime())))
                .get("id")
                .asLong();
        long pair = draftPair(reviewer, "/api/v1/meetings/" + meetingId).pairId();
        String read = etag(reviewer, "/api/v1/pairs/" + pair);
        assertThat(read).isEqualTo("\"0\"");
        assertProblem(post(reviewer, "/api/v1/pairs/" + pair + "/submit", ""), 428, "If-Match");
        assertProblem(
                http.send(
                        request(reviewer, "/api/v1/pairs/" + pair + "/submit")
                                .header("If-Match", "\"7\"")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                412,
                "changed since you read it");
        HttpResponse<String> submitted = http.send(
                request(reviewer, "/api/v1/pairs/" + pair + "/submit")
                        .header("If-Match", read)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.headers().firstValue("ETag")).hasValue("\"1\"");
        // An editor who read the pair before it changed cannot approve what they did not read.
        String editor = token("editor");
        assertProblem(
                http.send(
                        request(editor, "/api/v1/pairs/" + pair + "/review")
                                .header("If-Match", read)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\": \"approve\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                412,
                "changed since you read it");
    }

    @Test
    void the_openapi_description_is_served_and_lists_the_endpoints() throws Exception {
        JsonNode openapi = json(ok(get(null, "/api/v1/openapi.json")));
        assertThat(openapi.get("openapi").asString()).startsWith("3.");
        // Every route the app answers under /api is described (the catch-all for unknown paths aside).
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(p ->
                                p.startsWith("/api/") && !p.equals("/api/**") && !p.startsWith("/api/v1/openapi.json"))
                        .forEach(routes::add));
        assertThat(routes).hasSizeGreaterThanOrEqualTo(20);
        assertThat(openapi.get("paths").propertyNames()).containsAll(routes);
    }

    @Test
    void a_script_changes_what_a_person_changes_on_the_screens() throws Exception {
        String reviewer = token("reviewer");
        String reviewer2 = token("reviewer2");
        String editor = token("editor");
        String admin = token("admin");
        long meetingId = created(post(
                        reviewer,
                        "/api/v1/meetings",
                        "{\"title\": \"Scripted %d\", \"startDate\": \"2018-07-06\"}".formatted(System.nanoTime())))
                .get("id")
                .asLong();
        String meeting = "/api/v1/meetings/" + meetingId;
        assertProblem(patch(reviewer, meeting, null, "{\"location\": \"Pyongyang\"}"), 428, "If-Match");
        HttpResponse<String> renamed =
                patch(reviewer, meeting, etag(reviewer, meeting), "{\"location\": \"Pyongyang\"}");
        assertThat(json(ok(renamed)).get("location").asString()).isEqualTo("Pyongyang");
        assertProblem(
                patch(reviewer2, meeting, etag(reviewer2, meeting), "{\"title\": \"Taken\"}"),
                403,
                "Only the person who created");

        DraftPair draft = draftPair(reviewer, meeting);
        long left = draft.leftClaimId();
        long right = draft.rightClaimId();
        String pair = "/api/v1/pairs/" + draft.pairId();
        JsonNode edited = json(ok(patch(
                reviewer,
                pair,
                etag(reviewer, pair),
                "{\"relation\": \"partly_contradicts\", \"rationale\": \"Progress, yet regret\"}")));
        assertThat(edited.get("relation").asString()).isEqualTo("PARTLY_CONTRADICTS");

        // A blind round through the API: the second reviewer pairs blind, the editor keeps the second's reading.
        long round = created(post(
                        editor,
                        meeting + "/agreement-rounds",
                        "{\"firstReviewer\": \"reviewer\", \"secondReviewer\": \"reviewer2\"}"))
                .get("id")
                .asLong();
        assertThat(post(
                                reviewer2,
                                "/api/v1/agreement-rounds/" + round + "/blind-pairs",
                                "{\"leftClaimId\": %d, \"rightClaimId\": %d, \"relation\": \"consistent\"}"
                                        .formatted(left, right))
                        .statusCode())
                .isEqualTo(201);
        JsonNode settled = json(ok(post(
                editor,
                "/api/v1/agreement-rounds/" + round + "/settlements",
                "{\"lowClaimId\": %d, \"highClaimId\": %d, \"keep\": \"second\"}"
                        .formatted(Math.min(left, right), Math.max(left, right)))));
        assertThat(settled.at("/round/settledAt").isNull()).isFalse();
        assertThat(json(ok(get(reviewer, meeting + "/pairs")))
                        .get(0)
                        .get("relation")
                        .asString())
                .isEqualTo("CONSISTENT");

        // Users, for admins only.
        assertProblem(get(reviewer, "/api/v1/users"), 403, "");
        JsonNode user = created(post(
                admin,
                "/api/v1/users",
                "{\"username\": \"scripted%d\", \"displayName\": \"Scripted\", \"role\": \"reviewer\", \"password\": \"lantern-fjord-mosaic-19\"}"
                        .formatted(System.nanoTime() % 100000)));
        String userPath = "/api/v1/users/" + user.get("id").asLong();
        assertProblem(get(reviewer, userPath), 403, "");
        assertThat(etag(admin, userPath)).isEqualTo("\"" + user.get("version").asInt() + "\"");
        JsonNode promoted = json(ok(patch(admin, userPath, etag(admin, userPath), "{\"role\": \"editor\"}")));
        assertThat(promoted.get("role").asString()).isEqualTo("EDITOR");
        assertProblem(
                patch(admin, userPath, "\"" + user.get("version").asInt() + "\"", "{\"enabled\": false}"), 412, "");
        assertProblem(get(admin, "/api/v1/users/999999"), 404, "User 999999 does not exist");

        // Failed sign-ins, for admins only: a wrong password through the token endpoint is listed.
        assertProblem(
                post(
                        null,
                        "/api/v1/auth/token",
                        "{\"username\": \"%s\", \"password\": \"not-it\"}"
                                .formatted(user.get("username").asString())),
                401,
                "Wrong username or password");
        assertProblem(get(reviewer, "/api/v1/sign-in-failures"), 403, "");
        JsonNode failures = json(ok(get(admin, "/api/v1/sign-in-failures")));
        assertThat(failures.get(0).get("username").asString())
                .isEqualTo(user.get("username").asString());
        assertThat(failures.get(0).get("via").asString()).isEqualTo("API");
    }

    @Test
    void a_script_reads_what_the_screens_show() throws Exception {
        String reviewer = token("reviewer");
        long meeting = json(ok(get(reviewer, "/api/v1/meetings?q=First%20DPRK")))
                .get(0)
                .get("id")
                .asLong();
        JsonNode accounts = json(ok(get(reviewer, "/api/v1/meetings/" + meeting + "/accounts")));
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(2);
        assertThat(json(ok(get(
                        reviewer,
                        "/api/v1/accounts/" + accounts.get(0).get("id").asLong() + "/claims"))))
                .isNotEmpty();
        JsonNode pairs = json(ok(get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?limit=5")));
        assertThat(pairs).isNotEmpty();
        long pair = pairs.get(0).get("id").asLong();
        created(post(
                reviewer, "/api/v1/pairs/" + pair + "/comments", "{\"body\": \"Checked against the transcript.\"}"));
        assertThat(json(ok(get(reviewer, "/api/v1/pairs/" + pair + "/comments"))))
                .anySatisfy(c -> assertThat(c.get("body").asString()).isEqualTo("Checked against the transcript."));
        assertThat(json(ok(get(reviewer, "/api/v1/pairs/" + pair + "/history"))))
                .isNotEmpty();
        ok(get(reviewer, "/api/v1/pairs/" + pair + "/evidence"));
        ok(get(reviewer, "/api/v1/pairs/" + pair + "/reviews"));
        assertThat(json(ok(get(reviewer, "/api/v1/meetings/" + meeting + "/history"))))
                .isNotEmpty();
        assertProblem(get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?limit=9999"), 422, "limit");

        // Filters: each narrows to pairs that have it, and the total says how many pass.
        HttpResponse<String> all = ok(get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?limit=500"));
        JsonNode every = json(all);
        assertThat(all.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(every.size()));
        for (String relation : List.of("contradicts", "partly_contradicts", "consistent")) {
            HttpResponse<String> narrowed =
                    ok(get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?limit=500&relation=" + relation));
            JsonNode some = json(narrowed);
            assertThat(some)
                    .allSatisfy(
                            p -> assertThat(p.get("relation").asString()).isEqualTo(relation.toUpperCase(Locale.ROOT)));
            assertThat(some.size())
                    .isEqualTo(
                            count(every, p -> p.get("relation").asString().equals(relation.toUpperCase(Locale.ROOT))));
            assertThat(narrowed.headers().firstValue("X-Total-Count")).hasValue(Integer.toString(some.size()));
        }
        JsonNode approved = json(ok(get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?limit=500&status=approved")));
        assertThat(approved.size())
                .isEqualTo(count(every, p -> p.get("status").asString().equals("APPROVED")));
        String party = every.get(0).get("leftParty").asString();
        JsonNode ofParty = json(ok(get(
                reviewer, "/api/v1/meetings/" + meeting + "/pairs?limit=500&party=" + party.toLowerCase(Locale.ROOT))));
        assertThat(ofParty)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(List.of(
                                p.get("leftParty").asString(),
                                p.get("rightParty").asString()))
                        .contains(party));
        assertThat(json(ok(get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?party=NOBODY"))))
                .isEmpty();
        assertProblem(
                get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?relation=opposes"),
                422,
                "relation is one of contradicts, partly_contradicts, consistent.");
        assertProblem(
                get(reviewer, "/api/v1/meetings/" + meeting + "/pairs?status=done"),
                422,
                "status is one of draft, submitted");
    }

    @Test
    void a_script_imports_corrects_and_excerpts_accounts_as_the_meeting_page_does() throws Exception {
        String reviewer = token("reviewer");
        String meeting = "/api/v1/meetings/"
                + created(post(
                                reviewer,
                                "/api/v1/meetings",
                                "{\"title\": \"Imports %d\", \"startDate\": \"2018-07-07\"}"
                                        .formatted(System.nanoTime())))
                        .get("id")
                        .asLong();

        // A file as the body; its language is detected.
        HttpResponse<String> imported = send(request(
                        reviewer,
                        meeting + "/account-files?filename=statement.txt&party=US&publisher=State%20Department")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "We made progress on almost all of the central issues. Some will take more work.")));
        JsonNode result = created(imported);
        assertThat(result.get("languageDetected").asBoolean()).isTrue();
        assertThat(result.get("sentenceCount").asInt()).isEqualTo(2);
        String account = "/api/v1/accounts/" + result.at("/account/id").asLong();
        assertThat(result.at("/account/title").asString()).isEqualTo("statement");
        assertThat(result.at("/account/publisher").asString()).isEqualTo("State Department");
        assertProblem(
                send(request(reviewer, meeting + "/account-files?filename=a.txt&party=US")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("a=b"))),
                422,
                "not as a form");
        assertProblem(
                send(request(reviewer, meeting + "/account-files?filename=a.exe&party=US")
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofString("MZ"))),
                422,
                "");

        // The same text again in this meeting is refused, naming the account that has it.
        assertProblem(
                send(request(reviewer, meeting + "/account-files?filename=again.txt&party=DPRK")
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "We made progress on almost all of the central issues. Some will take more work."))),
                409,
                "already has an account with exactly this text");

        // Its text and sentences, then a correction on the version read; the claim moves with the text.
        HttpResponse<String> text = ok(get(reviewer, account + "/text"));
        assertThat(text.body()).startsWith("We made progress");
        assertThat(json(ok(get(reviewer, account + "/sentences")))).hasSize(2);
        created(post(reviewer, account + "/claims", "{\"quote\": \"made progress\"}"));
        String read = etag(reviewer, account);
        JsonNode corrected = json(
                ok(
                        send(
                                request(reviewer, account + "/corrections")
                                        .header("If-Match", read)
                                        .header("Content-Type", "application/json")
                                        .POST(
                                                HttpRequest.BodyPublishers.ofString(
                                                        "{\"text\": \"Today we made progress on almost all of the central issues. Some will take more work.\", \"note\": \"Missing word\"}")))));
        assertThat(corrected.get("reanchored")).hasSize(1);
        assertThat(corrected.get("needAttention")).isEmpty();
        assertThat(corrected.at("/account/revisionNo").asInt()).isEqualTo(2);
        assertProblem(
                send(request(reviewer, account + "/corrections")
                        .header("If-Match", read)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Other.\"}"))),
                412,
                "changed since you read it");

        // A source document and an account excerpted from it.
        String article = "The envoy said talks went well. The ministry said the demands were unilateral.";
        JsonNode source = created(send(request(reviewer, meeting + "/sources?filename=article.txt&title=Wire%20report")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(article))));
        assertThat(json(ok(get(reviewer, meeting + "/sources"))))
                .anySatisfy(d -> assertThat(d.get("title").asString()).isEqualTo("Wire report"));
        assertThat(json(ok(get(reviewer, "/api/v1/sources/" + source.get("id").asLong())))
                        .get("text")
                        .asString())
                .isEqualTo(article);
        int start = article.indexOf("The ministry");
        JsonNode excerpt = created(post(
                reviewer,
                "/api/v1/sources/" + source.get("id").asLong() + "/excerpts",
                "{\"start\": %d, \"end\": %d, \"party\": \"DPRK\", \"title\": \"Ministry\", \"kind\": \"report\"}"
                        .formatted(start, article.length())));
        assertThat(excerpt.at("/account/kind").asString()).isEqualTo("REPORT");
        assertThat(json(ok(get(reviewer, "/api/v1/import-limits")))
                        .get("maxFileBytes")
                        .asLong())
                .isPositive();

        // Archived and brought back by its creator.
        JsonNode archived = json(ok(patch(reviewer, meeting, etag(reviewer, meeting), "{\"archived\": true}")));
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(json(ok(patch(reviewer, meeting, etag(reviewer, meeting), "{\"archived\": false}")))
                        .get("archived")
                        .asBoolean())
                .isFalse();
        assertProblem(
                post(
                        reviewer,
                        "/api/v1/meetings",
                        "{\"title\": \"New\", \"startDate\": \"2018-07-07\", \"archived\": true}"),
                422,
                "archived is for changing a meeting");
    }

    @Test
    void a_script_reviews_reopens_and_runs_the_admin_and_report_screens() throws Exception {
        String reviewer = token("reviewer");
        String editor = token("editor");
        String admin = token("admin");
        String meeting = "/api/v1/meetings/"
                + created(post(
                                reviewer,
                                "/api/v1/meetings",
                                "{\"title\": \"Reviews %d\", \"startDate\": \"2018-07-07\"}"
                                        .formatted(System.nanoTime())))
                        .get("id")
                        .asLong();
        String pair = "/api/v1/pairs/" + draftPair(reviewer, meeting).pairId();
        ok(change(reviewer, pair, "/submit", ""));

        assertProblem(get(reviewer, "/api/v1/review-queue"), 403, "");
        assertThat(json(ok(get(editor, "/api/v1/review-queue?party=dprk&relation=contradicts"))))
                .anySatisfy(q ->
                        assertThat("/api/v1/pairs/" + q.get("pairId").asLong()).isEqualTo(pair));
        assertThat(json(ok(get(editor, "/api/v1/review-queue?relation=consistent"))))
                .noneSatisfy(q ->
                        assertThat("/api/v1/pairs/" + q.get("pairId").asLong()).isEqualTo(pair));
        assertProblem(get(editor, "/api/v1/review-queue?relation=opposes"), 422, "relation is one of");
        ok(change(editor, pair, "/review", "{\"decision\": \"approve\"}"));
        assertThat(json(ok(get(reviewer, pair + "/seal"))).get("holds").asBoolean())
                .isTrue();
        assertProblem(change(reviewer, pair, "/reopen", "{\"reason\": \"Mine\"}"), 403, "");
        assertProblem(change(editor, pair, "/reopen", "{}"), 422, "Say why");
        JsonNode reopened = json(ok(change(editor, pair, "/reopen", "{\"reason\": \"The DPRK text was revised\"}")));
        assertThat(reopened.get("status").asString()).isEqualTo("CHANGES_REQUESTED");
        assertProblem(get(reviewer, pair + "/seal"), 404, "");
        assertThat(json(ok(get(reviewer, "/api/v1/my/pairs")))).anySatisfy(m -> {
            assertThat("/api/v1/pairs/" + m.at("/pair/id").asLong()).isEqualTo(pair);
            assertThat(m.get("lastNote").asString()).contains("The DPRK text was revised");
        });

        // Reports and topics as the Reports page and the topic timeline show them.
        assertThat(json(ok(get(reviewer, "/api/v1/reports")))).isNotEmpty();
        assertThat(json(ok(get(reviewer, "/api/v1/topics")))).isNotNull();
        ok(get(reviewer, meeting + "/topics"));
        long demo = json(ok(get(reviewer, "/api/v1/meetings?q=First%20DPRK")))
                .get(0)
                .get("id")
                .asLong();
        String topic = json(ok(get(reviewer, "/api/v1/meetings/" + demo + "/topics")))
                .get(0)
                .asString();
        JsonNode timeline = json(
                ok(get(reviewer, "/api/v1/topics/timeline?topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8))));
        assertThat(timeline.get("topic").asString()).isEqualTo(topic);
        assertThat(timeline.get("meetings")).isNotEmpty();
        HttpResponse<String> html = ok(get(
                reviewer,
                "/api/v1/topics/timeline?format=html&topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8)));
        assertThat(html.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertProblem(
                get(reviewer, "/api/v1/topics/timeline?format=csv&topic=x"), 422, "format is one of json, html, pdf");

        // A draft deleted by its author only, on the version read; a claim's "no counterpart" taken back.
        DraftPair other = draftPair(reviewer, meeting);
        String draft = "/api/v1/pairs/" + other.pairId();
        assertProblem(delete(reviewer2(), draft, etag(reviewer, draft)), 403, "");
        assertProblem(delete(reviewer, draft, "\"9\""), 412, "");
        assertThat(delete(reviewer, draft, etag(reviewer, draft)).statusCode()).isEqualTo(204);
        assertProblem(get(reviewer, draft), 404, "");
        String claim = "/api/v1/claims/" + other.leftClaimId();
        assertThat(json(ok(change(reviewer, claim, "/no-counterpart", "{\"note\": \"Not addressed\"}")))
                        .get("noCounterpart")
                        .asBoolean())
                .isTrue();
        assertThat(json(ok(delete(reviewer, claim + "/no-counterpart", etag(reviewer, claim))))
                        .get("noCounterpart")
                        .asBoolean())
                .isFalse();

        // Agreement rounds of a meeting, and whom an editor can ask.
        assertThat(json(ok(get(editor, "/api/v1/agreement-rounds/people"))))
                .anySatisfy(p -> assertThat(p.get("username").asString()).isEqualTo("reviewer2"));
        created(post(
                editor,
                meeting + "/agreement-rounds",
                "{\"firstReviewer\": \"reviewer\", \"secondReviewer\": \"reviewer2\"}"));
        assertThat(json(ok(get(reviewer, meeting + "/agreement-rounds")))).hasSize(1);
        assertThat(json(ok(get(reviewer, meeting + "/settled-agreement-rounds"))))
                .isEmpty();

        // Parties: everyone reads, admins add and recolour; the code stays.
        assertThat(json(ok(get(reviewer, "/api/v1/parties"))))
                .anySatisfy(p -> assertThat(p.get("code").asString()).isEqualTo("US"));
        String code = "P" + (System.nanoTime() % 100000);
        assertProblem(
                post(
                        reviewer,
                        "/api/v1/parties",
                        "{\"code\": \"%s\", \"name\": \"X\", \"colour\": \"#123456\"}".formatted(code)),
                403,
                "");
        String party = "/api/v1/parties/"
                + created(post(
                                admin,
                                "/api/v1/parties",
                                "{\"code\": \"%s\", \"name\": \"Observers\", \"colour\": \"#123456\"}".formatted(code)))
                        .get("id")
                        .asLong();
        JsonNode recoloured = json(ok(patch(admin, party, etag(admin, party), "{\"colour\": \"#654321\"}")));
        assertThat(recoloured.get("colour").asString()).isEqualTo("#654321");
        assertThat(recoloured.get("name").asString()).isEqualTo("Observers");
        assertProblem(patch(admin, party, etag(admin, party), "{\"code\": \"OTHER\"}"), 422, "code cannot change");

        // One's own tokens: listed without their secret, made by name, revoked at once.
        JsonNode made = created(post(reviewer, "/api/v1/auth/tokens", "{\"name\": \"nightly export\"}"));
        String second = made.get("token").asString();
        assertThat(json(ok(get(second, "/api/v1/auth/tokens")))).anySatisfy(t -> {
            assertThat(t.get("name").asString()).isEqualTo("nightly export");
            assertThat(t.has("token")).isFalse();
        });
        assertProblem(
                delete(editor, "/api/v1/auth/tokens/" + made.at("/details/id").asLong(), "\"0\""), 404, "");
        assertThat(delete(
                                reviewer,
                                "/api/v1/auth/tokens/" + made.at("/details/id").asLong(),
                                "\"0\"")
                        .statusCode())
                .isEqualTo(204);
        assertProblem(get(second, "/api/v1/meetings"), 401, "");
    }

    @Test
    void a_script_corrects_claims_and_accounts_as_the_screens_do() throws Exception {
        String reviewer = token("reviewer");
        String meeting = "/api/v1/meetings/"
                + created(post(
                                reviewer,
                                "/api/v1/meetings",
                                "{\"title\": \"Corrections %d\", \"startDate\": \"2018-07-07\"}"
                                        .formatted(System.nanoTime())))
                        .get("id")
                        .asLong();
        DraftPair pair = draftPair(reviewer, meeting);
        String claim = "/api/v1/claims/" + pair.leftClaimId();

        // Details and span edited on the version read; a stale version, a bad span, a taken span refused.
        String read = etag(reviewer, claim);
        JsonNode edited = json(
                ok(patch(reviewer, claim, read, "{\"speaker\": \"Mike Pompeo\", \"kind\": \"characterisation\"}")));
        assertThat(edited.get("speaker").asString()).isEqualTo("Mike Pompeo");
        assertThat(edited.get("kind").asString()).isEqualTo("CHARACTERISATION");
        assertProblem(patch(reviewer, claim, read, "{\"topic\": \"late\"}"), 412, "changed since you read it");
        assertProblem(
                patch(reviewer, claim, etag(reviewer, claim), "{\"start\": 3, \"end\": 9999}"), 422, "not inside");
        long other = created(post(
                        reviewer,
                        "/api/v1/accounts/" + edited.get("accountId").asLong() + "/claims",
                        "{\"quote\": \"We made\"}"))
                .get("id")
                .asLong();
        JsonNode otherClaim = json(ok(get(reviewer, "/api/v1/claims/" + other)));
        assertProblem(
                patch(
                        reviewer,
                        claim,
                        etag(reviewer, claim),
                        "{\"start\": %d, \"end\": %d}"
                                .formatted(
                                        otherClaim.get("start").asInt(),
                                        otherClaim.get("end").asInt())),
                409,
                "marked as a claim already");
        assertProblem(patch(reviewer2(), claim, etag(reviewer, claim), "{\"topic\": \"theirs\"}"), 403, "");

        // A correction answers what moved and what needs a person, with candidates; one is accepted.
        String account = "/api/v1/accounts/" + edited.get("accountId").asLong();
        String text = ok(get(reviewer, account + "/text")).body();
        JsonNode revision = json(ok(send(request(reviewer, account + "/revisions")
                .header("If-Match", etag(reviewer, account))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        Map.of("text", text.replace("made progress", "made  progress"), "note", "Missing word")))))));
        assertThat(revision.get("reanchored")).extracting(JsonNode::asLong).containsExactly(other);
        JsonNode flagged = revision.get("needAttention").get(0);
        assertThat(flagged.at("/claim/id").asLong()).isEqualTo(pair.leftClaimId());
        JsonNode candidate = flagged.get("candidates").get(0);
        assertThat(candidate.get("quote").asString()).isEqualTo("made  progress");
        assertThat(candidate.get("similarity").asDouble()).isBetween(0.5, 1.0);
        assertThat(json(ok(get(reviewer, claim + "/candidates")))
                        .get(0)
                        .get("start")
                        .asInt())
                .isEqualTo(candidate.get("start").asInt());
        assertThat(json(ok(get(reviewer, account + "/flagged-claims")))).hasSize(1);
        JsonNode back = json(ok(send(request(reviewer, claim + "/reanchor")
                .header("If-Match", etag(reviewer, claim))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"start\": %d, \"end\": %d}"
                        .formatted(
                                candidate.get("start").asInt(),
                                candidate.get("end").asInt()))))));
        assertThat(back.get("id").asLong()).isEqualTo(pair.leftClaimId());
        assertThat(back.get("anchorStatus").asString()).isEqualTo("ANCHORED");
        assertThat(json(ok(get(reviewer, "/api/v1/pairs/" + pair.pairId())))
                        .get("leftQuote")
                        .asString())
                .isEqualTo("made  progress");

        // The other claim is deleted after a look at what goes with it.
        assertThat(json(ok(get(reviewer, "/api/v1/claims/" + other + "/removal")))
                        .get("pairs"))
                .isEmpty();
        assertThat(ok(delete(reviewer, "/api/v1/claims/" + other, etag(reviewer, "/api/v1/claims/" + other)))
                        .statusCode())
                .isEqualTo(200);
        assertThat(get(reviewer, "/api/v1/claims/" + other).statusCode()).isEqualTo(404);

        // The account's details; its party not while paired; then the account goes with its draft pair.
        JsonNode details = json(ok(patch(
                reviewer,
                account,
                etag(reviewer, account),
                "{\"publisher\": \"State Department\", \"title\": \"Readout\"}")));
        assertThat(details.get("publisher").asString()).isEqualTo("State Department");
        assertProblem(
                patch(reviewer, account, etag(reviewer, account), "{\"party\": \"ROK\"}"), 422, "party cannot change");
        assertProblem(patch(reviewer, account, etag(reviewer, account), "{\"text\": \"new\"}"), 422, "/revisions");
        JsonNode removal = json(ok(get(reviewer, account + "/removal")));
        assertThat(removal.get("pairs").get(0).get("pairId").asLong()).isEqualTo(pair.pairId());
        assertProblem(delete(reviewer2(), account, etag(reviewer, account)), 403, "");
        ok(delete(reviewer, account, etag(reviewer, account)));
        assertThat(get(reviewer, account).statusCode()).isEqualTo(404);
        assertThat(get(reviewer, "/api/v1/pairs/" + pair.pairId()).statusCode()).isEqualTo(404);
    }

    private String reviewer2() throws Exception {
        return token("reviewer2");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int count(JsonNode array, Predicate<JsonNode> test) {
        int n = 0;
        for (JsonNode node : array) {
            n += test.test(node) ? 1 : 0;
        }
        return n;
    }

    @Test
    void a_script_searches_as_the_search_field_does() throws Exception {
        String reviewer = token("reviewer");
        long meeting = json(ok(get(reviewer, "/api/v1/meetings?q=First%20DPRK")))
                .get(0)
                .get("id")
                .asLong();
        JsonNode found = json(ok(get(reviewer, "/api/v1/search?q=regrettable&meeting=" + meeting + "&kind=account")));
        JsonNode group = found.get("meetings").get(0);
        assertThat(group.get("meetingId").asLong()).isEqualTo(meeting);
        JsonNode hit = group.get("hits").get(0);
        assertThat(hit.get("kind").asString()).isEqualTo("ACCOUNT");
        assertThat(hit.get("party").asString()).isEqualTo("DPRK");
        String snippet = hit.get("snippet").asString();
        JsonNode mark = hit.get("highlights").get(0);
        assertThat(snippet.substring(mark.get("start").asInt(), mark.get("end").asInt()))
                .isEqualToIgnoringCase("regrettable");
        assertThat(hit.get("path").asString())
                .startsWith("meetings/" + meeting + "/compare?left="
                        + hit.get("accountId").asLong() + "&at=");

        // Stems, kinds and filters.
        assertThat(json(ok(get(reviewer, "/api/v1/search?q=unilaterally&kind=claim&party=dprk&meeting=" + meeting)))
                        .get("meetings"))
                .isNotEmpty();
        assertThat(json(ok(get(reviewer, "/api/v1/search?q=unilaterally&kind=claim&party=us&meeting=" + meeting)))
                        .get("meetings"))
                .isEmpty();

        // Odd and empty searches are answered, never an error.
        String odd = URLEncoder.encode("& | ! : * ( ) ' \\ %", StandardCharsets.UTF_8);
        assertThat(json(ok(get(reviewer, "/api/v1/search?q=" + odd)))
                        .get("message")
                        .asString())
                .contains("Nothing to look for");
        assertThat(json(ok(get(reviewer, "/api/v1/search?q="))).get("message").asString())
                .contains("Type a word");
        assertThat(json(ok(get(reviewer, "/api/v1/search?q=" + "x".repeat(10_000))))
                        .get("message")
                        .asString())
                .contains("at most 500 characters");
        assertProblem(get(reviewer, "/api/v1/search?q=talks&kind=tweet"), 422, "kind is one of");
        assertProblem(get(reviewer, "/api/v1/search?q=talks&relation=maybe"), 422, "relation is one of");
    }

    @Test
    void a_script_detects_languages_reads_suggestions_and_accepts_and_dismisses_them() throws Exception {
        String reviewer = token("reviewer");
        long meeting = created(post(reviewer, "/api/v1/meetings", """
                        {"title": "Suggestions %d", "startDate": "2018-07-06"}""".formatted(System.nanoTime())))
                .get("id")
                .asLong();
        String usText = "We made great progress on denuclearization at the talks. The weather was warm. "
                + "The US side will keep the sanctions in force.";
        JsonNode us = created(post(reviewer, "/api/v1/meetings/" + meeting + "/accounts", """
                {"party": "US", "title": "US readout", "text": "%s"}""".formatted(usText)));
        JsonNode dprk = created(post(reviewer, "/api/v1/meetings/" + meeting + "/accounts", """
                {"party": "DPRK", "title": "DPRK statement", "text": "The talks on denuclearization were regrettable. \
                Our delegation visited a factory. We reject the sanctions as unacceptable."}"""));
        JsonNode french = created(post(reviewer, "/api/v1/meetings/" + meeting + "/accounts", """
                {"party": "US", "title": "Dépêche", "text": "Les deux délégations ont tenu des entretiens francs \
                à Pyongyang et elles se retrouveront le mois prochain."}"""));
        // No language given: detected from the text.
        assertThat(us.get("language").asString()).isEqualTo("en");
        assertThat(french.get("language").asString()).isEqualTo("fr");

        String path = "/api/v1/meetings/" + meeting + "/suggestions?left="
                + us.get("id").asLong() + "&right=" + dprk.get("id").asLong() + "&limit=5";
        JsonNode suggestions = json(ok(get(reviewer, path)));
        assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        JsonNode best = suggestions.get(0);
        JsonNode left = best.get("left");
        assertThat(left.get("accountId").asLong()).isEqualTo(us.get("id").asLong());
        assertThat(usText.substring(left.get("start").asInt(), left.get("end").asInt()))
                .isEqualTo(left.get("text").asString());
        assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(best.get("reasons").get(0).get("text").asString()).isNotBlank();

        String spans = """
                {"leftAccountId": %d, "leftStart": %d, "leftEnd": %d, "rightAccountId": %d, "rightStart": %d,
                 "rightEnd": %d""".formatted(
                        left.get("accountId").asLong(),
                        left.get("start").asInt(),
                        left.get("end").asInt(),
                        best.get("right").get("accountId").asLong(),
                        best.get("right").get("start").asInt(),
                        best.get("right").get("end").asInt());
        JsonNode accepted = json(ok(post(
                reviewer,
                "/api/v1/meetings/" + meeting + "/suggestions/accepted",
                spans + ", \"relation\": \"contradicts\", \"rationale\": \"Progress against regret.\"}")));
        assertThat(accepted.get("pair").get("status").asString()).isEqualToIgnoringCase("draft");
        assertThat(keys(json(ok(get(reviewer, path))))).doesNotContain(key(best));

        JsonNode next = json(ok(get(reviewer, path))).get(0);
        String nextSpans = """
                {"leftAccountId": %d, "leftStart": %d, "leftEnd": %d, "rightAccountId": %d, "rightStart": %d,
                 "rightEnd": %d}""".formatted(
                        next.get("left").get("accountId").asLong(),
                        next.get("left").get("start").asInt(),
                        next.get("left").get("end").asInt(),
                        next.get("right").get("accountId").asLong(),
                        next.get("right").get("start").asInt(),
                        next.get("right").get("end").asInt());
        assertThat(post(reviewer, "/api/v1/meetings/" + meeting + "/suggestions/dismissed", nextSpans)
                        .statusCode())
                .isEqualTo(204);
        assertThat(keys(json(ok(get(reviewer, path))))).doesNotContain(key(next));
        assertProblem(post(reviewer, "/api/v1/meetings/" + meeting + "/suggestions/dismissed", "{}"), 422, "Send");
        assertProblem(get(reviewer, path.replace("limit=5", "limit=0")), 422, "limit");
    }

    @Test
    void a_script_marks_many_claims_in_one_request_all_or_none() throws Exception {
        String reviewer = token("reviewer");
        long meeting = created(post(reviewer, "/api/v1/meetings", """
                        {"title": "Batch %d", "startDate": "2018-07-06"}""".formatted(System.nanoTime())))
                .get("id")
                .asLong();
        long account = created(post(reviewer, "/api/v1/meetings/" + meeting + "/accounts", """
                        {"party": "US", "title": "Readout", "speaker": "Secretary",
                         "text": "We made progress. Sanctions stay. Talks continue."}"""))
                .get("id")
                .asLong();
        String path = "/api/v1/accounts/" + account + "/claims";

        HttpResponse<String> bad = post(reviewer, path, """
                [{"start": 0, "end": 16}, {"quote": "nowhere"}]""");
        assertProblem(bad, 422, "Claim 1: The quote does not occur");
        assertThat(json(ok(get(reviewer, path)))).isEmpty();

        HttpResponse<String> both = post(reviewer, path, """
                [{"start": 0, "end": 16, "topic": "talks"}, {"quote": "Sanctions stay", "kind": "commitment"}]""");
        assertThat(both.statusCode()).as(both.body()).isEqualTo(201);
        JsonNode made = json(both);
        assertThat(made).hasSize(2);
        assertThat(made.get(0).get("quote").asString()).isEqualTo("We made progress");
        assertThat(made.get(0).get("speaker").asString()).isEqualTo("Secretary");
        assertThat(made.get(1).get("kind").asString()).isEqualToIgnoringCase("commitment");
        assertProblem(post(reviewer, path, "[{\"start\": 0, \"end\": 16}]"), 422, "Claim 0 (0–16) is a claim already");
    }

    /** A suggestion's spans, "leftStart-leftEnd:rightStart-rightEnd". */
    private static String key(JsonNode suggestion) {
        JsonNode l = suggestion.get("left");
        JsonNode r = suggestion.get("right");
        return l.get("start").asInt() + "-" + l.get("end").asInt() + ":"
                + r.get("start").asInt() + "-" + r.get("end").asInt();
    }

    private static List<String> keys(JsonNode suggestions) {
        List<String> keys = new ArrayList<>();
        suggestions.forEach(s -> keys.add(key(s)));
        return keys;
    }

    private void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank().contains(detail);
    }

    private String token(String username) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\": \"%s\", \"password\": \"parallax-demo\"}".formatted(username)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return created(response).get("token").asString();
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(
                request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> delete(String token, String path, String etag) throws Exception {
        return http.send(
                request(token, path).header("If-Match", etag).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A US claim ("made progress") and a DPRK claim ("regrettable") of the meeting, linked as a draft pair. */
    private record DraftPair(long leftClaimId, long rightClaimId, long pairId) {}

    private DraftPair draftPair(String token, String meeting) throws Exception {
        // A meeting takes one account of a given text: each draft pair gets texts of its own.
        long n = System.nanoTime();
        long us = created(post(
                        token,
                        meeting + "/accounts",
                        "{\"party\": \"US\", \"title\": \"US\", \"text\": \"We made progress. Note %d.\"}"
                                .formatted(n)))
                .get("id")
                .asLong();
        long dprk = created(post(
                        token,
                        meeting + "/accounts",
                        "{\"party\": \"DPRK\", \"title\": \"DPRK\", \"text\": \"It was regrettable. Note %d.\"}"
                                .formatted(n)))
                .get("id")
                .asLong();
        long left = created(post(token, "/api/v1/accounts/" + us + "/claims", "{\"quote\": \"made progress\"}"))
                .get("id")
                .asLong();
        long right = created(post(token, "/api/v1/accounts/" + dprk + "/claims", "{\"quote\": \"regrettable\"}"))
                .get("id")
                .asLong();
        long pair = created(post(
                        token,
                        meeting + "/pairs",
                        "{\"leftClaimId\": %d, \"rightClaimId\": %d, \"relation\": \"contradicts\", \"rationale\": \"x\"}"
                                .formatted(left, right)))
                .get("id")
                .asLong();
        return new DraftPair(left, right, pair);
    }

    private HttpResponse<String> patch(String token, String path, String etag, String body) throws Exception {
        HttpRequest.Builder request = request(token, path)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The ETag of a resource as this caller reads it. */
    private String etag(String token, String path) throws Exception {
        return get(token, path)
                .headers()
                .firstValue("ETag")
                .orElseThrow(() -> new AssertionError("no ETag on " + path));
    }

    /** A change to a resource, made as a client should: on the version it has just read (If-Match). */
    private HttpResponse<String> change(String token, String resource, String action, String body) throws Exception {
        return http.send(
                request(token, resource + action)
                        .header("Content-Type", "application/json")
                        .header("If-Match", etag(token, resource))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String path, String body) throws Exception {
        return http.send(
                request(token, path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.has("id") || body.has("token") || body.has("account"))
                .as(response.body())
                .isTrue();
        return body;
    }

    private HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
