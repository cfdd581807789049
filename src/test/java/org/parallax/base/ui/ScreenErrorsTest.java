package org.parallax.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

class ScreenErrorsTest {

    @Test
    void a_database_out_of_reach_is_said_so_and_anything_else_is_still_a_message() {
        assertThat(ScreenErrors.messageFor(new CannotCreateTransactionException(
                        "no connection", new SQLException("Connection refused", "08001"))))
                .isEqualTo(ScreenErrors.DATABASE_AWAY);
        assertThat(ScreenErrors.messageFor(new RuntimeException(new DataAccessResourceFailureException("gone"))))
                .isEqualTo(ScreenErrors.DATABASE_AWAY);
        assertThat(ScreenErrors.messageFor(new IllegalStateException("a bug"))).isEqualTo(ScreenErrors.UNFORESEEN);
    }
}
