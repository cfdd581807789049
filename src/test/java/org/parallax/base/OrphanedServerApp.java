package org.parallax.base;

import java.nio.file.Path;

/**
 * Stands in for the app in the kill -9 test: starts the embedded server, commits a row, says READY and
 * waits to be killed. Its zonky shutdown hook never runs under SIGKILL, so the server is orphaned.
 */
public final class OrphanedServerApp {

    private OrphanedServerApp() {}

    static final String READY = "READY";

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
        EmbeddedPostgresServerTest.execute(
                server, "create table note (body text)", "insert into note values ('committed before the kill')");
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
