"""Vietnamese administrative units, before and after the 2025 merger, by name.

Text names places as it pleases ("TP. Vinh", "thành phố Vinh", "TPHCM",
"Đăk Lăk", "Thừa Thiên - Huế") and from either map: the 63 provinces with
districts and communes in force until mid-2025, or the 34 merged provinces
with communes after it. :func:`lookup` turns any of those spellings into one
:class:`AdminUnit` that knows its canonical name, its province and the
province it belongs to since the merger. The data is compiled at build time
from the PyPI package vietnamadminunits (``models/build_gazetteer.py``);
nothing here imports it or touches the network.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import regex

from .lexicon import load_json, load_table
from .normalization import normalize

__all__ = [
    "AdminUnit",
    "lookup",
    "lookup_all",
    "provinces",
    "district_cities",
    "standalone_names",
    "split_admin_word",
    "name_key",
    "folded_key",
]

Level = Literal["province", "district", "commune"]
Era = Literal["legacy", "2025", "former"]  # former: abolished before the legacy map

# Administrative words as written in text -> the gazetteer's kind. Abbreviations
# are matched case-sensitively; the spelt-out words in any case.
ADMIN_ABBREVIATIONS: dict[str, str] = {
    "TP.": "thành phố", "Tp.": "thành phố", "TP": "thành phố", "Tp": "thành phố", "T.P": "thành phố",
    "TX.": "thị xã", "TX": "thị xã", "TT.": "thị trấn", "Q.": "quận", "P.": "phường",
}
ADMIN_WORDS: tuple[str, ...] = (
    "thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "phường", "xã",
)
_PROVINCE_KINDS = frozenset({"tỉnh", "thành phố"})
_LEVEL_ORDER = {"province": 0, "district": 1, "commune": 2}
_ERA_ORDER = {"legacy": 0, "2025": 1, "former": 2}


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """One unit of one map. ``province``: its province on the 63-province map
    (None for units that exist only after 2025); ``province_2025``: its province
    on the 34-province map; ``successor``: the 2025 unit a legacy commune or
    province became (None for districts, which the 2025 reform abolished)."""

    kind: str
    name: str
    level: Level
    era: Era
    province: str | None
    province_2025: str | None
    successor: str | None = None

    @property
    def canonical(self) -> str:
        """"tỉnh Nghệ An", "thành phố Vinh", "xã Châu Thành"."""
        return f"{self.kind} {self.name}"


def name_key(name: str) -> str:
    """Case, spacing and hyphen spacing folded; diacritics kept ("Bà Rịa-Vũng Tàu" = "bà rịa - vũng tàu")."""
    return _clean_key(normalize(name).text)


def _clean_key(normalized_name: str) -> str:
    return " ".join(normalized_name.casefold().replace("-", " - ").split())


def folded_key(name: str) -> str:
    """Diacritics, case, spaces and punctuation removed ("Đăk Lăk" = "Daklak" = "daklak")."""
    text = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text.casefold() if c.isalnum() and not unicodedata.combining(c))


_ADMIN_PREFIX = regex.compile(
    "^(?:(?P<abbr>" + "|".join(regex.escape(a) for a in sorted(ADMIN_ABBREVIATIONS, key=len, reverse=True)) + ")"
    r"|(?i:(?P<word>" + "|".join(ADMIN_WORDS) + r")))(?:\s+|(?=\p{Lu}|\d)|$)"
)


def split_admin_word(text: str) -> tuple[str | None, str]:
    """("TP. Vinh") -> ("thành phố", "Vinh"); ("Nghệ An") -> (None, "Nghệ An")."""
    text = normalize(text).text.strip()
    match = _ADMIN_PREFIX.match(text)
    if not match or match.end() == len(text):
        return None, text
    kind = ADMIN_ABBREVIATIONS[match["abbr"]] if match["abbr"] else match["word"].lower()
    return kind, text[match.end() :].strip()


@dataclass(frozen=True, slots=True)
class _Index:
    units: tuple[AdminUnit, ...]
    by_name: dict[str, tuple[int, ...]]
    by_folded: dict[str, tuple[int, ...]]
    variants: dict[str, str]  # name_key(variant) -> name the gazetteer uses
    standalone: frozenset[str]  # variant spellings that name a place on their own
    not_standalone: frozenset[str]  # names that need an administrative word ("Hồ Chí Minh")


def _canonical(kind: str, name: str) -> str:
    return f"{kind} {name}"


@lru_cache(maxsize=1)
def _index() -> _Index:
    data = load_json("gazetteer.json")
    provinces_2025 = [_canonical(kind, name) for kind, name in data["provinces_2025"]]
    units: list[AdminUnit] = [
        AdminUnit(kind, name, "province", "2025", None, provinces_2025[i]) for i, (kind, name) in enumerate(data["provinces_2025"])
    ]
    provinces_legacy = []
    for kind, name, new in data["provinces_legacy"]:
        canonical = _canonical(kind, name)
        provinces_legacy.append((canonical, provinces_2025[new]))
        units.append(AdminUnit(kind, name, "province", "legacy", canonical, provinces_2025[new], provinces_2025[new]))
    districts = []
    for kind, name, province in data["districts_legacy"]:
        old, new = provinces_legacy[province]
        districts.append((old, new))
        units.append(AdminUnit(kind, name, "district", "legacy", old, new))
    communes_2025 = []
    for kind, name, province in data["communes_2025"]:
        communes_2025.append(_canonical(kind, name))
        units.append(AdminUnit(kind, name, "commune", "2025", None, provinces_2025[province]))
    for kind, name, district, successor in data["communes_legacy"]:
        old, new = districts[district]
        units.append(
            AdminUnit(kind, name, "commune", "legacy", old, new, communes_2025[successor] if successor >= 0 else None)
        )

    units.extend(_former_units(units))

    by_name: dict[str, list[int]] = {}
    by_folded: dict[str, list[int]] = {}
    for number, unit in enumerate(units):
        by_name.setdefault(_clean_key(unit.name), []).append(number)  # built normalised
        by_folded.setdefault(folded_key(unit.name), []).append(number)
    variants = {}
    standalone, not_standalone = set(), set()
    for row in load_table("location_variants.tsv"):
        if row["variant"] != row["name"]:
            variants[name_key(row["variant"])] = row["name"]
        (standalone if row["standalone"] == "yes" else not_standalone).add(row["variant"])
    return _Index(
        units=tuple(units),
        by_name={key: tuple(value) for key, value in by_name.items()},
        by_folded={key: tuple(value) for key, value in by_folded.items()},
        variants=variants,
        standalone=frozenset(standalone),
        not_standalone=frozenset(not_standalone),
    )


def _former_units(units: list[AdminUnit]) -> list[AdminUnit]:
    """Units abolished before the legacy map (``data/location_former_units.tsv``), each placed in
    the legacy province that took it in and that province's 2025 successor."""
    successor_of = {u.canonical: u.province_2025 for u in units if u.level == "province" and u.era == "legacy"}
    return [
        AdminUnit(row["kind"], row["name"], row["level"], "former", row["province"], successor_of[row["province"]])  # type: ignore[arg-type]
        for row in load_table("location_former_units.tsv")
    ]


def _rank(unit: AdminUnit) -> tuple[int, int]:
    return (_LEVEL_ORDER[unit.level], _ERA_ORDER[unit.era])


@lru_cache(maxsize=65536)  # recognisers ask for the same few thousand names again and again
def lookup_all(text: str, *, kind: str | None = None) -> tuple[AdminUnit, ...]:
    """Every unit ``text`` can name, provinces first, legacy map before 2025.

    ``text`` may carry its administrative word ("huyện Nghi Lộc", "TP. Vinh")
    or not ("Nghệ An"); ``kind`` restricts the result ("thành phố").
    """
    index = _index()
    word, name = split_admin_word(text)
    whole = index.variants.get(name_key(text))
    if whole is not None:  # "TPHCM", "Thừa Thiên - Huế": the variant covers the admin word too
        word, name = None, whole
    else:
        name = index.variants.get(name_key(name), name)
    wanted = kind or word
    numbers = index.by_name.get(name_key(name)) or index.by_folded.get(folded_key(name), ())
    units = [index.units[n] for n in numbers]
    if wanted is not None:
        units = [unit for unit in units if unit.kind == wanted or _same_province_kind(unit, wanted)]
    return tuple(sorted(units, key=_rank))


def _same_province_kind(unit: AdminUnit, kind: str) -> bool:
    """"tỉnh Thừa Thiên Huế" still names what became "thành phố Huế": at province level the two words agree."""
    return unit.level == "province" and kind in _PROVINCE_KINDS and unit.kind in _PROVINCE_KINDS


def lookup(text: str, *, kind: str | None = None) -> AdminUnit | None:
    """The most likely unit named by ``text`` (see :func:`lookup_all`), or None."""
    units = lookup_all(text, kind=kind)
    return units[0] if units else None


def provinces(era: Era = "legacy") -> tuple[AdminUnit, ...]:
    """The 63 provinces of the legacy map or the 34 of the 2025 map."""
    return tuple(u for u in _index().units if u.level == "province" and u.era == era)


def district_cities() -> tuple[AdminUnit, ...]:
    """Provincial cities and towns of the legacy map ("thành phố Vinh", "thị xã Cửa Lò")."""
    return tuple(u for u in _index().units if u.level == "district" and u.kind in ("thành phố", "thị xã"))


@lru_cache(maxsize=1)
def standalone_names() -> frozenset[str]:
    """Spellings that name a province-level unit without an administrative word:
    every province's own name on either map plus the standalone variants
    ("TPHCM", "Thừa Thiên Huế"), less those a reader would take for something
    else ("Hồ Chí Minh")."""
    index = _index()
    names = {unit.name for unit in index.units if unit.level == "province"}
    return frozenset((names - index.not_standalone) | index.standalone)
