"""Typed results, in the record format of ANNOTATION.md.

An entity serialises to exactly ``{"id", "start", "end", "label", "text",
"attrs"}``; the label picks the model (a discriminated union), so reading a
gold file back gives the same typed objects the library produces. The most
used attributes are also reachable directly (``doc.dates[0].value``).
"""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .errors import InputValueError

__all__ = [
    "Label",
    "LABELS",
    "PersonAttrs",
    "TitleAttrs",
    "OrganizationAttrs",
    "LocationAttrs",
    "LegalDocAttrs",
    "DateAttrs",
    "PersonMention",
    "TitleMention",
    "OrganizationMention",
    "LocationMention",
    "LegalDocMention",
    "DateMention",
    "Entity",
    "Person",
    "Document",
    "parse_doc_date",
]

Label = Literal["PERSON", "TITLE", "ORGANIZATION", "LOCATION", "LEGAL_DOC", "DATE"]
LABELS: tuple[str, ...] = ("PERSON", "TITLE", "ORGANIZATION", "LOCATION", "LEGAL_DOC", "DATE")


class _Attrs(BaseModel):
    # Unknown attribute keys from other tools are kept rather than dropped or refused.
    model_config = ConfigDict(extra="allow")


class PersonAttrs(_Attrs):
    honorific: str | None = None
    person_id: str | None = Field(
        default=None, description="Shared by every mention of the same person in this document."
    )


class TitleAttrs(_Attrs):
    role: str | None = None
    organization: str | None = None
    kind: Literal["position", "rank", "academic"] | None = None
    holder: str | None = Field(default=None, description="id of the PERSON holding the title.")
    organization_canonical: str | None = None


class OrganizationAttrs(_Attrs):
    canonical: str | None = None


class LocationAttrs(_Attrs):
    canonical: str | None = None
    province: str | None = Field(
        default=None, description="Province on the 63-province map in force until mid-2025 ('tỉnh Nghệ An')."
    )
    province_2025: str | None = Field(
        default=None, description="Province on the 34-province map after the 2025 merger."
    )


class LegalDocAttrs(_Attrs):
    doc_type: str | None = None
    number: str | None = None
    year: int | None = None
    code: str | None = None
    issuer_code: str | None = None
    issuer: str | None = Field(default=None, description="Issuer spelt out, where the code tells it.")
    name: str | None = None


class DateAttrs(_Attrs):
    value: str | None = None
    part_of_day: str | None = Field(default=None, description="sáng, trưa, chiều, tối or đêm")


class _Mention(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


class PersonMention(_Mention):
    label: Literal["PERSON"] = "PERSON"
    attrs: PersonAttrs = Field(default_factory=PersonAttrs)

    @property
    def honorific(self) -> str | None:
        return self.attrs.honorific


class TitleMention(_Mention):
    label: Literal["TITLE"] = "TITLE"
    attrs: TitleAttrs = Field(default_factory=TitleAttrs)

    @property
    def role(self) -> str | None:
        return self.attrs.role

    @property
    def organization(self) -> str | None:
        return self.attrs.organization

    @property
    def organization_canonical(self) -> str | None:
        return self.attrs.organization_canonical

    @property
    def kind(self) -> str | None:
        return self.attrs.kind

    @property
    def holder(self) -> str | None:
        return self.attrs.holder


class OrganizationMention(_Mention):
    label: Literal["ORGANIZATION"] = "ORGANIZATION"
    attrs: OrganizationAttrs = Field(default_factory=OrganizationAttrs)

    @property
    def canonical(self) -> str | None:
        return self.attrs.canonical


class LocationMention(_Mention):
    label: Literal["LOCATION"] = "LOCATION"
    attrs: LocationAttrs = Field(default_factory=LocationAttrs)

    @property
    def canonical(self) -> str | None:
        return self.attrs.canonical


class LegalDocMention(_Mention):
    label: Literal["LEGAL_DOC"] = "LEGAL_DOC"
    attrs: LegalDocAttrs = Field(default_factory=LegalDocAttrs)

    @property
    def doc_type(self) -> str | None:
        return self.attrs.doc_type

    @property
    def number(self) -> str | None:
        return self.attrs.number

    @property
    def year(self) -> int | None:
        return self.attrs.year

    @property
    def code(self) -> str | None:
        return self.attrs.code

    @property
    def issuer_code(self) -> str | None:
        return self.attrs.issuer_code

    @property
    def issuer(self) -> str | None:
        return self.attrs.issuer

    @property
    def name(self) -> str | None:
        return self.attrs.name


class DateMention(_Mention):
    label: Literal["DATE"] = "DATE"
    attrs: DateAttrs = Field(default_factory=DateAttrs)

    @property
    def value(self) -> str | None:
        return self.attrs.value

    @property
    def part_of_day(self) -> str | None:
        return self.attrs.part_of_day


Entity = Annotated[
    Union[PersonMention, TitleMention, OrganizationMention, LocationMention, LegalDocMention, DateMention],
    Field(discriminator="label"),
]

MENTION_CLASSES: dict[str, type[_Mention]] = {
    "PERSON": PersonMention,
    "TITLE": TitleMention,
    "ORGANIZATION": OrganizationMention,
    "LOCATION": LocationMention,
    "LEGAL_DOC": LegalDocMention,
    "DATE": DateMention,
}


class Person(BaseModel):
    """One person of a document: all their mentions and the titles linked to any of them."""

    model_config = ConfigDict(frozen=True)

    person_id: str
    name: str = Field(description="The fullest form of the name seen in the document, normalised (NFC).")
    honorific: str | None = None
    mentions: list[PersonMention] = Field(default_factory=list, repr=False)
    titles: list[TitleMention] = Field(default_factory=list, repr=False)


def parse_doc_date(value: Any) -> _dt.date | None:
    """Accept a date, an ISO string ("2013-08-27", with or without time) or "YYYYMMDD"."""
    if value is None or isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, str):
        raw = value.strip()
        if not raw:
            return None
        try:
            if len(raw) == 8 and raw.isdigit():
                return _dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:]))
            return _dt.date.fromisoformat(raw[:10])
        except ValueError:
            pass
    raise InputValueError(f"doc_date must be a date or a 'YYYY-MM-DD' / 'YYYYMMDD' string, got {value!r}")


class Document(BaseModel):
    """A text and its entities; serialises to one JSONL record of ANNOTATION.md.

    Keys of an input record that vnpolitics does not know are kept (``extra``),
    so an annotated corpus still carries its own metadata.
    """

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    text: str
    doc_date: _dt.date | None = None
    entities: list[Entity] = Field(default_factory=list)

    @field_validator("doc_date", mode="before")
    @classmethod
    def _read_doc_date(cls, value: Any) -> _dt.date | None:
        try:
            return parse_doc_date(value)
        except InputValueError as error:
            raise ValueError(str(error)) from None

    @model_validator(mode="after")
    def _check_entities(self) -> "Document":
        """Offsets must slice ``text`` to the entity's text, and ids must be unique."""
        seen: set[str] = set()
        for entity in self.entities:
            if not entity.start <= entity.end <= len(self.text) or self.text[entity.start : entity.end] != entity.text:
                raise ValueError(
                    f"entity {entity.id}: offsets ({entity.start}, {entity.end}) do not give {entity.text!r}"
                )
            if entity.id in seen:
                raise ValueError(f"entity ids must be unique: {entity.id!r} repeats")
            seen.add(entity.id)
        return self

    # -- views -------------------------------------------------------------
    def by_label(self, label: str) -> list[Any]:
        return [entity for entity in self.entities if entity.label == label]

    @property
    def persons(self) -> list[PersonMention]:
        """PERSON mentions, in text order (``people`` groups them by person)."""
        return self.by_label("PERSON")

    @property
    def titles(self) -> list[TitleMention]:
        return self.by_label("TITLE")

    @property
    def organizations(self) -> list[OrganizationMention]:
        return self.by_label("ORGANIZATION")

    @property
    def locations(self) -> list[LocationMention]:
        return self.by_label("LOCATION")

    @property
    def legal_documents(self) -> list[LegalDocMention]:
        return self.by_label("LEGAL_DOC")

    @property
    def dates(self) -> list[DateMention]:
        return self.by_label("DATE")

    def entity(self, entity_id: str) -> Any:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    @property
    def people(self) -> list[Person]:
        """Each person once, in order of first mention, with every title linked to them."""
        from .normalization import normalize  # local: schema must not pull in the pipeline at import

        groups: dict[str, list[PersonMention]] = {}
        for mention in self.persons:
            groups.setdefault(mention.attrs.person_id or mention.id, []).append(mention)
        titles_by_holder: dict[str, list[TitleMention]] = {}
        for title in self.titles:
            if title.attrs.holder:
                titles_by_holder.setdefault(title.attrs.holder, []).append(title)
        people = []
        for person_id, mentions in groups.items():
            fullest = max(mentions, key=lambda m: (len(m.text.split()), len(m.text)))
            honorific = next((m.attrs.honorific for m in mentions if m.attrs.honorific), None)
            titles = sorted(
                (t for m in mentions for t in titles_by_holder.get(m.id, [])), key=lambda t: t.start
            )
            people.append(
                Person(
                    person_id=person_id,
                    name=normalize(fullest.text).text,
                    honorific=honorific,
                    mentions=mentions,
                    titles=titles,
                )
            )
        return people

    # -- record format -----------------------------------------------------
    def to_record(self) -> dict[str, Any]:
        """The ANNOTATION.md record as a plain dict (JSON-ready)."""
        return self.model_dump(mode="json")

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> "Document":
        return cls.model_validate(record)

    def to_pandas(self) -> Any:
        """One row per mention as a pandas DataFrame (see :func:`vnpolitics.to_pandas`)."""
        from .tables import to_pandas

        return to_pandas(self)

    def _repr_html_(self) -> str:
        from .rendering import render_html

        return render_html(self)
