"""The service contract: ``open_desk(url)`` returns a Desk whose services windows, tests and tools call.

Services take and return plain values and raise DomainError subclasses; they never import Qt.
"""

from __future__ import annotations

from app.config import describe, resolve_url
from app.db import Database
from app.services.accounts import AccountsService
from app.services.auth import AuthService
from app.services.base import Clock, Context, RecordingSender, SmsSender, system_clock
from app.services.cases import CaseService
from app.services.checklists import ChecklistService
from app.services.counter import CounterService
from app.services.errors import (
    AuthenticationError,
    ConflictError,
    DomainError,
    EnvironmentFault,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.services.feed import FeedService
from app.services.lookup import LookupService
from app.services.opendata import OpenDataService
from app.services.paper import PaperService
from app.services.profile import ProfileService
from app.services.register import RegisterService
from app.services.registries import RegistriesService
from app.services.roster import RosterService
from app.services.signing import NoticeService
from app.services.sms import OutboxService
from app.services.types import Actor, Change, Page

__all__ = [
    "Actor",
    "AuthenticationError",
    "Change",
    "ConflictError",
    "Desk",
    "DomainError",
    "EnvironmentFault",
    "InvalidTransition",
    "NotFound",
    "Page",
    "PermissionDenied",
    "ValidationError",
    "open_desk",
]


class Desk:
    """One database's services. Same interface in-process and (later) over the desk server's wire."""

    def __init__(
        self,
        url: str | None = None,
        *,
        clock: Clock | None = None,
        sms_sender: SmsSender | None = None,
        workstation: str | None = None,
    ) -> None:
        self.url = resolve_url(url)
        self.db = Database(self.url)
        self.ctx = Context(self.db, clock or system_clock, sms_sender or RecordingSender())
        if workstation:
            self.ctx.workstation = workstation
        self.auth = AuthService(self.ctx)
        self.accounts = AccountsService(self.ctx)
        self.roster = RosterService(self.ctx)
        self.cases = CaseService(self.ctx)
        self.counter = CounterService(self.ctx)
        self.checklists = ChecklistService(self.ctx)
        self.register = RegisterService(self.ctx)
        self.feed = FeedService(self.ctx)
        self.sms = OutboxService(self.ctx)
        self.paper = PaperService(self.ctx)
        self.lookup = LookupService(self.ctx)
        self.profile = ProfileService(self.ctx)
        self.opendata = OpenDataService(self.ctx)
        self.registries = RegistriesService(self.ctx)
        self.notices = NoticeService(self.ctx)

    def setup(self, username: str, password: str, jurisdiction: str = "440000", name: str = "") -> Actor:
        """Create the first commission administrator; only on a database without users."""
        return self.auth.setup(username, password, jurisdiction=jurisdiction, name=name)

    def needs_setup(self) -> bool:
        """True while the database has no user account (the login dialog then offers first-run setup)."""
        return self.auth.needs_setup()

    def describe(self) -> str:
        """The database in use, without any password (for status bars)."""
        return describe(self.url)

    def close(self) -> None:
        self.feed.close()
        self.db.dispose()


def open_desk(
    url: str | None = None,
    *,
    clock: Clock | None = None,
    sms_sender: SmsSender | None = None,
    workstation: str | None = None,
) -> Desk:
    """Open the desk on a database URL (None: $REGDESK_DB_URL or the default SQLite file).

    The schema is upgraded to the newest migration on open.
    """
    return Desk(url, clock=clock, sms_sender=sms_sender, workstation=workstation)
