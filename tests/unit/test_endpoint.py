"""Endpoint text: kinds, capacities, and labels that never carry a token."""

import pytest

from vautokit import ParallelConfig
from vautokit.browser import Endpoint, EndpointKind, endpoint_error
from vautokit.errors import ConfigError, EndpointUnreachableError, EndpointVersionError


@pytest.mark.parametrize(("text", "kind", "capacity", "label"), [
    ("local", EndpointKind.LOCAL, None, "local"),
    ("local#2", EndpointKind.LOCAL, 2, "local"),
    ("http://127.0.0.1:9222", EndpointKind.CDP, None, "http://127.0.0.1:9222"),
    ("https://user:pw@host:9222/#3", EndpointKind.CDP, 3, "https://host:9222"),
    ("ws://h:9222/devtools/browser/ab-12", EndpointKind.CDP, None,
     "ws://h:9222/devtools/browser/ab-12"),
    ("cdp+wss://cloud.io?token=s3cret#4", EndpointKind.CDP, 4, "cdp+wss://cloud.io"),
    ("ws://h:3000/pw?token=s3cret", EndpointKind.PLAYWRIGHT, None, "ws://h:3000/pw"),
])
def test_endpoint_text_gives_kind_capacity_and_a_label_without_secrets(text, kind, capacity,
                                                                        label):
    endpoint = Endpoint.parse(text)
    assert (endpoint.kind, endpoint.capacity, endpoint.label) == (kind, capacity, label)
    assert "s3cret" not in repr(endpoint) and "pw@" not in str(endpoint)


@pytest.mark.parametrize("text", ["ftp://host", "chromium", "http://h:9222#0",
                                  "file:///tmp/x?token=s3cret"])
def test_bad_endpoint_text_names_the_setting_and_the_forms_allowed(text):
    with pytest.raises(ConfigError) as info:
        ParallelConfig(endpoints=[text])
    message = str(info.value)
    assert "endpoints" in message and "s3cret" not in message
    assert "capacity" in message


def test_endpoints_come_from_environment_and_toml_and_report_without_tokens(tmp_path):
    env = ParallelConfig.from_env({"VAUTOKIT_ENDPOINTS": "local#1, ws://h:3000/?token=s3cret"})
    assert [e.kind for e in env.browser_endpoints()] == [EndpointKind.LOCAL,
                                                        EndpointKind.PLAYWRIGHT]
    assert env.to_dict()["endpoints"] == ["local#1", "ws://h:3000"]
    path = tmp_path / "v.toml"
    path.write_text('[parallel]\nendpoints = ["http://10.0.0.5:9222#4"]\n')
    assert ParallelConfig.load(path).browser_endpoints() == [
        Endpoint("http://10.0.0.5:9222", 4)]
    assert ParallelConfig().browser_endpoints() == [Endpoint()]
    with pytest.raises(ConfigError, match="a list of endpoint URLs"):
        ParallelConfig(endpoints="http://h:9222")


def test_a_refused_connection_on_a_port_with_428_in_it_is_not_a_version_mismatch():
    endpoint = Endpoint.parse("http://127.0.0.1:42851?token=s3cret")
    error = endpoint_error(endpoint, Exception(
        "BrowserType.connect_over_cdp: connect ECONNREFUSED 127.0.0.1:42851/?token=s3cret"))
    assert isinstance(error, EndpointUnreachableError) and "s3cret" not in str(error)
    refused = endpoint_error(Endpoint.parse("ws://h:3000/"), Exception(
        "WebSocket error: 428 Precondition Required\nPlaywright version mismatch:\n"
        "  - server version: v1.0\n  - client version: v1.65"))
    assert isinstance(refused, EndpointVersionError) and "server v1.0, client v1.65" in str(refused)
