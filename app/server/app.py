"""The desk server: the local services behind an HTTP API whose routes come from the typed signatures.

``create_app(desk)`` serves one Desk; ``create_app()`` (the uvicorn factory) opens the database named by
$REGDESK_SERVER_DB_URL, so several worker processes can serve one PostgreSQL. Every method of the wire
spec (app.remote.spec) is ``POST /api/{service}/{method}`` with the arguments as a JSON object; the
public register is also ``GET /api/register/{method}?…``. The caller is the session token of
``Authorization: Bearer``; refusals are JSON {code, message, field, extra} with a 4xx status.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import threading
import time
import traceback
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.remote.spec import STATUS_OF_CODE, ErrorBody, MethodSpec, desk_specs
from app.server.cli import DEFAULT_REGISTER_RATE, DEFAULT_SIGNIN_FAILURES, is_loopback
from app.services import Desk, open_desk
from app.services.base import client_workstation
from app.services.errors import (
    AuthenticationError,
    DomainError,
    EnvironmentFault,
    PermissionDenied,
    ValidationError,
)
from app.services.types import SMS_COURIER_BATCH, SMS_COURIER_EVERY, Actor

log = logging.getLogger("regdesk.server")

ENV_DB_URL = "REGDESK_SERVER_DB_URL"
ENV_REGISTER_RATE = "REGDESK_SERVER_REGISTER_RATE"
ENV_SIGNIN_FAILURES = "REGDESK_SERVER_SIGNIN_FAILURES"
ENV_SMS_EVERY = "REGDESK_SERVER_SMS_EVERY"
#: The header in which a remote desk names its PC (percent-encoded: PC names may be Chinese); the audit
#: trail and the session list show it with the address the request came from.
WORKSTATION_HEADER = "X-Regdesk-Workstation"
#: The longest a long poll of the change feed is held (seconds); a longer wait returns False earlier and
#: the client simply asks again.
MAX_WAIT_SECONDS = 55.0
#: Request bodies larger than this are refused (an exam centre's list comes as base64 XLSX/CSV).
MAX_BODY = 1_000_000
MAX_IMPORT_BODY = 40_000_000
_IMPORT_METHODS = {("roster", "import_qualifications")}

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (400, "拒绝（业务规则）"),
        (401, "未登录或登录已失效"),
        (403, "无权办理"),
        (404, "不存在"),
        (409, "冲突或状态不允许"),
        (413, "请求过大"),
        (422, "输入不正确"),
        (429, "请求过于频繁"),
        (503, "数据库暂不可用"),
    )
}

_bearer = HTTPBearer(auto_error=False, description="登录返回的会话令牌（Actor.token）")


def actor_of_token(token: str) -> Actor:
    """The Actor the services resolve on every call: only the token counts, the rest is filled by them."""
    return Actor(user_id=0, username="", role="", institution_id=None, physician_id=None,
                 jurisdiction=None, token=token)


def status_of(error: DomainError) -> int:
    return STATUS_OF_CODE.get(error.code, 400)


def error_response(error: DomainError, status: int | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(**error.to_dict()).model_dump(mode="json"),
                        status_code=status or status_of(error))


def internal_error(request: Request, exc: BaseException) -> JSONResponse:
    """500 without any detail for the caller; the log gets the exception's type and the code lines of the
    traceback, not its message (a database error's message can quote personal data)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("服务器内部错误：%s %s → %s\n%s", request.method, request.url.path, type(exc).__name__, frames)
    body = ErrorBody(code="internal", message="服务器内部错误，请稍后重试或联系管理员")
    return JSONResponse(body.model_dump(mode="json"), status_code=500)


class RateLimiter:
    """At most ``per_minute`` requests per client address in any 60 s (a sliding window per address)."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        """Count a request of ``address``; False (not counted) when it has had its share this minute."""
        with self._lock:
            if self._full(address):
                return False
            self._hits[address].append(self.clock())
            return True

    def full(self, address: str) -> bool:
        """Whether ``address`` has had its share of the last 60 s (nothing is counted)."""
        with self._lock:
            return self._full(address)

    def hit(self, address: str) -> None:
        """Count one event of ``address`` (e.g. a failed sign-in), whatever the count."""
        with self._lock:
            self._full(address)
            self._hits[address].append(self.clock())

    def _full(self, address: str) -> bool:
        now = self.clock()
        if len(self._hits) > 10_000:  # forget idle addresses
            self._hits = {a: h for a, h in self._hits.items() if h and h[-1] > now - 60}
        hits = self._hits.setdefault(address, deque())
        while hits and hits[0] <= now - 60:
            hits.popleft()
        return len(hits) >= self.per_minute


class FeedHub:
    """One listener per server process: a thread waits on the database's change feed (LISTEN on
    PostgreSQL, polling on SQLite) and wakes every long poll waiting in this process, so any number of
    clients share one listener connection (the local FeedService hands a NOTIFY to one waiter only)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.head = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._waiters: set[asyncio.Future[None]] = set()

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.head = self._newest()
        self._thread = threading.Thread(target=self._run, name="regdesk-feed-hub", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)

    def _newest(self) -> int:
        return int(self.desk.feed._newest())  # the server's own read: no caller to authorise

    def _listen(self, timeout: float) -> bool:
        """Wait for a NOTIFY (PostgreSQL) or a polling interval (SQLite); True when the feed may have
        moved."""
        if self.desk.db.is_postgres:
            return bool(self.desk.feed._wait_notify(timeout, None))
        self._stop.wait(min(timeout, 0.2))
        return True

    def _run(self) -> None:
        checked = 0.0
        while not self._stop.is_set():
            try:
                moved = self._listen(0.5)
                if not moved and time.monotonic() - checked < 5.0:  # a missed NOTIFY is caught within 5 s
                    continue
                checked = time.monotonic()
                head = self._newest()
            except Exception as exc:  # noqa: BLE001 - keep listening after a database hiccup
                log.warning("变更通知监听暂时中断：%s", type(exc).__name__)
                self._stop.wait(1.0)
                continue
            if head != self.head:
                self.head = head
                if self._loop is not None and not self._loop.is_closed():
                    self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, set()
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    async def wait(self, timeout: float, cursor: int | None) -> bool:
        """True as soon as the feed moves past ``cursor`` (or, without one, past its head now)."""
        start = self.head if cursor is None else cursor
        if self.head > start:
            return True
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.add(fut)
        deadline = time.monotonic() + timeout
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                try:
                    await asyncio.wait_for(asyncio.shield(fut), left)
                except TimeoutError:
                    return self.head > start
                if self.head > start:
                    return True
                fut = asyncio.get_running_loop().create_future()
                self._waiters.add(fut)
        finally:
            self._waiters.discard(fut)


class SmsCourier:
    """A thread of the server process that sends the outbox's due messages (``sms.deliver_due``) every
    ``every`` seconds: the desk server holds the gateway's secret (REGDESK_SMS_SECRET), so on a province's
    deployment it is the server, not an office PC, that delivers. Nothing is sent without a configured
    gateway; a run that finds the gateway down doubles the pause (up to 30 minutes). Several server
    processes on one PostgreSQL each run one: every message is claimed by a row lock and sent once."""

    def __init__(self, desk: Desk, every: float) -> None:
        self.desk = desk
        self.every = every
        self.pause = every
        self.runs = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="regdesk-sms-courier", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=15)  # a hand-over in progress ends within the gateway's timeout

    def _run(self) -> None:
        while not self._stop.wait(self.pause):
            try:
                report = self.desk.sms.deliver_due(limit=SMS_COURIER_BATCH)
            except Exception as exc:  # noqa: BLE001 - keep delivering after a database hiccup
                log.warning("短信发送任务暂时中断：%s", type(exc).__name__)
                self.pause = self.every
                continue
            finally:
                self.runs += 1
            self.pause = report.next_pause(self.pause, self.every)
            if report.sent or report.failed or report.gateway_down:
                log.info("短信发送：已发送 %d，失败 %d%s", report.sent, report.failed,
                         "，短信网关无应答" if report.gateway_down else "")


class DeskHost:
    """The desk a server process serves, its feed hub and its SMS courier (tests swap in each test's own
    desk). ``sms_every``: seconds between the courier's runs; 0 runs none."""

    def __init__(self, desk: Desk, *, owned: bool = False, max_wait: float = MAX_WAIT_SECONDS,
                 sms_every: float = SMS_COURIER_EVERY) -> None:
        self.desk = desk
        self.owned = owned
        self.max_wait = max_wait
        self.sms_every = sms_every
        self.hub = FeedHub(desk)
        self.courier: SmsCourier | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.hub.start(loop)
        self._start_courier()

    def stop(self) -> None:
        self.hub.stop()
        self._stop_courier()
        if self.owned:
            self.desk.close()

    def swap(self, desk: Desk) -> None:
        """Serve another desk from now on (the previous one stays open: its owner closes it)."""
        self.hub.stop()
        self._stop_courier()
        self.desk = desk
        self.hub = FeedHub(desk)
        if self._loop is not None:
            self.hub.start(self._loop)
            self._start_courier()

    def _start_courier(self) -> None:
        if self.sms_every > 0:
            self.courier = SmsCourier(self.desk, self.sms_every)
            self.courier.start()

    def _stop_courier(self) -> None:
        if self.courier is not None:
            self.courier.stop()
            self.courier = None


def create_app(
    desk: Desk | None = None, *, register_rate: int | None = None, signin_failures: int | None = None,
    max_wait: float = MAX_WAIT_SECONDS, sms_every: float | None = None,
) -> FastAPI:
    """The ASGI app serving ``desk`` (None: open $REGDESK_SERVER_DB_URL, the uvicorn factory's way).
    ``sms_every``: seconds between the SMS courier's runs (default $REGDESK_SERVER_SMS_EVERY, else 60;
    0: this process sends no SMS in the background)."""
    owned = desk is None
    if desk is None:
        url = os.environ.get(ENV_DB_URL)
        if not url:
            raise RuntimeError(f"{ENV_DB_URL} is not set: start the server with `regdesk serve --db URL`")
        desk = open_desk(url)
    if sms_every is None:
        sms_every = float(os.environ.get(ENV_SMS_EVERY) or SMS_COURIER_EVERY)
    host = DeskHost(desk, owned=owned, max_wait=max_wait, sms_every=sms_every)
    rate = register_rate or int(os.environ.get(ENV_REGISTER_RATE) or DEFAULT_REGISTER_RATE)
    limiter = RateLimiter(rate)
    failures = RateLimiter(
        signin_failures or int(os.environ.get(ENV_SIGNIN_FAILURES) or DEFAULT_SIGNIN_FAILURES))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(host.start, asyncio.get_running_loop())
        try:
            yield
        finally:
            await run_in_threadpool(host.stop)

    app = FastAPI(
        title="医师电子化注册 · 桌面服务器 (regdesk)",
        version="1",
        description="The registration desk's services over HTTP. Each method is POST /api/{service}/{method} "
        "with its arguments as a JSON object; sign in with POST /api/auth/login and send the returned "
        "token as `Authorization: Bearer <token>`. Refusals are JSON {code, message, field, extra}.",
        lifespan=lifespan,
        responses=ERROR_RESPONSES,
        max_body_size=MAX_BODY,
    )
    app.state.host = host
    app.state.limiter = limiter
    app.state.signin_failures = failures

    @app.exception_handler(DomainError)
    async def _domain_error(_request: Request, exc: DomainError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(_validation_error(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(_http_refusal(exc.status_code), exc.status_code)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        return internal_error(request, exc)

    @app.get("/health", tags=["operations"], responses={503: {"model": ErrorBody}})
    async def health() -> dict[str, Any]:
        """For load balancers and monitoring: 200 when the database answers, 503 when not."""
        try:
            head = await run_in_threadpool(host.hub._newest)
        except DomainError as exc:
            return error_response(exc, 503)  # type: ignore[return-value]
        except Exception:  # noqa: BLE001
            return error_response(EnvironmentFault("无法连接数据库"), 503)  # type: ignore[return-value]
        return {"status": "ok", "database": host.desk.db.engine.dialect.name, "feed_head": head}

    for methods in desk_specs().values():
        for spec in methods.values():
            _add_route(app, host, spec, limiter, failures)
    return app


def _http_refusal(status: int) -> DomainError:
    """Starlette's own refusals (unreadable body, unknown path, wrong method, too large) in our shape."""
    from app.services.errors import NotFound

    if status == 404:
        return NotFound("没有这个接口")
    if status == 405:
        return ValidationError("此接口不支持该请求方法")
    if status == 413:
        return ValidationError("请求内容过大")
    if status < 500:
        return ValidationError("请求内容无法解析（应为 UTF-8 编码的 JSON 对象）")
    return EnvironmentFault("服务器暂时无法处理请求，请稍后重试")


def _validation_error(exc: RequestValidationError) -> DomainError:
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [str(x) for x in first.get("loc", ()) if x not in ("body", "query")]
    field = loc[0] if loc else None
    if first.get("type") == "json_invalid" or (first.get("type") == "missing" and not loc):
        return ValidationError("请求内容不是有效的 JSON 对象")
    what = f"“{'.'.join(loc)}”" if loc else ""
    if first.get("type") == "missing":
        return ValidationError(f"缺少参数{what}", field)
    if first.get("type") == "extra_forbidden":
        return ValidationError(f"不认识的参数{what}", field)
    return ValidationError(f"参数{what}格式不正确", field)


def _client_address(request: Request) -> str:
    return request.client.host if request.client else ""


def _workstation(request: Request) -> str:
    """The calling PC as the audit trail names it: its own name (from the header) and its address."""
    address = _client_address(request)
    name = unquote(request.headers.get(WORKSTATION_HEADER, ""))
    name = "".join(ch for ch in name if ch.isprintable()).strip()[:60]
    return f"{name}（{address}）" if name else address


def _add_route(
    app: FastAPI, host: DeskHost, spec: MethodSpec, limiter: RateLimiter, failures: RateLimiter
) -> None:
    """One route per method, all made here: the body is the method's argument model, the response its
    result type; the actor comes from the bearer token only."""
    model = spec.args_model
    special = {("feed", "wait"): _feed_wait, ("auth", "setup"): _setup_guard}.get((spec.service, spec.name))
    rate_limited = spec.service == "register"
    sign_in = (spec.service, spec.name) == ("auth", "login")

    async def call(request: Request, args: Any, credentials: HTTPAuthorizationCredentials | None) -> Any:
        try:
            return await run(request, args, credentials)
        except DomainError as exc:
            return error_response(exc)
        except Exception as exc:  # noqa: BLE001 - a bug of ours: 500, nothing leaked
            return internal_error(request, exc)

    async def run(request: Request, args: Any, credentials: HTTPAuthorizationCredentials | None) -> Any:
        address = _client_address(request)
        if rate_limited and not limiter.allow(address):
            return error_response(EnvironmentFault("查询过于频繁，请一分钟后再试"), 429)
        if sign_in and failures.full(address):
            log.warning("登录失败次数过多，暂停该地址的登录：%s", address)
            return error_response(EnvironmentFault("这台电脑登录失败次数过多，请一分钟后再试"), 429)
        kwargs = dict(args) if isinstance(args, dict) else {
            k: getattr(args, k) for k in type(args).model_fields
        }
        if spec.var_keyword and getattr(args, "model_extra", None):
            kwargs.update(args.model_extra)
        token = credentials.credentials if credentials is not None else ""
        if spec.actor_param is not None:
            if token:
                kwargs[spec.actor_param] = actor_of_token(token)
            elif spec.actor == "required":
                raise AuthenticationError("请先登录")
            else:
                kwargs[spec.actor_param] = None
        if special is _feed_wait:
            return await _feed_wait(host, kwargs)
        if special is _setup_guard:
            _setup_guard(request)
        owner = host.desk if spec.service == "desk" else getattr(host.desk, spec.service)
        target = getattr(owner, spec.name)
        calling = client_workstation.set(_workstation(request))
        try:
            result = await run_in_threadpool(target, **kwargs)
        except AuthenticationError:
            if sign_in:
                failures.hit(address)
            raise
        finally:
            client_workstation.reset(calling)
        return Response(spec.result.dump_json(result), media_type="application/json")

    bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]

    def endpoint(where: Any) -> Any:
        """An endpoint whose signature FastAPI reads: the arguments (body or query) and, only for
        methods of a signed-in actor, the bearer token (so the OpenAPI names the security just there)."""

        async def handle(request: Request, args: Any, credentials: Any = None) -> Any:
            return await call(request, args, credentials)

        params = [
            inspect.Parameter("request", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=Request),
            inspect.Parameter("args", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                              annotation=Annotated[model, where]),
        ]
        if spec.actor_param is not None:
            params.append(inspect.Parameter("credentials", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                            annotation=bearer))
        handle.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        return handle

    summary = spec.doc.splitlines()[0] if spec.doc else f"{spec.service}.{spec.name}"
    common: dict[str, Any] = dict(
        response_model=spec.result_type,
        tags=[spec.service],
        summary=summary,
        description=spec.doc,
        max_body_size=MAX_IMPORT_BODY if (spec.service, spec.name) in _IMPORT_METHODS else None,
    )
    app.add_api_route(spec.path, endpoint(Body()), methods=["POST"],
                      operation_id=f"{spec.service}.{spec.name}", **common)
    if rate_limited:  # the public register also answers plain GETs with query parameters
        app.add_api_route(spec.path, endpoint(Query()), methods=["GET"],
                          operation_id=f"{spec.service}.{spec.name}.get", **common)


async def _feed_wait(host: DeskHost, kwargs: dict[str, Any]) -> bool:
    """feed.wait as a long poll on the process's FeedHub; the session is checked first, and the
    arguments as the local service checks them."""
    from app.services.feed import MAX_WAIT

    timeout = kwargs.get("timeout")
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 <= timeout <= MAX_WAIT:
        raise ValidationError(f"等待时间应为0至{MAX_WAIT}秒", "timeout")
    cursor = kwargs.get("cursor")
    if cursor is not None and (isinstance(cursor, bool) or not isinstance(cursor, int) or cursor < 0):
        raise ValidationError(f"参数「cursor」无效：「{cursor}」", "cursor")
    await run_in_threadpool(host.desk.feed.head, kwargs["actor"])  # AuthenticationError when signed out
    return await host.hub.wait(min(float(timeout), host.max_wait), cursor)


def _setup_guard(request: Request) -> None:
    """First-run setup only from the server's own machine, never through a proxy."""
    proxied = any(h in request.headers for h in ("x-forwarded-for", "forwarded", "x-real-ip"))
    if proxied or not is_loopback(_client_address(request)):
        raise PermissionDenied("只能在服务器本机上初始化数据库（创建第一个管理员）", "username")
