"""`vautokit doctor` over the one job path: the table, the exit status, the report, and an
accepted proposal that the next doctor run finds healthy."""

from __future__ import annotations

import tomllib

from vautokit.cli import main


def test_the_doctor_command_names_a_reworded_key_and_accepting_heals_it(
        tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("VAUTOKIT_PROFILES", str(tmp_path / "profiles"))
    report = tmp_path / "doctor.html"
    drifted = ["doctor", "--drift", "reword", "--vehicles", "6", "--seed", "3"]
    assert main([*drifted, "--accept", "--report", str(report)]) == 3
    out = capsys.readouterr().out
    assert "a run cannot go" in out and "save_button" in out
    assert report.read_text().startswith("<!DOCTYPE html>")
    overrides = tomllib.loads((tmp_path / "profiles" / "sandbox.toml").read_text())
    assert "save_button" in overrides["selectors"]

    assert main(drifted) == 0
    out = capsys.readouterr().out
    assert "a run can go" in out and "overridden" in out


def test_an_unknown_drift_kind_is_one_line_naming_the_kinds(capsys):
    try:
        code = main(["doctor", "--drift", "melt"])
    except SystemExit as stopped:
        code = stopped.code
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "'melt'" in err and "reword" in err
