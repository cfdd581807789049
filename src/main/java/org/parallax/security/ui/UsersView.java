package org.parallax.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parallax.base.Formats;
import org.parallax.base.ui.Notices;
import org.parallax.security.Roles;
import org.parallax.security.SignInFailure;
import org.parallax.security.UserService;
import org.parallax.security.UserSummary;

@Route("users")
@PageTitle("Users · Parallax")
@RolesAllowed(Roles.ADMIN)
class UsersView extends Main {

    private final UserService users;
    final Grid<UserSummary> grid = new Grid<>();
    final Grid<SignInFailure> failures = new Grid<>();
    final Button newUser = new Button("New user");

    UsersView(UserService users) {
        this.users = users;
        addClassName("page");
        newUser.addThemeVariants(ButtonVariant.PRIMARY);
        newUser.addClickListener(e -> new NewUserDialog(users, this::refresh).open());
        HorizontalLayout header = new HorizontalLayout(new H2("Users"), newUser);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        header.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        header.setWidthFull();

        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader("Name")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addComponentColumn(this::roleSelect).setHeader("Role").setAutoWidth(true);
        grid.addComponentColumn(u -> {
                    Span status = new Span(u.enabled() ? "Active" : "Disabled");
                    status.addClassName(u.enabled() ? "status-active" : "status-disabled");
                    return status;
                })
                .setHeader("Status")
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.day(u.createdAt().toLocalDate()))
                .setHeader("Since")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        failures.addColumn(f -> Formats.moment(f.at())).setHeader("When").setAutoWidth(true);
        failures.addColumn(SignInFailure::username).setHeader("Account tried").setAutoWidth(true);
        failures.addColumn(SignInFailure::address).setHeader("From").setAutoWidth(true);
        failures.addColumn(f -> f.via().label()).setHeader("Through").setAutoWidth(true);
        failures.addColumn(f -> f.locked() ? "paused" : "")
                .setHeader("Sign-ins")
                .setAutoWidth(true);
        failures.setItems(users.recentFailedSignIns());
        failures.setEmptyStateText("No failed sign-ins recorded.");
        failures.setHeight("16rem");
        add(header, grid, new H3("Failed sign-ins"), failures);
        refresh();
    }

    private Select<String> roleSelect(UserSummary user) {
        Select<String> select = new Select<>();
        select.setItems(Roles.ALL);
        select.setItemLabelGenerator(Roles::label);
        select.setValue(user.role());
        select.setAriaLabel("Role of " + user.username());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(
                        () -> users.changeRole(user.id(), user.version(), e.getValue()),
                        "Role of " + user.username() + " is now " + Roles.label(e.getValue()));
            }
        });
        return select;
    }

    private HorizontalLayout actions(UserSummary user) {
        Button reset = new Button("Reset password", e -> new ResetPasswordDialog(user, users, this::refresh).open());
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        Button toggle = new Button(
                user.enabled() ? "Disable" : "Enable",
                e -> act(
                        () -> users.setEnabled(user.id(), user.version(), !user.enabled()),
                        user.username()
                                + (user.enabled() ? " is disabled; their sessions have ended" : " is enabled again")));
        toggle.addThemeVariants(ButtonVariant.TERTIARY);
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.ERROR);
        }
        return new HorizontalLayout(reset, toggle);
    }

    private void act(Runnable action, String success) {
        if (Notices.attempt(action)) {
            Notices.done(success);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(users.list());
    }
}
