"""The contract's edge: every public service method checks its arguments' types, lengths and characters.

``guard(cls)`` wraps each public method of a service class once. Before the method runs, the wrapper binds
the call to the method's signature and checks every argument against its type hint (and, for texts, the
limit of its parameter name): texts must be real ``str`` without NUL or other control characters, without
lone surrogates and not longer than their limit; integers real ``int`` (never ``bool``) inside the range a
database column holds (offsets and limits narrower); flags real ``bool`` (``"false"`` is refused, never
coerced); lists, mappings, tuples and dates of the right element types; ``rows`` never a text (it would be
read as a server-side file path). Anything else raises ValidationError with a Chinese message naming the
field, so nothing reaches a database driver that would answer with a raw error.

The checks live here once, inside the services, so the desk server (which runs these same services) and
every window inherit them. ``**details`` of case kinds are checked by key (``DETAIL_HINTS``), other keys
as plain values.
"""

from __future__ import annotations

import collections.abc as cabc
import datetime as dt
import functools
import inspect
import math
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, Union

from app.services.errors import AuthenticationError, ValidationError
from app.services.types import Actor

#: The widest integer both databases' INTEGER columns hold (and far below what psycopg can't adapt).
INT_MIN = -(2**31)
INT_MAX = 2**31 - 1
MAX_OFFSET = INT_MAX
MAX_LIMIT = 10_000
MAX_TIMEOUT = 3600.0
#: Items of one list argument (scopes, statuses, materials) and rows of one import.
MAX_ITEMS = 1000
MAX_ROWS = 100_000
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Nesting of plain values inside ``**details`` and import rows.
MAX_DEPTH = 4
#: Session tokens are 43 URL-safe characters; anything much longer is not one.
MAX_TOKEN = 256

DEFAULT_TEXT_MAX = 200
#: Longest text per parameter name (the database column or, for searches, what a person types).
TEXT_MAX: dict[str, int] = {
    "username": 64,
    "password": 128,
    "old_password": 128,
    "new_password": 128,
    "activation_code": 64,
    "name": 200,
    "query": 100,
    "search": 100,
    "address": 300,
    "registration_number": 64,
    "legal_representative": 60,
    "principal": 60,
    "delegate_name": 60,
    "delegate_phone": 40,
    "phone": 40,
    "email": 254,
    "id_number": 40,
    "certificate_code": 40,
    "certificate_number": 40,
    "exam_ticket": 40,
    "jurisdiction": 12,
    "province": 12,
    "place": 12,
    "kind": 40,
    "status": 40,
    "level": 20,
    "category": 20,
    "gender": 4,
    "id_type": 40,
    "origin": 60,
    "material": 200,
    "reason": 500,
    "note": 2000,
    "subjects": 2000,
    "scopes": 100,
    "materials": 200,
    "documents_checked": 100,
    "birth_date": 40,
    "issued_on": 40,
    "effective_date": 40,
    "licence_valid_until": 40,
    "term_start": 40,
    "term_end": 40,
    "day": 40,
    "token": MAX_TOKEN,
    "path": 4096,
    "file": 4096,
    "directory": 4096,
    "url": 2048,
}

#: Chinese names of the parameters, for messages.
LABELS: dict[str, str] = {
    "actor": "登录凭据",
    "username": "用户名",
    "password": "密码",
    "old_password": "原密码",
    "new_password": "新密码",
    "activation_code": "激活码",
    "name": "名称",
    "query": "查询条件",
    "search": "查询条件",
    "address": "地址",
    "registration_number": "登记号",
    "legal_representative": "法定代表人",
    "principal": "主要负责人",
    "delegate_name": "经办人姓名",
    "delegate_phone": "经办人手机号",
    "phone": "手机号",
    "email": "电子邮箱",
    "id_number": "证件号码",
    "certificate_code": "证书编码",
    "certificate_number": "证书编号",
    "exam_ticket": "准考证号",
    "jurisdiction": "辖区",
    "province": "省份",
    "place": "执业地点",
    "kind": "业务类型",
    "status": "状态",
    "level": "执业类别级别",
    "category": "执业类别",
    "gender": "性别",
    "id_type": "证件类型",
    "origin": "国籍或地区",
    "material": "材料",
    "materials": "材料",
    "reason": "原因",
    "note": "备注",
    "subjects": "诊疗科目",
    "scopes": "执业范围",
    "documents_checked": "已核验材料",
    "birth_date": "出生日期",
    "issued_on": "发证日期",
    "effective_date": "生效日期",
    "licence_valid_until": "许可证有效期",
    "term_start": "执业期限起始日",
    "term_end": "执业期限截止日",
    "day": "日期",
    "is_workday": "是否工作日",
    "case_id": "业务编号",
    "physician_id": "医师编号",
    "institution_id": "医疗机构",
    "inviting_institution_id": "邀请机构",
    "registration_id": "注册记录",
    "qualification_id": "资格记录",
    "user_id": "账户编号",
    "version": "版本号",
    "offset": "分页起点",
    "limit": "每页条数",
    "after": "分页位置",
    "cursor": "变更序号",
    "year": "年份",
    "timeout": "等待时间",
    "max_attempts": "最多尝试次数",
    "is_admin": "是否管理员",
    "disabled": "是否停用",
    "received": "是否已收到",
    "overdue": "是否超期",
    "with_total": "是否统计总数",
    "rows": "导入清单",
    "details": "业务内容",
}

#: Types of the ``**details`` of case kinds, by key (other keys are checked as plain values).
DETAIL_HINTS: dict[str, Any] = {
    "institution_id": int | None,
    "inviting_institution_id": int | None,
    "registration_id": int | None,
    "qualification_id": int | None,
    "physician_id": int | None,
    "scopes": cabc.Sequence[str] | None,
    "level": str | None,
    "category": str | None,
    "place": str | None,
    "reason": str | None,
    "note": str | None,
    "origin": str | None,
    "gender": str | None,
    "id_type": str | None,
    "name": str | None,
    "id_number": str | None,
    "certificate_code": str | None,
    "effective_date": dt.date | str | None,
    "birth_date": dt.date | str | None,
    "issued_on": dt.date | str | None,
    "term_start": dt.date | str | None,
    "term_end": dt.date | str | None,
}

#: Control characters people never type but may paste (tab, line feed and carriage return are allowed).
_CONTROL = frozenset(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F))


def label(field: str) -> str:
    """The Chinese name of a parameter (its own name when it has none)."""
    return LABELS.get(_base(field), _base(field))


def _refuse(field: str, message: str, problem: str = "value") -> ValidationError:
    """A refusal naming the top-level parameter; ``problem`` "type" marks a value of the wrong type."""
    return ValidationError(message, field.split("[", 1)[0].split(".", 1)[0], problem=problem)


def _wrong_type(field: str, message: str) -> ValidationError:
    return _refuse(field, message, "type")


# --- the checks of single values ------------------------------------------------------------------


def check_text(value: object, field: str, limit: int | None = None) -> str:
    """A real str, no NUL or control character, no lone surrogate, at most ``limit`` characters."""
    name = label(field)
    if not isinstance(value, str):
        raise _wrong_type(field, f"{name}应为文本，收到的是{_kind(value)}")
    maximum = limit if limit is not None else TEXT_MAX.get(_base(field), DEFAULT_TEXT_MAX)
    if len(value) > maximum:
        raise _refuse(field, f"{name}过长：最多{maximum}个字符，当前{len(value)}个")
    if not value.isprintable():  # cheap pre-test: most texts are printable and need no closer look
        for ch in value:
            if ch in _CONTROL:
                raise _refuse(field, f"{name}含有不可见的控制字符（如 NUL），请删除后重新输入")
            if "\ud800" <= ch <= "\udfff":
                raise _refuse(field, f"{name}含有无效的字符编码（孤立的代理字符），请重新输入")
    return value


def check_int(value: object, field: str) -> int:
    """A real int (not bool) in the range of the parameter (ids and versions: a 32-bit column)."""
    name = label(field)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong_type(field, f"{name}应为整数，收到的是{_kind(value)}")
    low, high = _int_range(_base(field))
    if not low <= value <= high:
        raise _refuse(field, f"{name}超出范围：应在{low}至{high}之间")
    return value


def check_float(value: object, field: str) -> float:
    """A real number (int or float, not bool), finite, in the range of the parameter."""
    name = label(field)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _wrong_type(field, f"{name}应为数字，收到的是{_kind(value)}")
    if isinstance(value, float) and not math.isfinite(value):
        raise _refuse(field, f"{name}应为有限的数字")
    low, high = (0.0, MAX_TIMEOUT) if _base(field) == "timeout" else (float(INT_MIN), float(INT_MAX))
    if not low <= value <= high:
        raise _refuse(field, f"{name}超出范围：应在{low:g}至{high:g}之间")
    return value


def check_bool(value: object, field: str) -> bool:
    """A real bool: "false", 0 or None are refused, never coerced."""
    if not isinstance(value, bool):
        raise _wrong_type(field, f"{label(field)}应为“是”或“否”（布尔值），收到的是{_kind(value)}")
    return value


def check_actor(value: object, field: str) -> Actor:
    """An Actor issued by login: its token a short printable ASCII text (services resolve it)."""
    if value is None:  # no credentials at all: not signed in (as the services say for an unknown token)
        raise AuthenticationError("请先登录", field)
    if not isinstance(value, Actor):
        raise _wrong_type(field, f"登录凭据无效：应为登录返回的凭据，收到的是{_kind(value)}")
    token = value.token
    if not isinstance(token, str) or len(token) > MAX_TOKEN or not (token.isascii() and token.isprintable()):
        raise AuthenticationError("登录凭据无效，请重新登录")
    return value


def _base(field: str) -> str:
    """The parameter (or key) a field path ends in: "rows[3].name" -> "name", "scopes[0]" -> "scopes"."""
    return field.rsplit(".", 1)[-1].split("[", 1)[0]


def _int_range(name: str) -> tuple[int, int]:
    if name == "offset":
        return 0, MAX_OFFSET
    if name in ("limit", "max_attempts"):
        return 0, MAX_LIMIT
    if name == "year":
        return 1, 9999
    return INT_MIN, INT_MAX


def _kind(value: object) -> str:
    if value is None:
        return "空值"
    if isinstance(value, bool):
        return "布尔值"
    if isinstance(value, int):
        return "整数"
    if isinstance(value, float):
        return "小数"
    if isinstance(value, str):
        return "文本"
    if isinstance(value, bytes | bytearray):
        return "二进制数据"
    if isinstance(value, cabc.Mapping):
        return "键值表"
    if isinstance(value, list | tuple | set | frozenset):
        return "列表"
    if isinstance(value, dt.date):
        return "日期"
    return f"不支持的类型（{type(value).__name__}）"


# --- checkers built from type hints ---------------------------------------------------------------

Checker = Callable[[object, str], object]


@dataclass(frozen=True)
class _Union:
    """Alternatives tried in order; the refusal of the most specific one is raised."""

    options: tuple[Checker, ...]
    accepts_none: bool
    expected: str

    def __call__(self, value: object, field: str) -> object:
        if value is None:
            if self.accepts_none:
                return None
            raise _refuse(field, f"{label(field)}不能为空")
        first: ValidationError | None = None
        for option in self.options:
            try:
                return option(value, field)
            except ValidationError as refusal:
                # a refusal of the right type (too long, out of range) says more than "wrong type"
                if first is None or first.extra.get("problem") == "type":
                    first = refusal
        if first is not None and first.extra.get("problem") != "type":
            raise first
        raise _wrong_type(field, f"{label(field)}应为{self.expected}，收到的是{_kind(value)}")


def _sequence_of(item: Checker, *, allow_sets: bool = False, max_items: int = MAX_ITEMS) -> Checker:
    def check(value: object, field: str) -> object:
        if isinstance(value, str | bytes | bytearray | cabc.Mapping):
            raise _wrong_type(field, f"{label(field)}应为列表，收到的是{_kind(value)}")
        if isinstance(value, list | tuple) or (allow_sets and isinstance(value, set | frozenset)):
            items = value
        elif allow_sets and isinstance(value, cabc.Iterator):  # a generator handed in-process
            items = _take(value, field, max_items)
        else:
            raise _wrong_type(field, f"{label(field)}应为列表，收到的是{_kind(value)}")
        if len(items) > max_items:
            raise _refuse(field, f"{label(field)}的条目过多：最多{max_items}项")
        checked = [item(v, f"{field}[{i}]") for i, v in enumerate(items)]
        return checked if isinstance(value, cabc.Iterator) else value

    return check


def _take(values: Iterator[object], field: str, max_items: int) -> list[object]:
    items: list[object] = []
    for v in values:
        items.append(v)
        if len(items) > max_items:
            raise _refuse(field, f"{label(field)}的条目过多：最多{max_items}项")
    return items


def _mapping_of(key: Checker, value_check: Checker, max_items: int = MAX_ITEMS) -> Checker:
    def check(value: object, field: str) -> object:
        if not isinstance(value, cabc.Mapping):
            raise _wrong_type(field, f"{label(field)}应为键值表，收到的是{_kind(value)}")
        if len(value) > max_items:
            raise _refuse(field, f"{label(field)}的条目过多：最多{max_items}项")
        for k, v in value.items():
            key(k, f"{field}.key")
            value_check(v, f"{field}.{k}" if isinstance(k, str) else field)
        return value

    return check


def _fixed_tuple(items: tuple[Checker, ...]) -> Checker:
    def check(value: object, field: str) -> object:
        if not isinstance(value, list | tuple) or len(value) != len(items):
            raise _wrong_type(field, f"{label(field)}无效：应为{len(items)}项的列表，收到的是{_kind(value)}")
        for i, (c, v) in enumerate(zip(items, value, strict=True)):
            c(v, f"{field}[{i}]")
        return value

    return check


def check_date(value: object, field: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise _wrong_type(field, f"{label(field)}应为日期，收到的是{_kind(value)}")
    return value


def check_bytes(value: object, field: str) -> bytes:
    """A file's content handed over whole (an import): bytes, at most MAX_FILE_BYTES."""
    if not isinstance(value, bytes | bytearray):
        raise _wrong_type(field, f"{label(field)}应为文件内容，收到的是{_kind(value)}")
    if len(value) > MAX_FILE_BYTES:
        raise _refuse(field, f"{label(field)}过大：最多{MAX_FILE_BYTES // (1024 * 1024)} MB")
    return bytes(value)


def check_path(value: object, field: str) -> PurePath:
    """A file handed in-process as a Path object (a text is never read as a path)."""
    if not isinstance(value, PurePath):
        raise _wrong_type(field, f"{label(field)}应为文件，收到的是{_kind(value)}")
    check_text(str(value), field, 4096)
    return value


def check_plain(value: object, field: str, depth: int = 0) -> object:
    """A plain value of a ``**details`` entry or an import row: text, number, flag, date, list, table."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return check_text(value, field, TEXT_MAX.get(_base(field), 2000))
    if isinstance(value, int):
        return check_int(value, field)
    if isinstance(value, float):
        return check_float(value, field)
    if isinstance(value, dt.date | dt.time):
        return value
    if depth >= MAX_DEPTH:
        raise _refuse(field, f"{label(field)}的层次过深")
    if isinstance(value, cabc.Mapping):
        if len(value) > MAX_ITEMS:
            raise _refuse(field, f"{label(field)}的条目过多：最多{MAX_ITEMS}项")
        for k, v in value.items():
            check_text(k, f"{field}.key", 100)
            check_plain(v, f"{field}.{k}", depth + 1)
        return value
    if isinstance(value, list | tuple | set | frozenset):
        if len(value) > MAX_ITEMS:
            raise _refuse(field, f"{label(field)}的条目过多：最多{MAX_ITEMS}项")
        for i, v in enumerate(value):
            check_plain(v, f"{field}[{i}]", depth + 1)
        return value
    raise _refuse(field, f"{label(field)}的类型不受支持：{_kind(value)}")


def _any(value: object, field: str) -> object:
    return check_plain(value, field)


def _describe(hint: Any) -> str:
    if hint is str:
        return "文本"
    if hint is int:
        return "整数"
    if hint is bool:
        return "“是”或“否”"
    if hint is float:
        return "数字"
    if hint is dt.date:
        return "日期"
    origin = typing.get_origin(hint)
    if origin in (list, tuple, cabc.Sequence, cabc.Iterable, set, frozenset):
        return "列表"
    if origin in (dict, cabc.Mapping):
        return "键值表"
    if origin is cabc.Callable:
        return "可调用的函数"
    return "正确的类型"


def checker_for(hint: Any, name: str) -> Checker:
    """The check of one argument from its type hint (``Any`` or an unknown type: a plain value)."""
    if hint is inspect.Parameter.empty or hint is Any:
        return _any
    if hint is str:
        return check_text
    if hint is bool:
        return check_bool
    if hint is int:
        return check_int
    if hint is float:
        return check_float
    if hint is Actor:
        return check_actor
    if hint is dt.date or hint is dt.datetime:
        return check_date
    if isinstance(hint, type) and issubclass(hint, PurePath):
        return check_path
    if hint is bytes:
        return check_bytes
    if isinstance(hint, type) and issubclass(hint, str):  # a string enum: its plain value is welcome too
        return check_text
    if isinstance(hint, type) and issubclass(hint, int):
        return check_int
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Union or origin is types.UnionType:
        options = [a for a in args if a is not type(None)]
        if name == "rows":  # an import list, never a text the server would read as its own file
            options = [a for a in options if a is not str]
        return _Union(
            tuple(checker_for(a, name) for a in options),
            accepts_none=type(None) in args,
            expected="或".join(dict.fromkeys(_describe(a) for a in options)),
        )
    if origin in (list, set, frozenset, cabc.Sequence, cabc.Iterable, cabc.Collection):
        item = checker_for(args[0], name) if args else _any
        iterable = origin in (cabc.Iterable, cabc.Collection, set, frozenset)
        return _sequence_of(item, allow_sets=iterable, max_items=MAX_ROWS if name == "rows" else MAX_ITEMS)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return _sequence_of(checker_for(args[0], name))
        return _fixed_tuple(tuple(checker_for(a, name) for a in args))
    if origin in (dict, cabc.Mapping):
        key = checker_for(args[0], name) if args else _any
        value = checker_for(args[1], name) if len(args) > 1 else _any
        return _mapping_of(key, value)
    if origin is cabc.Callable or hint is cabc.Callable:
        return _callable
    if isinstance(hint, type) and hint is not object:  # a value class of the contract (timedelta, …)
        return _instance_of(hint)
    return _any


def _callable(value: object, field: str) -> object:
    if not callable(value):
        raise _wrong_type(field, f"{label(field)}应为可调用的函数，收到的是{_kind(value)}")
    return value


def _instance_of(cls: type) -> Checker:
    def check(value: object, field: str) -> object:
        if not isinstance(value, cls):
            message = f"{label(field)}的类型不正确：应为{cls.__name__}，收到的是{_kind(value)}"
            raise _wrong_type(field, message)
        return value

    return check


# --- the wrapper ----------------------------------------------------------------------------------


def _hints(func: Callable[..., Any]) -> dict[str, Any]:
    """Type hints of the parameters; one that does not resolve counts as ``Any``."""
    try:
        return typing.get_type_hints(func)
    except Exception:  # noqa: BLE001 - e.g. a return type imported only for type checking
        pass
    module = inspect.getmodule(func)
    namespace = dict(vars(module)) if module else {}
    hints: dict[str, Any] = {}
    for name, annotation in getattr(func, "__annotations__", {}).items():
        if name == "return":
            continue
        try:
            # the annotation is the service's own source text, never input
            hints[name] = eval(annotation, namespace) if isinstance(annotation, str) else annotation
        except Exception:  # noqa: BLE001
            hints[name] = Any
    return hints


@dataclass(frozen=True)
class Edge:
    """The compiled checks of one method."""

    signature: inspect.Signature
    checks: dict[str, Checker]
    details: str | None  # the name of the **details parameter, if any

    def check(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        try:
            bound = self.signature.bind(*args, **kwargs)
        except TypeError as exc:
            raise ValidationError(f"调用参数不正确：{exc}") from None
        arguments = bound.arguments
        for name, value in arguments.items():
            if name == "self":
                continue
            if name == self.details:
                for key, v in value.items():
                    hint = DETAIL_HINTS.get(key)
                    checked = checker_for(hint, key)(v, key) if hint is not None else check_plain(v, key)
                    value[key] = checked
                continue
            arguments[name] = self.checks[name](value, name)
        return bound.args, bound.kwargs


def compile_edge(func: Callable[..., Any]) -> Edge:
    signature = inspect.signature(func)
    hints = _hints(func)
    checks: dict[str, Checker] = {}
    details = None
    for name, param in signature.parameters.items():
        if name == "self":
            continue
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            details = name
            continue
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            checks[name] = _sequence_of(checker_for(hints.get(name, Any), name))
            continue
        checks[name] = checker_for(hints.get(name, param.annotation), name)
    return Edge(signature, checks, details)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap one method: its arguments are checked before it runs."""
    if getattr(func, "__edge__", None) is not None:
        return func
    edge = compile_edge(func)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = edge.check(args, kwargs)
        return func(*args, **kwargs)

    wrapper.__edge__ = edge  # type: ignore[attr-defined]
    return wrapper


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    """The public methods a class defines itself (not those of the Service base)."""
    return {
        name: member
        for name, member in vars(cls).items()
        if not name.startswith("_") and inspect.isfunction(member)
    }


def guard(cls: type) -> type:
    """Wrap every public method the class defines with its edge checks (once; a second call is a no-op)."""
    for name, func in public_methods(cls).items():
        setattr(cls, name, guarded(func))
    return cls


def is_guarded(method: Callable[..., Any]) -> bool:
    return getattr(getattr(method, "__func__", method), "__edge__", None) is not None
