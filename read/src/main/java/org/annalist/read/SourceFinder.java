package org.annalist.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Expands command-line inputs (files and folders) to the source files to read. Folders
 * are walked recursively in sorted order, skipping hidden files and folders (names
 * starting with a dot); links are followed, and a link looping back is reported. Nothing throws for a bad
 * input: missing paths, unreadable files, unsupported types and folders without sources
 * come back as {@link Problem}s beside the sources found.
 */
public final class SourceFinder {

    /** An input that yields no source, and why. */
    public record Problem(Path path, String message) {
        public Problem {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    /** The sources found, in input order then sorted within each folder, and the problems. */
    public record Found(List<Path> sources, List<Problem> problems) {
        public Found {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }
    }

    /** {@return the sources and problems of {@code inputs}} */
    public Found find(List<Path> inputs) {
        Set<Path> sources = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS) && !Files.exists(input)) {
                problems.add(new Problem(input, "no such file or directory"));
            } else if (Files.isDirectory(input)) {
                List<Path> found = walk(input, problems);
                if (found.isEmpty()) problems.add(new Problem(input, "no readable sources in this folder"));
                sources.addAll(found);
            } else if (Readers.formatOf(input.getFileName().toString()).isEmpty()) {
                problems.add(new Problem(input, unsupported(input)));
            } else if (!Files.isReadable(input)) {
                problems.add(new Problem(input, "not readable (permission denied?)"));
            } else {
                sources.add(input);
            }
        }
        return new Found(new ArrayList<>(sources), problems);
    }

    private static List<Path> walk(Path root, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(root) && isHidden(dir);
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file) || !attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    if (Readers.formatOf(file.getFileName().toString()).isEmpty()) {
                        problems.add(new Problem(file, unsupported(file) + ", skipped"));
                    } else if (!Files.isReadable(file)) {
                        problems.add(new Problem(file, "not readable (permission denied?), skipped"));
                    } else {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Problem(file, e instanceof FileSystemLoopException
                            ? "link loops back to a folder above it, skipped"
                            : "cannot be read: " + ReadException.describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root, "cannot be walked: " + ReadException.describe(e)));
        }
        found.sort(null);
        return found;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String unsupported(Path file) {
        String ext = Readers.extension(file.getFileName().toString());
        return ext.isEmpty() ? "unsupported file type (no extension)" : "unsupported file type (." + ext + ")";
    }
}
