"""The front ends: live progress (ipywidgets dashboard and sweep rows in notebooks, compact
text elsewhere) and the mapping review (an ipywidgets form, or questions in the terminal)."""

from .._lazy import lazy_exports

_EXPORTS = {
    "Dashboard": "._progress",
    "RunView": "._progress",
    "SweepProgress": "._progress",
    "TextProgress": "._progress",
    "attach_progress": "._progress",
    "format_duration": "._progress",
    "in_notebook": "._progress",
    "ReviewForm": "._review",
    "phrases_to_review": "._review",
    "review_in_terminal": "._review",
    "TerminalProgress": "._terminal",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = ["Dashboard", "ReviewForm", "RunView", "SweepProgress", "TerminalProgress",
           "TextProgress", "attach_progress", "format_duration", "in_notebook",
           "phrases_to_review", "review_in_terminal"]
