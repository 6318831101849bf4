"""The service contract: ``open_desk(url)`` returns a Desk whose services windows, tests and tools call.

Services take and return plain values and raise DomainError subclasses; they never import Qt. The values,
errors, constants and service Protocols are in ``app.services.contract``; importing this package loads no
database layer (SQLAlchemy) until a desk is opened.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

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
from app.services.types import Actor, Change, Page

if TYPE_CHECKING:  # the database layers load when a desk is opened, so the contract alone stays light
    from app.db import PgTimeouts
    from app.services import contract
    from app.services.base import Clock, SmsSender

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
    "service_classes",
]


def service_classes() -> tuple[type, ...]:
    """The service classes of the contract's services, in ``contract.SERVICES`` order, each guarded by
    ``app.services.edge`` (every public method checks its arguments' types, lengths and characters)."""
    from app.services import edge
    from app.services.accounts import AccountsService
    from app.services.auth import AuthService
    from app.services.cases import CaseService
    from app.services.checklists import ChecklistService
    from app.services.counter import CounterService
    from app.services.feed import FeedService
    from app.services.lookup import LookupService
    from app.services.merge import MergeService
    from app.services.paper import PaperService
    from app.services.profile import ProfileService
    from app.services.register import RegisterService
    from app.services.registries import RegistriesService
    from app.services.roster import RosterService
    from app.services.signing import NoticeService
    from app.services.sms import OutboxService

    classes = (AuthService, AccountsService, RosterService, CaseService, CounterService, ChecklistService,
               RegisterService, FeedService, OutboxService, PaperService, LookupService, ProfileService,
               RegistriesService, NoticeService, MergeService)
    for cls in classes:
        edge.guard(cls)  # once: a second call is a no-op
    return classes


class Desk:
    """One database's services in this process; satisfies ``app.services.contract.Desk``."""

    def __init__(
        self,
        url: str | None = None,
        *,
        clock: Clock | None = None,
        sms_sender: SmsSender | None = None,
        workstation: str | None = None,
        pg_timeouts: PgTimeouts | None = None,
        session_idle: dt.timedelta | None = None,
    ) -> None:
        from sqlalchemy.exc import DBAPIError

        from app.config import resolve_url
        from app.db import Database
        from app.services import audit as _audit  # noqa: F401 - links case and audit events at every commit
        from app.services import edge
        from app.services.accounts import AccountsService
        from app.services.auth import AuthService
        from app.services.backup import BackupService, check_sqlite_file
        from app.services.base import Context, opening_fault, system_clock
        from app.services.cases import CaseService
        from app.services.checklists import ChecklistService
        from app.services.counter import CounterService
        from app.services.feed import FeedService
        from app.services.lookup import LookupService
        from app.services.merge import MergeService
        from app.services.opendata import OpenDataService
        from app.services.paper import PaperService
        from app.services.profile import ProfileService
        from app.services.register import RegisterService
        from app.services.registries import RegistriesService
        from app.services.roster import RosterService
        from app.services.signing import NoticeService
        from app.services.sms import OutboxService

        service_classes()
        edge.guard(BackupService)  # local maintenance (a file on this machine): never on the wire
        edge.guard(OpenDataService)
        self.url = resolve_url(url)
        check_sqlite_file(self.url)  # a damaged file gets a clear message, not a traceback
        try:
            self.db = Database(self.url, pg_timeouts=pg_timeouts)
        except DBAPIError as exc:  # the server is down, or dropped the connection during the schema check
            raise opening_fault(exc) from exc
        self.ctx = Context(self.db, clock or system_clock, sms_sender)
        if workstation:
            self.ctx.workstation = workstation
        if session_idle is not None:
            self.ctx.session_idle = session_idle
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
        self.backup = BackupService(self.ctx)
        self.profile = ProfileService(self.ctx)
        self.opendata = OpenDataService(self.ctx)
        self.registries = RegistriesService(self.ctx)
        self.notices = NoticeService(self.ctx)
        self.merges = MergeService(self.ctx)

    def setup(self, username: str, password: str, jurisdiction: str = "440000", name: str = "") -> Actor:
        """Create the first commission administrator; only on a database without users."""
        return self.auth.setup(username, password, jurisdiction=jurisdiction, name=name)

    def needs_setup(self) -> bool:
        """True while the database has no user account (the login dialog then offers first-run setup)."""
        return self.auth.needs_setup()

    def describe(self) -> str:
        """The database in use, without any password (for status bars)."""
        from app.config import describe

        return describe(self.url)

    def today(self) -> dt.date:
        """Today's date in China by the desk's clock (tests move it)."""
        return self.ctx.today()

    def close(self) -> None:
        self.feed._close()
        self.db.dispose()


if TYPE_CHECKING:  # mypy proves that the local desk satisfies the contract, method by method

    def _satisfies_contract(desk: Desk) -> contract.Desk:
        return desk


def open_desk(
    url: str | None = None,
    *,
    clock: Clock | None = None,
    sms_sender: SmsSender | None = None,
    workstation: str | None = None,
    pg_timeouts: PgTimeouts | None = None,
    session_idle: dt.timedelta | None = None,
) -> Desk:
    """Open the desk on a database URL (None: $REGDESK_DB_URL or the default SQLite file).

    The schema is upgraded to the newest migration on open. An ``https://host:port`` URL (or
    ``http://127.0.0.1:port``) opens a remote desk on a desk server instead, with the same interface.
    ``pg_timeouts`` (PostgreSQL) and ``session_idle`` (how long an unused session lasts, default 30
    minutes) override the defaults.
    """
    import os

    server = url or os.environ.get("REGDESK_DB_URL") or ""
    if server.lower().startswith(("https://", "http://")):  # before app.config: no SQLAlchemy on this path
        from app.remote import RemoteDesk

        return RemoteDesk(server, workstation=workstation)  # type: ignore[return-value]
    from app.config import resolve_url

    resolved = resolve_url(url)
    if resolved.lower().startswith(("https://", "http://")):  # e.g. a server address kept in the settings
        from app.remote import RemoteDesk

        return RemoteDesk(resolved, workstation=workstation)  # type: ignore[return-value]
    return Desk(
        resolved,
        clock=clock,
        sms_sender=sms_sender,
        workstation=workstation,
        pg_timeouts=pg_timeouts,
        session_idle=session_idle,
    )
