"""The site doctor's standalone HTML report: a summary, then each key with its screenshot.

Rendered here, not in ``site/``: the doctor finds facts about a site; turning them into a
redacted page is the report layer's job, as for runs and sweeps.
"""

from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from ..site import DoctorReport, KeyCheck
from ._html import Images
from ._redact import Redactor

_CSS = """body{font:13px system-ui,sans-serif;margin:16px}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
tr.bad td{background:#fdecec}.bad{color:#a00}.ok{color:#060}img.shot{max-width:360px}
code{font-size:12px}"""


def doctor_html(report: DoctorReport) -> str:
    """The whole page, with every secret the walk knew replaced by ``[redacted]``."""
    images = Images()
    rows = "".join(_key_row(c, images) for c in report.checks.values())
    body = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>vautokit doctor: "
            f"{escape(report.profile.name)}</title><style>{_CSS}</style></head><body>"
            f"<h1>Site doctor: {escape(report.profile.name)}</h1>{_summary(report)}"
            "<section id=keys><h2>Keys</h2><table><thead><tr><th>step</th><th>key</th>"
            "<th>status</th><th>n</th><th>s</th><th>note, candidates</th><th>seen</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></section></body></html>")
    return images.restore(Redactor(report.secrets)(body))


def write_doctor_html(report: DoctorReport, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(doctor_html(report), encoding="utf-8")
    return path


def _key_row(c: KeyCheck, images: Images) -> str:
    shot = (images.img("data:image/jpeg;base64," + base64.b64encode(c.screenshot)
                       .decode("ascii"), c.key, css="shot") if c.screenshot else "")
    cands = "".join(f"<li><code>{escape(x.selector)}</code> ({x.how}, {x.count} "
                    f"match{'es' if x.count != 1 else ''}: {escape(x.matched)})</li>"
                    for x in c.candidates)
    cands = f"<ol>{cands}</ol>" if cands else ""
    return (f"<tr class='{'ok' if c.ok else 'bad'}'><td>{escape(c.step)}</td>"
            f"<td><b>{escape(c.key)}</b><br><code>{escape(c.value)}</code></td>"
            f"<td>{escape(c.status)}</td><td>{'' if c.count is None else c.count}"
            f"</td><td>{'' if c.seconds is None else f'{c.seconds:.2f}'}</td>"
            f"<td>{escape(c.note)}{cands}</td><td>{shot}</td></tr>")


def _summary(report: DoctorReport) -> str:
    overrides = ""
    if report.profile.overrides:
        items = "".join(f"<li><code>{escape(k)} = {escape(v)}</code></li>"
                        for k, v in sorted(report.profile.overrides.items()))
        where = escape(str(report.profile.override_path))
        overrides = f"<p>Overrides in effect from <code>{where}</code>:</p><ul>{items}</ul>"
    failing = sum(1 for c in report.checks.values() if not c.ok)
    return (f"<section id=summary><h2>Summary</h2><p class='{'ok' if report.ok else 'bad'}'>"
            f"{escape(report.verdict)}</p><p>{len(report.checks)} keys checked, "
            f"{failing} failing, {len(report.proposals)} with a proposal.</p>"
            f"{overrides}</section>")
