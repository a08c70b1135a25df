"""Answers a headless CMS keeps as a tree of blocks rather than as text, read as the text they show.

Sanity's Portable Text (``[{"_type": "block", "children": [{"_type": "span", "text": …}]}]``),
Contentful's rich text (``{"nodeType": "document", "content": [{"nodeType": "paragraph", …}]}``),
Strapi's blocks and TipTap/ProseMirror or Lexical JSON (``{"type": "paragraph", "children"|"content":
[{"type": "text", "text": …}]}``) all nest blocks of inline text. Each block is a paragraph, a
list's items are "- " (or "1. ") lines, and a link keeps its address after its text, as an HTML
answer's do (see :func:`faqbot.corpus.html_text.html_to_text`). Exported as they are, such answers
were refused: "answer must be text, got a list of 3".
"""

from __future__ import annotations

from collections.abc import Mapping

_KIND_KEYS = ("_type", "nodeType", "type")  # what a node says it is, in each CMS's words
_CHILD_KEYS = ("children", "content")
_TEXT_KEYS = ("text", "value")
_ADDRESS_KEYS = ("href", "uri", "url")
_NUMBERED_ITEM = "number"  # a Portable Text block's listItem in a numbered list ("bullet" in another)


def is_rich_text(value: object) -> bool:
    """Whether an answer is such a tree: a node, or a list of nodes, that says what it is and holds
    children or text (Lexical's, under its ``root``)."""
    value = _rooted(value)
    nodes = value if isinstance(value, list) else [value]
    return bool(nodes) and all(isinstance(node, Mapping) and _kind(node) and (_children(node) is not None or _text(node) is not None) for node in nodes)


def rich_text(value: object) -> str:
    """The text a tree of blocks shows (see the module docstring)."""
    value = _rooted(value)
    return _blocks(value if isinstance(value, list) else [value])


def _rooted(value: object) -> object:
    """Lexical's tree (Payload CMS keeps rich text so) without the ``{"root": …}`` that holds it."""
    return value["root"] if isinstance(value, Mapping) and list(value) == ["root"] else value


def _kind(node: Mapping) -> str:
    """What a node says it is ("block", "paragraph", "text"), or ""."""
    return next((str(node[key]) for key in _KIND_KEYS if isinstance(node.get(key), str)), "")


def _children(node: Mapping) -> list | None:
    """The nodes a node holds, or None for a leaf."""
    return next((node[key] for key in _CHILD_KEYS if isinstance(node.get(key), list)), None)


def _listed(node: Mapping, key: str) -> list:
    """A node's list under ``key`` (Portable Text's ``marks``, ``markDefs``), or none when it holds anything else."""
    value = node.get(key)
    return value if isinstance(value, list) else []


def _text(node: Mapping) -> str | None:
    """A leaf's text, or None."""
    return next((node[key] for key in _TEXT_KEYS if isinstance(node.get(key), str)), None)


def _is_inline(node: Mapping) -> bool:
    """Whether a node is part of a line (text, a span, a link) rather than a block of its own."""
    return _text(node) is not None or _address(node) is not None or _kind(node).lower() in ("span", "text", "link", "hyperlink")


def _address(node: Mapping) -> str | None:
    """A link's web address: on the node, or in its ``data`` or ``attrs`` (Contentful, ProseMirror)."""
    for holder in (node, node.get("data"), node.get("attrs")):
        if isinstance(holder, Mapping):
            found = next((holder[key] for key in _ADDRESS_KEYS if isinstance(holder.get(key), str)), None)
            if found:
                return found
    return None


def _inline(node: Mapping, links: Mapping[str, str]) -> str:
    """A node's text within its line; a link's followed by its address in brackets. Portable Text
    marks a span with the keys of its block's links (``markDefs``), which ``links`` maps to addresses."""
    text = _text(node)
    if text is None:
        text = "".join(_inline(child, links) for child in _children(node) or () if isinstance(child, Mapping))
    address = _address(node) or next((links[mark] for mark in _listed(node, "marks") if isinstance(mark, str) and mark in links), None)
    return f"{text} ({address})" if address and text and address != text else text


def _block(node: Mapping) -> str:
    """A block's text: its line of inline nodes, or its own blocks one under another (a list's items
    as "- " or "1. " lines, an item's further lines indented under it)."""
    children = [child for child in _children(node) or () if isinstance(child, Mapping)]
    if _text(node) is not None or all(_is_inline(child) for child in children):
        links = {mark["_key"]: address for mark in _listed(node, "markDefs") if isinstance(mark, Mapping) and isinstance(mark.get("_key"), str) and (address := _address(mark))}
        return _inline(node, links)
    kind = _kind(node).lower()
    if "list" in kind and "item" not in kind:
        # Contentful's "ordered-list", ProseMirror's "ordered_list", TipTap's "orderedList", Strapi's format, Lexical's listType
        numbered = ("ordered" in kind and "unordered" not in kind) or node.get("format") == "ordered" or node.get("listType") == "number"
        items = [text for child in children if (text := _block(child).strip())]
        return "\n".join((f"{number}. " if numbered else "- ") + item.replace("\n", "\n  ") for number, item in enumerate(items, start=1))
    return _blocks(children)


def _blocks(nodes: list) -> str:
    """Blocks' texts one under another, a blank line apart; Portable Text's list items, each a block
    marked ``listItem`` ("bullet", "number"), as the lines of one list."""
    out: list[str] = []
    number = 0
    for node in nodes:
        text = _block(node).strip() if isinstance(node, Mapping) else ""
        if not text:
            continue
        listed = node.get("listItem")
        if isinstance(listed, str):
            number += 1
            text = (f"{number}. " if listed == _NUMBERED_ITEM else "- ") + text.replace("\n", "\n  ")
        out += ["\n" if isinstance(listed, str) and number > 1 else "\n\n", text]
        number = number if isinstance(listed, str) else 0
    return "".join(out).strip()
