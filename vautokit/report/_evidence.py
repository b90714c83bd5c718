"""Failure screenshots in a report: small embedded thumbnails linked to the full images.

Only images are ever shown: a record's evidence may also name traces, which hold cookies.
Only files inside the evidence folder are ever read: a tampered journal could otherwise make
a report embed any image on disk.
"""

from __future__ import annotations

import base64
import io
import logging
import os
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from PIL import Image, UnidentifiedImageError

from .._names import inside
from ..processing import VehicleRecord
from ..processing._evidence import EVIDENCE_DIR

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
THUMBNAIL_SIZE = (240, 150)


def screenshots(record: VehicleRecord) -> list[str]:
    """The record's evidence images (paths as stored), never its traces."""
    return [p for p in record.evidence
            if PurePosixPath(p).suffix.lower() in IMAGE_SUFFIXES]


def evidence_file(root: Path, stored: str) -> Path | None:
    """Where a record's stored evidence path points, when that lies in ``root/evidence``.

    ``root`` is the journal's directory the paths are relative to. A path that resolves
    elsewhere (``../``, absolute, a link leading out) is refused with a warning: the journal
    it came from was edited by hand or tampered with.
    """
    found = inside(Path(root) / EVIDENCE_DIR, Path(root).resolve() / stored)  # absolute:
    # a relative root given twice would be read from inside the evidence folder
    if found is None:
        log.warning("evidence %r is outside the evidence folder %s: not shown",
                    stored[:200], Path(root) / EVIDENCE_DIR)
    return found


def thumbnail_uri(path: Path, quality: int = 50) -> str | None:
    """A small JPEG of the image as a data URI; None when it cannot be read."""
    try:
        with Image.open(path) as image:
            image.thumbnail(THUMBNAIL_SIZE)
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, format="JPEG", quality=quality, optimize=True)
    except (OSError, UnidentifiedImageError) as exc:
        log.debug("no thumbnail of %s: %s", path, exc)
        return None
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def href(path: Path, base: Path) -> str:
    """A link from a file in ``base`` to ``path``, relative so report and run move together."""
    return quote(Path(os.path.relpath(path.resolve(), base.resolve())).as_posix())
