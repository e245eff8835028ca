package org.claimgraph.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tests on surface forms: does a token look like a proper name of a method, model or benchmark. */
final class Names {
    /** One name token: letters, digits and inner hyphens, dots or slashes ("ImageNet-R", "Qwen2.5"). */
    static final String TOKEN = "[A-Za-z0-9][A-Za-z0-9+@'^]*(?:[-./][A-Za-z0-9+@^]+)*\\+*";
    private static final Set<String> NOT_NAMES = Set.of(
            "LLM", "LLMs", "MLLM", "MLLMs", "VLM", "VLMs", "LVLM", "LVLMs", "LM", "LMs", "AI", "RL", "NLP", "CV",
            "GPU", "GPUs", "CPU", "SOTA", "SoTA", "CoT", "API", "APIs", "RAG", "SFT", "ML", "DL", "DNN", "DNNs",
            "CNN", "CNNs", "RNN", "MLP", "QA", "VQA", "OCR", "IoT", "UAV", "3D", "2D", "4D", "RGB", "RGB-D", "ID", "OOD",
            "US", "UK", "EU", "I", "A", "II", "III", "IV", "PhD", "GenAI", "AGI", "XAI", "HCI", "KG", "KGs",
            "NER", "MT", "ASR", "TTS", "LoRA", "PEFT", "RLHF", "DPO", "PPO", "VAE", "GAN", "GANs", "ViT", "ViTs",
            "Transformer", "Transformers", "MoE", "NN", "MRI", "CT", "ICL", "SSL", "FL", "GNN", "GNNs",
            "Our", "We", "This", "The", "These", "Experiments", "Extensive", "Results", "GitHub", "HuggingFace");
    private static final Pattern MODEL_FAMILY = Pattern.compile(
            "(?i)(GPT|ChatGPT|o1|o3|o4|Llama|LLaMA|Qwen|Mistral|Mixtral|Gemini|Gemma|Claude|BERT|RoBERTa|DeBERTa|"
                    + "T5|Flan|ViT|CLIP|ResNet|DeepSeek|Phi|Vicuna|Alpaca|InternVL|LLaVA|BLIP|SAM|DINO|"
                    + "Stable ?Diffusion|SD|SDXL|FLUX|Whisper|YOLO|Swin|ConvNeXt|EfficientNet|MobileNet|OPT|"
                    + "Falcon|Bloom|PaLM|Grok|Kimi|GLM|ChatGLM|Yi|Baichuan|InternLM|MiniCPM|Pythia|OLMo)"
                    + "(?:[-\\s.]?[\\w.]*)?");
    /** A bare size, "8B", "70B", "1.5M": part of a model's name, never a name itself. */
    private static final Pattern SIZE = Pattern.compile("\\d+(?:\\.\\d+)?[BMKT]");
    private static final Pattern SIZE_SUFFIX = Pattern.compile(".*-\\d+(\\.\\d+)?[Bb]$");

    private Names() {
    }

    /** True for tokens written like names: inner capitals, letters mixed with digits, or all capitals. */
    static boolean nameLike(String token) {
        String t = stripPossessive(token);
        if (t.length() < 2 || generic(t) || SIZE.matcher(t).matches()) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        boolean innerUpper = false;
        boolean allUpper = true;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (i > 0 && Character.isUpperCase(c)) {
                    innerUpper = true;
                }
                if (Character.isLowerCase(c)) {
                    allUpper = false;
                }
            } else if (Character.isDigit(c)) {
                digit = true;
            }
        }
        if (!letter) {
            return false;
        }
        return innerUpper || (digit && Character.isLetter(t.charAt(0))) || allUpper && t.length() >= 2
                || t.matches("[A-Z]\\w*(Bench|QA|Eval|Arena|Set|Net|Math|Code)");
    }

    /** True for well-known model families ("GPT-4o", "Llama-3-8B") and for names ending in a size ("-7B"). */
    static boolean modelName(String name) {
        return MODEL_FAMILY.matcher(name).matches() || SIZE_SUFFIX.matcher(name).matches();
    }

    static boolean generic(String token) {
        String t = stripPossessive(token);
        return NOT_NAMES.contains(t) || t.endsWith("s") && NOT_NAMES.contains(t.substring(0, t.length() - 1));
    }

    static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("'")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Normal form for comparing names, as the scorer does: lower case, letters and digits only. */
    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
