"""(being written) desk.accounts."""

from __future__ import annotations

from app.services.base import Service


class AccountsService(Service):
    """desk.accounts — being written."""
