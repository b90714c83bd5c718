"""A site that changed is one problem, not one failure per vehicle.

When consecutive vehicles fail on the same profile key (a selector that matched nothing),
the site no longer matches the profile: the run stops with one reason naming the key and
pointing to ``vautokit doctor``, instead of spending a timeout on every vehicle left.
"""

from __future__ import annotations

from ..errors import SelectorNotFoundError

SAME_KEY_LIMIT = 3


class SiteHealth:
    """Counts consecutive finished vehicles that failed on the same profile key."""

    def __init__(self, limit: int = SAME_KEY_LIMIT) -> None:
        self.limit = limit
        self.key: str | None = None
        self.streak = 0
        self.reason: str | None = None
        self._last: SelectorNotFoundError | None = None

    def record(self, error: BaseException | None) -> None:
        """One finished vehicle and the error it ended with (None when it did not fail)."""
        if not isinstance(error, SelectorNotFoundError):
            self.key, self.streak = None, 0
            return
        self.streak = self.streak + 1 if error.key == self.key else 1
        self.key, self._last = error.key, error
        if self.reason is None and self.streak >= self.limit:
            self.reason = (
                f"site profile {error.profile!r}: key {error.key!r} = {error.selector!r} matched "
                f"nothing on {error.page} for {self.streak} vehicles in a row: the site has "
                f"changed. Run `vautokit doctor --site {error.profile}` to find what matches "
                "now, and accept its proposal (`--accept`); then resume this run")
