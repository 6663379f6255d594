package org.newsdesk.batch;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsdesk.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress of long work: a progress bar when standard error is a terminal, otherwise a log line at most every
 * {@code interval} (and at the end), so scheduled runs leave a readable log. Not thread-safe.
 */
public final class ProgressReporter implements Progress, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final String task;
    private final boolean terminal;
    private final Duration interval;
    private ProgressBar bar;
    private long lastLog;
    private long lastDone = -1;
    private long loggedDone = -1;
    private long lastTotal;
    private String lastMessage = "";

    /**
     * @param task     what is being done, e.g. "Training"
     * @param terminal draw a bar (true) or log lines (false)
     * @param interval shortest time between two log lines
     */
    public ProgressReporter(String task, boolean terminal, Duration interval) {
        this.task = task;
        this.terminal = terminal;
        this.interval = interval;
    }

    /** A reporter that draws a bar only when there is a console. */
    public static ProgressReporter forConsole(String task) {
        return new ProgressReporter(task, System.console() != null && System.getenv("CI") == null,
                Duration.ofSeconds(10));
    }

    @Override
    public void report(long done, long total, String message) {
        lastDone = done;
        lastTotal = total;
        lastMessage = message;
        if (terminal) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(
                                new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8)))
                        .build();
            }
            if (total > 0 && bar.getMax() != total) {
                bar.maxHint(total);
            }
            bar.stepTo(done);
            bar.setExtraMessage(message);
            return;
        }
        long now = System.nanoTime();
        if (lastLog == 0 || now - lastLog >= interval.toNanos() || (total > 0 && done >= total)) {
            log();
            lastLog = now;
        }
    }

    private void log() {
        loggedDone = lastDone;
        if (lastTotal > 0) {
            LOG.info("{}: {}/{} ({}%) {}", task, lastDone, lastTotal, lastDone * 100 / lastTotal, lastMessage);
        } else {
            LOG.info("{}: {} {}", task, lastDone, lastMessage);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        } else if (lastDone >= 0 && lastDone != loggedDone) {
            log();
        }
    }
}
