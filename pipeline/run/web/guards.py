"""What every request passes before a route sees it (issue 19, points 5 and 12).

- :func:`host_allowed`: only the Host names we serve are answered (an attacker's DNS name that
  resolves to this machine — DNS rebinding — gets 400, so a page of theirs cannot read ours).
- :func:`same_origin`: a POST whose ``Origin`` (or, without it, ``Referer``) is another site's is
  refused with 403 (cross-site request forgery), with or without an access code.
- :class:`Sessions`: the access code's sessions, forgotten by the server after ``session_seconds``.
- :class:`Throttle`: wrong access codes per client address; after ``SLOW_AFTER`` within a minute
  each try waits ``SLOW_SECONDS``, after ``BLOCK_AFTER`` within ``BLOCK_SECONDS`` the address gets
  429 with ``Retry-After`` until that time has passed. A try is counted before its code is
  compared, so parallel guesses are counted too.
- :class:`Guard`: the ASGI middleware that applies them, adds the security headers to every
  answer, and counts the request body against the upload limit.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import secrets
import time
from collections import deque
from collections.abc import Awaitable, Callable
from urllib.parse import quote, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

log = logging.getLogger("actieplan.run.web")

COOKIE = "actieplan_toegang"
CODE_HEADER = "x-actieplan-code"
MAX_SESSIONS = 10_000
MAX_ADDRESSES = 10_000  # client addresses the throttle remembers at most

SLOW_AFTER, SLOW_WINDOW, SLOW_SECONDS = 5, 60.0, 2.0
BLOCK_AFTER, BLOCK_SECONDS = 20, 300.0

PAGE_CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    # same-origin: our own form posts carry our Origin (with no-referrer a browser sends
    # 'Origin: null'), and the ids in our links never leave this site in a Referer
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", PAGE_CSP.encode()),
)

Refusal = Callable[[Request, int, str], Response]


class UploadTooLarge(Exception):
    pass


def _host_part(netloc: str) -> str:
    """'Example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        return netloc[1:].split("]", 1)[0]
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def host_allowed(host: str, names: tuple[str, ...]) -> bool:
    """Whether we answer a request for ``host`` (the Host header): an IP address (a rebinding
    attacker cannot make a browser send one of ours as its own origin) or one of ``names``."""
    name = _host_part(host).rstrip(".")
    if not name:
        return False
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return name in {n.lower().strip("[]").rstrip(".") for n in names}


def same_origin(request: Request, names: tuple[str, ...]) -> bool:
    """Whether a POST comes from our own page: its Origin (or Referer) names the host it was sent
    to (or one of ``names``, the names a reverse proxy serves us under). Without either header
    (a script, curl) it is not a browser's cross-site request."""
    origin = request.headers.get("origin")
    if origin is None:
        origin = request.headers.get("referer")
        if origin is None:
            return True
    if origin.strip().lower() == "null":
        return False
    parts = urlsplit(origin.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return False
    own = request.headers.get("host", "").strip().lower()
    given = parts.netloc.lower()
    default = ":443" if parts.scheme == "https" else ":80"
    if given == own or given.removesuffix(default) == own.removesuffix(default):
        return True
    return parts.hostname is not None and parts.hostname in {n.lower().strip("[]") for n in names}


class Sessions:
    """Tokens of browsers that gave the code, each valid ``seconds`` after it was given."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self.clock = clock
        self._given: dict[str, float] = {}

    def new(self) -> str:
        token = secrets.token_urlsafe(32)
        self._prune()
        if len(self._given) >= MAX_SESSIONS:
            self._given.pop(next(iter(self._given)))
        self._given[token] = self.clock()
        return token

    def valid(self, token: str | None) -> bool:
        given = self._given.get(token or "")
        if given is None:
            return False
        if self.clock() - given >= self.seconds:
            del self._given[token]
            return False
        return True

    def _prune(self) -> None:
        now = self.clock()
        for token, given in list(self._given.items()):
            if now - given < self.seconds:
                break  # in the order they were given: the rest are newer
            del self._given[token]


class Throttle:
    """Wrong access codes per client address (see the module's docstring)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], Awaitable] = asyncio.sleep):
        self.clock = clock
        self.sleep = sleep
        self._tries: dict[str, deque[float]] = {}  # address -> times of wrong (or pending) tries
        self._blocked: dict[str, float] = {}  # address -> until when

    def retry_after(self, address: str) -> float | None:
        """Seconds this address must still wait, or None."""
        until = self._blocked.get(address)
        if until is None:
            return None
        left = until - self.clock()
        if left <= 0:
            del self._blocked[address]
            return None
        return left

    async def attempt(self, address: str, code: str, expected: str) -> bool | float:
        """True for the right code, False for a wrong one; the seconds to wait when blocked."""
        left = self.retry_after(address)
        if left is not None:
            return left
        now = self.clock()
        tries = self._tries.setdefault(address, deque())
        while tries and now - tries[0] >= BLOCK_SECONDS:
            tries.popleft()
        if len(tries) >= BLOCK_AFTER:
            self._blocked[address] = now + BLOCK_SECONDS
            log.warning("access code: %s blocked for %d s after %d wrong codes", address, BLOCK_SECONDS, len(tries))
            return BLOCK_SECONDS
        recent = sum(1 for t in tries if now - t < SLOW_WINDOW)
        tries.append(now)  # counted before it is compared: parallel guesses count too
        if len(self._tries) > MAX_ADDRESSES:
            self._tries.pop(next(iter(self._tries)))
        if recent >= SLOW_AFTER:
            await self.sleep(SLOW_SECONDS)
        if hmac.compare_digest(code.encode(), expected.encode()):
            try:
                tries.remove(now)
            except ValueError:
                pass
            return True
        log.warning("access code: wrong code from %s (%d wrong within %d s)", address, len(tries), BLOCK_SECONDS)
        return False


def wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def too_many(request: Request, seconds: float, refusal: Refusal) -> Response:
    minutes = max(1, round(seconds / 60))
    response = refusal(
        request, 429,
        f"Te veel verkeerde toegangscodes van dit adres. Probeer het over {minutes} {'minuut' if minutes == 1 else 'minuten'} "
        "opnieuw, of vraag de code aan wie actieplan web beheert.",
    )
    response.headers["Retry-After"] = str(int(seconds + 0.999))
    return response


class Guard:
    """Pure ASGI middleware: security headers on every answer; the Host name, the origin of a POST
    and the access code before anything else is read; a byte count on the request body that stops
    an upload past the limit."""

    OPEN_PATHS = ("/toegang",)

    def __init__(self, app, config, sessions: Sessions, throttle: Throttle, refusal: Refusal):
        self.app = app
        self.config = config
        self.sessions = sessions
        self.throttle = throttle
        self.refusal = refusal

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        request = Request(scope)
        response = await self.refuse(request)
        if response is not None:
            return await response(scope, receive, send_with_headers)

        limit = self.config.max_upload_bytes
        total = 0

        async def counted():
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > limit:
                    raise UploadTooLarge
            return message

        scope.setdefault("state", {})["raw_receive"] = receive
        await self.app(scope, counted, send_with_headers)

    async def refuse(self, request: Request) -> Response | None:
        """The answer to a request that may not reach the routes; None when it may."""
        names = self.config.host_names
        if not host_allowed(request.headers.get("host", ""), names):
            return self.refusal(
                request, 400,
                "Deze server antwoordt niet onder deze naam. Open actieplan web via het adres dat de beheerder gaf.",
            )
        if request.method == "POST" and not same_origin(request, names):
            log.warning("refused a POST to %s from another site (%s)", request.url.path, request.headers.get("origin") or "Referer")
            return self.refusal(
                request, 403,
                "Dit formulier kwam niet van deze pagina en werd geweigerd. Open actieplan web zelf en kies de werkmap daar.",
            )
        path = request.url.path
        if not self.config.access_code or path in self.OPEN_PATHS or path.startswith("/static/"):
            return None
        if self.sessions.valid(request.cookies.get(COOKIE)):
            return None
        given = request.headers.get(CODE_HEADER)
        if given:
            verdict = await self.throttle.attempt(client_address(request), given, self.config.access_code)
            if verdict is True:
                return None
            if verdict is not False:
                return too_many(request, verdict, self.refusal)
        if wants_json(request):
            return JSONResponse({"error": "Toegangscode ontbreekt of klopt niet (kopregel X-Actieplan-Code)."}, status_code=401)
        return RedirectResponse(f"/toegang?terug={quote(path)}", status_code=303)
