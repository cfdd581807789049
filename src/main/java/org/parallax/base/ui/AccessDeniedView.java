package org.parallax.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown, with a 403, when a signed-in person opens a view their role does not allow. */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        addClassName("page");
        add(
                new H2("No access"),
                new Paragraph("Your role does not allow this page. Ask an admin if you need it."),
                new Anchor("meetings", "Back to the meetings"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
