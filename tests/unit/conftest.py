"""Fixtures of the unit tests."""

import pytest

from vautokit.vehicles import CheckboxMappingService


@pytest.fixture(scope="session")
def mapper() -> CheckboxMappingService:
    """The built-in mapping, built once: the mapping tests only read it."""
    return CheckboxMappingService.built_in()
