"""vautokit: parallel vAuto automation you can watch, tune and report on from Jupyter.

The public face: everything a notebook or script needs is importable from here.
"""

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
