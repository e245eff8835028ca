package org.claimgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexCleanerTest {
    private final LatexCleaner cleaner = new LatexCleaner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "improves by 4.54\\% on CIFAR-100          | improves by 4.54% on CIFAR-100",
        "with $\\epsilon$-greedy exploration       | with ε-greedy exploration",
        "a $3\\times$ speed-up                     | a 3× speed-up",
        "the \\textbf{best} model                  | the best model",
        "up to \\textbf{27}\\% faster              | up to 27% faster",
        "the \\emph{MATH\\_500} split              | the MATH_500 split",
        "Fig.~3 shows a ~2% drop                   | Fig. 3 shows a ~2% drop",
        "models -- such as GPT-4 --- fail          | models – such as GPT-4 — fail",
        "accuracy $\\rightarrow$ 90%               | accuracy → 90%",
        "accuracy rightarrow 90%                   | accuracy → 90%",
        "$O(n^{2})$ time                           | O(n^2) time",
        "by **3.28%** over *GCD* baselines         | by 3.28% over GCD baselines",
        "plain text stays                          | plain text stays"})
    void cleans(String original, String expected) {
        assertEquals(expected, cleaner.clean(original).text());
    }

    @Test
    void everyKeptCharacterMapsToItsSource() {
        String original = "SAA gains 4.54\\% with $\\epsilon=0.1$ and \\textbf{CPL} -- on MATH~500.";
        CleanText clean = cleaner.clean(original);
        String text = clean.text();
        assertEquals("SAA gains 4.54% with ε=0.1 and CPL – on MATH 500.", text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char source = original.charAt(clean.originalOffset(i));
            if (c < 128 && Character.isLetterOrDigit(c) || c == '.' || c == '=') {
                assertEquals(c, source, "character " + i + " of " + text);
            }
        }
        assertEquals(original.length(), clean.originalOffset(text.length()));
        int eps = text.indexOf('ε');
        assertEquals("\\epsilon", original.substring(clean.originalOffset(eps), clean.originalOffset(eps + 1)));
        int cpl = text.indexOf("CPL");
        assertEquals("CPL", original.substring(clean.originalOffset(cpl), clean.originalEnd(cpl + 3)));
        int pct = text.indexOf("4.54%");
        assertEquals("4.54\\%", original.substring(clean.originalOffset(pct), clean.originalEnd(pct + 5)));
    }

    @Test
    void identityNeedsNoCleaning() {
        CleanText clean = cleaner.clean("No markup here.");
        assertEquals(CleanText.identity("No markup here.").text(), clean.text());
        for (int i = 0; i <= clean.text().length(); i++) {
            assertEquals(i, clean.originalOffset(i));
        }
    }

    @Test
    void mapIsMonotonic() {
        String original = "$\\alpha$ and $\\beta$: \\mathbf{x}_{i} \\% -- \\unknown{y} ~ z";
        CleanText clean = cleaner.clean(original);
        for (int i = 1; i <= clean.text().length(); i++) {
            assertEquals(true, clean.originalOffset(i) > clean.originalOffset(i - 1),
                    "offset " + i + " of '" + clean.text() + "'");
        }
    }
}
