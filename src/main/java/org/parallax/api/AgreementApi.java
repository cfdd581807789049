package org.parallax.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.agreement.AgreementResult;
import org.parallax.agreement.AgreementRound;
import org.parallax.agreement.AgreementService;
import org.parallax.agreement.Person;
import org.parallax.agreement.RoundSummary;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Blind agreement rounds: editors open one (two reviewers by user name) and read its state and kappa. */
@RestController
class AgreementApi {

    private final AgreementService agreement;

    AgreementApi(AgreementService agreement) {
        this.agreement = agreement;
    }

    /** The meeting's rounds, open and closed. */
    @GetMapping("/api/v1/meetings/{id}/agreement-rounds")
    List<AgreementRound> roundsOf(@PathVariable long id) {
        return agreement.roundsOf(id);
    }

    /** The meeting's settled rounds as reports summarise them: agreement before and after settling. */
    @GetMapping("/api/v1/meetings/{id}/settled-agreement-rounds")
    List<RoundSummary> settled(@PathVariable long id) {
        return agreement.settledRounds(id);
    }

    /** The people an editor can choose as the two reviewers of a round. */
    @GetMapping("/api/v1/agreement-rounds/people")
    List<Person> people() {
        return agreement.people();
    }

    @PostMapping("/api/v1/meetings/{id}/agreement-rounds")
    ResponseEntity<AgreementRound> open(@PathVariable long id, @RequestBody ApiRequests.AgreementRoundRequest request) {
        AgreementRound round = agreement.request(id, request.firstReviewer(), request.secondReviewer());
        return ResponseEntity.created(URI.create("/api/v1/agreement-rounds/" + round.id()))
                .body(round);
    }

    /** The round, whether it is open, how far the two reviewers agree (Cohen's kappa) and what is settled. */
    @GetMapping("/api/v1/agreement-rounds/{id}")
    Map<String, Object> get(@PathVariable long id) {
        AgreementResult result = agreement.result(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("round", result.round());
        body.put("open", result.round().open());
        body.put("kappa", Double.isNaN(result.kappa()) ? null : result.kappa());
        body.put("agreed", result.agreed());
        body.put("differing", result.differing());
        body.put("settled", result.couples().stream().filter(c -> c.settled()).count());
        body.put("couples", result.couples());
        return body;
    }
}
