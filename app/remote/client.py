"""The remote desk: the same services as a local Desk, called over HTTPS on a desk server.

``RemoteDesk("https://desk.example:8443")`` has the attributes auth, accounts, roster, cases, … whose
methods carry the services' own signatures (built from app.remote.spec): each call is one
``POST /api/{service}/{method}`` on one keep-alive httpx.Client. Values come back as the services' own
dataclasses; refusals as the very DomainError subclass the server raised, with its message and field.
The session token lives only inside the Actor objects ``login`` returns (memory), never on disk.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import socket
import ssl
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import to_jsonable_python

from app.remote.spec import MethodSpec, desk_specs
from app.server.cli import is_loopback
from app.services.errors import ERRORS, DomainError, EnvironmentFault, ValidationError
from app.services.types import Actor

#: A bundle of CA certificates to trust for the server (a commission's own CA); default: the system's.
ENV_CA_FILE = "REGDESK_SERVER_CA"
#: Kept equal to app.server.app's (that module needs FastAPI, which an office PC does not install).
WORKSTATION_HEADER = "X-Regdesk-Workstation"
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0


def _base64_bytes(value: Any) -> Any:
    """Bytes (an uploaded file) as standard base64 text, as the wire's argument models read them."""
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, dict):
        return {k: _base64_bytes(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_base64_bytes(v) for v in value]
    return value


def _ca_context(path: str) -> ssl.SSLContext:
    """Trust the certificates of ``path`` (a commission's own CA or the server's self-signed certificate)."""
    return ssl.create_default_context(cafile=path)


def _unreachable(url: str) -> EnvironmentFault:
    return EnvironmentFault(f"无法连接桌面服务器 {url}，请检查网络后重试；如问题持续，请联系管理员")


class RemoteService:
    """One service of the remote desk; its methods are made from the wire specs."""

    def __init__(self, desk: RemoteDesk, name: str, methods: dict[str, MethodSpec]) -> None:
        self._desk = desk
        self._name = name
        for method, spec in methods.items():
            setattr(self, method, _remote_method(desk, spec))

    def __repr__(self) -> str:
        return f"<remote {self._name} on {self._desk.url}>"


def _remote_method(desk: RemoteDesk, spec: MethodSpec) -> Any:
    sig = spec.signature

    def method(*args: Any, **kwargs: Any) -> Any:
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as exc:
            raise TypeError(f"{spec.service}.{spec.name}: {exc}") from None
        bound.apply_defaults()
        arguments = dict(bound.arguments)
        token = ""
        if spec.actor_param is not None:
            actor = arguments.pop(spec.actor_param, None)
            token = actor.token if isinstance(actor, Actor) else ""
        for p in sig.parameters.values():
            if p.kind is p.VAR_KEYWORD:
                arguments.update(arguments.pop(p.name, {}) or {})
        timeout = None
        if (spec.service, spec.name) == ("feed", "wait"):
            timeout = float(arguments.get("timeout") or 0) + READ_TIMEOUT
        return desk._call(spec, arguments, token, timeout)

    method.__name__ = spec.name
    method.__qualname__ = f"{spec.service}.{spec.name}"
    method.__doc__ = spec.doc
    method.__signature__ = sig  # type: ignore[attr-defined]
    method.__annotations__ = dict(spec.hints)
    return method


class RemoteDesk:
    """A desk whose services run on a desk server. Same interface as the local Desk."""

    def __init__(self, url: str, *, verify: bool | str | ssl.SSLContext | None = None,
                 timeout: float = READ_TIMEOUT,
                 transport: httpx.BaseTransport | None = None, workstation: str | None = None) -> None:
        self.url = url.rstrip("/")
        parsed = httpx.URL(self.url)
        if parsed.scheme not in ("https", "http") or not parsed.host:
            raise ValidationError(f"桌面服务器地址不正确：{self.url}（应为 https://主机:端口）", "url")
        if parsed.scheme == "http" and not is_loopback(parsed.host):
            raise ValidationError(
                "连接其他电脑上的桌面服务器必须使用 https://（明文 http 只允许本机 127.0.0.1）", "url")
        if verify is None:
            verify = os.environ.get(ENV_CA_FILE) or True
        if isinstance(verify, str):
            verify = _ca_context(verify)
        self._http = httpx.Client(
            base_url=self.url,
            timeout=httpx.Timeout(timeout, connect=CONNECT_TIMEOUT),
            verify=verify,
            headers={"User-Agent": "regdesk-desk/1", "Accept": "application/json",
                     # the server writes this PC's name into the audit trail beside the address
                     WORKSTATION_HEADER: quote(workstation or socket.gethostname(), safe="")},
            transport=transport,
            follow_redirects=False,
        )
        self._specs = desk_specs()
        for name, methods in self._specs.items():
            setattr(self, name, RemoteService(self, name, methods))

    # ---- the Desk's own methods ---------------------------------------------------------------------

    def setup(self, username: str, password: str, jurisdiction: str = "440000", name: str = "") -> Actor:
        """Create the first commission administrator (the server allows it only from its own machine)."""
        return self.auth.setup(username, password, jurisdiction=jurisdiction, name=name)  # type: ignore[attr-defined, no-any-return]

    def today(self) -> dt.date:
        """Today's date in China by the server's clock."""
        return self.desk.today()  # type: ignore[attr-defined, no-any-return]

    def needs_setup(self) -> bool:
        return self.auth.needs_setup()  # type: ignore[attr-defined, no-any-return]

    def describe(self) -> str:
        """The server in use (for status bars)."""
        return f"桌面服务器：{self.url}"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RemoteDesk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---- the wire ----------------------------------------------------------------------------------

    def _call(self, spec: MethodSpec, arguments: dict[str, Any], token: str, timeout: float | None) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            body = to_jsonable_python(_base64_bytes(arguments))
        except Exception as exc:  # noqa: BLE001 - a value JSON cannot carry (an object, a file handle)
            raise ValidationError(f"参数无法发送到服务器：{type(exc).__name__}") from None
        try:
            response = self._http.post(
                spec.path, json=body, headers=headers,
                timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else httpx.Timeout(timeout,
                                                                                        connect=CONNECT_TIMEOUT),
            )
        except httpx.TransportError as exc:
            raise _unreachable(self.url) from exc
        if response.status_code >= 400:
            raise self._error(response)
        try:
            return spec.result.validate_json(response.content)
        except PydanticValidationError as exc:
            raise EnvironmentFault(
                "服务器的回答格式不正确（客户端与服务器版本不一致？），请联系管理员") from exc

    def _error(self, response: httpx.Response) -> DomainError:
        try:
            data = response.json()
            code, message = data["code"], data["message"]
        except Exception:  # noqa: BLE001 - not one of ours (a proxy's error page)
            return EnvironmentFault(f"桌面服务器出错（HTTP {response.status_code}），请稍后重试或联系管理员")
        if code == "internal" or not isinstance(message, str):
            return EnvironmentFault(message if isinstance(message, str) else "桌面服务器出错")
        cls = ERRORS.get(code, DomainError)
        field, extra = data.get("field"), data.get("extra") or {}
        try:
            return cls(message, field, **extra)
        except TypeError:  # a subclass with a constructor of its own
            return DomainError(message, field, **extra)


def open_remote_desk(url: str, **kwargs: Any) -> RemoteDesk:
    """A remote desk on the desk server at ``url`` (https://host:port, or http:// on this machine)."""
    return RemoteDesk(url, **kwargs)
