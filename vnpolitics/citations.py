"""The citation graph: which documents cite which legal documents, and who issued them.

:func:`citation_table` gives one row per LEGAL_DOC mention: the cited document
(normalised code, type, issuer from the code, name for named laws), the citing
document's id and date, and the office or body the sentence names as its
issuer or as applying it. :func:`citation_counts` folds the table into one row
per cited document.

Who issued or applied it is read from the sentence (``segment.sentences``)
and the TITLE/ORGANIZATION entities in it, with cue words from
``data/citation_cues.tsv``:

* after the document: "<doc> [date] của|do|được <TITLE/ORG>" -> issued
  ("Chỉ thị 18/2000/CT-TTg ngày 28/8/2000 của Thủ tướng Chính phủ"); "do" and
  "được" count only when an issuing verb follows the body ("do UBND tỉnh ban
  hành"), so "do Ban Tuyên giáo tổ chức" attributes nothing;
* before it: "<TITLE/ORG> [person] [đã, vừa...] <verb> ... <doc>", the actor
  directly followed by the verb, with at most a few words between the last
  verb and the document; the last verb decides the relation ("ban hành" ->
  issued, "triển khai" -> applied).

The "after" reading wins when both apply; it carries across a list of
documents of one type ("Chỉ thị 01-CT/TW và Chỉ thị 46-CT/TW của Bộ Chính
trị": both), not across mixed types ("Nghị định 60/CP, Chỉ thị 18/2000/CT-TTg
của Thủ tướng": the Chỉ thị only). Anything else leaves the attribution empty
rather than guessing.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .canonical import canonical_organization
from .corpus_tables import iter_documents, most_common, read_documents, table_format, to_dataframe, write_rows
from .lexicon import load_table
from .normalization import normalize
from .schema import Document, LegalDocMention
from .segment import SentenceIndex, sentences

__all__ = ["Citation", "CitedDocument", "citation_table", "citation_counts", "citations_frame", "write_citations"]

MAX_EXAMPLES = 3
MAX_WORDS_AFTER_VERB = 6
_ACTORS = ("TITLE", "ORGANIZATION")
# Entities replaced by one marker character in the text between two entities.
_PERSON_MARK = "\ue000"
_DOC_MARK = "\ue001"
_LIST_JOINT = regex.compile(r"[\s()]*(?:,|và|;)\s*")


@dataclass(frozen=True, slots=True)
class Citation:
    """One mention of a legal document, with who the sentence says issued or applied it."""

    cited: str  # the code, or "<type> <name> [year]" for a named document
    doc_type: str | None
    code: str | None
    number: str | None
    year: int | None
    name: str | None
    issuer_code: str | None
    issuer: str | None
    mention: str
    citing_id: str
    citing_date: _dt.date | None
    relation: str | None  # "issued", "applied" or None
    issued_by: str | None  # the TITLE/ORGANIZATION as written
    issued_by_label: str | None
    issued_by_canonical: str | None  # abbreviations spelt out ("Ủy ban nhân dân tỉnh")
    issued_by_person: str | None  # holder of the issuing TITLE, where linked
    sentence: str


@dataclass(frozen=True, slots=True)
class CitedDocument:
    """A cited document and how often the corpus cites it."""

    cited: str
    doc_type: str | None
    code: str | None
    name: str | None
    year: int | None
    issuer_code: str | None
    issuer: str | None
    issued_by: str | None  # the attribution the sentences give most often
    n_citations: int
    n_documents: int
    first_date: _dt.date | None
    last_date: _dt.date | None
    example_ids: list[str]


@dataclass(frozen=True, slots=True)
class _Cues:
    after: regex.Pattern[str]  # the whole gap between the document and its issuer
    before: regex.Pattern[str]  # the start of the gap between the actor and the document
    verb: regex.Pattern[str]  # any verb cue, to find the last one
    relation: dict[str, str]
    issuing_verb: regex.Pattern[str]  # what must follow the body after "do"/"được"


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(regex.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    rows = load_table("citation_cues.tsv")
    by_position: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_position[row["position"]].append(row["cue"])
    after = _alternatives(by_position["after"])
    verbs = _alternatives(by_position["before"])
    fillers = _alternatives(by_position["filler"])
    issuing = _alternatives(row["cue"] for row in rows if row["position"] == "before" and row["relation"] == "issued")
    bound = r"(?![\p{L}\p{N}])"
    return _Cues(
        after=regex.compile(rf"[\s,;()\-]*(?:ngày\s*)?[\s,;()\-]*(?P<cue>{after}){bound}\s*(?:(?:các|những)\s+)?", regex.I),
        before=regex.compile(rf"\s*{_PERSON_MARK}?[\s,]*(?:(?:{fillers}){bound}\s*)*(?:{verbs}){bound}", regex.I),
        verb=regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{verbs}){bound}", regex.I),
        relation={row["cue"].casefold(): row["relation"] for row in rows if row["position"] == "before"},
        issuing_verb=regex.compile(rf"\s*(?:(?:{fillers}){bound}\s*)*(?:{issuing}){bound}", regex.I),
    )


def _cited(mention: LegalDocMention) -> str:
    attrs = mention.attrs
    if attrs.code:
        return attrs.code
    parts = [attrs.doc_type, attrs.name] if attrs.name else [" ".join(normalize(mention.text).text.split())]
    if attrs.name and attrs.year and str(attrs.year) not in attrs.name:
        parts.append(str(attrs.year))
    return " ".join(part for part in parts if part)


class _Sentence:
    """One sentence of a document and its entities, in text order."""

    def __init__(self, document: Document, start: int, end: int, entities: list[Any]) -> None:
        self.document = document
        self.start = start
        self.end = end
        self.entities = entities

    def gap(self, start: int, end: int) -> str:
        """Normalised text between two positions; dates dropped, people and documents as one mark."""
        pieces = []
        cursor = start
        for entity in self.entities:
            if entity.start < start or entity.end > end:
                continue
            pieces.append(self.document.text[cursor : entity.start])
            pieces.append({"PERSON": _PERSON_MARK, "LEGAL_DOC": _DOC_MARK}.get(entity.label, " "))
            cursor = entity.end
        pieces.append(self.document.text[cursor:end])
        return normalize("".join(pieces)).text

    def issuer_after(self, index: int) -> tuple[Any, str] | None:
        cited = self.entities[index]
        last = cited  # a list of documents of one type shares the issuer after it
        for following in self.entities[index + 1 :]:
            if following.label == "DATE":
                continue
            if self._same_type_list(last, following):
                last = following
                continue
            if following.label not in _ACTORS:
                return None
            match = _cues().after.fullmatch(self.gap(last.end, following.start))
            if match is None:
                return None
            if match.group("cue").casefold() in {"do", "được"} and not self._issuing_verb_after(following):
                return None
            return following, "issued"
        return None

    def _same_type_list(self, previous: Any, following: Any) -> bool:
        """ "Chỉ thị 01-CT/TW và Chỉ thị 46-CT/TW": the next item of a list of documents of one type."""
        return (
            following.label == "LEGAL_DOC"
            and following.attrs.doc_type is not None
            and following.attrs.doc_type == previous.attrs.doc_type
            and _LIST_JOINT.fullmatch(self.gap(previous.end, following.start)) is not None
        )

    def _issuing_verb_after(self, actor: Any) -> bool:
        later = [e.start for e in self.entities if e.start >= actor.end and e.label not in ("PERSON", "DATE")]
        return _cues().issuing_verb.match(self.gap(actor.end, min(later, default=self.end))) is not None

    def actor_before(self, index: int) -> tuple[Any, str] | None:
        cited = self.entities[index]
        for preceding in reversed(self.entities[:index]):
            if preceding.label in ("DATE", "LEGAL_DOC", "PERSON"):
                continue
            if preceding.label not in _ACTORS:
                return None
            gap = self.gap(preceding.end, cited.start)
            if _cues().before.match(gap) is None:
                return None
            last = list(_cues().verb.finditer(gap))[-1]
            if len(gap[last.end() :].split()) > MAX_WORDS_AFTER_VERB:
                return None
            return preceding, _cues().relation[last.group().casefold()]
        return None


def _citations_of(document: Document, order: int) -> Iterable[Citation]:
    legal = document.legal_documents
    if not legal:
        return
    citing_id = document.id if document.id is not None else f"#{order}"
    entities = sorted(document.entities, key=lambda e: e.start)
    starts = [entity.start for entity in entities]
    index = SentenceIndex(sentences(document.text))
    people = {m.id: person.name for person in document.people for m in person.mentions}
    for mention in legal:
        span = index.spans[index.index_of(mention.start)]
        first = bisect_left(starts, span.start)
        inside = entities[first : bisect_left(starts, span.end)]
        sentence = _Sentence(document, span.start, span.end, inside)
        position = bisect_left(starts, mention.start) - first
        found = sentence.issuer_after(position) or sentence.actor_before(position)
        actor, relation = found if found else (None, None)
        yield _citation(document, citing_id, mention, actor, relation, people, document.text[span.start : span.end])


def _citation(
    document: Document,
    citing_id: str,
    mention: LegalDocMention,
    actor: Any,
    relation: str | None,
    people: dict[str, str],
    sentence: str,
) -> Citation:
    attrs = mention.attrs
    canonical = None
    if actor is not None:
        canonical = getattr(actor.attrs, "canonical", None) or canonical_organization(actor.text)
    holder = getattr(actor.attrs, "holder", None) if actor is not None else None
    return Citation(
        cited=_cited(mention),
        doc_type=attrs.doc_type,
        code=attrs.code,
        number=attrs.number,
        year=attrs.year,
        name=attrs.name,
        issuer_code=attrs.issuer_code,
        issuer=attrs.issuer,
        mention=mention.text,
        citing_id=citing_id,
        citing_date=document.doc_date,
        relation=relation,
        issued_by=actor.text if actor is not None else None,
        issued_by_label=actor.label if actor is not None else None,
        issued_by_canonical=canonical,
        issued_by_person=people.get(holder) if holder else None,
        sentence=sentence,
    )


def citation_table(documents: Iterable[Document | dict[str, Any]]) -> list[Citation]:
    """One row per LEGAL_DOC mention of an annotated corpus, in corpus and text order."""
    return [
        citation
        for order, document in enumerate(iter_documents(documents), start=1)
        for citation in _citations_of(document, order)
    ]


CitedKey = tuple[str, str]  # (type, code or name), casefolded


def _cited_key(citation: Citation) -> CitedKey:
    return ((citation.doc_type or "").casefold(), citation.cited.casefold())


_CODE_HEAD = regex.compile(r"(?P<number>\d+)(?:/(?P<year>\d{4})(?=/|$))?[/-]?")


@dataclass(frozen=True, slots=True)
class _Identity:
    """What a citation says about which document it is; None where it says nothing."""

    doc_type: str
    number: str | None  # without leading zeros
    year: int | None
    tail: str | None  # the code after number and year: "CT-TTg", "NQ/TW"
    name: str | None

    def says_less_than(self, other: "_Identity") -> bool:
        """Whether ``other`` names the same document with more said ("16" < "16/CT-TTg" < "16/2020/CT-TTg")."""
        if self.doc_type != other.doc_type or self == other:
            return False
        if self.number is not None:
            same = self.number == other.number and self.tail in (None, other.tail)
        else:
            same = self.name is not None and self.name == other.name
        return same and self.year in (None, other.year)


def _identity(citation: Citation) -> _Identity:
    doc_type = (citation.doc_type or "").casefold()
    head = _CODE_HEAD.match(citation.code) if citation.code else None
    if head is None:
        return _Identity(doc_type, None, citation.year, None, citation.name.casefold() if citation.name else None)
    tail = citation.code[head.end() :].casefold() or None
    return _Identity(doc_type, head.group("number").lstrip("0"), citation.year, tail, None)


def _fold_short_citations(groups: dict[CitedKey, list[Citation]]) -> None:
    """Count "Chỉ thị 16" with the corpus's only fuller Chỉ thị 16 ("16/CT-TTg"), "Luật Đất đai" with its only dated form.

    The most specific forms fold first, so that "116/NĐ-CP" has joined
    "116/2020/NĐ-CP" before a bare "116" looks for its one fuller form.
    """
    identities = {key: _identity(group[0]) for key, group in groups.items()}
    same_number_or_name: dict[tuple[str, str | None, str | None], list[CitedKey]] = defaultdict(list)
    for key, identity in identities.items():
        same_number_or_name[(identity.doc_type, identity.number, identity.name)].append(key)

    def specificity(key: CitedKey) -> int:
        identity = identities[key]
        return (identity.tail is not None) + (identity.year is not None)

    for key in sorted(groups, key=specificity, reverse=True):
        identity = identities[key]
        bucket = same_number_or_name[(identity.doc_type, identity.number, identity.name)]
        fuller = [other for other in bucket if other in groups and identity.says_less_than(identities[other])]
        if len(fuller) == 1:
            groups[fuller[0]].extend(groups.pop(key))


def citation_counts(citations: Iterable[Citation]) -> list[CitedDocument]:
    """One row per cited document, most cited first.

    Citations group by type and code (or name); a short form is then counted
    with the corpus's only fuller form of it, when there is exactly one:
    "Chỉ thị 16" with "Chỉ thị 16/CT-TTg", "Nghị định 116/NĐ-CP" with
    "116/2020/NĐ-CP", "Luật Đất đai" with "Luật Đất đai 2013".
    """
    groups: dict[CitedKey, list[Citation]] = defaultdict(list)
    for citation in citations:
        groups[_cited_key(citation)].append(citation)
    _fold_short_citations(groups)
    rows = []
    for key, group in groups.items():
        documents = list(dict.fromkeys(c.citing_id for c in group))
        dates = [c.citing_date for c in group if c.citing_date is not None]
        own = [c for c in group if _cited_key(c) == key]  # the fuller form names the row
        rows.append(
            CitedDocument(
                cited=most_common(c.cited for c in own) or own[0].cited,
                doc_type=group[0].doc_type,
                code=most_common(c.code for c in own),
                name=most_common(c.name for c in own),
                year=next((c.year for c in own if c.year is not None), None),
                issuer_code=most_common(c.issuer_code for c in own),
                issuer=most_common(c.issuer for c in own),
                issued_by=most_common(c.issued_by_canonical for c in group if c.relation == "issued"),
                n_citations=len(group),
                n_documents=len(documents),
                first_date=min(dates, default=None),
                last_date=max(dates, default=None),
                example_ids=documents[:MAX_EXAMPLES],
            )
        )
    rows.sort(key=lambda row: (-row.n_documents, -row.n_citations, row.cited))
    return rows


def citations_frame(documents: Iterable[Document | dict[str, Any]], *, counts: bool = False) -> Any:
    """The citation table (or, with ``counts``, the per-document counts) as a pandas DataFrame."""
    table = citation_table(documents)
    if counts:
        return to_dataframe(citation_counts(table), CitedDocument)
    return to_dataframe(table, Citation)


def write_citations(annotated: str | Path, output: str | Path, *, counts: bool = False) -> int:
    """Write the citation table (or the counts) of an annotated JSONL file; returns the row count."""
    table_format(output)
    table = citation_table(read_documents(annotated))
    rows: list[Any] = citation_counts(table) if counts else table
    write_rows(rows, output, CitedDocument if counts else Citation)
    return len(rows)
