"""Draws the held-out sanity sample from the arXiv ML pool: 40 abstracts with a number next to
%/points/a metric word and 10 without such numbers, fixed seed. Writes sample.jsonl (the pool records).
Usage: python3 sample.py /work/shared/benchmarks/arxiv-ml-pool/arxiv_ml_abstracts_16k.jsonl"""
import json, random, re, sys

NUMERIC = re.compile(r"\d(?:\.\d+)?\s*(?:%|points?\b|pp\b)|\b(?:accuracy|F1|BLEU|ROUGE|AUC|mAP|top-1|success rate)\b[^.]{0,40}\d")
with_numbers, without = [], []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        (with_numbers if NUMERIC.search(r["abstract"]) else without).append(r)
rng = random.Random(20261125)
picked = rng.sample(with_numbers, 40) + rng.sample(without, 10)
with open("sample.jsonl", "w", encoding="utf-8") as out:
    for r in picked:
        out.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["abstract"]}, ensure_ascii=False) + "\n")
