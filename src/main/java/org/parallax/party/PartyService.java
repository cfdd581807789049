package org.parallax.party;

import java.util.List;
import java.util.Locale;
import org.parallax.audit.AuditService;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
import org.parallax.base.StaleData;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The parties that give accounts. Everyone reads the list; admins keep it. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class PartyService {

    private final PartyRepository parties;
    private final AuditService audit;

    PartyService(PartyRepository parties, AuditService audit) {
        this.parties = parties;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PartyEntry> list() {
        return parties.findAll();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public PartyEntry create(String code, String name, String colour) {
        String cleanCode = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!cleanCode.matches("[A-Z][A-Z0-9_]{0,15}")) {
            throw new IllegalArgumentException(
                    "A party code has 1 to 16 capital letters, digits or '_', starting with a letter.");
        }
        if (parties.codeExists(cleanCode)) {
            throw new IllegalArgumentException("There already is a party " + cleanCode + ".");
        }
        long id = parties.insert(cleanCode, checkName(name), checkColour(colour));
        PartyEntry created = get(id);
        audit.record("create", "party", id, null, null, created);
        return created;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public PartyEntry update(long id, int version, String name, String colour) {
        PartyEntry before = get(id);
        if (!parties.update(id, version, checkName(name), checkColour(colour))) {
            throw StaleData.of("The party " + before.code());
        }
        PartyEntry after = get(id);
        audit.record("update", "party", id, null, before, after);
        return after;
    }

    @Transactional(readOnly = true)
    public PartyEntry get(long id) {
        return parties.findById(id).orElseThrow(() -> new NotFoundException("Party", id));
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A party needs a name.");
        }
        return Limits.checked(name, Limits.NAME, "The party's name");
    }

    private static String checkColour(String colour) {
        String c = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT);
        if (!c.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("A colour is a hex code such as #1f5fa8.");
        }
        return c;
    }
}
