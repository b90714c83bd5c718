"""What an import loads: ``import vautokit`` (and the CLI, and the run path) must not pull in
charting, reporting, numerics or the sandbox's server, which cost seconds of CPU at every
start-up. Asserted on the set of modules a fresh interpreter holds, never on time; and every
public name still resolves although it is imported on first use."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys

import pytest

import vautokit

NUMERICS = {"matplotlib", "scipy", "pandas"}
REPORTING_AND_SERVING = {"matplotlib", "scipy", "fpdf", "aiohttp", "vautokit.charts._charts",
                         "vautokit.report._report", "vautokit.sandbox._server"}


def loaded_by(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after ``statement``."""
    shown = subprocess.run(
        [sys.executable, "-c", f"{statement}; import sys; print(sorted(m for m in sys.modules))"],
        capture_output=True, text=True, check=True).stdout
    return set(ast.literal_eval(shown))


def packages() -> list[str]:
    return ["vautokit", *(f"vautokit.{info.name}" for info in pkgutil.iter_modules(
        vautokit.__path__) if info.ispkg)]


def test_import_vautokit_loads_no_charting_numerics_or_sandbox_server():
    loaded = loaded_by("import vautokit")
    assert "vautokit" in loaded
    assert {m.split(".")[0] for m in loaded} & NUMERICS == set()
    assert loaded & REPORTING_AND_SERVING == set()


@pytest.mark.parametrize("statement", [
    "from vautokit import Automation",  # the engine a run needs, and nothing it does not
    "from vautokit import run_job",
    "import vautokit.cli",  # what `vautokit --help` loads
    "from vautokit.notebook import attach_progress",  # what every process() attaches
])
def test_the_run_path_loads_no_charts_reports_or_sandbox_server(statement):
    loaded = loaded_by(statement)
    assert loaded & REPORTING_AND_SERVING == set()
    assert "pandas" not in loaded  # a run's result builds its tables only when asked


def test_asking_for_a_report_still_loads_what_it_needs():
    loaded = loaded_by("from vautokit.report import Report")
    assert {"matplotlib", "pandas", "vautokit.report._report"} <= loaded


@pytest.mark.parametrize("package", packages())
def test_every_exported_name_resolves(package):
    module = importlib.import_module(package)
    assert module.__all__
    for name in module.__all__:
        assert getattr(module, name) is not None, f"{package}.{name}"
    assert set(module.__all__) <= set(dir(module))


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        vautokit.Nothing  # noqa: B018
    with pytest.raises(ImportError):
        from vautokit.processing import Nothing  # noqa: F401


def test_a_lazy_name_is_the_object_its_module_defines():
    from vautokit import model, processing
    from vautokit.processing import _evidence, _journal

    assert processing.DEFAULT_JOURNAL is _journal.DEFAULT_PATH
    assert processing.prune_evidence is _evidence.prune
    assert vautokit.Outcome is model.Outcome is processing.Outcome


@pytest.mark.parametrize("package", packages())
def test_what_a_package_exports_and_what_it_imports_on_first_use_agree(package):
    """``__all__`` and the table ``__getattr__`` reads name the same things: a name in one
    and not the other would be unlisted but importable, or listed and missing."""
    module = importlib.import_module(package)
    assert set(module.__all__) - {"__version__"} == set(module._EXPORTS)
