"""Public names of a package, imported from their modules on first use (PEP 562).

Why: ``import vautokit`` used to load every layer, and with them matplotlib, scipy, pandas,
the sandbox's HTTP server and PDF maker (about 2 s of CPU), even for a run that never charts,
reports or serves the sandbox. A package's ``__init__`` now names where each public name
lives; the module is imported when the name is first looked up (``from vautokit import X``,
``vautokit.X``), then the value is kept in the package like an eager import's.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]
                 ) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``.

    ``exports`` maps each public name to ``"module"`` or ``"module:attribute"`` (when the
    public name differs from the module's), the module relative to ``package``.
    """

    def __getattr__(name: str) -> Any:
        where = exports.get(name)
        if where is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = where.partition(":")
        value = getattr(importlib.import_module(module, package), attribute or name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *exports})

    return __getattr__, __dir__
