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

import re
from pathlib import Path

from faqbot.corpus.entry import Entry, asks, field_named, left_out_unpublished, make_entry, name_of, only_says_faq
from faqbot.corpus.html_text import html_to_text
from faqbot.corpus.sections import Located

_QUESTION_SETTINGS = ("question", "title", "heading", "q")
_ANSWER_SETTINGS = ("answer", "content", "row_content", "text", "desc", "description", "body", "a")
_TITLE_SETTINGS = ("title", "heading")
_CATEGORY_SETTINGS = ("category", "category_id")
# Block types that hold a question and its answer ("question", "collapsible_row", "faq_item",
# "accordion"); a block of another type (a column, an image with text) is one only when its title
# asks, or its setting is named for a question ("faq_question").
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


def _disabled(node: Located) -> dict[str, object]:
    """A section's or block's "disabled" field, as plain data ({} when it has none)."""
    fields = node.value if isinstance(node.value, dict) else {}
    return {key: value.plain() for key, value in fields.items() if key == "disabled" and value.value}


def _hidden(node: Located, what: str, path: Path, kind: str = "block") -> bool:
    """Whether the theme editor hid a section or block ("disabled": true), which the page does not show, saying so."""
    return left_out_unpublished(_disabled(node), what, path, node.line, kind=kind)


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


def _category_title(settings: dict[str, Located], names: tuple[str, ...]) -> str:
    """The category a section's or a title block's title names: "" for none, or for one that only
    says the page is a FAQ."""
    title = html_to_text(_text(settings, names))
    return "" if only_says_faq(title) else title


def _named(settings: dict[str, Located], wanted: str, names: tuple[str, ...]) -> str:
    """The text of the setting that holds ``wanted``: one of ``names``, or one named for it ("faq_question")."""
    key = field_named(settings, wanted)
    return _text(settings, names + ((key,) if key is not None else ()))


def _children(node: Located) -> list[Located]:
    """The blocks a section or block holds, in the order the page shows them."""
    blocks = node.value.get("blocks") if isinstance(node.value, dict) else None
    return _in_order(blocks.value, node.value.get("block_order")) if blocks is not None and isinstance(blocks.value, dict) else []


def _category_names(blocks: list[Located]) -> dict[str, str]:
    """Category blocks' titles by the id questions name them by ({"category_id": "2", "title":
    "Shipping"} and {"category_id": "2", "question": …}); a category block no question names
    heads the blocks after it instead."""
    titles, named = {}, set()
    for block in blocks:
        settings = _settings(block)
        own, title = _named(settings, "category", _CATEGORY_SETTINGS), _text(settings, _QUESTION_SETTINGS)
        if own and title and not _text(settings, _ANSWER_SETTINGS):
            titles[own] = html_to_text(title)
        elif own:
            named.add(own)
    return {own: title for own, title in titles.items() if own in named}


def _block_entries(block: Located, category: str, names: dict[str, str], path: Path) -> list[Entry] | None:
    """A block's entries — its question and answer (in its settings, or in the text blocks it holds,
    as the Horizon theme's accordion rows keep it), or its numbered questions — or None for a block
    that only holds a title, which names the category of the blocks after it."""
    settings = _settings(block)
    question = _named(settings, "question", _QUESTION_SETTINGS)
    answer = _named(settings, "answer", _ANSWER_SETTINGS) or (question and "\n\n".join(told for child in _children(block) if (told := _text(_settings(child), _ANSWER_SETTINGS))))
    own = _named(settings, "category", _CATEGORY_SETTINGS)
    category = names.get(own) or (name_of(own) if own else category)
    kind = block.value.get("type") if isinstance(block.value, dict) else None
    named_question = (key := field_named(settings, "question")) is not None and bool(_text(settings, (key,)))  # "faq_question"
    if question and answer and (named_question or asks(html_to_text(question)) or (kind is not None and _QUESTION_BLOCK.search(str(kind.value)))):
        return [] if _hidden(block, question, path) else [make_entry(question, answer, path, block.line, category=category)]
    numbered = _numbered(settings)
    if not numbered:
        return None if question and not answer and own not in names and not _children(block) else []  # a title alone heads the blocks after it
    if _hidden(block, question or "block of questions", path):
        return []
    return [make_entry(asked, told, path, line, category=html_to_text(question) or category) for asked, told, line in numbered]


def _blocks_entries(blocks: list[Located], category: str, path: Path) -> list[Entry]:
    """The entries of blocks in page order, and of the blocks each holds (a group holding an
    accordion holding its rows) when it is no entry itself."""
    names = _category_names(blocks)
    entries: list[Entry] = []
    for block in blocks:
        found = _block_entries(block, category, names, path)
        if found is None:  # a title over the blocks after it
            category = _category_title(_settings(block), _QUESTION_SETTINGS)
        elif not found and not _disabled(block):
            entries += _blocks_entries(_children(block), category, path)
        entries += found or []
    return entries


def theme_entries(root: Located, path: Path) -> list[Entry]:
    """The entries of a Shopify theme template (see :func:`is_theme_template`) in page order."""
    fields = root.value if isinstance(root.value, dict) else {}
    entries: list[Entry] = []
    for section in _in_order(fields["sections"].value, fields.get("order")):
        title = html_to_text(_text(_settings(section), _TITLE_SETTINGS))
        blocks = _children(section)
        if blocks and not _hidden(section, title or str(section.value["type"].value), path, kind="section"):
            entries += _blocks_entries(blocks, _category_title(_settings(section), _TITLE_SETTINGS), path)
    return entries
