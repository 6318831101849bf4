"""(being written) desk.checklists."""

from __future__ import annotations

from app.services.base import Service


class ChecklistService(Service):
    """desk.checklists — being written."""
