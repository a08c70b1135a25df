"""JavaScript and TypeScript files that hold a site's FAQ as data, read as JSON data files are.

A website built with React, Next.js, Vue, Svelte or Astro keeps its FAQ in a data file
(``src/data/faqs.ts``: ``export const faqs = [{ question: "…", answer: "…" }]``), at the top of
its FAQ component, or in a page that hands it to one (``<FAQ faqs={[{ question: "…" }]} />``),
and its owner often has no other copy. The file is read, never run: the values written out in
it — strings, numbers, arrays and objects — are read as JSON's are
(:func:`faqbot.corpus.json_faq.data_entries`), each with the line it starts on, and every array or
object among them in which an item asks a question is read for its entries. A value the code
computes (a translation looked up, markup written as JSX, a template filled in, a variable) is no
text: an entry whose question or answer is one is left out, saying so; other such values (an
icon, an id made at run time) are passed over.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from faqbot.corpus.entry import Entry, field_named, read_text, with_category_names
from faqbot.corpus.json_faq import data_entries
from faqbot.corpus.sections import Located, asks_questions

logger = logging.getLogger(__name__)

# The tokens a script is read in; comments and spaces are passed over. A string does not run past
# its line, so an apostrophe in JSX text ("Don't") is one character. Unterminated, a block comment
# runs to the end.
_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<comment>//[^\n]*|/\*(?:[^*]|\*(?!/))*(?:\*/)?)
    |(?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    |(?P<template>`(?:[^`\\]|\\.)*`)
    |(?P<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
    |(?P<name>[A-Za-z_$][\w$]*)
    |(?P<mark>\.\.\.|\?\?|[{}\[\]():,=;?|&])
    |(?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
_ESCAPE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|\n)|(.))", re.DOTALL)
_ESCAPED = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}
_CONSTANTS = {"true": True, "false": False, "null": None, "undefined": None}
# What a value may follow: where an array or object written out is data, not a block of code.
_BEFORE_VALUE = {"=", ":", "(", ",", "[", "?", "??", "return", "default"}
_OPENING = {"{", "[", "("}
_DECLARING = {"const", "let", "var"}


@dataclass(frozen=True)
class _Token:
    """One token of a script: its kind (a group of ``_TOKEN``), its text and its line."""

    kind: str
    text: str
    line: int


class _Computed:
    """A value the code computes when it runs: no text this reader can know."""


_COMPUTED = _Computed()


def _tokens(text: str) -> list[_Token]:
    """The script's tokens but its spaces and comments, each with its line."""
    tokens, line = [], 1
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            tokens.append(_Token(kind, match.group(), line))
        line += match.group().count("\n")
    return tokens


def _unescaped(body: str) -> str:
    """A string's text with its escapes ("\\n", "\\u00e9", "\\'") read; a backslash before a line break continues the line."""

    def character(escape: re.Match[str]) -> str:
        braced, four, two, broken, other = escape.groups()
        if broken is not None:
            return ""
        code = braced or four or two
        if code is not None:
            number = int(code, 16)
            return chr(number) if number <= 0x10FFFF and not 0xD800 <= number <= 0xDFFF else "\ufffd"
        return _ESCAPED.get(other, other)

    return _ESCAPE.sub(character, body)


class _Reader:
    """Reads values written out in a script's tokens, from a position on."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.position = 0
        self.incomplete: dict[int, str] = {}  # id() of each object whose question or answer is computed → its computed members
        self.nested: list[Located] = []  # arrays and objects written out inside code passed over

    def _peek(self) -> _Token | None:
        """The token here, or None at the end of the script."""
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _at(self, *texts: str) -> bool:
        """Whether the token here is one of the marks ``texts``."""
        token = self._peek()
        return token is not None and token.kind == "mark" and token.text in texts

    def value(self) -> Located | _Computed:
        """The value that starts here, or _COMPUTED for an expression (passed over to its end)."""
        token = self._peek()
        if token is None:
            return _COMPUTED
        start = self.position
        found = self._written(token)
        if found is _COMPUTED:
            self.position = start  # only its first token read: an opening bracket is balanced again
        elif self._at(",", "]", "}", ")", ";") or self._peek() is None:
            return found
        else:
            self.nested.append(found)  # "[…].filter(…)": the array is data all the same
        self._skip_expression()  # the rest of an expression ("[…].map(…)", "'Call ' + phone"), read once
        return _COMPUTED

    def _opens_value(self, token: _Token, previous: _Token | None) -> bool:
        """Whether an array or object written out opens at ``token``, after ``previous``: where a
        value goes, not a block of code."""
        return token.kind == "mark" and token.text in ("[", "{") and previous is not None and previous.text in _BEFORE_VALUE

    def _collection(self, token: _Token) -> Located:
        """The array or object that opens at ``token``, here, read past its closing mark."""
        self.position += 1
        return self._array(token.line) if token.text == "[" else self._object(token.line)

    def _written(self, token: _Token) -> Located | _Computed:
        """A value written out: a string, number, constant, array or object; else _COMPUTED."""
        if token.kind == "mark" and token.text in ("[", "{"):
            return self._collection(token)
        self.position += 1
        if token.kind == "string":
            return Located(_unescaped(token.text[1:-1]), token.line)
        if token.kind == "template" and "${" not in token.text:
            return Located(_unescaped(token.text[1:-1]), token.line)
        if token.kind == "number":
            return Located(int(token.text) if token.text.isdigit() else float(token.text), token.line)
        if token.kind == "name" and token.text in _CONSTANTS:
            return Located(_CONSTANTS[token.text], token.line)
        return _COMPUTED

    def _array(self, line: int) -> Located:
        """An array's items written out (the opening "[" read); spread and computed items passed over."""
        items: list[Located] = []
        while self._peek() is not None and not self._at("]"):
            start = self.position
            if self._at("..."):
                self._skip_expression()
            elif not self._at(","):
                item = self.value()
                if isinstance(item, Located):
                    items.append(item)
            if self.position == start:  # a comma, or a mark that ends nothing here (a stray ")")
                self.position += 1
        self._close()
        return Located(items, line)

    def _object(self, line: int) -> Located:
        """An object's members written out (the opening "{" read). A member the code computes is
        passed over; an item whose question or answer is computed is left out by the caller."""
        members: dict[str, Located] = {}
        computed: list[str] = []
        while self._peek() is not None and not self._at("}"):
            start = self.position
            if not self._at(",", ";"):
                self._member(members, computed)
            if self.position == start:  # a comma, or a mark that ends nothing here
                self.position += 1
        self._close()
        written = Located(members, line)
        if any(field_named(computed, wanted) is not None for wanted in ("question", "answer")):
            self.incomplete[id(written)] = ", ".join(computed)
        return written

    def _close(self) -> None:
        """Read the mark closing an array or object, if the file did not end first."""
        self.position = min(self.position + 1, len(self.tokens))

    def _member(self, members: dict[str, Located], computed: list[str]) -> None:
        """One member of an object: into ``members`` when written out, its name into ``computed``
        when the code computes it (a variable, a call, JSX, a method, a shorthand ``{ answer }``)."""
        key = self._key()
        if key is None or not self._at(":"):
            self._skip_expression()  # a spread, a method, a shorthand member, a computed key
            computed += [key] if key is not None else []
            return
        self.position += 1
        found = self.value()
        if isinstance(found, Located):
            members[key] = found
        else:
            computed.append(key)

    def _key(self) -> str | None:
        """A member's name as written ("question", "'Is it free?'", 2), or None for any other start."""
        token = self._peek()
        if token is None or token.kind not in ("name", "string", "number"):
            return None
        self.position += 1
        return _unescaped(token.text[1:-1]) if token.kind == "string" else token.text

    def _skip_expression(self) -> None:
        """Pass over an expression to the "," or closing mark that ends it, its brackets balanced.
        An array or object written out inside it where a value goes (``data() { return { faqs: […] } }``,
        ``[…].filter(…)``) is read on the way, into ``nested``."""
        depth = 0
        previous: _Token | None = None
        while (token := self._peek()) is not None:
            if self._opens_value(token, previous):
                self.nested.append(self._collection(token))
                previous = self.tokens[self.position - 1]
                continue
            if token.kind == "mark" and token.text in _OPENING:
                depth += 1
            elif token.kind == "mark" and token.text in ("}", "]", ")"):
                if depth == 0:
                    return
                depth -= 1
            elif depth == 0 and token.kind == "mark" and token.text in (",", ";"):
                return
            previous = token
            self.position += 1

    def values(self) -> list[tuple[str, Located]]:
        """Every array or object written out where a value goes, outermost only, in order, each
        with the name it is given ("faqs" of ``const faqs: Faq[] = [``), "" for none."""
        found: list[tuple[str, Located]] = []
        previous: _Token | None = None
        name = ""  # the name a declaration or member gives the value after it
        while (token := self._peek()) is not None:
            if self._opens_value(token, previous):
                if token.text == "{" and self._at_next("["):  # a template's expression holding an array (faqs={[…]})
                    previous, token = token, self.tokens[self.position + 1]
                    self.position += 1
                written = self._collection(token)
                if not self._at("=", "[", "|", "&"):  # else a TypeScript type (": { id: string }[] = …"), no value
                    found.append((name, written))
                    name = ""
                previous = self.tokens[self.position - 1]
                continue
            if token.kind == "name" and self._names_next(previous):
                name = token.text
            previous = token
            self.position += 1
        return found

    def _at_next(self, text: str) -> bool:
        """Whether the token after this one is the mark ``text``."""
        after = self.tokens[self.position + 1] if self.position + 1 < len(self.tokens) else None
        return after is not None and after.kind == "mark" and after.text == text

    def _names_next(self, previous: _Token | None) -> bool:
        """Whether the name here names the value after it: a declaration's ("const faqs") or an
        object member's ("{ faqs: [" of a value the code builds)."""
        return previous is not None and (previous.text in _DECLARING or (self._at_next(":") and previous.text in ("{", ",")))


def _asks_somewhere(node: Located) -> bool:
    """Whether a value holds a list in which an item asks a question."""
    if isinstance(node.value, list):
        return asks_questions(node.value) or any(_asks_somewhere(item) for item in node.value)
    if isinstance(node.value, dict):
        return any(_asks_somewhere(item) for item in node.value.values())
    return False


def _without_computed(node: Located, incomplete: dict[int, str], path: Path) -> Located:
    """The value without the objects whose question or answer the code computes (``incomplete``), each logged."""
    if isinstance(node.value, list):
        for item in node.value:
            if id(item) in incomplete:
                logger.warning("%s:%d: entry left out: the code computes its %s when it runs (not written out in the file)", path, item.line, incomplete[id(item)])
        return Located([_without_computed(item, incomplete, path) for item in node.value if id(item) not in incomplete], node.line)
    if isinstance(node.value, dict):
        return Located({key: _without_computed(item, incomplete, path) for key, item in node.value.items()}, node.line)
    return node


def read_script_faq(path: Path) -> tuple[list[Entry], str]:
    """Read the FAQ a JavaScript or TypeScript file holds as data (see the module docstring)."""
    return script_entries(read_text(path), path)


def script_entries(script: str, path: Path) -> tuple[list[Entry], str]:
    """The entries and description of the data a script (read from ``path``) writes out."""
    reader = _Reader(_tokens(script))
    values = reader.values()
    values += [("", value) for value in reader.nested]
    entries: list[Entry] = []
    descriptions: list[str] = []
    for _, value in values:
        if _asks_somewhere(value):
            found, description = data_entries(_without_computed(value, reader.incomplete, path), path, None)
            entries += found
            descriptions += [description] if description else []
    named = {name: value.plain() for name, value in values if name}  # categories named apart from the entries ("faqCategories")
    return with_category_names(entries, named), "\n\n".join(descriptions)
