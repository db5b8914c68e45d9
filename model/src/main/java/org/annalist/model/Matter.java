package org.annalist.model;

/**
 * Where a stretch of a book stands: the front matter (title page, publication data,
 * dedication, contents, lists of illustrations, preface), the body (the story itself) or the
 * back matter (appendices, notes, index). Dates in front and back matter are kept but never
 * set the story's time.
 */
public enum Matter {
    FRONT, BODY, BACK
}
