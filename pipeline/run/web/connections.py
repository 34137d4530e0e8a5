"""Connection limits uvicorn does not have (issue 19, point 4): slow clients cannot hold the server.

uvicorn's h11 protocol closes an idle kept-alive connection (``timeout_keep_alive``) and bounds one
request's headers in size (``h11_max_incomplete_event_size``), but a client that sends a header
line every few seconds, or its body a few bytes at a time, keeps its connection (and a file
descriptor) for ever: 1,100 such connections made the server run out of open files. The protocol
class that :func:`protocol_class` makes adds, per connection:

- the request headers must be complete ``header_timeout`` seconds after the connection opened (or
  after the previous answer on a kept-alive connection); else it gets ``408`` and is closed;
- a request body must arrive at ``body_min_rate`` bytes a second or more, measured over each
  ``body_window`` seconds while the application is reading it; else it gets ``408`` (when no answer
  was started), the rest of its body is read and thrown away for at most ``LINGER`` seconds, so
  the client can read the answer (a close with unread data would reset the connection and lose
  it), and the connection is closed;
- at most ``max_connections_per_address`` open connections per client address; the next one
  gets ``503`` and is closed at once.

Behind a reverse proxy on the same machine every connection comes from the proxy's address: the
proxy's own limits (nginx ``limit_conn``, ``client_header_timeout``, ``client_body_timeout``)
then protect per user (README, "actieplan web").
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import TYPE_CHECKING

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

if TYPE_CHECKING:
    from actieplan.run.web.jobs import WebConfig


def _raw(status: str, text: str) -> bytes:
    body = text.encode("utf-8")
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


TOO_SLOW = _raw("408 Request Timeout", "De aanvraag kwam te traag binnen. Probeer het opnieuw.\n")
LINGER = 2.0  # seconds a dropped slow body is still read (and thrown away) after its 408
TOO_MANY = _raw("503 Service Unavailable", "Te veel open verbindingen van dit adres. Probeer het later opnieuw.\n")


class LimitedH11Protocol(H11Protocol):
    """uvicorn's H11Protocol with the limits above; :func:`protocol_class` sets the numbers."""

    header_timeout: float = 20.0
    body_window: float = 30.0
    body_min_rate: float = 10_000.0
    max_per_address: int = 50
    open_per_address: Counter[str] = Counter()  # shared by the connections of one server

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._address = self.client[0] if self.client else "?"
        self._header_timer: asyncio.TimerHandle | None = None
        self._body_timer: asyncio.TimerHandle | None = None
        self._body_bytes = 0
        self._dropping = False
        self.open_per_address[self._address] += 1
        if self.open_per_address[self._address] > self.max_per_address:
            transport.write(TOO_MANY)
            transport.close()
            return
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        for timer in (self._header_timer, self._body_timer):
            if timer is not None:
                timer.cancel()
        self.open_per_address[self._address] -= 1
        if self.open_per_address[self._address] <= 0:
            del self.open_per_address[self._address]
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._dropping:
            return  # a slow body after its 408: read and thrown away until the close
        before = self.cycle
        if self._receiving_body():
            self._body_bytes += len(data)
        super().data_received(data)
        if self.cycle is not before and self.cycle is not None:  # a request's headers are complete
            self._body_bytes = 0
            self._arm_body_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_timer()  # the next request on this connection gets its own time

    # -- the timers ---------------------------------------------------------------------------------

    def _arm_header_timer(self) -> None:
        self._header_timer = self._rearm(self._header_timer, self.header_timeout, self._headers_due)

    def _arm_body_timer(self) -> None:
        self._body_timer = self._rearm(self._body_timer, self.body_window, self._body_due)

    def _rearm(self, timer: asyncio.TimerHandle | None, delay: float, due) -> asyncio.TimerHandle:
        if timer is not None:
            timer.cancel()
        return self.loop.call_later(delay, due)

    def _headers_due(self) -> None:
        self._header_timer = None
        if self.transport.is_closing() or (self.cycle is not None and not self.cycle.response_complete):
            return  # closed already, or a request whose headers came in time is being answered
        if self.conn.our_state is h11.IDLE:
            self.transport.write(TOO_SLOW)
        self.transport.close()

    def _drop_slow_body(self) -> None:
        """408 (when no answer was started), then the client's writing side is read away for LINGER
        seconds, so that the answer is not lost to a reset, and the connection is closed."""
        cycle = self.cycle
        if cycle is None or cycle.response_started:
            self.transport.close()
            return
        self._dropping = True
        cycle.disconnected = True  # the application's receive() says disconnect: it stops reading
        cycle.message_event.set()
        self.flow.resume_reading()
        self.transport.write(TOO_SLOW)
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.loop.call_later(LINGER, self.transport.close)

    def _receiving_body(self) -> bool:
        cycle = self.cycle
        return cycle is not None and not cycle.response_complete and cycle.more_body

    def _body_due(self) -> None:
        self._body_timer = None
        if self.transport.is_closing() or not self._receiving_body():
            return
        # while the application does not read (the buffer is full), a slow count is not the client's
        if not self.flow.read_paused and self._body_bytes < self.body_min_rate * self.body_window:
            self._drop_slow_body()
            return
        self._body_bytes = 0
        self._arm_body_timer()


def protocol_class(config: WebConfig) -> type[LimitedH11Protocol]:
    """A protocol class (uvicorn's ``http=``) with ``config``'s limits and its own address count."""
    return type(
        "ActieplanH11Protocol", (LimitedH11Protocol,), {
            "header_timeout": config.header_timeout,
            "body_window": config.body_window,
            "body_min_rate": config.body_min_rate,
            "max_per_address": config.max_connections_per_address,
            "open_per_address": Counter(),
        },
    )


def raise_open_file_limit() -> None:
    """Raise this process's soft limit on open files to its hard limit (each connection holds one)."""
    try:
        import resource
    except ImportError:  # Windows: no such limit
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY:
        hard = 1 << 20  # what Linux allows at most (nr_open's default)
    if soft != resource.RLIM_INFINITY and soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError):
            pass
