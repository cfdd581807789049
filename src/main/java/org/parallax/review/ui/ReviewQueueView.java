package org.parallax.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.parallax.review.QueuedPair;
import org.parallax.review.ReviewService;
import org.parallax.security.Roles;

/** Editors: the pairs reviewers have submitted, oldest first. */
@Route("review")
@PageTitle("Review queue · Parallax")
@RolesAllowed(Roles.EDITOR)
class ReviewQueueView extends Main {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Grid<QueuedPair> grid = new Grid<>();

    ReviewQueueView(ReviewService reviews) {
        addClassName("page");
        setHeightFull();
        grid.addColumn(QueuedPair::meetingTitle).setHeader("Meeting").setAutoWidth(true);
        grid.addColumn(p -> p.leftParty() + ": “" + p.leftQuote() + "”").setHeader("Claim").setFlexGrow(2);
        grid.addColumn(p -> p.rightParty() + ": “" + p.rightQuote() + "”").setHeader("Counter-claim").setFlexGrow(2);
        grid.addColumn(p -> p.relation().toLowerCase().replace('_', ' ')).setHeader("Relation").setAutoWidth(true);
        grid.addColumn(QueuedPair::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(p -> WHEN.format(p.submittedAt())).setHeader("Submitted").setAutoWidth(true);
        grid.setEmptyStateText("No pairs are waiting for review.");
        grid.setItems(reviews.queue());
        grid.setHeightFull();
        add(new H2("Review queue"),
                new Paragraph("Pairs submitted by reviewers, oldest first. You cannot review pairs you wrote."),
                grid);
    }
}
