"""The doctor's parts without a browser: overrides, the same-key stop, drift data."""

from __future__ import annotations

import pytest

from vautokit.errors import ProfileError, SelectorNotFoundError
from vautokit.processing._site_health import SiteHealth
from vautokit.sandbox import _pages as pages
from vautokit.sandbox._drift import DRIFTS, apply_drifts, broken_keys, drifts
from vautokit.site import Fingerprint, SiteProfile, write_overrides


def test_an_override_changes_only_its_keys_and_says_where(tmp_path, monkeypatch):
    monkeypatch.setenv("VAUTOKIT_PROFILES", str(tmp_path))
    builtin = SiteProfile.load("sandbox")
    assert builtin.overrides == {} and builtin.overrides_note is None
    path = write_overrides("sandbox", {"selectors": {"save_button": "role=button[name=\"Go\"]"}})
    write_overrides("sandbox", {"selectors": {"next_page": "#nextPage"}})  # merged, not replaced
    profile = SiteProfile.load("sandbox")
    assert profile.overrides == {"save_button": 'role=button[name="Go"]', "next_page": "#nextPage"}
    assert profile.override_path == path == tmp_path / "sandbox.toml"
    assert {k: v for k, v in profile.selectors.items() if builtin.selectors[k] != v} \
        == profile.overrides
    assert "save_button" in profile.overrides_note and str(path) in profile.overrides_note
    assert SiteProfile.load("sandbox", overrides=False).selectors == builtin.selectors
    assert SiteProfile.load("vauto").overrides == {}  # another site's file is not this one's


def test_a_broken_override_names_its_file(tmp_path, monkeypatch):
    monkeypatch.setenv("VAUTOKIT_PROFILES", str(tmp_path))
    (tmp_path / "sandbox.toml").write_text("[selectors]\nsave_button = 3\n")
    with pytest.raises(ProfileError, match=r"sandbox\.toml.*save_button must be a string"):
        SiteProfile.load("sandbox")


def _missing(key: str) -> SelectorNotFoundError:
    return SelectorNotFoundError("sandbox", key, "gauge page", "#x")


def test_three_vehicles_failing_on_one_key_is_one_site_problem():
    health = SiteHealth()
    for error in (_missing("save_button"), _missing("save_button"), None,
                  _missing("save_button"), _missing("factory_equipment"),
                  _missing("save_button"), _missing("save_button")):
        health.record(error)
    assert health.reason is None  # never three in a row on the same key
    health.record(_missing("save_button"))
    assert "'save_button'" in health.reason and "vautokit doctor" in health.reason


def test_a_selector_says_what_it_wants_when_nothing_else_is_known():
    assert Fingerprint.from_selector("role=button[name='Next']") == Fingerprint(
        role="button", name="Next")
    fp = Fingerprint.from_selector("button.x-btn-text:has-text('Factory Equipment')")
    assert (fp.tag, fp.classes, fp.name) == ("button", ("x-btn-text",), "Factory Equipment")
    assert Fingerprint.from_selector("#ageMin").id == "ageMin"


def test_every_drift_changes_the_pages_it_claims_to():
    vehicle = {"id": 1, "page_vin": "1HGCM82633A004352", "stock": "S1", "title": "2020 A B"}
    served = [pages.dashboard("u", "d"), pages.inventory(10, 10),
              pages.gauge(vehicle, set(), "Vehicle Info", 10),
              pages.sticker_html(vehicle["title"], vehicle["page_vin"],
                                 [("Interior", "Heated Front Seats")])]
    for kind in DRIFTS.values():
        assert [apply_drifts((kind,), page) for page in served] != served, kind.name
    combined = drifts(reversed(list(DRIFTS)))
    assert [d.name for d in combined] == list(DRIFTS)  # canonical order whatever is asked
    gauge = apply_drifts(combined, served[2])
    assert "tabindex=\"0\">Save changes</a>" in gauge  # moved, then reworded
    assert broken_keys(["move_save", "reword"]) == {"save_button", "factory_equipment"}
    with pytest.raises(ValueError, match="unknown drift 'nope'"):
        drifts(["nope"])


def test_an_override_with_characters_beyond_ascii_reads_back_as_written(tmp_path, monkeypatch):
    """TOML has no surrogate pairs: a selector naming a label such as "Équipement ✓" must be
    written as the characters themselves, or the override file cannot be read back."""
    from vautokit.site import SiteProfile, write_overrides

    monkeypatch.setenv("VAUTOKIT_PROFILES", str(tmp_path))
    selector = 'role=button[name="Équipement 🚗"]'
    write_overrides("sandbox", {"selectors": {"factory_equipment": selector}})
    assert SiteProfile.load("sandbox").selectors["factory_equipment"] == selector
