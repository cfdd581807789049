package org.parallax.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.parallax.base.ui.Buttons;
import org.parallax.security.NewUser;
import org.parallax.security.PasswordPolicy;
import org.parallax.security.Roles;
import org.parallax.security.UserService;

class NewUserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final Select<String> role = new Select<>();
    final PasswordField password = new PasswordField("Password");
    final Span error = new Span();
    final Button create = new Button("Create");

    NewUserDialog(UserService users, Runnable onCreated) {
        setHeaderTitle("New user");
        username.setRequired(true);
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        role.setLabel("Role");
        role.setItems(Roles.ALL);
        role.setItemLabelGenerator(Roles::label);
        role.setValue(Roles.REVIEWER);
        password.setRequired(true);
        password.setHelperText(
                "At least " + PasswordPolicy.MIN_LENGTH + " characters, hard to guess: a phrase of unrelated words");
        error.addClassName("form-error");
        add(new FormLayout(username, displayName, role, password), error);

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            try {
                users.create(
                        new NewUser(username.getValue(), displayName.getValue(), role.getValue(), password.getValue()));
                onCreated.run();
                close();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        Buttons.oneAtATime(create);
        getFooter().add(new Button("Cancel", e -> close()), create);
    }
}
