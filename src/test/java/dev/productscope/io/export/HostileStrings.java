package dev.productscope.io.export;

import dev.productscope.io.BundledExamples;
import dev.productscope.model.Flow;
import dev.productscope.model.Model;
import java.util.List;

/**
 * Text a hostile user (or a crafted file) may give any name or label, for tests of every
 * renderer and export: markup and script, XML and JSON breakers, quotes, ampersands and entities,
 * line breaks and tabs, emoji (with joiners and a flag), right-to-left scripts and bidi controls,
 * other control characters, odd spacing, and two 10,000-character strings (one of words, one a
 * single unbroken run). None holds NUL, which model files cannot carry, nor a lone surrogate.
 *
 * <p>Each must come out of an export as its format defines: exactly, or through the format's one
 * documented rewrite (drawings show {@code DrawnText.clean(s)}: line breaks and tabs as spaces,
 * control characters as U+FFFD), and where there is no room, cut cleanly with an ellipsis.
 */
public final class HostileStrings {

    /** 10,000 characters of words with emoji, never cut inside a surrogate pair. */
    public static final String LONG_WORDS = longWords();

    /** 10,000 characters with no space to break at. */
    public static final String LONG_RUN = "x".repeat(10_000);

    /** The corpus, in a fixed order (parameterised tests name their cases by it). */
    public static final List<String> ALL = List.of(
            "<script>alert(1)</script>",
            "</svg><svg onload=alert(1)>",
            "<foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>x</div></foreignObject>",
            "\"double\" and 'single' quotes",
            "Tom & Jerry &amp; &lt; &#0; &nbsp;",
            "]]><!-- <![CDATA[ x ]]> <?xml version='1.0'?> <!DOCTYPE x>",
            "line one\nline two\r\nline three\rend",
            "tab\there\t",
            "emoji 😀🔥 and 👨‍👩‍👧 and 🇪🇺",
            "שלום עולם",
            "مرحبا بالعالم",
            "mixed English and עברית text",
            "\u202Eright-to-left override\u202C",
            "control \u0001\u0002\u001B[31m\u007F\u0085\u009F chars",
            "\u2028 line and paragraph separators \u2029",
            " leading and trailing spaces  ",
            "}\"]; digraph evil { a -> b }\n// \"",
            "{\"json\": [1, 2], \"k\": null}",
            "C:\\path\\to\\dir\\ and \\\" after a backslash",
            "${jndi:ldap://x} {{mustache}} %s %n",
            LONG_WORDS,
            LONG_RUN);

    private HostileStrings() {
    }

    /** The remote-backends example with the model, every zone, component, product and flow label named {@code text}. */
    public static Model model(String text) {
        Model model = BundledExamples.find("remote-backends").orElseThrow().load();
        return model.withName(text)
                .withZones(model.zones().stream().map(z -> z.withName(text)).toList())
                .withComponents(model.components().stream().map(c -> c.withName(text)).toList())
                .withProducts(model.products().stream().map(p -> p.withName(text)).toList())
                .withFlows(model.flows().stream().map(f -> new Flow(f.id(), f.from(), f.to(), text,
                        f.bidirectional(), f.data(), f.protection(), f.via(), f.extensions())).toList());
    }

    /** A short name for a test case: the string's start, escaped, and its length. */
    public static String label(String text) {
        String start = text.length() > 24 ? text.substring(0, 24) : text;
        StringBuilder out = new StringBuilder();
        start.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04X", c)
                : new String(Character.toChars(c))));
        return out + " (" + text.length() + " chars)";
    }

    private static String longWords() {
        StringBuilder out = new StringBuilder(10_010);
        String[] words = {"Lorem", "ipsum", "😀", "dolor", "sit", "amet,", "שלום", "consectetur", "adipiscing"};
        for (int i = 0; out.length() < 10_000; i++) {
            out.append(words[i % words.length]).append(' ');
        }
        out.setLength(10_000);
        if (Character.isHighSurrogate(out.charAt(9_999))) {
            out.setCharAt(9_999, 'z');
        }
        return out.toString();
    }
}
