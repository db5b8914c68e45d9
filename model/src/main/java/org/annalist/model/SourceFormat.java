package org.annalist.model;

/** The file formats annalist reads. */
public enum SourceFormat {
    TEXT, MARKDOWN, HTML, EPUB, PDF, TEI, TIMEML,
    /** CLEF-HIPE-2020 TSV: tokens a line, one file holding many documents */
    HIPE
}
