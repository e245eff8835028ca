package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.extract.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real pairs of names from the bundled data, the arXiv pool (extracted entity names) and the public
 * benchmarks (SciREX, NLP-TDMS) that must share an IRI, or must not.
 */
class EntityKeysTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "DATASET   | CIFAR100                       | CIFAR-100",
        "DATASET   | Cifar-100                      | CIFAR-100",
        "BENCHMARK | GSM-8K                         | GSM8K",
        "BENCHMARK | MATH-500                       | MATH500",
        "BENCHMARK | MATH                           | Math",
        "BENCHMARK | ＧＳＭ８Ｋ                        | GSM8K",
        "MODEL     | GPT-4o-mini                    | gpt-4o-mini",
        "METHOD    | LLMs                           | LLM",
        "METHOD    | GANs                           | GAN",
        "METHOD    | CNNs                           | CNN",
        "METHOD    | LSTMs                          | LSTM",
        "METHOD    | ViTs                           | ViT",
        "METHOD    | MoEs                           | MoE",
        "METHOD    | D-LLMs                         | dLLM",
        "METHOD    | Large Language Models          | Large Language Model",
        "METHOD    | Vision-Language Models         | Vision Language Model",
        "METHOD    | Graph Neural Networks          | Graph Neural Network",
        "METHOD    | U-Nets                         | U-Net",
        "METHOD    | Insight Agents                 | InsightAgent",
        "DATASET   | Tree-of-Thoughts               | Tree of Thought",
        "DATASET   | Multiple Choice Questions      | multiple-choice question",
        "METRIC    | F1 scores                      | F1-score",
        "METRIC    | word error rates               | Word Error Rate",
        "METRIC    | MOSs                           | MOS",
        "METRIC    | Recall                         | recall",
        "METRIC    | accuracy                       | Accuracy",
        "METRIC    | mAP                            | MAP",
        "TASK      | electronic health records      | Electronic Health Record",
        "TASK      | planning strategies            | planning strategy",
        "METHOD    | Llama-2-7B                     | Llama 2 7B",
    })
    void merges(EntityType type, String a, String b) {
        assertEquals(EntityKeys.key(type, a), EntityKeys.key(type, b), a + " / " + b);
        assertEquals(Iris.entity(type, a), Iris.entity(type, b));
    }

    @ParameterizedTest(name = "{0}: {1} != {2}")
    @CsvSource(delimiter = '|', value = {
        "BENCHMARK | MATH                           | math",
        "DATASET   | Math                           | math",
        "MODEL     | CLIP                           | clip",
        "DATASET   | DROP                           | drop",
        "DATASET   | ImageNet                       | ImageNet-R",
        "DATASET   | ImageNet                       | ImageNet-S",
        "DATASET   | LongMemEval                    | LongMemEval-S",
        "MODEL     | MuMath-Code-7B                 | MuMath-Code-70B",
        "METRIC    | BLEU-1                         | BLEU-4",
        "METRIC    | ROUGE-1                        | ROUGE-L",
        "DATASET   | WikiText-103                   | WikiText-2",
        "DATASET   | AIDS                           | AID",
        "METHOD    | PASS                           | PAS",
        "METHOD    | TS                             | T",
        "DATASET   | Charades                       | Charade",
        "DATASET   | Temples                        | Temple",
        "DATASET   | AG News                        | AG New",
        "TASK      | physics                        | physic",
        "TASK      | analysis                       | analysi",
        "DATASET   | Natural Questions              | Natural Quest",
    })
    void keepsApart(EntityType type, String a, String b) {
        assertNotEquals(EntityKeys.key(type, a), EntityKeys.key(type, b), a + " / " + b);
        assertNotEquals(Iris.entity(type, a), Iris.entity(type, b));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "METHOD  | transformer",
        "DATASET | reidentification",
        "METRIC  | math",
        "TASK    | math",
    })
    void caseSplitsOnlyShortWordsAmongNames(EntityType type, String lowerCase) {
        String upper = lowerCase.toUpperCase(java.util.Locale.ROOT);
        assertEquals(EntityKeys.key(type, upper), EntityKeys.key(type, lowerCase));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BENCHMARK | math   | word-math",
        "DATASET   | MATH   | math",
        "METHOD    | LLMs   | llm",
        "METHOD    | α      | ''",
    })
    void keysAreNamesKeysRefined(EntityType type, String name, String key) {
        assertEquals(key, EntityKeys.key(type, name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"MATH", "math", "LLMs", "Large Language Models"})
    void iriStaysValidAndStable(String name) {
        String iri = Iris.entity(EntityType.DATASET, name);
        assertTrue(iri.matches("https://w3id\\.org/claimgraph/id/dataset/[a-z0-9-]+"), iri);
        assertEquals(iri, Iris.entity(EntityType.DATASET, name));
    }
}
