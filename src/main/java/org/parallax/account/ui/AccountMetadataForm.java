package org.parallax.account.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.base.ui.DateFields;
import org.parallax.base.ui.FieldErrors;
import org.parallax.party.PartyEntry;

/** The fields every account has besides its text. */
class AccountMetadataForm extends FormLayout {

    static final String DETECT = "";

    final Select<PartyEntry> party = new Select<>();
    final TextField title = new TextField("Title");
    final TextField speaker = new TextField("Speaker or issuing body");
    final TextField publisher = new TextField("Publisher");
    final TextField sourceUrl = new TextField("Source URL");
    final DatePicker publishedOn = DateFields.of("Published on");
    final ComboBox<String> language = new ComboBox<>("Language");
    final RadioButtonGroup<AccountKind> kind = new RadioButtonGroup<>("Kind");

    AccountMetadataForm(List<PartyEntry> parties, boolean titleRequired) {
        party.setLabel("Party");
        party.setId("account-party");
        party.setItems(parties);
        party.setItemLabelGenerator(p -> p.code() + " · " + p.name());
        party.setRequiredIndicatorVisible(true);
        party.setPlaceholder("Whose account is this?");
        title.setRequired(titleRequired);
        if (!titleRequired) {
            title.setHelperText("Left empty, the file name is used");
        }
        sourceUrl.setPlaceholder("https://…");
        language.setItems(DETECT, "en", "ko", "zh", "ja", "ru", "fr", "de");
        language.setItemLabelGenerator(code -> code.isEmpty() ? "Detect from the text" : code);
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> language.setValue(e.getDetail()));
        language.setValue(DETECT);
        kind.setItems(AccountKind.values());
        kind.setItemLabelGenerator(
                k -> k == AccountKind.OFFICIAL_STATEMENT ? "Official statement" : "Report about one");
        kind.setValue(AccountKind.OFFICIAL_STATEMENT);
        add(party, title, speaker, publisher, sourceUrl, publishedOn, language, kind);
        setColspan(title, 2);
        setColspan(kind, 2);
    }

    /** Shows the service's refusals of these details at their fields; others go to {@code general}. */
    FieldErrors errors(HasText general) {
        return new FieldErrors(general)
                .at("party", party)
                .at("title", title)
                .at("speaker", speaker)
                .at("publisher", publisher)
                .at("sourceUrl", sourceUrl)
                .at("publishedOn", publishedOn)
                .at("language", language);
    }

    AccountMetadata value() {
        return new AccountMetadata(
                party.getValue() == null ? null : party.getValue().code(),
                title.getValue(),
                speaker.getValue(),
                publisher.getValue(),
                sourceUrl.getValue(),
                publishedOn.getValue(),
                language.getValue() == null ? DETECT : language.getValue(),
                kind.getValue());
    }
}
