"""The front ends: live progress (ipywidgets dashboard and sweep rows in notebooks, compact
text elsewhere) and the mapping review (an ipywidgets form, or questions in the terminal)."""

from ._progress import (
    Dashboard,
    RunView,
    SweepProgress,
    TextProgress,
    attach_progress,
    format_duration,
    in_notebook,
)
from ._review import ReviewForm, phrases_to_review, review_in_terminal
from ._terminal import TerminalProgress

__all__ = ["Dashboard", "ReviewForm", "RunView", "SweepProgress", "TerminalProgress",
           "TextProgress", "attach_progress", "format_duration", "in_notebook",
           "phrases_to_review", "review_in_terminal"]
