package org.customs.seizures.core.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what an immutable look-up answered for a raw text, so that the same unit, country,
 * commodity or header text repeated on thousands of lines of a return is folded and matched once.
 * Bounded: at most {@code capacity} answers are kept (all are forgotten when it is full, so that a
 * return of ever-different texts costs one clear per {@code capacity} texts, never unbounded memory),
 * and texts longer than {@code longestText} are never kept. Safe to share between threads. Only for a
 * function whose answer depends on the text alone and never changes.
 *
 * @param <V> the answer; never null
 */
public final class TextMemo<V> {

    private final Function<String, V> answer;
    private final int capacity;
    private final int longestText;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    public TextMemo(Function<String, V> answer, int capacity, int longestText) {
        this.answer = answer;
        this.capacity = capacity;
        this.longestText = longestText;
    }

    /** The answer for a text: remembered, or computed (and remembered when the text is short enough). */
    public V get(String text) {
        if (text == null || text.length() > longestText) {
            return answer.apply(text);
        }
        V known = answers.get(text);
        if (known != null) {
            return known;
        }
        V computed = answer.apply(text);
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(text, computed);
        return computed;
    }
}
