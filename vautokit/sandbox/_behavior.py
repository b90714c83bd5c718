"""Latency and fault injection: seeded, reproducible, scaled by one ``time_scale``."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field, replace

STEPS = ("signin", "grid", "gauge", "sticker", "save")


@dataclass(frozen=True)
class Behavior:
    """How the sandbox answers: latencies per step and which faults it injects.

    Each decision is drawn from a generator seeded with (seed, kind, vehicle, n-th request),
    so the same run meets the same faults. A vehicle meets at most ``max_faults_per_vehicle``
    faults of each kind, as a flaky real site eventually answers.
    """

    name: str = "fast"
    latency: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STEPS, 0.0))
    jitter: float = 0.0
    time_scale: float = 1.0
    seed: int = 7
    error_rate: float = 0.0
    rate_limit_rate: float = 0.0
    retry_after: int = 1
    max_in_flight: int | None = None
    hang_rate: float = 0.0
    hang_seconds: float = 30.0
    mask_linger: float = 0.0
    wrong_tab_rate: float = 0.0
    expire_after_gauges: int | None = None
    max_faults_per_vehicle: int = 2
    idle_timeout: float = 1800.0
    absolute_timeout: float = 8 * 3600.0
    two_factor: bool = True
    lockout_failures: int = 5
    lockout_seconds: float = 900.0
    combo_delay: float = 0.3

    def with_(self, **changes) -> Behavior:
        return replace(self, **changes)

    def delay(self, step: str, key: str) -> float:
        """Seconds to wait before answering ``step`` for ``key``."""
        median = self.latency.get(step, 0.0) * self.time_scale
        if median <= 0:
            return 0.0
        if self.jitter <= 0:
            return median
        rng = random.Random(f"{self.seed}:lat:{step}:{key}")
        return median * math.exp(rng.gauss(0.0, self.jitter))

    def draws(self, kind: str, key: str, rate: float) -> bool:
        """Whether the fault ``kind`` hits the request identified by ``key``."""
        if rate <= 0:
            return False
        return random.Random(f"{self.seed}:{kind}:{key}").random() < rate


FAST = Behavior(name="fast", combo_delay=0.05)

REALISTIC = Behavior(
    name="realistic",
    latency={"signin": 2.0, "grid": 3.0, "gauge": 4.0, "sticker": 6.0, "save": 3.0},
    jitter=0.35,
    wrong_tab_rate=0.2,
    mask_linger=0.5,
)

CHAOS = REALISTIC.with_(
    name="chaos",
    time_scale=0.02,
    error_rate=0.08,
    rate_limit_rate=0.04,
    max_in_flight=6,
    hang_rate=0.03,
    hang_seconds=8.0,
    wrong_tab_rate=0.5,
    expire_after_gauges=15,
)

PROFILES: dict[str, Behavior] = {b.name: b for b in (FAST, REALISTIC, CHAOS)}


def behavior(name: str | Behavior = "fast", **changes) -> Behavior:
    """A named profile (``fast``, ``realistic``, ``chaos``) with optional changes."""
    if isinstance(name, Behavior):
        return name.with_(**changes) if changes else name
    try:
        base = PROFILES[name]
    except KeyError:
        raise ValueError(f"unknown sandbox profile {name!r}; "
                         f"choose from {sorted(PROFILES)}") from None
    return base.with_(**changes) if changes else base
