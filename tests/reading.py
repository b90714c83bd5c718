"""The sandbox read as a profile with ``sticker_read = "window"`` reads it: each sticker in
the window the site opens, for the tests of that path (the default reads it by request)."""

from __future__ import annotations

from dataclasses import replace

from vautokit.sandbox._access import SiteAccess
from vautokit.site import SiteProfile


def by_window(profile: SiteProfile) -> SiteProfile:
    return replace(profile, sticker_read="window")


def window_access(site) -> SiteAccess:
    """The sandbox's own access (profile, account, code inbox), its profile reading windows."""
    access = site.site_access()
    return replace(access, profile=by_window(access.profile))
