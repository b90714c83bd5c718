"""Fixtures of the unit tests."""

import pytest

from vautokit.vehicles import CheckboxMappingService


@pytest.fixture(scope="session")
def mapper() -> CheckboxMappingService:
    """The built-in rules, built once: the mapping tests only read it. Each rule test holds
    a mechanism of the rules, so the learned second opinion (tested on its own in
    test_mapping_second_opinion.py, measured on data in benchmarks/second_opinion.py) is off."""
    return CheckboxMappingService.built_in(second_opinion=False)


@pytest.fixture(scope="session")
def mapper_with_opinion() -> CheckboxMappingService:
    """The built-in mapping as runs use it: the rules, then the second opinion."""
    return CheckboxMappingService.built_in()
