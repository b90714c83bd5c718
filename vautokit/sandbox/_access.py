"""What a job needs to reach a site, handed out by the sandbox itself.

A run needs a site profile, credentials, a 2FA code provider and the secret values to redact
from what it shares. For real vAuto these come from the profile file, the environment and
the code source the user chose; the sandbox knows all four of its own, so it hands them out
(:meth:`Sandbox.site_access`) and no caller needs to treat it as a special case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..auth import CodeProvider, Credentials, SandboxInbox
from ..errors import VautokitError
from ..site import SiteProfile

if TYPE_CHECKING:
    from ._server import Sandbox


@dataclass(frozen=True)
class SiteAccess:
    """A site profile with the account to sign in with and where its 2FA codes come from.

    ``secrets`` are values to redact from anything the run shares (the password, and for the
    sandbox its inbox token); the ``repr`` shows none of them.
    """

    profile: SiteProfile
    credentials: Credentials
    code_provider: CodeProvider
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @property
    def account(self) -> str:
        """The account a lease guards: one run at a time per user on one site."""
        return f"{self.credentials.username} at {self.profile.base_url}"


def sandbox_access(site: Sandbox, username: str | None = None, *,
                   password: str | None = None) -> SiteAccess:
    """The running sandbox's profile, one of its dealer accounts (the first by default) and
    its SMS inbox as the code provider. ``password`` replaces the account's (a wrong one stays
    wrong: the sandbox refuses it as vAuto would); a username the sandbox does not know needs
    one."""
    accounts = {a.username: a for a in (site.account, site.other_account)}
    username = username or site.account.username
    if password is None and username not in accounts:
        raise VautokitError(f"the sandbox has no account {username!r}: use one of "
                            f"{', '.join(accounts)}, or give its password")
    password = password if password is not None else accounts[username].password
    profile = SiteProfile.load("sandbox", base_url=site.url)
    inbox = SandboxInbox(profile.url("sms_inbox", username=username), token=site.inbox_token)
    return SiteAccess(profile, Credentials(username, password), inbox,
                      (password, site.inbox_token))
