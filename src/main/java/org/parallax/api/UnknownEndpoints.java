package org.parallax.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any /api path no endpoint matches. Without it the request would fall through to the Vaadin servlet,
 * which answers every path with its HTML page and 200.
 */
@RestController
class UnknownEndpoints {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> none() {
        return ApiErrors.problem(HttpStatus.NOT_FOUND, "There is no such endpoint; see /api/v1/openapi.json.");
    }
}
