"""Alembic environment: reuses a passed-in connection, batch mode for SQLite, naming convention."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import app.models  # noqa: F401  (registers every table)
from app.models.base import Base

config = context.config
target_metadata = Base.metadata


def _include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    if type_ == "table" and name == "sqlite_sequence":
        return False
    # an index declared for one dialect only (Index(...).ddl_if(dialect="postgresql")) is not
    # compared on the others
    ddl_if = getattr(obj, "_ddl_if", None) if type_ == "index" and not reflected else None
    if ddl_if is not None and ddl_if.dialect is not None:
        return bool(context.get_bind().dialect.name == ddl_if.dialect)
    return True


def _process_revision_directives(context_, revision, directives):  # type: ignore[no-untyped-def]
    autogenerate = getattr(config.cmd_opts, "autogenerate", False)
    if autogenerate and directives and directives[0].upgrade_ops.is_empty():
        directives[:] = []


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=_include_object,
        process_revision_directives=_process_revision_directives,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("Alembic needs a connection or sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
