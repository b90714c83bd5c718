"""A real run feeds the dashboard, the report and the charts; none of them leaks a secret."""

import logging
import stat

import pytest

from vautokit import Automation, ParallelConfig, RunJournal
from vautokit.charts import errors_by_class, gantt
from vautokit.notebook import Dashboard, TextProgress
from vautokit.processing import Evidence
from vautokit.report import Report


@pytest.fixture(scope="module")
async def finished_run(sandbox_server):
    site = sandbox_server
    site.reset()
    async with Automation(site, config=ParallelConfig(max_concurrency=2)) as va:
        dashboard = Dashboard(va.status, show=False)
        links = await va.vehicles(saved_filter=None, limit=10)
        baseline = await va.process(links[:4], sequential=True, progress="none")
        result = await va.process(links, progress="none")
        dashboard.close()
        codes = [row["code"] for row in site.store.codes(site.account.username)]
        secrets = [*va.secret_values(), *codes]
        version = va.browser_version
    return dashboard, baseline, result, secrets, version


async def test_dashboard_state_matches_the_result(finished_run):
    dashboard, _, result, _, _ = finished_run
    shown = dashboard.state()
    per_worker = result.vehicles.groupby("worker").size().to_dict()
    assert {w: s["finished"] for w, s in shown.items() if w in per_worker} == per_worker
    assert dashboard.total_bar.value == dashboard.total_bar.max == len(result.records)
    assert dashboard.total_bar.style.bar_color == "#2e7d32"  # done: green
    assert repr(dashboard) == "Dashboard(workers=2)"  # rows of the last run: its two workers


async def test_gantt_has_one_row_per_worker(finished_run):
    _, _, result, _, _ = finished_run
    ax = gantt(result).axes[0]
    # The workers that got vehicles, from the result itself: whether the second worker's
    # context opened before the first had leased everything depends on the machine's speed.
    worked = sorted(int(w) for w in result.vehicles["worker"].dropna().unique())
    assert worked and set(worked) <= {1, 2}
    assert [t.get_text() for t in ax.get_yticklabels()] == [f"worker {w}" for w in worked]
    assert sum(len(c.get_paths()) for c in ax.collections) == len(result.records)
    assert errors_by_class(result).axes


async def test_report_is_static_html_that_opens_and_holds_no_secret(finished_run, tmp_path,
                                                                     sandbox_server, page):
    _, baseline, result, secrets, version = finished_run
    report = Report("test report", {"sequential": baseline, "parallel": result},
                    browser_version=version, secrets=secrets)
    path = report.to_html(tmp_path / "report.html")
    text = path.read_text()
    assert "<script" not in text.lower() and "data:image/png;base64," in text
    assert version in text and "Vehicles: parallel" in text
    assert len(secrets) >= 3
    for secret in [sandbox_server.account.password, *secrets]:
        assert secret not in text
    await page.goto(path.as_uri())
    assert await page.locator("h1").inner_text() == "test report"
    assert await page.locator("img").count() >= 4
    assert await page.evaluate("[...document.images].every(i => i.naturalWidth > 0)")
    shot = await page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert shot[:8] == b"\x89PNG\r\n\x1a\n"


async def test_logs_output_and_results_hold_no_secret(site, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    async with Automation(site) as va:
        progress = TextProgress(va.status, min_interval=0)
        links = await va.vehicles(saved_filter=None, limit=5)
        result = await va.process(links, progress="none")
        progress.close()
        cookies = [c["value"] for c in await va.context.cookies()]
        text = repr(va) + repr(va.coordinator.session) + repr(va.login.credentials)
    captured = capsys.readouterr()
    codes = [row["code"] for row in site.store.codes(site.account.username)]
    haystack = "\n".join([caplog.text, captured.out, captured.err, text,
                          result.vehicles.to_csv(), result.steps.to_csv(), repr(result)])
    assert codes and cookies
    for secret in [site.account.password, *codes, *cookies]:
        assert secret not in haystack


async def test_every_file_a_run_writes_holds_no_secret_and_traces_are_private(site, tmp_path):
    root = tmp_path / ".vautokit"
    journal = RunJournal(root / "journal.sqlite")
    async with Automation(site, config=ParallelConfig(max_concurrency=2)) as va:
        links = await va.vehicles(saved_filter=None, limit=4)
        result = await va.process(links, progress="none", journal=journal, run_id="scan")
        evidence = Evidence(root, "scan", trace="failures")
        assert await evidence.start_trace(va.context)
        await va.page.goto(links[0].gauge_url)
        shot = await evidence.capture(va.page, 0, "failed")
        trace = await evidence.stop_trace(va.context, 0, failed=True)
        result.records[0].evidence = [evidence.relative(shot), evidence.relative(trace)]
        cookies = [c["value"] for c in await va.context.cookies()]
        report = Report("scan", {"scan": result}, secrets=va.secret_values(),
                        evidence_root=root)
    journal.close()
    report.to_html(root / "report.html")
    report.export_csv(root / "csv")
    codes = [row["code"] for row in site.store.codes(site.account.username)]
    secrets = [site.account.password, *codes, *cookies]
    assert codes and cookies
    written = [p for p in root.rglob("*") if p.is_file()]
    assert {p.suffix for p in written} >= {".sqlite", ".jpg", ".zip", ".html", ".csv"}
    for path in written:
        relative = str(path.relative_to(tmp_path))
        assert not any(secret in relative for secret in secrets), relative
        if path.suffix == ".zip":  # traces hold cookies: only their owner may read them
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, relative
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700, relative
            continue
        data = path.read_bytes()
        assert not any(secret.encode() in data for secret in secrets), relative
