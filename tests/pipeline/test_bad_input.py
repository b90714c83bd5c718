"""Bad input: each a clear error or a recorded per-vehicle outcome, never lost work."""

from importlib import resources

from vautokit import Automation
from vautokit.processing import Outcome
from vautokit.site import SiteProfile


async def test_empty_and_garbled_stickers_are_recorded_per_vehicle(site):
    specs = [v for v in site.vehicles_of() if v.vin_valid and v.vin == v.page_vin][:3]
    site.set_sticker(specs[0].id, [])                                  # empty sticker
    site.set_sticker(specs[1].id, kind="pdf", pdf_bytes=b"%PDF-garbage")  # garbled PDF
    site.set_sticker(specs[2].id, [("Interior", "Quantum Flux Capacitor"),  # unknown feature
                                   ("Optional Equipment", "Technology Package")])  # no contents
    async with Automation(site) as va:
        links = [link for link in await va.vehicles(saved_filter=None)
                 if int(link.id) in {s.id for s in specs}]
        result = await va.process(links, sequential=True, progress="none")
    by_id = {int(r.vehicle_id): r for r in result.records}
    assert by_id[specs[0].id].outcome is Outcome.STICKER_UNREADABLE
    assert "no equipment lines" in by_id[specs[0].id].error
    assert by_id[specs[1].id].outcome is Outcome.STICKER_UNREADABLE
    assert "PDF unreadable" in by_id[specs[1].id].error
    assert by_id[specs[2].id].outcome is Outcome.UNCHANGED
    assert by_id[specs[2].id].unmatched == ["Quantum Flux Capacitor"]
    assert by_id[specs[2].id].review == ["Technology Package"]
    reasons = by_id[specs[2].id].reasons  # why each line ticked nothing, for the report
    assert reasons.keys() == {"Quantum Flux Capacitor", "Technology Package"}
    assert reasons["Quantum Flux Capacitor"] == "no phrase of the table"
    assert reasons["Technology Package"].startswith("package without contents")
    assert site.audit_log() == []


async def test_selector_that_matches_nothing_names_key_page_and_selector(site, tmp_path):
    text = (resources.files("vautokit.site") / "profiles" / "sandbox.toml").read_text()
    changed = tmp_path / "changed.toml"
    changed.write_text(text.replace(
        "factory_equipment = \"button.x-btn-text:has-text('Factory Equipment')\"",
        "factory_equipment = \"button#windowStickerButton\""))
    profile = SiteProfile.load(changed, base_url=site.url)
    # The step timeout bounds every page action, not only the missing selector: a short one
    # would let a loaded machine fail the sign-in or another step first. One vehicle keeps
    # the full wait (per attempt) affordable.
    async with Automation(profile, credentials=_creds(site), two_factor=_inbox(site, profile),
                          timeout=10) as va:
        links = (await va.vehicles(saved_filter=None, limit=1))
        result = await va.process(links, sequential=True, progress="none")
    assert [r.outcome for r in result.records] == [Outcome.FAILED], result.outcomes
    error = result.records[0].error
    assert "factory_equipment" in error and "button#windowStickerButton" in error
    assert "vehicle info" in error


def _creds(site):
    from vautokit.auth import Credentials

    return Credentials(site.account.username, site.account.password)


def _inbox(site, profile):
    from vautokit.auth import SandboxInbox

    return SandboxInbox(profile.url("sms_inbox", username=site.account.username),
                        token=site.inbox_token)
