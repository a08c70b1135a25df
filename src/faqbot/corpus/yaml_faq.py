"""YAML: a list of entries, or a mapping with an optional ``title``/``description`` and ``entries``.

Each entry has ``question`` and ``answer`` and may have ``alternates`` (a list) and
``category``::

    title: Library FAQ
    entries:
      - question: How do I renew my card?
        alternates:
          - My card expired, what now?
        category: Membership
        answer: Bring a photo ID to any branch desk.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from faqbot.corpus.entry import CorpusError, Entry, read_text
from faqbot.corpus.json_faq import entry_from_object


def _compose(path: Path) -> yaml.Node | None:
    """The document's node tree (which knows each item's line), or a CorpusError at the bad line."""
    try:
        return yaml.compose(read_text(path), Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise CorpusError(f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from exc


def _value(node: yaml.Node) -> object:
    """Plain Python data for one node, built with the safe constructor."""
    return yaml.SafeLoader("").construct_document(node)


def read_yaml_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a YAML FAQ; every entry keeps the line its item starts on."""
    root = _compose(path)
    description = ""
    items = root
    if isinstance(root, yaml.MappingNode):
        fields = {key.value: value for key, value in root.value if isinstance(key, yaml.ScalarNode)}
        if "entries" not in fields:
            raise CorpusError(f"{path}:1: expected a list of entries or an 'entries:' key")
        items = fields["entries"]
        parts = [_value(fields[key]) for key in ("title", "description") if key in fields]
        description = "\n\n".join(str(part).strip() for part in parts if part)
    if not isinstance(items, yaml.SequenceNode):
        line = items.start_mark.line + 1 if items is not None else 1
        raise CorpusError(f"{path}:{line}: expected a list of entries (each with 'question' and 'answer')")
    entries = [entry_from_object(_value(item), path, item.start_mark.line + 1) for item in items.value]
    return entries, description
