package org.parallax.party.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.PartyChip;
import org.parallax.party.PartyEntry;
import org.parallax.party.PartyService;
import org.parallax.security.Roles;
import org.springframework.dao.OptimisticLockingFailureException;

/** Admins keep the list of parties: code, name and the colour they are shown in. */
@Route("parties")
@PageTitle("Parties · Parallax")
@RolesAllowed(Roles.ADMIN)
class PartiesView extends Main {

    private final PartyService parties;
    final Grid<PartyEntry> grid = new Grid<>();
    final TextField code = new TextField("Code");
    final TextField name = new TextField("Name");
    final TextField colour = new TextField("Colour");
    final Button add = new Button("Add party");
    final Span error = new Span();

    PartiesView(PartyService parties) {
        this.parties = parties;
        addClassName("page");
        grid.addComponentColumn(p -> new PartyChip(p.code(), p.colour(), p.name()))
                .setHeader("Code")
                .setAutoWidth(true);
        grid.addComponentColumn(this::nameField).setHeader("Name").setFlexGrow(1);
        grid.addComponentColumn(this::colourField).setHeader("Colour").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        colour.setPlaceholder("#1f5fa8");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> {
            try {
                parties.create(code.getValue(), name.getValue(), colour.getValue());
                code.clear();
                name.clear();
                colour.clear();
                error.setText("");
                refresh();
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        Buttons.oneAtATime(add);
        error.addClassName("form-error");
        HorizontalLayout form = new HorizontalLayout(code, name, colour, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H2("Parties"), grid, form, error);
        refresh();
    }

    private TextField nameField(PartyEntry p) {
        TextField field = new TextField();
        field.setValue(p.name());
        field.setAriaLabel("Name of " + p.code());
        field.setWidthFull();
        field.addValueChangeListener(e -> save(p, e.getValue(), p.colour()));
        return field;
    }

    private TextField colourField(PartyEntry p) {
        TextField field = new TextField();
        field.setValue(p.colour());
        field.setAriaLabel("Colour of " + p.code());
        field.addValueChangeListener(e -> save(p, p.name(), e.getValue()));
        return field;
    }

    private void save(PartyEntry p, String newName, String newColour) {
        try {
            parties.update(p.id(), p.version(), newName, newColour);
            error.setText("");
        } catch (IllegalArgumentException | OptimisticLockingFailureException ex) {
            error.setText(ex.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(parties.list());
    }
}
