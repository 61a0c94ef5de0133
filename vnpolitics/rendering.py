"""Entities drawn on their text with displaCy's span style, for notebooks and HTML reports.

Every entity is underlined in its label's colour; a title shows its holder
next to the label ("TITLE → Trần Văn Minh") and a table under the text lists
each title with its holder, so the links the pipeline made can be checked at
a glance. Dates and legal documents show their normalised value the same way.
"""

from __future__ import annotations

import bisect
import html
from typing import TYPE_CHECKING, Any, Union

import regex

from .schema import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["display", "render_html"]

# displaCy's span-start template, with the label kept on one line: the holder written after
# "TITLE" must not wrap into a narrow column over the next line of text.
_SPAN_START = """
<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; \
border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">
    <span style="background: {bg}; z-index: 10; color: #000; top: -0.5em; padding: 2px 3px; position: absolute; \
font-size: 0.6em; font-weight: bold; line-height: 1; border-radius: 3px; white-space: nowrap">
        {label}{kb_link}
    </span>
</span>
"""

_TABLE_STYLE = (
    "<style>"
    ".vnpolitics-holders {margin-top: 1em; border-collapse: collapse; font-size: 0.9em}"
    ".vnpolitics-holders caption {text-align: left; font-weight: bold; padding-bottom: 0.3em}"
    ".vnpolitics-holders th, .vnpolitics-holders td {text-align: left; padding: 0.2em 0.8em; border-bottom: 1px solid #ddd}"
    "</style>"
)

# Paragraph breaks: each paragraph is drawn as its own block (displaCy's span style drops newlines).
_PARAGRAPH_BREAK = regex.compile(r"\s*\n\s*")
_WORD = regex.compile(r"\S+")


def display(doc: Union[Document, "Doc"]) -> str | None:
    """Show ``doc``'s entities: displayed in Jupyter (returns None), else returned as HTML."""
    from spacy.util import is_in_jupyter

    markup = render_html(doc)
    if not is_in_jupyter():
        return markup
    from IPython.display import HTML
    from IPython.display import display as show

    show(HTML(markup))
    return None


def render_html(doc: Union[Document, "Doc"]) -> str:
    """HTML for a vnpolitics Document or a spaCy Doc processed by ``vnpolitics_entities``."""
    from spacy import displacy
    from spacy.displacy.templates import TPL_SPAN, TPL_SPAN_SLICE

    from .integrations.spacy import DISPLACY_COLORS, to_models

    document = doc if isinstance(doc, Document) else to_models(doc)
    blocks = [_displacy_block(document, start, end) for start, end in _paragraphs(document)]
    if blocks:
        blocks[0]["title"] = html.escape(document.id) if document.id else None
        template = {"span": TPL_SPAN, "slice": TPL_SPAN_SLICE, "start": _SPAN_START}
        options = {"colors": DISPLACY_COLORS, "template": template}
        spans = displacy.render(blocks, style="span", manual=True, jupyter=False, options=options)
    else:
        spans = ""
    # tex2jax_ignore: keep MathJax in notebooks from reading "$" in the text, as displaCy does.
    return f'<div class="vnpolitics tex2jax_ignore">{spans}{_holder_table(document)}</div>'


def _paragraphs(document: Document) -> list[tuple[int, int]]:
    """Paragraph spans, never breaking inside an entity."""
    entities = sorted(document.entities, key=lambda entity: entity.start)
    starts = [entity.start for entity in entities]
    paragraphs = []
    cursor = 0
    for match in _PARAGRAPH_BREAK.finditer(document.text):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index >= 0 and entities[index].end > match.start():
            continue  # the break lies inside an entity
        paragraphs.append((cursor, match.start()))
        cursor = match.end()
    paragraphs.append((cursor, len(document.text)))
    return [(start, end) for start, end in paragraphs if start < end]


def _displacy_block(document: Document, start: int, end: int) -> dict[str, Any]:
    """displaCy's manual span format for text[start:end]: words cut at every entity boundary."""
    text = document.text
    entities = [entity for entity in document.entities if start <= entity.start < end]
    cuts = sorted({offset for entity in entities for offset in (entity.start, entity.end)})
    token_spans: list[tuple[int, int]] = []
    for word in _WORD.finditer(text, start, end):
        inner = cuts[bisect.bisect_right(cuts, word.start()) : bisect.bisect_left(cuts, word.end())]
        bounds = [word.start(), *inner, word.end()]
        token_spans.extend(zip(bounds, bounds[1:]))
    token_starts = [token_start for token_start, _ in token_spans]
    spans = []
    for entity in entities:
        gloss = _gloss(document, entity)
        spans.append(
            {
                "start_token": bisect.bisect_left(token_starts, entity.start),
                "end_token": bisect.bisect_left(token_starts, entity.end),
                "label": entity.label,
                # displaCy prints kb_id after the label unescaped: escape it here.
                "kb_id": html.escape(gloss) if gloss else "",
                "kb_url": "#",
            }
        )
    tokens = [text[token_start:token_end] for token_start, token_end in token_spans]
    return {"text": text[start:end], "tokens": tokens, "spans": spans, "settings": {"lang": "vi"}}


def _gloss(document: Document, entity: Any) -> str | None:
    """The short note drawn after the label: a title's holder, a date's or a code's normal form."""
    if entity.label == "TITLE" and entity.attrs.holder:
        return f"→ {_holder_text(document, entity.attrs.holder)}"
    if entity.label == "DATE":
        return entity.attrs.value
    if entity.label == "LEGAL_DOC":
        return entity.attrs.code or entity.attrs.name
    return None


def _holder_text(document: Document, holder_id: str) -> str:
    try:
        return document.entity(holder_id).text
    except KeyError:
        return holder_id  # a dangling id is shown rather than hidden


def _holder_table(document: Document) -> str:
    titles = document.titles
    if not titles:
        return ""
    rows = "".join(
        "<tr>"
        f"<td>{html.escape(title.text)}</td>"
        f"<td>{html.escape(title.role or '')}</td>"
        f"<td>{html.escape(title.organization or '')}</td>"
        f"<td>{html.escape(_holder_text(document, title.holder)) if title.holder else '—'}</td>"
        "</tr>"
        for title in titles
    )
    return (
        _TABLE_STYLE + '<table class="vnpolitics-holders">'
        "<caption>Titles and their holders</caption>"
        "<thead><tr><th>Title</th><th>Role</th><th>Organisation</th><th>Holder</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
