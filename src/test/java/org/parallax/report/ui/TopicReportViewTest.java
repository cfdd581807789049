package org.parallax.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.parallax.support.DatabaseTest;
import org.springframework.security.test.context.support.WithUserDetails;

@DatabaseTest
class TopicReportViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("reviewer")
    void choosing_a_topic_shows_its_timeline_and_offers_it_as_pdf_and_html() {
        TopicReportView view = navigate(TopicReportView.class);
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(test(view.topic).getSuggestionItems()).contains("talks", "denuclearization");

        test(view.topic).selectItem("talks");
        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.preview.getElement().getAttribute("src")).isNotBlank();
        assertThat(view.downloads.getChildren().filter(Anchor.class::isInstance).map(c -> ((Anchor) c).getText()))
                .containsExactly("PDF", "HTML");
    }
}
