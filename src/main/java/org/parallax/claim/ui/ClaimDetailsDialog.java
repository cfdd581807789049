package org.parallax.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.Notices;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimEdit;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;

/**
 * "Edit claim": speaker, topic and kind of a claim, saved on the version shown. An approved pair holding
 * it goes back to review, and the dialog says so before saving.
 */
public class ClaimDetailsDialog extends Dialog {

    final TextField speaker = new TextField("Speaker");
    final TextField topic = new TextField("Topic");
    final Select<ClaimKind> kind = new Select<>();
    final Button save = new Button("Save claim");

    public ClaimDetailsDialog(Claim claim, ClaimService claims, Consumer<Claim> onSaved) {
        setHeaderTitle("Edit claim");
        setWidth("min(36rem, 95vw)");
        speaker.setValue(claim.speaker() == null ? "" : claim.speaker());
        topic.setValue(claim.topic() == null ? "" : claim.topic());
        kind.setLabel("Kind");
        kind.setItems(ClaimKind.values());
        kind.setItemLabelGenerator(ClaimKind::label);
        kind.setValue(claim.kind());
        speaker.setWidthFull();
        topic.setWidthFull();
        Paragraph quote = new Paragraph("“" + claim.quote() + "”");
        quote.addClassName("quote");
        Paragraph seal = new Paragraph("An approved pair holding this claim goes back to review when it changes.");
        seal.addClassName("muted");
        add(quote, speaker, topic, kind, seal);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> Notices.attempt(() -> {
            onSaved.accept(claims.edit(
                    claim.id(),
                    claim.version(),
                    ClaimEdit.details(claim, speaker.getValue(), topic.getValue(), kind.getValue())));
            close();
        }));
        Buttons.oneAtATime(save);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
