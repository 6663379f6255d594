package org.newsdesk.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;

/**
 * Reads a folder of {@code .txt} files, recursively, in order of relative path. The folder is listed (paths only)
 * when the first record is asked for; each file is read when its turn comes.
 */
final class FolderReader implements RecordReader {

    private static final String SUFFIX = ".txt";

    private final Path root;
    private final boolean labelsFromDirs;
    private List<Entry> entries;
    private int next;

    FolderReader(Path root, InputOptions options) {
        this.root = root;
        this.labelsFromDirs = options.labelsFromDirs();
    }

    /** A file to read (failure null) or a path that could not be listed. */
    private record Entry(List<String> segments, Path path, IOException failure) {
        String id() {
            String joined = String.join("/", segments);
            return failure == null ? joined.substring(0, joined.length() - SUFFIX.length()) : joined;
        }
    }

    @Override
    public Located next() {
        if (entries == null) {
            entries = list();
        }
        if (next >= entries.size()) {
            return null;
        }
        Entry entry = entries.get(next++);
        String id = entry.id();
        String where = entry.path().toString();
        if (entry.failure() != null) {
            return failed(id, where, "cannot list: " + Encodings.describe(entry.failure()));
        }
        return new Located(read(entry.path(), entry.segments(), labelsFromDirs, id, where), where);
    }

    /**
     * Reads one {@code .txt} file of a folder input.
     *
     * @param file           the file's bytes (a local copy will do)
     * @param segments       its path relative to the folder, one name per segment
     * @param labelsFromDirs whether its parent folder's name is its label
     * @param id             its id (the relative path without {@code .txt})
     * @param where          how messages name it
     */
    static ReadOutcome read(Path file, List<String> segments, boolean labelsFromDirs, String id, String where) {
        String label = null;
        if (labelsFromDirs) {
            if (segments.size() < 2) {
                return new ReadOutcome.Failed(new ArticleError(id, where, "no label folder"));
            }
            label = segments.get(segments.size() - 2);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new ReadOutcome.Failed(new ArticleError(id, where, Encodings.describe(e)));
        }
        Encodings.Decoded decoded;
        try {
            decoded = Encodings.decode(bytes);
        } catch (java.io.CharConversionException e) {
            return new ReadOutcome.Failed(new ArticleError(id, where, e.getMessage()));
        }
        String text = decoded.text();

        int position = 0;
        String title = null;
        while (position < text.length()) {
            int end = lineEnd(text, position);
            String line = text.substring(position, end);
            position = afterTerminator(text, end);
            if (!line.isBlank()) {
                title = line.strip();
                break;
            }
        }
        if (title == null) {
            return new ReadOutcome.Failed(new ArticleError(id, where,
                    text.isEmpty() ? "empty file" : "empty file (only whitespace)"));
        }
        String body = stripLeadingBlankLines(text, position).stripTrailing();
        List<String> labels = label == null ? List.of() : List.of(label);
        // a headline alone (a wire flash) is read as in CSV and JSON Lines: labelled from the headline, with a note
        List<String> notes = ArticleNotes.withHeadlineOnly(
                decoded.note() == null ? List.of() : List.of(decoded.note()), body);
        try {
            return new ReadOutcome.Ok(new Article(id, title, body, labels, null, notes));
        } catch (IllegalArgumentException e) {
            return new ReadOutcome.Failed(new ArticleError(id, where, e.getMessage()));
        }
    }

    @Override
    public void close() {
        entries = List.of();
    }

    private List<Entry> list() {
        List<Entry> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    // hidden folders, and a run's output folder (it holds the output lock), are never input
                    return !dir.equals(root) && (isHidden(dir) || Files.exists(dir.resolve(OutputLock.FILE_NAME)))
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory() && !isHidden(file) && hasTxtSuffix(file)) {
                        found.add(new Entry(segments(file), file, null));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    if (!isHidden(file)) {
                        found.add(new Entry(segments(file), file, exc));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Entry(List.of(String.valueOf(root.getFileName())), root, e));
        }
        found.sort(Comparator.comparing(Entry::segments, FolderReader::compareSegments));
        return found;
    }

    private List<String> segments(Path file) {
        List<String> segments = new ArrayList<>();
        for (Path part : root.relativize(file)) {
            segments.add(part.toString());
        }
        if (segments.isEmpty() || segments.get(0).isEmpty()) {
            return List.of(String.valueOf(file.getFileName()));
        }
        return segments;
    }

    static int compareSegments(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static boolean isHiddenName(String name) {
        return name.startsWith(".");
    }

    static boolean isArticleName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(SUFFIX) && name.length() > SUFFIX.length();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean hasTxtSuffix(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX)
                && name.toString().length() > SUFFIX.length();
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    private static int afterTerminator(String text, int end) {
        if (end >= text.length()) {
            return end;
        }
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static String stripLeadingBlankLines(String text, int from) {
        int position = from;
        while (position < text.length()) {
            int end = lineEnd(text, position);
            if (!text.substring(position, end).isBlank()) {
                break;
            }
            position = afterTerminator(text, end);
        }
        return text.substring(position);
    }

    private static Located failed(String id, String where, String message) {
        return new Located(new ReadOutcome.Failed(new ArticleError(id, where, message)), where);
    }
}
