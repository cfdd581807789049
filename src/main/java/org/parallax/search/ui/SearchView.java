package org.parallax.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parallax.base.Formats;
import org.parallax.base.PairStatus;
import org.parallax.base.Token;
import org.parallax.base.ui.DateFields;
import org.parallax.base.ui.PartyChip;
import org.parallax.pairing.Relation;
import org.parallax.party.PartyEntry;
import org.parallax.party.PartyService;
import org.parallax.search.MeetingHits;
import org.parallax.search.SearchHit;
import org.parallax.search.SearchKind;
import org.parallax.search.SearchQuery;
import org.parallax.search.SearchResults;
import org.parallax.search.SearchService;

/**
 * The results of a search, grouped by meeting, each with its snippet (the words found marked) and a link to
 * the spot. The URL holds the words and the filters, so a search can be shared or kept.
 */
@Route("search")
@PageTitle("Search · Parallax")
@PermitAll
class SearchView extends Main implements BeforeEnterObserver {

    final TextField words = new TextField();
    final CheckboxGroup<SearchKind> kinds = new CheckboxGroup<>();
    final Select<String> party = new Select<>();
    final DatePicker from = DateFields.accepting(new DatePicker());
    final DatePicker to = DateFields.accepting(new DatePicker());
    final Select<Relation> relation = new Select<>();
    final Select<PairStatus> status = new Select<>();
    final Checkbox archived = new Checkbox("Archived meetings too");
    final Paragraph summary = new Paragraph();
    final Div results = new Div();
    final Button previous = new Button("Previous page");
    final Button next = new Button("Next page");

    private final SearchService search;
    private final Map<String, PartyEntry> parties;
    private SearchQuery query = SearchQuery.of("");
    private boolean showing;

    SearchView(SearchService search, PartyService partyService) {
        this.search = search;
        this.parties = partyService.list().stream()
                .collect(Collectors.toMap(PartyEntry::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        addClassNames("page", "search-page");

        words.setAriaLabel("Search for");
        words.setPlaceholder("Words, or a \"phrase in quotes\"");
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.setClearButtonVisible(true);
        words.setMaxLength(500);
        words.setWidth("28rem");
        words.addKeyPressListener(Key.ENTER, e -> go(0));
        Button find = new Button("Search", e -> go(0));
        find.addThemeVariants(ButtonVariant.PRIMARY);

        kinds.setLabel("Look in");
        kinds.setItems(SearchKind.values());
        kinds.setItemLabelGenerator(SearchKind::label);
        kinds.addValueChangeListener(e -> changed(e.isFromClient()));
        party.setEmptySelectionAllowed(true);
        party.setEmptySelectionCaption("Any party");
        party.setItems(new ArrayList<>(parties.keySet()));
        party.setAriaLabel("Party");
        party.addValueChangeListener(e -> changed(e.isFromClient()));
        from.setPlaceholder("Meetings from");
        from.setAriaLabel("Meetings from");
        to.setPlaceholder("Until");
        to.setAriaLabel("Meetings until");
        from.addValueChangeListener(e -> changed(e.isFromClient()));
        to.addValueChangeListener(e -> changed(e.isFromClient()));
        relation.setEmptySelectionAllowed(true);
        relation.setEmptySelectionCaption("Any relation");
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> r == null ? "Any relation" : r.label());
        relation.setAriaLabel("Relation of pairs");
        relation.addValueChangeListener(e -> changed(e.isFromClient()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(PairStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setAriaLabel("Status of pairs");
        status.addValueChangeListener(e -> changed(e.isFromClient()));
        archived.addValueChangeListener(e -> changed(e.isFromClient()));
        previous.addClickListener(e -> go(query.page() - 1));
        next.addClickListener(e -> go(query.page() + 1));
        previous.addThemeVariants(ButtonVariant.TERTIARY);
        next.addThemeVariants(ButtonVariant.TERTIARY);

        HorizontalLayout top = new HorizontalLayout(words, find);
        top.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(party, from, to, relation, status, archived);
        filters.setAlignItems(HorizontalLayout.Alignment.CENTER);
        filters.setWrap(true);
        summary.addClassName("search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        results.addClassName("search-results");
        HorizontalLayout pages = new HorizontalLayout(previous, next);
        add(new H2("Search"), top, kinds, filters, summary, results, pages);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        query = fromUrl(params);
        showing = true;
        words.setValue(query.text() == null ? "" : query.text());
        kinds.setValue(query.kinds());
        party.setValue(parties.containsKey(query.party()) ? query.party() : null);
        from.setValue(query.from());
        to.setValue(query.to());
        relation.setValue(query.relation());
        status.setValue(query.status());
        archived.setValue(query.includeArchived());
        showing = false;
        show(search.search(query));
    }

    private void changed(boolean fromClient) {
        if (fromClient && !showing) {
            go(0);
        }
    }

    /** Puts the search into the URL (which shows it): shared links and Back give the same results. */
    private void go(int page) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "q", words.getValue().strip());
        put(params, "party", party.getValue());
        put(params, "meeting", query.meetingId() == null ? null : String.valueOf(query.meetingId()));
        put(params, "from", from.getValue() == null ? null : from.getValue().toString());
        put(params, "to", to.getValue() == null ? null : to.getValue().toString());
        put(params, "topic", query.topic());
        put(
                params,
                "relation",
                relation.getValue() == null ? null : relation.getValue().token());
        put(
                params,
                "status",
                status.getValue() == null ? null : status.getValue().token());
        if (!kinds.getValue().isEmpty()) {
            params.put(
                    "kind", kinds.getValue().stream().sorted().map(Token::token).toList());
        }
        put(params, "archived", archived.getValue() ? "true" : null);
        put(params, "page", page > 0 ? String.valueOf(page) : null);
        getUI().ifPresent(ui -> ui.navigate("search", new QueryParameters(params)));
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, List.of(value));
        }
    }

    private static SearchQuery fromUrl(Map<String, List<String>> params) {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        for (String k : params.getOrDefault("kind", List.of())) {
            choice(SearchKind.class, k).ifPresent(kinds::add);
        }
        return new SearchQuery(
                first(params, "q"),
                first(params, "party"),
                number(first(params, "meeting")),
                day(first(params, "from")),
                day(first(params, "to")),
                first(params, "topic"),
                choice(Relation.class, first(params, "relation")).orElse(null),
                choice(PairStatus.class, first(params, "status")).orElse(null),
                kinds,
                "true".equals(first(params, "archived")),
                number(first(params, "page")) == null
                        ? 0
                        : Math.max(0, number(first(params, "page")).intValue()));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A hand-edited URL with a wrong value searches without that filter rather than failing. */
    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    private void show(SearchResults found) {
        results.removeAll();
        boolean typed = query.text() != null && !query.text().isBlank();
        if (!typed) {
            summary.setText("Type a word or a \"phrase\" above, or in the search field at the top of every screen.");
        } else if (found.message() != null) {
            summary.setText(found.message());
        } else if (found.meetings().isEmpty()) {
            summary.setText(query.page() > 0 ? "No more results." : "Nothing found for “" + found.query() + "”.");
        } else {
            int first = found.page() * SearchService.PAGE_SIZE + 1;
            summary.setText(
                    (found.near() ? "Nothing matches “" + found.query() + "” exactly; near matches " : "Results ")
                            + first + "–" + (first + found.hitCount() - 1)
                            + (found.near() ? "" : " for “" + found.query() + "”")
                            + ", best first, grouped by meeting.");
        }
        found.meetings().forEach(m -> results.add(meeting(m)));
        previous.setVisible(found.page() > 0);
        next.setVisible(found.hasMore());
    }

    private Component meeting(MeetingHits m) {
        Anchor title = new Anchor("meetings/" + m.meetingId(), m.title());
        H3 head = new H3(title);
        Span when = new Span(Formats.day(m.startsOn()) + (m.archived() ? " · archived" : ""));
        when.addClassName("search-meeting-date");
        Div group = new Div(head, when);
        group.addClassName("search-meeting");
        m.hits().forEach(h -> group.add(hit(h)));
        return group;
    }

    private Component hit(SearchHit h) {
        Span kind = new Span(h.kind().label());
        kind.addClassNames("search-kind", "kind-" + h.kind().token());
        Div line = new Div(kind);
        if (h.party() != null) {
            PartyEntry p = parties.get(h.party());
            line.add(new PartyChip(h.party(), p == null ? "#5f6368" : p.colour(), p == null ? null : p.name()));
        }
        Anchor open = new Anchor(h.path(), "");
        open.addClassName("search-snippet");
        open.getElement().appendChild(snippet(h));
        line.add(open);
        line.addClassName("search-hit");
        return line;
    }

    /** The snippet as text nodes and {@code <mark>}s: never as HTML, whatever the text holds. */
    private static Element snippet(SearchHit h) {
        Element span = new Element("span");
        String text = h.snippet();
        int at = 0;
        for (SearchHit.Highlight mark : h.highlights()) {
            if (mark.start() > at) {
                span.appendChild(Element.createText(text.substring(at, mark.start())));
            }
            span.appendChild(new Element("mark").setText(text.substring(mark.start(), mark.end())));
            at = mark.end();
        }
        if (at < text.length()) {
            span.appendChild(Element.createText(text.substring(at)));
        }
        return span;
    }
}
