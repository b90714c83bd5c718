"""The parallel engine: worker pool, coordinator, processor, records and status stream."""

from ..model import (
    FINAL,
    REPORTED,
    SUCCESSES,
    EventKind,
    Outcome,
    StatusBus,
    StatusEvent,
    StepTiming,
    VehicleRecord,
    WorkerStatus,
)
from ._coordinator import AccountThrottle, Coordinator, ErrorBudget, SessionState
from ._evidence import Evidence
from ._evidence import prune as prune_evidence
from ._history import results_history, run_history
from ._journal import DEFAULT_PATH as DEFAULT_JOURNAL
from ._journal import RunJournal
from ._pool import Health, PoolState, Worker, WorkerPool
from ._processor import ParallelVehicleProcessor
from ._result import RunResult
from ._workflow import STEPS, VehicleServices, VehicleWorkflow

__all__ = [
    "DEFAULT_JOURNAL",
    "FINAL",
    "REPORTED",
    "STEPS",
    "SUCCESSES",
    "AccountThrottle",
    "Coordinator",
    "ErrorBudget",
    "EventKind",
    "Evidence",
    "Health",
    "Outcome",
    "ParallelVehicleProcessor",
    "PoolState",
    "RunJournal",
    "RunResult",
    "SessionState",
    "StatusBus",
    "StatusEvent",
    "StepTiming",
    "VehicleRecord",
    "VehicleServices",
    "VehicleWorkflow",
    "Worker",
    "WorkerPool",
    "WorkerStatus",
    "prune_evidence",
    "results_history",
    "run_history",
]
