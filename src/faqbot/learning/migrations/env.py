"""Alembic's entry point for the question store: runs on the connection faqbot opened (see store.migrate)."""

from alembic import context

from faqbot.learning.store import metadata

ADVISORY_LOCK = 0x46415142  # "FAQB": replicas starting at once take turns to migrate one PostgreSQL store

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata)
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_LOCK})")
    context.run_migrations()
