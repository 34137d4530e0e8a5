"""`actieplan regelset nieuw JAAR`: next year's rule set, made from the newest one.

The newest year's package is copied next to it (its folder name with the year changed, e.g.
``jaarNNNN``); in the copy's ``settings.toml`` the working year, the deadline and the template id
move on by as many years; the multi-year period stays, unless the new working year is past its
end: then the next plan starts in the new working year and lasts ``volgend_meerjarenplan_jaren``
(the old set's setting), e.g. N-3..N-1 -> N..N+5 for a plan of six years. Its catalogue ``REGELS.md`` is generated;
``NAKIJKEN.md`` lists what a maintainer must review against the department's new template: every
rule's quote, and every line of the copy that still names the old year. The package is added to
``pyproject.toml`` (the packages a non-editable install ships) when that file lists the old one.
The year packages import each other relatively, so the copy runs as it is.
"""

from __future__ import annotations

import importlib
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from actieplan.plugin.registry import resolve
from actieplan.plugin.ruleset import RuleSet
from actieplan.plugin.settings import RuleSetError

CHECKLIST = "NAKIJKEN.md"


@dataclass
class NewYear:
    ruleset: RuleSet
    folder: Path
    checklist: Path
    pyproject: Path | None  # the pyproject.toml that now lists the package, if we changed one


def _shift_date(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def next_period(old, years: int) -> tuple[int, int]:
    """The multi-year period of the working year ``years`` after ``old``'s: the same period while the
    year lies in it, else the next plan, from that year on, of ``volgend_meerjarenplan_jaren`` years."""
    start, end = old.meerjarenplan_jaren
    year = old.werkjaar + years
    if year <= end:
        return start, end
    return year, year + old.volgend_meerjarenplan_jaren - 1


def shift_settings(text: str, old, years: int) -> str:
    """The settings text with the [jaar] table moved on by ``years``; everything else as it was."""
    new = {
        "id": f'"{old.id.replace(str(old.werkjaar), str(old.werkjaar + years))}"',
        "werkjaar": str(old.werkjaar + years),
        "indiendatum": _shift_date(old.indiendatum, years).isoformat(),
    }
    start, end = next_period(old, years)
    if (start, end) != old.meerjarenplan_jaren:
        new |= {"meerjarenplan": f'"{start}-{end}"', "meerjarenplan_start": str(start), "meerjarenplan_einde": str(end)}
    out, table = [], ""
    for line in text.splitlines(keepends=True):
        header = re.match(r"\s*\[([^\]]+)\]", line)
        if header:
            table = header.group(1).strip()
        key = re.match(r"([ \t]*)([A-Za-z_]+)([ \t]*=[ \t]*)([^#\r\n]*?)([ \t]*)(#[^\r\n]*)?(\r?\n)?$", line)
        if table == "jaar" and key and key.group(2) in new:
            comment = key.group(6) or ""
            if comment:
                comment = "# was " + key.group(4).strip() + "; " + comment.lstrip("# ")
            line = f"{key.group(1)}{key.group(2)}{key.group(3)}{new[key.group(2)]}{key.group(5) if comment else ''}{comment}{key.group(7) or ''}"
        out.append(line)
    return "".join(out)


def make_next_year(year: int, base: RuleSet | None = None) -> NewYear:
    """Make the rule set of ``year`` from ``base`` (default: the newest). RuleSetError (Dutch) when it cannot."""
    from actieplan.plugin.catalogue import write_catalogue

    base = base or resolve(None)
    _refuse_installed_copy(base)
    years = year - base.werkjaar
    if years <= 0:
        raise RuleSetError(
            f"De nieuwste regelset is die van {base.werkjaar}; een nieuwe regelset moet voor een later jaar zijn, "
            f"niet {year}."
        )
    name = base.path.name.replace(str(base.werkjaar), str(year))
    if name == base.path.name:
        raise RuleSetError(f"De map van de regelset '{base.path.name}' noemt haar jaar niet; geef de nieuwe map zelf een naam.")
    folder = base.path.parent / name
    if folder.exists():
        raise RuleSetError(f"De regelset voor {year} bestaat al: {folder}. Pas die aan, of verwijder ze eerst.")
    shutil.copytree(base.path, folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", CHECKLIST))
    try:
        settings = folder / "settings.toml"
        settings.write_text(shift_settings(settings.read_text(encoding="utf-8"), base.settings, years), encoding="utf-8")
        importlib.invalidate_caches()  # the import system caches directory listings
        ruleset = resolve(year)
        write_catalogue(ruleset)
        checklist = folder / CHECKLIST
        checklist.write_text(_checklist(ruleset, base, folder), encoding="utf-8")
        pyproject = _add_to_pyproject(base, ruleset)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return NewYear(ruleset, folder, checklist, pyproject)


def _source_pyproject(path: Path) -> Path | None:
    """The pyproject.toml of the developer's copy the rules folder ``path`` lives in, if any."""
    for parent in path.parents:
        if parent.name in {"site-packages", "dist-packages"}:
            return None  # an installed copy, even inside a project's virtualenv
        if (parent / "pyproject.toml").is_file():
            return parent / "pyproject.toml"
    return None


def _refuse_installed_copy(base: RuleSet) -> None:
    if _source_pyproject(base.path) is None:
        raise RuleSetError(
            f"De regelsets staan in een geïnstalleerde kopie van actieplan ({base.path.parent}): een nieuwe "
            "regelset zou daar bij de volgende installatie verloren gaan. Een nieuwe regelset maakt u in een kopie "
            "voor ontwikkelaars: haal de broncode op (git clone) en installeer ze in die map met 'pip install -e .'."
        )


def _checklist(new: RuleSet, old: RuleSet, folder: Path) -> str:
    s = new.settings
    years = s.werkjaar - old.werkjaar
    if s.meerjarenplan_jaren == old.settings.meerjarenplan_jaren:
        period = f"- [ ] Meerjarenplan {s.meerjarenplan}: ongewijzigd, het werkjaar {s.werkjaar} valt erin. Klopt dat?"
    else:
        period = (
            f"- [ ] Meerjarenplan {s.meerjarenplan}: het meerjarenplan {old.settings.meerjarenplan} liep af in "
            f"{old.settings.meerjarenplan_jaren[1]}, dus begint het volgende in {s.werkjaar} en duurt het "
            f"{old.settings.volgend_meerjarenplan_jaren} jaar (volgend_meerjarenplan_jaren). Bevestig de periode "
            "met het nieuwe sjabloon, en zet volgend_meerjarenplan_jaren op de lengte van het plan daarna."
        )
    lines = [
        f"# Nakijken: regelset {s.id} (gemaakt uit {old.id})",
        "",
        f"Werkjaar {s.werkjaar}, indienen uiterlijk {s.indiendatum.strftime('%d/%m/%Y')} bij "
        f"{s.departement_email}: verschoven met {years} jaar. Leg ze naast het nieuwe sjabloon van het departement.",
        "",
        period,
        "",
        "## Instellingen (settings.toml)",
        "",
        "- [ ] `[jaar]`: werkjaar, meerjarenplan (start en einde), indiendatum, e-mailadres en naam van het departement.",
        *(f"- [ ] `[{table}]`: drempels en woordlijsten." for table in s.raw if table != "jaar"),
        "",
        "## Regels: staat de geciteerde zin nog in het nieuwe sjabloon?",
        "",
        *(f"- [ ] `{r.id}` ({r.severity.dutch}): “{r.quote}”" for r in new.ordered()),
        "",
        f"## Regels in de bestanden die nog {old.werkjaar} noemen",
        "",
    ]
    old_year = re.compile(rf"(?<!\d){old.werkjaar}(?!\d)")
    for path in sorted(folder.rglob("*")):
        if path.suffix not in {".py", ".toml"} or "__pycache__" in path.parts:
            continue
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if old_year.search(text) and "# was " not in text:
                lines.append(f"- [ ] `{path.relative_to(folder)}:{number}`: {text.strip()[:160]}")
    docs = new.package.rpartition(".")[0] + ".docs"
    lines += ["", f"Daarna: `python -m {docs}` (de catalogus) en de tests.", ""]
    return "\n".join(lines)


def _add_to_pyproject(old: RuleSet, new: RuleSet) -> Path | None:
    """List the new package where pyproject.toml lists the old one (a non-editable install ships only those)."""
    candidate = _source_pyproject(old.path)
    if candidate is None:
        return None
    text = candidate.read_text(encoding="utf-8")
    if f'"{old.package}"' not in text or f'"{new.package}"' in text:
        return None
    text = text.replace(f'"{old.package}"]', f'"{old.package}", "{new.package}"]', 1)
    text = re.sub(
        rf'^"{re.escape(old.package)}" = (\[.*\])$',
        lambda m: f'{m.group(0)}\n"{new.package}" = {m.group(1)}',
        text,
        count=1,
        flags=re.M,
    )
    candidate.write_text(text, encoding="utf-8")
    return candidate
