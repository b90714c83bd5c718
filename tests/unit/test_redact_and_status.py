from vautokit.auth import Credentials
from vautokit.processing import EventKind, StatusBus
from vautokit.report import Redactor


def test_redactor_removes_known_values_and_secret_assignments():
    redact = Redactor(["hunter2-secret", "abcd1234cookie"])
    text = "pw hunter2-secret cookie=abcd1234cookie code: 123456 One-time Bridge ID code: 654321."
    out = redact(text)
    for secret in ("hunter2-secret", "abcd1234cookie", "123456", "654321"):
        assert secret not in out


def test_credentials_never_show_the_password():
    creds = Credentials("dealer@x.test", "s3cret-pass")
    assert "s3cret-pass" not in repr(creds) and "s3cret-pass" not in str(creds)


def test_status_bus_tracks_workers_and_survives_broken_subscribers():
    bus = StatusBus()
    seen = []
    bus.subscribe(lambda e: 1 / 0)
    stop = bus.subscribe(seen.append)
    bus.emit(EventKind.RUN_STARTED, total=2)
    bus.emit(EventKind.VEHICLE_STARTED, worker=1, vehicle=0)
    bus.emit(EventKind.STEP, worker=1, vehicle=0, step="sticker")
    assert bus.snapshot()[0].step == "sticker"
    bus.emit(EventKind.VEHICLE_FINISHED, worker=1, vehicle=0, outcome="updated")
    bus.emit(EventKind.VEHICLE_FINISHED, worker=1, vehicle=1, outcome="failed")
    stop()
    bus.emit(EventKind.RUN_FINISHED)
    worker = bus.snapshot()[0]
    assert (worker.done, worker.failed, worker.state) == (1, 1, "idle")
    assert len(seen) == 5 and bus.total == 2
