"""The vocabulary every layer shares: what happened to each vehicle, and the event stream.

It sits below ``processing`` (which writes it) and ``metrics``, the journal and the displays
(which read it), so none of them needs another's private modules.
"""

from .._lazy import lazy_exports

_EXPORTS = {
    "PAYLOAD": "._events",
    "EventKind": "._events",
    "RunEnd": "._events",
    "StatusBus": "._events",
    "StatusEvent": "._events",
    "WorkerStatus": "._events",
    "FINAL": "._records",
    "REPORTED": "._records",
    "SUCCESSES": "._records",
    "Outcome": "._records",
    "StepTiming": "._records",
    "VehicleRecord": "._records",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

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
