"""The sandbox inventory size has a documented upper bound; a count past it (or not a whole
number) is refused naming the option and the bound, before anything is generated."""

import pytest

from vautokit.config import MAX_SANDBOX_VEHICLES, check_sandbox_vehicles
from vautokit.errors import ConfigError


@pytest.mark.parametrize("count", [1, 40, MAX_SANDBOX_VEHICLES])
def test_counts_within_the_bound_are_kept(count):
    assert check_sandbox_vehicles(count) == count


@pytest.mark.parametrize("count", [MAX_SANDBOX_VEHICLES + 1, 10**12, 0, -3, 2.5, True, "40",
                                   None])
def test_counts_outside_the_bound_name_the_option_and_the_bound(count):
    with pytest.raises(ConfigError) as caught:
        check_sandbox_vehicles(count, option="--vehicles")
    assert str(caught.value).startswith("invalid setting --vehicles=")
    assert f"a whole number from 1 to {MAX_SANDBOX_VEHICLES}" in str(caught.value)

