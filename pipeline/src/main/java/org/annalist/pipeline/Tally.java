package org.annalist.pipeline;

import org.annalist.store.Store;

/** What happened to the documents of one ingest or load: added, replaced, unchanged, failed. */
public final class Tally {

    private int added;
    private int replaced;
    private int unchanged;
    private int failed;

    void count(Store.Outcome outcome) {
        if (outcome == Store.Outcome.ADDED) added++;
        else replaced++;
    }

    void countUnchanged() {
        unchanged++;
    }

    /** Counts {@code n} more inputs that gave nothing (e.g. those a finder could not use). */
    public void failed(int n) {
        failed += n;
    }

    public int added() {
        return added;
    }

    public int replaced() {
        return replaced;
    }

    public int unchanged() {
        return unchanged;
    }

    public int failed() {
        return failed;
    }

    /** {@return whether any document is in the store now} */
    public boolean anyStored() {
        return added + replaced + unchanged > 0;
    }

    /** {@return "A added, R replaced, U unchanged, F failed"} */
    @Override
    public String toString() {
        return added + " added, " + replaced + " replaced, " + unchanged + " unchanged, " + failed + " failed";
    }
}
