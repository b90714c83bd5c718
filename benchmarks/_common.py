"""Helpers shared by the benchmark scripts: results on disk, tables as Markdown."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path

import pandas as pd

RESULTS = Path(__file__).parent / "results"
REPO = Path(__file__).resolve().parent.parent


def save(name: str, tables: dict[str, pd.DataFrame], facts: dict) -> Path:
    """Write ``results/<name>.md`` (for the README) and ``results/<name>.json``."""
    RESULTS.mkdir(exist_ok=True)
    facts = {"python": platform.python_version(), "cores": os.cpu_count(), **facts}
    lines = [f"# {name}", "", *(f"- {k}: {v}" for k, v in facts.items()), ""]
    for title, table in tables.items():
        lines += [f"## {title}", "", table.to_markdown(index=False, floatfmt=".3f"), ""]
    path = RESULTS / f"{name}.md"
    path.write_text("\n".join(lines))
    (RESULTS / f"{name}.json").write_text(json.dumps(
        {"facts": facts, "tables": {k: v.to_dict(orient="records") for k, v in tables.items()}},
        indent=1, default=str))
    print(path.read_text())
    return path
