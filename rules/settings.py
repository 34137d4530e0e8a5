"""The data of one year's rule set (``jaar2026.toml``): year, deadline, thresholds, word lists."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Settings:
    raw: dict[str, Any]

    @property
    def id(self) -> str:
        return self.raw["jaar"]["id"]

    @property
    def werkjaar(self) -> int:
        return int(self.raw["jaar"]["werkjaar"])

    @property
    def meerjarenplan(self) -> str:
        return self.raw["jaar"]["meerjarenplan"]

    @property
    def meerjarenplan_jaren(self) -> tuple[int, int]:
        j = self.raw["jaar"]
        return int(j["meerjarenplan_start"]), int(j["meerjarenplan_einde"])

    @property
    def indiendatum(self) -> date:
        return self.raw["jaar"]["indiendatum"]

    @property
    def departement_email(self) -> str:
        return self.raw["jaar"]["departement_email"]

    def __getitem__(self, section: str) -> dict[str, Any]:
        return self.raw[section]


@lru_cache(maxsize=None)
def load_settings(name: str = "jaar2026.toml") -> Settings:
    text = resources.files("actieplan.rules").joinpath(name).read_text(encoding="utf-8")
    return Settings(tomllib.loads(text))
