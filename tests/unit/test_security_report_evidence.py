"""A tampered journal cannot make a report embed or link an image from elsewhere on disk:
evidence paths that resolve outside the evidence folder are refused with a warning."""

import logging
import os
from pathlib import Path

from PIL import Image

from tests.synthetic import synthetic_run
from vautokit.report import Report


def _image(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (40, 30), "red").save(path)
    return path


def test_evidence_outside_the_evidence_folder_is_refused_with_a_warning(tmp_path, caplog):
    root = tmp_path / "journal"
    secret = _image(tmp_path / "private" / "scan-of-id.png")
    _image(root / "evidence" / "run" / "v0000-a1-failed.jpg")
    os.symlink(secret, root / "evidence" / "run" / "link.png")
    stored = ["../private/scan-of-id.png", str(secret), "evidence/../../private/scan-of-id.png",
              "evidence/run/link.png"]
    result = synthetic_run(len(stored) + 1, 1, seed=3,
                           evidence={0: ["evidence/run/v0000-a1-failed.jpg"]}
                           | {i + 1: [p] for i, p in enumerate(stored)})
    with caplog.at_level(logging.WARNING, logger="vautokit"):
        text = Report("t", {"run": result}, evidence_root=root).html(tmp_path)
    assert text.count("data:image/jpeg;base64,") == 1  # the one screenshot in its folder
    assert "scan-of-id.png'" not in text and "link.png'" not in text  # no link either
    assert text.count("screenshot refused: outside the evidence folder") == len(stored)
    refused = [r for r in caplog.records if "outside the evidence folder" in r.getMessage()]
    assert len(refused) == len(stored)


def test_evidence_under_a_relative_journal_folder_is_shown(tmp_path, monkeypatch):
    """The default journal folder (``.vautokit``) is relative: its screenshots still show."""
    monkeypatch.chdir(tmp_path)
    _image(tmp_path / ".vautokit" / "evidence" / "run" / "v0000-a1-failed.jpg")
    result = synthetic_run(1, 1, seed=3, evidence={0: ["evidence/run/v0000-a1-failed.jpg"]})
    text = Report("t", {"run": result}, evidence_root=Path(".vautokit")).html(tmp_path)
    assert text.count("data:image/jpeg;base64,") == 1
    assert "screenshot no longer kept" not in text
