"""Command-line options become the run's settings: fixed or adaptive workers, pauses."""

from __future__ import annotations

import pytest

from vautokit.cli import (
    _config,
    _sweep_levels,
    _sweep_options,
    build_parser,
    default_max_concurrency,
    main,
)
from vautokit.processing import RunJournal
from vautokit.tuning import machine_worker_limit
from vautokit.vehicles import VehicleLink


@pytest.fixture(autouse=True)
def no_environment_settings(monkeypatch):
    for name in ("VAUTOKIT_MAX_CONCURRENCY", "VAUTOKIT_ADAPTIVE", "VAUTOKIT_MAX_PAUSE",
                 "VAUTOKIT_TRACE", "VAUTOKIT_SCREENSHOTS"):
        monkeypatch.delenv(name, raising=False)


def settings(*argv: str):
    return _config(build_parser().parse_args(["run", *argv]))


def test_a_fixed_concurrency_sets_the_workers_and_turns_adaptation_off(tmp_path):
    config = tmp_path / "v.toml"
    config.write_text("[parallel]\nadaptive = true\nmax_concurrency = 8\n")
    chosen = settings("--config", str(config), "--concurrency", "5")
    assert (chosen.max_concurrency, chosen.adaptive) == (5, False)


def test_auto_adapts_up_to_a_cap_from_the_machine_or_the_command_line():
    machine = settings("--concurrency", "auto")
    assert (machine.adaptive, machine.max_concurrency) == (True, default_max_concurrency())
    capped = settings("--concurrency", "AUTO", "--max-concurrency", "6")
    assert (capped.adaptive, capped.max_concurrency) == (True, 6)


def test_the_machine_cap_is_the_bound_an_automatic_sweep_doubles_up_to(monkeypatch):
    assert default_max_concurrency() == machine_worker_limit()
    monkeypatch.setattr("vautokit.tuning.machine_worker_limit", lambda: 11)
    assert default_max_concurrency() == 11


def test_settings_that_must_agree_may_come_from_file_and_command_line(tmp_path):
    config = tmp_path / "v.toml"
    config.write_text("[parallel]\nmin_concurrency = 4\n")
    chosen = settings("--config", str(config), "--concurrency", "auto", "--max-concurrency", "8")
    assert (chosen.min_concurrency, chosen.max_concurrency, chosen.adaptive) == (4, 8, True)


def test_max_pause_and_endpoints_reach_the_settings():
    chosen = settings("--max-pause", "45", "--endpoint", "http://127.0.0.1:9222#2",
                      "--endpoint", "local")
    assert chosen.max_pause == 45
    assert chosen.endpoints == ("http://127.0.0.1:9222#2", "local")


def test_without_options_the_config_file_decides(tmp_path):
    config = tmp_path / "v.toml"
    config.write_text("[parallel]\nmax_concurrency = 7\nmax_pause = 30\n")
    chosen = settings("--config", str(config))
    assert (chosen.max_concurrency, chosen.max_pause, chosen.adaptive) == (7, 30, False)


def test_sweep_levels_are_worker_counts_or_chosen_by_the_sweep():
    args = build_parser().parse_args(["sweep", "--levels", " 1, 2,6 "])
    assert _sweep_levels(args) == [1, 2, 6]
    assert _sweep_levels(build_parser().parse_args(["sweep"])) is None
    assert _sweep_levels(build_parser().parse_args(["sweep", "--max-workers", "6"])) is None


def sweep_options(*argv: str) -> dict:
    args = build_parser().parse_args(["sweep", *argv])
    return _sweep_options(args, _config(args))


def test_sweep_options_reach_the_sweep():
    chosen = sweep_options("--per-worker", "3", "--max-workers", "6", "--sample", "5",
                           "--repeats", "2", "--max-error-rate", "0.1", "--max-memory-mb", "900")
    assert {k: chosen[k] for k in ("per_worker", "max_workers", "vehicles", "repeats",
                                   "max_error_rate", "max_memory_mb")} == {
        "per_worker": 3, "max_workers": 6, "vehicles": 5, "repeats": 2,
        "max_error_rate": 0.1, "max_memory_mb": 900}
    defaults = sweep_options()
    assert (defaults["per_worker"], defaults["max_workers"], defaults["vehicles"]) == (4, None, 12)


@pytest.mark.parametrize(("progress", "shown"), [
    ("auto", "text"), ("widgets", "text"), ("text", "text"), ("none", "none")])
def test_a_sweep_from_the_command_line_reports_levels_as_text_or_not_at_all(progress, shown):
    assert sweep_options("--progress", progress)["progress"] == shown


def test_sweep_takes_a_site_like_run():
    args = build_parser().parse_args(["sweep", "--site", "vauto", "--base-url",
                                      "https://example.test"])
    assert (args.site, args.base_url) == ("vauto", "https://example.test")
    assert build_parser().parse_args(["sweep"]).site == "sandbox"


def test_trace_and_screenshots_reach_the_settings(tmp_path):
    chosen = settings("--trace", "failures", "--no-screenshots")
    assert (chosen.trace, chosen.screenshots) == ("failures", False)
    config = tmp_path / "v.toml"
    config.write_text('[parallel]\ntrace = "all"\n')
    from_file = settings("--config", str(config))
    assert (from_file.trace, from_file.screenshots) == ("all", True)
    assert settings("--config", str(config), "--trace", "off").trace == "off"


@pytest.mark.parametrize("command", ["run", "report"])
def test_run_and_report_export_their_tables_to_a_folder(command, tmp_path):
    args = build_parser().parse_args([command, "--export", str(tmp_path / "tables")])
    assert args.export == str(tmp_path / "tables")
    assert build_parser().parse_args([command]).export is None


def test_setup_browser_headed_asks_for_a_browser_that_shows_windows(monkeypatch, capsys):
    asked = []

    class Choice:
        def describe(self) -> str:
            return "chosen"

    def ensure_browser(explicit=None, *, headless=True):
        asked.append((explicit, headless))
        return Choice()

    monkeypatch.setattr("vautokit.browser.ensure_browser", ensure_browser)
    assert main(["setup-browser", "--headed", "--browser", "/usr/bin/chromium"]) == 0
    assert main(["setup-browser"]) == 0
    assert asked == [("/usr/bin/chromium", False), (None, True)]
    assert capsys.readouterr().out == "chosen\nchosen\n"


def test_mapping_review_names_its_journal_and_synonyms_file(tmp_path):
    args = build_parser().parse_args(["mapping", "review", "--journal", "j.sqlite",
                                      "--synonyms", "mine.toml"])
    assert (args.journal, args.synonyms) == ("j.sqlite", "mine.toml")


def a_link(n: int) -> VehicleLink:
    return VehicleLink(f"v{n}", f"1HGCM82633A00435{n}", f"S{n}", "2021 Honda Accord", 12,
                       "Demo Motors", f"/gauge/v{n}")


def test_history_prints_a_row_per_journalled_run_oldest_first(tmp_path, capsys):
    path = tmp_path / "journal.sqlite"
    journal = RunJournal(path)
    journal.start_run("monday", [a_link(1), a_link(2), a_link(3)], {"site": "sandbox"},
                      "parallel")
    journal.start_run("tuesday", [a_link(4)], {"site": "vauto"}, "sequential")
    journal.close()
    assert main(["history", "--journal", str(path)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split()[:4] == ["run_id", "status", "started", "site"]
    assert [row.split()[:2] for row in rows] == [["monday", "running"], ["tuesday", "running"]]
    assert rows[0].split()[4:7] == ["sandbox", "parallel", "3"]
    assert rows[1].split()[4:7] == ["vauto", "sequential", "1"]


def test_history_of_an_empty_journal_says_how_to_start(tmp_path, capsys):
    path = tmp_path / "journal.sqlite"
    RunJournal(path).close()
    assert main(["history", "--journal", str(path)]) == 0
    assert "holds no runs yet" in capsys.readouterr().out


def test_mapping_review_of_a_journal_without_runs_saves_nothing(tmp_path, capsys):
    path = tmp_path / "journal.sqlite"
    RunJournal(path).close()
    synonyms = tmp_path / "synonyms.toml"
    assert main(["mapping", "review", "--journal", str(path), "--synonyms", str(synonyms)]) == 0
    out = capsys.readouterr().out
    assert "0 phrase(s) to review" in out and f"0 decision(s) saved to {synonyms}" in out
    assert not synonyms.exists()
