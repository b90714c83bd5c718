"""Live progress: ipywidgets dashboard in notebooks, compact text elsewhere."""

from ._progress import Dashboard, TextProgress, attach_progress, in_notebook

__all__ = ["Dashboard", "TextProgress", "attach_progress", "in_notebook"]
