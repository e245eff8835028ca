"""Draws the second fresh check sample from the arXiv ML pool: 24 abstracts with a number next to
%/points/x/a metric word and 6 without, fixed seed 31, none of the records already in sample.jsonl,
fresh-sample.jsonl or the golden-abstracts cases. Writes fresh2-sample.jsonl (the pool records).
Usage (from this folder): python3 sample_fresh2.py /work/shared/benchmarks/arxiv-ml-pool/arxiv_ml_abstracts_16k.jsonl"""
import json, os, random, re, sys

NUMERIC = re.compile(r"\d(?:\.\d+)?\s*(?:%|points?\b|pp\b|[x\u00d7]\b)"
                     r"|\b(?:accuracy|F1|BLEU|ROUGE|AUC|mAP|top-1|success rate)\b[^.]{0,40}\d")
HERE = os.path.dirname(os.path.abspath(__file__))
seen = set()
for name in ("sample.jsonl", "fresh-sample.jsonl"):
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
        if r["id"] in seen:
            continue
        (with_numbers if NUMERIC.search(r["abstract"]) else without).append(r)
rng = random.Random(31)
picked = rng.sample(with_numbers, 24) + rng.sample(without, 6)
with open(os.path.join(HERE, "fresh2-sample.jsonl"), "w", encoding="utf-8") as out:
    for r in picked:
        out.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["abstract"]}, ensure_ascii=False) + "\n")
