package org.newsdesk.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.newsdesk.core.Article;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.SentenceSplitter;

/**
 * Short views of training articles ({@code train --lead-views}): each single-label article whose body has more than
 * one sentence gives a second training example made of its headline and the body's first sentence, with the same
 * label, as a wire brief or a news alert carries the story. A linear model trained on full articles only spreads a
 * label's evidence over the many words of a long text; on a two-line item it then sees too few of them, and every
 * probability stays near the label's prior. An article with several labels gives no view: its lead rarely carries
 * all of them.
 */
final class LeadViews {

    /** What a view's id adds to its article's id. */
    static final String ID_SUFFIX = "#lead";

    /** The views, and for each the index of the article it was cut from. */
    record Views(List<Article> articles, int[] source) {
    }

    private LeadViews() {
    }

    static Views of(List<Article> articles) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<Article> views = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            if (new LinkedHashSet<>(a.labels()).size() != 1) {
                continue;
            }
            List<SentenceSpan> sentences = splitter.split(a.text());
            if (sentences.size() < 2) {
                continue;
            }
            SentenceSpan first = sentences.get(0);
            views.add(new Article(a.id() + ID_SUFFIX, a.title(), a.text().substring(first.start(), first.end()),
                    a.labels(), null, List.of()));
            source.add(i);
        }
        return new Views(views, source.stream().mapToInt(Integer::intValue).toArray());
    }
}
