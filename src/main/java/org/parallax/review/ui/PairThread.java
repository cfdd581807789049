package org.parallax.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.parallax.base.Formats;
import org.parallax.base.ui.Buttons;
import org.parallax.base.ui.Notices;
import org.parallax.history.HistoryLine;
import org.parallax.history.HistoryService;
import org.parallax.review.PairComment;
import org.parallax.review.ReviewService;

/** The discussion and the history of one pair, as two tabs. */
class PairThread extends TabSheet {

    final Div comments = new Div();
    final TextArea message = new TextArea("Comment");
    final Button post = new Button("Post");
    final Div history = new Div();

    PairThread(long pairId, ReviewService reviews, HistoryService histories) {
        setWidthFull();
        message.setWidthFull();
        post.addClickListener(e -> {
            if (Notices.attempt(() -> reviews.comment(pairId, message.getValue()))) {
                message.clear();
                showComments(pairId, reviews);
            }
        });
        Buttons.oneAtATime(post);
        showComments(pairId, reviews);
        for (HistoryLine line : histories.storyOfPair(pairId)) {
            history.add(new Paragraph(Formats.moment(line.occurredAt()) + " · " + line.sentence()));
        }
        add("Comments", new Div(comments, message, post));
        add("History", history);
    }

    private void showComments(long pairId, ReviewService reviews) {
        comments.removeAll();
        for (PairComment c : reviews.comments(pairId)) {
            Div item = new Div(new Span(c.author() + " · " + Formats.moment(c.writtenAt()) + ": "), new Span(c.body()));
            item.addClassName("comment");
            comments.add(item);
        }
        if (comments.getChildren().findAny().isEmpty()) {
            comments.add(new Paragraph("No comments yet."));
        }
    }
}
