package org.annalist.store.query;

/**
 * What a query names is not in the store: an entity, a document, a page of a document. The
 * message names what was asked for and never where the store is (a server shows it to clients,
 * which answer 404).
 */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    static NotFoundException entity(String name) {
        return new NotFoundException("no entity named '" + name + "'");
    }

    static NotFoundException document(long id) {
        return new NotFoundException("no document " + id);
    }
}
