"""FAQ data kept in sections, as websites keep it in YAML and JSON data files.

A site's theme decides the shape, so the same FAQ comes as lists of sections with a title and
their items (``[{title, items: [{title, content}]}]``, ``{categories: [{name, questions: […]}]}``),
keys naming groups (``installation: [{question, response}]``), entries keyed by an id
(``parking: {question, answer}``), a group's questions mapped to their answers
(``Membership: {How do I join?: Fill in the form.}``) or keys pairing each question with its answer,
as locale files and string tables do (``faq_q1`` / ``faq_a1``, ``refund_q`` / ``refund_a``). When a YAML or JSON file is none of the documented shapes,
its entries are found by walking it: a mapping with a question is an entry, and a section's
title (or the key of a group, not an entry's id) is the category of the entries in it, nested
sections joined as "Outer / Inner". The readers hand the walk a tree of :class:`Located`
values, so every entry keeps its line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from faqbot.corpus.entry import (
    CATEGORY_PATH,
    Entry,
    answer_with_lists,
    article_fields,
    asks,
    category_path,
    entry_from_object,
    field_named,
    in_english,
    in_one_language,
    language_of,
    left_out_unpublished,
    make_entry,
    maps_questions_to_answers,
    name_of,
    names_the_faqs_list,
    question_of_key,
    topic_or_question,
)
from faqbot.corpus.keywords import telling


@dataclass(frozen=True)
class Located:
    """A decoded value and the line it starts on; a mapping's values and a list's items are
    Located too, a scalar is plain."""

    value: object  # dict[str, Located] | list[Located] | str | int | float | bool | None
    line: int

    @classmethod
    def of(cls, value: object, line: int) -> Located:
        """Plain data as Located values that all start on ``line`` (a JSON Lines record)."""
        if isinstance(value, dict):
            return cls({key: cls.of(item, line) for key, item in value.items()}, line)
        if isinstance(value, list):
            return cls([cls.of(item, line) for item in value], line)
        return cls(value, line)

    def plain(self) -> object:
        """The value as plain data, lines dropped."""
        if isinstance(self.value, dict):
            return {key: item.plain() for key, item in self.value.items()}
        if isinstance(self.value, list):
            return [item.plain() for item in self.value]
        return self.value


def _asks(value: Located) -> bool:
    """Whether a field's value can be a question: text, or a list of texts (every phrasing), or
    either given per language (``{"en": [...], "fr": [...]}``)."""
    if isinstance(value.value, dict) and value.value and all(language_of(key) for key in value.value):
        return all(map(_text, value.value.values()))
    return _text(value)


def _text(value: Located) -> bool:
    """Whether a value is text, or a list of texts; looked at no further than its first item that is not."""
    texts = value.value if isinstance(value.value, list) else [value]
    return bool(texts) and all(isinstance(text.value, str) for text in texts)


def _has_question(fields: dict[str, Located]) -> bool:
    """Whether a mapping has a question field whose value is a question (not a list of sections)."""
    key = field_named(fields, "question")
    return key is not None and _asks(fields[key]) and not _numbered_pairs(fields)  # "refund_q" names a question, of a table of them


def _article_keys(fields: dict[str, Located]) -> tuple[str, str] | None:
    """The title and text keys of a mapping shaped like an exported article (see
    :func:`article_fields`), both holding text, or None."""
    keys = article_fields(fields)
    return keys if keys is not None and all(isinstance(fields[key].value, str) for key in keys) else None


# A key pairing a question with its answer by their number, as a site's locale file keeps its FAQ's
# text beside the rest of the page's ("faq_q1" / "faq_a1", "question2" / "answer2", "faqQuestion3"),
# or by the name before its kind, as a site's string table does ("refund_q" / "refund_a",
# "refundQuestion" / "refundAnswer").
_NUMBERED_FIELD = re.compile(r"^(?P<prefix>.*?)(?P<kind>q|question|a|ans|answer)[ _-]?(?P<number>\d{1,4})$", re.IGNORECASE)
_NAMED_FIELD = re.compile(r"^(?P<prefix>.*[^\W_])(?:[ _.-](?P<kind>(?i:q|question|a|ans|answer))|(?P<camel>Question|Answer))$")
_FEWEST_PAIRS = 2  # a single "q1" and "a1" are as likely a form's fields


def _numbered_pairs(fields: dict[str, Located]) -> list[tuple[Located, Located]]:
    """The question and answer texts a mapping pairs in its keys (see ``_NUMBERED_FIELD``), question
    and answer keys of one prefix and number or name, in the questions' order; none unless two pairs
    or more. Such a locale file was refused as holding no entries, and a string table whose texts are
    given per language (``refund_q: {en: …, fr: …}``) read as one entry. A text given per language
    is its English version."""
    questions: dict[tuple[str, int], Located] = {}
    answers: dict[tuple[str, int], Located] = {}
    for key, value in fields.items():
        paired, text = _pair_key(key), _text_version(value)
        if paired and text is not None:
            asking, pair = paired
            (questions if asking else answers)[pair] = replace(value, value=text)
    pairs = [(question, answers[key]) for key, question in questions.items() if key in answers]
    return pairs if len(pairs) >= _FEWEST_PAIRS else []


def _pair_key(key: str) -> tuple[bool, tuple[str, int]] | None:
    """Whether a key pairing a question with its answer (see ``_NUMBERED_FIELD``) names the question,
    and the prefix and number (-1 for a name) it pairs by; None for another key."""
    numbered = _NUMBERED_FIELD.match(key)
    if numbered:
        return numbered["kind"].lower().startswith("q"), (numbered["prefix"], int(numbered["number"]))
    named = _NAMED_FIELD.match(key)
    return ((named["kind"] or named["camel"]).lower().startswith("q"), (named["prefix"], -1)) if named else None


def _text_version(node: Located) -> str | None:
    """A value's text: as written, or, given per language beside other settings (``{transform:
    markdown, en: …, fr: …}``), its English version (else the first); None for other values."""
    if isinstance(node.value, str):
        return node.value
    versions = {language: value.value for key, value in node.value.items() if (language := language_of(key)) and isinstance(value.value, str)} if isinstance(node.value, dict) else {}
    return in_english(versions) if versions else None


def _kind(node: Located) -> str:
    """What a value is to the walk: "entry" (a mapping with a question, or an article-like item
    holding no entries), "section" (it holds entries, at any depth) or "" (neither). Each value
    below is looked at once: asking every level again doubled the work with every level of nesting."""
    if isinstance(node.value, list):
        return "section" if any(_kind(child) for child in node.value) else ""
    if not isinstance(node.value, dict):
        return ""
    if _has_question(node.value):
        return "entry"
    kinds = {key: _kind(child) for key, child in node.value.items()}
    if _article_keys(node.value) is not None and not _holds_entries(node.value, kinds):
        return "entry"
    return "section" if any(kinds.values()) or _numbered_pairs(node.value) else ""


def _holds_entries(fields: dict[str, Located], kinds: dict[str, str]) -> bool:
    """Whether a mapping holds entries of its own, given each field's :func:`_kind`; not an
    article's translations (Intercom's ``translated_content: {fr: {title, body}, …}``), which
    made the article a section of its French version."""
    return any(kind and not _per_language(fields[key]) for key, kind in kinds.items())


def _per_language(node: Located) -> bool:
    """Whether a mapping gives one thing per language (``{fr: {…}, de: {…}}``, beside plain fields)."""
    nested = [key for key, value in node.value.items() if isinstance(value.value, (dict, list))] if isinstance(node.value, dict) else []
    return bool(nested) and all(language_of(key) for key in nested)


def _article(fields: dict[str, Located]) -> tuple[str, str] | None:
    """The title and text keys of an article-like item — a ``title`` beside an answer field or a
    ``content``, ``body``, ``text`` or ``description`` (see :func:`article_fields`), not holding
    entries of its own (then it is a section) — or None."""
    keys = _article_keys(fields)
    return None if keys is None or _holds_entries(fields, {key: _kind(value) for key, value in fields.items()}) else keys


def _is_entry(node: Located) -> bool:
    """Whether a value is one entry: a mapping with a question, or an article-like item."""
    return isinstance(node.value, dict) and (_has_question(node.value) or _article(node.value) is not None)


def asks_questions(items: list[Located]) -> bool:
    """Whether any item of a list has a question: then it is a list of entries, each checked as
    one (a missing question is an error there); otherwise it may be sections."""
    return any(isinstance(item.value, dict) and _has_question(item.value) for item in items)


def _title(node: Located) -> str:
    """A section's title as text: as written, or, given in several languages (``title: {en: …,
    de: …}``), the English one (else the first)."""
    if isinstance(node.value, str):
        return node.value
    if isinstance(node.value, dict) and node.value and all(language_of(key) for key in node.value):
        return in_english({language_of(key): value.value for key, value in node.value.items() if isinstance(value.value, str)}) or ""
    return ""


def _shallow(node: Located) -> object:
    """A mapping's fields as plain values one level down, enough to read a field of text; any other
    value as None. A list's items are looked at so at every level of the walk: :meth:`Located.plain`
    would copy each item's whole tree again at each level."""
    return {key: field.value for key, field in node.value.items()} if isinstance(node.value, dict) else None


def _one_language(fields: dict[str, Located]) -> dict[str, Located]:
    """A section's or an entry's fields with one version where it is given per language (``{id:
    …, en: {title, content}, de: {title, content}}``, ``{en: [entries], fr: […]}``): the English
    one (see :func:`in_english`). Lists keyed by codes are versions only beside an English one:
    ``{it: […], hr: […]}`` are an office's IT and HR sections."""
    versions = {language: key for key, value in fields.items() if (language := language_of(key)) and isinstance(value.value, (dict, list))}
    listed = any(isinstance(fields[key].value, list) for key in versions.values())
    if len(versions) < 2 or (listed and "en" not in versions):
        return fields
    kept = in_english(versions)
    return {key: value for key, value in fields.items() if key == kept or key not in versions.values()}


# Keys an export keeps its entries under, which name no topic of them: Help Scout's
# {"articles": {"page": 1, "items": […]}}, an API's "result" or "results", SharePoint's
# {"d": {"results": […]}} and "value", a GraphQL API's "edges" of "node"s; XML names a repeated
# element once ("<item>", "<record>"), and DocBook its questions and parts by their kind
# ("qandaentry", "chapter"), each part's <title> naming it. A key naming the FAQ's list
# ("items", "data", "faqs", "faqCollection", "allFaqs") is one too (see names_the_faqs_list).
_HOLDERS = frozenset({
    "result", "results", "records", "articles", "rows", "hits", "docs", "documents",
    "d", "value", "edges", "node", "nodes", "response",
    "item", "record", "article", "entry", "row", "qandaset", "qandadiv", "qandaentry", "chapter", "part", "section", "sect1", "sect2", "sect3",
})


def sections(node: Located, path: Path, category: str = "", shared: frozenset[str] = frozenset()) -> list[Entry]:
    """The entries in ``node``, found by walking its sections (see the module docstring); their
    keywords but the ``shared`` ones are more ways to ask them (:mod:`faqbot.corpus.keywords`)."""
    if isinstance(node.value, list):  # of a list kept once per language, its English items (see in_one_language)
        read = in_one_language([_shallow(item) for item in node.value], [item.line for item in node.value], path)
        return [entry for item in itertools.compress(node.value, read) for entry in sections(item, path, category, shared)]
    if not isinstance(node.value, dict):
        return []
    fields = node.value
    if _has_question(fields):
        entry = entry_from_object(node.plain(), path, node.line, shared)
        return [replace(entry, category=entry.category or category)] if entry else []
    article = _article(fields)
    if article is not None:
        title, text = article
        record = node.plain()
        if left_out_unpublished(record, fields[title].value, path, node.line):
            return []
        own = category_path(record)  # an exported article's own category named (ServiceNow's kb_category; ids name nothing), else its section's
        named_own = own.strip() if isinstance(own, str) else ""
        return [make_entry(fields[title].value, answer_with_lists(fields[text].value, record), path, node.line, list(telling(record, shared)), named_own or category)]
    if _asks_and_answers(fields):
        return [make_entry(question_of_key(question), answer.value, path, answer.line, category=category) for question, answer in fields.items()]
    named = _section_title(fields)
    found = [make_entry(question.value, answer.value, path, question.line, category=category) for question, answer in _numbered_pairs(fields)]
    kept = _one_language(fields)
    for key, value in kept.items():
        keyed = _keyed_record(key, value)
        if keyed is not None:
            entry = entry_from_object(keyed, path, value.line, shared)
            found += [replace(entry, category=entry.category or category)] if entry else []
        elif isinstance(value.value, (dict, list)):
            version = kept is not fields and language_of(key) is not None  # the English version's key names no topic
            # An entry's key is its id, and so is a section's that names itself ("billing": {"title": "Billing", …}).
            titled = isinstance(value.value, dict) and bool(_section_title(value.value))
            holds = key.strip().lower() in _HOLDERS or names_the_faqs_list(key)
            group = named or ("" if version or titled or _is_entry(value) or holds else name_of(key))
            found += sections(value, path, CATEGORY_PATH.join(part for part in (category, str(group)) if part), shared)
    return found


def _keyed_record(key: str, node: Located) -> dict[str, object] | None:
    """A record that its key asks, holding the answer and no question of its own (``"How do I pay?":
    {"answer": …}``; a keyword bot's ``"hours": {"synonyms": […], "response": …}``), as an entry's
    object with that question in it; None for any other value. Each such record was walked as a
    section and read as nothing."""
    record = node.value
    if not isinstance(record, dict) or field_named(record, "question") is not None or _article(record) is not None or not topic_or_question(key):
        return None
    answer = field_named(record, "answer")
    if answer is None or not isinstance(record[answer].value, (str, list)):
        return None
    return {"question": question_of_key(key), **node.plain()}


def _asks_and_answers(fields: dict[str, Located]) -> bool:
    """Whether a section maps its questions to their answers (``Membership: {How do I join?: Fill in
    the form.}``): text to text (see :func:`maps_questions_to_answers`), and most of its keys ask. A
    site's data keeps other text under names ("Phone": …) that no FAQ asks."""
    keys = list(fields)
    return maps_questions_to_answers(keys, [value.value for value in fields.values()]) and 2 * sum(map(asks, keys)) > len(keys)


def _section_title(fields: dict[str, Located]) -> str:
    """The title a section's fields give it (``title``, ``name``, ``label`` or a category field), or ''."""
    return next((title for key in ("title", "name", "label", field_named(fields, "category")) if key in fields and (title := _title(fields[key]))), "")
