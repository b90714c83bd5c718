"""A learned second opinion on the rule mapper's ticks: it can only send a tick to review.

The rules decide what a line claims; this model, trained on labelled lines (word and
character n-grams, one logistic regression per label), estimates how likely each label is
right for the line. Where the rules tick a label the model finds unlikely, the line goes to
review instead of being ticked: a wrong tick is a false claim about a car, a review costs a
click. The model never adds a tick, so it can lower recall but never invent a feature.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from vautokit.errors import ConfigError
from vautokit.vehicles._evaluation import LabelledLine
from vautokit.vehicles._mapping import Review, plain_form
from vautokit.vehicles._models import Match

log = logging.getLogger(__name__)

# Labels with fewer right lines than this get no model, hence no opinion (never a veto).
MIN_EXAMPLES = 5


@dataclass(frozen=True)
class SecondOpinion:
    """Per-label probabilities for a line, and the veto that turns an unlikely tick into a
    review. ``threshold`` is the probability below which a ticked label is doubted."""

    features: FeatureUnion
    models: dict[str, LogisticRegression]
    threshold: float = 0.05

    @classmethod
    def train(cls, lines: Iterable[LabelledLine], *, threshold: float = 0.05) -> SecondOpinion:
        """Fit on labelled lines. A label is right for a line when it is required or
        acceptable there: the veto asks "would ticking this be wrong?", and an acceptable
        label ticked is not wrong."""
        lines = list(lines)
        if not lines:
            raise ConfigError("second opinion", "training lines", "at least one labelled line")
        features = _features()
        matrix = features.fit_transform([plain_form(line.text) for line in lines])
        models = {}
        for label in sorted({lb for line in lines for lb in line.required | line.acceptable}):
            target = np.array([label in line.required | line.acceptable for line in lines])
            if MIN_EXAMPLES <= target.sum() < len(lines):
                models[label] = LogisticRegression(C=4.0).fit(matrix, target)
        log.info("second opinion: %d lines, %d labels with a model", len(lines), len(models))
        return cls(features, models, threshold)

    def probabilities(self, texts: list[str],
                      labels: Iterable[str] | None = None) -> list[dict[str, float]]:
        """For each text, the probability that each modelled label (of ``labels``, or all)
        is right for it."""
        matrix = self.features.transform([plain_form(text) for text in texts])
        wanted = self.models if labels is None else [lb for lb in labels if lb in self.models]
        columns = {label: self.models[label].predict_proba(matrix)[:, 1] for label in wanted}
        return [{label: float(p[i]) for label, p in columns.items()} for i in range(len(texts))]

    def doubted(self, text: str, labels: Iterable[str]) -> dict[str, float]:
        """The ticked labels the model finds unlikely (below ``threshold``), with their
        probability; a label without a model is never doubted."""
        labels = [label for label in labels if label in self.models]
        if not labels:
            return {}
        chances = self.probabilities([text], labels)[0]
        return {label: chances[label] for label in labels if chances[label] < self.threshold}

    def check(self, result: Match) -> Match | Review:
        """``result`` as it stands, or a review of the same labels when the model doubts any
        of them (the reason names each doubted label and its probability)."""
        doubted = self.doubted(result.line, result.labels)
        if not doubted:
            return result
        why = ", ".join(f"{label} {p:.2f}" for label, p in sorted(doubted.items()))
        return Review(result.line, result.labels, "second opinion", 100 * min(doubted.values()),
                      reason=f"second opinion doubts: {why}")


def _features() -> FeatureUnion:
    """Words and word pairs carry the cues ("delete", "non", "less", "w/o"); character
    n-grams within words carry shorthand ("htd", "pwr") and spelling variants."""
    return FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), token_pattern=r"[a-z0-9/]+",
                                  sublinear_tf=True, min_df=2)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5),
                                  sublinear_tf=True, min_df=2)),
    ])
