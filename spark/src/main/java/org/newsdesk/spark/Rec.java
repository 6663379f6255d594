package org.newsdesk.spark;

import java.io.Externalizable;
import java.io.IOException;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;

/**
 * One record read from an input, as it travels between Spark stages: a read article, or why a record could not be
 * read, with its place in the input order ({@code key}: the input file's number, then the record's).
 *
 * <p>{@link Externalizable}, writing its strings as length-prefixed UTF-8: Spark's default (Java) serializer shuffles
 * it when the records are sorted into input order, and Java's field-by-field serialization of the article texts was a
 * tenth of the job's CPU time (bench/spark.sh under JFR). Not thread-safe; never changed after it is built.
 */
final class Rec implements Externalizable {
    private static final long serialVersionUID = 2L;

    long key;
    String where;
    boolean ok;
    String id;
    String title;
    String text;
    ArrayList<String> labels;
    ArrayList<String> notes;
    /** The record's extra input fields (url, date, ...) that pass through, in input order; empty when none. */
    LinkedHashMap<String, String> extra;
    String source;
    String message;

    /** For {@link Externalizable} only. */
    public Rec() {
    }

    private Rec(long key, String where, boolean ok, String id, String title, String text, List<String> labels,
                List<String> notes, Map<String, String> extra, String source, String message) {
        this.key = key;
        this.where = where;
        this.ok = ok;
        this.id = id;
        this.title = title;
        this.text = text;
        this.labels = labels == null ? null : new ArrayList<>(labels);
        this.notes = notes == null ? null : new ArrayList<>(notes);
        this.extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
        this.source = source;
        this.message = message;
    }

    /** Records per input file are numbered below 2^40; files above. */
    static long key(int file, long record) {
        return ((long) file << 40) | record;
    }

    static Rec of(long key, ArticleSource.SourceRecord record) {
        return of(key, record.outcome(), record.where());
    }

    static Rec of(long key, ReadOutcome outcome, String where) {
        if (outcome instanceof ReadOutcome.Ok ok) {
            Article a = ok.article();
            return new Rec(key, where, true, a.id(), a.title(), a.text(), a.labels(), a.notes(), a.extra(), null,
                    null);
        }
        ArticleError e = ((ReadOutcome.Failed) outcome).error();
        return new Rec(key, where, false, e.id(), null, null, null, null, null, e.source(), e.message());
    }

    /** This record with its id taken for a duplicate of the record at {@code firstWhere}. */
    Rec duplicateOf(String firstWhere) {
        return of(key, ArticleSource.duplicate(id, where, firstWhere), where);
    }

    ReadOutcome outcome() {
        if (ok) {
            return new ReadOutcome.Ok(new Article(id, title, text, labels, null, notes, extra));
        }
        return new ReadOutcome.Failed(new ArticleError(id, source, message));
    }

    @Override
    public void writeExternal(ObjectOutput out) throws IOException {
        out.writeLong(key);
        out.writeBoolean(ok);
        writeString(out, where);
        writeString(out, id);
        writeString(out, title);
        writeString(out, text);
        writeList(out, labels);
        writeList(out, notes);
        out.writeInt(extra.size());
        for (Map.Entry<String, String> e : extra.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        writeString(out, source);
        writeString(out, message);
    }

    @Override
    public void readExternal(ObjectInput in) throws IOException {
        key = in.readLong();
        ok = in.readBoolean();
        where = readString(in);
        id = readString(in);
        title = readString(in);
        text = readString(in);
        labels = readList(in);
        notes = readList(in);
        int n = in.readInt();
        extra = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            extra.put(readString(in), readString(in));
        }
        source = readString(in);
        message = readString(in);
    }

    private static void writeString(ObjectOutput out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ObjectInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void writeList(ObjectOutput out, List<String> list) throws IOException {
        if (list == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(list.size());
        for (String s : list) {
            writeString(out, s);
        }
    }

    private static ArrayList<String> readList(ObjectInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        ArrayList<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(readString(in));
        }
        return list;
    }
}
