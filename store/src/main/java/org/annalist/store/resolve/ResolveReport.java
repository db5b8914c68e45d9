package org.annalist.store.resolve;

import java.util.List;

/**
 * What a resolve did.
 *
 * @param documentEntities  entities of single documents
 * @param collectionEntities entities after merging across documents and curation
 * @param crossDocument     collection entities found in more than one document
 * @param warnings          curation lines that matched nothing, with their line numbers
 */
public record ResolveReport(int documentEntities, int collectionEntities, int crossDocument, List<String> warnings) {
    public ResolveReport {
        warnings = List.copyOf(warnings);
    }
}
