"""The question store: what people asked while ``serve --learn`` was on, in a real database.

One table, ``questions``: the question, when it was asked (UTC), the entry the bot matched, its
score, whether it answered and why, the entry's category, the asker's feedback (👍/👎, and the
candidate picked from a "did you mean" reply), and the owner's decision (open, approved,
rejected). Never an address, a browser or a cookie.

SQLite (a file beside the index folder) by default; any SQLAlchemy URL with ``--store`` /
``FAQBOT_STORE``, PostgreSQL when several ``faqbot serve`` replicas share one store. The schema
is created and upgraded by Alembic migrations (``faqbot/learning/migrations``) when the store is
opened; on PostgreSQL an advisory lock lets replicas start at once.

Recording stays off the answer path: :meth:`QuestionStore.record` hands the row to a writer
thread and returns its id at once; the writer inserts what has queued up in one transaction.
"""

from __future__ import annotations

import logging
import queue
import re
import secrets
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Boolean, Column, DateTime, Engine, Float, MetaData, String, Table, Text, create_engine, delete, event, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from faqbot.answer import Answer
from faqbot.errors import SettingError, StoreError
from faqbot.settings import resolve

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
DEFAULT_FILE = "questions.sqlite3"  # beside the index folder, so rebuilding or deleting the index keeps it
OPEN, APPROVED, REJECTED = "open", "approved", "rejected"
QUEUE_LIMIT = 10_000  # rows waiting for the writer; past it (a stalled database) new ones are dropped, not buffered without end
BATCH = 500  # rows per insert transaction at most
GATHER_S = 0.2  # how long a batch waits for more rows after its first (so feedback waits at most this for its answer's row)
PRUNE_EVERY_S = 3600.0
FLUSH_TIMEOUT_S = 10.0
_ID = re.compile(r"[0-9a-f]{32}")

metadata = MetaData()
questions = Table(
    "questions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("asked_at", DateTime(timezone=True), nullable=False, index=True),
    Column("question", Text, nullable=False),
    Column("heading", Text, nullable=False),  # the entry the bot matched (its best guess when it did not answer)
    Column("score", Float, nullable=False),
    Column("answered", Boolean, nullable=False),
    Column("reason", String(16), nullable=False),  # answered / ambiguous / not covered
    Column("category", Text, nullable=False),
    Column("helpful", Boolean, nullable=True),  # the asker's thumbs up or down; None: no feedback
    Column("chosen", Text, nullable=True),  # the entry the asker picked from a "did you mean" reply; None: none
    Column("status", String(16), nullable=False, index=True),  # the owner's decision: open / approved / rejected
)


@dataclass(frozen=True)
class Record:
    """One recorded question, as the review reads it."""

    id: str
    asked_at: datetime
    question: str
    heading: str
    score: float
    answered: bool
    reason: str
    category: str
    helpful: bool | None
    chosen: str | None
    status: str


def _record(row) -> Record:
    """A row as a Record, its time in UTC on every database (SQLite hands times back without their zone)."""
    values = dict(row._mapping)
    if values["asked_at"].tzinfo is None:
        values["asked_at"] = values["asked_at"].replace(tzinfo=UTC)
    return Record(**values)


def store_url(index_dir: str | Path | None = None, given: str | None = None) -> str:
    """The store's URL: ``given`` (``--store``), else ``FAQBOT_STORE``, else a SQLite file beside the index folder."""
    url = resolve("store", given)
    if url is not None:
        return url
    index = Path(resolve("index", index_dir)).resolve()
    return f"sqlite:///{index.parent / DEFAULT_FILE}"


def _engine(url: str) -> Engine:
    """An engine for ``url``; ``postgresql://`` means the psycopg 3 driver faqbot installs."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise SettingError(f"the store {url!r} is not a database URL (e.g. sqlite:///questions.sqlite3, postgresql://user@host/db)") from None
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, ImportError) as exc:
        raise SettingError(f"the store {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_settings)
    return engine


def _sqlite_settings(connection, _record) -> None:
    """Write-ahead logging: ``faqbot review`` reads while ``serve`` writes, neither waiting for the other."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration (creating it in an empty database)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def new_id() -> str:
    """An unguessable id: feedback names its answer by it, so nobody can mark other people's answers."""
    return secrets.token_hex(16)


class QuestionStore:
    """Questions people asked, their feedback and the owner's decisions, in one database.

    Open it with :meth:`open`; :meth:`close` waits for queued rows to be written.
    """

    def __init__(self, engine: Engine, keep_days: float | None = None) -> None:
        self.engine = engine
        self.keep_days = keep_days
        self.dropped = 0  # rows lost to a full queue or a failed write (counted, logged, never fatal)
        self._queue: queue.Queue[dict | None] = queue.Queue(QUEUE_LIMIT)
        self._written = threading.Condition()
        self._submitted = self._settled = 0  # rows handed to the writer / rows it has written or dropped
        self._last_prune = 0.0
        self._writer = threading.Thread(target=self._write_forever, name="faqbot-store", daemon=True)
        self._writer.start()

    @classmethod
    def open(cls, url: str, keep_days: float | None = None, existing: bool = False) -> QuestionStore:
        """Connect to the store at ``url`` and migrate it; a store that cannot be reached is a StoreError.

        With ``existing`` (the owner's review, approve and reject), a SQLite file that is not there
        is a StoreError too, not a new empty store: a mistyped ``--store`` said "Nothing to review"
        and left an empty database behind.
        """
        engine = _engine(url)
        shown = engine.url.render_as_string(hide_password=True)
        database = engine.url.database if engine.url.get_backend_name() == "sqlite" else None
        if existing and database and database != ":memory:" and not Path(database).is_file():
            engine.dispose()
            raise StoreError(
                f"no question store at {database}: `faqbot serve --learn` records questions there once people ask "
                "(by default questions.sqlite3 beside the index folder); name another with --store or FAQBOT_STORE"
            )
        try:
            migrate(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open the question store {shown}: {exc.orig if getattr(exc, 'orig', None) else exc}") from None
        logger.info("question store: %s", shown)
        store = cls(engine, keep_days)
        store._prune_when_due()  # a server restarted daily still forgets on time
        return store

    # Recording -----------------------------------------------------------------------------

    def record(self, answer: Answer) -> str:
        """Queue ``answer`` (and its question) for writing; returns the id feedback will name."""
        row = {
            "id": new_id(), "asked_at": datetime.now(UTC), "question": answer.question, "heading": answer.heading,
            "score": float(answer.score), "answered": answer.answered, "reason": answer.reason, "category": answer.category,
            "helpful": None, "chosen": None, "status": OPEN,
        }  # fmt: skip
        with self._written:
            self._submitted += 1
        try:
            self._queue.put_nowait(row)
        except queue.Full:
            self._settle(1, dropped=1)
            logger.warning("question store is not keeping up; a question was not recorded")
        return row["id"]

    def _write_forever(self) -> None:
        """The writer thread: insert what has queued, in batches, until :meth:`close` sends None.

        A batch collects rows for up to GATHER_S after its first: under load one transaction then
        carries many questions, instead of one commit per question competing with the answers.
        """
        while True:
            rows = [self._queue.get()]
            deadline = time.monotonic() + GATHER_S
            while rows[-1] is not None and len(rows) < BATCH and (left := deadline - time.monotonic()) > 0:
                try:
                    rows.append(self._queue.get(timeout=left))
                except queue.Empty:
                    break
            batch = [row for row in rows if row is not None]
            if batch:
                self._insert(batch)
            if rows[-1] is None:
                return
            self._prune_when_due()

    def _insert(self, rows: list[dict]) -> None:
        try:
            with self.engine.begin() as connection:
                connection.execute(questions.insert(), rows)
            self._settle(len(rows))
        except SQLAlchemyError as exc:  # never the question text in a log line
            logger.error("question store: %d question(s) not recorded: %s", len(rows), type(exc).__name__)
            self._settle(len(rows), dropped=len(rows))

    def _settle(self, count: int, dropped: int = 0) -> None:
        with self._written:
            self._settled += count
            self.dropped += dropped
            self._written.notify_all()

    def flush(self, timeout: float = FLUSH_TIMEOUT_S) -> bool:
        """Wait until every question recorded so far is written; False if that took over ``timeout`` seconds."""
        with self._written:
            target = self._submitted
            return self._written.wait_for(lambda: self._settled >= target, timeout)

    def close(self) -> None:
        """Write what is queued, stop the writer and release the connections."""
        self._queue.put(None)
        self._writer.join(timeout=FLUSH_TIMEOUT_S)
        self.engine.dispose()

    # Feedback and upkeep ---------------------------------------------------------------------

    def feedback(self, record_id: str, helpful: bool) -> bool:
        """Store the asker's verdict on an answer; False when no recorded answer has that id."""
        if not isinstance(record_id, str) or not _ID.fullmatch(record_id):
            return False
        self.flush()  # the answer may still be on its way to the database
        with self.engine.begin() as connection:
            return connection.execute(update(questions).where(questions.c.id == record_id).values(helpful=helpful)).rowcount == 1

    def choose(self, record_id: str, heading: str) -> bool:
        """Store the entry the asker picked from those a reply offered ("did you mean", related questions);
        False when no recorded answer has that id.

        The pick says which entry the question meant, so the review suggests it (the caller checks
        that ``heading`` is one of the FAQ's).
        """
        if not isinstance(record_id, str) or not _ID.fullmatch(record_id):
            return False
        self.flush()  # the answer may still be on its way to the database
        with self.engine.begin() as connection:
            return connection.execute(update(questions).where(questions.c.id == record_id).values(chosen=heading)).rowcount == 1

    def _prune_when_due(self) -> None:
        if self.keep_days is not None and time.monotonic() - self._last_prune >= PRUNE_EVERY_S:
            self._last_prune = time.monotonic()
            try:
                self.prune()
            except SQLAlchemyError as exc:
                logger.error("question store: old questions not dropped: %s", type(exc).__name__)

    def prune(self) -> int:
        """Drop questions older than ``keep_days`` days; returns how many went."""
        if self.keep_days is None:
            return 0
        cutoff = datetime.now(UTC) - timedelta(days=self.keep_days)
        with self.engine.begin() as connection:
            removed = connection.execute(delete(questions).where(questions.c.asked_at < cutoff)).rowcount
        if removed:
            logger.info("question store: dropped %d question(s) older than %g days", removed, self.keep_days)
        return removed

    # Reading and deciding ----------------------------------------------------------------------

    def records(self, status: str | None = None) -> Iterator[Record]:
        """Every recorded question (only those with ``status`` when given), newest first."""
        query = select(questions).order_by(questions.c.asked_at.desc())
        if status is not None:
            query = query.where(questions.c.status == status)
        with self.engine.connect() as connection:
            for row in connection.execute(query):
                yield _record(row)

    def get(self, record_id: str) -> Record | None:
        """The record with ``record_id``, or None."""
        if not _ID.fullmatch(record_id):
            return None
        with self.engine.connect() as connection:
            row = connection.execute(select(questions).where(questions.c.id == record_id)).first()
        return _record(row) if row is not None else None

    def decide(self, record_ids: Iterable[str], status: str) -> None:
        """Mark records approved or rejected, so the review stops listing them."""
        with self.engine.begin() as connection:
            connection.execute(update(questions).where(questions.c.id.in_(list(record_ids))).values(status=status))
