"""Notebook 01 in a real JupyterLab in Chromium: what the page shows of the live dashboard.

The harness (server offline on 127.0.0.1, notebook copy, observation loop) is the one
scripts/dashboard_screenshots.py uses for the README's pictures.
"""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "dashboard_screenshots.py"
TIME_SCALE = 0.04  # realistic latencies compressed: a run of a few seconds, visibly moving


def _harness():
    spec = importlib.util.spec_from_file_location("dashboard_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
async def observed(tmp_path_factory):
    harness = _harness()
    return await harness.observe(tmp_path_factory.mktemp("jupyterlab"), time_scale=TIME_SCALE)


def _finished(row: str) -> int:
    return int(re.search(r"(\d+) finished", row).group(1))


async def test_every_cell_runs_without_a_traceback_or_widget_error(observed):
    assert observed.prompts and all(p.strip("[]:").isdigit() for p in observed.prompts), \
        observed.prompts
    assert observed.errors == []


async def test_dashboard_rows_appear_change_and_end_done_with_the_right_counts(observed):
    vehicles = int(re.search(r"(\d+) recent vehicles", observed.outputs).group(1))
    snapshots = observed.snapshots
    assert any(len(s.rows) == 3 for s in snapshots), "no row per worker"
    running = [s for s in snapshots if not s.overall.startswith(("done", "starting"))]
    assert len({tuple(s.rows) for s in running}) >= 3, "the rows did not change during the run"
    assert all("ETA unknown" in s.overall for s in running if s.overall.startswith("0/"))
    assert any("stock " in row for s in running for row in s.rows)
    end = snapshots[-1]
    assert end.overall.startswith(f"done: {vehicles}/{vehicles} vehicles in ")
    assert end.states == ["done"] * 3
    assert sum(_finished(row) for row in end.rows) == vehicles
