package org.parallax.preference;

import org.parallax.security.CurrentUser;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own choices; nobody reads or sets another's. */
@Service
@PreAuthorize(Roles.IS_REVIEWER)
@Transactional
public class PreferenceService {

    private final PreferenceRepository preferences;
    private final CurrentUser currentUser;

    PreferenceService(PreferenceRepository preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public PairsPlacement pairsPlacement() {
        return preferences
                .pairsPlacement(currentUser.require().id())
                .map(PairsPlacement::ofToken)
                .orElse(PairsPlacement.BELOW);
    }

    public void setPairsPlacement(PairsPlacement placement) {
        if (placement == null) {
            throw new IllegalArgumentException("Choose where the pairs go: below or beside the texts.");
        }
        preferences.setPairsPlacement(currentUser.require().id(), placement.token());
    }
}
