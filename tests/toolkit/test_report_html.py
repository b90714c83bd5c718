"""The report's HTML pieces: no ``None`` cells, redaction that keeps tables and images whole,
the concurrency line, and traces kept out."""

import base64
import re
import time

from vautokit.metrics import NavigationMetrics
from vautokit.processing import Outcome, RunResult, VehicleRecord
from vautokit.report import Redactor, Report


def _run(config: dict | None = None) -> RunResult:
    now = time.time()
    records = []
    for i, (outcome, error) in enumerate([(Outcome.UPDATED, None),
                                          (Outcome.FAILED, "login: password=pw-Secret-9 rejected"),
                                          (Outcome.UNCHANGED, None)]):
        r = VehicleRecord(i, str(i), f"VIN{i}", f"S{i}", "2022 Honda Accord", worker=1,
                          attempts=1, started=now + i, checked=["Sunroof"])
        r.finish(outcome, error)
        r.ended = now + i + 1
        r.evidence = ["evidence/r/v0001-a1-trace.zip"] if i == 1 else []
        records.append(r)
    return RunResult("parallel", 1, records, now, now + 3, config or {"max_concurrency": 1},
                     NavigationMetrics.from_records(records, 3.0), run_id="r")


def test_empty_values_show_as_empty_cells(tmp_path):
    text = Report("t", {"run": _run()}).html(tmp_path)
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", text)
    assert cells and "None" not in cells and "nan" not in cells


def test_redaction_keeps_every_row_of_a_table(tmp_path):
    text = Report("t", {"run": _run()}, secrets=["pw-Secret-9"]).html(tmp_path)
    assert "pw-Secret-9" not in text and "password=[redacted]" in text
    failures = text[text.index("<section id=failures>"):text.index("</section>",
                                                                   text.index("id=failures"))]
    assert failures.count("<tr>") == 2  # the header and the failed vehicle, both whole
    assert "login: password=[redacted] rejected" in failures


def test_redaction_stops_at_markup():
    assert Redactor()("<td>code=123456</td><td>next</td>") == \
        "<td>code=[redacted]</td><td>next</td>"


def test_embedded_images_are_not_touched_by_redaction(tmp_path):
    text = Report("t", {"run": _run()}, secrets=["pw-Secret-9"]).html(tmp_path)
    uris = re.findall(r"src='data:image/png;base64,([^']+)'", text)
    assert uris and all(base64.b64decode(u)[:8] == b"\x89PNG\r\n\x1a\n" for u in uris)
    assert "@@image-" not in text


def test_traces_never_reach_the_report(tmp_path):
    report = Report("t", {"run": _run()})
    assert "trace.zip" not in report.html(tmp_path)
    assert "trace.zip" not in report.export_csv(tmp_path / "csv")["vehicles"].read_text()


def test_summary_names_adaptive_concurrency(tmp_path):
    config = {"adaptive": True, "min_concurrency": 2, "max_concurrency": 6}
    text = Report("t", {"run": _run(config)}).html(tmp_path)
    summary = text[text.index("<section id=summary>"):text.index("</section>")]
    assert "adaptive, between 2 and 6 workers" in summary


def test_phrases_section_shows_review_and_unmatched_lines_with_their_reasons(tmp_path):
    older, newer = _run(), _run()
    older.started -= 3_600
    for record in older.records:  # a run of a journal written before reasons were kept
        record.unmatched = ["Quantum Flux Capacitor"]
    for record in newer.records[:2]:
        record.unmatched, record.review = ["Quantum Flux Capacitor"], ["Technology <Pkg>"]
        record.reasons = {"Quantum Flux Capacitor": "no phrase of the table",
                          "Technology <Pkg>": "package without contents: 'technology pkg'"}
    text = Report("t", {"older": older, "newer": newer}).html(tmp_path)
    section = text[text.index("<section id=unmatched>"):]
    section = section[:section.index("</section>")]
    assert "<h2>Unmatched and review phrases (2)</h2>" in section
    rows = re.findall(r"<tr>(.*?)</tr>", section)
    assert rows[1:] == [
        "<td class=t>Quantum Flux Capacitor</td><td class=t>unmatched</td><td>5</td>"
        "<td class=t>no phrase of the table</td>",
        "<td class=t>Technology &lt;Pkg&gt;</td><td class=t>review</td><td>2</td>"
        "<td class=t>package without contents: &#x27;technology pkg&#x27;</td>"]
