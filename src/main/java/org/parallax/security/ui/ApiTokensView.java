package org.parallax.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.parallax.base.Formats;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.Notices;
import org.parallax.security.ApiToken;
import org.parallax.security.ApiTokenService;
import org.parallax.security.IssuedToken;

/** One's own API tokens: made here or by signing in through the API; revoked here, at once. */
@Route("tokens")
@PageTitle("API tokens · Parallax")
@PermitAll
class ApiTokensView extends Main {

    private final ApiTokenService tokens;
    final Grid<ApiToken> grid = new Grid<>();
    final TextField name = new TextField("Name of a new token");
    final Button create = new Button("Create token");
    final TextField issued = new TextField("Your new token: copy it now, it is not shown again");

    ApiTokensView(ApiTokenService tokens) {
        this.tokens = tokens;
        addClassName("page");
        name.setPlaceholder("e.g. newsroom spreadsheet");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        Buttons.oneAtATime(create);
        issued.setReadOnly(true);
        issued.setWidthFull();
        issued.setVisible(false);
        Div form = new Div(name, create);
        form.addClassName("toolbar");

        grid.addColumn(ApiToken::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(t -> moment(t.createdAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : moment(t.lastUsedAt()))
                .setHeader("Last used")
                .setAutoWidth(true);
        grid.addColumn(t -> t.expiresAt() == null ? "—" : moment(t.expiresAt()))
                .setHeader("Expires")
                .setAutoWidth(true);
        grid.addColumn(this::state).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(t -> {
                    Button revoke = new Button("Revoke", e -> revoke(t));
                    revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
                    revoke.setEnabled(t.revokedAt() == null);
                    return revoke;
                })
                .setAutoWidth(true);
        grid.setEmptyStateText("No tokens yet.");
        grid.setAllRowsVisible(true);
        add(
                new H2("API tokens"),
                new Paragraph(
                        "Tools use the REST API under /api/v1 with a token sent as “Authorization: Bearer …”. "
                                + "Make one here, or with POST /api/v1/auth/token and your username and password. A token acts "
                                + "as you, with your role, for 90 days unless revoked. The API is described at /api/v1/openapi.json."),
                form,
                issued,
                grid);
        refresh();
    }

    private void create() {
        if (Notices.attempt(() -> {
            IssuedToken token = tokens.create(name.getValue());
            issued.setValue(token.token());
            issued.setVisible(true);
        })) {
            name.clear();
            refresh();
        }
    }

    private void revoke(ApiToken token) {
        issued.clear();
        issued.setVisible(false);
        if (Notices.attempt(() -> tokens.revoke(token.id()))) {
            Notices.done("Revoked “" + token.name() + "”: it no longer opens the API.");
        }
        refresh();
    }

    private String state(ApiToken token) {
        if (token.revokedAt() != null) {
            return "revoked " + moment(token.revokedAt());
        }
        return token.usable(OffsetDateTime.now(ZoneOffset.UTC)) ? "active" : "expired";
    }

    private static String moment(OffsetDateTime time) {
        return Formats.moment(time);
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }
}
