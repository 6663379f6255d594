package org.newsdesk.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.core.Article;
import org.newsdesk.core.ArticleError;
import org.newsdesk.core.ReadOutcome;
import org.newsdesk.io.ArticleSource;

/**
 * One record read from an input, as it travels between Spark stages: a read article, or why a record could not be
 * read, with its place in the input order ({@code key}: the input file's number, then the record's).
 */
final class Rec implements Serializable {
    private static final long serialVersionUID = 1L;

    final long key;
    final String where;
    final boolean ok;
    final String id;
    final String title;
    final String text;
    final ArrayList<String> labels;
    final ArrayList<String> notes;
    final String source;
    final String message;

    private Rec(long key, String where, boolean ok, String id, String title, String text, List<String> labels,
                List<String> notes, String source, String message) {
        this.key = key;
        this.where = where;
        this.ok = ok;
        this.id = id;
        this.title = title;
        this.text = text;
        this.labels = labels == null ? null : new ArrayList<>(labels);
        this.notes = notes == null ? null : new ArrayList<>(notes);
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
            return new Rec(key, where, true, a.id(), a.title(), a.text(), a.labels(), a.notes(), null, null);
        }
        ArticleError e = ((ReadOutcome.Failed) outcome).error();
        return new Rec(key, where, false, e.id(), null, null, null, null, e.source(), e.message());
    }

    /** This record with its id taken for a duplicate of the record at {@code firstWhere}. */
    Rec duplicateOf(String firstWhere) {
        return of(key, ArticleSource.duplicate(id, where, firstWhere), where);
    }

    ReadOutcome outcome() {
        if (ok) {
            return new ReadOutcome.Ok(new Article(id, title, text, labels, null, notes));
        }
        return new ReadOutcome.Failed(new ArticleError(id, source, message));
    }
}
