"""The parallel engine: worker pool, coordinator, processor, records and status stream."""

from ._coordinator import AccountThrottle, Coordinator, ErrorBudget, SessionState
from ._journal import DEFAULT_PATH as DEFAULT_JOURNAL
from ._journal import RunJournal
from ._pool import Health, PoolState, Worker, WorkerPool
from ._processor import ParallelVehicleProcessor
from ._records import REPORTED, SUCCESSES, Outcome, StepTiming, VehicleRecord
from ._result import RunResult
from ._status import EventKind, StatusBus, StatusEvent, WorkerStatus
from ._workflow import STEPS, VehicleServices, VehicleWorkflow

__all__ = [
    "DEFAULT_JOURNAL",
    "REPORTED",
    "STEPS",
    "SUCCESSES",
    "AccountThrottle",
    "Coordinator",
    "ErrorBudget",
    "EventKind",
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
]
