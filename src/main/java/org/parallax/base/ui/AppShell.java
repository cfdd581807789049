package org.parallax.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.aura.Aura;

/**
 * Page-wide settings: the Aura theme, then our own plain CSS from {@code frontend/} (served under
 * {@code /parallax/}; no frontend build). Push is on so other people's changes can reach open screens.
 */
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("context://parallax/styles.css")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Parallax");
        settings.addMetaTag("description", "Comparative claim fact-checking");
    }
}
