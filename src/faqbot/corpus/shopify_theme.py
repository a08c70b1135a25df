"""Shopify theme templates (``templates/page.faq.json``): the FAQ a shop keeps in its theme.

A shop edits its FAQ page in Shopify's theme editor, which keeps it in the theme's JSON template,
what exporting the theme or Shopify's CLI gives: the page's sections, in the order it shows them
(``order``), each holding blocks in their order (``block_order``). A block's settings hold a
question and its answer, named as the theme names them ("title" and "answer", "heading" and
"row_content", "title" and "desc"); some themes keep a block per category instead, its questions
numbered ("q1": "Question?: Answer"). A section's title names its entries' category, or a block's
own category (an id, "orders_returns"); a block or section the editor hid ("disabled": true) is
left out, as the page leaves it out. A block that is no question block (a column, an image with
text: "Free shipping" over its text) is an entry only when its title asks.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from faqbot.corpus.entry import Entry, asks, left_out_unpublished, make_entry, name_of, only_says_faq
from faqbot.corpus.html_text import html_to_text
from faqbot.corpus.sections import Located

logger = logging.getLogger(__name__)

_QUESTION_SETTINGS = ("question", "title", "heading", "q")
_ANSWER_SETTINGS = ("answer", "content", "row_content", "text", "desc", "description", "body", "a")
_TITLE_SETTINGS = ("title", "heading")
# Block types that hold a question and its answer ("question", "collapsible_row", "faq_item",
# "accordion"); a block of another type (a column, an image with text) is one only when its title asks.
_QUESTION_BLOCK = re.compile(r"faq|question|accordion|collaps|toggle|row|q_?a\b", re.IGNORECASE)
_NUMBERED_QUESTION = re.compile(r"^(?:question|title|heading|q)[_-]?(?P<number>\d+)$")  # "q1", "question_2"
# A numbered question and its answer, as a theme splits them: at "?:" ("Are you vegan?: Yes."), else
# at the first colon ("Are your products tested on animals: No.").
_QUESTION_AND_ANSWER = re.compile(r"^(?:(?P<asked>[^\n]*?[?？])\s*:|(?P<question>[^\n:?？]{1,200}):)\s*(?P<answer>\S.*)$", re.DOTALL)


def is_theme_template(data: object) -> bool:
    """Whether JSON data is a Shopify theme template: its sections by id, and the order they show in."""
    sections = data.get("sections") if isinstance(data, dict) else None
    return isinstance(sections, dict) and isinstance(data.get("order"), list) and all(isinstance(section, dict) and "type" in section for section in sections.values())


def _in_order(holder: dict[str, Located], order: Located | None) -> list[Located]:
    """The sections or blocks ``holder`` keeps by id, in the order the page shows them (ids the
    order names that are missing passed over), or as kept when there is no order."""
    if order is None or not isinstance(order.value, list):
        return list(holder.values())
    return [holder[item.value] for item in order.value if isinstance(item.value, str) and item.value in holder]


def _text(settings: dict[str, Located], names: tuple[str, ...]) -> str:
    """The first of the settings ``names`` that holds text, as written; "" for none."""
    return next((text for name in names if isinstance(text := settings.get(name, Located(None, 0)).value, str) and text.strip()), "")


def _settings(node: Located) -> dict[str, Located]:
    """A section's or block's settings, {} for none."""
    settings = node.value.get("settings") if isinstance(node.value, dict) else None
    return settings.value if settings is not None and isinstance(settings.value, dict) else {}


def _hidden(node: Located, what: str, path: Path, kind: str = "block") -> bool:
    """Whether the theme editor hid a section or block ("disabled": true), which the page does not show."""
    fields = node.value if isinstance(node.value, dict) else {}
    return left_out_unpublished({key: value.plain() for key, value in fields.items() if key == "disabled"}, what, path, node.line, kind=kind)


def _numbered(settings: dict[str, Located]) -> list[tuple[str, str, int]]:
    """A block's numbered questions with their answers and lines: "question_1" beside "text_1"
    (Debutify), or "q1" holding both ("Are you vegan?: Yes.")."""
    found = []
    for key, value in settings.items():
        numbered = _NUMBERED_QUESTION.match(key)
        if numbered is None or not isinstance(value.value, str) or not value.value.strip():
            continue
        answers = tuple(f"{name}{joint}{numbered.group('number')}" for name in _ANSWER_SETTINGS for joint in ("_", "-", ""))
        if answer := _text(settings, answers):
            found.append((value.value, answer, value.line))
        elif (both := _QUESTION_AND_ANSWER.match(html_to_text(value.value))) is not None:
            found.append((both.group("asked") or both.group("question"), both.group("answer"), value.line))
    return found


def _block_entries(block: Located, category: str, path: Path) -> list[Entry] | None:
    """A block's entries — its question and answer, or its numbered questions — or None for a
    block that only holds a title, which names the category of the blocks after it."""
    settings = _settings(block)
    question, answer = _text(settings, _QUESTION_SETTINGS), _text(settings, _ANSWER_SETTINGS)
    own = _text(settings, ("category",))
    category = name_of(own) if own else category
    kind = block.value.get("type") if isinstance(block.value, dict) else None
    if question and answer and (asks(html_to_text(question)) or (kind is not None and _QUESTION_BLOCK.search(str(kind.value)))):
        return [] if _hidden(block, question, path) else [make_entry(question, answer, path, block.line, category=category)]
    numbered = _numbered(settings)
    if not numbered:
        return None if question and not answer else []  # a title alone heads the blocks after it
    if _hidden(block, question or "block of questions", path):
        return []
    return [make_entry(asked, told, path, line, category=html_to_text(question) or category) for asked, told, line in numbered]


def theme_entries(root: Located, path: Path) -> list[Entry]:
    """The entries of a Shopify theme template (see :func:`is_theme_template`) in page order."""
    fields = root.value if isinstance(root.value, dict) else {}
    entries: list[Entry] = []
    for section in _in_order(fields["sections"].value, fields.get("order")):
        title = html_to_text(_text(_settings(section), _TITLE_SETTINGS))
        category = "" if only_says_faq(title) else title
        blocks = section.value.get("blocks") if isinstance(section.value, dict) else None
        if blocks is None or not isinstance(blocks.value, dict) or _hidden(section, title or str(section.value["type"].value), path, kind="section"):
            continue
        for block in _in_order(blocks.value, section.value.get("block_order")):
            found = _block_entries(block, category, path)
            if found is None:  # a title over the blocks after it
                title = html_to_text(_text(_settings(block), _QUESTION_SETTINGS))
                category = "" if only_says_faq(title) else title
            entries += found or []
    return entries
