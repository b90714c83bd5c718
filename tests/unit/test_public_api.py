"""The public face is pinned: a name added to or dropped from ``vautokit.__all__`` is a
decision, made here on purpose."""

import vautokit
from vautokit import model, processing

PUBLIC = {
    "Automation", "BrowserLauncher", "CheckboxMappingService", "Coordinator", "Credentials",
    "InventoryFilterService", "LoginService", "NavigationMetrics", "Outcome", "ParallelConfig",
    "ParallelVehicleProcessor", "PromptCode", "RunJournal", "RunResult", "Sandbox",
    "SandboxInbox", "SiteProfile", "VautokitError", "VehicleLink", "VehicleServices",
    "VehicleValidationService", "WindowStickerService", "WorkerPool", "__version__", "arun_job",
    "enable_nested_asyncio", "ensure_browser", "resolve_browser", "run_job", "run_sync",
}


def test_the_public_names_are_the_pinned_ones():
    assert set(vautokit.__all__) == PUBLIC
    assert all(hasattr(vautokit, name) for name in vautokit.__all__)


def test_the_shared_vocabulary_is_the_one_processing_shows():
    shown = set(model.__all__) & set(processing.__all__)
    assert shown == set(model.__all__) - {"PAYLOAD", "RunEnd"}
    assert all(getattr(processing, name) is getattr(model, name) for name in shown)
