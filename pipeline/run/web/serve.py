"""`actieplan web`: run the application with uvicorn on one address and port."""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
import threading
import webbrowser
from typing import TYPE_CHECKING

from actieplan.errors import ActieplanError
from actieplan.run.web.connections import protocol_class, raise_open_file_limit

if TYPE_CHECKING:
    import uvicorn

    from actieplan.plugin.ruleset import RuleSet

CODE_ENV = "ACTIEPLAN_WEB_CODE"


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def is_desktop() -> bool:
    """A person at a screen: Windows or macOS, or a Linux/BSD session with a display; not CI."""
    if os.environ.get("CI"):
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, or a Dutch message saying why not (port taken, unknown address)."""
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        raise ActieplanError(f"Het adres '{host}' is onbekend. Gebruik bv. --host 127.0.0.1 (alleen deze computer).") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except PermissionError:
        sock.close()
        raise ActieplanError(f"Poort {port} mag niet gebruikt worden door dit account. Kies een poort boven 1024, bv. --poort 8000.") from None
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48, 10048):  # EADDRINUSE on Linux, macOS, Windows
            raise ActieplanError(f"Poort {port} is al in gebruik (draait actieplan web al?). Kies een andere met --poort, bv. --poort {port + 1}.") from None
        raise ActieplanError(f"Kan niet luisteren op {host}:{port} ({exc.strerror}). Kies een ander adres of een andere poort.") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def host_names(host: str, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The Host names the server answers besides IP addresses: localhost, the bound name, this
    machine's own names when it listens on every address, and the names given (`--host-naam`)."""
    names = ["localhost", *extra]
    if host.strip("[]") in ("0.0.0.0", "::"):
        names += [socket.gethostname(), socket.getfqdn()]
    elif not _is_ip(host):
        names.append(host)
    return tuple(dict.fromkeys(n.lower() for n in names if n))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def serve(
    host: str = "127.0.0.1", port: int = 8000, open_browser: bool | None = None, regelset: RuleSet | None = None,
    names: tuple[str, ...] = (), storage_mb: int = 2000, behind_proxy: bool = False,
) -> int:
    import uvicorn

    from actieplan.run.web import WebConfig, create_app

    code = os.environ.get(CODE_ENV) or None
    if storage_mb < 1:
        raise ActieplanError(f"--opslag-mb moet minstens 1 zijn (nu {storage_mb}); bv. --opslag-mb 2000.")
    if not is_loopback(host):
        if not code:
            raise ActieplanError(
                f"Op het adres {host} is actieplan web bereikbaar voor andere computers: zet eerst een toegangscode "
                f"in de omgevingsvariabele {CODE_ENV} (bv. {CODE_ENV}=een-lange-geheime-zin), of gebruik "
                "--host 127.0.0.1 om alleen op deze computer te werken."
            )
        print(
            f"Let op: actieplan web is bereikbaar voor andere computers op {host}:{port}. Wie de toegangscode kent, kan "
            "werkmappen laten controleren. Het verkeer is niet versleuteld (http): gebruik dit alleen op een vertrouwd "
            "netwerk of achter een https-proxy.",
            file=sys.stderr,
        )
    sock = bind(host, port)
    actual_port = sock.getsockname()[1]
    shown = "127.0.0.1" if not is_loopback(host) and host in ("0.0.0.0", "::") else host
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    url = f"http://{shown}:{actual_port}/"
    app = create_app(WebConfig(access_code=code, regelset=regelset, host_names=host_names(host, names),
                                max_storage_bytes=storage_mb * 2**20, behind_proxy=behind_proxy))
    raise_open_file_limit()
    server = uvicorn.Server(server_config(app))
    print(f"actieplan web draait op {url}  (stoppen: Ctrl+C)", flush=True)
    if open_browser is None:
        open_browser = is_desktop()
    if open_browser:
        threading.Timer(1.0, _open, args=(url,)).start()
    server.run(sockets=[sock])
    return 0


def server_config(app) -> uvicorn.Config:
    """uvicorn's settings for ``app`` (made by :func:`create_app`), with its connection limits."""
    import uvicorn

    return uvicorn.Config(
        app, log_level="warning", access_log=False, timeout_graceful_shutdown=5, server_header=False,
        # the request line and headers of one request; uploads are counted by the app itself
        h11_max_incomplete_event_size=64 * 1024,
        http=protocol_class(app.state.config),  # header and body timeouts, connections per address
        # X-Forwarded-For names the client only behind our own proxy (--achter-proxy): otherwise a
        # local program could pose as any number of addresses to the per-address limits
        proxy_headers=app.state.config.behind_proxy, forwarded_allow_ips="127.0.0.1",
    )


def _open(url: str) -> None:
    try:
        webbrowser.open(url)
    except Exception:  # no browser: the printed address is enough
        pass
