"""Plain values that cross the service seam (and the wire): the Actor, pages of results, change sets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """Who is calling. Issued by ``desk.auth.login``; stands for a session token.

    Services never trust the role or organisation written here: every call resolves ``token`` against the
    session table and takes role, institution and jurisdiction from the account, so an Actor built by
    hand (or edited) gains nothing.
    """

    user_id: int
    username: str
    role: str  # "physician" | "institution" | "commission"
    institution_id: int | None
    physician_id: int | None
    jurisdiction: str | None  # 6-digit area code; "000000" national
    name: str = ""
    is_admin: bool = False
    must_change_password: bool = False
    activated: bool = True  # False: a physician who signed up but has not activated the account yet
    token: str = field(default="", repr=False)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list; ``next_after`` is the keyset cursor of the last row (None when no more rows)."""

    items: list[T]
    total: int | None = None
    next_after: tuple[str, int] | None = None


@dataclass(frozen=True)
class Change:
    """One entry of the change feed."""

    seq: int
    at: dt.datetime
    table: str
    row_id: int
    kind: str
    jurisdiction: str | None = None
    institution_id: int | None = None
    physician_id: int | None = None
