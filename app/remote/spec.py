"""The wire: every public service method as the desk server serves it and the remote desk calls it.

Built in one place from the typed signatures of a mapping {service name: class} (the service classes, or
the contract's Protocols): for each method the arguments as a pydantic model (the JSON body of
``POST /api/{service}/{method}``), the result as a pydantic TypeAdapter, and whether the caller must be
signed in. The server builds its routes and its OpenAPI description from these specs; the client builds its
methods, with the same signatures, from the same specs. The actor never travels in the body: it stands for
the session token sent as ``Authorization: Bearer <token>``.

Free of SQLAlchemy and Qt: the specs are read off the contract's Protocols (app.services.contract).
"""

from __future__ import annotations

import collections.abc as cabc
import datetime as dt
import inspect
import pathlib
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, Protocol, Union

import typing_extensions
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    create_model,
)
from pydantic import ValidationError as PydanticValidationError
from pydantic.types import Base64Encoder, EncodedBytes, Strict


#: Methods that never cross the wire (the contract's LOCAL_ONLY: run by the machine holding the database).
def _not_on_the_wire() -> set[tuple[str, str]]:
    from app.services.contract import LOCAL_ONLY

    return {tuple(name.split(".", 1)) for name in LOCAL_ONLY}  # type: ignore[misc]

#: Method names every service inherits and that are no part of the contract.
_INHERITED = {"read", "write"}
#: Methods anyone may call without signing in, served with a per-address rate limit.
PUBLIC_RATE_LIMITED = {"register"}

#: Bounds of every integer argument on the wire (the database's integer columns and offsets).
INT_MIN = -(2**31)
INT_MAX = 2**31 - 1
#: The longest text any argument may carry (a note, a search, a row of an import).
TEXT_MAX = 20_000


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("文本中不能含有空字符（\\0）")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate
        raise ValueError("文本中含有无效字符") from exc
    return value


#: Bytes travel as base64 text (PDFs, an uploaded list); lax even inside the strict argument models.
WireBytes = Annotated[bytes, Strict(False), EncodedBytes(encoder=Base64Encoder)]
WireText = Annotated[str, Field(max_length=TEXT_MAX), AfterValidator(_clean_text)]
WireInt = Annotated[int, Field(ge=INT_MIN, le=INT_MAX)]


#: Refusals of the wire itself (too long, out of range, a NUL character): never handed to a service.
_HARD = {"string_too_long", "greater_than_equal", "less_than_equal", "greater_than", "less_than",
         "value_error", "int_from_float", "finite_number"}


def _lenient(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """An argument of the wrong type goes to the service as sent, so the service's own check answers it
    exactly as on a local desk (with its Chinese message and field); the wire's bounds always hold."""
    try:
        return handler(value)
    except PydanticValidationError as exc:
        if any(e["type"] in _HARD for e in exc.errors()):
            raise
        return value


@dataclass(frozen=True)
class MethodSpec:
    """One service method on the wire."""

    service: str
    name: str
    #: "required": the method's first argument is the signed-in actor (from the bearer token);
    #: "optional": it may be given (``Actor | None``); "none": the method takes no actor.
    actor: str
    actor_param: str | None
    #: The method's signature without ``self`` (the remote desk's method has exactly this one).
    signature: inspect.Signature
    #: The JSON body: every argument but the actor.
    args_model: type[BaseModel]
    #: Extra keyword arguments (``**details``) allowed.
    var_keyword: bool
    result_type: Any
    result: TypeAdapter[Any]
    doc: str
    #: The method's resolved type hints (the remote desk's method carries the same).
    hints: dict[str, Any]

    @property
    def path(self) -> str:
        return f"/api/{self.service}/{self.name}"

    @property
    def public(self) -> bool:
        return self.actor == "none"


def wire_type(tp: Any, *, argument: bool) -> Any:
    """The type as it crosses the wire: abstract collections become lists and dicts, bytes are base64,
    local file paths never cross (an argument ``rows | str | Path`` takes the rows only), integers and texts
    of     arguments are bounded, typing.TypedDict becomes typing_extensions.TypedDict (pydantic on 3.11)."""
    if tp is Any or tp is None or tp is type(None):
        return tp
    if tp is bytes:
        return WireBytes
    if argument and tp is str:
        return WireText
    if argument and tp is int:
        return WireInt
    if typing_extensions.is_typeddict(tp):
        return _typeddict(tp)
    origin = typing.get_origin(tp)
    targs = typing.get_args(tp)
    if origin in (Union, types.UnionType):
        paths = [a for a in targs if isinstance(a, type) and issubclass(a, pathlib.PurePath)]
        # a text beside a path is a file name: the server reads none of its files for a caller
        kept = [a for a in targs if a not in paths and not (paths and argument and a is str)]
        mapped = [wire_type(a, argument=argument) for a in kept]
        return Union[tuple(mapped)] if len(mapped) > 1 else mapped[0]  # noqa: UP007 - built at run time
    if origin is Annotated:
        return Annotated[(wire_type(targs[0], argument=argument), *tp.__metadata__)]
    if origin in (cabc.Iterable, cabc.Sequence, cabc.Collection, list, cabc.MutableSequence):
        return list[wire_type(targs[0], argument=argument)] if targs else list[Any]  # type: ignore[misc]
    if origin in (cabc.Mapping, cabc.MutableMapping, dict):
        if not targs:
            return dict[str, Any]
        return dict[wire_type(targs[0], argument=argument), wire_type(targs[1], argument=argument)]  # type: ignore[misc]
    if origin is tuple:
        if len(targs) == 2 and targs[1] is Ellipsis:
            return tuple[wire_type(targs[0], argument=argument), ...]  # type: ignore[misc]
        return tuple[tuple(wire_type(a, argument=argument) for a in targs)]  # type: ignore[misc]
    return tp


@cache
def _typeddict(tp: Any) -> Any:
    hints = typing.get_type_hints(tp)
    fields = {k: wire_type(v, argument=False) for k, v in hints.items()}
    made = typing_extensions.TypedDict(tp.__name__, fields, total=tp.__total__)  # type: ignore[misc]
    made.__doc__ = tp.__doc__
    return made


def _is_actor(tp: Any) -> str | None:
    """"required" for Actor, "optional" for Actor | None, None otherwise."""
    name = getattr(tp, "__name__", "")
    if name == "Actor":
        return "required"
    if typing.get_origin(tp) in (Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(inner) == 1 and getattr(inner[0], "__name__", "") == "Actor":
            return "optional"
    return None


def method_spec(service: str, name: str, func: Any) -> MethodSpec:
    """The wire spec of one method (``func`` is the function as defined on the class)."""
    hints = typing.get_type_hints(func, include_extras=True)
    sig = inspect.signature(func)
    params = list(sig.parameters.values())
    if params and params[0].name == "self":
        params = params[1:]
    actor, actor_param = "none", None
    fields: dict[str, Any] = {}
    var_keyword = False
    for p in params:
        tp = hints.get(p.name, Any)
        kind = _is_actor(tp)
        if kind is not None and actor_param is None:
            actor, actor_param = kind, p.name
            continue
        if p.kind is p.VAR_KEYWORD:
            var_keyword = True
            continue
        if p.kind is p.VAR_POSITIONAL:
            raise TypeError(f"{service}.{name}: *{p.name} cannot cross the wire")
        default = ... if p.default is p.empty else p.default
        fields[p.name] = (Annotated[wire_type(tp, argument=True), WrapValidator(_lenient)], default)
    model = create_model(
        f"{service}_{name}_args",
        # strict: a value of the wrong JSON type is not converted but handed on as sent (``_lenient``)
        __config__=ConfigDict(extra="allow" if var_keyword else "forbid", strict=True),
        **fields,
    )
    result_type = wire_type(hints.get("return", Any), argument=False)
    return MethodSpec(
        service=service,
        name=name,
        actor=actor,
        actor_param=actor_param,
        signature=sig.replace(parameters=params),
        args_model=model,
        var_keyword=var_keyword,
        result_type=result_type,
        result=TypeAdapter(result_type),
        doc=inspect.cleandoc(func.__doc__ or ""),
        hints=typing.get_type_hints(func),
    )


def public_methods(cls: type) -> dict[str, Any]:
    """The methods of a service class (or Protocol) that belong to the contract, by name."""
    found: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if klass in (object, typing.Protocol, typing.Generic) or klass.__module__ == "typing":
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in _INHERITED or not inspect.isfunction(value):
                continue
            if getattr(klass, "__name__", "") == "Service":
                continue
            found[name] = value
    return found


def build_specs(services: cabc.Mapping[str, type]) -> dict[str, dict[str, MethodSpec]]:
    """{service: {method: spec}} for every public method of every service class of the mapping."""
    specs: dict[str, dict[str, MethodSpec]] = {}
    local_only = _not_on_the_wire()
    for service, cls in services.items():
        methods = {}
        for name, func in sorted(public_methods(cls).items()):
            if (service, name) in local_only:
                continue
            methods[name] = method_spec(service, name, func)
        specs[service] = methods
    return specs


def desk_services() -> dict[str, type]:
    """The desk's services by name (the contract's Protocols): what the server serves and the remote desk
    calls. ``desk`` holds the Desk's own methods that need the server (``today``)."""
    from app.services import contract

    return {**contract.SERVICES, "desk": _DeskMethods}


class _DeskMethods(Protocol):
    """The Desk's own methods that cross the wire (setup/needs_setup go through auth)."""

    def today(self) -> dt.date:
        """Today's date in China by the server's clock."""
        ...


@cache
def desk_specs() -> dict[str, dict[str, MethodSpec]]:
    """The specs of the desk's services (built once per process)."""
    return build_specs(desk_services())


# ---- errors on the wire ----------------------------------------------------------------------------

#: HTTP status of each DomainError code (anything else: 400).
STATUS_OF_CODE = {
    "validation": 422,
    "authentication": 401,
    "permission_denied": 403,
    "not_found": 404,
    "conflict": 409,
    "invalid_transition": 409,
    "environment": 503,
}


class ErrorBody(BaseModel):
    """Every refusal on the wire: the DomainError's stable code, Chinese message, field and extras."""

    code: str
    message: str
    field: str | None = None
    extra: dict[str, Any] = Field(default_factory=dict)
