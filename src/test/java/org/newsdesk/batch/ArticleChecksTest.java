package org.newsdesk.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdesk.core.Article;

class ArticleChecksTest {

    @Test
    void englishNewsAndEnglishTablesOfFiguresGetNoLanguageNote() {
        assertEquals(List.of(), ArticleChecks.notes("The central bank raised interest rates on Tuesday to curb "
                + "inflation. Analysts said the rise would slow lending and hit the shares of banks across the region."));
        assertEquals(List.of(), ArticleChecks.notes("Shr 1.20 dlrs vs 1.10 dlrs Net 2.9 mln vs 1.5 mln Revs 7.9 mln "
                + "vs 9.4 mln Avg shrs 2,332,397 vs 1,428,000 Nine mths Shr 3.10 vs 2.80 Net 8.1 mln vs 6.2 mln"));
    }

    @Test
    void otherLanguagesAndScriptsAreNamed() {
        assertTrue(ArticleChecks.notes("Die Regierung hat am Dienstag eine neue Rentenreform angek\u00fcndigt. Die "
                + "Gewerkschaften wollen sich nicht damit abfinden und rufen zu einem Streik auf, der auch die Bahn "
                + "treffen wird.").get(0).startsWith("probably German, not English"));
        assertTrue(ArticleChecks.notes("El gobierno anunci\u00f3 el martes una nueva reforma de las pensiones y los "
                + "sindicatos convocaron una huelga nacional para la pr\u00f3xima semana en todas las ciudades del pa\u00eds.")
                .get(0).startsWith("probably Spanish, not English"));
        assertTrue(ArticleChecks.notes("\u653f\u5e9c\u5ba3\u5e03\u4e86\u65b0\u7684\u517b\u8001\u91d1\u6539\u9769"
                + "\u8ba1\u5212\uff0c\u5de5\u4f1a\u8868\u793a\u5c06\u5728\u4e0b\u5468\u4e3e\u884c\u5168\u56fd\u6027"
                + "\u7f62\u5de5\u3002").stream().anyMatch(n -> n.startsWith("written mostly in Han script")));
    }

    @Test
    void veryShortArticlesGetANoteAndOverlongOnesAnError() {
        assertTrue(ArticleChecks.notes("Election").get(0).startsWith("very short article (1 word)"));
        Article big = Article.of("big", "T", "x".repeat(101));
        assertTrue(ArticleChecks.tooLong(big, 100).contains("102 characters long; the limit is 100"));
        assertNull(ArticleChecks.tooLong(big, 102));
    }

    /**
     * The one-pass scan gives the notes of a straightforward reference (code point by code point, every letter's
     * script looked up, each language's share counted separately) on generated texts that mix English and other
     * languages, accents, other scripts, apostrophes, emoji, digits and texts longer than the language sample.
     */
    @Test
    void oneScanGivesTheNotesOfTheReferenceScan() {
        String[] pieces = {"the", "of", "and", "said", "bank", "rates", "la", "le", "les", "des", "est", "die", "und",
            "nicht", "el", "los", "por", "het", "een", "van", "della", "che", "n\u00e3o", "f\u00fcr", "don't", "O'Neill",
            "caf\u00e9", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u653f\u5e9c", "\ud83d\ude00", "1.20", "2,332", "--",
            "THE", "Der", "\u00c9t\u00e9", "'", "''a", "\u212aelvin", "\u0130n", "\ud835\udc00bc", "LA\u0141", "\u0142\u0142",
            "\u6162\u6162", "abcdefgh", "thecat", "wordtx"};
        Random random = new Random(7);
        for (int t = 0; t < 2_000; t++) {
            StringBuilder text = new StringBuilder();
            int words = t % 10 == 0 ? random.nextInt(1_500) : random.nextInt(60);
            int bias = random.nextInt(pieces.length);
            for (int w = 0; w < words; w++) {
                String piece = random.nextInt(3) == 0 ? pieces[bias] : pieces[random.nextInt(pieces.length)];
                text.append(piece).append(random.nextInt(8) == 0 ? ". " : random.nextInt(10) == 0 ? "\n" : " ");
            }
            String s = text.toString();
            assertEquals(referenceNotes(s), ArticleChecks.notes(s), s);
        }
    }

    /** Different words never share a packed key, so no word is counted as a function word it is not. */
    @Test
    void packingKeepsWordsApart() {
        java.util.Map<Long, String> seen = new java.util.HashMap<>();
        Random random = new Random(11);
        char[] alphabet = "abcdefghijklmnopqrstuvwxyz\u00e3\u00fc\u0142\u6162\u0100".toCharArray();
        for (int t = 0; t < 200_000; t++) {
            char[] word = new char[1 + random.nextInt(9)];
            for (int i = 0; i < word.length; i++) {
                word[i] = alphabet[random.nextInt(random.nextInt(4) == 0 ? alphabet.length : 26)];
            }
            String w = new String(word);
            long key = ArticleChecks.pack(w);
            if (key != -1L) {
                String before = seen.putIfAbsent(key, w);
                assertTrue(before == null || before.equals(w), before + " and " + w + " share a key");
            }
        }
    }

    private static final java.util.Set<String> ENGLISH = java.util.Set.of("the", "of", "and", "to", "a", "in", "is",
            "that", "for", "it", "was", "on", "with", "as", "by", "at", "he", "his", "be", "from", "are", "have", "has",
            "had", "not", "this", "but", "they", "were", "which", "been", "their", "an", "its", "will", "said", "who",
            "would", "or", "after", "more", "than", "also", "we", "i", "she", "her", "you", "there", "about", "up",
            "one", "can", "new", "into", "over", "our", "when", "what", "all");
    private static final java.util.Map<String, java.util.Set<String>> OTHERS = new java.util.TreeMap<>(java.util.Map.of(
            "French", java.util.Set.of("le", "la", "les", "des", "du", "une", "et", "est", "que", "qui", "dans", "pour",
                    "pas", "sur", "au", "aux", "avec", "ce", "il", "elle", "sont", "ont", "de", "un"),
            "Spanish", java.util.Set.of("el", "la", "los", "las", "del", "y", "que", "una", "es", "por", "con", "para",
                    "se", "al", "lo", "como", "pero", "sus", "de", "un"),
            "German", java.util.Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von",
                    "mit", "sich", "des", "auf", "f\u00fcr", "im", "dem", "auch", "wird"),
            "Italian", java.util.Set.of("il", "di", "del", "della", "che", "e", "una", "per", "con", "non", "sono",
                    "nel", "alla", "gli", "si", "da", "la", "le", "un"),
            "Portuguese", java.util.Set.of("o", "os", "as", "do", "da", "dos", "das", "e", "em", "um", "uma", "que",
                    "para", "com", "n\u00e3o", "por", "se", "no", "na", "ao", "de"),
            "Dutch", java.util.Set.of("het", "een", "en", "van", "dat", "op", "te", "zijn", "met", "voor", "niet", "aan",
                    "ook", "er", "als", "bij", "de", "wordt")));

    /** The scan as first written: simple and slow. */
    private static List<String> referenceNotes(String text) {
        List<String> notes = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int[] scripts = new int[Character.UnicodeScript.values().length];
        int letters = 0;
        int wordCount = 0;
        StringBuilder word = new StringBuilder();
        int sampleEnd = Math.min(text.length(), ArticleChecks.LANGUAGE_SAMPLE);
        boolean inWord = false;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetter(cp)) {
                if (!inWord) {
                    wordCount++;
                    inWord = true;
                }
                if (i < sampleEnd) {
                    letters++;
                    scripts[Character.UnicodeScript.of(cp).ordinal()]++;
                    word.appendCodePoint(Character.toLowerCase(cp));
                }
            } else if (cp != '\'') {
                inWord = false;
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        if (wordCount < ArticleChecks.SHORT_WORDS) {
            notes.add("very short article (" + wordCount + (wordCount == 1 ? " word" : " words")
                    + "): its topics and summary may be unreliable");
        }
        int latin = scripts[Character.UnicodeScript.LATIN.ordinal()];
        if (letters >= ArticleChecks.MIN_WORDS_FOR_LANGUAGE && latin < letters / 2.0) {
            Character.UnicodeScript main = Character.UnicodeScript.UNKNOWN;
            for (Character.UnicodeScript script : Character.UnicodeScript.values()) {
                if (scripts[script.ordinal()] > scripts[main.ordinal()]) {
                    main = script;
                }
            }
            String name = main.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            notes.add("written mostly in " + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                    + " script, not in English, the language the model was trained on: its topics are probably "
                    + "meaningless");
        } else if (words.size() >= ArticleChecks.MIN_WORDS_FOR_LANGUAGE) {
            double english = (double) words.stream().filter(ENGLISH::contains).count() / words.size();
            String best = null;
            double bestShare = 0;
            for (java.util.Map.Entry<String, java.util.Set<String>> language : OTHERS.entrySet()) {
                double share = (double) words.stream().filter(language.getValue()::contains).count() / words.size();
                if (share > bestShare) {
                    best = language.getKey();
                    bestShare = share;
                }
            }
            if (best != null && bestShare >= ArticleChecks.MIN_FUNCTION_WORD_SHARE && bestShare > english) {
                notes.add(String.format(java.util.Locale.ROOT, "probably %s, not English, the language the model was "
                        + "trained on (%.0f%% common %s words, %.0f%% common English words): its topics are probably "
                        + "meaningless", best, 100 * bestShare, best, 100 * english));
            }
        }
        return notes;
    }
}
