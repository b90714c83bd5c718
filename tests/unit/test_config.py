import pytest

from vautokit import ParallelConfig
from vautokit.errors import ConfigError


def test_defaults_follow_the_plan():
    c = ParallelConfig()
    plan = (c.max_concurrency, c.worker_timeout, c.error_threshold, c.batch_size)
    assert plan == (3, 300, 0.5, 5)


@pytest.mark.parametrize(("field", "value", "words"), [
    ("max_concurrency", 0, "1 to 64"),
    ("error_threshold", 1.5, "0 to 1"),
    ("batch_size", 2.5, "whole number"),
    ("block_resources", "yes", "true or false"),
])
def test_invalid_values_name_the_field_and_range(field, value, words):
    with pytest.raises(ConfigError) as info:
        ParallelConfig(**{field: value})
    assert field in str(info.value) and words in str(info.value)


def test_environment_overrides_toml_which_overrides_defaults(tmp_path):
    path = tmp_path / "v.toml"
    path.write_text("[parallel]\nmax_concurrency = 5\nbatch_size = 2\n")
    config = ParallelConfig.load(path)
    assert (config.max_concurrency, config.batch_size) == (5, 2)
    env = ParallelConfig.from_env({"VAUTOKIT_MAX_CONCURRENCY": "7",
                                   "VAUTOKIT_BLOCK_RESOURCES": "false"}, base=config)
    assert (env.max_concurrency, env.batch_size, env.block_resources) == (7, 2, False)


def test_broken_config_files_and_values_are_clear(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("max_concurrency = [")
    with pytest.raises(ConfigError, match="valid TOML"):
        ParallelConfig.from_toml(broken)
    with pytest.raises(ConfigError, match="existing TOML"):
        ParallelConfig.from_toml(tmp_path / "missing.toml")
    unknown = tmp_path / "unknown.toml"
    unknown.write_text("max_concurency = 3")
    with pytest.raises(ConfigError, match="max_concurency"):
        ParallelConfig.from_toml(unknown)
    with pytest.raises(ConfigError, match="VAUTOKIT_BATCH_SIZE"):
        ParallelConfig.from_env({"VAUTOKIT_BATCH_SIZE": "five"})


@pytest.mark.parametrize(("field", "value"), [
    ("error_threshold", float("nan")),
    ("worker_timeout", float("inf")),
    ("max_pause", float("-inf")),
])
def test_values_that_are_not_finite_are_refused(field, value):
    with pytest.raises(ConfigError, match=f"{field}=.*finite"):
        ParallelConfig(**{field: value})


def test_settings_that_would_switch_a_safeguard_off_together_are_refused():
    with pytest.raises(ConfigError, match=r"min_error_samples=5: .*error_window \(3\)"):
        ParallelConfig(error_window=3)
    with pytest.raises(ConfigError, match=r"min_concurrency=4: .*max_concurrency \(3\)"):
        ParallelConfig(min_concurrency=4)
    assert ParallelConfig(error_window=3, min_error_samples=3).error_window == 3


def test_layers_are_merged_before_settings_are_checked_against_each_other(tmp_path,
                                                                          monkeypatch):
    path = tmp_path / "v.toml"
    path.write_text("[parallel]\nmin_concurrency = 6\n")
    monkeypatch.setenv("VAUTOKIT_MAX_CONCURRENCY", "8")
    config = ParallelConfig.load(path, adaptive=True)
    assert (config.min_concurrency, config.max_concurrency, config.adaptive) == (6, 8, True)
    with pytest.raises(ConfigError, match="min_concurrency=6"):
        ParallelConfig.load(path, max_concurrency=5)


@pytest.mark.parametrize(("text", "words"), [
    ("parallel = 5\n", "parallel=5: allowed a table of settings"),
    ("[parallel]\nendpoints = 5\n", "a list of endpoint URLs"),
    ("[parallel]\nerror_threshold = nan\n", "error_threshold=nan"),
])
def test_config_files_of_the_wrong_shape_are_clear(tmp_path, text, words):
    path = tmp_path / "v.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=words):
        ParallelConfig.load(path)


def test_a_config_path_that_is_a_folder_or_not_text_is_clear(tmp_path):
    with pytest.raises(ConfigError, match="not a folder"):
        ParallelConfig.from_toml(tmp_path)
    binary = tmp_path / "v.toml"
    binary.write_bytes(b"\xff\xfe\x00max")
    with pytest.raises(ConfigError, match="valid TOML"):
        ParallelConfig.from_toml(binary)


@pytest.mark.parametrize(("text", "words"), [
    ("http://[::1", "http://[::1]:9222"),
    ("http://127.0.0.1:99999", "port from 1 to 65535"),
    ("ws://host:0/", "port from 1 to 65535"),
    ("http://host:abc", "port from 1 to 65535"),
    ("http://:9222#2", "a URL with a host"),
])
def test_endpoints_with_a_bad_host_or_port_are_refused_up_front(text, words):
    with pytest.raises(ConfigError, match="endpoints") as info:
        ParallelConfig(endpoints=[text])
    assert words in str(info.value)
