"""YAML: a list of entries, a mapping with an optional ``title``/``description`` and ``entries`` (or
another name for its only list: ``faqs:``), or a mapping of each question to its answer
(``How do I join?: Fill in the form.``). Field names may be capitalised, plural or one letter, as
in a JSON FAQ. FAQ data a website keeps in sections (``_data/faq.yml``) is read by its sections
(:mod:`faqbot.corpus.sections`).

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

from faqbot.corpus.entry import CorpusError, Entry, entries_field, entry_from_object, make_entry, maps_questions_to_answers, published, read_text
from faqbot.corpus.sections import Located, asks_questions, sections

MAX_DEPTH = 32  # an FAQ needs 4 levels; a bound keeps deep nesting a clear error, not a RecursionError


class _FAQLoader(yaml.SafeLoader):
    """The safe loader without aliases and with bounded nesting.

    An FAQ has no use for aliases (``*name``), and nested aliases let a few hundred bytes expand
    to megabytes ("billion laughs"); they are refused where they appear.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in an FAQ; write the text out", self.peek_event().start_mark)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", self.peek_event().start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _corpus_error(path: Path, exc: yaml.YAMLError, text: str = "") -> CorpusError:
    """A YAML problem as a CorpusError at its line."""
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow, such as NUL
        line = text.count("\n", 0, exc.position) + 1
        return CorpusError(f"{path}:{line}: not valid YAML (character {exc.character:#06x} is not allowed; remove it)")
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else 1
    return CorpusError(f"{path}:{line}: not valid YAML ({getattr(exc, 'problem', None) or exc})")


def _compose(path: Path) -> yaml.Node | None:
    """The document's node tree (which knows each item's line), or a CorpusError at the bad line."""
    text = read_text(path)
    try:
        loader = _FAQLoader(text)  # checks every character before parsing
    except yaml.YAMLError as exc:
        raise _corpus_error(path, exc, text) from exc
    try:
        return loader.get_single_node()
    except yaml.YAMLError as exc:
        raise _corpus_error(path, exc, text) from exc
    finally:
        loader.dispose()


def _value(node: yaml.Node, path: Path) -> object:
    """Plain Python data for one node, built with the safe constructor; an unknown tag
    (``!!python/object``, say) is a CorpusError at its line."""
    try:
        return yaml.SafeLoader("").construct_document(node)
    except yaml.YAMLError as exc:
        raise _corpus_error(path, exc) from exc


def read_yaml(path: Path) -> object:
    """A YAML file as plain data, read as safely as an FAQ (no aliases, bounded nesting); errors name the line."""
    root = _compose(path)
    return None if root is None else _value(root, path)


def _question_answers(root: yaml.MappingNode, path: Path) -> list[Entry] | None:
    """The entries of a mapping of questions to their answers, each at its question's line, or None
    when the mapping is not one."""
    keys, values = [_value(key, path) for key, _ in root.value], [_value(value, path) for _, value in root.value]
    if not maps_questions_to_answers(keys, values):
        return None
    return [make_entry(question, answer, path, key.start_mark.line + 1) for question, answer, (key, _) in zip(keys, values, root.value)]


def _keyed(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    """A mapping node's values by their text keys."""
    return {key.value: value for key, value in node.value if isinstance(key, yaml.ScalarNode) and isinstance(key.value, str)}


def _located(node: yaml.Node, path: Path) -> Located:
    """A node tree as :class:`Located` values, for :func:`sections` to walk."""
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        return Located({key: _located(value, path) for key, value in _keyed(node).items()}, line)
    if isinstance(node, yaml.SequenceNode):
        return Located([_located(item, path) for item in node.value], line)
    return Located(_value(node, path), line)


def read_yaml_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a YAML FAQ; every entry keeps the line its item starts on."""
    root = _compose(path)
    description = ""
    items = root
    if isinstance(root, yaml.MappingNode):
        fields = _keyed(root)
        listed = entries_field({key: isinstance(value, yaml.SequenceNode) for key, value in fields.items()})
        if listed is None:
            entries = _question_answers(root, path) or sections(_located(root, path), path)
            if not entries:
                raise CorpusError(f"{path}:1: expected a list of entries, an 'entries:' key, or questions mapped to their answers")
            return entries, ""
        items = fields[listed]
        parts = [_value(fields[key], path) for key in ("title", "description") if key in fields]
        description = "\n\n".join(str(part).strip() for part in parts if part)
    if not isinstance(items, yaml.SequenceNode):
        line = items.start_mark.line + 1 if items is not None else 1
        raise CorpusError(f"{path}:{line}: expected a list of entries (each with 'question' and 'answer')")
    located = _located(items, path)
    grouped = [] if asks_questions(located.value) else sections(located, path)
    entries = grouped or published(entry_from_object(_value(item, path), path, item.start_mark.line + 1) for item in items.value)
    return entries, description
