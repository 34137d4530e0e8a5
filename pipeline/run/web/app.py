"""The web application: routes, limits and pages (Starlette, Jinja2 with autoescape).

``GET /`` the form; ``POST /controleer`` runs the check of each uploaded workbook and answers
with the result page (or, with ``Accept: application/json``, the findings JSON);
``GET /controleer/{id}`` the result, or a page that refreshes itself while the check waits or
runs; ``GET /download/{id}/{name}`` one output of one check; ``/toegang`` the access code.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import shutil
import time
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

import jinja2
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from actieplan.ooxml.wordml import CT_DOCX  # a Word document, as uploaded and as its annotated copy is downloaded
from actieplan.ooxml.ns import CT_XLSM, CT_XLSX
from actieplan.run.web.guards import (
    COOKIE, Guard, Sessions, Throttle, UploadTooLarge, client_address, too_many, wants_json,
)
from actieplan.run.web.jobs import DONE, RUNNING, STORAGE_PER_UPLOAD_BYTE, Batch, Busy, Job, JobManager, WebConfig
from actieplan.model import DocLocation
from actieplan.write.templating import new_environment
from actieplan.write.wording import plans_counted, wording

HERE = Path(__file__).parent
# How much of an over-large upload is still read (and thrown away) so the browser sees the 413
# page instead of a broken connection; beyond this the connection is simply closed.
DRAIN_BYTES = 100 * 2**20
MAX_FINDINGS_SHOWN = 500
MAX_ZORGRAAD = 100  # characters of the form's zorgraad name
# The longest name an upload keeps, in UTF-8 bytes. A file name may have 255 bytes (NAME_MAX of
# ext4, XFS, APFS; NTFS counts 255 UTF-16 units, no fewer). The outputs are named after the
# upload's stem (actieplan.write.outputs.output_names): the longest adds '.gecontroleerd.xlsx' (19
# bytes; '.bevindingen.json' 17, '.rapport.html' 13, '.eml' 4), and where a name is taken claim()
# puts ' (2)' up to ' (10)' (5 bytes; MAX_ALTERNATIVES + 1) before that. A name without an
# extension is its own stem, so the whole name keeps to 255 - 19 - 5 = 231 bytes. The temporary
# files of the atomic writes and the digests file have short names of a fixed length
# ('.actieplan-KEY-PID-RANDOM.tmp'), whatever the stem.
MAX_NAME_BYTES = 255 - len(".gecontroleerd.xlsx") - len(" (10)")
# What the file system says of a name it will not hold: too long, or characters it refuses.
NAME_REFUSED = {errno.ENAMETOOLONG, errno.EINVAL, errno.EILSEQ}

# the report is our own self-contained page (inline CSS and SVG, no script): sandboxed all the same
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'none'"

DOWNLOADS = [  # (suffix, label, media type); in the order the page lists them
    (".gecontroleerd.xlsx", "Gecontroleerde kopie (Excel)", CT_XLSX),
    (".gecontroleerd.docx", "Gecontroleerd document (Word, met een opmerking per bevinding)", CT_DOCX),
    (".gecontroleerd.xlsm", "Gecontroleerde kopie (Excel met macro's)", CT_XLSM),
    (".rapport.html", "Rapport (om te bewaren of af te drukken)", "text/html; charset=utf-8"),
    (".bevindingen.json", "Bevindingen (JSON, voor andere programma's)", "application/json"),
    (".eml", "E-mail aan het departement (concept, met de werkmap als bijlage)", "message/rfc822"),
]


# -- helpers ---------------------------------------------------------------------------------------


def _size(n: float) -> str:
    """'20 MB', '1,5 MB', '20 kB'."""
    if n < 2**20:
        return f"{n / 1024:.0f} kB"
    value = n / 2**20
    text = f"{value:.1f}".removesuffix(".0") if value < 10 else f"{value:.0f}"
    return text.replace(".", ",") + " MB"


def safe_name(raw: str | None, fallback: str = "werkmap.xlsx") -> str:
    """The uploaded file's own name, without folders, control characters or a leading dot, and
    short enough that it and every output named after it fit on disk (:data:`MAX_NAME_BYTES`)."""
    name = PurePosixPath((raw or "").replace("\\", "/")).name
    name = unicodedata.normalize("NFC", name)
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"/\\|?*')
    name = name.strip().lstrip(".").strip()
    if not name:
        return fallback
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        # the extension stays; a name without one (or with a long tail that is none) is cut as a whole
        ext = dot + suffix if stem and 0 < len(suffix) <= 8 else ""
        name = _cut(name[: len(name) - len(ext)], MAX_NAME_BYTES - len(ext.encode("utf-8"))).rstrip(" .") + ext
    return name


def _cut(text: str, limit: int) -> str:
    """The longest start of ``text`` of at most ``limit`` UTF-8 bytes that ends where a reader sees
    one character end: never inside a character's bytes, never between a letter and its accents
    (combining marks) or an emoji and its skin tone. A single such sequence longer than ``limit``
    is cut between code points."""
    size = whole = fits = 0
    for i, ch in enumerate(text):
        size += len(ch.encode("utf-8"))
        if size > limit:
            break
        fits = i + 1
        if fits == len(text) or not _joins(text[fits]):
            whole = fits
    return text[: whole or fits]


def _joins(ch: str) -> bool:
    """Whether ``ch`` belongs to the character before it (a combining mark, a variation selector,
    an emoji's skin tone)."""
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or "\U0001F3FB" <= ch <= "\U0001F3FF"


def _minutes(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"


def _label(name: str) -> tuple[str, str]:
    lower = name.lower()
    for suffix, label, media in DOWNLOADS:
        if lower.endswith(suffix):
            return label, media
    return name, "application/octet-stream"


def _order(name: str) -> int:
    lower = name.lower()
    for i, (suffix, _, _) in enumerate(DOWNLOADS):
        if lower.endswith(suffix):
            return i
    return len(DOWNLOADS)


# -- the application -------------------------------------------------------------------------------


def create_app(config: WebConfig | None = None) -> Starlette:
    config = config or WebConfig()
    manager = JobManager(config)
    sessions = Sessions(config.session_seconds)
    throttle = Throttle()
    # the writers' environment: every printed value (names, messages from a workbook) has its control
    # characters (bidi overrides too) made visible and is escaped, without a template asking for it
    templates = Jinja2Templates(env=new_environment(jinja2.FileSystemLoader(HERE / "templates")))

    def page(request: Request, name: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("config", config)
        context.setdefault("keep", _minutes(config.keep_seconds))
        context.setdefault("max_upload", _size(config.max_upload_bytes))
        context.setdefault("refresh", None)
        headers = {"Cache-Control": "no-store"}
        if status == 503:
            headers["Retry-After"] = "60"
        return templates.TemplateResponse(request, name, context, status_code=status, headers=headers)

    def refusal(request: Request, status: int, message: str, name: str | None = None) -> Response:
        """A request refused before any check ran: the form again, with the reason on top."""
        if wants_json(request):
            body: dict[str, Any] = {"error": message}
            if name is not None:
                body = {"workbook": name, **body}
            headers = {"Retry-After": "60"} if status == 503 else None
            return JSONResponse(body, status_code=status, headers=headers)
        return page(request, "index.html", status=status, error=message)

    # -- routes -----------------------------------------------------------------------------------

    async def index(request: Request) -> Response:
        return page(request, "index.html", error=None)

    async def controleer(request: Request) -> Response:
        manager.sweep()
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > config.max_upload_bytes:
            await _drain(request)
            return refusal(request, 413, _too_large(int(declared), config))
        try:
            form = await request.form(max_files=config.max_files + 1, max_fields=20)
        except ClientDisconnect:  # gone, or dropped for sending too slowly (connections.py): nobody to answer
            return Response(status_code=400)
        except UploadTooLarge:
            await _drain(request)
            return refusal(request, 413, _too_large(None, config))
        except HTTPException as exc:
            return refusal(
                request, 400,
                f"Het formulier kon niet gelezen worden ({exc.detail}). Kies het bestand (de werkmap of het Word-document) opnieuw en klik op Controleer.",
            )
        async with _closing(form):
            uploads = [f for f in form.getlist("werkmap") if isinstance(f, UploadFile) and (f.filename or f.size)]
            if not uploads:
                return refusal(request, 400, "Kies eerst een werkmap (.xlsx) of het Word-sjabloon (.docx) en klik dan op Controleer.")
            if len(uploads) > config.max_files:
                return refusal(
                    request, 400,
                    f"U koos {len(uploads)} bestanden of meer; controleer er hoogstens {config.max_files} tegelijk.",
                )
            # the zorgraad of a Word document that does not name it (`--zorgraad`); a name, not a text
            given = form.get("zorgraad")
            zorgraad = " ".join(given.split())[:MAX_ZORGRAAD] or None if isinstance(given, str) else None
            vorig = form.get("vorig_jaar")
            if not (isinstance(vorig, UploadFile) and (vorig.filename or vorig.size)):
                vorig = None
            if vorig is not None and len(uploads) > 1:
                return refusal(
                    request, 400,
                    "Vergelijken met vorig jaar kan voor één werkmap tegelijk: kies één werkmap, of laat het veld "
                    "voor vorig jaar leeg.",
                )
            if not manager.room_for(len(uploads)):
                return refusal(request, 503, _busy(manager))
            estimate = STORAGE_PER_UPLOAD_BYTE * sum((u.size or 0) for u in [*uploads, *([vorig] if vorig else [])])
            if estimate > config.max_storage_bytes:  # no removal makes room: waiting would not help
                return refusal(request, 413, _never_fits(estimate, config))
            if not manager.make_room(estimate):
                return refusal(request, 503, _full(config))
            jobs: list[Job] = []
            batch: Batch | None = None
            saving: str | None = None  # the name of the file being written to disk
            try:
                taken: set[str] = set()
                for upload in uploads:
                    name = safe_name(upload.filename)
                    job = manager.new_job(name)
                    job.zorgraad = zorgraad
                    jobs.append(job)
                    stem = _stem_key(name)
                    if stem in taken:
                        manager.refuse(job, 400, f"'{name}' heeft dezelfde naam als een ander gekozen bestand; hernoem een van beide.")
                        continue
                    taken.add(stem)
                    saving = name
                    job.size = STORAGE_PER_UPLOAD_BYTE * ((upload.size or 0) + ((vorig.size or 0) if vorig else 0))
                    await _save(upload, job.input)
                    if vorig is not None:
                        job.vorig = saving = safe_name(vorig.filename, "vorig-jaar.xlsx")
                        job.vorig_path.parent.mkdir()
                        await _save(vorig, job.vorig_path)
                    saving = None
                batch = manager.submit(jobs)
            except OSError as exc:
                if saving is None or exc.errno not in NAME_REFUSED:
                    raise
                return refusal(request, 400, _name_refused(saving, exc), name=saving)
            except Busy:
                return refusal(request, 503, _busy(manager))
            finally:
                # a post the manager did not take (refused, failed, cancelled) leaves nothing on disk:
                # its job folders are registered nowhere, so nothing would ever remove them
                if batch is None:
                    for job in jobs:
                        shutil.rmtree(job.dir, ignore_errors=True)
        if wants_json(request):
            await manager.wait(batch, None)
            return _json_answer(batch, config)
        if await manager.wait(batch, config.inline_wait):
            return result_page(request, batch)
        return RedirectResponse(f"/controleer/{batch.id}", status_code=303)

    async def resultaat(request: Request) -> Response:
        manager.sweep()
        batch = manager.batches.get(request.path_params["id"])
        if batch is None or any(job.id not in manager.jobs for job in batch.jobs):
            return _gone(request)
        if wants_json(request):
            if not batch.done:
                return JSONResponse({"state": "bezig"}, status_code=202)
            return _json_answer(batch, config)
        if batch.done:
            return result_page(request, batch)
        return wait_page(request, batch)

    def result_page(request: Request, batch: Batch) -> Response:
        results = [_job_view(job) for job in batch.jobs]
        statuses = [r["status"] for r in results]
        status = 200 if 200 in statuses else statuses[0]
        expires = max((job.finished or 0) for job in batch.jobs) + config.keep_seconds
        return page(
            request, "result.html", status=status, results=results, nouns=plans_counted([r["name"] for r in results]),
            expires_in=_minutes(max(60.0, expires - time.monotonic())),
        )

    def wait_page(request: Request, batch: Batch) -> Response:
        lines = []
        for job in batch.jobs:
            if job.state == DONE:
                lines.append((job.name, "klaar"))
            elif job.state == RUNNING:
                seconds = int(time.monotonic() - (job.started or time.monotonic()))
                lines.append((job.name, f"wordt gecontroleerd ({seconds} s)"))
            else:
                ahead = manager.position(job) - 1 + manager.running
                lines.append((job.name, f"wacht op een vrije plaats: {ahead} {'controle' if ahead == 1 else 'controles'} voor u"))
        done = sum(1 for job in batch.jobs if job.state == DONE)
        return page(
            request, "wait.html", status=202, lines=lines, done=done, total=len(batch.jobs), refresh=2,
            nouns=plans_counted([job.name for job in batch.jobs]),
            url=f"/controleer/{batch.id}",
        )

    async def download(request: Request) -> Response:
        manager.sweep()
        job = manager.jobs.get(request.path_params["id"])
        name = request.path_params["name"]
        if job is not None and job.removed:
            return refusal(request, 410, _removed(config))
        if job is None or name not in job.downloads():
            return _gone(request)
        label, media = _label(name)
        if media.startswith("text/html"):
            return FileResponse(
                job.out_dir / name, media_type=media, content_disposition_type="inline", filename=name,
                headers={"Cache-Control": "no-store", "Content-Security-Policy": REPORT_CSP},
            )
        return FileResponse(job.out_dir / name, media_type=media, filename=name, headers={"Cache-Control": "no-store"})

    def _gone(request: Request) -> Response:
        message = (
            f"Deze link bestaat niet of is verlopen. Resultaten blijven {_minutes(config.keep_seconds)} "
            "beschikbaar en worden daarna gewist; controleer uw plan opnieuw."
        )
        if wants_json(request):
            return JSONResponse({"error": message}, status_code=404)
        return page(request, "index.html", status=404, error=message)

    def _job_view(job: Job) -> dict[str, Any]:
        outcome = job.full_outcome()
        view: dict[str, Any] = {"name": job.name, "status": job.status, "ok": bool(outcome.get("ok")), "vorig": job.vorig,
                                "words": wording(job.name)}
        if job.removed:
            return {**view, "ok": False, "status": 410, "message": _removed(config)}
        if not outcome.get("ok"):
            view["message"] = _failure_message(job, config)
            return view
        report = outcome["report"]
        counts = report["counts"]
        view.update(
            verdict=outcome["verdict"],
            kind="err" if not report["ok"] else ("warn" if counts["warning"] else "ok"),
            counts=counts,
            per_sheet=outcome["per_sheet"],
            facts=outcome.get("facts") or {},
            notices=outcome.get("notices") or [],
            groups=_groups(_errors_first(report["findings"])[:MAX_FINDINGS_SHOWN], wording(job.name).file),
            more=max(0, len(report["findings"]) - MAX_FINDINGS_SHOWN),
            downloads=[
                {"label": _label(n)[0], "url": f"/download/{job.id}/{quote(n)}", "name": n}
                for n in sorted(job.downloads(), key=_order)
            ],
            late=outcome.get("late"),  # the deadline had passed on the day of the check
            mailed=any(n.lower().endswith(".eml") for n in job.downloads()),
        )
        return view

    # -- access code ------------------------------------------------------------------------------

    async def toegang(request: Request) -> Response:
        terug = request.query_params.get("terug", "/")
        if not terug.startswith("/") or terug.startswith("//"):
            terug = "/"
        if request.method == "GET":
            return page(request, "toegang.html", error=None, terug=terug)
        form = await request.form(max_files=0, max_fields=3)
        code = str(form.get("code") or "")
        verdict = await throttle.attempt(client_address(request), code, config.access_code or "") if config.access_code else False
        if verdict is True:
            response = RedirectResponse(terug, status_code=303)
            # no Max-Age: the code is asked once per browser session (and the server forgets it after 8 hours)
            response.set_cookie(COOKIE, sessions.new(), httponly=True, samesite="strict", path="/")
            return response
        if verdict is not False:
            return too_many(request, verdict, refusal)
        return page(request, "toegang.html", status=401, error="Deze toegangscode klopt niet. Vraag ze aan wie actieplan web beheert.", terug=terug)

    # -- wiring -----------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        manager.warm_up()
        sweeper = asyncio.get_running_loop().create_task(manager.sweep_forever())
        try:
            yield
        finally:
            sweeper.cancel()
            manager.close()

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/controleer", controleer, methods=["POST"]),
        Route("/controleer/{id}", resultaat, methods=["GET"]),
        Route("/download/{id}/{name}", download, methods=["GET"]),
        Route("/toegang", toegang, methods=["GET", "POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    async def not_found(request: Request, exc: Exception) -> Response:
        return _gone(request)

    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={404: not_found})
    app.add_middleware(Guard, config=config, sessions=sessions, throttle=throttle, refusal=refusal)
    app.state.manager = manager
    app.state.config = config
    return app


async def _drain(request: Request) -> None:
    """Read what is left of an over-large upload (up to DRAIN_BYTES) without keeping it."""
    receive = request.scope.get("state", {}).get("raw_receive")
    if receive is None:
        return
    drained = 0
    with contextlib.suppress(Exception):
        while drained < DRAIN_BYTES:
            message = await asyncio.wait_for(receive(), timeout=5)
            if message["type"] != "http.request":
                break
            drained += len(message.get("body", b""))
            if not message.get("more_body", False):
                break


@contextlib.asynccontextmanager
async def _closing(form):
    try:
        yield form
    finally:
        await form.close()


async def _save(upload: UploadFile, target: Path) -> None:
    await upload.seek(0)
    with target.open("wb") as fh:
        await asyncio.to_thread(shutil.copyfileobj, upload.file, fh, 2**20)


def _name_refused(name: str, exc: OSError) -> str:
    """The 400 text for an upload whose name the server's disk will not hold."""
    if exc.errno == errno.ENAMETOOLONG:
        return (
            f"De bestandsnaam '{name}' is te lang voor de schijf van de server; geef het bestand een kortere naam "
            "en probeer opnieuw."
        )
    return (
        f"De bestandsnaam '{name}' kan niet bewaard worden op de schijf van de server (een teken erin wordt niet "
        "aanvaard); geef het bestand een andere naam, met alleen letters, cijfers en spaties, en probeer opnieuw."
    )


def _stem_key(name: str) -> str:
    from actieplan.write.outputs import output_stem

    return output_stem(Path(name)).lower()


def _too_large(size: int | None, config: WebConfig) -> str:
    """The 413 text: the upload's size beside the limit, in one unit (MB = 2**20 bytes, as Windows
    shows file sizes), with as many decimals as it takes for the two to differ."""
    limit = config.max_upload_bytes
    unit, label, means = (2**20, "MB", "1 MB = 1.048.576 bytes") if limit >= 2**20 else (1024, "kB", "1 kB = 1.024 bytes")

    def shown(n: int, decimals: int) -> str:
        return f"{n / unit:.{decimals}f}".replace(".", ",") + f" {label}"

    if size:
        decimals = next((d for d in (1, 2, 3) if shown(size, d) != shown(limit, d)), None)
        if decimals is None:  # a few bytes over: the bytes themselves
            found, most = f"{size:,} bytes".replace(",", "."), f"{limit:,} bytes".replace(",", ".")
        else:
            found, most = shown(size, decimals) + f" ({size:,} bytes)".replace(",", "."), shown(limit, decimals)
        sizes = f"de upload is {found}, hoogstens {most} per keer"
    else:
        sizes = f"hoogstens {shown(limit, 1)} per keer"
    return (
        f"Het bestand is te groot: {sizes} ({means}, zoals Windows telt). Een actieplan is hooguit "
        "enkele megabytes: kies de werkmap of het document zelf, of verwijder overbodige rijen, bladen en afbeeldingen "
        "en sla het bestand opnieuw op in Excel of Word."
    )


def _seconds(value: float) -> str:
    if value >= 10:
        text = f"{value:.0f}"
    elif value >= 1:
        text = f"{value:.1f}".removesuffix(".0")
    else:
        text = f"{value:.2f}"
    text = text.replace(".", ",")
    return f"{text} {'seconde' if text == '1' else 'seconden'}"


def _busy(manager: JobManager) -> str:
    return (
        f"Het is nu te druk: er wachten al {len(manager.waiting)} controles. Probeer het over enkele minuten opnieuw."
    )


def _full(config: WebConfig) -> str:
    return (
        f"De server heeft geen plaats meer voor nieuwe controles (hij bewaart hoogstens {config.max_storage_bytes // 2**20} MB "
        "aan resultaten, en alle resultaten zijn nog in gebruik). Probeer het over enkele minuten opnieuw, of kies "
        "minder of kleinere werkmappen."
    )


def _never_fits(estimate: int, config: WebConfig) -> str:
    return (
        f"Deze controle vraagt ongeveer {_size(estimate)} aan resultaten, meer dan de server in totaal bewaart "
        f"(hoogstens {config.max_storage_bytes // 2**20} MB). Opnieuw proberen helpt niet: kies minder of kleinere "
        "werkmappen, of vraag de beheerder de server te starten met een grotere --opslag-mb."
    )


def _removed(config: WebConfig) -> str:
    return (
        "Dit resultaat is verwijderd om plaats te maken voor nieuwere controles (de server bewaart hoogstens "
        f"{config.max_storage_bytes // 2**20} MB aan resultaten). Controleer uw plan opnieuw als u het nog nodig hebt."
    )


def _failure_message(job: Job, config: WebConfig) -> str:
    outcome = job.outcome or {}
    kind = outcome.get("kind")
    name = job.name
    if kind in ("unreadable", "other", "refused"):
        return outcome["message"]  # the command line's own Dutch message
    if kind == "timeout":
        return (
            f"De controle van '{name}' duurde langer dan {_seconds(config.check_timeout)} en werd gestopt. Een "
            "actieplan is in enkele seconden gecontroleerd: deze werkmap is veel groter. Ga in elk blad naar de "
            "laatste cel (Ctrl+End), verwijder overbodige rijen en kolommen, sla opnieuw op in Excel en probeer opnieuw."
        )
    if kind == "too-big":
        return (
            f"'{name}' is te groot om te controleren: het lezen vraagt meer geheugen dan toegestaan. Verwijder "
            "overbodige rijen, kolommen en bladen, sla opnieuw op in Excel en probeer opnieuw."
        )
    if kind == "stopped":
        return f"De server werd gestopt voor de controle van '{name}' klaar was. Probeer het opnieuw."
    what = outcome.get("message") if kind == "bug" else "de controle stopte onverwacht"
    return (
        f"Er ging iets onverwachts mis bij het controleren van '{name}' ({what}). Dat is een fout in dit programma, "
        "niet in uw werkmap, die niet gewijzigd is. Meld het aan de beheerder van actieplan en stuur de werkmap en "
        "deze melding mee."
    )


SEVERITY_HEADINGS = {"error": "Fouten", "warning": "Waarschuwingen", "info": "Ter info"}


def _errors_first(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Errors, then warnings, then infos, each in the findings' own order (by sheet and row), as
    the console, the Controle sheet and the report list them (Report.by_severity)."""
    order = list(SEVERITY_HEADINGS)
    return sorted(findings, key=lambda f: order.index(f["severity"]) if f.get("severity") in order else len(order))


def _groups(findings: list[dict[str, Any]], file: str = "werkmap") -> list[tuple[str, list[dict[str, Any]]]]:
    """The findings (errors first) in groups per severity and sheet: 'Fouten: Actiefiches', ...; a
    finding in a Word document gets its place there ('plaats', as the report writes it)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        heading = f"{SEVERITY_HEADINGS.get(f.get('severity'), 'Bevindingen')}: {f.get('sheet') or file}"
        f = {**f, "plaats": DocLocation(**f["location"]).dutch if f.get("location") else None}
        groups.setdefault(heading, []).append(f)
    return list(groups.items())


def _json_answer(batch: Batch, config: WebConfig) -> Response:
    bodies = []
    statuses = []
    for job in batch.jobs:
        outcome = job.full_outcome()
        if job.removed:
            bodies.append({"workbook": job.name, "error": _removed(config)})
        elif outcome.get("ok"):
            bodies.append(outcome["report"])
        else:
            bodies.append({"workbook": job.name, "error": _failure_message(job, config)})
        statuses.append(410 if job.removed else job.status)
    if len(bodies) == 1:
        return JSONResponse(bodies[0], status_code=statuses[0], headers={"Cache-Control": "no-store"})
    return JSONResponse(bodies, status_code=200 if 200 in statuses else statuses[0], headers={"Cache-Control": "no-store"})


