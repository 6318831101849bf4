"""Domain errors: every refusal carries a stable code, a Chinese message and the field it concerns.

The same errors cross the wire of the desk server, so each one turns into a plain dict and back.
"""

from __future__ import annotations

from typing import Any, ClassVar


class DomainError(Exception):
    """A refusal a clerk can act on. Nothing was written when one is raised from a service."""

    code: ClassVar[str] = "domain_error"

    def __init__(self, message: str, field: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.extra = extra

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, field={self.field!r})"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "field": self.field, "extra": self.extra}

    @staticmethod
    def from_dict(data: dict[str, Any]) -> DomainError:
        cls = ERRORS.get(data.get("code", ""), DomainError)
        return cls(data["message"], data.get("field"), **(data.get("extra") or {}))


class ValidationError(DomainError):
    """Input that breaks a format or a rule of the business."""

    code = "validation"


class PermissionDenied(DomainError):
    """The actor may not read or change this object."""

    code = "permission_denied"


class InvalidTransition(DomainError):
    """The case's status does not allow this action."""

    code = "invalid_transition"


class ConflictError(DomainError):
    """Somebody else changed the object first (stale version) or the value is taken."""

    code = "conflict"


class NotFound(DomainError):
    """No such object (or none the actor may see)."""

    code = "not_found"


class AuthenticationError(DomainError):
    """Wrong username or password, a locked or disabled account."""

    code = "authentication"


class EnvironmentFault(DomainError):
    """The database is locked, unreachable, full or read-only: not the user's fault; retry later."""

    code = "environment"


class ExportCancelled(DomainError):
    """The user cancelled a long export; nothing was left behind."""

    code = "cancelled"


#: Every DomainError class by its stable code (what crosses the wire).
ERRORS: dict[str, type[DomainError]] = {
    c.code: c
    for c in (
        DomainError,
        ValidationError,
        PermissionDenied,
        InvalidTransition,
        ConflictError,
        NotFound,
        AuthenticationError,
        EnvironmentFault,
        ExportCancelled,
    )
}
