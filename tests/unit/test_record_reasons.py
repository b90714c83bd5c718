"""The mapping's reasons on a vehicle's record: kept through the journal's JSON, absent from
older journals, and gathered per run into the phrases left to settle."""

import json

from vautokit.metrics import NavigationMetrics
from vautokit.processing import Outcome, RunResult, VehicleRecord

NO_PHRASE = "no phrase of the table"
PACKAGE = "package without contents: 'technology package'"


def _record(index: int, ended: float, reasons: dict[str, str]) -> VehicleRecord:
    record = VehicleRecord(index, str(index), f"VIN{index}", f"S{index}", "2024 Demo",
                           unmatched=["Quantum Flux Capacitor"], review=["Technology Package"],
                           reasons=reasons)
    record.finish(Outcome.UNCHANGED)
    record.ended = ended
    return record


def test_reasons_survive_the_journals_json():
    record = _record(0, 1.0, {"Quantum Flux Capacitor": NO_PHRASE, "Technology Package": PACKAGE})
    loaded = VehicleRecord.from_json(json.loads(json.dumps(record.to_json())), [])
    assert loaded.reasons == record.reasons


def test_a_record_of_an_older_journal_loads_without_reasons():
    data = _record(0, 1.0, {}).to_json()
    del data["reasons"]
    assert VehicleRecord.from_json(data, []).reasons == {}


def test_a_table_row_leaves_the_reasons_to_the_phrases_table():
    row = _record(0, 1.0, {"Quantum Flux Capacitor": NO_PHRASE}).row()
    assert "reasons" not in row and row["unmatched"] == "Quantum Flux Capacitor"


def test_phrases_to_settle_counts_each_kind_with_the_latest_reason():
    records = [_record(0, 2.0, {"Quantum Flux Capacitor": "an older table's reason",
                                "Technology Package": PACKAGE}),
               _record(1, 3.0, {"Quantum Flux Capacitor": NO_PHRASE}),
               _record(2, 1.0, {})]  # from a journal written before reasons were kept
    result = RunResult("sequential", 1, records, 0.0, 3.0, {},
                       NavigationMetrics.from_records(records, 3.0))
    table = result.phrases_to_settle()
    assert list(table.columns) == ["phrase", "kind", "count", "reason"]
    assert table.to_dict("records") == [
        {"phrase": "Quantum Flux Capacitor", "kind": "unmatched", "count": 3,
         "reason": NO_PHRASE},
        {"phrase": "Technology Package", "kind": "review", "count": 3, "reason": PACKAGE}]
