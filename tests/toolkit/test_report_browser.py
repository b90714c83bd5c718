"""A 300-vehicle report opened in Chromium: summary on the first screen, images load,
folded tables open, no script, small enough to share, secrets redacted."""

import dataclasses
import shutil

import pytest

from tests.synthetic import synthetic_run as synthetic
from vautokit.processing import Evidence, Outcome, RunResult
from vautokit.report import Report

SECRET = "Hunter2-Secret-Value"
VIEWPORT = {"width": 1280, "height": 800}


def synthetic_run(n: int, workers: int, *, seed: int, mode: str = "parallel",
                  evidence: dict[int, list[str]] | None = None) -> RunResult:
    """A synthetic run with one failure whose message carries a secret."""
    run = synthetic(n, workers, seed=seed, mode=mode, evidence=evidence)
    run.records[5].finish(Outcome.FAILED, f"sign-in refused: password={SECRET}")
    return run


@pytest.fixture(scope="module")
async def report_file(sandbox_server, browser, tmp_path_factory):
    """The report of a 300-vehicle run whose failures carry real screenshots."""
    root = tmp_path_factory.mktemp("journal")
    evidence = Evidence(root, "run-2")
    context = await browser.new_context(viewport=VIEWPORT)
    page = await context.new_page()
    shots = []
    for n, path in enumerate(("/", "/sms/inbox", "/nowhere")):
        await page.goto(sandbox_server.url + path)
        shots.append(await evidence.capture(page, n, "failed"))
    await context.close()
    failing = {i: [] for i in range(10, 300, 20)}
    for n, i in enumerate(failing):
        copy = evidence.directory / f"v{i:04d}-a1-failed.jpg"
        shutil.copy(shots[n % len(shots)], copy)
        failing[i].append(evidence.relative(copy))
    failing[30].append("evidence/run-2/v0030-a1-trace.zip")  # traces never reach a report
    failing[50] = ["evidence/run-2/v0050-a1-pruned.jpg"]  # no longer kept
    results = {"sequential": synthetic_run(20, 1, seed=1, mode="sequential"),
               "parallel x4": synthetic_run(300, 4, seed=2, evidence=failing)}
    report = Report("300 vehicles", results, secrets=[SECRET], evidence_root=root)
    return report, report.to_html(tmp_path_factory.mktemp("reports") / "report.html")


async def test_report_is_small_static_and_redacted(report_file):
    _, path = report_file
    text = path.read_text()
    assert path.stat().st_size < 2 * 2**20
    lowered = text.lower()
    assert "<script" not in lowered and "javascript:" not in lowered and " onload=" not in lowered
    assert SECRET not in text and "[redacted]" in text
    assert "trace.zip" not in text
    assert "screenshot no longer kept" in text
    assert ">None<" not in text and ">nan<" not in text


async def test_sections_come_in_reading_order(report_file):
    _, path = report_file
    text = path.read_text()
    positions = [text.index(f"<section id={name}>")
                 for name in ("summary", "history", "failures", "unmatched", "charts", "details")]
    assert positions == sorted(positions)


async def test_summary_is_on_the_first_screen_and_images_load(report_file, browser):
    _, path = report_file
    context = await browser.new_context(viewport=VIEWPORT, java_script_enabled=True)
    page = await context.new_page()
    await page.goto(path.as_uri())
    summary = await page.locator("#summary").bounding_box()
    assert summary["y"] + summary["height"] <= VIEWPORT["height"]
    assert await page.locator("#summary table").first.is_visible()
    assert await page.evaluate("document.scripts.length") == 0
    loaded = await page.evaluate(
        "Promise.all([...document.images].map(i => i.decode().then(() => i.naturalWidth)))")
    thumbs = await page.locator("img.thumb").count()
    assert thumbs == 14 and len(loaded) >= thumbs + 4 and all(w > 0 for w in loaded)
    await context.close()


async def test_thumbnails_link_to_the_full_screenshots(report_file, browser):
    _, path = report_file
    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(path.as_uri())
    links = await page.eval_on_selector_all("a:has(img.thumb)", "as => as.map(a => a.href)")
    assert len(links) == 14
    for link in links:
        await page.goto(link)
        assert link.endswith("-failed.jpg")
        assert await page.evaluate("document.images[0].naturalWidth") == VIEWPORT["width"]
    await context.close()


async def test_folded_tables_open_on_click(report_file, browser):
    _, path = report_file
    context = await browser.new_context(viewport=VIEWPORT)
    page = await context.new_page()
    await page.goto(path.as_uri())
    vehicles = page.locator("details", has=page.locator("summary", has_text="Vehicles: parallel"))
    assert not await vehicles.evaluate("d => d.open")
    assert not await vehicles.locator("table").is_visible()
    await vehicles.locator("summary").click()
    assert await vehicles.evaluate("d => d.open")
    assert await vehicles.locator("tbody tr").count() == 300
    assert await vehicles.locator("table").is_visible()
    await context.close()


async def test_csv_export_has_the_same_tables(report_file, tmp_path):
    report, _ = report_file
    written = report.export_csv(tmp_path / "csv")
    assert {"summary", "errors", "failures", "unmatched_phrases", "vehicles", "steps",
            "workers", "history"} <= set(written)
    vehicles = written["vehicles"].read_text()
    assert len(vehicles.splitlines()) == 1 + 320
    assert "Option 0 with a long descriptive label" in vehicles  # the lists, in full
    for file in written.values():
        assert SECRET not in file.read_text()
    failures = written["failures"].read_text()
    assert "evidence/run-2/v0010-a1-failed.jpg" in failures and "trace.zip" not in failures


async def test_thumbnails_beyond_the_cap_become_plain_links(report_file, tmp_path):
    report, _ = report_file
    text = dataclasses.replace(report, max_thumbnails=5).html(tmp_path)
    assert text.count("class=thumb") == 5
    assert text.count(">screenshot</a>") == 14 - 5
