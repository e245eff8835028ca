"""Draws the fourth fresh check sample: 16 pool abstracts with a number next to %/points/x/a metric word and
4 without, fixed seed 59, none of sample.jsonl, fresh-sample.jsonl, fresh2-sample.jsonl, fresh3-sample.jsonl
or the golden-abstracts cases (as they stood when it was drawn). Writes fresh4-sample.jsonl.
Usage (from this folder): python3 sample_fresh4.py /work/shared/benchmarks/arxiv-ml-pool/arxiv_ml_abstracts_16k.jsonl"""
import json, os, random, re, sys

NUMERIC = re.compile(r"\d(?:\.\d+)?\s*(?:%|points?\b|pp\b|[x\u00d7]\b)"
                     r"|\b(?:accuracy|F1|BLEU|ROUGE|AUC|mAP|top-1|success rate)\b[^.]{0,40}\d")
HERE = os.path.dirname(os.path.abspath(__file__))
seen = set()
for name in ("sample.jsonl", "fresh-sample.jsonl", "fresh2-sample.jsonl", "fresh3-sample.jsonl"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        seen.update(json.loads(line)["id"] for line in f if line.strip())
for case in os.listdir(os.path.join(HERE, "..", "golden-abstracts")):
    m = re.match(r"pool-(\d{4}\.\d{4,5})-", case)
    if m:
        seen.add(m.group(1))
with_numbers, without = [], []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["id"] not in seen:
            (with_numbers if NUMERIC.search(r["abstract"]) else without).append(r)
rng = random.Random(59)
picked = rng.sample(with_numbers, 16) + rng.sample(without, 4)
with open(os.path.join(HERE, "fresh4-sample.jsonl"), "w", encoding="utf-8") as out:
    for r in picked:
        out.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["abstract"]}, ensure_ascii=False) + "\n")
