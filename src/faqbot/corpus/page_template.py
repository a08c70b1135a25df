"""Page templates: a site's FAQ page written as HTML with a template language's code in it —
Nunjucks (Eleventy), Liquid (Jekyll, Shopify), Jinja and Django, Twig (Symfony, Craft, Grav),
Handlebars (Ghost), Mustache, Go templates (Hugo) — read as the HTML around the code.

The code is never run. Its tags are blanked, their line breaks kept so that entries name their
lines: statements (``{% if … %}``), output (``{{ page.title }}``, ``{{{ body }}}``) and comments
(``{# … #}``, ``{{!-- … --}}``). What a comment block, or a Shopify section's settings schema,
script or style block holds is blanked with it, since the page never shows it; what ``{% raw %}``
(``{% verbatim %}``) holds is shown as written. The front matter the page opens with is blanked
too, its title and description kept for the page's.

A FAQ the page keeps as an array it sets (``{% set faqs = [{ question: "…" }] %}``) is read as a
script's data is (:func:`template_data`). A template that fills its questions in from data kept
elsewhere when the site is built (``{% for item in faq %}``, ``{{#each faqs}}``, ``{{ range
.Site.Data.faq }}``, a Shopify section's blocks) holds none to read: :func:`filled_in_by` names
the data, so the error can say which file to give instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from faqbot.corpus.entry import asks, filled_in_from, only_says_faq, site_data_named
from faqbot.corpus.front_matter import front_matter_end, without_front_matter
from faqbot.corpus.html_text import HEADING_TAG, html_to_text, one_line

TEMPLATE_SUFFIXES = (".njk", ".liquid", ".hbs", ".handlebars", ".mustache", ".twig", ".jinja", ".jinja2", ".j2")

# A line holding nothing but statements and comments: "{% extends "base.html" %}", "{# note #}", or
# the actions of a Go or Handlebars template: Hugo's layouts open with "{{ define "main" }}".
_STATEMENTS_LINE = re.compile(r"^[ \t]*(?:(?:\{%(?:[^%]|%(?!\}))*%\}|\{#(?:[^#]|#(?!\}))*#\}|\{\{(?:[^}]|\}(?!\}))*\}\})[ \t]*)+\r?$")
_TAG = re.compile(r"\{\{\{|\{\{!--|\{\{|\{%|\{#")
_TAG_CLOSINGS = {"{{{": "}}}", "{{!--": "--}}", "{{": "}}", "{%": "%}", "{#": "#}"}
_STATEMENT_NAME = re.compile(r"\{%-?\s*(\w+)")
_HIDDEN = ("comment", "schema", "javascript", "stylesheet", "style")  # blocks whose text the page never shows
_AS_WRITTEN = ("raw", "verbatim")  # blocks whose text the page shows as written, tags and all
_BLOCK_ENDS = {name: re.compile(rf"\{{%-?\s*end{name}\s*-?%\}}") for name in (*_HIDDEN, *_AS_WRITTEN)}
# Where a loop takes its items from: "{% for item in site.data.faq %}" (Liquid, Nunjucks, Jinja,
# Django, Twig), "{{#each faqs}}" (Handlebars), "{{ range $i, $q := .Site.Data.faq }}" (Go),
# "*ngFor="let q of faqs"" (Angular), "v-for="q in faqs"" (Vue), "x-for="q in faqs"" (Alpine).
_LOOP_SOURCES = re.compile(
    r"\{%-?\s*for\s+(?:\w+\s*,\s*)?\w+\s+in\s+(?P<liquid>[\w.$\[\]'\"-]+)"
    r"|\{\{#each\s+(?P<each>[\w.@/\[\]'\"-]+)"
    r"|\{\{-?\s*range\s+(?:\$\w+\s*(?:,\s*\$\w+\s*)?:=\s*)?(?P<range>[\w.$\[\]\"-]+)"
    r"|\*ngFor=\"\s*let\s+\w+\s+of\s+(?P<angular>[\w.$\[\]-]+)"
    r"|\b[vx]-for=\"[^\"]*?\s(?:in|of)\s+(?P<vue>[\w.$\[\]-]+)"
)
# A statement setting a name to a value, as the tag "{%- set faqs = [ … ] -%}" holds it.
_SET = re.compile(r"\{%-?\s*set\s+(?P<name>[A-Za-z_]\w*)\s*=(?P<value>(?:[^%]|%(?!\}))*?)-?%\}")
_NAMED_FOR_QUESTIONS = re.compile(r"faq|question", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_SHOPIFY_SECTION = re.compile(r"\{%-?\s*schema\s*-?%\}|\bsection\.blocks\b")


def is_page_template(markup: str) -> bool:
    """Whether a page (``.html``) is a template that Jekyll, Eleventy, Hugo or Django builds the
    site's page from: it opens with front matter or with a line of statements (``{% extends
    "base.html" %}``). A page that only shows such code, in a sample, is none."""
    lines = markup.split("\n")
    return bool(front_matter_end(lines)) or bool(_STATEMENTS_LINE.match(next((line for line in lines if line.strip()), "")))


def without_template_code(markup: str) -> tuple[str, dict[str, str]]:
    """The template's HTML with its front matter and code blanked (line breaks kept), and the title
    and description its front matter gives."""
    markup, page = _front_matter_blanked(markup)
    return _blanked_where(_code(markup), markup), page


def _front_matter_blanked(markup: str) -> tuple[str, dict[str, str]]:
    """The template with its front matter blanked (line breaks kept), and the title and description it gives."""
    lines, page = without_front_matter(markup.split("\n"))
    return "\n".join(lines), page


@dataclass(frozen=True)
class TemplateData:
    """The values a template sets, as a script declaring each at its line (the rest of the page
    blanked), and the section the page shows each in: by the line its setting opens on, the heading
    over the first tag that uses it ("" for none)."""

    script: str
    sections: list[tuple[int, str]]

    def section_at(self, line: int) -> str:
        """The section of the value written at ``line``."""
        index = bisect.bisect_right(self.sections, (line, "\uffff")) - 1
        return self.sections[index][1] if index >= 0 else ""


def template_data(markup: str) -> TemplateData:
    """The values the template sets (``{% set faqs = [{ question: "…", answer: "…" }] %}``): Nunjucks
    and Jinja write their arrays and objects as JavaScript does, and a page may keep its FAQ so,
    looping over it or handing it to a macro under a section's heading."""
    markup = _front_matter_blanked(markup)[0]
    settings = list(_settings(markup))
    used = _first_uses(markup, {declared.group("name"): setting.start for setting, declared in settings})
    headings = _section_headings(markup)
    pieces, position, line, sections = [], 0, 1, []
    for setting, declared in settings:
        name = declared.group("name")
        line += markup.count("\n", position, setting.start)
        pieces += [_blanked(markup[position : setting.start]), f"const {name} = {declared.group('value')};"]
        over = bisect.bisect_right(headings, (used.get(name, setting.start), "\uffff")) - 1
        sections.append((line, headings[over][1] if over >= 0 else ""))
        line += markup.count("\n", setting.start, setting.end)
        position = setting.end
    return TemplateData("".join([*pieces, _blanked(markup[position:])]), sections)


def _first_uses(markup: str, set_at: dict[str, int]) -> dict[str, int]:
    """Where a tag first uses each name set (``set_at``: where it is set), after its setting."""
    used: dict[str, int] = {}
    for piece in _code(markup):
        if piece.comment:
            continue
        for word in _WORD.findall(markup, piece.start, piece.end):
            if word in set_at and word not in used and piece.start > set_at[word]:
                used[word] = piece.start
    return used


def _section_headings(markup: str) -> list[tuple[int, str]]:
    """Where each section heading (``<h2>`` to ``<h6>``) closes, and its text without its code: none
    that asks (a question's) or only says the page is a FAQ."""
    headings, opened = [], None
    for tag in HEADING_TAG.finditer(markup):
        if tag.group("level") == "1":  # the page's own title
            continue
        if not tag.group("closing"):
            opened = tag
        elif opened is not None and opened.group("level") == tag.group("level"):
            text = one_line(html_to_text(_blanked_where(_code(inner := markup[opened.end() : tag.start()]), inner)))
            if text and not asks(text) and not only_says_faq(text):
                headings.append((tag.end(), text))
            opened = None
    return headings


def _settings(markup: str) -> Iterator[tuple[_Code, re.Match[str]]]:
    """Each statement that sets a name to a value, outside comments, with what it sets."""
    for code in _code(markup):
        if not code.comment and (declared := _SET.match(markup, code.start, code.end)):
            yield code, declared


def _comments_blanked(markup: str) -> str:
    """The template with its comments blanked: the loops a comment holds fill nothing in."""
    return _blanked_where((code for code in _code(markup) if code.comment), markup)


@dataclass(frozen=True)
class _Code:
    """A tag, or a block of them whose text is hidden or shown as written, from ``start`` to ``end``;
    the text between ``shown_start`` and ``shown_end`` is what the page shows of it."""

    start: int
    end: int
    shown_start: int
    shown_end: int
    comment: bool


def _code(markup: str) -> Iterator[_Code]:
    """The template's tags and blocks, in order."""
    position, unclosed = 0, set()
    while (tag := _TAG.search(markup, position)) is not None:
        closing = _TAG_CLOSINGS[tag.group()]
        end = -1 if closing in unclosed else markup.find(closing, tag.end())
        if end < 0:  # braces, not a tag; none after them closes either
            unclosed.add(closing)
            position = tag.end()
            continue
        end += len(closing)
        name = statement.group(1) if (statement := _STATEMENT_NAME.match(markup, tag.start())) else ""
        shown_start = shown_end = end
        if name in _BLOCK_ENDS:
            found = _BLOCK_ENDS[name].search(markup, end)
            shown_end, end = (found.start(), found.end()) if found else (len(markup), len(markup))  # never ended: the rest of the page
            shown_start = shown_start if name in _AS_WRITTEN else shown_end
        yield _Code(tag.start(), end, shown_start, shown_end, tag.group() in ("{#", "{{!--") or markup.startswith("{{!", tag.start()) or name == "comment")
        position = end


def _blanked_where(code: Iterable[_Code], markup: str) -> str:
    """The markup with each piece of ``code`` blanked but for what it shows."""
    pieces, position = [], 0
    for piece in code:
        shown = markup[piece.shown_start : piece.shown_end]
        pieces += [markup[position : piece.start], _blanked(markup[piece.start : piece.shown_start]), shown, _blanked(markup[piece.shown_end : piece.end])]
        position = piece.end
    return "".join([*pieces, markup[position:]])


def _blanked(code: str) -> str:
    """Code as the blank it leaves: its line breaks, so the lines after it keep their numbers."""
    return "\n" * code.count("\n")


def filled_in_by(markup: str) -> str | None:
    """What to say of a template whose questions its code fills in from data when the site is built,
    or None: the data's name and where to find it."""
    uncommented = _comments_blanked(markup)
    if (data := site_data_named(uncommented)) is not None:
        return filled_in_from(data)
    if _SHOPIFY_SECTION.search(uncommented):
        return (
            "is a Shopify theme's section: the shop's questions are kept in the theme editor's settings, saved in the page's template "
            "(templates/page.faq.json): put that file in the corpus instead"
        )
    if (source := data_looped_over(markup)) is not None:
        return (
            f"is a template that fills its questions in from {source!r} when the site is built (faqbot never runs it): put the data "
            "file that holds them in the corpus instead (a YAML, JSON or JavaScript file, in an Eleventy or Jekyll site's _data folder), "
            "or the page as the site serves it (.html)"
        )
    return None


def data_looped_over(markup: str, questions_only: bool = False) -> str | None:
    """The data the first of the template's loops takes its items from, one named for questions
    ("faqs", "page.faq") first; with ``questions_only``, only such a one. Values the page sets
    itself are read (:func:`template_data`), not named."""
    set_here = {declared.group("name") for _, declared in _settings(markup)}
    markup = _comments_blanked(markup)
    sources = [next(value for value in match.groupdict().values() if value) for match in _LOOP_SOURCES.finditer(markup)]
    sources = [source for source in sources if source.split(".")[0].split("[")[0] not in set_here]  # read from the page itself
    named = next((source for source in sources if _NAMED_FOR_QUESTIONS.search(source)), None)
    return named if named or questions_only else next(iter(sources), None)
