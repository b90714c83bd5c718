"""vautokit: parallel vAuto automation you can watch, tune and report on from Jupyter.

The public face: everything a notebook or script needs is importable from here. Each name is
imported from its layer on first use (see ``_lazy``), so ``import vautokit`` stays cheap and
a run loads only the layers it uses: no charts, reports or sandbox server unless asked for.
"""

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

if TYPE_CHECKING:  # what type checkers and editors see; at run time ``__getattr__`` imports
    from ._asyncutil import enable_nested_asyncio, run_sync
    from ._automation import Automation
    from .auth import Credentials, LoginService, PromptCode, SandboxInbox
    from .browser import BrowserLauncher, ensure_browser, resolve_browser
    from .config import ParallelConfig
    from .errors import VautokitError
    from .jobs import arun_job, run_job
    from .metrics import NavigationMetrics
    from .processing import (
        Coordinator,
        Outcome,
        ParallelVehicleProcessor,
        RunJournal,
        RunResult,
        VehicleServices,
        WorkerPool,
    )
    from .sandbox import Sandbox
    from .site import SiteProfile
    from .vehicles import (
        CheckboxMappingService,
        InventoryFilterService,
        VehicleLink,
        VehicleValidationService,
        WindowStickerService,
    )

__version__ = "0.1.0"

_EXPORTS = {
    "enable_nested_asyncio": "._asyncutil", "run_sync": "._asyncutil",
    "Automation": "._automation",
    "Credentials": ".auth", "LoginService": ".auth", "PromptCode": ".auth",
    "SandboxInbox": ".auth",
    "BrowserLauncher": ".browser", "ensure_browser": ".browser", "resolve_browser": ".browser",
    "ParallelConfig": ".config",
    "VautokitError": ".errors",
    "arun_job": ".jobs", "run_job": ".jobs",
    "NavigationMetrics": ".metrics",
    "Coordinator": ".processing", "Outcome": ".processing",
    "ParallelVehicleProcessor": ".processing", "RunJournal": ".processing",
    "RunResult": ".processing", "VehicleServices": ".processing", "WorkerPool": ".processing",
    "Sandbox": ".sandbox",
    "SiteProfile": ".site",
    "CheckboxMappingService": ".vehicles", "InventoryFilterService": ".vehicles",
    "VehicleLink": ".vehicles", "VehicleValidationService": ".vehicles",
    "WindowStickerService": ".vehicles",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [
    "Automation",
    "BrowserLauncher",
    "CheckboxMappingService",
    "Coordinator",
    "Credentials",
    "InventoryFilterService",
    "LoginService",
    "NavigationMetrics",
    "Outcome",
    "ParallelConfig",
    "ParallelVehicleProcessor",
    "PromptCode",
    "RunJournal",
    "RunResult",
    "Sandbox",
    "SandboxInbox",
    "SiteProfile",
    "VautokitError",
    "VehicleLink",
    "VehicleServices",
    "VehicleValidationService",
    "WindowStickerService",
    "WorkerPool",
    "__version__",
    "arun_job",
    "enable_nested_asyncio",
    "ensure_browser",
    "resolve_browser",
    "run_job",
    "run_sync",
]
