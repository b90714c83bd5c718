"""Names that become parts of paths (run ids), and the check that a path stays in its folder.

A run id names a folder (``evidence/<run_id>/``) and a journal row. It is a name, never a
path: ``../x``, ``/tmp`` or ``a/b`` would put screenshots, and the 0700 mode set on their
folder, anywhere on disk. :func:`check_run_id` refuses such ids wherever one enters;
:func:`inside` is the second line of defence for whoever writes or reads under a folder.
"""

from __future__ import annotations

import re
from pathlib import Path

from .errors import ConfigError

MAX_RUN_ID = 64
RUN_ID_FORM = (f"a name of 1 to {MAX_RUN_ID} letters, digits, '-', '_' or '.', starting with a "
               "letter or digit (e.g. 20260102-0930-abc123 or nightly_1), not a path")
_RUN_ID = re.compile(rf"[A-Za-z0-9][A-Za-z0-9._-]{{0,{MAX_RUN_ID - 1}}}")


def check_run_id(run_id: object, *, option: str = "run_id") -> str:
    """``run_id`` when it is a plain name; otherwise a ConfigError naming the allowed form.

    ``fullmatch`` on ASCII classes refuses separators, NUL, other control characters, a
    leading dot (``..``, hidden folders) and ids too long for a file name.
    """
    if not isinstance(run_id, str) or _RUN_ID.fullmatch(run_id) is None:
        shown = run_id if not isinstance(run_id, str) or len(run_id) <= 80 \
            else run_id[:77] + "..."
        raise ConfigError(option, shown, RUN_ID_FORM)
    return run_id


def inside(folder: str | Path, path: str | Path) -> Path | None:
    """``path`` resolved (symlinks followed) when it lies within ``folder``; else None.

    A relative ``path`` is taken from ``folder``. Resolving first means ``..`` parts and
    links that lead out are judged by where they end, not by how they are spelled.
    """
    root = Path(folder).resolve()
    try:
        resolved = (root / path).resolve()
    except (OSError, ValueError, RuntimeError):  # NUL in the path, a symlink loop
        return None
    return resolved if resolved.is_relative_to(root) else None
