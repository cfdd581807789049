package org.parallax.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.parallax.base.DemoMode;
import org.parallax.security.CurrentUser;
import org.parallax.security.ParallaxUser;
import org.parallax.security.Roles;

/** The frame around every signed-in screen: navigation, the signed-in user, sign out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** As the search takes (SearchTerms.MAX_LENGTH): longer is answered with a message. */
    private static final int SEARCH_MAX_LENGTH = 500;

    MainLayout(CurrentUser currentUser, AuthenticationContext authentication, DemoMode demoMode) {
        setPrimarySection(Section.DRAWER);

        Span brand = new Span("Parallax");
        brand.addClassName("brand");
        Div drawerHeader = new Div(brand);
        drawerHeader.addClassName("drawer-header");

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Meetings", "meetings", VaadinIcon.CALENDAR.create()));
        nav.addItem(new SideNavItem("My pairs", "my-pairs", VaadinIcon.LINK.create()));
        if (currentUser.hasRole(Roles.EDITOR)) {
            nav.addItem(new SideNavItem("Review queue", "review", VaadinIcon.CHECK_SQUARE_O.create()));
        }
        nav.addItem(new SideNavItem("Reports", "reports", VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem("API tokens", "tokens", VaadinIcon.KEY_O.create()));
        if (currentUser.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem("Parties", "parties", VaadinIcon.FLAG_O.create()));
            nav.addItem(new SideNavItem("Users", "users", VaadinIcon.USERS.create()));
        }
        addToDrawer(drawerHeader, nav);

        Div navbar = new Div();
        navbar.addClassName("navbar");
        navbar.add(new DrawerToggle(), searchField());
        Div spacer = new Div();
        spacer.addClassName("spacer");
        navbar.add(spacer);
        if (demoMode.isEnabled()) {
            Span badge = new Span("demo data");
            badge.addClassName("demo-badge");
            badge.getElement().setAttribute("title", "This installation shows demo data");
            navbar.add(badge);
        }
        currentUser.get().ifPresent(user -> navbar.add(userBox(user, authentication)));
        addToNavbar(navbar);
    }

    /**
     * Search across everything, from every screen: Enter opens the results (the search screen's route and
     * parameter, spelt here by name so that this frame does not depend on the search feature).
     */
    private static TextField searchField() {
        TextField field = new TextField();
        field.setPlaceholder("Search meetings, texts, claims, pairs");
        field.setAriaLabel("Search everything");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SEARCH_MAX_LENGTH);
        field.addClassName("global-search");
        field.addKeyPressListener(Key.ENTER, e -> {
            String typed = field.getValue().strip();
            if (!typed.isEmpty()) {
                field.getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.of("q", typed)));
            }
        });
        return field;
    }

    private static Div userBox(ParallaxUser user, AuthenticationContext authentication) {
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span role = new Span(Roles.label(user.role()));
        role.addClassName("user-role");
        Button logout = new Button("Sign out", e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        Div box = new Div(name, role, logout);
        box.addClassName("user-box");
        return box;
    }
}
