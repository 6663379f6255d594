package org.newsdesk.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.SentenceSpan;
import org.newsdesk.text.SentenceSplitter;

/** {@link PosTagger}'s own feature code gives the tags of OpenNLP's context generator with the same decoding. */
class PosTaggerTest {

    /** Every sentence of the seeds and the starter corpus, tokenized by OpenNLP's simple tokenizer. */
    static List<String[]> sentences() {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String[]> out = new ArrayList<>();
        for (String[] a : TestArticles.all()) {
            out.add(SimpleTokenizer.INSTANCE.tokenize(a[1]));
            for (SentenceSpan span : splitter.split(a[2])) {
                String[] tokens = SimpleTokenizer.INSTANCE.tokenize(span.cut(a[2]));
                if (tokens.length > 0) {
                    out.add(tokens);
                }
            }
        }
        return out;
    }

    @Test
    void tagsEqualOpenNlpsOwnFeaturesOnEverySentence() {
        int tokens = 0;
        for (String[] sentence : sentences()) {
            String[] expected = new String[sentence.length];
            PosTagger.tagWithOpenNlp(sentence, expected, 0, sentence.length);
            int[] tags = new int[sentence.length];
            Arrays.fill(tags, -1);
            assertEquals(sentence.length, PosTagger.tag(PosTagger.tokens(sentence), tags, 0, sentence.length));
            for (int i = 0; i < sentence.length; i++) {
                assertEquals(expected[i], PosTagger.name(tags[i]), () -> String.join(" ", sentence));
            }
            tokens += sentence.length;
        }
        assertTrue(tokens > 100_000, "tokens: " + tokens);
    }

    /** Every third sentence: a random stretch tagged, with random tags known beforehand. */
    @Test
    void partialTaggingWithKnownTagsEqualsOpenNlps() {
        Random random = new Random(7);
        List<String[]> sentences = sentences();
        for (int k = 0; k < sentences.size(); k += 3) {
            String[] sentence = sentences.get(k);
            int n = sentence.length;
            int from = random.nextInt(n);
            int to = from + 1 + random.nextInt(n - from);
            String[] expected = new String[n];
            int[] tags = new int[n];
            Arrays.fill(tags, -1);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(4) == 0) { // a tag known beforehand, as KeyPhrases gives capitalised words
                    tags[i] = PosTagger.properNoun();
                    expected[i] = "PROPN";
                }
            }
            PosTagger.tagWithOpenNlp(sentence, expected, from, to);
            PosTagger.tag(PosTagger.tokens(sentence), tags, from, to);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], tags[i] < 0 ? null : PosTagger.name(tags[i]),
                        () -> String.join(" ", sentence));
            }
        }
    }

    @Test
    void wordClassAndLowerCaseAreOpenNlps() {
        List<String> words = new ArrayList<>(List.of("a", "A", "Ab", "AB", "A.", "a.", "Ä.", "AB.", "12", "1234", "12345",
                "1-2", "1/2", "1,000", "1.5", "1a", "a1b2", "--", "-", ".", "'s", "U.S", "e-mail", "Zürich", "İstanbul",
                "ΣΟΦΙΑ", "ǅemal", "ßtraße", "ひらがな", "カタカナ", "北京", "x\uD83D\uDE00y", "\uD801\uDC00", "ＡＢＣ", "٣٤"));
        for (String[] sentence : sentences()) {
            words.addAll(List.of(sentence));
        }
        Random random = new Random(11);
        String alphabet = "aZ09-/,.'_%$&A";
        for (int i = 0; i < 20_000; i++) {
            char[] w = new char[1 + random.nextInt(5)];
            for (int k = 0; k < w.length; k++) {
                w[k] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            words.add(new String(w));
        }
        for (String w : words) {
            assertEquals(FeatureGeneratorUtil.tokenFeature(w), PosTagger.wordClass(w.toCharArray()), w);
            assertEquals(StringUtil.toLowerCase(w), new String(PosTagger.lowerCase(w.toCharArray())), w);
        }
    }

    @Test
    void coarseClasses() {
        assertEquals(PosTagger.PROPN, PosTagger.classOf("PROPN+PART"));
        assertEquals(PosTagger.NOUN, PosTagger.classOf("NOUN"));
        assertEquals(PosTagger.ADJ, PosTagger.classOf("ADJ"));
        assertEquals(PosTagger.NUM, PosTagger.classOf("NUM"));
        assertEquals(PosTagger.OTHER, PosTagger.classOf("VERB"));
        assertEquals(PosTagger.OTHER, PosTagger.classOf("AUX+PART"));
    }
}
