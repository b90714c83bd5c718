"""The site doctor on a drifting sandbox: it names exactly the broken keys, its first
proposals fix them, and with them accepted a run saves what it saves on the normal site.
Browser tests: run under the lock from the team rules."""

from __future__ import annotations

import shutil

import pytest
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page

from vautokit import Automation, ParallelConfig, RunJournal, Sandbox
from vautokit.errors import SelectorNotFoundError
from vautokit.model import EventKind, Outcome
from vautokit.report import doctor_html, write_doctor_html
from vautokit.sandbox._drift import DRIFTS, broken_keys
from vautokit.site import SiteProfile, doctor, write_overrides

WAIT = 2.0
ALL = tuple(DRIFTS)
HEAL_AFTER = 5.0
"""A run's wait for a key before it heals (the Automation's timeout): a drifted key is waited
out once per key and worker, so the 10 s the other runs get would only add waiting; a key
that is there shows in well under a second even on a loaded machine."""


@pytest.fixture(scope="module")
async def fingerprints(tmp_path_factory):
    """The last good page of every key: a doctor run on the healthy sandbox."""
    root = tmp_path_factory.mktemp("profiles")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VAUTOKIT_PROFILES", str(root))
        async with Sandbox(30, profile="fast", seed=5) as site:
            va = Automation(site, timeout=10)
            try:
                report = await doctor(va, wait=WAIT)
            finally:
                await va.close()
    assert report.ok, report.table()  # no false alarm on a healthy site
    assert report.broken == [] and report.proposals == {}
    return root / "sandbox.fingerprints.json"


@pytest.fixture
def profiles(tmp_path, monkeypatch, fingerprints):
    """A fresh override folder holding the healthy run's fingerprints."""
    monkeypatch.setenv("VAUTOKIT_PROFILES", str(tmp_path))
    shutil.copy(fingerprints, tmp_path / fingerprints.name)
    return tmp_path


async def _doctor(site: Sandbox):
    va = Automation(site, timeout=10)
    try:
        return await doctor(va, wait=WAIT)
    finally:
        await va.close()


@pytest.mark.parametrize("kinds", [(k,) for k in ALL] + [ALL], ids=[*ALL, "all"])
async def test_doctor_names_the_broken_keys_and_its_proposals_fix_them(profiles, kinds):
    async with Sandbox(30, profile="fast", seed=5, drift=kinds) as site:
        first = await _doctor(site)
        assert set(first.broken) == set(broken_keys(kinds)), first.table()
        assert first.ok is not bool(first.broken)
        if first.broken:
            assert set(first.proposals) == set(first.broken)
            path = first.accept()
            assert path == profiles / "sandbox.toml"
            written = SiteProfile.load("sandbox", base_url=site.url).overrides
            assert written == first.proposals  # only the changed keys
        second = await _doctor(site)
        assert second.ok and second.broken == [], second.table()
        if first.broken:
            assert "overridden" in second.verdict and str(path) in doctor_html(second)


async def _run(site: Sandbox, *, events: list | None = None, **config) -> list:
    async with Automation(site, timeout=config.pop("timeout", 10),
                          config=ParallelConfig(**config)) as va:
        links = await va.vehicles(saved_filter=None)
        records = (await va.process(links, progress="none")).records
        if events is not None:
            events.extend(va.status.events)
        return records


async def test_a_run_heals_read_keys_and_saves_nothing_through_a_heal(profiles):
    async with Sandbox(16, profile="fast", seed=5) as normal:
        planned = {r.vehicle_id: set(r.checked) for r in await _run(normal, max_concurrency=2)
                   if r.outcome is Outcome.UPDATED}
        expected = normal.saved_state()
    assert planned, "the normal run changed nothing: the comparison is vacuous"
    async with Sandbox(16, profile="fast", seed=5, drift=["reword"]) as site:
        events: list = []
        records = await _run(site, max_concurrency=2, events=events, timeout=HEAL_AFTER)
        assert site.audit_log() == []  # the save button healed: not trusted to save
        healed = {e.step: e.detail for e in events if e.kind is EventKind.LOCATOR_HEALED}
        assert set(healed) == {"factory_equipment", "save_button"}
        assert "Equipment Details" in healed["factory_equipment"]  # read: the run went on
        assert not [r for r in records if r.outcome is Outcome.FAILED]
        review = [r for r in records if r.outcome is Outcome.DRY_RUN]
        assert {r.vehicle_id: set(r.checked) for r in review} == planned  # what it would have saved
        assert all("save_button" in r.error and "--accept" in r.error for r in review)
        assert not [r for r in review if r.save_sent]  # no save went out: none noted
        (await _doctor(site)).accept()  # a person accepts the heals
        await _run(site, max_concurrency=2)
        assert site.saved_state() == expected


async def test_accepted_proposals_save_what_the_normal_site_saves(profiles):
    async with Sandbox(24, profile="fast", seed=5) as normal:
        await _run(normal, max_concurrency=2)
        expected = normal.saved_state()
        assert normal.audit_log(), "the normal run saved nothing: the comparison is vacuous"
    async with Sandbox(24, profile="fast", seed=5, drift=ALL) as drifted:
        report = await _doctor(drifted)
        report.accept()
        drifted.reset()  # the doctor's sign-in and the dismissed dialog are forgotten
        await _run(drifted, max_concurrency=2)
        assert drifted.saved_state() == expected


async def test_a_key_failing_on_vehicle_after_vehicle_stops_the_run_once(tmp_path,
                                                                           monkeypatch):
    monkeypatch.setenv("VAUTOKIT_PROFILES", str(tmp_path))  # no fingerprint: nothing heals
    write_overrides("sandbox", {"selectors": {"factory_equipment": "button#noSuchButton"}})
    async with Sandbox(12, profile="fast", seed=5) as site:
        records = await _run(site, max_concurrency=1, timeout=2, error_threshold=1.0,
                             min_error_samples=50, error_window=50)
        failed = [r for r in records if r.outcome is Outcome.FAILED]
        assert len(failed) == 3
        assert all("factory_equipment" in r.error for r in failed)
        skipped = [r for r in records if r.outcome is Outcome.SKIPPED]
        assert len(skipped) == len(records) - 3
        assert "factory_equipment" in skipped[0].error and "vautokit doctor" in skipped[0].error
        assert site.audit_log() == []  # nothing saved on a site the profile no longer fits


async def test_an_inventory_whose_vehicle_link_matches_nothing_names_the_key(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setenv("VAUTOKIT_PROFILES", str(tmp_path))  # no fingerprint: nothing heals
    async with Sandbox(12, profile="fast", seed=5, drift=["rename"]) as site, \
            Automation(site, timeout=10) as va:
        with pytest.raises(SelectorNotFoundError, match="grid_link"):
            await va.vehicles(saved_filter=None)


async def test_a_renamed_grid_heals_and_still_yields_every_vehicle(profiles):
    async with Sandbox(30, profile="fast", seed=5) as normal, \
            Automation(normal, timeout=10) as va:
        expected = [link.id for link in await va.vehicles(age_min=0, age_max=400)]
    assert len(expected) > 20  # more than one grid page: paging is part of it
    async with Sandbox(30, profile="fast", seed=5, drift=["rename"]) as site, \
            Automation(site, timeout=3) as va:
        assert [link.id for link in await va.vehicles(age_min=0, age_max=400)] == expected
        healed = {e.step for e in va.status.events if e.kind is EventKind.LOCATOR_HEALED}
    assert healed == {"grid_link", "next_page", "age_min", "age_max"}


async def test_the_doctor_report_opens_in_chromium_without_secrets(profiles, browser, tmp_path):
    async with Sandbox(12, profile="fast", seed=5, drift=["reword"]) as site:
        report = await _doctor(site)
        codes = [row["code"] for row in site.store.codes(site.account.username)]
        path = write_doctor_html(report, tmp_path / "doctor.html")
    text = path.read_text()
    assert codes and not any(code in text for code in codes)
    assert site.account.password not in text
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    try:
        await page.goto(path.as_uri())
        summary = page.locator("#summary")
        assert await summary.is_visible()
        assert "factory_equipment" in await summary.inner_text()
        box = await summary.bounding_box()
        assert box["y"] < 800  # summary first, on the first screen
        widths = await page.eval_on_selector_all("img.shot",
                                                 "imgs => imgs.map(i => i.naturalWidth)")
        assert widths and all(w > 0 for w in widths)
        bad = page.locator("tr.bad", has_text="factory_equipment")
        assert "Equipment Details" in await bad.inner_text()  # what the proposal matched
    finally:
        await context.close()


async def test_a_heal_and_the_profile_override_reach_the_journal_and_the_report(
        profiles, tmp_path):
    """Nobody forgets a heal or an override: the journal keeps the heal, and the run's report
    (from the journal too) names the healed key and the override file."""
    from vautokit.processing import RunResult
    from vautokit.report import Report

    write_overrides("sandbox", {"selectors": {"modal_close": "div.x-window .x-tool-close"}})
    journal = RunJournal(tmp_path / "journal.sqlite")
    async with Sandbox(6, profile="fast", seed=5, drift=["reword"]) as site, \
            Automation(site, timeout=HEAL_AFTER, config=ParallelConfig(max_concurrency=1)) as va:
        links = await va.vehicles(saved_filter=None)
        await va.process(links, progress="none", journal=journal, run_id="healed")
    loaded = RunResult.load("healed", journal)
    healed = [e for e in loaded.events if e.kind is EventKind.LOCATOR_HEALED]
    assert {e.step for e in healed} >= {"factory_equipment"}
    html = Report("healed run", {"healed": loaded}).html()
    assert "locator healed: factory_equipment" in html
    assert "overridden by" in html and "modal_close" in html


async def test_a_sticker_popup_that_does_not_load_in_time_is_closed(profiles, monkeypatch):
    """The doctor leaves a started Automation signed in for the runs that follow: a sticker
    window it gave up on must not stay open (the site's next click would load into it)."""
    async def never_loads(self, *args, **kwargs):
        raise PlaywrightError("Timeout: the popup did not load")

    async with Sandbox(4, profile="fast", seed=5) as site, Automation(site, timeout=10) as va:
        monkeypatch.setattr(Page, "wait_for_load_state", never_loads)
        report = await doctor(va, wait=WAIT)
        left_open = [p.url for p in va.context.pages if p is not va.page]
    assert "no popup opened" in report.checks["sticker_request"].note
    assert left_open == []
