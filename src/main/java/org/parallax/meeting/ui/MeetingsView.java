package org.parallax.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.parallax.base.Formats;
import org.parallax.base.ui.DateFields;
import org.parallax.base.ui.PartyChip;
import org.parallax.meeting.MeetingFilter;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.party.PartyEntry;
import org.parallax.party.PartyService;

/** Where everyone lands after signing in: the meetings, newest first, loaded lazily from the database. */
@Route("meetings")
@RouteAlias("")
@PageTitle("Meetings · Parallax")
@PermitAll
class MeetingsView extends Main {

    final TextField search = new TextField();
    final DatePicker from = DateFields.accepting(new DatePicker());
    final DatePicker to = DateFields.accepting(new DatePicker());
    final Select<String> party = new Select<>();
    final Checkbox archived = new Checkbox("Show archived");
    final Button newMeeting = new Button("New meeting");
    final Grid<MeetingSummary> grid = new Grid<>();
    private final MeetingService meetings;

    MeetingsView(MeetingService meetings, PartyService parties) {
        this.meetings = meetings;
        addClassName("page");
        setHeightFull();

        search.setPlaceholder("Search title, place, description");
        search.setAriaLabel("Search meetings");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setWidth("22rem");
        from.setPlaceholder("From");
        from.setAriaLabel("Meetings from");
        to.setPlaceholder("To");
        to.setAriaLabel("Meetings until");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        party.setEmptySelectionAllowed(true);
        party.setEmptySelectionCaption("Any party");
        party.setItems(parties.list().stream().map(PartyEntry::code).toList());
        party.setAriaLabel("Party");
        party.addValueChangeListener(e -> refresh());
        archived.addValueChangeListener(e -> refresh());
        newMeeting.addThemeVariants(ButtonVariant.PRIMARY);
        newMeeting.addClickListener(e -> new MeetingDialog(
                        meetings, null, created -> getUI().ifPresent(ui -> ui.navigate("meetings/" + created.id())))
                .open());

        grid.addColumn(MeetingSummary::title).setHeader("Meeting").setFlexGrow(3);
        grid.addColumn(MeetingsView::dates).setHeader("Dates").setAutoWidth(true);
        grid.addColumn(MeetingSummary::location).setHeader("Place").setAutoWidth(true);
        grid.addComponentColumn(MeetingsView::parties).setHeader("Parties").setAutoWidth(true);
        grid.addColumn(MeetingSummary::accountCount).setHeader("Accounts").setAutoWidth(true);
        grid.addColumn(MeetingSummary::claimCount).setHeader("Claims").setAutoWidth(true);
        grid.addColumn(MeetingSummary::pairCount).setHeader("Pairs").setAutoWidth(true);
        grid.setEmptyStateText("No meetings yet.");
        grid.setHeightFull();
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("meetings/" + e.getItem().id())));
        grid.addClassName("clickable-rows");

        HorizontalLayout header = new HorizontalLayout(new H2("Meetings"), newMeeting);
        header.setWidthFull();
        header.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(search, from, to, party, archived);
        filters.setAlignItems(HorizontalLayout.Alignment.CENTER);
        filters.setWrap(true);
        add(header, filters, grid);
        refresh();
    }

    private void refresh() {
        MeetingFilter filter = new MeetingFilter(
                search.getValue(), from.getValue(), to.getValue(), party.getValue(), archived.getValue());
        grid.setItems(
                query -> meetings.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> meetings.count(filter));
    }

    private static String dates(MeetingSummary m) {
        return Formats.days(m.startsOn(), m.endsOn());
    }

    private static Div parties(MeetingSummary m) {
        Div chips = new Div();
        m.parties().forEach(p -> chips.add(new PartyChip(p.code(), p.colour(), p.name())));
        return chips;
    }
}
