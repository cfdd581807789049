package org.parallax.base.ui;

import com.vaadin.flow.component.UI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Runs long work (imports, exports) off the UI thread as the signed-in user, and hands the outcome back
 * to the screen through Vaadin Push, so the page stays responsive and shows progress.
 */
public final class BackgroundTask {

    private static final ExecutorService WORKERS = Executors.newVirtualThreadPerTaskExecutor();

    private BackgroundTask() {}

    /**
     * @param strategy  the application's security context strategy (see CurrentUser#strategy)
     * @param work      runs on a worker thread with the caller's security context
     * @param onSuccess runs on the UI (locked) with the result
     * @param onFailure runs on the UI (locked) with what went wrong
     */
    public static <T> void run(
            UI ui,
            SecurityContextHolderStrategy strategy,
            Supplier<T> work,
            Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
        SecurityContext security = strategy.getContext();
        WORKERS.submit(() -> {
            strategy.setContext(security);
            try {
                T result = work.get();
                ui.access(() -> onSuccess.accept(result));
            } catch (Throwable failure) {
                ui.access(() -> onFailure.accept(failure));
            } finally {
                strategy.clearContext();
            }
        });
    }

    /** Passes a progress update to the UI without waiting for it. */
    public static void onUi(UI ui, Runnable update) {
        ui.access(update::run);
    }
}
