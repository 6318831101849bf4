"""The remote desk: ``open_desk("https://host:port")`` returns a RemoteDesk calling a desk server."""

from __future__ import annotations

from app.remote.client import RemoteDesk, open_remote_desk

__all__ = ["RemoteDesk", "open_remote_desk", "is_server_url"]


def is_server_url(url: str | None) -> bool:
    """True for a desk server's address (http:// or https://), False for a database URL."""
    return bool(url) and str(url).lower().startswith(("https://", "http://"))
