"""The sandbox: a faithful local imitation of vAuto with ground truth, latency and faults."""

from ._behavior import CHAOS, FAST, PROFILES, REALISTIC, Behavior, behavior
from ._generator import GeneratorSettings, VehicleSpec, generate_inventory
from ._server import Account, RequestRecord, Sandbox
from ._store import AuditRow

__all__ = [
    "CHAOS",
    "FAST",
    "PROFILES",
    "REALISTIC",
    "Account",
    "AuditRow",
    "Behavior",
    "GeneratorSettings",
    "RequestRecord",
    "Sandbox",
    "VehicleSpec",
    "behavior",
    "generate_inventory",
]
