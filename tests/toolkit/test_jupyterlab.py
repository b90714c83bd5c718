"""Every notebook under Run All in a real JupyterLab in Chromium: what the page shows.

One JupyterLab server and one Chromium serve all four notebooks in turn (each kernel ends
before the next notebook starts). The harness (server offline on 127.0.0.1, notebook
copies, observation loop) is the one scripts/dashboard_screenshots.py uses for the README's
pictures. Checked: no traceback or widget error; each dashboard shows its own run only
(fresh at its start, its own counts at its end; the cancelled run of notebook 01 stopped
half-way, as its printed line says); displayed tables hold no float counts or raw reprs;
the review form after Run All shows what its synonyms file holds.
"""

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest

from vautokit.vehicles import normalize

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "dashboard_screenshots.py"
NOTEBOOKS = ROOT / "notebooks"
TIME_SCALE = 0.04  # realistic latencies compressed: a run of a few seconds, visibly moving
RAW_REPRS = ("dtype:", "NaN", ".000000", "<NA>", "None")
FLOAT_COUNT = re.compile(r"-?\d+\.0")
"""A table cell that is a whole number shown with one ".0": a count printed as a float
(a fit's parameter of exactly 0 reads "0.0000", a rounded figure carries its unit)."""


def _harness():
    spec = importlib.util.spec_from_file_location("dashboard_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def review_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("review")


@pytest.fixture(scope="module")
async def observed(tmp_path_factory, review_dir):
    harness = _harness()
    runs = {NOTEBOOKS / "01_quickstart.ipynb": {"time_scale": TIME_SCALE},
            NOTEBOOKS / "02_tune_concurrency.ipynb": {},
            NOTEBOOKS / "03_share_report.ipynb": {},
            NOTEBOOKS / "04_review_mapping.ipynb": {"work_dir": str(review_dir)}}
    return await harness.observe_all(tmp_path_factory.mktemp("jupyterlab"), runs)


def _finished(row: str) -> int:
    return int(re.search(r"(\d+) finished", row).group(1))


def _counts(overall: str) -> tuple[int, int]:
    done, total = re.search(r"(\d+)/(\d+) vehicles", overall).groups()
    return int(done), int(total)


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_tune_concurrency.ipynb",
                                  "03_share_report.ipynb", "04_review_mapping.ipynb"])
async def test_every_cell_runs_without_a_traceback_or_widget_error(observed, name):
    book = observed[name]
    assert book.prompts and all(p.strip("[]:").isdigit() for p in book.prompts), \
        f"{book.prompts}\n{book.diagnosis}"
    assert book.errors == []


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_tune_concurrency.ipynb",
                                  "03_share_report.ipynb", "04_review_mapping.ipynb"])
async def test_displayed_tables_show_no_float_counts_or_raw_reprs(observed, name):
    book = observed[name]
    for table in book.tables:
        assert not [raw for raw in RAW_REPRS if raw in table], table
        cells = [cell.strip() for cell in re.split(r"[\t\n]", table)]
        assert not [cell for cell in cells if FLOAT_COUNT.fullmatch(cell)], table
    assert "dtype:" not in book.outputs and "NaN" not in book.outputs


async def test_dashboard_rows_appear_change_and_end_done_with_the_right_counts(observed):
    book = observed["01_quickstart.ipynb"]
    vehicles = int(re.search(r"(\d+) recent vehicles", book.outputs).group(1))
    snapshots = book.snapshots
    assert any(len(s.rows) == 3 for s in snapshots), "no row per worker"
    running = [s for s in snapshots if not s.overall.startswith(("done", "starting"))]
    assert len({tuple(s.rows) for s in running}) >= 3, "the rows did not change during the run"
    assert all("ETA unknown" in s.overall for s in running if s.overall.startswith("0/"))
    assert any("stock " in row for s in running for row in s.rows)
    end = snapshots[-1]
    assert end.overall.startswith(f"done: {vehicles}/{vehicles} vehicles in ")
    assert end.states == ["done"] * 3
    assert sum(_finished(row) for row in end.rows) == vehicles


async def test_the_final_rate_is_the_summarys_figure(observed):
    book = observed["01_quickstart.ipynb"]
    rate = re.search(r"([\d.]+)/min over the run", book.snapshots[-1].overall).group(1)
    assert any(f"{rate}/min" in table for table in book.tables), book.tables  # the summary


async def test_every_dashboard_shows_its_own_run_only(observed):
    for name in ("01_quickstart.ipynb", "03_share_report.ipynb"):
        for board in observed[name].boards:
            first, last = board[0].overall, board[-1].overall
            assert first.startswith(("starting", "0/")), (name, first)
            assert not last.startswith("starting"), (name, last)
            if last.startswith("done"):
                done, total = _counts(last)
                assert done == total and all(_counts(s.overall)[1] == total
                                             for s in board if "vehicles" in s.overall)


async def test_the_cancelled_run_shows_what_it_did_and_says_so(observed):
    book = observed["01_quickstart.ipynb"]
    assert len(book.boards) == 2, "one dashboard per run"
    background = book.boards[1]
    assert not any(s.overall.startswith("done") for s in background)
    end = background[-1].overall
    assert end.startswith("stopped (interrupted): ")
    done, total = _counts(end)
    assert 3 <= done < total
    said = re.search(r"run interrupted: (\d+) of (\d+) vehicles finished", book.outputs)
    assert said and (int(said.group(1)), int(said.group(2))) == (done, total)


async def test_the_report_opens_from_a_link_to_a_visible_folder(observed):
    report = observed["03_share_report.ipynb"]
    assert re.search(r"reports/shared-report\.html", report.outputs)


async def test_the_review_form_after_run_all_shows_the_saved_decisions(observed, review_dir):
    book = observed["04_review_mapping.ipynb"]
    saved = tomllib.loads((review_dir / "synonyms.toml").read_text())
    on_file = {p: "(no option)" for p in saved.get("never", [])}
    on_file |= {p: label for label, phrases in saved.get("labels", {}).items() for p in phrases}
    assert book.review and on_file
    shown = {normalize(row["phrase"]): row["choice"].replace("\xa0", " ")  # HTML spaces
             for row in book.review}
    assert all(choice != "(skip)" for choice in shown.values()), shown
    assert {p: on_file.get(p) for p in shown} == shown
    assert book.review_status.startswith("0 phrase(s) to review"), book.review_status
