package org.parallax.security.ui;

import com.vaadin.flow.component.Component;

/** Lets the security configuration name the (package-private) login view. */
public final class LoginViewRoute {

    public static final Class<? extends Component> VIEW = LoginView.class;

    private LoginViewRoute() {
    }
}
