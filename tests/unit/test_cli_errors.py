"""Every bad command line gets one clear line and exit status 2, before anything signs in."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vautokit import Automation, Sandbox
from vautokit.cli import main
from vautokit.errors import JournalError
from vautokit.processing import RunJournal


@pytest.fixture(autouse=True)
def nothing_starts(monkeypatch):
    """A bad input must be refused before a sandbox starts or anything signs in."""
    def refuse(self, *args, **kwargs):
        raise AssertionError(f"{type(self).__name__}.start reached: validation came too late")

    monkeypatch.setattr(Automation, "start", refuse)
    monkeypatch.setattr(Sandbox, "start", refuse)
    monkeypatch.delenv("VAUTOKIT_MAX_CONCURRENCY", raising=False)


def refusal(argv: list[str], capsys) -> str:
    """The one line `vautokit` prints for ``argv``, after checking how it failed."""
    try:
        code = main(argv)
    except SystemExit as stopped:
        code = stopped.code
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


def a_journal(folder: Path, *run_ids: str) -> Path:
    path = folder / "journal.sqlite"
    journal = RunJournal(path)
    for run_id in run_ids:
        journal.start_run(run_id, [], {}, "check-only")
    journal.close()
    return path


def a_file(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize(("argv", "words"), [
    (["run", "--concurrency", "0"], ["--concurrency", "'0'", "1 or more", "auto"]),
    (["run", "--limit", "-1"], ["--limit", "'-1'", "1 or more"]),
    (["run", "--limit", "0"], ["--limit", "'0'", "1 or more"]),
    (["sweep", "--levels", "1,a"], ["--levels", "'a'", "e.g. 1,2,4"]),
    (["run", "--endpoint", "http://[::1"], ["http://[::1", "http://[::1]:9222"]),
    (["run", "--endpoint", "http://127.0.0.1:99999"], ["http://127.0.0.1:99999", "1 to 65535"]),
    (["sweep", "--endpoint", "http://127.0.0.1:99999"], ["http://127.0.0.1:99999", "65535"]),
    (["run", "--time-scale", "-0.5"], ["--time-scale", "'-0.5'", "0 or more"]),
    (["run", "--time-scale", "nan"], ["--time-scale", "'nan'", "0 or more"]),
    (["sandbox", "--vehicles", "-3"], ["--vehicles", "'-3'", "1 to 10000"]),
    (["run", "--vehicles", "-3"], ["--vehicles", "'-3'", "1 to 10000"]),
    (["run", "--vehicles", "10001"], ["--vehicles", "'10001'", "1 to 10000"]),
    (["run", "--vehicles", "many"], ["--vehicles", "'many'", "whole number"]),
    (["sweep", "--max-error-rate", "5"], ["--max-error-rate", "'5'", "0 to 1"]),
    (["run", "--max-pause", "-1"], ["--max-pause", "'-1'", "0 or more"]),
    (["run", "--concurrency", "auto", "--max-concurrency", "0"],
     ["--max-concurrency", "'0'", "1 or more"]),
    (["run", "--concurrency", "3", "--max-concurrency", "8"],
     ["--max-concurrency 8", "--concurrency auto", "leave --max-concurrency out"]),
    (["run", "--concurrency", "99"], ["max_concurrency=99", "1 to 64"]),
    (["run", "--trace", "sometimes"], ["--trace", "'sometimes'", "'failures'"]),
    (["sweep", "--per-worker", "0"], ["--per-worker", "'0'", "1 or more"]),
    (["sweep", "--max-workers", "0"], ["--max-workers", "'0'", "1 or more"]),
    (["sweep", "--levels", "1,2", "--max-workers", "4"],
     ["--max-workers 4", "--levels 1,2", "leave --max-workers out"]),
    (["mapping"], ["mapping", "review"]),
    (["run", "--base-url", "not a url"], ["'not a url'", "http(s)", "https://www2.vauto.com"]),
    (["run", "--base-url", "ftp://127.0.0.1"], ["'ftp://127.0.0.1'", "http(s)"]),
    (["sweep", "--base-url", "http://127.0.0.1:0"], ["'http://127.0.0.1:0'", "1 to 65535"]),
])
def test_bad_numbers_and_endpoints_name_the_value_and_what_to_use(argv, words, capsys):
    message = refusal(argv, capsys)
    assert all(word in message for word in words), message


@pytest.mark.parametrize(("text", "words"), [
    ("parallel = 5\n", ["parallel=5", "[parallel]", "max_concurrency = 4"]),
    ("[parallel]\nerror_threshold = nan\n", ["error_threshold=nan", "finite"]),
    ("[parallel]\nerror_threshold = inf\n", ["error_threshold=inf", "finite"]),
    ("[parallel]\nerror_window = 3\nmin_error_samples = 5\n",
     ["min_error_samples=5", "error_window (3)"]),
    ("[parallel]\nendpoints = 5\n", ["endpoints", "a list of endpoint URLs"]),
    ("[parallel]\nmax_concurrency = 8\nmin_concurrency = 4\n",
     ["min_concurrency=4", "max_concurrency (2)"]),
])
def test_bad_config_files_are_refused_before_anything_starts(text, words, tmp_path, capsys):
    config = a_file(tmp_path, "v.toml", text)
    message = refusal(["run", "--config", config, "--concurrency", "2"], capsys)
    assert all(word in message for word in words), message


@pytest.mark.parametrize("run_id", ["../../x", "/tmp", "a/b", "x" * 65])
def test_a_run_id_is_a_name_not_a_path(run_id, tmp_path, capsys):
    journal = tmp_path / "journal.sqlite"
    message = refusal(["run", "--run-id", run_id, "--journal", str(journal)], capsys)
    assert "--run-id" in message and "not a path" in message, message
    assert not (tmp_path.parent / "x").exists()


def test_a_config_path_that_is_a_folder_is_named(tmp_path, capsys):
    message = refusal(["sweep", "--config", str(tmp_path)], capsys)
    assert str(tmp_path) in message and "not a folder" in message


def test_resuming_an_unknown_run_lists_the_runs_there_are(tmp_path, capsys):
    journal = a_journal(tmp_path, "first-run", "second-run")
    message = refusal(["run", "--journal", str(journal), "--resume", "no-such-run"], capsys)
    assert "'no-such-run'" in message and str(journal) in message
    assert "first-run, second-run" in message and "vautokit report" in message
    assert [run_id for run_id, *_ in _runs(journal)] == ["first-run", "second-run"]


def test_resuming_from_an_empty_journal_says_how_to_start_a_run(tmp_path, capsys):
    journal = tmp_path / "new.sqlite"
    message = refusal(["run", "--journal", str(journal), "--resume", "x"], capsys)
    assert "holds no runs yet" in message and "vautokit run" in message
    assert _runs(journal) == []


def test_a_new_run_id_that_exists_already_points_to_resume(tmp_path, capsys):
    journal = a_journal(tmp_path, "nightly")
    message = refusal(["run", "--journal", str(journal), "--run-id", "nightly"], capsys)
    assert "'nightly'" in message and "--resume nightly" in message


def test_resume_with_its_own_vehicle_choice_is_refused(tmp_path, capsys):
    journal = a_journal(tmp_path, "nightly")
    message = refusal(["run", "--journal", str(journal), "--resume", "nightly", "--limit", "3"],
                      capsys)
    assert "--resume nightly" in message and "--limit" in message


@pytest.mark.parametrize("command", [["run"], ["report"], ["history"]])
def test_a_corrupt_journal_is_named_with_what_to_do(command, tmp_path, capsys):
    corrupt = tmp_path / "journal.sqlite"
    corrupt.write_bytes(b"not a database at all\n" * 200)
    message = refusal([*command, "--journal", str(corrupt)], capsys)
    assert str(corrupt) in message and "damaged" in message and "move it aside" in message
    assert corrupt.read_bytes() == b"not a database at all\n" * 200


def test_a_journal_path_that_is_a_folder_suggests_a_file_in_it(tmp_path, capsys):
    message = refusal(["run", "--journal", str(tmp_path)], capsys)
    assert str(tmp_path) in message and str(tmp_path / "journal.sqlite") in message


def test_a_journal_that_cannot_be_created_is_named(tmp_path, capsys):
    blocker = Path(a_file(tmp_path, "plain-file", "x"))
    message = refusal(["run", "--journal", str(blocker / "sub" / "j.sqlite")], capsys)
    assert "cannot be created" in message and str(blocker) in message
    assert "--journal" in message


def test_a_read_only_journal_is_named_before_signing_in(read_only_journal, capsys):
    message = refusal(["run", "--journal", str(read_only_journal)], capsys)
    assert str(read_only_journal) in message and "not writable" in message


@pytest.mark.parametrize("command", ["report", "history"])
def test_reading_a_missing_journal_does_not_create_one(command, tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    message = refusal([command, "--journal", str(missing)], capsys)
    assert "no such journal file" in message and "vautokit run" in message
    assert not missing.exists()


def test_report_of_an_unknown_run_lists_the_runs_there_are(tmp_path, capsys):
    journal = a_journal(tmp_path, "only-run")
    message = refusal(["report", "--journal", str(journal), "typo-run"], capsys)
    assert "'typo-run'" in message and "only-run" in message


def test_the_installed_command_prints_one_line_and_exits_2(tmp_path):
    config = a_file(tmp_path, "v.toml", "[parallel]\nerror_window = 2\n")
    done = subprocess.run([sys.executable, "-m", "vautokit", "run", "--config", config],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.splitlines() == [
        "vautokit: invalid setting min_error_samples=5: allowed at most error_window (2), "
        "or the error threshold could never stop a run"]


def test_very_verbose_shows_the_traceback_of_a_refusal(tmp_path):
    corrupt = tmp_path / "journal.sqlite"
    corrupt.write_bytes(b"garbage" * 100)
    with pytest.raises(JournalError, match="damaged"):
        main(["-vv", "report", "--journal", str(corrupt)])


@pytest.fixture
def read_only_journal(tmp_path):
    """A journal this process cannot write: mode 0444, or immutable where we are root."""
    path = a_journal(tmp_path, "earlier")
    if os.geteuid() != 0:
        path.chmod(0o444)
        yield path
        path.chmod(0o644)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("root can write any file here and chattr +i is not available")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def _runs(path: Path) -> list:
    journal = RunJournal(path)
    try:
        return journal.runs()
    finally:
        journal.close()
