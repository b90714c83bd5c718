"""The mapper's second opinion (``vautokit/vehicles/_second_opinion.py``): measured at first
sight, chronologically, then trained on every labelled line and shipped.

    pip install -e '.[learn]'   # scikit-learn, for training only
    # measure: needs the rules' first-sight decisions of every blind batch, from the trees of
    # the commits they were scored at (shared with veto_first_sight.py, about 6 minutes)
    PYTHONPATH=. python benchmarks/veto_first_sight.py extract
    PYTHONPATH=. python benchmarks/second_opinion.py measure   # results, threshold, model
    # after labels change: train again at the measured threshold (about 20 s, no extract)
    PYTHONPATH=. python benchmarks/second_opinion.py train

What it measures. The batches are grouped by the commit they were first scored at, in git
order. For group g, a model is trained only on the labelled lines known before it: the
non-blind corpus files added by an ancestor of group g's commit, and the blind batches of
groups < g (each read as it is today: a few corpus lines were relabelled since), never the
held-out quarter of the corpus_* files. Its examples are every feature a line names (the
rules' phrases, before any scope), "this car's" when the line requires or accepts it. It then
judges group g's first-sight ticks (the rules of that commit); a tick under the threshold is
taken away (a wrong one stops being wrong, a right one becomes a miss). Group g's threshold
is chosen on the forward predictions of groups 1 to g-1 only: the one that removes most wrong
ticks net of the right ones it costs. Group g's own labels are never used to train or to
choose. The model that ships is trained on every labelled line but the corpus's held-out
quarter, at the threshold chosen the same way on all groups' forward predictions.

Where this differs from veto_first_sight.py (which found a veto trained on the rules' past
mistakes useless): this model learns how wording rules a feature in or out from every named
feature (about 35,000), not from some 800 past wrong ticks, and it takes away one tick, not a
whole line.

Honest limits: the phrases that find the named features are today's table (a later table
finds more names in old lines than the rules of then did), and the feature design was set
while looking at the first-sight figures of batches bbbb to gggg; hhhh and iiii were scored
at first sight before the model existed and their misses were never read.
Cost of ``measure``: about 17 minutes (two settings of C, 66 forward fits each, one thread).
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
from _common import REPO, RESULTS, save
from veto_first_sight import CACHE, DATA, as_int32, batches, commit_order

from vautokit.vehicles import CheckboxMappingService, LabelledLine, Score, load_corpus
from vautokit.vehicles._second_opinion import MODEL_FILE, labels_digest, tick_features

THRESHOLD_FACT = "threshold chosen on all forward predictions (shipped)"
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 15)]
C = 4.0  # fixed before the first chronological run; C=1 is reported beside it
MODEL = REPO / "vautokit" / "vehicles" / "data" / MODEL_FILE
RULES = CheckboxMappingService(built_in_only=True, second_opinion=False)
named_in = functools.cache(RULES.named_features)  # each line is read for every group after its own


def training_lines(paths: list[Path]) -> list[LabelledLine]:
    """The labelled lines of ``paths`` a model may learn from: all but the held-out quarter
    of the corpus files, which stays a measure of what nothing was fitted to."""
    return [line for path in paths for line in load_corpus([path])
            if not (path.stem.startswith("corpus_") and line.held_out)]


def named_pairs(lines: list[LabelledLine]) -> tuple[list[dict], list[bool]]:
    """Every feature each line names, as features, and whether it is this car's."""
    x, y = [], []
    for line in lines:
        plain, named = named_in(line.text)
        for label, words in named.items():
            x.append(tick_features(plain, label, words))
            y.append(label in line.required or label in line.acceptable)
    return x, y


def fit(lines: list[LabelledLine], c: float = C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x, y = named_pairs(lines)
    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    seen_twice = (matrix > 0).sum(axis=0).A1 >= 2  # a feature met once teaches nothing general
    vec.restrict(seen_twice)
    model = LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=0)
    model.fit(as_int32(matrix[:, seen_twice]), y)
    return vec, model, len(y)


def chances(fitted, rows: list[dict]) -> list[float]:
    vec, model, _ = fitted
    return list(model.predict_proba(as_int32(vec.transform([r["features"] for r in rows])))[:, 1])


def first_sight_ticks(batch: dict, decisions: dict) -> list[dict]:
    """One row per first-sight tick of the batch: its features and whether it was right."""
    rows = []
    for line in batch["lines"]:
        plain, named = named_in(line.text)
        for label in decisions[line.text]["labels"]:
            rows.append({"features": tick_features(plain, label, named.get(label, ())),
                         "status": ("right" if label in line.required else
                                    "acceptable" if label in line.acceptable else "wrong"),
                         "negated": line.text in batch["negated"]})
    return rows


def taken(rows: list[dict], threshold: float | None) -> tuple[int, int]:
    """Wrong ticks removed and right ticks lost at ``threshold`` (None: no opinion)."""
    off = [r for r in rows if threshold is not None and r["chance"] < threshold]
    return (sum(r["status"] == "wrong" for r in off), sum(r["status"] == "right" for r in off))


def choose(rows: list[dict]) -> float | None:
    """The threshold removing most wrong ticks net of right ones lost; None if none gains."""
    best, best_gain = None, 0
    for t in THRESHOLDS:
        removed, lost = taken(rows, t)
        if removed - lost > best_gain:
            best, best_gain = t, removed - lost
    return best


def figures(name: str, rows: list[dict], misses: int) -> dict:
    """Precision and recall alone and with the opinion (rows marked ``off`` are taken
    away), by the package's one formula."""
    right = sum(r["status"] == "right" for r in rows)
    wrong = sum(r["status"] == "wrong" for r in rows)
    removed = sum(r["status"] == "wrong" and r["off"] for r in rows)
    lost = sum(r["status"] == "right" and r["off"] for r in rows)
    alone = Score(true_positives=right, false_positives=wrong, false_negatives=misses)
    opinion = Score(true_positives=right - lost, false_positives=wrong - removed,
                    false_negatives=misses + lost)
    neg = sum(r["status"] == "wrong" and r["negated"] for r in rows)
    return {"batch": name, "P alone": alone.precision, "P opinion": opinion.precision,
            "R alone": alone.recall, "R opinion": opinion.recall, "wrong alone": wrong,
            "wrong removed": removed, "right lost": lost, "neg. wrong alone": neg,
            "neg. wrong opinion": neg - sum(r["status"] == "wrong" and r["negated"] and r["off"]
                                            for r in rows)}


def corpus_files() -> list[Path]:
    """The labelled files that are not blind batches (written by the mapper's author)."""
    return [p for p in sorted(DATA.glob("*.txt")) if not p.stem.startswith("fresh_blind_")]


@functools.cache
def corpus_known_at(commit: str) -> list[LabelledLine]:
    """The corpus files that existed at ``commit`` (added by it or an ancestor)."""
    known = []
    for path in corpus_files():
        added = subprocess.run(["git", "-C", str(REPO), "log", "--diff-filter=A", "--format=%H",
                                "--", str(path.relative_to(REPO))],
                               capture_output=True, text=True, check=True).stdout.split()[-1]
        if subprocess.run(["git", "-C", str(REPO), "merge-base", "--is-ancestor", added,
                           commit]).returncode == 0:
            known.append(path)
    return training_lines(known)


def forward(blind: list[dict], order: list[str], c: float) -> None:
    """Each first-sight tick of group g >= 1 judged by a model trained before group g."""
    groups = len(order)
    for g in range(1, groups):
        known = corpus_known_at(order[g]) + [line for b in blind if b["group"] < g
                                             for line in b["lines"]]
        fitted = fit(known, c)
        for b in (b for b in blind if b["group"] == g):
            for row, chance in zip(b["rows"], chances(fitted, b["rows"]), strict=True):
                row["chance"] = chance
        print(f"C={c} group {g}/{groups - 1}: trained on {fitted[2]} named features",
              file=sys.stderr, flush=True)


def chronological(blind: list[dict], groups: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per batch and pooled figures, each group at the threshold chosen before it."""
    per_batch, members = [], []
    for g in range(2, groups):
        threshold = choose([r for b in blind if 1 <= b["group"] < g for r in b["rows"]])
        for b in (b for b in blind if b["group"] == g):
            for row in b["rows"]:
                row["off"] = threshold is not None and row["chance"] < threshold
            per_batch.append({"group": g, "commit": b["commit"], "threshold": threshold or "none",
                              **figures(b["name"], b["rows"], b["misses"])})
            members.append(b)
    quarter = groups - groups // 4
    parts = {"all batches with a threshold (groups 2+)": members,
             f"latest quarter (groups {quarter}+)": [b for b in members if b["group"] >= quarter],
             "hhhh and iiii (scored before the model existed)":
                 [b for b in members if b["name"] in ("hhhh", "iiii")]}
    pooled = [figures(f"{part}: {len(bs)} batches", [r for b in bs for r in b["rows"]],
                      sum(b["misses"] for b in bs)) for part, bs in parts.items()]
    return pd.DataFrame(per_batch), pd.DataFrame(pooled)


def write_model(threshold: float) -> dict:
    """Train on the labelled lines (all but the corpus's held-out quarter); write the model."""
    import sklearn

    paths = sorted(DATA.glob("*.txt"))
    lines = training_lines(paths)

    vec, model, pairs = fit(lines)
    weights = {f: round(float(w), 4) for f, w in zip(vec.feature_names_, model.coef_[0],
                                                      strict=True) if round(float(w), 4)}
    MODEL.write_text(json.dumps({
        "about": "vautokit's mapping second opinion: logistic regression weights per feature "
                 "(see _second_opinion.py); written by benchmarks/second_opinion.py",
        "trained on": {"lines": len(lines),
                       "named features": pairs, "C": C,
                       "sklearn": sklearn.__version__,
                       "labels digest": labels_digest(load_corpus(paths))},
        "threshold": threshold, "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items()))}, indent=0))
    return {"lines": len(lines), "pairs": pairs, "weights": len(weights)}


def measure() -> None:
    """The chronological measure, the threshold, the shipped model, the results."""
    decisions = json.loads(CACHE.read_text())
    blind = batches()
    order = commit_order({b["commit"] for b in blind})
    for b in blind:
        b["group"] = order.index(b["commit"])
        b["rows"] = first_sight_ticks(b, decisions[b["commit"]])
        b["misses"] = sum(len(line.required - set(decisions[b["commit"]][line.text]["labels"]))
                          for line in b["lines"])
    start = time.perf_counter()
    tables, sensitivity = {}, []
    for c in (C, 1.0):
        forward(blind, order, c)
        per_batch, pooled = chronological(blind, len(order))
        sensitivity += [{"C": c, **row} for row in pooled.to_dict(orient="records")]
        if c == C:
            tables = {"Pooled: the rules alone at first sight, and with the second opinion":
                      pooled, "Per batch, in history order": per_batch}
            threshold = choose([r for b in blind if b["group"] >= 1 for r in b["rows"]])
    tables["Sensitivity (reported, not chosen from)"] = pd.DataFrame(sensitivity)
    shipped = write_model(threshold)
    save("second_opinion", tables, {
        "groups (first-sight commits)": len(order), "batches": len(blind),
        "C": C, THRESHOLD_FACT: threshold,
        "shipped model": shipped, "wall s": round(time.perf_counter() - start)})


def train() -> None:
    """The shipped model trained again on today's labelled lines, at the measured threshold."""
    facts = json.loads((RESULTS / "second_opinion.json").read_text())["facts"]
    print(write_model(facts[THRESHOLD_FACT]))


def main() -> None:
    from threadpoolctl import threadpool_limits

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["measure", "train"])
    threadpool_limits(1)
    {"measure": measure, "train": train}[parser.parse_args().step]()


if __name__ == "__main__":
    main()
