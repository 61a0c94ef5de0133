"""The officials register: who held which title, seen when, across a corpus.

One row per (person, title): the person's normalised full name, the role and
organisation as normalised by the TITLE recogniser (``organization_canonical``
where present), the first and last ``doc_date`` the pair was seen, how many
documents show it and a few of their ids.

Who counts as a person
    A person of a document (``Document.people``: mentions grouped by
    ``person_id``) with at least one linked title and a full name: two or more
    capitalised words. A given name alone ("ông Hùng") enters the register
    only through its person_id, tied to a full name in the same document.

When two documents speak of the same person (the merging rule)
    Names must match exactly after normalisation (NFC, tone placement, spaces,
    all-capitals folded). Among same-name sightings, places decide:

    * A sighting's provinces are the provinces its titles name ("Chủ tịch
      UBND tỉnh Nghệ An", "Bí thư Thành ủy Hà Nội", "Công an TPHCM"); a
      district or commune counts as its province ("UBND huyện Nghi Lộc" ->
      Nghệ An), through :mod:`vnpolitics.gazetteer` (63-province map); a name
      that fits several provinces ("huyện Châu Thành") names none. A local
      title that names no province ("Phó Chủ tịch UBND tỉnh", "Bí thư Huyện
      ủy") takes the document's dominant province: the one its LOCATION,
      ORGANIZATION and TITLE mentions name most often (all of them on a tie).
      National titles (ministers, the Party centre, foreign offices) give no
      province.
    * Sightings that share a province are one person (transitively).
    * A sighting with no province (a rank, a national or unplaced office)
      joins the only placed same-name person holding a compatible title
      (same role; same organisation, or one a fuller form of the other:
      "Bí thư" ~ "Bí thư Tỉnh ủy Lào Cai"); otherwise the placeless
      sightings of a name are one "unplaced" person: "Thiếu tá X" is not
      assumed to be the "Chủ tịch UBND tỉnh" X of another document.
    * Same name in different provinces stays apart.

Known limits: an official transferred from one province to another is split
in two, and so is a provincial official later seen only with a national
title; namesakes of one province are merged, and so are namesakes with only
national or unplaced titles; the dominant-province fallback is wrong for a
document about a visit elsewhere; a unit missing from the gazetteer places
nobody; a name spelt two ways (with and without a middle name) is two people.

A title that says less ("Bí thư", "Chủ tịch UBND tỉnh") is folded into the
person's only fuller title with the same role ("Chủ tịch UBND tỉnh Nghệ An"),
when there is exactly one.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .canonical import canonical_organization
from .corpus_tables import iter_documents, most_common, read_documents, table_format, to_dataframe, write_rows
from .gazetteer import ADMIN_ABBREVIATIONS, ADMIN_WORDS, AdminUnit, lookup_all, standalone_names
from .lexicon import load_table
from .normalization import normalize
from .schema import Document, TitleMention

__all__ = ["RegisterRow", "build_register", "register_frame", "write_register"]

MAX_EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One title of one person, as seen across the corpus."""

    person: str
    person_id: str  # "name#n": namesakes kept apart get different n
    role: str
    organization: str | None
    kind: str | None
    provinces: list[str]
    first_date: _dt.date | None
    last_date: _dt.date | None
    n_documents: int
    example_ids: list[str]


# -- places ------------------------------------------------------------------

_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}]*|\d+)"
_PLACE_NAME = rf"{_NAME_WORD}(?:(?:\s+|\s*-\s*){_NAME_WORD})*"
_CAPITALISED_RUN = regex.compile(_PLACE_NAME)


@dataclass(frozen=True, slots=True)
class _PlaceWords:
    pattern: regex.Pattern[str]
    kind: dict[str, str]  # casefolded committee word ("tỉnh ủy") -> administrative word ("tỉnh")


@lru_cache(maxsize=1)
def _place_words() -> _PlaceWords:
    committees = {row["word"].casefold(): row["kind"] for row in load_table("place_words.tsv")}
    spelt = sorted([*committees, *ADMIN_WORDS], key=len, reverse=True)
    abbreviations = sorted(ADMIN_ABBREVIATIONS, key=len, reverse=True)
    word = (
        "(?:" + "|".join(regex.escape(a) for a in abbreviations) + ")"
        "|(?i:" + "|".join(regex.escape(w) for w in spelt) + ")"
    )
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<word>{word})(?:(?<=\.)|(?![\p{{L}}\p{{N}}]))"
        rf"(?:\s*(?P<name>{_PLACE_NAME}))?(?P<end>\s*(?:[,;:()]|$))?"
    )
    return _PlaceWords(pattern, committees)


def _province_of(units: Iterable[AdminUnit]) -> str | None:
    """The one province of these units, or None if none or several.

    The 63-province map wins: the news this is built for predates the 2025
    merger; a unit that exists only on the new map gives its new province.
    """
    units = list(units)
    legacy = {unit.province for unit in units if unit.era == "legacy"}
    found = legacy or {unit.province_2025 for unit in units}
    return found.pop() if len(found) == 1 else None


def _lookup_province(word: str, name: str) -> str | None:
    """Province of "<word> <name>", trying shorter names when the capture ran on ("Nghệ An Trần").

    A district that has since become a town or city ("thành phố Phú Quốc",
    once "huyện Phú Quốc") is found by its name among districts.
    """
    tokens = name.split()
    for end in range(len(tokens), 0, -1):
        units = lookup_all(f"{word} {' '.join(tokens[:end])}")
        if units:
            return _province_of(units)
    districts = [unit for unit in lookup_all(name) if unit.level == "district"]
    return _province_of(districts) if districts else None


@dataclass(frozen=True, slots=True)
class _Places:
    """What a piece of text says about where it is."""

    provinces: tuple[str, ...]  # canonical provinces named ("tỉnh Nghệ An"), districts and communes resolved
    local: bool  # names a local body ("UBND tỉnh", "Huyện ủy X") whatever its place


@lru_cache(maxsize=1 << 16)  # place and body names repeat across a corpus ("UBND tỉnh", "Việt Nam")
def _places_in(text: str) -> _Places:
    words = _place_words()
    provinces: list[str] = []
    local = False
    for match in words.pattern.finditer(text):
        word = match.group("word")
        if match.group("name"):
            province = _lookup_province(words.kind.get(word.casefold(), word), match.group("name"))
            if province:
                provinces.append(province)
            local = True
        elif match.group("end") is not None:
            local = True  # "UBND tỉnh" at the end: a local body, place unsaid
    for run in _CAPITALISED_RUN.finditer(text):
        provinces.extend(_standalone_provinces(run.group()))
    return _Places(tuple(provinces), local or bool(provinces))


def _standalone_provinces(run: str) -> list[str]:
    """Province names written without an administrative word ("Công an Hà Nội"), longest first."""
    names = standalone_names()
    tokens = run.split()
    found = []
    start = 0
    while start < len(tokens):
        for end in range(len(tokens), start, -1):
            name = " ".join(tokens[start:end])
            if name in names:
                province = _province_of(unit for unit in lookup_all(name) if unit.level == "province")
                if province:
                    found.append(province)
                start = end
                break
        else:
            start += 1
    return found


# -- people ------------------------------------------------------------------


def _clean(text: str) -> str:
    return " ".join(normalize(text).text.split())


def _full_name(name: str) -> str | None:
    """The normalised full name, or None for a given name alone or a non-name."""
    words = _clean(name).split()
    if len(words) < 2 or not all(word[0].isupper() for word in words):
        return None
    if all(word.isupper() for word in words) and any(len(word) > 1 for word in words):
        words = [word.capitalize() for word in words]
    return " ".join(words)


TitleKey = tuple[str, "str | None"]  # (role, organisation), casefolded


@dataclass(frozen=True, slots=True)
class _Title:
    role: str
    organization: str | None
    kind: str | None
    text: str

    @property
    def key(self) -> TitleKey:
        return (self.role.casefold(), self.organization.casefold() if self.organization else None)


def _extends(fuller: str | None, general: str | None) -> bool:
    """ "ủy ban nhân dân tỉnh nghệ an" extends "ủy ban nhân dân tỉnh"; anything extends no organisation."""
    return fuller is not None and (general is None or fuller.startswith(general + " "))


def _compatible(a: TitleKey, b: TitleKey) -> bool:
    """Same role; the organisations equal, or one a fuller form of the other ("Bí thư" ~ "Bí thư Tỉnh ủy X")."""
    return a[0] == b[0] and (a[1] == b[1] or _extends(a[1], b[1]) or _extends(b[1], a[1]))


@lru_cache(maxsize=1)
def _role_bodies() -> tuple[tuple[str, str], ...]:
    rows = load_table("register_role_bodies.tsv")
    return tuple(sorted(((row["role"].casefold(), row["body"]) for row in rows), key=lambda pair: -len(pair[0])))


def _with_body(role: str, organization: str) -> str:
    """ "Y tế" of a "Bộ trưởng" is "Bộ Y tế": one spelling whether or not the text repeated "Bộ"."""
    folded = role.casefold()
    for ending, body in _role_bodies():
        if folded.endswith(ending):
            if not organization.casefold().startswith(body.casefold() + " "):
                return f"{body} {organization}"
            break
    return organization


_ABBREVIATION_SPACE = regex.compile(r"(?<=\p{Lu}\.)\s+(?=\p{Lu})")


def _role(text: str) -> str:
    """One spelling of a role: "phó giám đốc" -> "Phó giám đốc", "PGS. TS" -> "PGS.TS"."""
    role = _ABBREVIATION_SPACE.sub("", _clean(text))
    return role[:1].upper() + role[1:]


def _title_of(mention: TitleMention) -> _Title:
    organization = mention.attrs.organization_canonical or canonical_organization(mention.attrs.organization)
    role = _role(mention.attrs.role or mention.text)
    return _Title(
        role=role,
        organization=_with_body(role, _clean(organization)) if organization else None,
        kind=mention.attrs.kind,
        text=mention.text,
    )


@dataclass(frozen=True, slots=True)
class _Sighting:
    """One titled person in one document."""

    name: str
    doc_key: str
    doc_date: _dt.date | None
    order: int
    titles: tuple[_Title, ...]
    provinces: frozenset[str]


def _dominant_provinces(document: Document) -> frozenset[str]:
    """The province(s) a document names most often: LOCATIONs as the recogniser placed them,
    and places inside organisation and title names."""
    counts: Counter[str] = Counter()
    for location in document.locations:
        if location.attrs.province:
            counts[location.attrs.province] += 1
        else:
            counts.update(_places_in(location.attrs.canonical or location.text).provinces)
    for mention in [*document.organizations, *document.titles]:
        counts.update(_places_in(mention.text).provinces)
    top = max(counts.values(), default=0)
    return frozenset(province for province, count in counts.items() if count == top)


def _sightings(documents: Iterable[Document | dict[str, Any]]) -> Iterator[_Sighting]:
    for order, document in enumerate(iter_documents(documents), start=1):
        doc_key = document.id if document.id is not None else f"#{order}"
        dominant: frozenset[str] | None = None
        for person in document.people:
            name = _full_name(person.name)
            if name is None or not person.titles:
                continue
            found = [_places_in(title.text) for title in person.titles]
            provinces = frozenset(province for places in found for province in places.provinces)
            if not provinces and any(places.local for places in found):
                if dominant is None:
                    dominant = _dominant_provinces(document)
                provinces = dominant
            titles = tuple(_title_of(title) for title in person.titles)
            yield _Sighting(name, doc_key, document.doc_date, order, titles, provinces)


def _cluster(sightings: list[_Sighting]) -> list[list[_Sighting]]:
    """Same-name sightings grouped into people by the rule in the module docstring."""
    placed = [s for s in sightings if s.provinces]
    unplaced = [s for s in sightings if not s.provinces]
    parent = list(range(len(placed)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[str, int] = {}
    for i, sighting in enumerate(placed):
        for province in sighting.provinces:
            j = first_with.setdefault(province, i)
            parent[root(i)] = root(j)
    groups: dict[int, list[_Sighting]] = defaultdict(list)
    for i, sighting in enumerate(placed):
        groups[root(i)].append(sighting)
    people = list(groups.values())

    leftovers = []
    for sighting in unplaced:
        target = _only([p for p in people if _shares_title(p, sighting)])
        (target if target is not None else leftovers).append(sighting)
    if leftovers:
        people.append(leftovers)
    return people


def _only(people: list[list[_Sighting]]) -> list[_Sighting] | None:
    return people[0] if len(people) == 1 else None


def _shares_title(person: list[_Sighting], sighting: _Sighting) -> bool:
    keys = {title.key for seen in person for title in seen.titles}
    return any(_compatible(title.key, key) for title in sighting.titles for key in keys)


# -- rows --------------------------------------------------------------------


def _date_order(sighting: _Sighting) -> tuple[bool, _dt.date, int]:
    return (sighting.doc_date is None, sighting.doc_date or _dt.date.min, sighting.order)


def _fold_general_titles(seen: dict[TitleKey, list[tuple[_Title, _Sighting]]]) -> None:
    """Move "Bí thư" or "Chủ tịch UBND tỉnh" into the person's only fuller title with that role.

    "Chủ tịch UBND tỉnh" and "Chủ tịch UBND tỉnh Nghệ An" of one person are one
    office written with and without its place.
    """
    # Most specific first, so that "Bộ Y tế" has joined "Bộ Y tế Việt Nam" before a bare "Bộ trưởng" looks.
    for key in sorted(seen, key=lambda key: len(key[1] or ""), reverse=True):
        fuller = [other for other in seen if other[0] == key[0] and _extends(other[1], key[1])]
        if len(fuller) == 1:
            seen[fuller[0]].extend(seen.pop(key))


def _rows_of(person: list[_Sighting], number: int) -> list[RegisterRow]:
    name = person[0].name
    person_id = f"{name}#{number}"
    provinces = sorted({province for s in person for province in s.provinces})
    seen: dict[TitleKey, list[tuple[_Title, _Sighting]]] = defaultdict(list)
    for sighting in sorted(person, key=_date_order):  # spelling ties go to the earliest document
        for title in sighting.titles:
            seen[title.key].append((title, sighting))
    _fold_general_titles(seen)
    rows = []
    for pairs in seen.values():
        titles = [title for title, _ in pairs]
        by_document = {s.doc_key: s for _, s in sorted(pairs, key=lambda pair: _date_order(pair[1]))}
        dates = [s.doc_date for s in by_document.values() if s.doc_date is not None]
        rows.append(
            RegisterRow(
                person=name,
                person_id=person_id,
                role=most_common(t.role for t in titles) or titles[0].role,
                organization=most_common(t.organization for t in titles),
                kind=most_common(t.kind for t in titles),
                provinces=provinces,
                first_date=min(dates, default=None),
                last_date=max(dates, default=None),
                n_documents=len(by_document),
                example_ids=list(by_document)[:MAX_EXAMPLES],
            )
        )
    return rows


def build_register(documents: Iterable[Document | dict[str, Any]]) -> list[RegisterRow]:
    """The register of an annotated corpus (Documents or ANNOTATION.md records), sorted by person."""
    by_name: dict[str, list[_Sighting]] = defaultdict(list)
    for sighting in _sightings(documents):
        by_name[sighting.name.casefold()].append(sighting)
    rows: list[RegisterRow] = []
    for same_name in by_name.values():
        people = sorted(_cluster(same_name), key=lambda person: min(map(_date_order, person)))
        for number, person in enumerate(people, start=1):
            rows.extend(_rows_of(person, number))
    rows.sort(key=lambda row: (row.person, row.person_id, row.first_date or _dt.date.max, row.role))
    return rows


def register_frame(documents: Iterable[Document | dict[str, Any]]) -> Any:
    """:func:`build_register` as a pandas DataFrame (needs the ``pandas`` extra)."""
    return to_dataframe(build_register(documents), RegisterRow)


def write_register(annotated: str | Path, output: str | Path) -> int:
    """Build the register of an annotated JSONL file and write it (.parquet, .csv, .jsonl); returns the row count."""
    table_format(output)
    rows = build_register(read_documents(annotated))
    write_rows(rows, output, RegisterRow)
    return len(rows)
