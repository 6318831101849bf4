"""(being written) desk.cases."""

from __future__ import annotations

from app.services.base import Service


class CaseService(Service):
    """desk.cases — being written."""
