package org.annalist.web;

import java.util.List;
import org.annalist.store.query.MentionRow;
import org.annalist.store.query.Profile;

/**
 * The JSON shapes of the API that are the web's own; every other answer is a record of the
 * store's Chronicle. Offsets are 0-based, end exclusive, in the document's text.
 */
public final class Views {

    private Views() {
    }

    /** Everything about one collection entity: the store's profile and its first mentions in their sentences. */
    public record EntityPage(Profile profile, List<MentionRow> mentionsInContext) {
    }

    /** An answer that is not the thing asked for: the HTTP status and why, never a stack trace or a server path. */
    public record Problem(int status, String error) {
    }
}
