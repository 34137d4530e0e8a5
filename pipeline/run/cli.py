"""actieplan: controleert het actieplan van een zorgraad.

Gebruik:
  actieplan controleer PLAN [--uitvoer MAP] [--vorig-jaar VORIG] [--zorgraad NAAM]
                                                controleer een werkmap (.xlsx) of het Word-sjabloon (.docx),
                                                eventueel vergeleken met het actieplan van vorig jaar
  actieplan controleer MAP [--uitvoer MAP] [--vorig-jaar MAP] [--submappen]
                                                controleer elk actieplan in een map (.xlsx en .docx), met een overzicht
                                                (--submappen: ook in de submappen)
  actieplan controleer WERKMAP WERKMAP... [--uitvoer MAP]
                                                controleer meerdere werkmappen (bv. *.xlsx), met een overzicht
  actieplan importeer PLAN.docx [--naar WERKMAP.xlsx] [--zorgraad NAAM]
                                                schrijf de werkmap met alles uit een Word-actieplan
  actieplan word WERKMAP.xlsx [--naar PLAN.docx]
                                                schrijf het Word-sjabloon van het departement met de werkmap ingevuld
  actieplan sjabloon [PAD] [--overschrijven]    schrijf het lege sjabloon (PAD: een .xlsx-bestand of een map;
                                                nooit over een bestaand bestand)
  actieplan regel ID                            toon de uitleg van één regel
  actieplan regels                              toon alle regels
  actieplan regelset lijst                      toon de geïnstalleerde regelsets (werkjaren)
  actieplan regelset nieuw JAAR                 maak de regelset van een nieuw werkjaar uit de nieuwste
  actieplan web [--poort N] [--host ADRES]      dezelfde controle achter een webpagina

Elke opdracht gebruikt de regels van het nieuwste werkjaar; --regelset JAAR kiest een ander (of de
omgevingsvariabele ACTIEPLAN_REGELSET=JAAR, voor elke opdracht).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from actieplan.errors import ActieplanError
from actieplan.run.limits import CHECK_TIMEOUT

if TYPE_CHECKING:
    from actieplan.plugin.ruleset import RuleSet

# the working year every command uses without --regelset (e.g. a test suite pinned to its year)
REGELSET_ENV = "ACTIEPLAN_REGELSET"

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2

# controleer's output folder without --uitvoer (made when missing, and said plainly: it is no typo)
DEFAULT_OUT = Path("output")


# argparse's own texts (usage, the group titles, --help, its error messages), in Dutch. argparse
# looks every one of them up through gettext at the moment it uses it (module-level ``_`` and
# ``ngettext``); :class:`_Parser` points those at this table while it builds, formats and parses,
# and puts them back afterwards, so nothing else in the process is affected.
_NL = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "onbekende keuze: %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "ignored explicit argument %r": "waarde %r genegeerd",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "unexpected option string: %s": "onverwachte optie: %s",
}
_NL_PLURAL = {("expected %s argument", "expected %s arguments"): ("verwacht %s waarde", "verwacht %s waarden")}


def _gettext_nl(message: str) -> str:
    return _NL.get(message, message)


def _ngettext_nl(singular: str, plural: str, n: int) -> str:
    one, many = _NL_PLURAL.get((singular, plural), (singular, plural))
    return one if n == 1 else many


@contextlib.contextmanager
def _dutch_argparse():
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext_nl, _ngettext_nl
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Dutch (see :data:`_NL`) and exits with 2 on misuse."""

    def __init__(self, *args, **kwargs) -> None:
        with _dutch_argparse():  # the group titles and the help option are made here
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with _dutch_argparse():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with _dutch_argparse():  # 'unrecognized arguments' is said here, outside parse_known_args
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _dutch_argparse():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _dutch_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        with _dutch_argparse():
            return super().format_help()

    def error(self, message: str) -> None:  # argparse exits with 2 on misuse, as the contract asks
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNREADABLE, f"actieplan: verkeerd gebruik: {message}\n")


def _count(text: str) -> int:
    """--processen: a whole number of at least 1, said in Dutch when it is not."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen geheel getal") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' moet minstens 1 zijn")
    return value


def _seconds(text: str) -> float:
    """--tijdslimiet: a positive number of seconds, said in Dutch when it is not."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal (seconden)") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' moet een positief aantal seconden zijn")
    from actieplan.run.limits import MAX_CHECK_TIMEOUT

    if value > MAX_CHECK_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"'{text}' is te lang: geef hoogstens {MAX_CHECK_TIMEOUT:.0f} seconden (een dag); een controle duurt enkele seconden")
    return value


def _port(text: str) -> int:
    """--poort: a port number from 1 to 65535, said in Dutch when it is not (the system would take
    99999 as 99999 - 65536, and 0 or 65536 as 'any free port')."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"De poort moet een getal van 1 tot en met 65535 zijn; u gaf '{text}' (bv. --poort 8000)")
    return value


def _zorgraad(p: argparse.ArgumentParser) -> None:
    p.add_argument("--zorgraad", metavar="NAAM", default=None,
                   help="de naam van de zorgraad, voor een Word-document dat ze niet noemt (een regel 'Zorgraad: NAAM' "
                   "bovenaan het document kan ook)")


def _regelset(p: argparse.ArgumentParser) -> None:
    p.add_argument("--regelset", metavar="JAAR", default=os.environ.get(REGELSET_ENV) or None,
                   help=f"de regels van dit werkjaar (standaard: {REGELSET_ENV}, anders het nieuwste); "
                   "'actieplan regelset lijst' toont ze")


def _conversion(sub, name: str, summary: str, description: str, source: tuple[str, str], target: tuple[str, str]):
    """`importeer` and `word`: a plan in one form to a new file in the other (--naar), never over a file."""
    p = sub.add_parser(name, help=summary, description=f"{description} Het gegeven bestand blijft ongewijzigd; een "
                       "bestaand bestand wordt nooit overschreven.")
    p.add_argument("plan", type=Path, metavar=source[0], help=source[1])
    p.add_argument("--naar", type=Path, default=None, metavar=target[0], help=target[1])
    _regelset(p)
    return p


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="actieplan", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    p = sub.add_parser("controleer", help="controleer een werkmap en schrijf kopie, rapport en bevindingen",
                       description="Controleer een of meer werkmappen, of elke werkmap in een map.")
    _regelset(p)
    p.add_argument("werkmap", type=Path, nargs="+", metavar="PLAN",
                   help="het actieplan: een werkmap (.xlsx) of het Word-sjabloon (.docx); meerdere plannen (bv. *.xlsx) "
                   "of een map: dan elk plan erin, met een overzicht")
    p.add_argument("--uitvoer", type=Path, default=None, metavar="MAP", help=f"map voor de uitvoer (standaard: {DEFAULT_OUT})")
    p.add_argument("--vorig-jaar", type=Path, default=None, metavar="VORIG",
                   help="het actieplan van vorig jaar om mee te vergelijken, .xlsx of .docx (bij een map: een map, "
                   "gekoppeld per zorgraad)")
    _zorgraad(p)
    p.add_argument("--processen", type=_count, default=None, metavar="N",
                   help="bij meerdere werkmappen: zoveel tegelijk (standaard: het aantal processorkernen)")
    p.add_argument("--tijdslimiet", type=_seconds, default=None, metavar="SECONDEN",
                   help=f"zoveel seconden mag de controle van één werkmap duren (standaard: {CHECK_TIMEOUT:g}, zoals in actieplan web)")
    p.add_argument("--submappen", action="store_true",
                   help="bij een map: controleer ook de werkmappen in haar submappen (zonder deze optie worden ze alleen genoemd)")
    p.add_argument("--alles", action="store_true",
                   help="toon ook de meldingen ter info wanneer er fouten zijn (zonder deze optie worden ze alleen geteld)")
    p = _conversion(sub, "importeer", "schrijf de werkmap (.xlsx) met alles uit een Word-actieplan (.docx)",
                    "Lees een actieplan in het Word-sjabloon en schrijf de werkmap met alles wat erin staat.",
                    ("PLAN.docx", "het actieplan in het Word-sjabloon van het departement"),
                    ("WERKMAP.xlsx", "de nieuwe werkmap (standaard: de naam van het document met .xlsx, ernaast)"))
    _zorgraad(p)
    _conversion(sub, "word", "schrijf het Word-sjabloon (.docx) met de gegevens van een werkmap",
                "Schrijf het Word-sjabloon van het departement, ingevuld met de gegevens van de werkmap, om in te dienen.",
                ("WERKMAP.xlsx", "het actieplan in de werkmap"),
                ("PLAN.docx", "het nieuwe Word-document (standaard: de naam van de werkmap met .docx, ernaast)"))
    p = sub.add_parser("sjabloon", help="schrijf het lege sjabloon van het werkjaar", description="Schrijf het lege sjabloon van het werkjaar.")
    p.add_argument("pad", nargs="?", default=None, metavar="PAD",
                   help="waar: een .xlsx-bestand, of een bestaande map (standaard: actieplan-<jaar>-sjabloon.xlsx, in de huidige of de gegeven map)")
    p.add_argument("--overschrijven", action="store_true",
                   help="vervang een bestaand bestand door het lege sjabloon (zonder deze optie wordt een bestaand bestand nooit vervangen)")
    _regelset(p)
    p = sub.add_parser("regel", help="toon de uitleg van één regel", description="Toon de uitleg van één regel, met een voorbeeld.")
    p.add_argument("id", metavar="ID", help="de naam van de regel, bv. capaciteit-f-som-fiches ('actieplan regels' toont ze allemaal)")
    _regelset(p)
    p = sub.add_parser("regels", help="toon alle regels", description="Toon alle regels.")
    _regelset(p)
    p = sub.add_parser("regelset", help="de regelsets: lijst, of een nieuwe voor volgend werkjaar")
    what = p.add_subparsers(dest="regelset_opdracht", metavar="lijst|nieuw", parser_class=_Parser, required=True)
    what.add_parser("lijst", help="toon de geïnstalleerde regelsets")
    q = what.add_parser("nieuw", help="maak de regelset van JAAR uit de nieuwste (voor wie actieplan onderhoudt)")
    q.add_argument("jaar", type=int, metavar="JAAR", help="het nieuwe werkjaar, bv. het jaar na het nieuwste")
    p = sub.add_parser("web", help="start de controle als webpagina (uploaden, lezen, downloaden)")
    p.add_argument("--poort", type=_port, default=8000, metavar="N", help="de poort, van 1 tot en met 65535 (standaard: 8000)")
    p.add_argument("--host", default="127.0.0.1",
                   help="het adres (standaard: 127.0.0.1, alleen deze computer; een ander adres vraagt ACTIEPLAN_WEB_CODE)")
    p.add_argument("--geen-browser", action="store_true", help="open de browser niet")
    p.add_argument("--opslag-mb", type=int, default=2000, metavar="N",
                   help="hoeveel MB resultaten de server hoogstens bewaart (standaard: 2000); daarboven worden de "
                   "oudste afgewerkte resultaten eerst gewist, of krijgt een nieuwe upload 'te druk' (503)")
    p.add_argument("--host-naam", action="append", default=[], metavar="NAAM",
                   help="een naam waaronder de pagina bereikbaar is, bv. achter een reverse proxy "
                   "(herhaalbaar; andere namen dan IP-adressen, localhost en die van deze computer worden geweigerd)")
    p.add_argument("--achter-proxy", action="store_true",
                   help="een reverse proxy op deze computer (127.0.0.1) geeft het adres van de gebruiker door "
                   "(X-Forwarded-For); zonder deze optie telt enkel het adres van de verbinding")
    _regelset(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # the reader went away (`actieplan ... | head`): that ends our output, it is no error
        _silence_stdout()
        return EXIT_OK


def emit(text: str) -> None:
    """Print ``text`` on stdout; a closed pipe (`| head`) silently ends the output."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """Point stdout at the null device, so nothing more (not even Python's flush at exit) fails."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process


def _given(option: str, argv: list[str] | None) -> bool:
    """Whether ``option`` was typed on the command line (as ``--opt V`` or ``--opt=V``)."""
    words = sys.argv[1:] if argv is None else argv
    return any(w == option or w.startswith(option + "=") for w in words)


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            build_parser().print_help()
            return EXIT_UNREADABLE
        if args.command == "regelset":
            return _regelset_opdracht(args)
        # the one place that picks the rule set: by --regelset, or the newest installed
        from actieplan.plugin.registry import resolve
        from actieplan.plugin.settings import RuleSetError

        try:
            ruleset = resolve(args.regelset)
        except RuleSetError as exc:
            if args.regelset is not None and args.regelset == os.environ.get(REGELSET_ENV) and not _given("--regelset", argv):
                raise RuleSetError(
                    f"{exc} Het werkjaar '{args.regelset}' komt uit de omgevingsvariabele {REGELSET_ENV}: "
                    f"pas die aan of verwijder ze, of kies met --regelset JAAR."
                ) from exc
            raise
        if args.command == "controleer":
            limit = CHECK_TIMEOUT if args.tijdslimiet is None else args.tijdslimiet
            uitvoer, named = (DEFAULT_OUT, False) if args.uitvoer is None else (args.uitvoer, True)
            if args.zorgraad is not None and (len(args.werkmap) > 1 or args.werkmap[0].is_dir()):
                raise ActieplanError(
                    "--zorgraad geldt voor één actieplan: controleer een Word-document dat de zorgraad niet noemt apart, "
                    "of zet 'Zorgraad: NAAM' bovenaan het document."
                )
            if len(args.werkmap) > 1:
                return _controleer_meerdere(args.werkmap, uitvoer, args.processen, ruleset, args.vorig_jaar, limit, named)
            werkmap = args.werkmap[0]
            if werkmap.is_dir():
                return _controleer_map(werkmap, uitvoer, args.processen, ruleset, args.vorig_jaar, args.submappen, limit, named)
            return _controleer(werkmap, uitvoer, ruleset, args.vorig_jaar, limit, alles=args.alles, named=named,
                               zorgraad=args.zorgraad)
        if args.command == "importeer":
            from actieplan.run.importeer import importeer

            emit(f"Werkmap geschreven: {importeer(args.plan, args.naar, ruleset, zorgraad=args.zorgraad)}")
            return EXIT_OK
        if args.command == "word":
            from actieplan.run.importeer import word

            emit(f"Word-document geschreven: {word(args.plan, args.naar, ruleset)}")
            return EXIT_OK
        if args.command == "sjabloon":
            return _sjabloon(args.pad, ruleset, args.overschrijven)
        if args.command == "regel":
            return _regel(args.id, ruleset)
        if args.command == "web":
            from actieplan.run.web.serve import serve

            return serve(
                args.host, args.poort, open_browser=False if args.geen_browser else None, regelset=ruleset,
                names=tuple(args.host_naam), storage_mb=args.opslag_mb, behind_proxy=args.achter_proxy,
            )
        if args.command == "regels":
            from actieplan.plugin.catalogue import render_catalogue

            emit(render_catalogue(ruleset))
            return EXIT_OK
        build_parser().print_help()
        return EXIT_UNREADABLE
    except ActieplanError as exc:
        from actieplan.errors import ZorgraadMissing
        from actieplan.normalize import visible

        if isinstance(exc, ZorgraadMissing):
            exc = exc.for_command(_command_line(args))

        print(f"actieplan: {visible(exc)}", file=sys.stderr)
        return EXIT_UNREADABLE
    except BrokenPipeError:
        raise  # main() ends quietly
    except KeyboardInterrupt:
        print("actieplan: onderbroken; er is geen half bestand achtergebleven.", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: a bug of ours must not greet the user with a traceback
        werkmap = getattr(args, "werkmap", None) or [getattr(args, "plan", None)]  # importeer's and word's: plan
        return _unexpected(exc, werkmap[0] if isinstance(werkmap, list) and len(werkmap) == 1 else None)


def _command_line(args: argparse.Namespace) -> str:
    """The command the user ran (its plan and its output options, paths as typed), to repeat in a hint."""
    from actieplan.errors import quoted_arg

    plans = getattr(args, "werkmap", None) or [getattr(args, "plan", None)]
    words = ["actieplan", args.command, *(quoted_arg(str(p)) for p in plans if p is not None)]
    for option in ("naar", "uitvoer", "vorig_jaar"):
        value = getattr(args, option, None)
        if value is not None:
            words += [f"--{option.replace('_', '-')}", quoted_arg(str(value))]
    return " ".join(words)


def _unexpected(exc: Exception, werkmap: Path | None) -> int:
    import os

    from actieplan.normalize import visible

    what = f"bij het controleren van '{visible(werkmap.name)}'" if werkmap is not None else "in actieplan"
    print(
        f"actieplan: er ging iets onverwachts mis {what} ({type(exc).__name__}). Dat is een fout in dit "
        "programma, niet in uw werkmap, die niet gewijzigd is. Meld het aan de beheerder van actieplan en "
        "stuur de werkmap en deze melding mee. (Technische details: zet ACTIEPLAN_DEBUG=1 en voer de "
        "opdracht opnieuw uit.)",
        file=sys.stderr,
    )
    if os.environ.get("ACTIEPLAN_DEBUG"):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    return EXIT_UNREADABLE


def _controleer(werkmap: Path, uitvoer: Path, ruleset: RuleSet, vorig_jaar: Path | None = None,
                time_limit: float | None = CHECK_TIMEOUT, alles: bool = False, named: bool = True,
                zorgraad: str | None = None) -> int:
    from actieplan.run.check import late_notice, run
    from actieplan.write.summary import render_summary

    if vorig_jaar is not None and vorig_jaar.is_dir():
        raise ActieplanError(
            f"--vorig-jaar '{vorig_jaar}' is een map. Bij één werkmap geeft u het actieplan van vorig jaar zelf "
            "(.xlsx of .docx); een map kan alleen als u ook een map controleert."
        )
    result = run(werkmap, uitvoer, ruleset, vorig_jaar=vorig_jaar, time_limit=time_limit, out_named=named, zorgraad=zorgraad)
    late = late_notice(result)  # after the deadline: the report, the web page and the draft say so, and so do we
    emit(render_summary(result.report, result.outputs, [*([late] if late else []), *result.notices], alles=alles))
    return EXIT_OK if result.report.ok else EXIT_ERRORS


def _controleer_map(
    map_: Path, uitvoer: Path, processen: int | None, ruleset: RuleSet, vorig_jaar: Path | None = None, submappen: bool = False,
    time_limit: float | None = CHECK_TIMEOUT, named: bool = True,
) -> int:
    from actieplan.run.folder import check_folder

    return _with_progress(check_folder, map_, uitvoer, workers=processen, vorig_jaar=vorig_jaar, ruleset=ruleset,
                          recursive=submappen, time_limit=time_limit, out_named=named)


def _with_progress(check, *args, **options) -> int:
    """Folder mode's ``check`` (a folder or several workbooks) with a progress line per workbook,
    then its summary; the exit code."""
    from actieplan.run.folder import Progress, render_folder_summary

    progress: list[Progress] = []
    result = check(*args, on_start=lambda total: progress.append(Progress(total)),
                   on_row=lambda row: progress[0].step(row), **options)
    emit(render_folder_summary(result))
    return result.exit_code


def _controleer_meerdere(werkmappen: list[Path], uitvoer: Path, processen: int | None, ruleset: RuleSet, vorig_jaar: Path | None,
                         time_limit: float | None = CHECK_TIMEOUT, named: bool = True) -> int:
    """Several workbooks (`actieplan controleer *.xlsx`): checked as folder mode checks a folder."""
    from actieplan.run.folder import check_workbooks

    folders = [str(p) for p in werkmappen if p.is_dir()]
    if folders:
        raise ActieplanError(
            f"Geef één map of een of meer werkmappen, niet beide: {', '.join(folders)} "
            f"{'is een map' if len(folders) == 1 else 'zijn mappen'}."
        )
    if vorig_jaar is not None:
        raise ActieplanError(
            "--vorig-jaar kan bij één werkmap of bij een map, niet bij meerdere losse werkmappen: "
            "zet ze samen in een map, of controleer ze één voor één."
        )
    return _with_progress(check_workbooks, werkmappen, uitvoer, workers=processen, ruleset=ruleset,
                          time_limit=time_limit, out_named=named)


def _sjabloon(given: str | None, ruleset: RuleSet, overschrijven: bool = False) -> int:
    from actieplan.errors import OutputError
    from actieplan.write.template import default_template_name, write_template

    pad = Path(given) if given else None
    target = pad or Path(default_template_name(ruleset))
    if pad is not None and pad.is_dir():  # a folder: the template under its usual name, inside it
        target = pad / default_template_name(ruleset)
    elif given and given.endswith(("/", os.sep)):  # meant as a folder (Path drops the slash)
        raise OutputError(
            f"De map '{pad}' bestaat niet. Maak ze eerst, of geef de naam van het nieuwe bestand, "
            f"bv. 'actieplan sjabloon {pad.with_name(pad.name + '.xlsx')}'."
        )
    write_template(target, ruleset=ruleset, overwrite=overschrijven)
    emit(f"Sjabloon geschreven: {target}")
    return EXIT_OK


def _regelset_opdracht(args) -> int:
    from actieplan.plugin.registry import available, load

    if args.regelset_opdracht == "lijst":
        years = available()
        for year, package in years.items():
            rs = load(package)
            newest = " (nieuwste, standaard)" if year == list(years)[-1] else ""
            emit(f"{rs.werkjaar}: {rs.id}, meerjarenplan {rs.settings.meerjarenplan}, indienen uiterlijk "
                 f"{rs.settings.indiendatum:%d/%m/%Y}, {len(rs.rules)} regels{newest}")
        return EXIT_OK
    from actieplan.plugin.scaffold import make_next_year

    made = make_next_year(args.jaar)
    s = made.ruleset.settings
    lines = [
        f"Regelset {s.id} gemaakt in {made.folder}: werkjaar {s.werkjaar}, meerjarenplan {s.meerjarenplan}, "
        f"indienen uiterlijk {s.indiendatum:%d/%m/%Y}.",
        f"Kijk ze na met {made.checklist} (elke regel en zijn zin uit het sjabloon) en pas aan wat het nieuwe "
        "sjabloon anders vraagt.",
    ]
    if made.pyproject is not None:
        lines.append(f"Toegevoegd aan {made.pyproject} (de pakketten van een installatie).")
    emit("\n".join(lines))
    return EXIT_OK


def _regel(rule_id: str, ruleset: RuleSet) -> int:
    from actieplan.plugin.catalogue import render_rule_text

    rules = ruleset.rules
    wanted = rule_id.strip().strip("[]`'\"").lower()  # as copied from a message: [cel-verplicht]
    if wanted not in rules:
        import difflib

        # what the name begins with first ('capaciteit-f' -> capaciteit-f-som-fiches), then a part of
        # the name ('marge' -> capaciteit-marge-ifp), then names spelled alike
        close = [r for r in rules if wanted and r.startswith(wanted)]
        close += [r for r in rules if wanted and wanted in r and r not in close]
        close += [r for r in difflib.get_close_matches(wanted, list(rules), n=3, cutoff=0.5) if r not in close]
        close = close[:5]
        hint = f" Bedoelt u: {', '.join(close)}?" if close else ""
        print(f"actieplan: de regel '{rule_id}' bestaat niet.{hint} 'actieplan regels' toont ze allemaal.", file=sys.stderr)
        return EXIT_UNREADABLE
    emit(render_rule_text(rules[wanted], ruleset))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
