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


def test_both_builtin_profiles_read_the_sticker_by_request_and_a_profile_may_say_window(
        tmp_path):
    assert SiteProfile.load("sandbox").sticker_read == "request"
    assert SiteProfile.load("vauto").sticker_read == "request"
    text = (resources.files("vautokit.site") / "profiles" / "sandbox.toml").read_text()
    path = tmp_path / "site.toml"
    path.write_text(text.replace('sticker_read = "request"', 'sticker_read = "window"'))
    assert SiteProfile.load(path).sticker_read == "window"
    path.write_text(text.replace('sticker_read = "request"\n', ""))
    assert SiteProfile.load(path).sticker_read == "request"  # the key left out


@pytest.mark.parametrize("value", ['"popup"', '"Window"', "1"])
def test_a_sticker_read_other_than_request_or_window_is_refused_naming_it(tmp_path, value):
    text = (resources.files("vautokit.site") / "profiles" / "sandbox.toml").read_text()
    path = tmp_path / "site.toml"
    path.write_text(text.replace('sticker_read = "request"', f"sticker_read = {value}"))
    with pytest.raises(ProfileError, match="sticker_read") as refused:
        SiteProfile.load(path)
    assert value.strip('"') in str(refused.value) and "'request', 'window'" in str(refused.value)
    assert str(path) in str(refused.value)
