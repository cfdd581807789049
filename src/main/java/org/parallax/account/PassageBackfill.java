package org.parallax.account;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes for search the texts stored before search existed, once, at start: new and corrected texts are
 * indexed as they are stored. A text at a time, each in its own transaction, so that a large database
 * comes up searchable piece by piece rather than holding one long transaction.
 */
@Component
class PassageBackfill {

    private static final Logger log = LoggerFactory.getLogger(PassageBackfill.class);
    private static final int BATCH = 20;

    private final AccountRepository accounts;
    private final TransactionTemplate transactions;

    PassageBackfill(AccountRepository accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void indexOlderTexts() {
        // A text with no passage at all (nothing but marks) stays unindexed: it is tried once.
        Set<Long> tried = new HashSet<>();
        boolean more = true;
        while (more) {
            List<AccountRepository.UnindexedText> batch =
                    transactions.execute(tx -> accounts.unindexedRevisions(tried.size() + BATCH));
            more = false;
            for (AccountRepository.UnindexedText t : batch) {
                if (tried.add(t.revisionId())) {
                    more = true;
                    transactions.executeWithoutResult(
                            tx -> accounts.indexPassages(t.accountId(), t.revisionId(), t.text()));
                }
            }
        }
        if (!tried.isEmpty()) {
            log.info("Indexed {} account texts for search", tried.size());
        }
    }
}
