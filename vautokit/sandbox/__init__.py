"""The sandbox: a faithful local imitation of vAuto with ground truth, latency and faults."""

from .._lazy import lazy_exports

_EXPORTS = {
    "CHAOS": "._behavior",
    "FAST": "._behavior",
    "PROFILES": "._behavior",
    "REALISTIC": "._behavior",
    "Behavior": "._behavior",
    "behavior": "._behavior",
    "GeneratorSettings": "._generator",
    "VehicleSpec": "._generator",
    "generate_inventory": "._generator",
    "Account": "._server",
    "RequestRecord": "._server",
    "Sandbox": "._server",
    "AuditRow": "._store",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

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
