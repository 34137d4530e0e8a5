"""The tables of a year's ``settings.toml`` that the rules read, typed.

Each table is a frozen dataclass, a field per key (its TOML name); the rule set builds and checks
them when it loads (:meth:`actieplan.api.Settings.section`, for every rule module that names
:data:`SCHEMA` in ``__settings__``), so a wrong type or a missing key is an error at load naming
the key. A rule reads them as ``typed(ctx.settings).capaciteit.tolerantie_vte``: never a cast,
never a key as a string. What each key means is said in ``rules/jaar2026/settings.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from actieplan.api import Settings, fold

Words = tuple[str, ...]

# A rule whose quote is the template's sentence of one year (it names the year) declares this as
# its quote: the year's ``[citaten]`` table gives the sentence, looked up by rule id.
FROM_YEAR = ""


@dataclass(frozen=True)
class Capaciteit:
    tolerantie_vte: float
    ondergrens_fractie: float
    marge_ifp_fractie: float


@dataclass(frozen=True)
class Cellen:
    plaatshouders: Words
    datum_kolommen: Words


@dataclass(frozen=True)
class Elders:
    woorden: Words
    plaats: str


@dataclass(frozen=True)
class Actiefiches:
    min_tekens_verhaal: int
    verhaal_kolommen: Words
    ifp: Words
    meerjarig_woorden: Words
    beleidsprioriteit_woorden: Words
    andere_middelen_woorden: Words
    waarom_link_woorden: Words
    meetmethode_woorden: Words
    streefdoel_woorden: Words
    tijd_woorden: Words
    trekker_zorgraad_woorden: Words
    trekker_verantwoordelijkheid_woorden: Words
    doelgroep_generiek: Words
    elders: dict[str, Elders]


@dataclass(frozen=True)
class DoorlopendVragen:
    afronding_woorden: Words
    inzet_woorden: Words
    overdracht_woorden: Words


@dataclass(frozen=True)
class Doorlopend:
    oudste_jaar: int
    vragen: DoorlopendVragen


@dataclass(frozen=True)
class Vertegenwoordiging:
    eigen_naam_woorden: Words
    eigen_overleg_woorden: Words
    zorgraad_woorden: Words
    doel_vaag_woorden: Words


@dataclass(frozen=True)
class Stuurgroepen:
    looptijd_woorden: Words
    frequentie_woorden: Words
    frequentie_bijwoorden: Words
    vertegenwoordiging: Vertegenwoordiging


@dataclass(frozen=True)
class Format:
    max_tekens: int
    woorden: Words
    timing_woorden: Words


@dataclass(frozen=True)
class WordList:
    woorden: Words


@dataclass(frozen=True)
class Netwerkevents:
    aantal_woorden: Words
    bestuur_woorden: Words
    bestuur_afkortingen: Words
    netwerk_woorden: Words
    format: Format
    opvolging: WordList
    organisator: WordList


class _StopWords:
    """A table with a list ``stopwoorden``: the words that never count when titles are compared."""

    stopwoorden: Words

    @cached_property
    def stop(self) -> frozenset[str]:
        """The stop words, folded."""
        return frozenset(fold(w) for w in self.stopwoorden)


@dataclass(frozen=True)
class Overlap(_StopWords):
    min_gedeelde_woorden: int
    min_aandeel_titel: float
    max_aandeel_fiches: float
    min_woordlengte: int
    stopwoorden: Words


@dataclass(frozen=True)
class VorigJaar(_StopWords):
    kopie_drempel: float
    min_tekens: int
    titel_drempel: float
    woord_drempel: float
    titel_drempel_met_link: float
    verwant_drempel: float
    min_woordlengte: int
    toon_titels: int
    capaciteit_a_wijziging: float
    stopwoorden: Words


@dataclass(frozen=True)
class RuleSettings:
    """Every table the rules of ``rules/common`` and the text library read."""

    capaciteit: Capaciteit
    cellen: Cellen
    actiefiches: Actiefiches
    doorlopend: Doorlopend
    stuurgroepen: Stuurgroepen
    netwerkevents: Netwerkevents
    overlap: Overlap
    vorig_jaar: VorigJaar


SCHEMA = RuleSettings


def typed(settings: Settings) -> RuleSettings:
    """The rules' tables of ``settings``, typed (built and checked once per rule set)."""
    return settings.section(RuleSettings)
