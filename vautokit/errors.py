"""Every error vautokit raises, and the policy the processor applies to it.

    VautokitError
    ├── ConfigError                  a setting is out of range or unreadable
    │   └── SynonymsFileError        a user synonyms file refused (names file, label, phrase)
    ├── JournalError                 the run journal cannot be read or written
    ├── BrowserNotFoundError         no Chromium could be found or installed
    ├── ProfileError                 a site profile is missing or malformed
    │   └── SelectorNotFoundError    the site no longer matches a profile selector
    ├── AuthError                    sign-in failed
    │   ├── InvalidCredentialsError
    │   ├── AccountLockedError
    │   └── TwoFactorError           the 2FA code was rejected or expired
    │       └── TwoFactorCodeError   no code came from a command or webhook (never retried)
    ├── SessionExpiredError          policy: re-login once, re-queue, no retry spent
    ├── SiteError                    the site answered badly
    │   ├── TransientSiteError       policy: retry with backoff (5xx, timeouts)
    │   └── RateLimitedError         policy: pause the whole account for Retry-After
    ├── WorkerCrashedError           policy: recreate the context, then retry
    ├── PoolStartError               policy: fall back to sequential processing
    ├── UnexpectedError              policy: recover the worker, retry once, then fail
    ├── EndpointError                a remote browser cannot be used
    │   ├── EndpointUnreachableError policy: move its workers to healthy endpoints
    │   └── EndpointVersionError     Playwright client and server versions differ
    ├── ScheduleError                a schedule cannot be installed, listed or removed
    ├── GroupFileError               a dealer-group file is malformed (names key and line)
    ├── LeaseHeldError               another live run holds the account or run (exit 4)
    ├── OutputPathError              a report or export path cannot be written
    └── VehicleError                 policy: permanent, never retried
        ├── InvalidVinError
        ├── VinMismatchError
        ├── NoStickerError
        └── StickerParseError

The processor applies each policy by error class (processing/_processor.py).
Messages never contain secrets: callers pass usernames at most, never passwords,
codes or cookies.
"""

from __future__ import annotations


class VautokitError(Exception):
    """Base of every vautokit error."""


class ConfigError(VautokitError):
    def __init__(self, field: str, value: object, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"invalid setting {field}={value!r}: allowed {allowed}")


class JournalError(VautokitError):
    def __init__(self, path: object, problem: str, fix: str) -> None:
        self.path = path
        super().__init__(f"run journal {path}: {problem}; {fix}")


class BrowserNotFoundError(VautokitError):
    def __init__(self, tried: list[str]) -> None:
        self.tried = tried
        lines = "\n  - ".join(tried)
        super().__init__(
            "no Chromium browser is available. Tried:\n  - "
            f"{lines}\n"
            "Fix: run `vautokit setup-browser`, or set VAUTOKIT_BROWSER=/path/to/chromium, or on "
            "Debian/Ubuntu `apt-get install -y chromium-headless-shell` (or `chromium`)."
        )


class ProfileError(VautokitError):
    pass


class SelectorNotFoundError(ProfileError):
    def __init__(self, profile: str, key: str, page: str, selector: str) -> None:
        self.profile = profile
        self.key = key
        self.page = page
        self.selector = selector
        super().__init__(
            f"site profile {profile!r}: selector {key!r} = {selector!r} matched nothing on "
            f"{page}. The site may have changed: `vautokit doctor --site {profile}` shows "
            f"what matches now and can write it to your profile override ([selectors] {key})."
        )


class AuthError(VautokitError):
    pass


class InvalidCredentialsError(AuthError):
    def __init__(self, username: str) -> None:
        super().__init__(
            f"sign-in refused for user {username!r}: wrong username or password "
            "(check VAUTO_USERNAME / VAUTO_PASSWORD)"
        )


class AccountLockedError(AuthError):
    def __init__(self, username: str) -> None:
        super().__init__(
            f"account {username!r} is locked after repeated failed sign-ins; wait for the "
            "lock to lift or unlock it with your vAuto administrator"
        )


class TwoFactorError(AuthError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"two-factor verification failed: {reason}; request a new code")


class TwoFactorCodeError(TwoFactorError):
    """No 2FA code could be had without a person: names the source, never the code."""

    def __init__(self, source: str, reason: str, fix: str) -> None:
        self.source = source
        self.reason = reason
        AuthError.__init__(self, f"no 2FA code from {source}: {reason}; {fix}")


class SessionExpiredError(VautokitError):
    def __init__(self, where: str) -> None:
        super().__init__(f"the vAuto session expired (seen on {where})")


class SiteError(VautokitError):
    pass


class TransientSiteError(SiteError):
    def __init__(self, what: str, status: int | None = None) -> None:
        self.status = status
        detail = f" (HTTP {status})" if status else ""
        super().__init__(f"{what}{detail}")


class RateLimitedError(SiteError):
    def __init__(self, what: str, retry_after: float | None) -> None:
        self.retry_after = retry_after
        when = "no usable Retry-After" if retry_after is None else \
            f"retry after {retry_after:g} s"
        super().__init__(f"{what}: rate limited, {when}")


class WorkerCrashedError(VautokitError):
    def __init__(self, worker_id: int | None, reason: str) -> None:
        self.worker_id = worker_id
        who = f"worker {worker_id}: " if worker_id is not None else ""
        super().__init__(f"{who}browser context lost ({reason})")


class PoolStartError(VautokitError):
    pass


class UnexpectedError(VautokitError):
    """An exception of a kind nobody planned for, met while processing a vehicle.

    Keeps the original's type and first line (already redacted by the caller).
    """

    kind = "unexpected"

    def __init__(self, original: BaseException, message: str) -> None:
        self.original_type = type(original).__name__
        super().__init__(f"{self.original_type}: {message}")


class EndpointError(VautokitError):
    """A browser endpoint (a DevTools or Playwright server URL) cannot be used."""

    def __init__(self, endpoint: str, reason: str) -> None:
        self.endpoint = endpoint
        super().__init__(f"browser endpoint {endpoint}: {reason}")


class EndpointUnreachableError(EndpointError):
    def __init__(self, endpoint: str, detail: str) -> None:
        super().__init__(endpoint, f"unreachable ({detail}); check that the browser runs and "
                                   "that host, port and token are right, or start local ones "
                                   "with `vautokit browsers --count N`")


class EndpointVersionError(EndpointError):
    def __init__(self, endpoint: str, detail: str) -> None:
        super().__init__(endpoint, f"Playwright version mismatch ({detail}); run the server "
                                   "with the same Playwright version as this client")


class VehicleError(VautokitError):
    """A problem with one vehicle that retrying cannot fix."""


class InvalidVinError(VehicleError):
    def __init__(self, vin: str, reason: str) -> None:
        self.vin = vin
        super().__init__(f"invalid VIN {vin!r}: {reason}")


class VinMismatchError(VehicleError):
    def __init__(self, expected: str, shown: str) -> None:
        self.expected = expected
        self.shown = shown
        super().__init__(
            f"the open page shows VIN {shown!r} but {expected!r} was asked for; "
            "nothing was changed"
        )


class NoStickerError(VehicleError):
    def __init__(self, vin: str) -> None:
        super().__init__(f"vehicle {vin}: no window sticker available; nothing was changed")


class StickerParseError(VehicleError):
    def __init__(self, vin: str, reason: str) -> None:
        super().__init__(f"vehicle {vin}: window sticker unreadable ({reason}); nothing changed")


class ScheduleError(VautokitError):
    def __init__(self, what: str, problem: str, fix: str) -> None:
        self.what = what
        super().__init__(f"schedule {what}: {problem}; {fix}")


class GroupFileError(VautokitError):
    def __init__(self, path: object, line: int | None, key: str, problem: str) -> None:
        self.path = path
        self.line = line
        self.key = key
        where = f"{path}:{line}" if line else f"{path}"
        super().__init__(f"dealer-group file {where}: {key}: {problem}")


class LeaseHeldError(VautokitError):
    """Another live run holds the account's (or the run's) lease: one run at a time."""

    def __init__(self, what: str, holder: str) -> None:
        self.what = what
        self.holder = holder
        super().__init__(f"{what} is in use by {holder}; wait for that run to end, or stop "
                         "that process (a lease whose process is gone is taken over)")


class OutputPathError(VautokitError):
    """A report or export path that cannot be written, found before the run starts."""

    def __init__(self, option: str, path: object, problem: str) -> None:
        self.path = path
        super().__init__(f"{option} {path}: {problem}; choose a writable location")


class SynonymsFileError(ConfigError):
    """A user synonyms file the mapping refuses, before it can tick anything from it: one line
    naming the file, and the label and phrase at fault when there is one."""

    def __init__(self, path: object, problem: str, *, label: str | None = None,
                 phrase: object = None) -> None:
        self.path = path
        self.label = label
        self.phrase = phrase
        where = "".join([f", label {label!r}" if label is not None else "",
                         f", phrase {phrase!r}" if phrase is not None else ""])
        VautokitError.__init__(self, f"synonyms file {path}{where}: {problem}")
        self.field, self.value, self.allowed = "synonyms", path, problem


class HealReviewError(VehicleError):
    """A write-path key (option boxes, save) matched only through a healed locator: nothing
    is saved through it; the vehicle is reported as a dry run for review until a person
    accepts the heal (``vautokit doctor --accept``)."""

    def __init__(self, profile: str, key: str, page: str, selector: str, healed: str) -> None:
        self.profile = profile
        self.key = key
        self.selector = selector
        self.healed = healed
        super().__init__(
            f"site profile {profile!r}: {key!r} = {selector!r} matched nothing on {page}; "
            f"{healed!r} matches instead, but a healed key is not trusted to save: done as "
            f"a dry run. Check it with `vautokit doctor --site {profile}` and accept it "
            "(`--accept`) to save through it")
