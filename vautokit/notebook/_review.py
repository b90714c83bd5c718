"""The mapping review's front ends over the run journal: the terminal (``vautokit mapping
review``) and an ipywidgets form (``notebooks/04_review_mapping.ipynb``).

They read the phrases runs could not settle from the journal and write each decision to the
user's synonyms file through :mod:`vautokit.vehicles`, which the next run's mapping merges.
"""

from __future__ import annotations

import html
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

    Each dropdown offers skip, then the mapping's suggestions ("no option" first when it has
    no evidence for a label), then every other label; each row says why the line is under
    review. The same choices can be made in code (:meth:`choose`), which is how tests and
    notebooks drive it, and the widget follows them: a phrase decided in code or already
    decided in the synonyms file shows that decision, and the count of phrases to review
    counts only the undecided ones.
    """

    def __init__(self, items: list[PhraseToReview], file: SynonymsFile,
                 labels: list[str]) -> None:
        self.items = items
        self.file = file
        self.labels = labels
        self.choices: dict[str, str] = {item.phrase: self._saved_choice(item.phrase)
                                        for item in items}
        self.saved: dict[str, str] = {p: c for p, c in self.choices.items() if c != SKIP}
        self._widget: Any = None
        self._dropdowns: dict[str, Any] = {}
        self._status: Any = None

    @classmethod
    def from_journal(cls, journal_path: str | Path | None = None,
                     synonyms_path: str | Path | None = None) -> ReviewForm:
        """The phrases of every run in the journal, decisions going to the synonyms file."""
        file = SynonymsFile.open(synonyms_path)
        mapper = file.mapping()
        return cls(phrases_to_review(journal_path, mapper), file, mapper.labels)

    def _saved_choice(self, phrase: str) -> str:
        """The decision the synonyms file already holds for ``phrase``, else skip."""
        return self.file.decided(phrase) or SKIP

    @staticmethod
    def suggested(item: PhraseToReview) -> str:
        """The first suggestion, or "no option" when the mapping has evidence for none."""
        return item.suggestions[0] if item.suggestions else NO_OPTION

    def options(self, item: PhraseToReview) -> list[str]:
        first = list(item.suggestions) or [NO_OPTION]
        offered = [*first, NO_OPTION, *self.labels]
        return [SKIP, *dict.fromkeys(offered)]

    def choose(self, phrase: str, choice: str) -> None:
        if phrase not in self.choices:
            raise ConfigError("phrase", phrase, "one of the phrases under review")
        item = next(i for i in self.items if i.phrase == phrase)
        if choice not in self.options(item):
            raise ConfigError("choice", choice, "a label, (no option) or (skip)")
        self.choices[phrase] = choice
        dropdown = self._dropdowns.get(phrase)
        if dropdown is not None and dropdown.value != choice:
            dropdown.value = choice
        self._show_status()

    def save(self) -> int:
        """Write every decision made so far; returns how many were recorded."""
        decided = {p: c for p, c in self.choices.items() if c != SKIP}
        doubted = {item.phrase: item.doubted for item in self.items}
        saved = sum(decide(self.file, phrase, choice, doubted=doubted[phrase])
                    for phrase, choice in decided.items())
        if saved:
            self.file.save()
        self.saved.update(decided)
        self._show_status(f"{saved} decision(s) saved to {self.file.path}")
        return saved

    @property
    def undecided(self) -> int:
        """Phrases with no decision made or saved yet."""
        return sum(1 for choice in self.choices.values() if choice == SKIP)

    def status(self) -> str:
        """The form's footer line: what is left to review and what is saved."""
        saved = f" · {len(self.saved)} decided and saved" if self.saved else ""
        unsaved = sum(1 for p, c in self.choices.items() if c != SKIP and self.saved.get(p) != c)
        pending = f" · {unsaved} chosen, not saved yet" if unsaved else ""
        return f"{self.undecided} phrase(s) to review{saved}{pending}"

    def _show_status(self, news: str = "") -> None:
        if self._status is not None:
            self._status.value = html.escape(" · ".join(filter(None, (self.status(), news))))

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
        rows = [self._row(w, item) for item in self.items]
        self._status = w.HTML()
        self._status.add_class("vautokit-review-status")
        self._show_status()
        button = w.Button(description="Save", button_style="primary")
        button.on_click(lambda _: self.save())
        box = w.VBox([*rows, w.HBox([button, self._status])])
        box.add_class("vautokit-review")
        return box

    def _row(self, w: Any, item: PhraseToReview) -> Any:
        """Phrase and why it is here, the dropdown (showing any decision), an accept button."""
        first = self.suggested(item)
        dropdown = w.Dropdown(options=self.options(item), value=self.choices[item.phrase],
                              description=f"{item.seen}x", layout=w.Layout(width="320px"))
        dropdown.add_class("vautokit-review-choice")
        dropdown.observe(lambda change, p=item.phrase: self.choose(p, change["new"]),
                         names="value")
        self._dropdowns[item.phrase] = dropdown
        accept = w.Button(description=f"accept {first}"[:40])
        accept.on_click(lambda _, d=dropdown, f=first: setattr(d, "value", f))
        reason = item.reason
        if item.ticked:
            reason = (f"ticked either way: {', '.join(item.ticked)}; (no option) turns down "
                      f"only {', '.join(item.doubted)}. {reason}")
        phrase = w.HTML(f"{html.escape(item.phrase)}<br><span style=\"color:#78909c;"
                        f"font-size:85%\">{html.escape(reason)}</span>",
                        layout=w.Layout(width="360px"))
        phrase.add_class("vautokit-review-phrase")
        row = w.HBox([phrase, dropdown, accept])
        row.add_class("vautokit-review-row")
        return row
