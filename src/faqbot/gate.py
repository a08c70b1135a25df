"""The server's front door: one log-in for the chat page and the API, and the routes never served.

Every request passes through :class:`Gate`, an ASGI middleware in front of both the JSON API and
the Gradio page, before any route runs:

* Routes faqbot has no use for are refused with 404 whoever asks: Gradio's file upload and file
  download routes (the chat takes text only), its run-history page and its API description.
* With a log-in set, everything else — the page, its configuration, its assets, the API — needs
  HTTP Basic credentials. Browsers ask for them once and send them with every request of the
  page, scripts pass them with ``curl -u``, so there is one log-in for both, and nothing about the
  corpus (not even the page title) is served before it.
* Request bodies over MAX_BODY_BYTES are refused (413), so no request can make the server read,
  answer or echo megabytes.
* Wrong guesses are slowed down: after a few failures from one address, that address is refused
  with 429 for a time that doubles with every further failure (see :class:`LoginThrottle`).
"""

from __future__ import annotations

import base64
import binascii
import math
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

FREE_GUESSES = 5  # wrong log-ins allowed from one address before it must wait
FIRST_LOCKOUT_S = 1.0
MAX_LOCKOUT_S = 900.0
TRACKED_ADDRESSES = 10_000  # memory bound: the least recently seen addresses are forgotten first
REALM = "faqbot"
MAX_BODY_BYTES = 64 * 1024  # a question is at most a few thousand characters; nothing faqbot serves takes more
PUBLIC_PATHS = ("/widget.js",)  # static code with nothing about the corpus: pages embed it before any log-in

# Gradio routes the chat never needs; refused so that no request can name a file or store one.
REFUSED_PREFIXES = (
    "/gradio_api/upload",
    "/gradio_api/file=",
    "/gradio_api/stream",
    "/gradio_api/proxy=",
    "/gradio_api/runs",
    "/gradio_api/run-history",
    "/gradio_api/mcp",
    "/gradio_api/info",
    "/gradio_api/openapi.json",
    "/openapi.json",
    "/manifest.json",
)


@dataclass(frozen=True)
class Credentials:
    """The one user and password of ``--auth``; compared in constant time."""

    user: str
    password: str

    def accept(self, user: str, password: str) -> bool:
        user_ok = secrets.compare_digest(user.encode(), self.user.encode())
        password_ok = secrets.compare_digest(password.encode(), self.password.encode())
        return user_ok and password_ok


class LoginThrottle:
    """Counts wrong log-ins per client address and says how long that address must wait.

    The first FREE_GUESSES failures cost nothing (people mistype); each one after that locks the
    address for FIRST_LOCKOUT_S, doubled per further failure, up to MAX_LOCKOUT_S. A successful
    log-in clears the count. ``clock`` is injectable so tests need not wait.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: OrderedDict[str, tuple[int, float]] = OrderedDict()  # address → (failures, locked until)

    def wait_for(self, address: str) -> float:
        """Seconds ``address`` must still wait before its next guess is even checked (0: go ahead)."""
        _, locked_until = self._failures.get(address, (0, 0.0))
        return max(0.0, locked_until - self._clock())

    def failed(self, address: str) -> None:
        failures = self._failures.pop(address, (0, 0.0))[0] + 1
        extra = failures - FREE_GUESSES
        lockout = min(MAX_LOCKOUT_S, FIRST_LOCKOUT_S * 2 ** (extra - 1)) if extra > 0 else 0.0
        self._failures[address] = (failures, self._clock() + lockout)
        while len(self._failures) > TRACKED_ADDRESSES:
            self._failures.popitem(last=False)

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)


def _basic_credentials(headers: list[tuple[bytes, bytes]]) -> tuple[str, str] | None:
    """(user, password) from an ``Authorization: Basic …`` header, or None when absent or malformed."""
    for name, value in headers:
        if name == b"authorization":
            scheme, _, encoded = value.decode("latin-1").partition(" ")
            if scheme.lower() != "basic":
                return None
            try:
                user, sep, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                return None
            return (user, password) if sep else None
    return None


def _declared_length(headers: list[tuple[bytes, bytes]]) -> int:
    """The Content-Length a request declares (0 when none, or when it is not a number: the body is then counted)."""
    for name, value in headers:
        if name == b"content-length":
            return int(value) if value.isdigit() else 0
    return 0


def _bounded(receive):
    """``receive`` for a body sent without a length (chunked): past MAX_BODY_BYTES the client counts as gone."""
    received = 0

    async def bounded():
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > MAX_BODY_BYTES:
                return {"type": "http.disconnect"}
        return message

    return bounded


class Gate:
    """ASGI middleware: refuses the routes faqbot does not serve, then demands the log-in if one is set."""

    def __init__(self, app, credentials: Credentials | None, throttle: LoginThrottle | None = None) -> None:
        self.app = app
        self.credentials = credentials
        self.throttle = throttle or LoginThrottle()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        if scope["path"].startswith(REFUSED_PREFIXES):
            return await _respond(scope, send, 404, "not found")
        if _declared_length(scope.get("headers", [])) > MAX_BODY_BYTES:
            return await _respond(scope, send, 413, f"request body over {MAX_BODY_BYTES} bytes")
        if self.credentials is not None and scope["path"] not in PUBLIC_PATHS:
            address = (scope.get("client") or ("unknown", 0))[0]
            wait = self.throttle.wait_for(address)
            if wait > 0:
                return await _respond(scope, send, 429, "too many wrong log-ins; try again later", [(b"retry-after", str(math.ceil(wait)).encode())])
            given = _basic_credentials(scope.get("headers", []))
            if given is None or not self.credentials.accept(*given):
                if given is not None:
                    self.throttle.failed(address)
                return await _respond(scope, send, 401, "log-in required", [(b"www-authenticate", f'Basic realm="{REALM}", charset="UTF-8"'.encode())])
            self.throttle.succeeded(address)
        return await self.app(scope, _bounded(receive), send)


async def _respond(scope, send, status: int, message: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """A short plain-text refusal (a websocket is closed instead: it cannot carry a status line)."""
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    body = f"{message}\n".encode()
    head = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()), *(headers or [])]
    await send({"type": "http.response.start", "status": status, "headers": head})
    await send({"type": "http.response.body", "body": body})
