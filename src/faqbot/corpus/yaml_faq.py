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

import logging
import re
from pathlib import Path

import yaml

from faqbot.corpus.entry import (
    CorpusError,
    Entry,
    asked_in,
    asks_the_faq,
    entries_field,
    listed_entries,
    make_entry,
    maps_questions_to_answers,
    paired_questions,
    question_of_key,
    read_text,
    with_category_names,
)
from faqbot.corpus.keywords import shared_in
from faqbot.corpus.rasa_faq import is_rasa_data, rasa_entries, responses_in
from faqbot.corpus.sections import Located, asks_questions, sections
from faqbot.errors import NoEntriesError

logger = logging.getLogger(__name__)

_LARGEST_DOMAIN = 5_000_000  # bytes: far above any Rasa domain; a larger YAML file beside an NLU file is something else
MAX_DEPTH = 32  # an FAQ needs 4 levels; a bound keeps deep nesting a clear error, not a RecursionError


# A comment YAML finds right after text not in quotes that reads as more of the text: "#" then a
# word ("answer: We're #1 in town", "in Room #4"), where a comment is written "# like this". YAML
# ends the text at " #", and the rest of the line was lost without a word.
_COMMENT_IN_TEXT = re.compile(r"(?<![ \t])[ \t]+(#[^\s#][^\n\x00]*)")
_TEXT = "tag:yaml.org,2002:str"


class _FAQLoader(yaml.SafeLoader):
    """The safe loader with bounded nesting, each key once, and its anchors noted.

    A key written twice in one mapping (a second ``answer:``, a question pasted twice) is refused:
    YAML would keep the last and lose the first without a word. The anchors (``&name``) a file
    sets, and those its aliases (``*name``) repeat, are kept for :func:`_aliases_checked`. Text that
    YAML cut short at a " #" it read as a comment is kept in ``cut_short`` (see ``_COMMENT_IN_TEXT``).
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self.cut_short: list[tuple[int, str]] = []  # (line, what YAML read as a comment)
        self.anchor_lines: dict[str, int] = {}  # each anchor set, with the line it is first set on
        self.aliased: set[str] = set()  # the anchors an alias repeats

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self.aliased.add(event.anchor)
        elif getattr(event, "anchor", None):
            self.anchor_lines.setdefault(event.anchor, event.start_mark.line + 1)
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def compose_scalar_node(self, anchor):
        node = super().compose_scalar_node(anchor)
        end = node.end_mark
        text = node.style is None and node.tag == _TEXT  # not "draft: false #temp"
        if text and end.buffer is not None and (comment := _COMMENT_IN_TEXT.match(end.buffer, end.pointer)):
            self.cut_short.append((end.line + 1, comment.group(1)))
        return node

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        first: dict[str, yaml.Node] = {}
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and first.setdefault(key.value, key) is not key:
                raise yaml.composer.ComposerError(
                    None, None, f"{key.value!r} is written twice, here and at line {first[key.value].start_mark.line + 1}; only the last would be read: keep one", key.start_mark
                )
        return node


# How to mend what people most often get wrong writing YAML by hand, by the start of PyYAML's
# words for it; the first that fits is given.
_INDENTED_WRONG = "this line is not indented like the lines above it: the fields of one entry line up under each other"
_MENDS = (
    ("found character '\\t'", "a tab indents this line: YAML indents with spaces"),
    ("found character", "text that begins with this character must be in quotes"),
    ("expected alphabetic or numeric character", "text that begins with '*' or '&' must be in quotes"),
    ("found undefined alias", "YAML reads a '*' opening text as an alias of an '&' anchor: put text that begins with '*' in quotes"),
    ("expected ',' or ']'", "an item of a [ … ] list holds a character that needs quotes: put each item in quotes, or write one '- item' per line"),
    ("expected <block end>, but found '<scalar>'", "the text goes on after its closing quote: quote the whole text, not a part of it"),
    ("expected <block end>", _INDENTED_WRONG),
    ("did not find expected", _INDENTED_WRONG),
    ("expected a single document", "a '---' line here starts a second document: keep the entries in one (remove the line)"),
)
_COLON_IN_TEXT = "a ': ' in text that is not in quotes starts a new field: put the text in quotes, or write 'answer: |' and the text indented on the lines under it"
_OPENS_A_FIELD = re.compile(r"^[ \t]*(?:-[ \t]+)?[^\s:#'\"][^:#]*:")  # at a line's start only: linear, searched too


def _mend(problem: str, mark: yaml.Mark | None, text: str) -> str:
    """How to mend the mistake PyYAML reports as ``problem`` at ``mark``, or "" for one it does
    not name. A ': ' that is not allowed is either in text that needs quotes or, when it is the
    one ending a field's name at the start of its line, the sign of a field indented too deep
    (read as more of the text above)."""
    if problem.startswith("mapping values are not allowed"):
        line = text.splitlines()[mark.line] if mark is not None and text else ""
        field = _OPENS_A_FIELD.match(line)
        return _INDENTED_WRONG if field and mark is not None and field.end() == mark.column + 1 else _COLON_IN_TEXT
    return next((mend for start, mend in _MENDS if problem.startswith(start)), "")


def _corpus_error(path: Path, exc: yaml.YAMLError, text: str = "") -> CorpusError:
    """A YAML problem as a CorpusError at its line."""
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow, such as NUL
        line = text.count("\n", 0, exc.position) + 1
        return CorpusError(f"{path}:{line}: not valid YAML (character {exc.character:#06x} is not allowed; remove it)")
    problem = getattr(exc, "problem", None) or str(exc)
    if problem.startswith("but ") and getattr(exc, "context", None):  # "but found another document" says half
        problem = f"{exc.context}, {problem}"
    unclosed = "quoted scalar" in (getattr(exc, "context", None) or "")  # the error is where the text ran out; the quote is where it opened
    mark = getattr(exc, "context_mark" if unclosed else "problem_mark", None)
    line = mark.line + 1 if mark is not None else 1
    mend = "a quote opened on this line is never closed" if unclosed else _mend(problem, mark, text)
    return CorpusError(f"{path}:{line}: not valid YAML ({problem}{'; ' + mend if mend else ''})")


def _compose(path: Path, text: str | None = None) -> yaml.Node | None:
    """The document's node tree (which knows each item's line), or a CorpusError at the bad line;
    the file's, or that of the ``text`` read from it."""
    text = read_text(path) if text is None else text
    try:
        loader = _FAQLoader(text)  # checks every character before parsing
    except yaml.YAMLError as exc:
        raise _corpus_error(path, exc, text) from exc
    try:
        document = _single_document(loader)
    except yaml.YAMLError as exc:
        raise _corpus_error(path, exc, text) from exc
    finally:
        loader.dispose()
    if document is not None:
        _aliases_checked(document, loader, path)
    for line, comment in loader.cut_short:
        logger.warning("%s:%d: the text on this line stops before %r, which YAML reads as a comment (' #'): put the text in quotes to keep it", path, line, comment)
    return document


_NULL = "tag:yaml.org,2002:null"
_MERGE = "tag:yaml.org,2002:merge"  # "<<: *defaults" merges the fields an anchor names into a mapping
_MOST_EXPANDED = 100_000  # items a file's aliases may make it hold, beyond ten times those it writes


def _aliases_checked(document: yaml.Node, loader: _FAQLoader, path: Path) -> None:
    """Refuse a document whose aliases repeat so much that it would hold far more items than it
    writes (nested aliases make a few hundred bytes into billions: "billion laughs"), and warn of
    each anchor no alias repeats: text that opens with ``&`` unquoted ("&Co will reply") loses
    its first word to YAML, which reads it as an anchor."""
    sizes: dict[int, int] = {}

    def size(node: yaml.Node) -> int:
        if id(node) not in sizes:
            children = node.value if isinstance(node, yaml.SequenceNode) else [part for pair in node.value for part in pair] if isinstance(node, yaml.MappingNode) else []
            sizes[id(node)] = 1 + sum(size(child) for child in children)
        return sizes[id(node)]

    if loader.aliased and (expanded := size(document)) > max(_MOST_EXPANDED, 10 * len(sizes)):
        raise CorpusError(f"{path}:1: not valid YAML (its aliases repeat what their anchors name until it would hold {expanded:,} items; an FAQ holds a few thousand)")
    for name, line in loader.anchor_lines.items():
        if name not in loader.aliased:
            logger.warning("%s:%d: YAML reads '&%s' as an anchor, which no alias uses, and leaves it out of the text: put text that begins with '&' in quotes to keep it", path, line, name)


def _single_document(loader: _FAQLoader) -> yaml.Node | None:
    """The one document of the stream, or None for none. A document that holds nothing is no second
    document: a site's data file often ends, or opens, with a '---' line and nothing after it, and
    Jekyll reads it (ARM's DAPLink FAQ was refused). A second document holding something is the
    error PyYAML names, at its '---' line."""
    found = None
    while loader.check_node():
        start = loader.peek_event().start_mark  # the document's '---' line, when it is written
        node = loader.get_node()
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            continue
        if found is not None:
            raise yaml.composer.ComposerError("expected a single document in the stream", found.start_mark, "but found another document", start)
        found = node
    return found


class _TextLoader(yaml.SafeLoader):
    """The safe constructor, with every scalar but an empty one kept as the text it is written as.

    YAML reads ``answer: Yes`` as true, ``answer: 42`` as a number and ``answer: 2024-05-01`` as a
    date; an FAQ's fields are text, and its owner wrote "Yes". A yes/no field ("draft: true") is
    read from its text as in a CSV file.
    """


for _tag in ("bool", "int", "float", "timestamp"):
    _TextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", yaml.SafeLoader.construct_scalar)


def _value(node: yaml.Node, path: Path) -> object:
    """Plain Python data for one node, built with the safe constructor, scalars as written (see
    :class:`_TextLoader`); an unknown tag (``!!python/object``, say) is a CorpusError at its line."""
    try:
        return _TextLoader("").construct_document(node)
    except yaml.YAMLError as exc:
        raise _corpus_error(path, exc) from exc


def yaml_records(path: Path) -> list[tuple[int, object]] | None:
    """The items of a YAML file that is a list, each with the line it starts on; None for any other
    document (read as safely as an FAQ; errors name the line)."""
    root = _compose(path)
    return [(item.start_mark.line + 1, _value(item, path)) for item in root.value] if isinstance(root, yaml.SequenceNode) else None


def read_yaml(path: Path) -> object:
    """A YAML file as plain data, read as safely as an FAQ (no aliases, bounded nesting); errors name the line."""
    root = _compose(path)
    return None if root is None else _value(root, path)


def yaml_located(text: str, path: Path) -> Located | None:
    """YAML ``text`` (read from ``path``) as values that know their lines, read as safely as an FAQ;
    None for an empty document."""
    root = _compose(path, text)
    return None if root is None else _located(root, path)


def _question_answers(root: yaml.MappingNode, path: Path) -> list[Entry] | None:
    """The entries of a mapping of questions to their answers, each at its question's line, or None
    when the mapping is not one."""
    keys, values = [_value(key, path) for key, _ in root.value], [_value(value, path) for _, value in root.value]
    if not maps_questions_to_answers(keys, values):
        return None
    return [make_entry(question_of_key(question), answer, path, key.start_mark.line + 1) for question, answer, (key, _) in zip(keys, values, root.value)]


def _keyed(node: yaml.MappingNode) -> dict[str, yaml.Node]:
    """A mapping node's values by their text keys, with those it merges (``<<: *defaults``) under
    the ones it sets itself."""
    keyed = {key.value: value for key, value in node.value if isinstance(key, yaml.ScalarNode) and isinstance(key.value, str) and key.tag != _MERGE}
    merged = [value for key, value in node.value if key.tag == _MERGE]
    sources = [source for value in merged for source in (value.value if isinstance(value, yaml.SequenceNode) else [value]) if isinstance(source, yaml.MappingNode)]
    for source in sources:  # "<<: [*a, *b]": the first source named wins, as YAML merges them
        for name, field in _keyed(source).items():
            keyed.setdefault(name, field)
    return keyed


def _located(node: yaml.Node, path: Path) -> Located:
    """A node tree as :class:`Located` values, for :func:`sections` to walk."""
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        return Located({key: _located(value, path) for key, value in _keyed(node).items()}, line)
    if isinstance(node, yaml.SequenceNode):
        return Located([_located(item, path) for item in node.value], line)
    return Located(_value(node, path), line)


def _rasa_responses(path: Path, data: object) -> dict[str, str]:
    """The responses of a Rasa NLU file's assistant: its own and those of the YAML files beside it
    (its domain), by name. A file beside it that cannot be read is left to its own reading, which
    names its fault; one larger than any domain is not read (the corpus's size limit does not
    cover the files beside a corpus named as one file)."""
    responses = {}
    for sibling in sorted(path.parent.iterdir()):
        if sibling != path and sibling.suffix.lower() in (".yaml", ".yml") and sibling.is_file() and sibling.stat().st_size <= _LARGEST_DOMAIN:
            try:
                responses.update(responses_in(read_yaml(sibling)))
            except CorpusError:
                continue
    return responses | responses_in(data)


def read_yaml_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a YAML FAQ; every entry keeps the line its item starts on."""
    root = _compose(path)
    data = None if root is None else _value(root, path)
    if is_rasa_data(data):
        return rasa_entries(_located(root, path), _rasa_responses(path, data), path), ""
    shared = shared_in(data, path, asked_in)
    description = ""
    items, values = root, data  # the list of entries, as nodes (which know their lines) and as data
    if isinstance(root, yaml.MappingNode):
        fields = _keyed(root)
        listed = entries_field({key: data.get(key) if isinstance(value, yaml.SequenceNode) else None for key, value in fields.items()})
        if listed is None:
            entries = _question_answers(root, path) or sections(_located(root, path), path, shared=shared)
            if not entries:
                raise NoEntriesError(f"{path}:1", "expected a list of entries, an 'entries:' key, or questions mapped to their answers")
            return entries, ""
        items, values = fields[listed], data[listed]
        parts = [data[key] for key in ("title", "description") if isinstance(data.get(key), str)]  # as in JSON: a list or mapping named so describes nothing
        description = "\n\n".join(part.strip() for part in parts if part)
    if not isinstance(items, yaml.SequenceNode):
        line = items.start_mark.line + 1 if items is not None else 1
        raise CorpusError(f"{path}:{line}: expected a list of entries (each with 'question' and 'answer')")
    if values and all(asks_the_faq(value) for value in values):
        return [], ""  # a query file for `faqbot eval` kept beside the FAQ: skipped, as a README is
    values = paired_questions(values) or values
    located = _located(items, path)
    grouped = [] if asks_questions(located.value) else sections(located, path, shared=shared)
    entries = grouped or listed_entries(values, [item.start_mark.line + 1 for item in items.value], path, shared)
    return with_category_names(entries, data), description
