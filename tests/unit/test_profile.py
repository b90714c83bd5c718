from importlib import resources

import pytest

from vautokit.errors import ProfileError
from vautokit.site import SiteProfile


def test_builtin_profiles_load_and_build_urls():
    sandbox = SiteProfile.load("sandbox", base_url="http://127.0.0.1:1")
    assert sandbox.url("gauge", vehicle_id=7).endswith("GaugePage.aspx?vehicleId=7")
    real = SiteProfile.load("vauto")
    assert real.selector("logged_in_marker") == "#mainMenu"


def test_a_worker_pings_the_sites_ping_page_only_where_the_profile_names_one():
    sandbox = SiteProfile.load("sandbox", base_url="http://127.0.0.1:1")
    assert sandbox.ping_url == "http://127.0.0.1:1/Va/api/ping"
    assert SiteProfile.load("vauto", base_url="https://vauto.example").ping_url is None


def test_missing_profile_names_the_choices():
    with pytest.raises(ProfileError, match="not found"):
        SiteProfile.load("nosuchsite")


@pytest.mark.parametrize(("text", "words"), [
    ("name = [", "not valid TOML"),
    ("name = 'x'\n[urls]\nlogin='/'\n", "lacks"),
    ("name = 'x'\n", "missing section"),
])
def test_malformed_profiles_say_what_is_wrong(tmp_path, text, words):
    path = tmp_path / "site.toml"
    path.write_text(text)
    with pytest.raises(ProfileError, match=words):
        SiteProfile.load(path)


def test_bad_pattern_is_reported(tmp_path):
    text = (resources.files("vautokit.site") / "profiles" / "sandbox.toml").read_text()
    path = tmp_path / "site.toml"
    path.write_text(text.replace('save_request = "SaveOptions"', 'save_request = "Save(("'))
    with pytest.raises(ProfileError, match="save_request"):
        SiteProfile.load(path)


def test_profile_without_base_url_cannot_build_urls():
    with pytest.raises(ProfileError, match="base_url"):
        SiteProfile.load("sandbox").url("login")


@pytest.mark.parametrize("base_url", ["www2.vauto.com", "ftp://host", "http://", "http://h:99999",
                                      "https://dealer:hunter2@"])
def test_a_base_url_that_is_not_a_web_address_is_refused_without_its_password(base_url):
    with pytest.raises(ProfileError, match="http\\(s\\) address") as refused:
        SiteProfile.load("vauto", base_url=base_url)
    assert "hunter2" not in str(refused.value)
