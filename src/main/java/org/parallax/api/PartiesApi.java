package org.parallax.api;

import java.net.URI;
import java.util.List;
import org.parallax.party.PartyEntry;
import org.parallax.party.PartyService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The parties accounts belong to: read by everyone, added and renamed or recoloured by admins. */
@RestController
class PartiesApi {

    private final PartyService parties;

    PartiesApi(PartyService parties) {
        this.parties = parties;
    }

    @GetMapping("/api/v1/parties")
    List<PartyEntry> list() {
        return parties.list();
    }

    @GetMapping("/api/v1/parties/{id}")
    ResponseEntity<PartyEntry> get(@PathVariable long id) {
        PartyEntry party = parties.get(id);
        return Versions.tagged(party, party.version());
    }

    /** {"code","name","colour"}: the code (e.g. UN) is fixed once made, the colour is #rrggbb. */
    @PostMapping("/api/v1/parties")
    ResponseEntity<PartyEntry> create(@RequestBody ApiRequests.PartyRequest request) {
        PartyEntry created = parties.create(request.code(), request.name(), request.colour());
        return ResponseEntity.created(URI.create("/api/v1/parties/" + created.id()))
                .body(created);
    }

    /** Name and colour, on the version read (If-Match); the code cannot change. */
    @PatchMapping("/api/v1/parties/{id}")
    ResponseEntity<PartyEntry> update(
            @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody ApiRequests.PartyRequest request) {
        PartyEntry before = parties.get(id);
        if (request.code() != null && !request.code().strip().equalsIgnoreCase(before.code())) {
            throw new IllegalArgumentException(
                    "A party's code cannot change; its accounts and reports are filed under it.");
        }
        PartyEntry after = parties.update(
                id,
                Versions.required(ifMatch, before.version()),
                request.name() != null ? request.name() : before.name(),
                request.colour() != null ? request.colour() : before.colour());
        return Versions.tagged(after, after.version());
    }
}
