package org.parallax.claim.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.parallax.claim.ClaimRemoval;

/**
 * Asks before a claim or an account is deleted, naming every pair that goes with it; when the rules forbid
 * it, says why and offers nothing to confirm.
 */
public class RemovalDialog extends ConfirmDialog {

    /**
     * @param what "this claim", "the account “Readout”"
     * @param onConfirm the deletion, through the service
     */
    public RemovalDialog(String what, ClaimRemoval removal, Runnable onConfirm) {
        setHeader("Delete " + what + "?");
        Div body = new Div();
        if (!removal.allowed()) {
            setHeader(capitalised(what) + " cannot be deleted");
            body.add(new Paragraph(removal.refusal()));
            setConfirmText("Close");
            add(body);
            return;
        }
        int claims = removal.claimIds().size();
        if (claims > 1 || claims == 0) {
            body.add(new Paragraph(claims + " claims go with it."));
        }
        if (removal.pairs().isEmpty()) {
            body.add(new Paragraph("No pair holds " + (claims == 1 ? "it" : "them") + "."));
        } else {
            body.add(new Paragraph("These pairs go with " + (claims == 1 ? "it" : "them") + ", with their evidence"
                    + " and comments:"));
            UnorderedList pairs = new UnorderedList();
            removal.pairs()
                    .forEach(p -> pairs.add(new ListItem(
                            "Pair " + p.pairId() + " · " + p.status().label() + " · by " + p.authorName())));
            body.add(pairs);
        }
        body.add(new Paragraph("The history keeps a record of what was deleted."));
        add(body);
        setCancelable(true);
        setConfirmText("Delete");
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> onConfirm.run());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
