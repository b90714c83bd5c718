"""Run ids are names, not paths: every form that could leave the journal's folder is refused
with one error naming the allowed form, and a path that resolves outside its folder is never
taken as inside it (the evidence writer's second line of defence)."""

import os

import pytest

from vautokit._names import MAX_RUN_ID, check_run_id, inside
from vautokit.errors import ConfigError


@pytest.mark.parametrize("run_id", ["20260102-093000-abc123", "nightly_1", "r1", "v1.2",
                                    "a" * MAX_RUN_ID])
def test_plain_names_are_run_ids(run_id):
    assert check_run_id(run_id) == run_id


@pytest.mark.parametrize("run_id", ["../x", "../../x", "/tmp", "/", "a/b", "a\\b", "", ".",
                                    "..", ".hidden", "x\0y", "a" * (MAX_RUN_ID + 1),
                                    "a" * 5000, "tab\there", "new\nline", "-rf", "é", None, 7])
def test_paths_and_odd_names_are_refused_naming_the_allowed_form(run_id):
    with pytest.raises(ConfigError) as caught:
        check_run_id(run_id, option="--run-id")
    message = str(caught.value)
    assert message.startswith("invalid setting --run-id=")
    assert "not a path" in message and f"1 to {MAX_RUN_ID}" in message
    assert len(message) < 400  # a very long id is shortened, the line stays readable


def test_a_path_inside_its_folder_is_kept_resolved(tmp_path):
    assert inside(tmp_path, "evidence/r1/v0001.jpg") == tmp_path.resolve() / \
        "evidence/r1/v0001.jpg"
    assert inside(tmp_path / "evidence", tmp_path / "evidence" / "r1") is not None


@pytest.mark.parametrize("path", ["../x", "../../etc/passwd", "/tmp", "/etc/passwd",
                                  "a/../../b", "x\0y"])
def test_a_path_that_resolves_outside_its_folder_is_refused(tmp_path, path):
    assert inside(tmp_path / "evidence", path) is None


def test_a_symlink_that_leads_out_is_judged_by_where_it_ends(tmp_path):
    folder = tmp_path / "evidence"
    folder.mkdir()
    os.symlink(tmp_path.parent, folder / "escape")
    assert inside(folder, "escape/anything.jpg") is None


@pytest.mark.parametrize("run_id", ["../x", "/tmp", "a/b"])
def test_the_journal_and_the_evidence_writer_refuse_a_path_for_a_run_id(tmp_path, run_id):
    from vautokit.processing import RunJournal
    from vautokit.processing._evidence import Evidence

    journal = RunJournal(tmp_path / "journal.sqlite")
    with pytest.raises(ConfigError):
        journal.start_run(run_id, [], {}, "check-only")
    assert journal.runs() == []
    journal.close()
    with pytest.raises(ConfigError):
        Evidence(tmp_path, run_id)
