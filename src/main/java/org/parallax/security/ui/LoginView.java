package org.parallax.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.parallax.base.DemoMode;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Parallax")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    LoginView(DemoMode demoMode) {
        addClassName("login-view");
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check your username and password and try again.");
        login.setI18n(i18n);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        Div brand = new Div(
                new H1("Parallax"), new Paragraph("Put conflicting accounts of the same meeting side by side."));
        brand.addClassName("login-brand");
        add(brand, login);
        if (demoMode.isEnabled()) {
            Span hint = new Span(
                    "Demo data: sign in as reviewer, reviewer2, editor or admin with the password parallax-demo");
            hint.addClassName("demo-badge");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(LoginViewRoute.LOCKED)) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage()
                    .setMessage("Sign-ins for this account or from this address are paused; try again in a minute.");
            login.setI18n(i18n);
        }
        login.setError(parameters.containsKey("error"));
    }
}
