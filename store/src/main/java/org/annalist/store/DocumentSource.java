package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a document came from: its file name, its path (the key in the store, absolute and
 * normalised) and the SHA-256 of its bytes, which tells an unchanged file from a changed one
 * before any annotation runs.
 */
public record DocumentSource(String name, String path, String contentHash) {

    /** Between a file's path and the id of a document inside it. */
    private static final String PART = "#";

    public DocumentSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(contentHash, "contentHash");
        if (!contentHash.startsWith("sha256:")) {
            throw new IllegalArgumentException("content hash must be sha256:<hex>; got " + contentHash);
        }
    }

    /** {@return the source of {@code file}, hashing its bytes} */
    public static DocumentSource of(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        return new DocumentSource(abs.getFileName().toString(), abs.toString(), hash(Files.readAllBytes(abs)));
    }

    /**
     * {@return the source of one document inside this file} (a HIPE TSV holds many): keyed
     * by the file's path and {@code #documentId}, with the file's hash, so a changed file
     * replaces each of its documents
     */
    public DocumentSource part(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        if (documentId.isBlank()) throw new IllegalArgumentException("document id is blank in " + path);
        return new DocumentSource(documentId, path + PART + documentId, contentHash);
    }

    /** {@return true when this is a document inside the file at {@code filePath}} */
    public static boolean isPartOf(String path, String filePath) {
        return path.startsWith(filePath + PART);
    }

    /** {@return {@code sha256:} and the hex digest of {@code bytes}} */
    public static String hash(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
