"""Live progress: ipywidgets dashboard and sweep rows in notebooks, compact text elsewhere."""

from ._progress import (
    Dashboard,
    RunView,
    SweepProgress,
    TextProgress,
    attach_progress,
    format_duration,
    in_notebook,
)
from ._terminal import TerminalProgress

__all__ = ["Dashboard", "RunView", "SweepProgress", "TerminalProgress", "TextProgress",
           "attach_progress", "format_duration", "in_notebook"]
