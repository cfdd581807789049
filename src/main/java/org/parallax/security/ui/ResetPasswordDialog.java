package org.parallax.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.Notices;
import org.parallax.security.PasswordPolicy;
import org.parallax.security.UserService;
import org.parallax.security.UserSummary;
import org.springframework.dao.OptimisticLockingFailureException;

class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final Span error = new Span();

    ResetPasswordDialog(UserSummary user, UserService users, Runnable onDone) {
        setHeaderTitle("Reset the password of " + user.username());
        password.setHelperText(
                "At least " + PasswordPolicy.MIN_LENGTH + " characters, hard to guess: a phrase of unrelated words");
        password.setWidthFull();
        error.addClassName("form-error");
        add(password, error);
        Button save = new Button("Set password", e -> {
            try {
                users.resetPassword(user.id(), user.version(), password.getValue());
                Notices.done("New password set for " + user.username());
                onDone.run();
                close();
            } catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
                error.setText(ex.getMessage());
            }
        });
        Buttons.oneAtATime(save);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
