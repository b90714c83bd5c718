"""Small HTML building blocks: compact tables, folded sections, images kept out of redaction."""

from __future__ import annotations

import base64
import html
import io
import math
import numbers

import pandas as pd
from matplotlib.figure import Figure


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def cell(value: object) -> str:
    """A value as table text: nothing for missing values (never ``None`` or ``nan``)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return str(value)
    if isinstance(value, numbers.Real):
        return "" if math.isnan(value) else f"{value:.3f}"
    return esc(value)


def table(frame: pd.DataFrame) -> str:
    """A DataFrame as a plain HTML table, text left-aligned, numbers right-aligned."""
    head = "".join(f"<th>{esc(c)}</th>" for c in frame.columns)
    rows = []
    for values in frame.itertuples(index=False, name=None):
        cells = "".join(f"<td class=t>{cell(v)}</td>" if isinstance(v, str) else
                        f"<td>{cell(v)}</td>" for v in values)
        rows.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def folded(summary: str, content: str, *, open_: bool = False) -> str:
    """A ``<details>`` section: opens on click without any script."""
    return f"<details{' open' if open_ else ''}><summary>{summary}</summary>{content}</details>"


def png(fig: Figure) -> str:
    """A Figure as base64 PNG (no software tag, so the bytes do not depend on versions)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


class Images:
    """Holds data URIs out of the text while it is redacted, then puts them back.

    Redaction rewrites ``code=...``-like text; base64 must never be mistaken for it.
    """

    def __init__(self) -> None:
        self._uris: list[str] = []

    def img(self, uri: str, alt: str, *, css: str = "") -> str:
        self._uris.append(uri)
        klass = f" class={css}" if css else ""
        return f"<img{klass} alt='{esc(alt)}' src='@@image-{len(self._uris) - 1}@@'>"

    def restore(self, text: str) -> str:
        for n, uri in enumerate(self._uris):
            text = text.replace(f"@@image-{n}@@", uri, 1)
        return text
