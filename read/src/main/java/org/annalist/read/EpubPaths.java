package org.annalist.read;

import java.util.ArrayDeque;
import java.util.Deque;

/** Paths inside a zip container: {@code OEBPS/text/../notes.xhtml} → {@code OEBPS/notes.xhtml}. */
final class EpubPaths {

    private EpubPaths() {
    }

    /** {@return {@code path} with {@code .} and {@code ..} segments resolved and no leading slash} */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** {@return the folder of {@code path} with a trailing slash, or "" at the top} */
    static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }
}
