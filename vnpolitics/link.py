"""Linking resolved entities: which mentions are one person, which PERSON holds which TITLE.

Both linkers read the resolved candidates (text order, ids set) and write attrs in
place. Holders never cross a sentence boundary: what links a title to a person is
the way Vietnamese news strings them together inside one sentence:

* apposition: "ông A, T1, T2; bà B - T3" (a dash, comma or colon after the name);
* title before name: "T1, T2 A" (only spaces, or an abbreviation's full stop, between the last
  title and the name), "T - ông A" (a dash sets the name off);
* appointment words: "A ... được bầu làm T", "giữ chức T ... đối với ông A";

and null where the office is shared ("bầu các ông A, B và C làm T"), named as an
issuer or by reference only ("của Thủ tướng Chính phủ"), or a rank in a promotion
("từ Đại tá lên Thiếu tướng").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import regex

from .lexicon import load_lines
from .recognizers.base import Candidate, Context
from .registry import register_linker

__all__: list[str] = []

LinkerFn = Callable[[Context, list[Candidate]], None]

# What may stand between a name and its first appositive title: "A, T", "A - T", "A (53 tuổi), T",
# "A - tân T", "A: T".
_APPOSITION_GAP = regex.compile(r"\s*(?:\([^()]*\)\s*)?[,:\-(]\s*(?:nguyên|tân|đương kim|hiện là)?\s*")
# Between two titles of one person: "T1, T2", "T1; T2", "T1 - T2" (or "T1-T2"), "T1 & T2", "T1 kiêm T2",
# "T1 và T2", "T1 (Bộ Công an), T2", with the term or date that belongs to the first one:
# "T1 nhiệm kỳ 2021-2025, T2".
_CHAIN_GAP = regex.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:nhiệm kỳ|khóa|từ)[^,;()\p{Lu}]{0,30}?)?"
    r"(?:[,;&]|\s?-|,?\s*kiêm|,?\s*và)?\s*(?:nguyên|tân)?\s*"
)
# Between a title and the name it stands before: spaces, the full stop of an abbreviation
# ("PGS.TS. Lê Văn A"; a full stop that ends a sentence never reaches here), "đương nhiệm"
# ("Thống đốc đương nhiệm A": the one in office).
_BEFORE_NAME_GAP = regex.compile(r"\.?\s*(?:đương nhiệm\s+)?")
# Between titles that open a sentence and the name of their holder: "T, ông A", "T, A".
_OPENING_APPOSITION_GAP = regex.compile(r"\s*,\s*(?:\p{Ll}+\s+)?")
# A dash sets the name off as the title's apposition anywhere: "Theo T - ông A - thì ...", also after
# the body the title belongs to: "Chủ tịch HĐQT mới của Công ty X - ông A".
_DASH_APPOSITION_GAP = regex.compile(r"(?:\s+(?:mới\s+)?của\s+\p{Lu}[^,;:()\n-]{0,60}?)?\s+-\s*(?:\p{Ll}+\s+)?")
# "của T A" names the person as an owner; a title after "A," that a verb follows is the next subject.
_OWNER_BEFORE = regex.compile(r"(?<!\p{L})của\s*\Z")
_NOT_VERBS = "và|kiêm|khóa|nhiệm kỳ|tại|ở|về|trong|của|cho|với|khi"
_VERB_AFTER = regex.compile(rf"[ \t]+(?!(?:{_NOT_VERBS})(?!\p{{L}}))\p{{Ll}}")
_COORDINATION_GAP = regex.compile(r"\s*(?:,|và|cùng)\s*(?:\p{Ll}+(?: chí)?\s+)?")
_PROMOTION_FROM = regex.compile(r"(?<!\p{L})từ\s*\Z")
_PROMOTION_TO = regex.compile(r"\s*lên(?!\p{L})")
_PROMOTION_TO_BEFORE = regex.compile(r"(?<!\p{L})lên\s*\Z")
# "Ông là T", "bà từng giữ chức T": the subject is a person of an earlier sentence.
_PRONOUN_SUBJECT = regex.compile(r"(?<!\p{L})(?:[ôÔ]ng|[bB]à)(?:\s+\p{Ll}+)+\s*\Z")
_FOR_PERSON = regex.compile(r"(?<!\p{L})đối với(?!\p{L})\s*(các(?!\p{L}))?")


@lru_cache(maxsize=1)
def _cue_before() -> regex.Pattern[str]:
    cues = sorted(load_lines("person_holder_cues.txt"), key=len, reverse=True)
    alternatives = "|".join(regex.escape(c) for c in cues)
    return regex.compile(rf"(?<!\p{{L}})(?:{alternatives})\s*:?\s*(?:nguyên|tân)?\s*\Z", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _generic_subject() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in load_lines("person_generic_subjects.txt"))
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.IGNORECASE)


class _SentenceLinker:
    """Holder links inside one sentence; ``items`` are its entities in text order."""

    def __init__(self, text: str, items: list[Candidate]) -> None:
        self.text = text
        self.items = items
        self.excluded: set[int] = set()  # titles that must stay without holder

    def gap(self, left: int, right: int) -> str:
        return self.text[self.items[left].end : self.items[right].start]

    def is_title(self, index: int) -> bool:
        return 0 <= index < len(self.items) and self.items[index].label == "TITLE"

    def is_person(self, index: int) -> bool:
        return 0 <= index < len(self.items) and self.items[index].label == "PERSON"

    def free_title(self, index: int) -> bool:
        item = self.items[index] if 0 <= index < len(self.items) else None
        return (
            item is not None
            and item.label == "TITLE"
            and item.attrs.get("holder") is None
            and index not in self.excluded
        )

    def link(self) -> None:
        self._exclude_promotion_ranks()
        people = [i for i, item in enumerate(self.items) if item.label == "PERSON"]
        for index in people:
            self._apposition(index)
        for index in people:
            self._titles_before(index)
        for index, item in enumerate(self.items):
            if self.free_title(index) and _cue_before().search(self.text, self._left_bound(index), item.start):
                self._appointment(index)

    # -- the patterns --------------------------------------------------------------
    def _exclude_promotion_ranks(self) -> None:
        """"từ Đại tá lên Thiếu tướng": both ranks describe the promotion, no one holds them here."""
        for index, item in enumerate(self.items):
            if not self.is_title(index):
                continue
            before_start = self._left_bound(index)
            if _PROMOTION_FROM.search(self.text, before_start, item.start) and _PROMOTION_TO.match(
                self.text, item.end
            ):
                self.excluded.add(index)
                if self.is_title(index + 1) and _PROMOTION_TO_BEFORE.search(
                    self.text, item.end, self.items[index + 1].start
                ):
                    self.excluded.add(index + 1)

    def _apposition(self, person: int) -> None:
        """"ông A, T1, T2" and "A - T1, T2": titles right after the name, up to the next person."""
        first = person + 1
        if not self.free_title(first) or not _APPOSITION_GAP.fullmatch(self.gap(person, first)):
            return
        if self._adjacent_to_next_person(first) or self._next_subject_after_owner(person, first):
            return
        shared = self._coordinated_with_previous(person)
        self._chain_forward(first, None if shared else self.items[person].id)

    def _next_subject_after_owner(self, person: int, first: int) -> bool:
        """"ý kiến của Bộ trưởng A, Thủ tướng nêu rõ": A is named as an owner and the bare office
        after the comma, with a verb right after it, is the subject of the next clause, not A's.
        An office with its body there is more often A's own ("của GS A, Hiệu trưởng trường B phát biểu")."""
        if not (self.is_title(person - 1) and _BEFORE_NAME_GAP.fullmatch(self.gap(person - 1, person))):
            return False
        opening = self.items[person - 1].start
        if not _OWNER_BEFORE.search(self.text, max(0, opening - 10), opening):
            return False
        bare = not self.items[first].attrs.get("organization")
        return bare and bool(_VERB_AFTER.match(self.text, self.items[first].end))

    def _titles_before(self, person: int) -> None:
        """"T1, T2 A": the title ending right before the name, and the titles listed before it;
        "T - ông A"; also "T1, T2, ông A ..." when the titles open the sentence (after "của T, ông A" or
        "Theo T, A" the office is someone else's)."""
        last = person - 1
        if not self.free_title(last):
            return
        gap = self.gap(last, person)
        first = self._chain_start(last)
        if not (
            _BEFORE_NAME_GAP.fullmatch(gap)
            or _DASH_APPOSITION_GAP.fullmatch(gap)
            or _OPENING_APPOSITION_GAP.fullmatch(gap) and self._opens_sentence(first)
        ):
            return
        for index in range(first, last + 1):
            self.items[index].attrs["holder"] = self.items[person].id

    def _chain_start(self, last: int) -> int:
        """The first of the titles listed up to ``last`` ("T1, T2 kiêm T3")."""
        index = last
        while self.free_title(index - 1) and _CHAIN_GAP.fullmatch(self.gap(index - 1, index)):
            if self._follows_apposition(index - 1):
                break
            index -= 1
        return index

    def _opens_sentence(self, index: int) -> bool:
        start = self.items[index].start
        before = self.text[max(0, start - 40) : start].rstrip(" \t\"'“‘(")
        return not before or before[-1] in ".!?:;\n"

    def _appointment(self, title: int) -> None:
        """"A được bầu làm T", "giữ chức vụ T ... đối với ông A"; null for several people."""
        holder = self._person_after_for(title)
        if holder is None:
            holder = self._subject_before(title)
        if holder is None and not _PRONOUN_SUBJECT.search(self.text, self._left_bound(title), self.items[title].start):
            people = [i for i in range(len(self.items)) if self.is_person(i)]
            holder = people[0] if len(people) == 1 else None
        if holder is not None and holder >= 0:
            self._chain_forward(title, self.items[holder].id)
        else:
            self.excluded.add(title)

    # -- helpers -------------------------------------------------------------------
    def _chain_forward(self, first: int, holder: str | None) -> None:
        index = first
        while True:
            if holder is None:
                self.excluded.add(index)
            else:
                self.items[index].attrs["holder"] = holder
            following = index + 1
            if not self.free_title(following) or not _CHAIN_GAP.fullmatch(self.gap(index, following)):
                return
            if self._adjacent_to_next_person(following):
                return
            index = following

    def _adjacent_to_next_person(self, title: int) -> bool:
        return self.is_person(title + 1) and bool(_BEFORE_NAME_GAP.fullmatch(self.gap(title, title + 1)))

    def _follows_apposition(self, title: int) -> bool:
        return self.is_person(title - 1) and bool(_APPOSITION_GAP.fullmatch(self.gap(title - 1, title)))

    def _coordinated_with_previous(self, person: int) -> bool:
        """"A, B và C": listed together, with no title of the previous one between them."""
        return (
            self.is_person(person)
            and self.is_person(person - 1)
            and bool(_COORDINATION_GAP.fullmatch(self.gap(person - 1, person)))
            and not (self.is_title(person - 2) and not self.gap(person - 2, person - 1).strip())
        )

    def _ends_a_list(self, person: int) -> bool:
        """"A và B", "A, B, C": several subjects. Two names joined by a comma alone are not taken
        for a list ("chuyển giao chức T cho ông A, ông B giữ chức T2": a clause ends between)."""
        if not self._coordinated_with_previous(person):
            return False
        gap = self.gap(person - 1, person)
        return "," not in gap or self._coordinated_with_previous(person - 1)

    def _left_bound(self, index: int) -> int:
        return self.items[index - 1].end if index > 0 else max(0, self.items[index].start - 60)

    def _person_after_for(self, title: int) -> int | None:
        """"... chức vụ T nhiệm kỳ 2020-2025 đối với ông A": A; -1 when several people follow."""
        following = title + 1
        if following >= len(self.items):
            return None
        gap = self.text[self.items[title].end : self.items[following].start]
        match = _FOR_PERSON.search(gap) if len(gap) < 80 else None
        if match is None:
            return None
        person = next((i for i in range(following, len(self.items)) if self.is_person(i)), None)
        if person is None:
            return None
        if match.group(1) or self._coordinated_with_previous(person + 1):
            return -1
        return person

    def _subject_before(self, title: int) -> int | None:
        """The nearest person before the title, if nothing generic stands between; -1 for a list."""
        for index in range(title - 1, -1, -1):
            if self.is_person(index):
                if self._ends_a_list(index):
                    return -1
                last_own = index
                while last_own + 1 < title and self.items[last_own + 1].attrs.get("holder") == self.items[index].id:
                    last_own += 1
                between = self.text[self.items[last_own].end : self.items[title].start]
                return -1 if _generic_subject().search(between) else index
        return None


def _link_holders(context: Context, entities: list[Candidate]) -> None:
    sentences: dict[int, list[Candidate]] = {}
    for entity in entities:
        if entity.label == "TITLE":
            entity.attrs["holder"] = None
        if entity.label in ("TITLE", "PERSON"):
            sentences.setdefault(context.sentences.index_of(entity.start), []).append(entity)
    for items in sentences.values():
        if any(item.label == "TITLE" for item in items) and any(item.label == "PERSON" for item in items):
            _SentenceLinker(context.text, items).link()


@register_linker("vnpolitics.holders.v1")
def make_holder_linker() -> LinkerFn:
    return _link_holders


# -- coreference -------------------------------------------------------------------
def _name_words(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().split())


def _link_people(context: Context, entities: list[Candidate]) -> None:
    """Give every PERSON mention a ``person_id`` ("p1", "p2"... by first mention).

    The same name is one person. A shorter mention ("ông Đại", "bà Thu Hằng", "Trump")
    joins the one person whose longer names end with it; when the longer names that end
    that way belong to several people, it stays apart.
    """
    mentions = [e for e in entities if e.label == "PERSON"]
    names = [_name_words(context.text[m.start : m.end]) for m in mentions]
    group_of: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in sorted(set(names), key=len, reverse=True):  # longer names are grouped first
        groups = {group_of[full] for full in group_of if len(full) > len(name) and full[-len(name) :] == name}
        group_of[name] = groups.pop() if len(groups) == 1 else name
    numbers: dict[tuple[str, ...], str] = {}
    for mention, name in zip(mentions, names):
        group = group_of[name]
        if group not in numbers:
            numbers[group] = f"p{len(numbers) + 1}"
        mention.attrs["person_id"] = numbers[group]


@register_linker("vnpolitics.coreference.v1")
def make_coreference_linker() -> LinkerFn:
    return _link_people
