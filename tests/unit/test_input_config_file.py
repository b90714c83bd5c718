"""A config path that is not a regular file (a FIFO, a device) is refused at once, naming
what to give instead: reading a FIFO would wait for a writer forever."""

import os
import threading

import pytest

from vautokit.config import ParallelConfig
from vautokit.errors import ConfigError


def _load_in_thread(path):
    """Load in a daemon thread, so that a regression fails the test instead of hanging it."""
    outcome = {}

    def load():
        try:
            ParallelConfig.load(path)
        except Exception as exc:  # the test inspects what was raised
            outcome["error"] = exc

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(timeout=30)  # a bound against hanging the suite, not a speed claim
    return thread.is_alive(), outcome.get("error")


@pytest.mark.parametrize("make", ["fifo", "device"])
def test_a_config_that_is_not_a_regular_file_is_refused(tmp_path, make):
    if make == "fifo":
        path = tmp_path / "config.toml"
        os.mkfifo(path)
    else:
        path = "/dev/null"  # a character device
    still_reading, error = _load_in_thread(path)
    if still_reading:  # unblock the reader of the FIFO so the thread can end
        with open(path, "w"):
            pass
    assert not still_reading, "loading the config did not return"
    assert isinstance(error, ConfigError)
    assert "a regular TOML file, not a FIFO, device or socket" in str(error)


def test_a_regular_file_and_a_link_to_one_still_load(tmp_path):
    path = tmp_path / "v.toml"
    path.write_text("[parallel]\nmax_concurrency = 5\n")
    os.symlink(path, tmp_path / "link.toml")
    assert ParallelConfig.load(tmp_path / "link.toml").max_concurrency == 5
