"""With no credentials and no terminal, one clear error names the variables to set, never an
EOFError traceback."""

import io

import pytest

from vautokit.auth import Credentials
from vautokit.errors import AuthError


@pytest.fixture(autouse=True)
def _fresh_environment(monkeypatch):
    monkeypatch.delenv("VAUTO_USERNAME", raising=False)
    monkeypatch.delenv("VAUTO_PASSWORD", raising=False)


def test_no_credentials_and_no_terminal_is_one_clear_error(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # closed input: input() meets EOF
    with pytest.raises(AuthError) as caught:
        Credentials.resolve()
    message = str(caught.value)
    assert "VAUTO_USERNAME" in message and "VAUTO_PASSWORD" in message
    assert "no terminal" in message
    assert caught.value.__cause__ is None and caught.value.__suppress_context__

