"""Does the learned second opinion earn its place? Leave-one-batch-out over the blind batches.

    python benchmarks/lobo_second_opinion.py --old /tmp/old   # a tree of the rules to compare

Needs scikit-learn, which is not a dependency of vautokit (`pip install scikit-learn`): the
experiment found no place for the model in the package (results/lobo_second_opinion.md).

For each blind batch B, a model is trained on everything but B (corpus, the authors' fresh
sets and the other blind batches) and vetoes the rules' ticks on B; B is scored with the rules
alone and with the veto. The veto's threshold for B is chosen by an inner leave-groups-out
over the other batches (never on B): models trained without B and without one group predict
that group, and the threshold that removes the most wrong ticks net of right ticks lost wins.

Two vetoes: ``line`` (a doubted tick sends the whole line to review, as
:meth:`SecondOpinion.check` does) and ``label`` (only the doubted label is dropped).

The HEAD rules were tuned on all the blind batches, so their score on B is optimistic; what
counts is the veto's marginal effect. ``--old`` scores, with the same model predictions, the
rules of a tree from before that tuning (e.g. ``git archive 38fdba2``), run in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
from _common import save
from score_mapping import written_negations
from second_opinion_model import SecondOpinion
from threadpoolctl import threadpool_limits

from vautokit.vehicles import CheckboxMappingService, LabelledLine, Match, load_corpus

DATA = Path(__file__).parents[1] / "tests" / "data" / "mapping"
BLIND = sorted(DATA.glob("fresh_blind_*.txt"))
REST = sorted(set(DATA.glob("*.txt")) - set(BLIND))
THRESHOLDS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5)
INNER_GROUPS = 4
MODES = ("line", "label")

_TICKS = """
import json, sys
from vautokit.vehicles import CheckboxMappingService
mapper = CheckboxMappingService.built_in()
ticks = {}
for text in json.load(sys.stdin):
    result = mapper.map_line(text)
    ticks[text] = list(result.labels) if type(result).__name__ == "Match" else []
json.dump(ticks, sys.stdout)
"""

Ticks = dict[str, frozenset[str]]
Chances = dict[str, dict[str, float]]


def head_ticks(texts: list[str]) -> Ticks:
    mapper = CheckboxMappingService.built_in()
    ticks = {}
    for text in texts:
        result = mapper.map_line(text)
        ticks[text] = frozenset(result.labels) if isinstance(result, Match) else frozenset()
    return ticks


def tree_ticks(tree: Path, texts: list[str]) -> Ticks:
    """The ticks of the rules in ``tree``, mapped in a subprocess that imports only it."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", _TICKS], input=json.dumps(texts), text=True,
                         capture_output=True, env=env, cwd=tree, check=True).stdout
    return {text: frozenset(labels) for text, labels in json.loads(out).items()}


def vetoed(ticks: frozenset[str], chances: dict[str, float], threshold: float,
           mode: str) -> frozenset[str]:
    """What stays ticked once labels with a model and a probability under ``threshold``
    are doubted; ``line`` drops the whole line's ticks, ``label`` only the doubted ones."""
    doubted = {lb for lb in ticks if lb in chances and chances[lb] < threshold}
    if not doubted:
        return ticks
    return frozenset() if mode == "line" else ticks - doubted


def count(lines: list[LabelledLine], ticks: Ticks, negations: set[str]) -> dict[str, int]:
    """tp, fp, fn as :func:`score_mapping` counts them, and wrong ticks on written negations."""
    tp = fp = fn = neg = 0
    for line in lines:
        ticked = ticks[line.text]
        wrong = len(ticked - line.required - line.acceptable)
        tp += len(ticked & line.required)
        fp += wrong
        fn += len(line.required - ticked)
        neg += wrong if line.text in negations else 0
    return {"tp": tp, "fp": fp, "fn": fn, "negated": neg}


def applied(lines: list[LabelledLine], rules: Ticks, chances: Chances, threshold: float,
            mode: str) -> Ticks:
    return {ln.text: vetoed(rules[ln.text], chances[ln.text], threshold, mode) for ln in lines}


def net_gain(lines: list[LabelledLine], rules: Ticks, chances: Chances, threshold: float,
             mode: str) -> int:
    """Wrong ticks removed minus right (required) ticks lost."""
    before = count(lines, rules, set())
    after = count(lines, applied(lines, rules, chances, threshold, mode), set())
    return (before["fp"] - after["fp"]) - (after["fn"] - before["fn"])


def predict(train: list[LabelledLine], test: list[LabelledLine]) -> Chances:
    model = SecondOpinion.train(train)
    texts = [line.text for line in test]
    return dict(zip(texts, model.probabilities(texts), strict=True))


def lobo(batches: dict[str, list[LabelledLine]], rest: list[LabelledLine],
         rule_sets: dict[str, Ticks]) -> tuple[Chances, dict[tuple[str, str, str], float]]:
    """Outer predictions for every blind line, and per (batch, rules, mode) the threshold
    chosen on the inner predictions (models trained without the batch and an inner group)."""
    outer: Chances = {}
    chosen = {}
    names = list(batches)
    for name in names:
        started = time.perf_counter()
        others = [n for n in names if n != name]
        outer |= predict(rest + [ln for n in others for ln in batches[n]], batches[name])
        inner: Chances = {}
        for g in range(INNER_GROUPS):
            group = others[g::INNER_GROUPS]
            train = rest + [ln for n in others if n not in group for ln in batches[n]]
            inner |= predict(train, [ln for n in group for ln in batches[n]])
        held = [ln for n in others for ln in batches[n]]
        for rules_name, rules in rule_sets.items():
            for mode in MODES:
                gains = [(net_gain(held, rules, inner, t, mode), -t) for t in THRESHOLDS]
                chosen[(name, rules_name, mode)] = -max(gains)[1]
        print(f"{name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    return outer, chosen


def table(batches: dict[str, list[LabelledLine]], rules: Ticks, chances: Chances,
          thresholds: dict[str, float], mode: str, negations: dict[str, set[str]]) -> pd.DataFrame:
    rows = []
    pooled = {"alone": [0, 0, 0, 0], "veto": [0, 0, 0, 0]}
    for name, lines in batches.items():
        alone = count(lines, rules, negations[name])
        veto = count(lines, applied(lines, rules, chances, thresholds[name], mode), negations[name])
        for key, c in (("alone", alone), ("veto", veto)):
            pooled[key] = [a + b for a, b in zip(pooled[key], c.values(), strict=True)]
        rows.append(_row(name, thresholds[name], alone, veto))
    keys = ("tp", "fp", "fn", "negated")
    rows.append(_row("pooled", float("nan"), dict(zip(keys, pooled["alone"], strict=True)),
                     dict(zip(keys, pooled["veto"], strict=True))))
    return pd.DataFrame(rows)


def _row(name: str, threshold: float, alone: dict[str, int], veto: dict[str, int]) -> dict:
    def precision(c: dict[str, int]) -> float:
        return c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0

    def recall(c: dict[str, int]) -> float:
        return c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0

    return {"batch": name.removeprefix("fresh_blind_"), "threshold": threshold,
            "P alone": precision(alone), "P veto": precision(veto),
            "R alone": recall(alone), "R veto": recall(veto),
            "wrong removed": alone["fp"] - veto["fp"], "right lost": alone["tp"] - veto["tp"],
            "neg. wrong alone": alone["negated"], "neg. wrong veto": veto["negated"]}


def curve(batches: dict[str, list[LabelledLine]], rules: Ticks, chances: Chances) -> pd.DataFrame:
    """Every fixed threshold's pooled effect on the outer predictions: for reading only,
    since choosing a threshold from it would choose on the test batches."""
    lines = [ln for group in batches.values() for ln in group]
    base = count(lines, rules, set())
    rows = []
    for mode in MODES:
        for threshold in THRESHOLDS[1:]:
            c = count(lines, applied(lines, rules, chances, threshold, mode), set())
            rows.append({"mode": mode, "threshold": threshold,
                         "P": c["tp"] / (c["tp"] + c["fp"]), "R": c["tp"] / (c["tp"] + c["fn"]),
                         "wrong removed": base["fp"] - c["fp"],
                         "right lost": base["tp"] - c["tp"]})
    return pd.DataFrame(rows)


def costs(everything: list[LabelledLine], rules: Ticks) -> dict:
    """Training time, pickled size, memory and time per line of the model on all lines."""
    rss = _rss_kib()
    wall, cpu = time.perf_counter(), time.process_time()
    model = SecondOpinion.train(everything)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    grown = _rss_kib() - rss
    ticked = [text for text, labels in rules.items() if labels][:1000]
    started = time.perf_counter()
    for text in ticked:
        model.doubted(text, rules[text])
    per_line = (time.perf_counter() - started) / len(ticked)
    mapper = CheckboxMappingService.built_in()
    started = time.perf_counter()
    for text in ticked:
        mapper.map_line(text)
    rules_per_line = (time.perf_counter() - started) / len(ticked)
    return {"training lines": len(everything), "labels with a model": len(model.models),
            "features": model.features.transform(["x"]).shape[1],
            "training wall s": round(wall, 1), "training cpu s": round(cpu, 1),
            "pickled model MiB": round(len(pickle.dumps(model)) / 2**20, 1),
            "RSS growth while training MiB": round(grown / 1024, 1),
            "veto ms per ticked line": round(1000 * per_line, 2),
            "rules ms per line (same lines)": round(1000 * rules_per_line, 2)}


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main(args: argparse.Namespace) -> None:
    batches = {path.stem: load_corpus([path]) for path in BLIND}
    negations = {path.stem: written_negations(path) for path in BLIND}
    rest = load_corpus(REST)
    texts = sorted({ln.text for lines in batches.values() for ln in lines})
    rule_sets = {"HEAD": head_ticks(texts)}
    if args.old:
        rule_sets[args.old_name] = tree_ticks(Path(args.old).resolve(), texts)
    with threadpool_limits(1):
        chances, chosen = lobo(batches, rest, rule_sets)
        facts = costs(rest + [ln for lines in batches.values() for ln in lines],
                      rule_sets["HEAD"])
    tables = {}
    for rules_name, rules in rule_sets.items():
        for mode in MODES:
            thresholds = {name: chosen[(name, rules_name, mode)] for name in batches}
            tables[f"Rules of {rules_name}, {mode} veto"] = table(
                batches, rules, chances, thresholds, mode, negations)
        tables[f"Rules of {rules_name}: each fixed threshold, pooled (reading only)"] = curve(
            batches, rules, chances)
    save("lobo_second_opinion", tables, facts)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", help="a tree whose rules are scored with the same vetoes")
    parser.add_argument("--old-name", default="38fdba2", help="its name in the tables")
    main(parser.parse_args())
