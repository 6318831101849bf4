"""(being written) desk.roster."""

from __future__ import annotations

from app.services.base import Service


class RosterService(Service):
    """desk.roster — being written."""
