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
