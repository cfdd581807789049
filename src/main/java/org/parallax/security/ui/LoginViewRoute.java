package org.parallax.security.ui;

import com.vaadin.flow.component.Component;

/** Lets the security configuration name the (package-private) login view. */
public final class LoginViewRoute {

    public static final Class<? extends Component> VIEW = LoginView.class;

    /** The query parameter with which the sign-in gate sends people back while they must wait. */
    public static final String LOCKED = "locked";

    private LoginViewRoute() {}
}
