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
