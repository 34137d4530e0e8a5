"""`actieplan regelset nieuw JAAR`: next year's rule set, made from the newest one.

A year is data plus the rules it names, so the new year's package (the old folder name with the
year changed, e.g. ``jaarNNNN``) is data and one short ``__init__``: its ``settings.toml`` is the
old one with the working year, the deadline and the template id moved on by as many years (edited
with tomlkit: every comment and the layout stay); the multi-year period stays, unless the new
working year is past its end: then the next plan starts in the new working year and lasts
``volgend_meerjarenplan_jaren`` (the old set's setting), e.g. N-3..N-1 -> N..N+5 for a plan of six
years. Its ``__init__`` takes the sheets, template texts, facts, panels and rules (``MODULES``,
from ``rules/common``) of the old set; the old set's other data files are copied. Its catalogue
``REGELS.md`` is generated; ``NAKIJKEN.md`` lists what a maintainer must review against the
department's new template: every rule's quote, and every line of the new files that still names
the old year. The package is added to ``pyproject.toml`` (the packages and package data a
non-editable install ships) when that file lists the old one.
"""

from __future__ import annotations

import importlib
import re
import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import tomlkit

from actieplan.plugin.registry import resolve
from actieplan.plugin.ruleset import RuleSet
from actieplan.plugin.settings import RuleSetError

CHECKLIST = "NAKIJKEN.md"
# the files of a year's package that are data, copied to the next year (REGELS.md is generated anew)
DATA_SUFFIXES = {".toml", ".json", ".md"}


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
    """The settings text with the [jaar] table moved on by ``years``; everything else, comments
    included, as it was. A changed value that had a comment says what it was."""
    new: dict[str, object] = {
        "id": old.id.replace(str(old.werkjaar), str(old.werkjaar + years)),
        "werkjaar": old.werkjaar + years,
        "indiendatum": _shift_date(old.indiendatum, years),
    }
    start, end = next_period(old, years)
    if (start, end) != old.meerjarenplan_jaren:
        new |= {"meerjarenplan": f"{start}-{end}", "meerjarenplan_start": start, "meerjarenplan_einde": end}
    doc = tomlkit.parse(text)
    jaar = doc["jaar"]
    for key, value in new.items():
        if key not in jaar:
            continue
        was = jaar.item(key)
        comment, spacing = was.trivia.comment.lstrip("# ").strip(), was.trivia.comment_ws
        shown = was.as_string().strip()
        jaar[key] = value
        if comment:
            item = jaar.item(key)
            item.comment(f"was {shown}; {comment}")
            item.trivia.comment_ws = spacing  # the column the comments are aligned to stays
    return tomlkit.dumps(doc)


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
    folder.mkdir()
    try:
        for source in base.path.iterdir():  # the old set's data (examples of messages, ...)
            if source.is_file() and source.suffix in DATA_SUFFIXES and source.name not in {CHECKLIST, "REGELS.md"}:
                shutil.copyfile(source, folder / source.name)
        settings = folder / "settings.toml"
        settings.write_text(shift_settings(settings.read_text(encoding="utf-8"), base.settings, years), encoding="utf-8")
        (folder / "__init__.py").write_text(INIT.format(year=year, base=base.package), encoding="utf-8")
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
        "- [ ] `word.toml` (gekopieerd): de koppen, kolomtitels, labels en instructiezinnen van het nieuwe Word-sjabloon.",
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
    """List the new package where pyproject.toml lists the old one (a non-editable install ships only
    those), with tomlkit: the file's comments and layout stay."""
    candidate = _source_pyproject(old.path)
    if candidate is None:
        return None
    doc = tomlkit.parse(candidate.read_text(encoding="utf-8"))
    setuptools = doc.get("tool", {}).get("setuptools", {})
    packages = setuptools.get("packages")
    if packages is None or old.package not in packages or new.package in packages:
        return None
    packages.append(new.package)
    data = setuptools.get("package-data", {})
    if old.package in data:
        data[new.package] = tomlkit.array()
        data[new.package].extend(list(data[old.package]))
    candidate.write_text(tomlkit.dumps(doc), encoding="utf-8")
    return candidate


# The whole Python of a new year: it names what it takes from the year it was made from.
INIT = '''"""The rule set of working year {year}, made by `actieplan regelset nieuw {year}` from {base}.

Its own data is ``settings.toml`` (and the generated ``REGELS.md``); the sheets, the blank
template's texts, the plan's figures, the report's panels and the rules (from ``rules/common``) are
those of {base}. Where the department's new template differs, give this package its own module
(copy the one to change from the package that has it) and name it here instead.
"""

from actieplan.api import RuleSet
from {base} import COMPARABLE, FACTS, MODULES, PANELS, SHEETS, TEXTS

__all__ = ["COMPARABLE", "FACTS", "MODULES", "PANELS", "SHEETS", "TEXTS", "rule_set"]


def rule_set() -> RuleSet:
    return RuleSet.build(
        __name__, MODULES, sheets=SHEETS, facts=FACTS, panels=PANELS, texts=TEXTS, comparable=COMPARABLE
    )
'''
