"""The vocabulary every layer shares: what happened to each vehicle, and the event stream.

It sits below ``processing`` (which writes it) and ``metrics``, the journal and the displays
(which read it), so none of them needs another's private modules.
"""

from ._events import PAYLOAD, EventKind, RunEnd, StatusBus, StatusEvent, WorkerStatus
from ._records import FINAL, REPORTED, SUCCESSES, Outcome, StepTiming, VehicleRecord

__all__ = [
    "FINAL",
    "PAYLOAD",
    "REPORTED",
    "SUCCESSES",
    "EventKind",
    "Outcome",
    "RunEnd",
    "StatusBus",
    "StatusEvent",
    "StepTiming",
    "VehicleRecord",
    "WorkerStatus",
]
