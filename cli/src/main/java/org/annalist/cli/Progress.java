package org.annalist.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error, only on a terminal and only for more than one item. */
final class Progress {

    private Progress() {
    }

    /** {@return a bar for {@code n} items, or null (fine in try-with-resources) when none is wanted} */
    static ProgressBar bar(String task, int n) {
        if (n < 2 || System.console() == null) return null;
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(n).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
