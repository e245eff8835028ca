"""Precision of predicted results per confidence bucket, with score.py's matching.

usage: python3 calibration.py SCORE_PY_DIR GOLD.jsonl PRED.jsonl
A predicted result is correct at a level when score.py's one-to-one matching pairs it with a gold
result at that level (value / anchored / full).
"""
import json
import sys
from collections import defaultdict

sys.path.insert(0, sys.argv[1])
import score  # noqa: E402


def matched(gold, pred, level, groups):
    pairs = sorted((abs(p["value"] - g["value"]), gi, pi)
                   for gi, g in enumerate(gold) for pi, p in enumerate(pred)
                   if score.compatible(g, p, level, groups))
    gused, pused = set(), set()
    for _, gi, pi in pairs:
        if gi not in gused and pi not in pused:
            gused.add(gi)
            pused.add(pi)
    return pused


def main():
    reader = score.Reader(lambda m: None)
    gold = {(g.id or score.slug(g.title)): g for g in reader.read(sys.argv[2], "gold")}
    confidences = {}
    with open(sys.argv[3], encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            confidences[o["id"]] = [r.get("confidence") for r in o.get("results", [])]
    buckets = defaultdict(lambda: defaultdict(int))
    for p in reader.read(sys.argv[3], "pred"):
        g = gold.get(p.id)
        if g is None:
            continue
        conf = confidences.get(p.id, [])
        hits = {lv: matched(g.results, p.results, lv, g.groups) for lv in score.LEVELS}
        for i, _ in enumerate(p.results):
            c = conf[i] if i < len(conf) and conf[i] is not None else -1
            b = "unknown" if c < 0 else f"{min(int(c * 10), 9) / 10:.1f}-{min(int(c * 10), 9) / 10 + 0.1:.1f}"
            buckets[b]["n"] += 1
            for lv in score.LEVELS:
                buckets[b][lv] += i in hits[lv]
    print(f"{'confidence':<12}{'results':>8}" + "".join(f"{lv + ' P':>12}" for lv in score.LEVELS))
    for b in sorted(buckets):
        n = buckets[b]["n"]
        print(f"{b:<12}{n:>8}" + "".join(f"{buckets[b][lv] / n:>12.3f}" for lv in score.LEVELS))


if __name__ == "__main__":
    main()
