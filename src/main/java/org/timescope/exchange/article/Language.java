package org.timescope.exchange.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Words and their parts of speech, from Apache OpenNLP's English models (Universal Dependencies English
 * Web Treebank, Universal Dependencies' part-of-speech tags). The
 * models ship inside the jar (Maven Central's {@code opennlp-models-tokenizer-en} and {@code
 * opennlp-models-pos-en}) and are read once, on first use; nothing is fetched at run time.
 */
final class Language {

    /**
     * A word of a sentence, where it is, and its part of speech (Universal Dependencies: VERB, AUX, NOUN,
     * PROPN …). The tags carry no tense: a verb's tense comes from its form ("-ed", the irregular pasts).
     */
    record Token(String text, int start, int end, String tag) {
        boolean verb() {
            return tag.equals("VERB") || tag.equals("AUX");
        }

        /** "will", "shall": the verb after it speaks of what is to come. */
        boolean modal() {
            return tag.equals("AUX") && MODALS.contains(lower());
        }

        boolean noun() {
            return tag.equals("NOUN");
        }

        /** A past tense or participle: "held", "signed", "was". */
        boolean past() {
            String w = lower();
            return verb() && (w.endsWith("ed") || IRREGULAR_PAST.contains(w));
        }

        /** A present tense of the third person: "opens", "takes". */
        boolean present() {
            String w = lower();
            return tag.equals("VERB") && w.endsWith("s") && !w.endsWith("ss") || w.equals("is") || w.equals("are");
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "shall", "'ll", "wo", "would", "should",
            "can", "could", "may", "might", "must");
    /** Past forms English does not make with "-ed", as news uses them. */
    static final java.util.Set<String> IRREGULAR_PAST = java.util.Set.of("held", "met", "set", "put", "began", "begun",
            "became", "took", "taken", "gave", "given", "made", "came", "went", "gone", "saw", "seen", "told", "said",
            "won", "wrote", "written", "rose", "risen", "grew", "grown", "led", "brought", "bought", "built", "sent", "spent",
            "struck", "stood", "spoke", "spoken", "chose", "chosen", "drew", "drawn", "kept", "left", "lost", "paid", "read",
            "ran", "run", "shut", "sought", "found", "unveiled", "was", "were", "had", "did", "done", "cut", "hit", "let",
            "laid", "got", "gotten", "bore", "borne", "broke", "broken", "fell", "fallen", "knew", "known", "meant",
            "oversaw", "overseen", "undertook", "undertaken", "withdrew", "withdrawn");

    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";

    private Language() {
    }

    /** The models, loaded on first use (about half a second) and shared. */
    private static final class Models {
        static final TokenizerModel TOKENIZER = load(TOKENS, TokenizerModel::new);
        static final POSModel TAGGER = load(POS, POSModel::new);

        interface Reader<T> {
            T read(InputStream in) throws IOException;
        }

        static <T> T load(String resource, Reader<T> reader) {
            try (InputStream in = Language.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the language model " + resource + " is missing from this build");
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The tools are not thread-safe: one pair per thread, over the shared models. */
    private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENIZER));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(
            () -> new POSTaggerME(Models.TAGGER, POSTagFormat.UD));

    /** Sentences are asked about more than once (each date's tense, the verb and its noun): tagged once. */
    private static final ThreadLocal<java.util.Map<String, List<Token>>> SEEN = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Token>> eldest) {
                    return size() > 256;
                }
            });

    /**
     * A "sentence" longer than this is not prose (a table flattened into text, a run of symbols): it is
     * not tagged, and the rules that need tags fall back to reading its words.
     */
    static final int LONGEST_SENTENCE = 1_000;

    static List<Token> tag(String sentence) {
        if (sentence.length() > LONGEST_SENTENCE) {
            return List.of();
        }
        return SEEN.get().computeIfAbsent(sentence, Language::tagNow);
    }

    private static List<Token> tagNow(String sentence) {
        Span[] spans = TOKENIZER.get().tokenizePos(sentence);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentence).toString();
        }
        String[] tags = TAGGER.get().tag(words);
        List<Token> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            out.add(new Token(words[i], spans[i].getStart(), spans[i].getEnd(), tags[i]));
        }
        return out;
    }
}
