"""`actieplan web` in-process, with Starlette's test client: every route, status and limit.

Each check really runs (in a child process, as on the server); the answers are compared with what
`actieplan controleer` writes and prints for the same file.
"""

from __future__ import annotations

import errno
import html
import io
import json
import os
import re
import shutil
import socket
import time
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest
from paths import EXAMPLE
from starlette.testclient import TestClient
from workbooks import RULESET, valid_plan, write_plan

from actieplan.run.cli import main
from actieplan.run.web import WebConfig, create_app
from actieplan.run.web.jobs import DONE, RUNNING
from actieplan.run.web.app import MAX_NAME_BYTES, safe_name
from web_loadtest import free_port, zip_bomb
from actieplan.run.web.serve import is_loopback
from webclient import BASE, JSON, XLSX, links, upload


def cli(path: Path, out: Path, capsys, *extra: str) -> tuple[int, str, dict | None]:
    """What `actieplan controleer` says: exit code, stderr, and the findings JSON it wrote."""
    code = main(["controleer", str(path), "--uitvoer", str(out), *extra])
    err = capsys.readouterr().err
    found = list(out.glob("*.bevindingen.json")) if out.exists() else []
    return code, err, json.loads(found[0].read_text(encoding="utf-8")) if found else None


def example_report():
    """The example's report as `actieplan controleer` makes it (the rules grow: never hard-code counts)."""
    from actieplan.run.check import check_workbook

    return check_workbook(EXAMPLE, ruleset=RULESET)[1]


def same_check(a: dict, b: dict) -> dict:
    """``a`` with ``b``'s run id: two runs of one check differ only in the id each run stamps."""
    a = json.loads(json.dumps(a))
    if isinstance(a.get("run"), dict) and isinstance(b.get("run"), dict):
        a["run"]["id"] = b["run"].get("id")
    return a


# -- GET / ------------------------------------------------------------------------------------------


def test_form_works_without_javascript(web):
    client = web()
    r = client.get("/")
    assert r.status_code == 200
    page = r.text
    assert '<html lang="nl">' in page
    assert '<form method="post" action="/controleer" enctype="multipart/form-data"' in page
    assert re.search(r'<input type="file" id="werkmap" name="werkmap" multiple', page)
    assert 'name="vorig_jaar"' in page
    assert '<button type="submit" id="controleer">Controleer</button>' in page
    assert 'name="viewport"' in page  # phone
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert r.headers["referrer-policy"] == "same-origin"
    css = client.get("/static/web.css")
    assert css.status_code == 200 and "@media print" in css.text and "@media (max-width:40rem)" in css.text
    assert client.get("/static/web.js").status_code == 200


def test_unknown_route_and_method(web):
    client = web()
    assert client.get("/bestaat-niet").status_code == 404
    assert client.get("/controleer").status_code == 405


# -- POST /controleer: a readable workbook ------------------------------------------------------------


def test_example_page_matches_the_command_line(web, tmp_path, capsys):
    code, _, expected = cli(EXAMPLE, tmp_path / "cli", capsys)
    assert code == 1
    client = web()
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()))
    assert r.status_code == 200
    page = r.text
    from actieplan.write.summary import verdict

    assert verdict(example_report()) in page
    for finding in expected["findings"]:
        assert finding["rule"] in page
        assert (finding["cell"] or "") in page
    found = links(page)
    stem = EXAMPLE.stem
    assert set(found) == {f"{stem}.gecontroleerd.xlsx", f"{stem}.rapport.html", f"{stem}.bevindingen.json"}
    assert not any(name.endswith(".eml") for name in found)  # errors: no mail draft
    # the findings download is the command line's file
    got = client.get(found[f"{stem}.bevindingen.json"])
    assert got.status_code == 200 and got.headers["cache-control"] == "no-store"
    assert same_check(got.json(), expected) == expected
    # the annotated copy opens and has the Controle sheet
    copy = client.get(found[f"{stem}.gecontroleerd.xlsx"])
    assert copy.status_code == 200 and copy.headers["content-type"] == XLSX
    assert "attachment" in copy.headers["content-disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(copy.content))
    assert wb.sheetnames[0] == "Controle"
    # the report opens in the browser, sandboxed
    report = client.get(found[f"{stem}.rapport.html"])
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/html")
    assert "sandbox" in report.headers["content-security-policy"]
    assert "Nog niet klaar" in report.text


def test_json_answer_is_the_findings_file(web, tmp_path, capsys):
    _, _, expected = cli(EXAMPLE, tmp_path / "cli", capsys)
    r = upload(web(), (EXAMPLE.name, EXAMPLE.read_bytes()), headers=JSON)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert same_check(r.json(), expected) == expected


def test_clean_plan_gets_a_mail_draft(web, tmp_path):
    path = write_plan(tmp_path / "schoon.xlsx")
    r = upload(web(), ("schoon.xlsx", path.read_bytes()))
    assert r.status_code == 200
    assert "Klaar om in te dienen" in r.text
    assert 'class="banner ok"' in r.text
    found = links(r.text)
    assert "schoon.eml" in found


def test_mail_draft_download(web, tmp_path):
    client = web()
    path = write_plan(tmp_path / "schoon.xlsx")
    found = links(upload(client, ("schoon.xlsx", path.read_bytes())).text)
    mail = client.get(found["schoon.eml"])
    assert mail.status_code == 200 and mail.headers["content-type"].startswith("message/rfc822")
    assert b"X-Unsent: 1" in mail.content
    assert b"schoon.xlsx" in mail.content


def _text(fragment: str) -> str:
    """An HTML fragment as a reader sees it: no tags, entities decoded, spaces folded."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def test_the_page_says_the_deadline_has_passed_as_the_report_does(web, tmp_path):
    """A day past the rule set's deadline (the day of the check given to the server): each checked
    workbook says so, in the words of its report's 'Wat nu?'; on the day itself nothing is said."""
    from datetime import timedelta

    s = RULESET.info
    clean = write_plan(tmp_path / "schoon.xlsx").read_bytes()
    client = web(today=s.indiendatum + timedelta(days=1))
    page = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), ("schoon.xlsx", clean), ("notities.xlsx", b"tekst")).text
    said = re.findall(r'<p class="melding te-laat" id="([^"]+)">(.*?)</p>', page, re.S)
    assert [anchor for anchor, _ in said] == ["te-laat", "te-laat-2"]  # not for the file that was not checked
    found = links(page)
    for stem, (_, words) in zip((EXAMPLE.stem, "schoon"), said):
        report = client.get(found[f"{stem}.rapport.html"]).text
        assert _text(words) == _text(re.search(r'<li class="late">(.*?)</li>', report, re.S).group(1))
    assert _text(said[0][1]).startswith(f"De indiendatum ({s.deadline}) is voorbij. Dien het actieplan zo snel mogelijk in")
    assert _text(said[1][1]) == (
        f"De indiendatum ({s.deadline}) is voorbij; het concept-e-mailbericht zegt dat. {s.late_advice}"
    )
    page = upload(web(today=s.indiendatum), ("schoon.xlsx", clean)).text
    assert "te-laat" not in page and "is voorbij" not in page


def test_several_workbooks_start_with_an_overview(web, tmp_path):
    """The verdict of every file before the first finding, each linking to the file's own section."""
    from actieplan.write.summary import verdict

    clean = write_plan(tmp_path / "schoon.xlsx").read_bytes()
    page = upload(web(), (EXAMPLE.name, EXAMPLE.read_bytes()), ("schoon.xlsx", clean), ("notities.xlsx", b"tekst")).text
    overview = re.search(r'<nav class="werkmappen".*?</nav>', page, re.S)
    assert overview is not None and overview.end() < page.index('<table class="f">')
    rows = re.findall(
        r'<tr class="(\w+)">\s*<td><a href="#([^"]+)">([^<]+)</a></td>\s*<td><span class="oordeel">([^<]+)</span>.*?'
        r'<td class="n">([^<]+)</td><td class="n">([^<]+)</td><td class="n">([^<]+)</td>',
        overview.group(0), re.S,
    )
    example = example_report()
    assert [(name, html.unescape(said), counts) for _, _, name, said, *counts in rows] == [
        (EXAMPLE.name, verdict(example), [str(example.counts[k]) for k in ("error", "warning", "info")]),
        ("schoon.xlsx", "Klaar om in te dienen.", ["0", "0", rows[1][6]]),
        ("notities.xlsx", "Niet gecontroleerd.", ["–", "–", "–"]),
    ]
    for _, anchor, name, *_ in rows:  # each link leads to that file's section
        section = re.search(rf'<article class="werkmap" id="{anchor}">\s*<h2>([^<]+)', page)
        assert section is not None and section.group(1).strip() == name
    # one file: its own banner is the overview
    assert '<nav class="werkmappen"' not in upload(web(), ("schoon.xlsx", clean)).text


def test_workbook_text_is_escaped(web, tmp_path):
    rows = valid_plan()
    rows["Algemeen"][0]["Waarde"] = "<script>alert('zr')</script>"
    path = write_plan(tmp_path / "R&D <i>plan</i>.xlsx".replace("/", ""), rows)
    r = upload(web(), (path.name, path.read_bytes()))
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;script&gt;alert" in r.text
    assert "R&amp;D" in r.text and "<i>" not in r.text


def test_bidi_controls_are_shown_not_obeyed(web, tmp_path):
    """U+202E (right-to-left override) in the zorgraad, in a value a message quotes and in the file
    name never reaches the page raw: the web page renders through the writers' environment."""
    rows = valid_plan()
    rows["Algemeen"][0]["Waarde"] = "Bru\u202eLEZ"
    rows["Actiefiches"][0]["SD"] = "SD \u202e9"  # not a known goal: the message quotes the value
    path = write_plan(tmp_path / "plan.xlsx", rows)
    r = upload(web(), ("plan\u202exslx.xlsx", path.read_bytes()))
    assert r.status_code == 200
    assert "Bru\\u202eLEZ" in r.text
    assert "SD \\u202e9" in r.text
    assert not any(unicodedata.bidirectional(ch) in ("RLO", "LRO", "RLE", "LRE", "PDF", "RLI", "LRI", "FSI", "PDI") for ch in r.text)


def test_several_workbooks_at_once(web, tmp_path):
    clean = write_plan(tmp_path / "schoon.xlsx").read_bytes()
    client = web()
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), ("schoon.xlsx", clean), ("notities.xlsx", b"tekst"))
    assert r.status_code == 200
    page = r.text
    assert page.count('<article class="werkmap"') == 3
    assert "Nog niet klaar" in page and "Klaar om in te dienen" in page and "geen Excel-werkmap" in page
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), ("schoon.xlsx", clean), headers=JSON)
    assert r.status_code == 200
    body = r.json()
    assert [b["workbook"] for b in body] == [EXAMPLE.name, "schoon.xlsx"]
    assert [b["ok"] for b in body] == [False, True]


def test_same_name_twice_is_refused_for_the_second(web):
    data = EXAMPLE.read_bytes()
    r = upload(web(), ("plan.xlsx", data), ("plan.xlsx", data), headers=JSON)
    assert r.status_code == 200
    first, second = r.json()
    assert first["ok"] is False and "findings" in first
    assert "dezelfde naam" in second["error"]


def test_vorig_jaar_comparison_matches_the_command_line(web, tmp_path, capsys):
    previous = EXAMPLE.with_name("voorbeeld-actieplan-2025.xlsx")
    _, _, expected = cli(EXAMPLE, tmp_path / "cli", capsys, "--vorig-jaar", str(previous))
    assert expected["vorig_jaar"] == previous.name
    assert any(f["rule"].startswith("vorig-jaar-") for f in expected["findings"])
    client = web()
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), vorig=(previous.name, previous.read_bytes()), headers=JSON)
    assert r.status_code == 200
    assert same_check(r.json(), expected) == expected
    page = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), vorig=(previous.name, previous.read_bytes()))
    assert page.status_code == 200
    assert f"Vergeleken met het actieplan van vorig jaar: {previous.name}." in page.text
    assert "vorig-jaar-fiche-verdwenen" in page.text
    # neither upload is kept once the check is done
    root = client.app.state.manager.root
    assert {p.name for p in root.rglob("*.xlsx")} == {f"{EXAMPLE.stem}.gecontroleerd.xlsx"}


def test_vorig_jaar_that_cannot_be_read(web, tmp_path, capsys):
    bad = tmp_path / "vorig.pdf"
    bad.write_bytes(b"%PDF-1.4\n")
    code, err, _ = cli(EXAMPLE, tmp_path / "cli", capsys, "--vorig-jaar", str(bad))
    assert code == 2
    r = upload(web(), (EXAMPLE.name, EXAMPLE.read_bytes()), vorig=(bad.name, bad.read_bytes()), headers=JSON)
    assert r.status_code == 415
    assert r.json() == {"workbook": EXAMPLE.name, "error": err.removeprefix("actieplan: ").strip()}


def test_vorig_jaar_with_several_workbooks_is_refused(web):
    data = EXAMPLE.read_bytes()
    r = upload(web(), ("a.xlsx", data), ("b.xlsx", data), vorig=("vorig.xlsx", data), headers=JSON)
    assert r.status_code == 400 and "één werkmap" in r.json()["error"]


# -- a name the disk cannot hold (issue 19): refused whole, nothing of the post kept ----------------------

EMOJI = "\U0001F600"  # 4 bytes in UTF-8


def _no_job_folders(client: TestClient) -> None:
    manager = client.app.state.manager
    assert list(manager.root.iterdir()) == [], "a post that was not taken left files in the work folder"
    assert manager.jobs == {} and manager.batches == {} and manager.waiting == []


def test_a_long_name_is_shortened_and_checked(web, tmp_path):
    """100 emoji + '.xlsx' (400 bytes): saving it failed with ENAMETOOLONG (a 500, and the post's
    other files kept for ever). The name is cut to the byte budget and the check runs as for the
    same workbook under a short name: every output there, each name within 255 bytes."""
    clean = write_plan(tmp_path / "schoon.xlsx").read_bytes()
    client = web()
    expected = upload(client, ("schoon.xlsx", clean))
    assert expected.status_code == 200 and "Klaar om in te dienen" in expected.text
    r = upload(client, (EMOJI * 100 + ".xlsx", clean))
    assert r.status_code == expected.status_code
    assert "Klaar om in te dienen" in r.text
    found = links(r.text)
    job = client.app.state.manager.jobs[next(iter(found.values())).split("/")[2]]
    assert len(job.name.encode("utf-8")) <= MAX_NAME_BYTES
    assert job.name == EMOJI * ((MAX_NAME_BYTES - 5) // 4) + ".xlsx"
    stem = job.name.removesuffix(".xlsx")
    assert set(found) == {n.replace("schoon", stem) for n in links(expected.text)}
    assert {f"{stem}.gecontroleerd.xlsx", f"{stem}.rapport.html", f"{stem}.bevindingen.json", f"{stem}.eml"} <= set(found)
    written = [p.name for p in job.out_dir.iterdir()]
    assert set(found) <= set(written)
    assert all(len(os.fsencode(n)) <= 255 for n in written), written
    for url in found.values():
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("accept", [JSON, {}])
def test_a_name_the_disk_refuses_refuses_the_whole_post(web, monkeypatch, accept):
    """Three files, the second cannot be stored under its name: a 400 naming that file, and none
    of the three (nor their job folders) stays on disk."""
    from actieplan.run.web import app as app_module

    real_save = app_module._save
    calls = []

    async def save(upload_file, target):
        calls.append(target.name)
        if len(calls) == 2:
            raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(target))
        await real_save(upload_file, target)

    monkeypatch.setattr(app_module, "_save", save)
    client = web()
    data = EXAMPLE.read_bytes()
    r = upload(client, ("een.xlsx", data), ("twee.xlsx", data), ("drie.xlsx", data), headers=accept)
    assert r.status_code == 400
    assert calls == ["een.xlsx", "twee.xlsx"]
    message = "De bestandsnaam 'twee.xlsx' is te lang voor de schijf van de server"
    if accept:
        assert r.json()["workbook"] == "twee.xlsx"
        assert r.json()["error"].startswith(message)
    else:
        assert message in html.unescape(r.text) and "een.xlsx" not in r.text
    _no_job_folders(client)


@pytest.mark.parametrize("vorig", [False, True], ids=["three-files", "with-last-year"])
def test_any_failure_while_saving_leaves_nothing(web, monkeypatch, vorig):
    """Another exception while a post is saved (here on its second file: the second workbook, or
    last year's plan): the 500 stays, but the files already saved and the job folders go."""
    from actieplan.run.web import app as app_module

    real_save = app_module._save
    calls = []

    async def save(upload_file, target):
        calls.append(target)
        if len(calls) == 2:
            raise RuntimeError("kapot")
        await real_save(upload_file, target)

    monkeypatch.setattr(app_module, "_save", save)
    client = web()
    data = EXAMPLE.read_bytes()
    files = [("een.xlsx", data)] if vorig else [("een.xlsx", data), ("twee.xlsx", data), ("drie.xlsx", data)]
    try:
        r = upload(client, *files, vorig=("vorig.xlsx", data) if vorig else None, headers=JSON)
    except RuntimeError:
        pass  # the test client re-raises the server's exception
    else:
        assert r.status_code == 500
    assert len(calls) == 2 and calls[0].is_relative_to(client.app.state.manager.root)
    _no_job_folders(client)


def test_busy_at_submit_leaves_nothing(web, monkeypatch):
    """The room is taken between the first look and the queueing: 503, and the saved files go."""
    client = web()
    manager = client.app.state.manager
    answers = iter([True, False])
    monkeypatch.setattr(manager, "room_for", lambda count: next(answers))
    r = upload(client, ("een.xlsx", EXAMPLE.read_bytes()), headers=JSON)
    assert r.status_code == 503 and "te druk" in r.json()["error"]
    _no_job_folders(client)


# -- a file that cannot be read: the command line's message, 400/413/415 --------------------------------


def _corrupt(tmp_path: Path) -> bytes:
    return EXAMPLE.read_bytes()[:3000]


def _entity_bomb(tmp_path: Path) -> bytes:
    path = write_plan(tmp_path / "bron.xlsx")
    laughs = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "xl/workbook.xml":
                data = laughs + data
            zout.writestr(info.filename, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    "name, make, status, words",
    [
        ("scan.xlsx", lambda tmp: b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", 415, ["PDF-bestand"]),
        ("notities.xlsx", lambda tmp: b"Dit is gewoon tekst.\n", 415, ["geen Excel-werkmap"]),
        ("plan.csv", lambda tmp: b"Naam;Trekker\nOverleg;BruZEL\n", 415, [".csv-bestand"]),
        ("plan.xls", lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, 415, [".xls-bestand"]),
        ("leeg.xlsx", lambda tmp: b"", 400, ["leeg (0 bytes)"]),
        ("kapot.xlsx", _corrupt, 400, ["beschadigd"]),
        ("bom.xlsx", lambda tmp: zip_bomb(EXAMPLE, tmp / "bom.xlsx").read_bytes(), 400, ["zip-bom"]),
        ("lol.xlsx", _entity_bomb, 400, ["XML"]),
        ("~$plan.xlsx", lambda tmp: EXAMPLE.read_bytes(), 400, ["vergrendelbestand"]),
    ],
    ids=["pdf", "text", "csv", "xls", "empty", "corrupt", "zip-bomb", "entity-bomb", "lock-file"],
)
def test_unreadable_file_gets_the_command_line_message(web, tmp_path, capsys, name, make, status, words):
    data = make(tmp_path)
    path = tmp_path / "cli-in" / name
    path.parent.mkdir()
    path.write_bytes(data)
    code, err, _ = cli(path, tmp_path / "cli-uit", capsys)
    assert code == 2
    message = err.removeprefix("actieplan: ").strip()
    client = web()
    r = upload(client, (name, data), headers=JSON)
    assert r.status_code == status, r.text
    assert r.json() == {"workbook": name, "error": message}
    for word in words:
        assert word in message
    page = upload(client, (name, data))
    assert page.status_code == status
    assert "Traceback" not in page.text
    assert 'role="alert"' in page.text
    assert words[0] in page.text


def test_hostile_uploads_do_not_stop_the_server(web, tmp_path):
    client = web()
    bomb = zip_bomb(EXAMPLE, tmp_path / "bom.xlsx").read_bytes()
    for name, data in [("bom.xlsx", bomb), ("lol.xlsx", _entity_bomb(tmp_path)), ("kapot.xlsx", _corrupt(tmp_path))]:
        assert upload(client, (name, data), headers=JSON).status_code == 400
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), headers=JSON)
    assert r.status_code == 200 and r.json()["counts"] == example_report().counts


# -- limits --------------------------------------------------------------------------------------------


def test_upload_too_large_by_its_declared_length(web):
    client = web(max_upload_bytes=20_000)
    data = EXAMPLE.read_bytes()
    assert len(data) > 20_000
    r = upload(client, (EXAMPLE.name, data))
    assert r.status_code == 413
    assert "te groot" in r.text and "hoogstens 19,5 kB per keer (1 kB = 1.024 bytes" in r.text
    assert "het document zelf" in r.text and "Excel of Word" in r.text  # a Word plan is uploaded too
    r = upload(client, (EXAMPLE.name, data), headers=JSON)
    assert r.status_code == 413 and "te groot" in r.json()["error"]
    assert list(client.app.state.manager.root.iterdir()) == []  # nothing was kept


def test_upload_too_large_shows_both_sizes_in_one_unit(web):
    """User test point 10: 21,000,000 bytes got 'te groot (20 MB): hoogstens 20 MB'; the two sizes
    are now told apart, in one stated unit."""
    from actieplan.run.web.app import _too_large
    from actieplan.run.web.jobs import WebConfig

    text = _too_large(21_000_000, WebConfig())  # the default limit, 20 MB of 1.048.576 bytes
    assert "de upload is 20,03 MB (21.000.000 bytes), hoogstens 20,00 MB per keer (1 MB = 1.048.576 bytes" in text
    client = web(max_upload_bytes=2**20)
    r = upload(client, ("plan.xlsx", b"x" * 1_200_000), headers=JSON)
    assert r.status_code == 413
    error = r.json()["error"]
    found, most = re.search(r"de upload is (\d+,\d+) MB \([\d.]+ bytes\), hoogstens (\d+,\d+) MB per keer", error).groups()
    assert most == "1,0" and float(found.replace(",", ".")) >= 1.1 and "1 MB = 1.048.576 bytes" in error


def test_upload_too_large_without_a_declared_length(web):
    """A chunked upload (no Content-Length) is counted as it arrives and stopped at the limit."""
    client = web(max_upload_bytes=20_000)
    from web_loadtest import multipart

    body, content_type = multipart([("werkmap", "plan.xlsx", EXAMPLE.read_bytes())])

    def chunks():
        for i in range(0, len(body), 4096):
            yield body[i : i + 4096]

    r = client.post("/controleer", content=chunks(), headers={"Content-Type": content_type, **JSON})
    assert "content-length" not in {k.lower() for k in r.request.headers}
    assert r.status_code == 413


def test_the_default_upload_limit_is_20_mb():
    assert WebConfig().max_upload_bytes == 20 * 2**20


def test_no_file_chosen(web):
    client = web()
    r = client.post("/controleer", files=[("werkmap", ("", b"", "application/octet-stream"))])
    assert r.status_code == 400 and "Kies eerst een werkmap" in r.text
    r = client.post("/controleer", data={"iets": "anders"}, headers=JSON)
    assert r.status_code == 400 and "Kies eerst een werkmap" in r.json()["error"]


def test_too_many_files(web):
    client = web(max_files=2)
    data = EXAMPLE.read_bytes()
    r = upload(client, ("a.xlsx", data), ("b.xlsx", data), ("c.xlsx", data), headers=JSON)
    assert r.status_code == 400 and "hoogstens 2" in r.json()["error"]


def test_time_limit_per_check(web):
    client = web(check_timeout=0.01)
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), headers=JSON)
    assert r.status_code == 400
    assert "duurde langer dan 0,01 seconden" in r.json()["error"]
    assert "duurde langer dan" in r.json()["error"] and EXAMPLE.name in r.json()["error"]


def test_checks_wait_for_a_free_place_with_a_message(web):
    """One check at a time, one waiting place: with the place taken, a check waits (page 202
    that refreshes itself), the next is refused with 503, and the waiting one finishes."""
    client = web(max_checks=1, max_waiting=1, inline_wait=0.2)
    manager = client.app.state.manager
    client.portal.call(manager.slots.acquire)  # a check that runs "for ever"
    try:
        r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), wait=False)
        assert r.status_code == 303
        wait_url = r.headers["location"]
        assert re.fullmatch(r"/controleer/[A-Za-z0-9_-]{32}", wait_url)
        waiting = client.get(wait_url)
        assert waiting.status_code == 202
        assert "wacht op een vrije plaats" in waiting.text
        assert '<meta http-equiv="refresh" content="2;url=' in waiting.text
        assert "<progress" in waiting.text
        busy = upload(client, ("ander.xlsx", EXAMPLE.read_bytes()))
        assert busy.status_code == 503 and "te druk" in busy.text
        assert busy.headers["retry-after"] == "60"
        assert upload(client, ("ander.xlsx", EXAMPLE.read_bytes()), headers=JSON).status_code == 503
    finally:
        client.portal.call(manager.slots.release)
    deadline = time.monotonic() + 60
    while (r := client.get(wait_url)).status_code == 202 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert r.status_code == 200 and "Nog niet klaar" in r.text
    assert client.get(wait_url, headers=JSON).json()["counts"] == example_report().counts


# -- downloads: unguessable, and gone after the set time ---------------------------------------------------


def test_downloads_only_through_their_links(web):
    client = web()
    found = links(upload(client, (EXAMPLE.name, EXAMPLE.read_bytes())).text)
    url = found[f"{EXAMPLE.stem}.bevindingen.json"]
    job_id = url.split("/")[2]
    assert len(job_id) >= 32
    assert client.get(url).status_code == 200
    for wrong in [
        f"/download/{job_id}/{EXAMPLE.name}",  # the upload itself is not served (nor kept)
        f"/download/{job_id}/..%2F..%2Fetc%2Fpasswd",
        f"/download/{job_id[:-1]}{'y' if job_id.endswith('x') else 'x'}/{EXAMPLE.stem}.bevindingen.json",  # one character off
        f"/controleer/{job_id}",
    ]:
        r = client.get(wrong)
        assert r.status_code == 404, wrong
        assert "bestaat niet of is verlopen" in r.text


def test_downloads_are_deleted_after_the_set_time(web):
    client = web(keep_seconds=0.5)
    manager = client.app.state.manager
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()))
    found = links(r.text)
    assert found and list(manager.root.iterdir())
    # the upload itself is gone as soon as the check is done; only the outputs stay
    assert not list(manager.root.rglob(EXAMPLE.name))
    time.sleep(0.8)
    for url in found.values():
        assert client.get(url).status_code == 404
    assert list(manager.root.iterdir()) == []
    assert manager.jobs == {} and manager.batches == {}


def test_work_folder_is_private_and_removed_at_shutdown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = create_app(WebConfig(work_root=tmp_path / "werk"))
    root = app.state.manager.root
    assert root.parent == tmp_path / "werk"
    assert root.stat().st_mode & 0o077 == 0
    with TestClient(app, base_url=BASE) as client:
        assert upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), headers=JSON).status_code == 200
        assert any(root.iterdir())
    assert not root.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["werk"]


# -- access code -------------------------------------------------------------------------------------


def test_access_code_is_asked_once_per_session(web):
    client = web(access_code="lange geheime zin")
    r = client.get("/")
    assert r.status_code == 303 and r.headers["location"].startswith("/toegang")
    assert client.get("/static/web.css").status_code == 200
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), headers=JSON)
    assert r.status_code == 401 and "Toegangscode" in r.json()["error"]
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()))
    assert r.status_code == 303  # to the code form; the upload was not read
    form = client.get("/toegang")
    assert form.status_code == 200 and 'type="password"' in form.text
    wrong = client.post("/toegang", data={"code": "fout"})
    assert wrong.status_code == 401 and "klopt niet" in wrong.text
    right = client.post("/toegang?terug=/", data={"code": "lange geheime zin"})
    assert right.status_code == 303 and right.headers["location"] == "/"
    cookie = right.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "max-age" not in cookie and "expires" not in cookie
    assert client.get("/").status_code == 200
    assert upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), headers=JSON).status_code == 200


def test_access_code_in_a_header_for_scripts(web):
    client = web(access_code="geheim")
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), headers={**JSON, "X-Actieplan-Code": "geheim"})
    assert r.status_code == 200
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()), headers={**JSON, "X-Actieplan-Code": "fout"})
    assert r.status_code == 401


def test_toegang_never_redirects_off_site(web):
    client = web(access_code="geheim")
    r = client.post("/toegang?terug=//elders.example/", data={"code": "geheim"})
    assert r.status_code == 303 and r.headers["location"] == "/"


# -- actieplan web on the command line ---------------------------------------------------------------


def test_non_loopback_address_needs_the_code(monkeypatch, capsys):
    monkeypatch.delenv("ACTIEPLAN_WEB_CODE", raising=False)
    assert main(["web", "--host", "0.0.0.0", "--poort", str(free_port()), "--geen-browser"]) == 2
    err = capsys.readouterr().err
    assert "ACTIEPLAN_WEB_CODE" in err and "127.0.0.1" in err and "Traceback" not in err


@pytest.mark.parametrize("port", ["0", "-1", "65536", "99999", "abc"])
def test_only_ports_1_to_65535(port, monkeypatch, capsys):
    """99999 was taken as 34463 (99999 - 65536), 0 and 65536 as any free port, -1 blamed the address."""
    from actieplan.run.web import serve as serve_module

    monkeypatch.setattr(serve_module, "bind", lambda host, port: pytest.fail(f"bound {host}:{port}"))
    with pytest.raises(SystemExit) as stop:  # argparse's own refusal, as for every misused option
        main(["web", "--poort", port, "--geen-browser"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"De poort moet een getal van 1 tot en met 65535 zijn; u gaf '{port}'" in err
    assert "Traceback" not in err and "adres" not in err


def test_port_in_use(capsys):
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        port = taken.getsockname()[1]
        assert main(["web", "--poort", str(port), "--geen-browser"]) == 2
    finally:
        taken.close()
    err = capsys.readouterr().err
    assert f"Poort {port} is al in gebruik" in err


@pytest.mark.parametrize(
    "host, loop", [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True), ("0.0.0.0", False), ("192.168.1.5", False), ("::", False)]
)
def test_is_loopback(host, loop):
    assert is_loopback(host) is loop


@pytest.mark.parametrize(
    "raw, safe",
    [
        ("plan.xlsx", "plan.xlsx"),
        ("C:\\Users\\an\\Documenten\\plan 2026.xlsx", "plan 2026.xlsx"),
        ("../../etc/passwd", "passwd"),
        (".verborgen.xlsx", "verborgen.xlsx"),
        ("pl\x00an\n.xlsx", "plan.xlsx"),
        ("", "werkmap.xlsx"),
        ("a" * 300 + ".xlsx", "a" * (MAX_NAME_BYTES - 5) + ".xlsx"),
    ],
)
def test_safe_name(raw, safe):
    assert safe_name(raw) == safe


COMBINED = unicodedata.normalize("NFC", "q\u0307\u0323")  # q with a dot above and below: no precomposed form, 5 bytes


@pytest.mark.parametrize(
    "raw, safe",
    [
        # 4-byte characters: whole ones only, the extension kept
        (EMOJI * 100 + ".xlsx", EMOJI * ((MAX_NAME_BYTES - 5) // 4) + ".xlsx"),
        # a letter and its accents stay together: never a bare 'q' at the end
        (COMBINED * 100 + ".xlsx", COMBINED * ((MAX_NAME_BYTES - 5) // 5) + ".xlsx"),
        # an emoji and its skin tone stay together
        ("\U0001F44D\U0001F3FD" * 100 + ".xlsx", "\U0001F44D\U0001F3FD" * ((MAX_NAME_BYTES - 5) // 8) + ".xlsx"),
        # no extension: the whole name is the stem the outputs are named after
        ("a" * 300, "a" * MAX_NAME_BYTES),
        ("é" * 300, "é" * (MAX_NAME_BYTES // 2)),
        # a long tail after the dot is no extension: cut as part of the name
        ("plan." + "x" * 300, "plan." + "x" * (MAX_NAME_BYTES - 5)),
        # a short extension of several bytes stays whole
        ("a" * 300 + ".\u00e9\u00e9", "a" * (MAX_NAME_BYTES - 5) + ".\u00e9\u00e9"),
        # the cut never leaves a space or a dot before the extension
        ("a" * (MAX_NAME_BYTES - 6) + " " + "b" * 50 + ".xlsx", "a" * (MAX_NAME_BYTES - 6) + ".xlsx"),
        # one letter with more accents than the budget: cut between code points, never nothing
        ("q" + "\u0301" * 300 + ".xlsx", "q" + "\u0301" * ((MAX_NAME_BYTES - 6) // 2) + ".xlsx"),
        # within the budget: unchanged
        ("b" * (MAX_NAME_BYTES - 5) + ".xlsx", "b" * (MAX_NAME_BYTES - 5) + ".xlsx"),
    ],
    ids=["emoji", "combining", "skin-tone", "no-extension", "two-byte", "long-extension", "extension-bytes",
         "trailing-space", "one-long-sequence", "at-the-budget"],
)
def test_safe_name_keeps_to_the_byte_budget(raw, safe):
    name = safe_name(raw)
    assert name == safe
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


@pytest.mark.parametrize("raw", [EMOJI * 100 + ".xlsx", EMOJI * 100 + ".xlsm", "a" * 300, "a" * 300 + ".xlsx",
                                 "a" * 300 + ".gecontroleerd.xlsx", COMBINED * 100 + ".xlsx", "plan." + "x" * 300])
def test_every_output_name_of_a_safe_name_fits_on_disk(raw):
    """The budget's derivation: the stored upload and every name derived from it (each output, its
    '(n)' alternatives, the temporary names of the atomic writes) keep to 255 bytes."""
    from actieplan.write import outputs

    name = safe_name(raw)
    stem = outputs.output_stem(Path(name))
    derived = [name]
    for output in outputs.output_names(Path(name), stem).values():
        derived += [output] + [outputs.alternative_name(output, stem, n) for n in range(2, outputs.MAX_ALTERNATIVES + 2)]
    key = outputs.owner_key(stem)
    derived += [outputs._tmp_name(key) + ".ext", outputs.digests_path(Path("."), key).name]
    assert max(len(os.fsencode(n)) for n in derived) <= 255


@pytest.fixture
def no_serving(monkeypatch):
    """serve() up to the point where uvicorn would take over; records the browser it opens."""
    import uvicorn

    from actieplan.run.web import serve as serve_module

    opened: list[str] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: time.sleep(1.5))
    monkeypatch.setattr(serve_module.webbrowser, "open", lambda url: opened.append(url))
    return opened


def test_opens_the_browser_on_a_desktop(no_serving, monkeypatch, capsys):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    assert main(["web", "--poort", str(free_port())]) == 0
    out = capsys.readouterr().out
    url = re.search(r"http://127\.0\.0\.1:\d+/", out).group(0)
    assert no_serving == [url]


def test_no_browser_without_a_desktop_or_when_asked(no_serving, monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    assert main(["web", "--poort", str(free_port())]) == 0
    monkeypatch.setenv("DISPLAY", ":0")
    assert main(["web", "--poort", str(free_port()), "--geen-browser"]) == 0
    assert no_serving == []
    assert "actieplan web draait op http://127.0.0.1:" in capsys.readouterr().out


def test_non_loopback_with_the_code_warns(no_serving, monkeypatch, capsys):
    monkeypatch.setenv("ACTIEPLAN_WEB_CODE", "een lange geheime zin")
    assert main(["web", "--host", "0.0.0.0", "--poort", str(free_port()), "--geen-browser"]) == 0
    err = capsys.readouterr().err
    assert "Let op: actieplan web is bereikbaar voor andere computers" in err and "niet versleuteld" in err


def test_warm_up_checks_the_blank_template(tmp_path, monkeypatch):
    """The fork server's warm-up really runs the check (a failure there would only be silent slowness)."""
    import tempfile

    from actieplan.run.web import worker

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    worker.warm_up(RULESET)
    assert list(tmp_path.iterdir()) == []  # it cleans up after itself


def test_regelset_is_passed_to_every_check(web, tmp_path, capsys):
    """`actieplan web --regelset JAAR` checks with that year's rules, as `controleer --regelset` does."""
    from actieplan.plugin.registry import resolve
    from actieplan.plugin.settings import RuleSetError

    ruleset = resolve("2026")
    _, _, expected = cli(EXAMPLE, tmp_path / "cli", capsys, "--regelset", ruleset.id)
    r = upload(web(regelset=ruleset), (EXAMPLE.name, EXAMPLE.read_bytes()), headers=JSON)
    assert r.status_code == 200 and same_check(r.json(), expected) == expected
    # the rule set is chosen once, at the server's start: an unknown year stops it there
    with pytest.raises(RuleSetError, match="1999"):
        resolve("1999")


# -- other sites: cross-site posts and DNS rebinding (issue 19, point 12) ------------------------------


@pytest.mark.parametrize("headers", [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Origin": "http://127.0.0.1:9999"},  # another port is another site
    {"Referer": "http://evil.example/form.html"},
])
def test_a_post_from_another_site_is_refused(web, headers):
    client = web()
    r = client.post("/controleer", files=[("werkmap", (EXAMPLE.name, EXAMPLE.read_bytes(), XLSX))], headers=headers)
    assert r.status_code == 403 and "niet van deze pagina" in r.text and '<html lang="nl">' in r.text
    assert list(client.app.state.manager.root.iterdir()) == []
    # the same post from our own page (what a browser sends with Referrer-Policy: same-origin)
    r = client.post("/controleer", files=[("werkmap", (EXAMPLE.name, EXAMPLE.read_bytes(), XLSX))],
                    headers={**JSON, "Origin": BASE, "Referer": BASE + "/"})
    assert r.status_code == 200


def test_the_code_form_refuses_another_site(web):
    client = web(access_code="geheim")
    r = client.post("/toegang", data={"code": "geheim"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "set-cookie" not in r.headers


@pytest.mark.parametrize("host, status", [
    ("evil.example", 400), ("evil.example:8000", 400), ("127.0.0.1.evil.example", 400), ("", 400),
    ("127.0.0.1:8000", 200), ("localhost:8000", 200), ("LOCALHOST", 200), ("[::1]:8000", 200),
    ("actieplan.example", 200),  # a name given with --host-naam (behind a reverse proxy)
])
def test_only_our_host_names_are_answered(web, host, status):
    client = web(host_names=("localhost", "actieplan.example"))
    r = client.get("/", headers={"Host": host})
    assert r.status_code == status
    if status == 400:
        assert "niet onder deze naam" in r.text


# -- guessing the access code (issue 19, point 5) -----------------------------------------------------


def test_wrong_codes_slow_down_then_block_the_address(web, monkeypatch, caplog):
    from actieplan.run.web import guards

    monkeypatch.setattr(guards, "SLOW_SECONDS", 0.3)
    client = web(access_code="geheim")
    times, statuses = [], []
    for i in range(guards.BLOCK_AFTER + 2):
        start = time.monotonic()
        r = client.get("/", headers={**JSON, "X-Actieplan-Code": f"gok{i}"})
        times.append(time.monotonic() - start)
        statuses.append(r.status_code)
    assert statuses[: guards.BLOCK_AFTER] == [401] * guards.BLOCK_AFTER
    assert statuses[guards.BLOCK_AFTER:] == [429, 429]
    assert max(times[: guards.SLOW_AFTER]) < 0.3 <= min(times[guards.SLOW_AFTER : guards.BLOCK_AFTER])
    blocked = client.get("/", headers={**JSON, "X-Actieplan-Code": "geheim"})  # even the right code, now
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) == 300
    assert "Te veel verkeerde toegangscodes" in blocked.json()["error"]
    form = client.post("/toegang", data={"code": "geheim"})  # the form counts the same tries
    assert form.status_code == 429 and "Te veel" in form.text
    assert "wrong code from" in caplog.text and "gok" not in caplog.text


def test_the_throttle_forgets_after_five_minutes_and_counts_parallel_tries():
    import asyncio

    from actieplan.run.web.guards import BLOCK_AFTER, Throttle

    now = [1000.0]
    slept: list[float] = []

    async def sleep(seconds):
        slept.append(seconds)
        await asyncio.sleep(0)

    throttle = Throttle(clock=lambda: now[0], sleep=sleep)

    async def guesses(n):
        return await asyncio.gather(*(throttle.attempt("10.0.0.1", f"gok{i}", "geheim") for i in range(n)))

    verdicts = asyncio.run(guesses(200))  # all at once: still at most BLOCK_AFTER compared
    assert verdicts.count(False) == BLOCK_AFTER and all(v == 300 for v in verdicts if v is not False)
    assert len(slept) == BLOCK_AFTER - 5
    assert asyncio.run(throttle.attempt("10.0.0.2", "geheim", "geheim")) is True  # another address
    now[0] += 299
    assert asyncio.run(throttle.attempt("10.0.0.1", "geheim", "geheim")) == pytest.approx(1)
    now[0] += 2
    assert asyncio.run(throttle.attempt("10.0.0.1", "geheim", "geheim")) is True


def test_sessions_expire_on_the_server():
    from actieplan.run.web.guards import Sessions

    now = [0.0]
    sessions = Sessions(8 * 3600, clock=lambda: now[0])
    token = sessions.new()
    now[0] = 8 * 3600 - 1
    assert sessions.valid(token) and not sessions.valid("verzonnen")
    now[0] = 8 * 3600
    assert not sessions.valid(token)


def test_the_default_session_lasts_eight_hours():
    assert WebConfig().session_seconds == 8 * 3600


def test_host_names_of_the_bound_address(monkeypatch):
    from actieplan.run.web import serve as serve_module

    monkeypatch.setattr(serve_module.socket, "gethostname", lambda: "pc-zorg")
    monkeypatch.setattr(serve_module.socket, "getfqdn", lambda: "pc-zorg.vlaanderen.be")
    assert serve_module.host_names("127.0.0.1") == ("localhost",)
    assert serve_module.host_names("0.0.0.0", ("Actieplan.Example",)) == ("localhost", "actieplan.example", "pc-zorg", "pc-zorg.vlaanderen.be")
    assert serve_module.host_names("actieplan.intern") == ("localhost", "actieplan.intern")


# -- storage (issue 19, point 3) -------------------------------------------------------------------------


def test_findings_of_finished_checks_live_on_disk(web):
    client = web()
    r = upload(client, (EXAMPLE.name, EXAMPLE.read_bytes()))
    assert r.status_code == 200 and "Bevindingen" in r.text
    (job,) = client.app.state.manager.jobs.values()
    assert set(job.outcome) <= {"ok", "kind", "message", "outputs"}  # no report, no counts in memory
    stored = json.loads((job.dir / "uitkomst.json").read_text(encoding="utf-8"))
    assert stored["report"]["findings"] == example_report().as_json()["findings"]
    assert "uitkomst.json" not in links(r.text)


def test_oldest_results_make_room_then_uploads_get_503(web):
    client = web()
    manager, config = client.app.state.manager, client.app.state.config
    data = EXAMPLE.read_bytes()
    first = upload(client, (EXAMPLE.name, data))
    assert first.status_code == 200
    one = manager.used()
    assert one > len(data)
    # not room for one finished result beside the next upload's estimate (3 times its size)
    config.max_storage_bytes = one + 3 * len(data) - 1
    second = upload(client, (EXAMPLE.name, data))
    assert second.status_code == 200
    old_job, new_job = manager.jobs.values()
    assert old_job.removed and not old_job.dir.exists() and new_job.dir.exists()
    assert manager.used() <= config.max_storage_bytes
    url = next(iter(links(first.text).values()))
    gone = client.get(url)
    assert gone.status_code == 410 and "verwijderd om plaats te maken" in gone.text
    page = client.get(f"/controleer/{next(iter(manager.batches))}")
    assert page.status_code == 410 and "verwijderd om plaats te maken" in page.text
    # an upload that would not fit even with every result removed: refused as too large for this
    # server (413, no Retry-After: waiting would not help; it said 'all results are in use'), nothing removed
    config.max_storage_bytes = 3 * len(data) - 1
    before = sorted(p.name for p in manager.root.iterdir())
    full = upload(client, (EXAMPLE.name, data))
    assert full.status_code == 413 and "Opnieuw proberen helpt niet" in full.text and "--opslag-mb" in full.text
    assert "retry-after" not in full.headers and "nog in gebruik" not in full.text
    assert sorted(p.name for p in manager.root.iterdir()) == before
    # room that only a running check holds: 503, try again later
    config.max_storage_bytes = manager.used() + 3 * len(data) - 1
    new_job.state = RUNNING  # its room stays taken
    busy = upload(client, (EXAMPLE.name, data))
    new_job.state = DONE
    assert busy.status_code == 503 and "nog in gebruik" in busy.text and busy.headers["retry-after"] == "60"


def test_a_result_larger_than_its_reservation_makes_room_after_it_is_measured(web):
    """The reservation (3 times the upload) is an estimate: a small plan's report and findings weigh
    more. Once the finished folder is measured, older results make room, so the folder never holds
    more than --opslag-mb (the real server's test found 1.08 MB kept under --opslag-mb 1)."""
    client = web()
    manager, config = client.app.state.manager, client.app.state.config
    data = EXAMPLE.read_bytes()
    assert upload(client, (EXAMPLE.name, data)).status_code == 200
    one = manager.used()
    assert one > 3 * len(data)  # measured: more than was reserved
    # room for the next upload's reservation beside the first result, not for its measured size
    config.max_storage_bytes = one + 3 * len(data)
    assert upload(client, (EXAMPLE.name, data)).status_code == 200
    old_job, new_job = manager.jobs.values()
    assert old_job.removed and not new_job.removed
    assert manager.used() <= config.max_storage_bytes


def test_the_default_storage_is_2000_mb():
    assert WebConfig().max_storage_bytes == 2000 * 2**20


def test_opslag_mb_must_be_positive(capsys):
    assert main(["web", "--poort", str(free_port()), "--opslag-mb", "0"]) == 2
    assert "--opslag-mb moet minstens 1 zijn" in capsys.readouterr().err


def test_the_open_file_limit_is_raised_to_the_hard_limit(monkeypatch):
    import resource

    from actieplan.run.web.connections import raise_open_file_limit

    calls = []
    monkeypatch.setattr(resource, "getrlimit", lambda which: (1024, 4096))
    monkeypatch.setattr(resource, "setrlimit", lambda which, limits: calls.append((which, limits)))
    raise_open_file_limit()
    assert calls == [(resource.RLIMIT_NOFILE, (4096, 4096))]


def test_connection_limits_default_to_the_issue_numbers():
    config = WebConfig()
    assert (config.header_timeout, config.body_window, config.body_min_rate, config.max_connections_per_address) == (20, 30, 10_000, 50)


# -- work folders of servers that no longer run (issue 19, point 13) ----------------------------------


def test_work_folders_of_servers_that_are_gone_are_removed_at_start(tmp_path):
    import subprocess
    import sys

    from actieplan.run.web.jobs import _start_time

    werk = tmp_path / "werk"
    werk.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = werk / f"actieplan-web-{dead.pid}-{_start_time(os.getpid())}-abc123_x"
        reused = werk / f"actieplan-web-{alive.pid}-1-abcdefgh"  # that pid runs, but did not start at tick 1
        running = werk / f"actieplan-web-{alive.pid}-{_start_time(alive.pid)}-abcdefgh"
        older = werk / "actieplan-web-k3j4h5g6"  # an older version's folder: no owner in its name
        other = werk / "iets-anders"
        for folder in (stale, reused, running, older, other):
            (folder / "uit").mkdir(parents=True)
            (folder / "uit" / "rapport.html").write_text("x")
        lookalike = werk / f"actieplan-web-{dead.pid}-5-bestand"
        lookalike.write_text("a file, not a folder")
        link = werk / f"actieplan-web-{dead.pid}-5-koppeling"
        link.symlink_to(other, target_is_directory=True)
        app = create_app(WebConfig(work_root=werk, regelset=RULESET))
        kept = {running, older, other, lookalike, link, app.state.manager.root}
        assert {p.name for p in werk.iterdir()} == {p.name for p in kept}  # stale and reused removed
        assert (other / "uit" / "rapport.html").exists()
        assert app.state.manager.root.name.startswith(f"actieplan-web-{os.getpid()}-")
        shutil.rmtree(app.state.manager.root)
    finally:
        alive.kill()
        alive.wait()


def test_the_page_lists_errors_first_as_the_report_does(web):
    """The example's two errors stood among 16 infos on Actiefiches, after Capaciteit's info: the
    page lists errors, then warnings, then infos, as the console, the Controle sheet and the report."""
    page = upload(web(), (EXAMPLE.name, EXAMPLE.read_bytes())).text
    headings = re.findall(r"<h4>([^<]*) \(\d+\)</h4>", page)
    kinds = [h.split(":", 1)[0] for h in headings]
    assert kinds and kinds[0] == "Fouten"
    assert kinds == sorted(kinds, key=["Fouten", "Waarschuwingen", "Ter info"].index)
    rows = re.findall(r'<tr class="(error|warning|info)">', page)
    assert rows == sorted(rows, key=["error", "warning", "info"].index) and rows.count("error") == 2
