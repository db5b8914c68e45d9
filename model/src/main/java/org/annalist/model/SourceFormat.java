package org.annalist.model;

/** The file formats annalist reads. */
public enum SourceFormat {
    TEXT, MARKDOWN, HTML, EPUB, PDF, TEI, TIMEML
}
