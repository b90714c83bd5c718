"""Failure evidence: viewport JPEGs and private traces of real pages, kept as long as asked."""

import os
import stat
import time
import zipfile

import pytest

from vautokit.errors import ConfigError
from vautokit.processing import Evidence
from vautokit.processing import prune_evidence as prune


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_capture_writes_a_small_viewport_jpeg_in_the_runs_private_folder(signed_in,
                                                                                tmp_path):
    evidence = Evidence(tmp_path, "run-1")
    await signed_in.set_viewport_size({"width": 800, "height": 600})
    path = await evidence.capture(signed_in, 7, "Failed: TransientSiteError", attempt=2)
    assert path == tmp_path / "evidence" / "run-1" / "v0007-a2-failed-transientsiteerror.jpg"
    data = path.read_bytes()
    assert data[:3] == b"\xff\xd8\xff"  # JPEG
    assert 1_000 < len(data) < 150_000
    assert _mode(path.parent) == 0o700
    assert evidence.relative(path) == "evidence/run-1/v0007-a2-failed-transientsiteerror.jpg"


async def test_screenshots_off_writes_nothing(signed_in, tmp_path):
    evidence = Evidence(tmp_path, "run-1", screenshots=False)
    assert await evidence.capture(signed_in, 0, "failed") is None
    assert not (tmp_path / "evidence").exists()


async def test_capture_of_a_closed_page_returns_none(browser, tmp_path):
    context = await browser.new_context()
    page = await context.new_page()
    await context.close()
    assert await Evidence(tmp_path, "run-1").capture(page, 3, "failed") is None
    assert not any(tmp_path.rglob("*.jpg"))


async def test_traces_are_kept_only_on_failure_and_only_for_the_owner(signed_in, site, tmp_path):
    evidence = Evidence(tmp_path, "run-1", screenshots=False, trace="failures")
    context = signed_in.context
    assert await evidence.start_trace(context)
    await signed_in.goto(site.url)
    assert await evidence.stop_trace(context, 1, failed=False) is None
    assert await evidence.start_trace(context)
    await signed_in.goto(site.url)
    path = await evidence.stop_trace(context, 2, failed=True)
    assert path == tmp_path / "evidence" / "run-1" / "v0002-a1-trace.zip"
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert any(name.endswith(".trace") for name in zipfile.ZipFile(path).namelist())
    assert [p.name for p in path.parent.iterdir()] == [path.name]


async def test_trace_off_never_starts(signed_in, tmp_path):
    evidence = Evidence(tmp_path, "run-1", trace="off")
    assert not await evidence.start_trace(signed_in.context)
    assert await evidence.stop_trace(signed_in.context, 0, failed=True) is None
    assert not (tmp_path / "evidence").exists()


def test_prune_removes_run_folders_older_than_keep_days(tmp_path):
    root = tmp_path / "evidence"
    now = time.time()
    for name, age_days in (("old", 10), ("recent", 1), ("current", 30)):
        folder = root / name
        folder.mkdir(parents=True)
        shot = folder / "v0000-a1-failed.jpg"
        shot.write_bytes(b"\xff\xd8\xff")
        then = now - age_days * 86_400
        os.utime(shot, (then, then))
        os.utime(folder, (then, then))
    removed = Evidence(tmp_path, "current", keep_days=7).prune(now=now)
    assert removed == [root / "old"]
    assert sorted(p.name for p in root.iterdir()) == ["current", "recent"]
    assert prune(root, 0.5, now=now) == [root / "current", root / "recent"]


def test_evidence_without_retention_keeps_everything(tmp_path):
    (tmp_path / "evidence" / "old").mkdir(parents=True)
    assert Evidence(tmp_path, "run-1").prune(now=time.time() + 10**9) == []


@pytest.mark.parametrize("changes", [{"trace": "sometimes"}, {"quality": 0},
                                     {"keep_days": -1}])
def test_bad_settings_say_what_is_allowed(tmp_path, changes):
    with pytest.raises(ConfigError, match="allowed"):
        Evidence(tmp_path, "run-1", **changes)
