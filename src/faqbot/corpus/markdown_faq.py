"""Markdown: headings are questions, the text under each heading its answer.

* A ``#`` heading that opens the document is its title; the title and the text before the
  first question are the description.
* Every other heading is an entry, and the text down to the next heading is its answer —
  unless sub-headings follow it: then it is a category for them (nested ones join as
  "Outer / Inner"). Under a heading that asks a question, sub-headings that ask nothing
  ("On Windows", "On Linux") are part of its answer.
* A paragraph that opens with a question in bold (``**How do I join?**``) or labelled
  (``Q: How do I join?``) is an entry too, in the section it is in, and so is a list item that
  does (``1. **How do I join?**``); the text after that line is its answer — or after the bold
  question on the same line (``**How do I join?** Fill in the form.``). In a list of questions,
  each answered under it or past a dash on its line (``1. Is it free? - Yes.``), they may be plain
  (``- How do I join?``), as Notion exports toggles. Many FAQs are written that way, not with
  headings. Under a heading that is itself a question, such a paragraph is part of its answer
  ("**Still stuck?**"). ``Q:`` and ``A:`` labels are dropped, from headings too.
* So is a folded block whose summary asks a question
  (``<details><summary>How do I join?</summary> … </details>``, as GitHub FAQs write them): the
  text after the summary is its answer; and so is an admonition, container or MDX component
  whose title asks one, as documentation sites fold answers (MkDocs ``??? faq "How do I join?"``,
  VitePress ``::: details How do I join?``, Mintlify ``<Accordion title="How do I join?">``).
  A folded block whose summary asks nothing and which folds such questions away
  (``<summary>Billing</summary>`` over them) names their category, down to its ``</details>``.
* Lines right under a question may give its fields: ``Also asked: …`` its alternates, ``Keywords: …``
  more ways to ask it, ``Category: …`` its category (see :mod:`faqbot.corpus.question_fields`).
* Front matter (YAML between ``---`` lines, TOML between ``+++``) is left out, its ``title`` taken
  for the document's when there is no ``#`` title, and so are heading attributes (``{#join}``):
  FAQ pages of static sites are written so.
* A heading that asks nothing, over nothing but links within the page, or nearly (a table of
  contents, kept by hand), is left out.
* A GitHub wiki's links (``[[Page]]``, ``[[its text|Page]]``) show their text, as the wiki does.

The document is parsed with markdown-it (CommonMark), so a ``#`` inside a code block is not a
heading, and answers are turned from Markdown into the same clean text as web pages.
"""

from __future__ import annotations

import contextlib
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from markdown_it.token import Token

from faqbot.corpus.entry import (
    ANSWER_AFTER_DASH,
    ANSWER_LABEL_AFTER_QUESTION,
    CATEGORY_PATH,
    FEWEST_QUESTIONS,
    QUESTION_MARKS,
    Entry,
    answered_on_its_line,
    answered_where_asked,
    answers_asking_back,
    asks,
    asks_unmarked,
    inline_answer,
    labelled_question,
    make_entry,
    name_an_entrys_parts,
    next_text_line,
    only_says_faq,
    opens_with_answer_label,
    read_text,
    titles_by_its_place,
    with_problems_as_questions,
    without_answer_label,
    without_toggle_glyph,
)
from faqbot.corpus.front_matter import front_matter_end, front_matter_entries, with_listed, without_front_matter
from faqbot.corpus.html_faq import html_entries
from faqbot.corpus.html_text import CELLS_APART, LINKED, html_to_text, one_line, parsed
from faqbot.corpus.html_text import MARKDOWN as _MARKDOWN
from faqbot.corpus.question_fields import QuestionFields, question_fields, with_keywords
from faqbot.corpus.script_faq import script_entries
from faqbot.corpus.table_faq import document_table_entries, heads_questions_and_answers
from faqbot.errors import NoEntriesError
from faqbot.text import WORD

_BOLD_LINE = re.compile(r"^(\*\*|__).+\1$")
# A collapsible "<details><summary>How do I join?</summary> …</details>" block, as GitHub FAQs write them.
_SUMMARY = re.compile(r"<summary\b[^>]*>(?P<question>.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_SUMMARY_END = re.compile(r"\A[^\n]*</summary\s*>", re.IGNORECASE)
_DETAILS_END = re.compile(r"</details\s*>", re.IGNORECASE)
_DETAILS_TAG = re.compile(r"<(?P<closing>/)?details\b[^>]*>", re.IGNORECASE)
_SUMMARY_THEN_END = re.compile(r"</summary\s*>.*</details\s*>", re.IGNORECASE | re.DOTALL)
# A line of nothing but tags ("<br/>", "<details>", "</div>") writes no text.
_TAGS_ONLY = re.compile(r"^\s*(?:<[^<>]*>\s*)*$")
# "**How do I join?** Fill in the form." — a bold question with its answer on the same line.
_INLINE_QUESTION = re.compile(rf"^(\*\*|__)(?P<question>[^*_](?:(?!\1).)*?[{QUESTION_MARKS}])\s*\1(?=\s*\S)")
_LABELLED_ANSWER_END = re.compile(rf"\A[^\n]*?{ANSWER_LABEL_AFTER_QUESTION}", re.IGNORECASE)
_INLINE_QUESTION_END = re.compile(rf"\A\s*(?:[-*+]\s+|\d+[.)]\s+)?(\*\*|__).*?[{QUESTION_MARKS}]\s*\1(?:[ \t]*<br\s*/?>)?", re.IGNORECASE)  # a line break after it is no answer
# "1. Is it free? - ": up to the first question mark before a dash, its list mark included. (Written as
# spaces, then a mark, then the rest, the spaces were tried every way: time quadratic in a run of them.)
_DASHED_QUESTION_END = re.compile(rf"\A.*?[{QUESTION_MARKS}]\s+[-–—]\s+")
# A heading's attribute list ("## How do I join? {#join}"), as Pandoc, kramdown and MkDocs write them.
_ATTRIBUTES = re.compile(r"(?<!\s)\s*\{[#.][^{}]*\}\s*$")
_POINTERS = frozenset({"see also", "further reading", "related", "related links", "related pages", "related topics", "related articles", "useful links", "external links"})
_CONTENTS_SHARE = 0.8  # of a table of contents' text, in links within the page
# An admonition of Python-Markdown and MkDocs Material ('!!! note "Title"'), or a folded one ('??? question
# "How do I join?"', '???+ faq …'), its body indented four spaces under it.
_ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?)\s+(?P<kind>[\w-]+)(?:\s+[\w-]+)*(?:\s+"(?P<title>.*)")?\s*$')
_BODY_INDENT = ("    ", "\t")  # one level of indent under a block: an admonition's, a definition's or a footnote's later lines
# A tab of MkDocs Material ('=== "Windows"'), its body indented under it.
_TAB = re.compile(r'^===\+?[ \t]+"(?P<title>[^"]*)"[ \t]*$')
# A callout: a quote opening with its kind, which GitHub shows as a titled box ("> [!NOTE]") and
# Obsidian and Quartz as a box titled and perhaps folded ("> [!faq]- How do I join?").
_CALLOUT_QUOTE = re.compile(r"^[ \t]*>[ \t]*\[!(?P<kind>[\w-]+)\][+-]?(?:[ \t]+(?P<title>.*?))?[ \t]*$")
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")
# kramdown's attribute lists, which style what they follow and show nothing: a line of its own
# ("{: .notice--info}" under a paragraph, as Jekyll themes style boxes) or after a span
# ("**Note**{: .red}"). Inline code is matched to be left alone.
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\{:[^}\n]*\}[ \t]*$")
_TABLE_OF_CONTENTS = re.compile(r"^[ \t]*\{:[ \t]*toc[ \t]*\}[ \t]*$")  # kramdown's mark on the list it makes the page's contents
_CODE_SPAN = r"(?P<code>``[^`\n]*``|`[^`\n]*`)"  # inline code, in one backtick or two ("``a `b` c``" aside)
_ATTRIBUTE_LIST = re.compile(rf"{_CODE_SPAN}|\{{:[^{{}}\n]*\}}")
# A line that is no paragraph's text: a heading, a list item, a quote, a table row, HTML, or indented code.
_NOT_TEXT = re.compile(r"^(?:#|[-*+]\s|\d+[.)]\s|>|\||<|\s{4}|\t)")
_DEFINITION = re.compile(r"^:[ \t]+(?=\S)")  # a definition under its term (MkDocs, kramdown, Pandoc): ":   Yes, it is free."
# A container of Docusaurus and VitePress (":::note Title", ":::tip[Title]", "::: details How do I join?"),
# closed by ":::".
_CONTAINER = re.compile(r"^\s*:{3,}\s*(?P<kind>[a-z][\w-]*)(?:\[(?P<bracketed>[^\]]*)\])?\s*(?P<title>.*?)\s*$")
_CONTAINER_END = re.compile(r"^\s*:{3,}\s*$")
# A fenced div of Pandoc, Quarto and R Markdown, its attributes in braces ('::: {.callout-note
# collapse="true" title="How do I join?"}'); a callout without a title takes the heading it opens with.
_FENCED_DIV = re.compile(r"^\s*:{3,}\s*\{(?P<attributes>[^{}]*)\}\s*:*\s*$")
# A MyST directive of Jupyter Book and Sphinx pages that folds or boxes its body ('```{dropdown} How do I
# join?', ':::{admonition} Title', '```{note}'), in backticks or colons, closed by the same marks;
# any other ('```{code-block} python', '```{figure}') is left to be read as it is written.
_MYST_DIRECTIVE = re.compile(r"^\s*(?P<marks>`{3,}|:{3,})\{(?P<name>[\w-]+)\}[ \t]*(?P<title>.*?)\s*$")
_MYST_FOLDING = frozenset({"dropdown", "admonition", "toggle", "card"})  # a title in bold over the body
_MYST_CODE = frozenset({"code-block", "code", "code-cell", "sourcecode"})  # code, in colons too ("```" in backticks already)
_MYST_BOXES = frozenset({"note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error", "seealso"})  # a label
_MYST_OPTION = re.compile(r"^\s*:[\w-]+:(?:\s.*)?$")  # ":open:", ":icon: gear": how the box is drawn, under its opening line
_DIV_TITLE = re.compile(r"""\btitle\s*=\s*(?P<quote>["'])(?P<title>.*?)(?P=quote)""")
_CALLOUT = re.compile(r"\.callout-(?P<kind>[a-z]+)\b")
# A line written as a Markdown heading ("## Billing ##"; "C#" keeps its mark): read so by hand where
# no parser has seen it (a callout's first line; a Word paragraph pasted from Markdown).
TYPED_HEADING = re.compile(r"^(?P<indent>\s*)(?P<marks>#{1,6})\s+(?P<text>\S.*?)(?:\s+#+)?\s*$", re.DOTALL)
_HEADING_INDENT = 3  # spaces at most before a Markdown heading; more make it code
# A line that is only a component of MDX pages (Mintlify, Docusaurus): '<Accordion title="How do I join?">',
# '<FaqItem question="How do I join?" answer="…" />', '</AccordionGroup>', '<Note>'; and an MDX page's imports and exports.
# A tab's label titles it as a title does ('<TabItem value="win" label="Windows">').
_COMPONENT = re.compile(r"""^\s*<(?P<closing>/)?(?P<name>[A-Z]\w*)\b(?:[^>]*?\b(?P<attribute>title|label|question)=(?P<quote>["'])(?P<title>.*?)(?P=quote))?[^>]*?/?>\s*$""")
_ESM_OPENING = re.compile(r"^(?:import|export)\s")  # an MDX page's import or export statement, at the margin
# A line that is only a template tag: a Hugo shortcode ('{{< details title="How do I join?" >}}', '{{% /faq %}}')
# or a Liquid tag, as GitBook and Jekyll pages hold them ('{% hint style="info" %}', '{% endtabs %}').
_TEMPLATE_TAG = re.compile(r"^\s*(?:\{\{[<%]\s*(?P<closing>/)?\s*(?P<shortcode>[\w.-]+)(?P<args>.*?)\s*[>%]\}\}|\{%-?\s*(?P<tag>[\w.-]+)(?P<liquid_args>.*?)\s*-?%\})\s*$")
# A line that is only a value the site's build puts in ('{{ site.footer }}', a page generator's
# '${section_end}'): faqbot never builds the site, and showed the placeholder in the answer above it.
_PLACEHOLDER_LINE = re.compile(r"^\s*+(?:\{\{-?[^{}<%]*+-?\}\}|\$\{[\w.]++\})\s*+$")
_TITLE_ARGUMENT = re.compile(r"""\b(?:title|summary|question)\s*=\s*(?P<quote>["'])(?P<title>.+?)(?P=quote)""")
# An answer given beside its question in the tag itself, as Markdoc's '{% faq question="…" answer="…" /%}' gives it.
# Its quotes escaped inside it ('answer="Click \\"Save\\"."'), as Markdoc strings escape them.
_ANSWER_ARGUMENT = re.compile(r"""\banswer\s*=\s*(?:"(?P<double>(?:[^"\\]|\\.)*)"|'(?P<single>(?:[^'\\]|\\.)*)')""")
_ESCAPE = re.compile(r"\\(.)")
_TAB_ARGUMENT = re.compile(r"""\b(?:title|header|name|label)\s*=\s*(?P<quote>["'])(?P<title>.+?)(?P=quote)""")  # Docsy's '{{< tab header="macOS" >}}', Hextra's name=
_FIRST_ARGUMENT = re.compile(r"""^\s*(?P<quote>["'])(?P<title>.+?)(?P=quote)""")  # a shortcode's: '{{< faq "How …?" >}}'
_CALLOUTS = frozenset({"hint", "note", "tip", "info", "warning", "alert", "callout", "caution", "danger", "important"})
_FENCE = re.compile(r"^ {0,3}(?P<marks>`{3,}|~{3,})(?P<rest>.*)$")
_LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>[-*+]|\d{1,9}[.)])[ \t]+(?P<text>\S.*)$")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # an anchor in a title ('"How …?<a id="v1"></a>"')
# A question paragraph sits below every heading level, so a section heading over it names its category.
_PARAGRAPH_LEVEL = 7


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str
    first_line: int  # 0-based line of the heading
    body_start: int  # 0-based line where the text under it starts
    labelled: bool = False  # asked as "Q: …", so its answer may open with "A." as well as "A:"
    # Where the question ends when the answer starts on its line: the text up to there is not the answer.
    question_end: re.Pattern[str] | None = None
    closes: bool = False  # no heading, but where a fold of questions closes: its category ends there


def _headings(lines: list[str]) -> list[_Heading]:
    """The document's headings (ATX and Setext) and question paragraphs, found by a real Markdown parser."""
    tokens = _MARKDOWN.parse("\n".join(lines))
    found: list[_Heading] = []
    # The level of the latest heading that asks a question, if any: what follows it — sub-headings
    # that ask nothing ("#### On Windows"), bold questions ("**Still stuck?**") — is its answer.
    asking: int | None = None
    # Inside a <details> block whose summary asked a question: everything down to </details>,
    # headings too ("### There are two options"), is its answer.
    folded = False
    listed = _questions_listed(tokens)
    in_parts = _headings_in_parts(tokens)
    for index, opening in enumerate(tokens):
        if folded:
            folded = not (opening.type in ("html_block", "inline") and _DETAILS_END.search(opening.content))
            if folded or opening.type != "html_block":  # the block closing it may open the next
                continue
        # A heading's or paragraph's text is the inline token after its opening one.
        before, inline = tokens[index - 1] if index else None, tokens[min(index + 1, len(tokens) - 1)]
        if opening.type == "heading_open" and opening.level == 0 and opening.map:
            level, written = int(opening.tag[1:]), html_to_text(_MARKDOWN.renderInline(_ATTRIBUTES.sub("", inline.content)))
            if not written:  # "##### [Back to top](#top)" under each answer: no heading of the text under it
                continue
            text = labelled_question(written) or written  # "### Q: How do I join?"
            if asking is not None and level > asking and not asks(text):
                continue
            found.append(_Heading(level, text, opening.map[0], opening.map[1], text != written))
            asking = level if asks(text) or index in in_parts else None
        elif opening.type == "paragraph_open" and opening.map and asking is None:
            # Its first line that writes something: an anchor line ('<a name="faq1"></a>') may come first.
            written = inline.content.split("\n")
            first = next((number for number, text in enumerate(written) if not _TAGS_ONLY.match(text)), 0)
            wrapped = answered_where_asked(written[first:]) if labelled_question(written[first]) else None  # "Q: Is it" / "free? A: Yes."
            taken = wrapped[0] if wrapped else 1  # lines
            opened = " ".join(text.strip() for text in written[first : first + taken])
            found.extend(_paragraph_question(before, opening, opened, opening.map[0] + first, index in listed, taken))
        elif opening.type == "html_block" and opening.map and asking is None:
            question = _summary_question(opening.content, opening.map[0]) or _group_summary(tokens, index)
            found.extend(question)
            folded = bool(question) and question[0].level == _PARAGRAPH_LEVEL and not _SUMMARY_THEN_END.search(opening.content)
    return sorted(found, key=lambda heading: heading.first_line)


def _headings_in_parts(tokens: list[Token]) -> set[int]:
    """The headings (by token) whose sub-headings all name parts of one entry (see
    :func:`name_an_entrys_parts`): each is an entry that asks nothing, its parts its answer. A
    document's title is never one."""
    headings = [(index, int(token.tag[1:]), tokens[index + 1].content) for index, token in enumerate(tokens) if token.type == "heading_open" and token.level == 0]
    found = set()
    for place, (index, level, _) in enumerate(headings):
        end = next((after for after in range(place + 1, len(headings)) if headings[after][1] <= level), len(headings))  # its section's end
        if level > 1 and end > place + 1 and name_an_entrys_parts(title for _, _, title in headings[place + 1 : end]):
            found.add(index)
    return found


def _group_summary(tokens: list[Token], index: int) -> list[_Heading]:
    """The title of a ``<details>`` block (at ``tokens[index]``) that folds questions away rather
    than an answer ("<summary>**Stylix**</summary>" over folds asking "How do I enable Stylix?"),
    as a heading over them: it names their category, and is no part of the answer above it."""
    block = tokens[index]
    match = _SUMMARY.search(block.content)
    if not match or _SUMMARY_THEN_END.search(block.content) or not block.map:
        return []
    title = without_toggle_glyph(html_to_text(_MARKDOWN.renderInline(one_line(match.group("question")))).strip("*_ "))
    inner = next((token for token in tokens[index + 1 :] if token.type == "html_block" and (_SUMMARY.search(token.content) or _DETAILS_END.search(token.content))), None)
    inner_summary = _SUMMARY.search(inner.content) if inner is not None else None
    if not title or inner is None or inner_summary is None or not _question(one_line(inner_summary.group("question")), bold=True):
        return []
    group = _Heading(_PARAGRAPH_LEVEL - 1, title, block.map[0], block.map[0] + block.content[: match.end()].count("\n") + 1)
    closing = _details_closing(tokens, index, match.end())
    return [group] if closing is None else [group, _Heading(group.level, "", closing, closing, closes=True)]


def _details_closing(tokens: list[Token], index: int, after: int) -> int | None:
    """The line of the ``</details>`` that closes the block whose summary ends at character
    ``after`` of ``tokens[index]`` (folds inside it open and close on the way), or None when
    nothing closes it."""
    depth = 1  # the summary's own block is open
    for number, token in enumerate(tokens[index:]):
        if token.type != "html_block" or not token.map:
            continue
        for tag in _DETAILS_TAG.finditer(token.content, after if number == 0 else 0):
            depth += -1 if tag.group("closing") else 1
            if depth == 0:
                return token.map[0] + token.content[: tag.start()].count("\n")
    return None


def _paragraph_question(before: Token | None, paragraph: Token, first: str, line: int, listed: bool = False, taken: int = 1) -> list[_Heading]:
    """The question a paragraph (whose ``first`` line is ``line``) opens with, as a heading, if it
    does: its first line in bold and ending in "?", or labelled "Q:", or plain in a list of
    questions (``listed``, see :func:`_questions_listed`), the answer on the lines after; or a bold
    question or a labelled one ("Q1: How? A1: So.") with its answer after it on the same line, the
    last of the ``taken`` lines a labelled one is wrapped over (``first`` then holds them all)."""
    inline = _INLINE_QUESTION.match(first)
    if inline and asks(inline.group("question")) and _may_hold_question(before, paragraph, answered_inline=True):
        text = html_to_text(_MARKDOWN.renderInline(inline.group("question"))).strip()
        asked = labelled_question(text)  # "**Q: How?** So."
        return [_Heading(_PARAGRAPH_LEVEL, asked or text, line, line, asked is not None, question_end=_INLINE_QUESTION_END)]
    dashed = ANSWER_AFTER_DASH.match(first) if listed else None
    if dashed:  # "1. Is it free? - Yes."
        text = html_to_text(_MARKDOWN.renderInline(dashed.group("question"))).strip()
        return [_Heading(_PARAGRAPH_LEVEL, text, line, line, question_end=_DASHED_QUESTION_END)]
    asked = labelled_question(first)
    answered_inline = asked is not None and inline_answer(asked) is not None  # "- **Q:** How? **A:** So."
    question = _question(first, bold=listed or bool(_BOLD_LINE.match(first))) if _may_hold_question(before, paragraph, answered_inline) else None
    if not question:
        return []
    text, labelled = question
    answered = inline_answer(text) if labelled else None  # "Q1: How? A1: So."
    if answered:
        return [_Heading(_PARAGRAPH_LEVEL, answered[0], line, line + taken - 1, labelled, question_end=_LABELLED_ANSWER_END)]
    return [_Heading(_PARAGRAPH_LEVEL, text, line, line + 1, labelled)]


def _questions_listed(tokens: list[Token]) -> set[int]:
    """The paragraphs (by token index) that open the items of a top-level list of questions, asked
    plainly and answered (see :func:`_asks_and_is_answered`): Notion exports a page of toggles so
    ("- How do I join?" over its answer, indented), and FAQs are typed so as numbered lists
    ("1. Is it free? - Yes."). Two or more such items, and at least half of the list's, make a
    list of questions: one item that asks, in a list of steps, is a step. Where the document
    has such a list, a list whose every item asks and is answered is one too, however short: a
    section of one toggle ("## Billing" over "- When am I charged?")."""
    lists: list[tuple[list[int], int]] = []  # each list's items that ask and are answered, and how many items it has
    items: list[tuple[int, bool]] = []  # the current list's items: (first paragraph's index, asks and is answered)
    for index, token in enumerate(tokens):
        if token.type == "list_item_open" and token.level == 1:
            paragraph = index + 1
            items.append((paragraph, tokens[paragraph].type == "paragraph_open" and _asks_and_is_answered(tokens, paragraph)))
        elif token.type in ("bullet_list_close", "ordered_list_close") and token.level == 0:
            lists.append(([paragraph for paragraph, asked in items if asked], len(items)))
            items = []
    of_questions = [asking for asking, size in lists if len(asking) >= FEWEST_QUESTIONS and 2 * len(asking) >= size]
    all_asking = [asking for asking, size in lists if asking and len(asking) == size] if of_questions else []
    return {paragraph for asking in of_questions + all_asking for paragraph in asking}


def _asks_and_is_answered(tokens: list[Token], paragraph: int) -> bool:
    """Whether the paragraph at ``tokens[paragraph]``, a list item's first, asks on its first line
    and is answered: past a dash on that line ("Is it free? - Yes."), or by the item's lines
    after it or blocks under it."""
    first, *rest = tokens[paragraph + 1].content.split("\n")
    after = tokens[paragraph + 3] if paragraph + 3 < len(tokens) else None  # the token after the paragraph's close
    dashed = ANSWER_AFTER_DASH.match(first)
    answered = bool(rest) or (after is not None and after.type != "list_item_close")
    # Only a line holding a question mark is rendered: most items ask nothing.
    if not (answered or dashed) or not any(mark in first for mark in QUESTION_MARKS):
        return False
    question = html_to_text(_MARKDOWN.renderInline(dashed.group("question") if dashed else first))
    return asks(question) and WORD.search(question) is not None  # "- ?" asks nothing


def _may_hold_question(before: Token | None, paragraph: Token, answered_inline: bool = False) -> bool:
    """Whether a paragraph may hold a question: one at the top level, or the first of an item of a
    top-level list ("1. **How do I join?**") that answers it — on that line or past it; a list of
    bare bold questions is text, not entries without answers."""
    if paragraph.level == 0:
        return True
    item = before if before is not None and before.type == "list_item_open" and before.level == 1 else None
    answered = answered_inline or (item is not None and item.map is not None and item.map[1] - item.map[0] > 1)
    return paragraph.level == 2 and item is not None and answered


def _question(first: str, bold: bool) -> tuple[str, bool] | None:
    """The question a paragraph or summary opens with, and whether it was labelled: its first line,
    if labelled "Q:", or in bold (``bold``) and ending in "?" (a fold's "▼" after it left out); None
    for any other line."""
    text = _inline_text(first)
    raw = labelled_question(first)  # "**Q** How?": a label its bold alone sets apart is no label in the text
    labelled = labelled_question(text) or (_inline_text(raw) if raw else None)
    if labelled:
        return labelled, True
    return (text, False) if bold and (asks(text) or asks_unmarked(text)) else None


def _inline_text(markdown: str) -> str:
    """A line's Markdown as text: a toggle glyph and emphasis marks left open left out ("**How? **"
    is not bold to CommonMark)."""
    return without_toggle_glyph(html_to_text(_MARKDOWN.renderInline(markdown)).strip("*_ "))


def _summary_question(html: str, first_line: int) -> list[_Heading]:
    """The question of a ``<details>`` block's summary, if it asks one, as a heading at the block's
    first line whose answer starts on the line that closes the summary (``_answer`` leaves the
    summary out)."""
    match = _SUMMARY.search(html)
    question = _question(one_line(match.group("question")), bold=True) if match else None
    if not match or not question:
        return []
    text, labelled = question
    body_start = first_line + html[: match.end()].count("\n")
    return [_Heading(_PARAGRAPH_LEVEL, text, first_line, body_start, labelled, question_end=_SUMMARY_END)]


def _roles(heading: _Heading, following: _Heading | None, lines: list[str]) -> tuple[bool, bool]:
    """Whether a heading is a question (an entry, answered by the text under it), and whether it
    names the category of what follows it.

    A heading with sub-headings names their category. When it has text of its own, it is a
    question as well, so that text is kept, if it asks one ("## Where are models stored?" over
    "### How do I move them?") or is over question paragraphs (a section's introduction). A
    heading labelled a question ("## Q: I press connect and nothing happens") names no section:
    the questions in bold after it are its fellows."""
    if following is None or following.level <= heading.level or (heading.labelled and following.level == _PARAGRAPH_LEVEL):
        return True, False
    own_text = bool(_written(lines[heading.body_start : following.first_line]))
    return own_text and (following.level == _PARAGRAPH_LEVEL or asks(heading.text)), True


def _asks(heading: _Heading) -> bool:
    """Whether a heading asks a question, so that it is an entry even with no answer under it
    (one the owner has still to write, which the loader reports)."""
    return heading.labelled or asks(heading.text)


def _is_contents(heading: _Heading, lines: list[str]) -> bool:
    """Whether a heading that asks nothing is over a table of contents, which lists every
    question and answers none, or names a documentation page's pointers to others ("See also",
    "Further reading"), which answer none either."""
    return not asks(heading.text) and (_lists_contents(lines) or heading.text.strip(" :").casefold() in _POINTERS)


def _lists_contents(lines: list[str]) -> bool:
    """Whether lines hold links within the page and (nearly) nothing else: a table of contents.
    Four fifths of their text in such links is enough: tables of contents are kept by hand, and
    one item may have lost its link."""
    if not any("](#" in line for line in lines):
        return False
    page = parsed(_MARKDOWN.render("\n".join(lines)))
    links = [link for link in page.find_all("a") if str(link.get("href", "")).startswith("#")]
    linked = sum(len(one_line(link.get_text(" "))) for link in links)
    return len(links) > 1 and linked >= _CONTENTS_SHARE * len(one_line(page.get_text(" ")))


def _written(lines: list[str]) -> list[str]:
    """The lines that write something: not blank, and not only tags."""
    return [line for line in lines if not _TAGS_ONLY.match(line)]


def _answer(lines: list[str], heading: _Heading, references: dict, notes: dict[str, str]) -> tuple[str, QuestionFields]:
    """The clean text of the lines under a question, and the fields written on lines of their own
    under it (``Also asked``, ``Keywords``; see :mod:`faqbot.corpus.question_fields`).

    A question whose answer starts on its own line (``**How?** So.``, a ``<details>`` summary)
    is cut off the front first. Reference links (``[the form][join]``) are resolved with the
    document's ``references``, and footnotes (``[^1]``) written out with its ``notes``: their
    definitions usually sit at its end, under the last entry."""
    text = "\n".join(lines)
    if heading.question_end is not None:
        text = heading.question_end.sub("", text, count=1)
    fields, lines = question_fields(text.split("\n"))
    # Dedented: the answer to a question in a list item is indented under it.
    answer = _with_footnotes(textwrap.dedent("\n".join(without_answer_label(lines, heading.labelled))), notes)
    return html_to_text(_MARKDOWN.render(answer, {"references": dict(references)}), code=True), fields


# A footnote's definition (``[^1]: Members pay a yearly fee.``, as GitHub, kramdown and MkDocs
# write them), its later lines indented under it; and a reference to one in the text.
_FOOTNOTE = re.compile(r" {0,3}\[\^(?P<label>[^\[\]\s]+)\]:[ \t]*(?P<text>.*)")
_FOOTNOTE_REFERENCE = re.compile(rf"{_CODE_SPAN}|\[\^(?P<label>[^\[\]\s]+)\](?!:)")  # inline code matched to be left alone


def _footnotes_taken_out(lines: list[str]) -> dict[str, str]:
    """The footnotes a document defines, by label, their lines blanked in ``lines`` (so lines keep
    their numbers): read where they stood, usually at its end, they were the last entry's answer,
    and each entry citing one said "[^1]" and no more. Code is left alone."""
    notes: dict[str, str] = {}
    fence, index = "", 0
    while index < len(lines):
        if (after := _fence_after(fence, lines[index])) is not None:
            fence = after
        elif not fence and (note := _FOOTNOTE.fullmatch(lines[index])):
            end = index + 1
            while end < len(lines) and (lines[end].startswith(_BODY_INDENT) or (not lines[end].strip() and lines[end + 1 : end + 2] and lines[end + 1].startswith(_BODY_INDENT))):
                end += 1
            notes.setdefault(note.group("label"), "\n".join([note.group("text"), *(line.strip() for line in lines[index + 1 : end])]).strip())
            lines[index:end] = [""] * (end - index)
            index = end
            continue
        index += 1
    return notes


def _with_footnotes(text: str, notes: dict[str, str]) -> str:
    """An answer's Markdown with each footnote it cites numbered in the order cited ("[1]") and
    written out under it; a reference to no footnote, and code, are left as written."""
    cited: dict[str, int] = {}  # label → its number, in the order first cited

    def numbered(reference: re.Match[str]) -> str:
        label = reference.group("label")
        if label not in notes:
            return reference.group()
        return f"\\[{cited.setdefault(label, len(cited) + 1)}\\]"

    lines, fence = text.split("\n"), ""
    for index, line in enumerate(lines):
        if (after := _fence_after(fence, line)) is not None:
            fence = after
        elif not fence:
            lines[index] = _FOOTNOTE_REFERENCE.sub(numbered, line)
    return "\n\n".join(["\n".join(lines), *(f"\\[{number}\\] {notes[label]}" for label, number in cited.items())])


def _question_notes(question: str, notes: dict[str, str]) -> tuple[str, list[str]]:
    """A question without the footnotes it cites ("How do I join?[^1]"), and their text, which
    goes under its answer: the question said "[^1]" and the note was lost."""
    labels = [reference.group("label") for reference in _FOOTNOTE_REFERENCE.finditer(question) if reference.group("label") in notes]
    if not labels:
        return question, []
    cited = _FOOTNOTE_REFERENCE.sub(lambda reference: "" if reference.group("label") in notes else reference.group(), question).strip()
    return cited, [html_to_text(_MARKDOWN.render(notes[label])) for label in dict.fromkeys(labels)]


def _link_references(lines: list[str]) -> dict:
    """The link reference definitions of a whole document (``[join]: https://…``), by label."""
    found: dict = {}
    _MARKDOWN.parse("\n".join(lines), found)
    return found.get("references", {})


def _title(headings: list[_Heading]) -> _Heading | None:
    """The document's title: a first heading at level 1 that is the only one (else ``#`` marks entries)."""
    if headings and headings[0].level == 1 and sum(h.level == 1 for h in headings) == 1:
        return headings[0]
    return None


def _page_question(page: dict[str, str], path: Path) -> str | None:
    """The question a page asks in its front matter's title: one that asks, or any title but "FAQ"
    of a page in a site's collection of FAQ pages (Jekyll's ``_faq/``, Hugo's ``content/faq/``,
    its ``_index.md`` aside), each page of which is one question ("There is a corrupt file on your
    FTP site"). A help centre or a site keeps one question a page so, and each page was skipped as
    holding no entries, or its answer's sections ("Steps") read as questions and its opening text lost."""
    title = page.get("title", "").strip()
    if not title or only_says_faq(title) or not (in_faq_collection(path) or asks(title) or asks_unmarked(title)):
        return None
    return title


def _page_entry(asked: str, lines: list[str], page: dict[str, str], references: dict, notes: dict[str, str], path: Path) -> Entry:
    """The entry of a page asking ``asked`` in its front matter (see :func:`_page_question`), its
    ``lines`` the answer, filed under the front matter's category."""
    answer, _ = _answer(lines, _Heading(_PARAGRAPH_LEVEL, asked, 0, 0), references, notes)
    return make_entry(asked, answer, path, 1, [], page.get("category", ""))


def in_faq_collection(path: Path) -> bool:
    """Whether a page is one of a site's collection of FAQ pages, one question each (see
    ``_FAQ_COLLECTIONS``), not the collection's own page (``_index.md``): its file's name
    names that question ("reset.md"), no topic to file it under."""
    return path.parent.name.casefold().lstrip("_") in _FAQ_COLLECTIONS and path.stem.casefold().lstrip("_") != "index"


def _asks_within(headings: list[_Heading], lines: list[str]) -> bool:
    """Whether a page asks questions of its own under its title: a heading asks, or its lines ask
    as a plain-text FAQ's do (a page titled "Got questions?" over its FAQ)."""
    return any(_asks(heading) for heading in headings) or _questions_set_apart(lines) is not None


_FAQ_COLLECTIONS = frozenset({"faq", "faqs"})  # the folder of a site's pages that are each one question


def _page_title(title: _Heading | None, page: dict[str, str]) -> str:
    """The document's title: its ``#`` title, but the front matter's where that heading only says
    the page is a FAQ ("# Frequently asked questions" under ``title: Pigeonpost API — FAQ``), since
    the chat's title is taken from it and the front matter names whose FAQ it is."""
    if title is None or (only_says_faq(title.text) and page.get("title")):
        return page.get("title", "")
    return title.text


def bold_title(title: str) -> str:
    """A folded block's title as the bold line it shows: a question as asked, another title as a
    label ("**Note:**"), so the body after it reads as one paragraph under it. A title its writer
    set in bold already (".. dropdown:: **Why does it hang?**") is bolded once, not twice."""
    title = one_line(_TAG.sub("", title))
    mark = title[:2]
    if mark in ("**", "__") and len(title) > 4 and title.endswith(mark) and mark not in title[2:-2]:
        title = title[2:-2].strip()
    if not title:
        return ""
    return f"**{title}**" if asks(title) or title.endswith((".", ":", "!")) else f"**{title}:**"


def _template_title(tag: re.Match[str], closed: set[str]) -> str:
    """What a line that is only a template tag shows: an opening tag's title ('{% tab title="Docker"
    %}', '{{< faq question="How do I join?" >}}', or the first argument of a shortcode the page
    closes: '{{< faq "How do I join?" >}}') as a bold line, with the answer the tag gives beside it
    ('{% faq question="…" answer="…" /%}', as Markdoc pages hold a FAQ), a callout's kind
    ('{% hint %}') as its label, and nothing for the rest — closing tags
    and tags that only steer the site's build ('{% include "footer.html" %}', '{{< highlight js >}}',
    '{{% faq-section "API" %}}', which the site fills from its data)."""
    shortcode = tag.group("shortcode") is not None
    name, arguments = (tag.group("shortcode"), tag.group("args")) if shortcode else (tag.group("tag"), tag.group("liquid_args"))
    if tag.group("closing") or name.startswith("end"):
        return ""
    named = (_TAB_ARGUMENT if name.lower() == "tab" else _TITLE_ARGUMENT).search(arguments)
    titled = named or (_FIRST_ARGUMENT.match(arguments) if shortcode and name in closed else None)
    if titled:
        return _titled_with_answer(titled.group("title"), arguments)
    return bold_title(name.capitalize()) if name.lower() in _CALLOUTS else ""


def _titled_with_answer(title: str, tag: str) -> str:
    """A folded block's title in bold, and the answer its tag gives beside it (``answer="…"``) after
    it, as one paragraph: a bold question over nothing, else."""
    answer = _ANSWER_ARGUMENT.search(tag)
    given = _ESCAPE.sub(r"\1", answer.group("double") or answer.group("single") or "") if answer else ""
    return f"{bold_title(title)} {given}".rstrip()


def _dedent_indented(lines: list[str], start: int) -> None:
    """Dedent the block indented under line ``start - 1`` (an admonition's or a definition's body)
    by one level, so its paragraphs read as text, not code."""
    end = start
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith(_BODY_INDENT)):
        lines[end] = lines[end].removeprefix("\t") if lines[end].startswith("\t") else lines[end][4:]
        end += 1


def _unquoted(lines: list[str], start: int) -> None:
    """Take the quote marks off the quote going on at line ``start`` (a callout's body), so that
    under its title it reads as the paragraphs it shows; a quote nested in it stays one."""
    end = start
    while end < len(lines) and (mark := _QUOTE_MARK.match(lines[end])):
        lines[end] = lines[end][mark.end() :]
        end += 1


def _question_defined(lines: list[str], index: int) -> int | None:
    """The line of the term that the definition at ``index`` answers, when that term asks: MkDocs'
    and kramdown's definition lists ("What is it?" over ":   It is…") write FAQs so. None otherwise."""
    term = index - 2 if index >= 2 and not lines[index - 1].strip() else index - 1
    if term < 0 or not _opens_paragraph(lines, term):
        return None
    return term if asks(lines[term]) or asks_unmarked(lines[term]) else None


def _opens_paragraph(lines: list[str], index: int) -> bool:
    """Whether line ``index`` opens a paragraph of text (after a blank line, or first): not a
    heading, a list item, a quote, a table row, HTML or code (see ``_NOT_TEXT``)."""
    line = lines[index]
    return bool(line.strip()) and (index == 0 or not lines[index - 1].strip()) and not _NOT_TEXT.match(line)


def listed_rows(rows: list[list[str]], lines: int) -> list[str]:
    """A table's rows (their cells already Markdown) as the list of one line each that answers show
    a table as ("- Adult | 40 euros"), filling the ``lines`` lines the table took, for readers that
    write their format as Markdown line for line: blank lines after the rows, or the last line
    holding the rest when there are more rows than lines (rows written several to a line)."""
    listed = ["- " + CELLS_APART.join(cells) for cells in rows]
    if len(listed) > lines:
        listed = [*listed[: max(lines - 1, 0)], " ".join(listed[max(lines - 1, 0) :])]
    return listed + [""] * (lines - len(listed))


def fenced(body: list[str], closed: bool = True) -> list[str]:
    """``body`` as a Markdown code block, for readers that write their format as Markdown: between
    fences longer than any run of backticks in it (a shorter one would end the block there), the
    closing fence left off a block its document leaves open, as it then runs to the end."""
    fence = "`" * max([3, *(len(run) + 1 for line in body for run in re.findall(r"`+", line))])
    return [fence, *body, *([fence] if closed else [])]


def _fence_after(fence: str, line: str) -> str | None:
    """The code fence open after ``line`` ("```"; "" for none), given the one open before it
    (``fence``), when ``line`` is a fence's line; None for any other line. A fence closes at a
    line of its own marks, as many or more, with nothing after them."""
    fenced = _FENCE.match(line)
    if fenced is None:
        return None
    marks = fenced.group("marks")
    if not fence:
        return marks
    closes = marks[0] == fence[0] and len(marks) >= len(fence) and not fenced.group("rest").strip()
    return "" if closes else fence


def _dedent_component(lines: list[str], start: int, closing: str) -> None:
    """Dedent a component's body: the lines from ``start`` down to its ``closing`` tag (or the end)."""
    end = next((i for i in range(start, len(lines)) if lines[i].strip().startswith(closing)), len(lines))
    lines[start:end] = dedented(lines[start:end])


def dedented(block: list[str]) -> list[str]:
    """A block's lines without the indentation they all share, line for line, for readers that
    write their format as Markdown and keep every line's number: none for none (joined and split,
    an empty block was a line it never had, and every later entry named the line under its title)."""
    return textwrap.dedent("\n".join(block)).split("\n") if block else []


def _label_onto_paragraph(lines: list[str], index: int) -> None:
    """Move a container's label (``**Warning:**`` at line ``index``) onto the paragraph its body
    opens with after a blank line, as Docusaurus shows it and writes it (":::warning", a blank
    line, the text): a label alone would be a paragraph of its own, "Warning:", in the answer."""
    body = next_text_line(lines, index)
    opens_text = body is not None and body > index + 1 and _opens_paragraph(lines, body)
    if not lines[index].endswith(":**") or not opens_text or any(block.match(lines[body]) for block in (_FENCE, _CONTAINER, _CONTAINER_END)):
        return
    lines[body] = f"{lines[index]} {lines[body]}"
    lines[index] = ""


def _div_titled(lines: list[str], index: int, attributes: str) -> None:
    """Write a fenced div's opening line (at ``index``) as what it shows: its title in bold — its
    ``title`` attribute, or the heading a callout opens with, which Quarto shows as its title and
    which is no section of the page (a question asked so stays in the section around it) — else a
    callout's kind as a label ("Note:"), else nothing (a layout ``{.column}``)."""
    body = next_text_line(lines, index)
    callout = _CALLOUT.search(attributes)
    if title := _DIV_TITLE.search(attributes):
        lines[index] = bold_title(title.group("title"))
    elif callout and body is not None and (heading := TYPED_HEADING.match(lines[body])) and len(heading.group("indent")) <= _HEADING_INDENT:
        lines[index], lines[body] = "", bold_title(heading.group("text"))
    else:
        lines[index] = bold_title(callout.group("kind").capitalize()) if callout else ""
        _label_onto_paragraph(lines, index)


def _quoted_questions_unquoted(lines: list[str]) -> list[str]:
    """The lines with each quote that opens with a labelled question ("> **Q: What is DP?**" over
    "> A: An optimisation…") written unquoted, as notes and READMEs set each pair apart: quoted,
    it was part of the answer above, or no entry at all. Code is left alone."""
    lines = list(lines)
    for index in _outside_code(lines):
        opens = (mark := _QUOTE_MARK.match(lines[index])) and (index == 0 or not _QUOTE_MARK.match(lines[index - 1]))
        if opens and labelled_question(lines[index][mark.end() :]) is not None:
            _unquoted(lines, index)
    return lines


_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")
# A question's end wrapped onto the line under its heading: a few words, from a small letter to a question mark ("look like?").
_QUESTIONS_END = re.compile(r"^[ \t]*[a-z][^#*_`<>\[\]]{0,60}[?？؟][ \t]*$")
_ENDS_A_TITLE = re.compile(rf"[.!:;)\]{QUESTION_MARKS}][ \t#]*$")


def _wrapped_headings_joined(lines: list[str]) -> list[str]:
    """The lines with a heading that stops mid-sentence joined to the line under it that ends its
    question ("### How should the output in CONT_PROFILING_FILES" over "look like?"), as an editor
    wrapping at a fixed width leaves it: the heading asked nothing and its question's end opened
    the answer. Code is left alone."""
    lines = list(lines)
    for index in _outside_code(lines):
        if index + 1 < len(lines) and _ATX_HEADING.match(lines[index]) and not _ENDS_A_TITLE.search(lines[index]) and _QUESTIONS_END.match(lines[index + 1]):
            lines[index], lines[index + 1] = f"{lines[index].rstrip()} {lines[index + 1].strip()}", ""
    return lines


def _answer_items_under_questions(lines: list[str]) -> list[str]:
    """The lines with each list item opening with an answer's label ("- **A:** In the core.")
    right under an item asking a labelled question ("- **Q:** Where is it?"), in the same list or
    nested under it, written as that item's next line: as an item of its own, the answer was no
    question's, and a list of such pairs held no entries. Code is left alone."""
    lines = list(lines)
    for index in _outside_code(lines):
        answer, above = _LIST_ITEM.match(lines[index]), _LIST_ITEM.match(lines[index - 1]) if index else None
        if answer and above and _answers_item(answer, above):
            lines[index] = " " * (len(above.group("indent")) + len(above.group("mark")) + 1) + answer.group("text")
    return lines


def _outside_code(lines: list[str]) -> Iterator[int]:
    """The numbers of the lines outside code, read as they are changed: neither a code fence nor in one."""
    fence = ""
    for index, line in enumerate(lines):
        if (after := _fence_after(fence, line)) is not None:
            fence = after
        elif not fence:
            yield index


def _answers_item(answer: re.Match[str], above: re.Match[str]) -> bool:
    """Whether list item ``answer`` opens with an answer's label under item ``above``, which asks a
    labelled question, at its level or nested under it."""
    under = len(answer.group("indent")) >= len(above.group("indent"))
    return under and opens_with_answer_label(answer.group("text")) and labelled_question(above.group("text")) is not None


def _myst_directives_opened(lines: list[str]) -> list[str]:
    """The lines with each MyST directive that folds or boxes its body (see ``_MYST_DIRECTIVE``)
    written as the paragraphs it shows: a dropdown's or an admonition's title in bold ("```{dropdown}
    How do I join?", as a Jupyter Book FAQ folds each answer), a box's kind as a label ("Note:"),
    its options left out and its closing marks with them; a code block in colons as a code fence.
    In backticks, the page was read as code blocks and refused as holding no entries. Code inside
    a directive stays code."""
    lines = list(lines)
    opened: list[str] = []  # the marks of the directives open around the line, innermost last
    fence = ""
    for index, line in enumerate(lines):
        if fence:
            if fence.startswith(":"):  # a code directive in colons, written as a code fence
                if _closes(fence, line):
                    lines[index], fence = "```", ""
            elif (after := _fence_after(fence, line)) is not None:
                fence = after
            continue
        directive = _MYST_DIRECTIVE.match(line)
        if directive and directive.group("marks")[0] == ":" and directive.group("name") in _MYST_CODE:
            lines[index] = f"```{directive.group('title')}"
            _without_options(lines, index + 1)
            fence = directive.group("marks")
        elif directive and directive.group("name") in _MYST_FOLDING | _MYST_BOXES:
            name, title = directive.group("name"), directive.group("title")
            lines[index] = bold_title(title) if name in _MYST_FOLDING else f"{bold_title(name.capitalize())} {title}".rstrip()
            _without_options(lines, index + 1)
            opened.append(directive.group("marks"))
        elif opened and _closes(opened[-1], line):
            lines[index] = ""
            opened.pop()
        elif (after := _fence_after(fence, line)) is not None:
            fence = after
    return lines


def _closes(marks: str, line: str) -> bool:
    """Whether ``line`` closes a block opened by ``marks`` ("```", ":::"): as many of them or more, alone."""
    closing = line.strip()
    return bool(closing) and set(closing) == {marks[0]} and len(closing) >= len(marks)


def _without_options(lines: list[str], start: int) -> None:
    """Blank a directive's options from line ``start``: lines of ``:name: value``, or a block of
    them between ``---`` lines."""
    if start < len(lines) and lines[start].strip() == "---":
        end = next((i for i in range(start + 1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            lines[start : end + 1] = [""] * (end + 1 - start)
            return
    while start < len(lines) and _MYST_OPTION.match(lines[start]):
        lines[start] = ""
        start += 1


def _without_esm(lines: list[str]) -> tuple[list[str], str]:
    """An MDX page's lines without its imports and exports, and those as a script, line for line
    (the rest blanked): a page may keep its FAQ there (``export const faqs = [{ question: "…" }]``)
    for a component to show (``<FAQ items={faqs} />``), read as a script's data is. As MDX reads
    them, each opens at the margin with ``import`` or ``export`` and runs to a blank line."""
    text, code, fence, statement = list(lines), [""] * len(lines), "", False
    for index, line in enumerate(lines):
        if (after := _fence_after(fence, line)) is not None and not statement:
            fence = after
            continue
        statement = not fence and (statement or bool(_ESM_OPENING.match(line))) and bool(line.strip())
        if statement:
            text[index], code[index] = "", line
    return text, "\n".join(code)


def _blocks_opened(lines: list[str]) -> list[str]:
    """The lines with each admonition, container and MDX component written as the paragraphs it
    shows: its title (or kind, "Note:") in bold, and its body dedented under it.

    Documentation sites fold each FAQ answer under its question — MkDocs ``??? faq "How do I
    join?"`` (body indented), VitePress ``::: details How do I join?``, Mintlify ``<Accordion
    title="How do I join?">``, Hugo ``{{< details title="How do I join?" >}}``, Quarto ``:::
    {.callout-note collapse="true"}`` over ``## How do I join?``, Obsidian ``> [!faq]- How do I
    join?`` (body quoted) — and, as a bold
    question, such a title opens an entry like one written so. Read as they were, the titles were
    text or markup, and indented bodies code. Template tags with nothing to show, and values the
    site's build puts in, are left out."""
    lines = _myst_directives_opened(lines)
    closed = {tag.group("shortcode") for line in lines if (tag := _TEMPLATE_TAG.match(line)) and tag.group("closing")}  # shortcodes that hold a block
    fence = ""  # the code fence the line is in ("```"), whose lines are code: an "import" there is code
    for index, line in enumerate(lines):
        if (after := _fence_after(fence, line)) is not None:
            fence = after
            continue
        if fence:
            continue
        if _TABLE_OF_CONTENTS.match(line) and index and _LIST_ITEM.match(lines[index - 1]):
            lines[index - 1] = ""  # the list kramdown fills with the contents ("1. TOC" over "{:toc}")
        line = lines[index] = "" if _ATTRIBUTE_LINE.match(line) else _inline_markup_written(_ATTRIBUTE_LIST.sub(lambda match: match.group("code") and match.group(), line))
        if callout := _CALLOUT_QUOTE.match(line):
            lines[index] = bold_title(callout.group("title") or callout.group("kind").capitalize())
            _unquoted(lines, index + 1)
        elif admonition := _ADMONITION.match(line) or _TAB.match(line):
            title = admonition.group("title")
            lines[index] = bold_title(admonition.group("kind").capitalize() if title is None else title)
            _dedent_indented(lines, index + 1)
        elif (definition := _DEFINITION.match(line)) and (term := _question_defined(lines, index)) is not None:
            lines[term] = bold_title(lines[term])
            lines[index] = line[definition.end() :]
            _dedent_indented(lines, index + 1)
        elif div := _FENCED_DIV.match(line):
            _div_titled(lines, index, div.group("attributes"))
        elif _CONTAINER_END.match(line):
            lines[index] = ""
        elif container := _CONTAINER.match(line):
            lines[index] = bold_title(container.group("title") or container.group("bracketed") or container.group("kind").capitalize())
            _label_onto_paragraph(lines, index)
        elif template := _TEMPLATE_TAG.match(line):
            lines[index] = _template_title(template, closed)
        elif _PLACEHOLDER_LINE.match(line):
            lines[index] = ""
        elif component := _COMPONENT.match(line):
            title = component.group("title") if component.group("attribute") != "label" or component.group("name").endswith(("Tab", "TabItem")) else None
            lines[index] = _titled_with_answer(title, line) if title and not component.group("closing") else ""
            if title and not line.rstrip().endswith("/>"):
                _dedent_component(lines, index + 1, f"</{component.group('name')}>")
    return lines


# A GitHub wiki's link (Gollum's): "[[Page]]", "[[its text|Page]]", "[[https://…]]"; and GitLab's "[[_TOC_]]".
_WIKI_LINK = re.compile(r"\[\[(?P<text>[^\[\]|]+)(?:\|(?P<target>[^\[\]|]+))?\]\]")
_CODE_SPANS = re.compile(_CODE_SPAN)
_PICTURE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)$", re.IGNORECASE)


# A Hugo shortcode within a line's text ('a {{< newtabref href="https://…" title="ZIP" >}} file', '[the
# guide]({{< ref "guide.md" >}})'), and the arguments it is given: 'name="value"', or a quoted value alone.
_INLINE_SHORTCODE = re.compile(r"\{\{[<%]\s*(?P<name>[\w.-]+)(?P<args>(?:\s+(?:[\w-]+\s*=\s*)?(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'{}<>%=]+))*)\s*/?[>%]\}\}")
_SHORTCODE_ARGUMENT = re.compile(r"""(?:(?P<key>[\w-]+)\s*=\s*)?(?:"(?P<double>[^"\n]*)"|'(?P<single>[^'\n]*)'|(?P<bare>[^\s"'{}<>%=]+))""")
_LINKING_SHORTCODES = frozenset({"ref", "relref"})  # Hugo's own: the address of a page of the site, given by its path
# A link's address that holds a template tag its site fills in ("…/blob/{{< param version >}}/docs"): in a
# reference definition ("[backup]: https://…") or after a link's text ("[backup](https://…)").
_TEMPLATED_DEFINITION = re.compile(r"^(?P<label> {0,3}\[[^\]\n]+\]:[ \t]*)\S*\{\{[<%].*$")
_TEMPLATED_ADDRESS = re.compile(r"(?<=\]\()[^()\s]*\{\{[<%][^()]*?[>%]\}\}[^()\s]*(?=\))")


def _inline_markup_written(line: str) -> str:
    """A line with the markup within its text that Markdown does not read written as it shows:
    wiki links (see :func:`_wiki_link`) and Hugo shortcodes (see :func:`_shortcode`). Code is
    left as written, and so is a line indented as code or a line that is only a template tag
    (read as a title or left out, see :func:`_template_title`)."""
    if ("[[" not in line and "{{" not in line) or line.startswith(("    ", "\t")) or _TEMPLATE_TAG.match(line):
        return line
    pieces, start = [], 0
    for code in _CODE_SPANS.finditer(line):
        pieces += [_markup_written(line[start : code.start()]), code.group()]
        start = code.end()
    return "".join([*pieces, _markup_written(line[start:])])


def _markup_written(text: str) -> str:
    """Text outside code with its wiki links and shortcodes written as they show (see
    :func:`_inline_markup_written`); a link whose address holds a template tag left unresolved
    ("{{< param version >}}") links within the page, and so shows its text only: its address is
    not known until the site is built."""
    text = _INLINE_SHORTCODE.sub(_shortcode, _WIKI_LINK.sub(_wiki_link, text))
    return _TEMPLATED_ADDRESS.sub("#", _TEMPLATED_DEFINITION.sub(r"\g<label>#", text))


def _shortcode(match: re.Match[str]) -> str:
    """What a shortcode within a line shows: a link its arguments give ("newtabref", href= and
    title=) as Markdown's link, a titled one as its title, Hugo's "ref" as the page's path (a
    link within the site); any other, which fills in a value of the site's, as written."""
    arguments = {
        (argument.group("key") or str(place)).casefold(): argument.group("double") or argument.group("single") or argument.group("bare") or ""
        for place, argument in enumerate(_SHORTCODE_ARGUMENT.finditer(match.group("args")))
    }
    title = next((arguments[key] for key in ("title", "text", "name", "label") if key in arguments), None)
    address = next((arguments[key] for key in ("href", "url", "link") if key in arguments), None)
    if match.group("name") in _LINKING_SHORTCODES and "0" in arguments:
        return arguments["0"]
    if title and address:
        return f"[{title}]({address})"
    return title or match.group()


def _wiki_link(match: re.Match[str]) -> str:
    """What a GitHub wiki's link shows: its text, a web address kept as Markdown's link; a picture
    ("[[/images/setup.png]]") and a table of contents left out. Read as Markdown, "[[FreeRADIUS]]"
    showed its brackets, in FreeRADIUS's 55 answers and many a GitHub wiki's FAQ."""
    text, target = match.group("text").strip(), (match.group("target") or "").strip()
    address = target or text
    if _PICTURE.search(address) or text == "_TOC_":
        return ""
    if address.startswith(LINKED):
        return f"[{text}]({address})" if target else f"<{address}>"
    return text


def read_markdown_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a Markdown FAQ; entries remember their heading's line and their category path. A FAQ
    that sets no question apart by a heading or bold is read by its lines that ask (see
    :func:`_questions_set_apart`), as a plain-text FAQ is; one written in HTML, as the web
    page it is."""
    lines = read_text(path).splitlines()
    entries, description = markdown_entries(lines, path)
    if not entries and _written_in_html(lines):
        with contextlib.suppress(NoEntriesError):
            return html_entries("\n".join(lines), path)
    if not entries and (set_apart := _questions_set_apart(lines)):
        guessed, described = markdown_entries(set_apart, path)
        return [entry for entry in guessed if entry.answer], described  # a guess is never an entry without an answer
    if not entries and (included := _included(lines)):
        raise including_others(path, included)
    if not entries and path.name.lower() == _SECTION_INDEX and not any(line.strip() for line in without_front_matter(lines)[0]):
        raise NoEntriesError(path, "is a Hugo section's index page, over the pages beside it in its folder, which hold its questions: give that folder as the corpus")
    if not entries and (how := _filled_in_when_built(lines)) is not None:
        raise NoEntriesError(
            path,
            f"is a page whose questions its site fills in when it is built, by {how} (faqbot never runs it): put the data "
            "file that holds them in the corpus instead (in a Hugo site's data folder, a Jekyll site's _data folder)",
        )
    return entries, description


# A line that opens with an HTML tag ('<div class="faq-item">', '</section>').
_TAG_LINE = re.compile(r"^\s*</?[a-zA-Z][\w-]*(?:[\s/>]|$)")
_HTML_SHARE = 2 / 3  # of a page's lines, or more, opening with a tag: the page is written in HTML


def _written_in_html(lines: list[str]) -> bool:
    """Whether a Markdown page is HTML, its text opening with a tag as most of its lines do: a
    site's FAQ section kept as ``FAQ.md`` ('<div class="faq-item">' over '<button class="faq-q">'),
    indented under blank lines, which Markdown reads as code."""
    body = [line for line in without_front_matter(lines)[0] if line.strip()]
    tagged = [bool(_TAG_LINE.match(line)) for line in body]
    return bool(tagged) and tagged[0] and sum(tagged) >= _HTML_SHARE * len(tagged)


_SECTION_INDEX = "_index.md"  # a Hugo section's own page: its front matter over the list of the section's pages


# What includes another file in a Markdown page: MkDocs' snippet ('--8<-- "faq/general.md"'), or a fence
# whose lines or argument name them (nixpkgs' '```{=include=} sections', MyST's '```{include} faq.md').
_SNIPPET = re.compile(r"""^\s*-+8<-+\s+["']?(?P<file>[^"'\s]+)["']?\s*$""")
_INCLUDE_FENCE = re.compile(r"^\s*(?:`{3,}|:{3,})\s*\{(?P<kind>=include=|include)\}\s*(?P<file>\S*)")


def _included(lines: list[str]) -> list[str]:
    """The files a Markdown page includes, which its site's build puts in its place (see
    ``_SNIPPET`` and ``_INCLUDE_FENCE``)."""
    found, listing = [], False
    for line in lines:
        if listing:
            listing = not _FENCE.match(line)
            found += [line.strip()] if listing and line.strip() else []
        elif (fence := _INCLUDE_FENCE.match(line)) is not None:
            listing = fence.group("kind") == "=include="  # its argument says how ("sections"); its lines name the files
            found += [fence.group("file")] if fence.group("file") and not listing else []
        elif (snippet := _SNIPPET.match(line)) is not None:
            found.append(snippet.group("file"))
    return found


def including_others(path: Path, included: list[str]) -> NoEntriesError:
    """The error for a page that holds no entries but includes the ``included`` files, which hold
    its FAQ when its site is built (Syncthing's ``faq.rst``, nixpkgs' ``faq.md``)."""
    return NoEntriesError(path, f"holds no entries but includes other files, which hold its FAQ ({', '.join(map(repr, included))}): put those in the corpus instead")


# What names the layout a Hugo or Jekyll page is built with, in its front matter ('layout: faq', 'type = "faq"',
# a Hugo theme's page section 'widget: faq'), when the layout is one of questions.
_FAQ_LAYOUT = re.compile(r"""^(?:layout|type|widget)\s*[:=]\s*["']?(?P<name>[\w.-]*(?:faq|question)[\w.-]*)""", re.IGNORECASE)


def _filled_in_when_built(lines: list[str]) -> str | None:
    """How a page that writes no question of its own fills them in when its site is built, from
    the site's data: by a template tag among its headings and notes ('{{< faq >}}', a Hugo
    shortcode), or by a layout of questions over an empty page ('layout: faq'); None for any other page."""
    body = [line for line in without_front_matter(lines)[0] if line.strip()]
    tags = [line.strip() for line in body if _TEMPLATE_TAG.match(line)]
    if tags and all(_TEMPLATE_TAG.match(line) or line.lstrip().startswith(("#", ">")) for line in body):
        return repr(tags[0])
    front_matter = lines[1 : front_matter_end(lines) - 1]
    layout = next((found.group("name") for line in front_matter if (found := _FAQ_LAYOUT.match(line.strip()))), None)
    return f"its layout ({layout!r})" if layout and not body else None


def _questions_set_apart(lines: list[str]) -> list[str] | None:
    """The lines with each paragraph-opening line that asks and is answered under it set in bold,
    as a question the Markdown reader knows ("What is X?" over "X is…"), and each that asks and
    answers on its line its question; None when fewer than ``FEWEST_QUESTIONS`` lines ask so. Code
    is left alone."""
    out, fence, found = list(lines), "", 0
    for index, line in enumerate(lines):
        if (after := _fence_after(fence, line)) is not None:
            fence = after
            continue
        titled = _titled(lines, index)
        if fence or not (_opens_paragraph(lines, index) or titled) or not WORD.search(line):
            continue
        if not asks(line):  # "1\. Is it open source? Yes, fully." opens a paragraph: the question in bold, its answer after it
            if _opens_paragraph(lines, index) and (asked := answered_on_its_line(line)) is not None:
                out[index], found = f"**{asked[0]}** {asked[1]}", found + 1
            continue
        answer = _text_under(lines, index)
        if answer is None or lines[answer].lstrip().startswith("#") or (answer > index + 1 and asks(lines[answer]) and not _answers_asking_back(lines, index, answer)):  # a list or code may answer
            continue
        out[index] = f"**{line.strip()}**"
        if titled:
            out[index - 1] = f"## {lines[index - 1].strip()}"
        found += 1
    return out if found >= FEWEST_QUESTIONS else None


def _titled(lines: list[str], index: int) -> bool:
    """Whether line ``index`` is right under a line that opens its paragraph and reads as a
    section's title ("Privacy & Security" over "Does AQUA collect any data?"), as a FAQ copied
    from a web page sets them: the question opened no paragraph, and ran on in the answer above.
    A line opening as a question does ("How do I reset my password if I no longer have") is one
    wrapped over two lines."""
    if index == 0:
        return False
    above = lines[index - 1].strip()
    return _opens_paragraph(lines, index - 1) and titles_by_its_place(above)


def _text_under(lines: list[str], index: int) -> int | None:
    """The number of the line holding text under line ``index``, or after a blank line, or None."""
    return next((number for number in range(index + 1, min(index + 3, len(lines))) if lines[number].strip()), None)


def _answers_asking_back(lines: list[str], index: int, answer: int) -> bool:
    """Whether line ``answer``, under the question on line ``index``, answers it and asks back,
    with a question or nothing under it (see :func:`answers_asking_back`)."""
    after = _text_under(lines, answer)
    return answers_asking_back(lines[index], lines[answer], answered=after is not None and not asks(lines[after]))


@dataclass(frozen=True)
class _Table:
    """A table of questions and their answers in a Markdown document: its lines, and its rows
    (header first) as a table file's reader takes them, each with its line (from 1)."""

    first_line: int
    end: int
    rows: list[tuple[int, list[str]]]


def _question_tables(lines: list[str]) -> list[_Table]:
    """The document's top-level tables whose header names a question and an answer column
    ("| Question | Answer |"), as READMEs keep a short FAQ. Other tables are answer text."""
    tables: list[_Table] = []
    rows: list[tuple[int, list[str]]] = []
    start: list[int] | None = None  # the lines of the top-level table being read
    for token in _MARKDOWN.parse("\n".join(lines)):
        if token.type == "table_open" and token.level == 0 and token.map:
            start, rows = token.map, []
        elif start is None:
            continue
        elif token.type == "tr_open" and token.map:
            rows.append((token.map[0] + 1, []))
        elif token.type == "inline" and rows:  # a cell's text
            rows[-1][1].append(html_to_text(_MARKDOWN.renderInline(token.content)))
        elif token.type == "table_close":
            if heads_questions_and_answers(rows):
                tables.append(_Table(start[0], start[1], rows))
            start = None
    return tables


def _category(sections: list[_Heading]) -> str:
    """The category path the headings of ``sections`` name, outermost first ("FAQ" names none)."""
    return CATEGORY_PATH.join(section.text for section in sections if not only_says_faq(section.text))


def _tabled(tables: list[_Table], start: int, end: int, sections: list[_Heading], path: Path) -> list[Entry]:
    """The entries of the question tables between lines ``start`` and ``end``, in the category
    ``sections`` name unless a row names its own."""
    category = _category(sections)
    return [replace(entry, category=entry.category or category) for table in tables if start <= table.first_line < end for entry in document_table_entries(table.rows, path)]


def markdown_entries(lines: list[str], path: Path) -> tuple[list[Entry], str]:
    """The entries and description of a Markdown document's lines (read from ``path``, named in entries)."""
    listed = front_matter_entries(lines, path)
    lines, page = without_front_matter(lines)
    if path.suffix.lower() == ".mdx":
        lines, script = _without_esm(lines)
        listed += script_entries(script, path)[0]
    lines = _answer_items_under_questions(_quoted_questions_unquoted(_wrapped_headings_joined(with_problems_as_questions(_blocks_opened(lines)))))
    notes = _footnotes_taken_out(lines)
    tables = _question_tables(lines)
    for table in tables:  # read as a table file is, below; no part of the answer above them
        lines[table.first_line : table.end] = [""] * (table.end - table.first_line)
    headings = _headings(lines)
    references = _link_references(lines)
    asked = None if listed or tables else _page_question(page, path)
    if asked and not _asks_within(headings, lines):
        return [_page_entry(asked, lines, page, references, notes, path)], ""  # its title and summary are its entry's, not the FAQ's
    ends = [h.first_line for h in headings[1:]] + [len(lines)]
    title = _title(headings)
    opening = ends[0] if title else headings[0].first_line if headings else len(lines)  # where the first section starts
    # The description: the title and the text under it, or the text before the first heading.
    intro = lines[title.body_start if title else 0 : opening]
    intro = [] if _lists_contents(intro) else intro  # the questions listed again: no introduction
    entries = _tabled(tables, 0, opening, [], path)
    if asked and headings and in_faq_collection(path) and (item := _page_entry(asked, intro, page, references, notes, path)).answer:
        entries.append(item)  # an item of a FAQ collection: its question, its opening text the answer
        intro = []
    categories: list[_Heading] = []
    keywords: dict[int, tuple[str, ...]] = {}  # by the line of the entry that gives them
    for position in range(1 if title else 0, len(headings)):
        heading, end = headings[position], ends[position]
        categories = [c for c in categories if c.level < heading.level]
        if heading.closes:
            entries += _tabled(tables, heading.first_line, end, categories, path)
            continue
        asks, groups = _roles(heading, headings[position + 1] if position + 1 < len(headings) else None, lines)
        contents = _is_contents(heading, lines[heading.body_start : end])
        if asks and not contents:
            answer, fields = _answer(lines[heading.body_start : end], heading, references, notes)
            question, noted = _question_notes(heading.text, notes)
            answer = "\n\n".join(part for part in (answer, *noted) if part)
            if answer or fields.alternates or _asks(heading):  # a title over nothing ("Chapter one") is no entry
                category = _category(categories) if fields.category is None else fields.category
                entries.append(make_entry(question, answer, path, heading.first_line + 1, list(fields.alternates), category))
                keywords[heading.first_line + 1] = fields.keywords
        if groups and not contents:  # "Contents" over the questions it lists names no category of them
            categories.append(heading)
        entries += _tabled(tables, heading.first_line, end, [*categories, *([] if groups or _asks(heading) else [heading])], path)
    description = html_to_text(_MARKDOWN.render("\n".join(intro), {"references": dict(references)}))
    described = ("", "") if asked and in_faq_collection(path) else (_page_title(title, page), description or page.get("description", ""))  # an item, not the FAQ
    entries = with_keywords(entries, keywords, path)
    return sorted(with_listed(entries, listed), key=lambda entry: entry.line), "\n\n".join(part for part in described if part)
