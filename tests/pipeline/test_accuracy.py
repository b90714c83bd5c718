"""One vehicle done right, a hundred times: the saved boxes against the ground truth."""

import pytest

from tests.scoring import precision_recall
from vautokit import Automation, ParallelConfig, Sandbox
from vautokit.processing import Outcome


@pytest.fixture(scope="module")
def realistic_site():
    # The realistic profile's wording, wrong tabs and lingering masks; latency scaled down.
    with Sandbox(100, profile="realistic", seed=21, time_scale=0.01) as site:
        yield site


async def test_realistic_inventory_scores_high_and_reports_the_awkward_cases(realistic_site):
    site = realistic_site
    async with Automation(site, config=ParallelConfig(max_concurrency=3)) as va:
        links = await va.vehicles(saved_filter=None)
        result = await va.process(links, progress="none")
    assert len(links) == 100
    by_id = {int(r.vehicle_id): r for r in result.records}
    specs = {v.id: v for v in site.vehicles_of()}
    saved = site.saved_state()
    clean = [vid for vid, v in specs.items()
             if v.vin_valid and v.vin == v.page_vin and v.sticker_kind != "none"]
    precision, recall = precision_recall(site, clean)
    print(f"precision {precision:.4f} recall {recall:.4f} over {len(clean)} vehicles")
    assert precision >= 0.99 and recall >= 0.97
    assert all(by_id[vid].outcome is Outcome.UPDATED for vid in clean
               if set(specs[vid].truth) != set(specs[vid].initial))
    for vid, spec in specs.items():
        untouched = saved[vid] == set(spec.initial)
        if not spec.vin_valid:
            assert by_id[vid].outcome is Outcome.INVALID_VIN and untouched
        elif spec.vin != spec.page_vin:
            assert by_id[vid].outcome is Outcome.VIN_MISMATCH and untouched
        elif spec.sticker_kind == "none":
            assert by_id[vid].outcome is Outcome.NO_STICKER and untouched
    kinds = {spec.sticker_kind for spec in specs.values()}
    assert {"html", "pdf", "none"} <= kinds
    assert {by_id[v].sticker_source for v in clean} == {"html", "pdf"}
    assert "Floor Mats" in result.unmatched_phrases.index or len(result.unmatched_phrases) > 10


async def test_applying_twice_changes_nothing_the_second_time(site):
    async with Automation(site) as va:
        links = await va.vehicles(saved_filter=None, limit=6)
        first = await va.process(links, sequential=True, progress="none")
        audits = len(site.audit_log())
        second = await va.process(links, sequential=True, progress="none")
    assert first.outcomes["updated"] > 0
    assert second.outcomes["updated"] == 0 and second.outcomes["unchanged"] == first.outcomes[
        "updated"] + first.outcomes["unchanged"]
    assert len(site.audit_log()) == audits


async def test_dry_run_reports_the_change_and_saves_nothing(site):
    async with Automation(site) as va:
        links = await va.vehicles(saved_filter=None, limit=4)
        result = await va.process(links, sequential=True, dry_run=True, progress="none")
    assert site.audit_log() == []
    planned = [r for r in result.records if r.outcome is Outcome.DRY_RUN]
    assert planned and all(r.checked for r in planned)
