"""Draws a fresh check sample from the arXiv ML pool: N abstracts with a number next to %/points/x/a metric
word and M without, with a fixed seed, none of the records of the samples drawn before it (--after) nor of
the golden-abstracts cases that were not themselves taken from a sample in this folder (so that golden
cases made later from a sample do not change an earlier draw). Writes NAME-sample.jsonl (the pool records).

The draws made so far (run from this folder, POOL = /work/shared/benchmarks/arxiv-ml-pool/arxiv_ml_abstracts_16k.jsonl):
  python3 sample_fresh.py POOL fresh2 --seed 31 --with 24 --without 6 --after sample.jsonl fresh-sample.jsonl
  python3 sample_fresh.py POOL fresh3 --seed 47 --with 10 --without 0 --after sample.jsonl fresh-sample.jsonl fresh2-sample.jsonl
  python3 sample_fresh.py POOL fresh4 --seed 59 --with 16 --without 4 --after sample.jsonl fresh-sample.jsonl fresh2-sample.jsonl fresh3-sample.jsonl"""
import argparse, glob, json, os, random, re

NUMERIC = re.compile(r"\d(?:\.\d+)?\s*(?:%|points?\b|pp\b|[x\u00d7]\b)"
                     r"|\b(?:accuracy|F1|BLEU|ROUGE|AUC|mAP|top-1|success rate)\b[^.]{0,40}\d")
HERE = os.path.dirname(os.path.abspath(__file__))


def ids(path):
    with open(path, encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


args = argparse.ArgumentParser()
args.add_argument("pool")
args.add_argument("name")
args.add_argument("--seed", type=int, required=True)
args.add_argument("--with", dest="with_numbers", type=int, required=True)
args.add_argument("--without", type=int, required=True)
args.add_argument("--after", nargs="*", default=[])
a = args.parse_args()

sampled = set()
for path in glob.glob(os.path.join(HERE, "*sample.jsonl")):
    sampled |= ids(path)
seen = set()
for name in a.after:
    seen |= ids(os.path.join(HERE, name))
for case in os.listdir(os.path.join(HERE, "..", "golden-abstracts")):
    m = re.match(r"pool-(\d{4}\.\d{4,5})-", case)
    if m and m.group(1) not in sampled:
        seen.add(m.group(1))
with_numbers, without = [], []
with open(a.pool, encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        if r["id"] not in seen:
            (with_numbers if NUMERIC.search(r["abstract"]) else without).append(r)
rng = random.Random(a.seed)
picked = rng.sample(with_numbers, a.with_numbers) + rng.sample(without, a.without)
with open(os.path.join(HERE, a.name + "-sample.jsonl"), "w", encoding="utf-8") as out:
    for r in picked:
        out.write(json.dumps({"id": r["id"], "title": r["title"], "abstract": r["abstract"]}, ensure_ascii=False) + "\n")
