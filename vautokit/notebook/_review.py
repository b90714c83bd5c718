"""The mapping review's front ends over the run journal: the terminal (``vautokit mapping
review``) and an ipywidgets form (``notebooks/04_review_mapping.ipynb``).

They read the phrases runs could not settle from the journal and write each decision to the
user's synonyms file through :mod:`vautokit.vehicles`, which the next run's mapping merges.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..processing import DEFAULT_JOURNAL, RunJournal, RunResult
from ..vehicles import (
    NO_OPTION,
    SKIP,
    CheckboxMappingService,
    PhraseToReview,
    SynonymsFile,
    collect_phrases,
    decide,
    review_phrases,
)


def phrases_to_review(journal_path: str | Path | None = None,
                      mapper: CheckboxMappingService | None = None) -> list[PhraseToReview]:
    """:func:`~vautokit.vehicles.collect_phrases` over every run of the journal (default
    ``.vautokit/journal.sqlite``), which is only read."""
    journal = RunJournal(journal_path or DEFAULT_JOURNAL, writable=False)
    try:
        records = [r for run in journal.runs() for r in RunResult.load(run[0], journal).records]
    finally:
        journal.close()
    return collect_phrases(records, mapper or CheckboxMappingService())


def review_in_terminal(journal_path: str | Path | None = None,
                       synonyms_path: str | Path | None = None, *,
                       input: Callable[[str], str] = input,
                       output: Callable[[str], None] = print) -> int:
    """Ask about each phrase the journal's runs could not settle; write the answers to the
    user's synonyms file (default :func:`user_synonyms_path`). Returns how many were saved."""
    file = SynonymsFile.open(synonyms_path)
    mapper = file.mapping()
    items = phrases_to_review(journal_path, mapper)
    return review_phrases(items, file, mapper.labels, input=input, output=output)


class ReviewForm:
    """The review as ipywidgets: one dropdown per phrase, one Save button.

    Each dropdown offers skip, no option, the suggestions, then every other label. The same
    choices can be made in code (:meth:`choose`), which is how tests and notebooks drive it.
    """

    def __init__(self, items: list[PhraseToReview], file: SynonymsFile,
                 labels: list[str]) -> None:
        self.items = items
        self.file = file
        self.labels = labels
        self.choices: dict[str, str] = {item.phrase: SKIP for item in items}
        self._widget: Any = None

    @classmethod
    def from_journal(cls, journal_path: str | Path | None = None,
                     synonyms_path: str | Path | None = None) -> ReviewForm:
        """The phrases of every run in the journal, decisions going to the synonyms file."""
        file = SynonymsFile.open(synonyms_path)
        mapper = file.mapping()
        return cls(phrases_to_review(journal_path, mapper), file, mapper.labels)

    def options(self, item: PhraseToReview) -> list[str]:
        rest = [lb for lb in self.labels if lb not in item.suggestions]
        return [SKIP, NO_OPTION, *item.suggestions, *rest]

    def choose(self, phrase: str, choice: str) -> None:
        if phrase not in self.choices:
            raise ConfigError("phrase", phrase, "one of the phrases under review")
        item = next(i for i in self.items if i.phrase == phrase)
        if choice not in self.options(item):
            raise ConfigError("choice", choice, "a label, (no option) or (skip)")
        self.choices[phrase] = choice

    def save(self) -> int:
        """Write every decision made so far; returns how many were recorded."""
        saved = sum(decide(self.file, phrase, choice) for phrase, choice in self.choices.items())
        if saved:
            self.file.save()
        return saved

    @property
    def widget(self) -> Any:
        if self._widget is None:
            self._widget = self._build()
        return self._widget

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    def _build(self) -> Any:
        try:
            import ipywidgets as w
        except ImportError as exc:  # pragma: no cover - ipywidgets is a dependency
            raise ImportError("the review form needs ipywidgets: pip install ipywidgets") from exc
        rows = []
        for item in self.items:
            first = item.suggestions[0] if item.suggestions else SKIP
            dropdown = w.Dropdown(options=self.options(item), value=SKIP,
                                  description=f"{item.seen}x", layout=w.Layout(width="320px"))
            dropdown.observe(lambda change, p=item.phrase: self.choose(p, change["new"]),
                             names="value")
            accept = w.Button(description=f"accept {first}"[:40], disabled=first == SKIP)
            accept.on_click(lambda _, d=dropdown, f=first: setattr(d, "value", f))
            rows.append(w.HBox([w.Label(item.phrase, layout=w.Layout(width="360px")),
                                dropdown, accept]))
        status = w.Label(f"{len(self.items)} phrase(s) to review")
        button = w.Button(description="Save", button_style="primary")
        button.on_click(lambda _: setattr(status, "value",
                                          f"{self.save()} decision(s) saved to {self.file.path}"))
        return w.VBox([*rows, w.HBox([button, status])])
