package org.parallax.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.Application;
import org.parallax.account.AccountKind;
import org.parallax.account.AccountMetadata;
import org.parallax.account.AccountService;
import org.parallax.account.NewAccount;
import org.parallax.claim.Claim;
import org.parallax.claim.ClaimKind;
import org.parallax.claim.ClaimService;
import org.parallax.claim.NewClaim;
import org.parallax.meeting.MeetingService;
import org.parallax.meeting.MeetingSummary;
import org.parallax.meeting.NewMeeting;
import org.parallax.pairing.ClaimPair;
import org.parallax.pairing.NewPair;
import org.parallax.pairing.PairingService;
import org.parallax.pairing.Relation;
import org.parallax.support.BenchmarkApp;
import org.parallax.support.ThrowawayCluster;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Two instances of the app on one real PostgreSQL server, a reviewer on each working on the same meeting:
 * each hears of the other's claims and pairs at once (LISTEN/NOTIFY, what the screens' live updates use),
 * reads them, and a change made on an outdated version is refused rather than overwriting the other's.
 */
class TwoInstancesIT {

    @Test
    void two_instances_see_each_others_work_and_lose_no_update() throws Exception {
        assumeTrue(ThrowawayCluster.available(), "PostgreSQL 15 binaries not found in /usr/lib/postgresql/15/bin");
        try (ThrowawayCluster cluster = ThrowawayCluster.start()) {
            cluster.client("createdb", "parallax");
            try (ConfigurableApplicationContext a = start(cluster, true);
                    ConfigurableApplicationContext b = start(cluster, false)) {
                BenchmarkApp.signIn(a, "reviewer");
                BenchmarkApp.signIn(b, "reviewer2");
                waitForUsers(b);
                long meeting = a.getBean(MeetingService.class)
                        .create(new NewMeeting("Two instances", LocalDate.of(2018, 7, 6), null, null, null))
                        .id();
                long us = account(a, meeting, "US", "We made progress on almost all central issues.");
                long dprk = account(a, meeting, "DPRK", "The outcome of the talks was deeply worrying.");

                CountDownLatch heardOnB = new CountDownLatch(2);
                CountDownLatch heardOnA = new CountDownLatch(1);
                try (AutoCloseable onB = b.getBean(MeetingChanges.class).subscribe(meeting, heardOnB::countDown);
                        AutoCloseable onA = a.getBean(MeetingChanges.class).subscribe(meeting, heardOnA::countDown)) {
                    Claim progress = a.getBean(ClaimService.class)
                            .mark(new NewClaim(us, 3, 16, "made progress", null, null, ClaimKind.FACT));
                    Claim worrying = b.getBean(ClaimService.class)
                            .mark(new NewClaim(dprk, 29, 44, "deeply worrying", null, null, ClaimKind.FACT));
                    ClaimPair pair = a.getBean(PairingService.class)
                            .link(new NewPair(
                                    progress.id(), worrying.id(), Relation.CONTRADICTS, "Progress or worry.", null));

                    assertThat(heardOnA.await(5, TimeUnit.SECONDS))
                            .as("A hears B's claim")
                            .isTrue();
                    assertThat(heardOnB.await(5, TimeUnit.SECONDS))
                            .as("B hears A's claim and pair")
                            .isTrue();
                    assertThat(b.getBean(ClaimService.class).ofAccount(us))
                            .extracting(Claim::id)
                            .containsExactly(progress.id());
                    assertThat(b.getBean(PairingService.class).get(pair.id()).rationale())
                            .isEqualTo("Progress or worry.");

                    // Both edit the meeting from the same version: the second is refused, nothing overwritten.
                    MeetingSummary read = b.getBean(MeetingService.class).get(meeting);
                    BenchmarkApp.signIn(a, "editor");
                    BenchmarkApp.signIn(b, "editor");
                    a.getBean(MeetingService.class).setArchived(meeting, read.version(), true);
                    assertThatThrownBy(
                                    () -> b.getBean(MeetingService.class).setArchived(meeting, read.version(), false))
                            .isInstanceOf(OptimisticLockingFailureException.class);
                    assertThat(b.getBean(MeetingService.class).get(meeting).archived())
                            .isTrue();
                }
            }
        }
    }

    private static long account(ConfigurableApplicationContext app, long meeting, String party, String text) {
        return app.getBean(AccountService.class)
                .add(new NewAccount(
                        meeting,
                        new AccountMetadata(
                                party, party + " account", null, null, null, null, "en", AccountKind.REPORT),
                        text))
                .account()
                .id();
    }

    private static ConfigurableApplicationContext start(ThrowawayCluster cluster, boolean demo) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + cluster.jdbcUrl("parallax"),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--parallax.demo=" + demo,
                        "--logging.level.root=WARN");
    }

    private static void waitForUsers(ConfigurableApplicationContext app) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            try {
                BenchmarkApp.signIn(app, "reviewer2");
                return;
            } catch (RuntimeException notYet) {
                Thread.sleep(250);
            }
        }
    }
}
