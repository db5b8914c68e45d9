package org.annalist.web;

/** A requested document or entity is not in the store; the API answers 404. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
