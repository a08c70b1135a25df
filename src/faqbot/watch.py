"""Live reload (``faqbot serve --watch``): rebuild when a corpus file changes, swap the new index in.

The rebuild runs in a background thread while the old index keeps answering; embeddings of
unchanged entries are reused from the previous build, so an edit costs only its own entries.
The swap is one attribute assignment, and :meth:`FAQBot.ask` reads the index once per question,
so a question in flight finishes on the index it started with. A broken edit is logged as an
error and the previous version keeps serving until the file is fixed.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import watchfiles

from faqbot.bot import FAQBot
from faqbot.corpus import READERS, CorpusError, file_type, is_corpus_file
from faqbot.corpus.learned import learned_path

logger = logging.getLogger(__name__)

DEBOUNCE_MS = 400  # editors write a file in several steps; wait for them to settle
IDLE_WAKE_MS = 1000  # an idle watcher reports in this often, which is how it says it is running


class CorpusWatcher:
    """Watches a bot's corpus file or folder and reloads the bot after each change."""

    def __init__(self, bot: FAQBot) -> None:
        self.bot = bot
        self.reloads = 0  # successful reloads, for tests and logs
        self.last_error: str | None = None  # why the latest edit was not applied, None once fixed
        self.ready = threading.Event()  # set once file events are being received
        self._changed = threading.Condition()  # notified after every reload attempt
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="faqbot-watch", daemon=True)

    def _is_corpus_file(self, change: watchfiles.Change, path: str) -> bool:
        """Only FAQ files of the corpus and its learned file count (not editor swap files, not the index)."""
        candidate, corpus = Path(path), self.bot.corpus_path.resolve()
        if corpus.is_file() or file_type(corpus) in READERS:
            return candidate.resolve() in (corpus, learned_path(corpus))
        return is_corpus_file(candidate, corpus)

    def _run(self) -> None:
        corpus = self.bot.corpus_path.resolve()
        folder = corpus if corpus.is_dir() else corpus.parent  # editors replace files: watch the folder
        for changes in watchfiles.watch(
            folder, watch_filter=self._is_corpus_file, debounce=DEBOUNCE_MS, stop_event=self._stop,
            raise_interrupt=False, yield_on_timeout=True, rust_timeout=IDLE_WAKE_MS,
        ):
            self.ready.set()
            if changes:
                logger.info("corpus changed (%s); rebuilding", ", ".join(sorted(Path(p).name for _, p in changes)))
                self.reload()

    def reload(self) -> None:
        """Rebuild from the corpus on disk; on failure keep serving the previous index and say why."""
        try:
            self.bot.reload()
        except CorpusError as exc:
            logger.error("corpus edit not applied, still answering from the previous version:\n%s", exc)
            self._settle(error=str(exc))
            return
        except Exception as exc:  # the server must outlive any failed rebuild
            logger.exception("rebuild failed, still answering from the previous version")
            self._settle(error=f"{type(exc).__name__}: {exc}")
            return
        logger.info("corpus reloaded: %d entries", len(self.bot.index.entries))
        self._settle(error=None, reloaded=True)

    def _settle(self, error: str | None, reloaded: bool = False) -> None:
        """Record a reload's outcome (after it was logged) and wake whoever waits for it."""
        with self._changed:
            self.last_error = error
            self.reloads += reloaded
            self._changed.notify_all()

    def wait_until(self, condition, timeout: float) -> bool:
        """Block until ``condition()`` holds after a reload attempt (or already does); False on timeout."""
        with self._changed:
            return self._changed.wait_for(condition, timeout)

    def start(self) -> CorpusWatcher:
        """Start watching in the background; :attr:`ready` is set once edits are being seen."""
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
