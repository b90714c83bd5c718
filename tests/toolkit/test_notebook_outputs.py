"""Executed notebooks keep secrets out of their outputs, and a kept session file is 0600."""

import json
import stat
from pathlib import Path

import papermill

from vautokit import Automation

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "01_quickstart.ipynb"
SECRET = "nb-Secret-Passw0rd-42"


def test_quickstart_outputs_hold_no_secret(tmp_path):
    out = tmp_path / "quickstart-out.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(out),
                               parameters={"password": SECRET}, kernel_name="python3",
                               progress_bar=False, cwd=str(tmp_path))
    book = json.loads(out.read_text())
    outputs = json.dumps([c.get("outputs", []) for c in book["cells"]])
    assert "recent vehicles" in outputs  # the notebook ran and printed
    assert SECRET not in outputs
    assert "Bridge ID code" not in outputs and "VautoSession" not in outputs


async def test_kept_session_file_is_private(site, tmp_path):
    async with Automation(site) as va:
        path = await va.save_session(tmp_path / "state.json")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["cookies"]
