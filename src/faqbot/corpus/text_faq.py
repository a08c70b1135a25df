"""The plain-text format: blocks separated by a line holding only ``-``, or by a rule ("---",
"▬▬▬▬") that the file draws under most of its questions.

A block's first line is the question and the rest its answer (or the rest of its line, after a
dash: "Is it free? - Yes."); an optional ``Also asked: …`` line
right under the question gives alternate phrasings. A first block that is not a question (no
answer, or no question mark) is the document's preamble. A ``Q: …`` (or ``Q. …``) line also
opens a block, and an ``A:`` label before the answer is dropped (``A.`` too under a labelled
question), so a FAQ written as "Q: … / A: …" reads as its entries; questions labelled with one
number right under one another ("Q3a:", "Q3b:") share the answer below them (the later ones are
alternates). A file without ``-`` lines is read as typed by hand: each line ending in "?" after
a blank line (a bulleted one aside) opens an entry, its answer the lines down to the next — or
each such line after any line, in a file saved one line per paragraph (a word processor's "plain
text"), whose questions do not follow blank lines. A short title standing on its own line between
entries ("SHIPPING", "Returns & Refunds") names the category of the entries after it, as a FAQ
copied from a web page keeps its sections; it is no part of the answer above it. A block of
questions only, one a line, answers none of them: it is the FAQ's contents when they are asked
again below (and is left out), else questions still to be answered.

A file written as a numbered outline — each numbered paragraph at the margin a question, its
answer indented under it — is read entry by entry (see :func:`_numbered_outline`).

A file that asks no question at all may name a topic over each answer instead ("Opening hours",
then "The courts are open…"), as a club's or an office's notes do: each topic is then an entry's
heading (see :func:`_topic_entries`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from faqbot.corpus.entry import (
    ANSWER_AFTER_DASH,
    CATEGORY_PATH,
    LONGEST_QUESTION,
    QUESTION_MARKS,
    Entry,
    answered_on_its_line,
    answered_where_asked,
    answers_asking_back,
    asks,
    asks_unmarked,
    labelled_question,
    make_entry,
    names_a_section,
    next_text_line,
    only_says_faq,
    opens_with_answer_label,
    question_number,
    read_text,
    titles_by_its_place,
    with_problems_as_questions,
    without_answer_label,
)
from faqbot.corpus.html_faq import html_entries
from faqbot.corpus.markdown_faq import markdown_entries
from faqbot.corpus.question_fields import field_line, question_fields, with_keywords
from faqbot.corpus.rst_faq import rst_entries, written_as_rst
from faqbot.corpus.table_faq import tab_separated_table
from faqbot.corpus.vim_help_faq import vim_help_as_markdown, written_as_vim_help
from faqbot.corpus.wiki_faq import wiki_as_markdown, written_as_wiki
from faqbot.corpus.wrapped_lines import NARROWEST_WRAP

SEPARATOR = "-"
_RULE = re.compile(r"^\s*([-=_*~▬─━═])\1{2,}\s*$")  # a line drawn across the page: "---", "=====", "▬▬▬▬"
_BULLET = re.compile(r"^\s*[-*•]\s")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+\S")  # "1. I just installed CMB…", at the line's start
_FEWEST_NUMBERED = 2
_NUMBERED_QUESTION = re.compile(r"^\s*\d{1,3} ?[.)\-–]\s+(?=\S)")  # "2. How …", "3- How …", at a question's start
_TITLE_MARKS = "#*=_-~ "  # around a title: as Markdown marks it ("## Billing"), or drawn ("--- Billing ---")
_BRACKETED_MARK = re.compile(r"^[\[(][^\w\s]{1,2}[\])]\s*")  # a mark before a title: "[+] General", "(*) Billing"


def _section_title(line: str, set_apart: bool = False) -> str | None:
    """The title a line gives the entries after it, if it is one ("SHIPPING", "Returns & Refunds:",
    "## Billing" or "**Billing**" as Markdown marks it; see :func:`names_a_section`) — in any case
    when its place sets it apart as a title: a rule underlines it ("Bugs or issues" over "-----"),
    or it stands alone right over a question ("Lightning payments" over "Is there a minimum?"); but
    not when it opens as a question does ("How do I reset my password if I", a question's first
    line wrapped)."""
    title = _BRACKETED_MARK.sub("", line.strip().strip(_TITLE_MARKS)).removesuffix(":").strip()
    names = titles_by_its_place if set_apart else names_a_section
    return title if _asks_nothing(line) and names(title) else None


def _asks_nothing(line: str) -> bool:
    """Whether a line is neither a question, a labelled one, a field's line (``Also asked: …``), a bullet nor a separator."""
    return not asks(line) and labelled_question(line) is None and field_line(line) is None and not _BULLET.match(line) and line.strip() != SEPARATOR and not _RULE.match(line)


def _asks(line: str) -> bool:
    """Whether a line is a question that may open an entry: it ends in a question mark and is
    neither bulleted (a list of questions is part of an answer) nor a field's line (``Also asked: …?``)."""
    return asks(line) and not _BULLET.match(line) and field_line(line) is None


_LONGEST_WRAPPED_QUESTION = 3  # lines: a question typed wrapped runs on over at most so many
_SENTENCE_END = re.compile(r"[.!?;:。！？](?:\s|$)")  # within a line, or at its end
_OUTLINE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}[.)]?\s+(?=\S)")  # a question's number: "2.", "1.6.", "2.10", "3)"


def _question_length(lines: list[str], number: int) -> int:
    """How many lines the question opening at line ``number`` takes: one for a line that asks; more
    for a question typed wrapped, as a FAQ kept at 72 columns wraps a long one ("How do I reset my
    password if I no longer have access to the email" / "address I registered with?"), its lines
    running on mid-sentence from a capital down to the one that asks; 0 when none opens there.
    Right under a question, a line stopping mid-sentence is its answer, not a question wrapped."""
    if _asks(lines[number]):
        return 1
    opening = lines[number].strip()
    words = _OUTLINE_NUMBER.sub("", opening, count=1)
    if (len(opening) < NARROWEST_WRAP and not asks_unmarked(words)) or not words[:1].isupper() or (number and _asks(lines[number - 1])):
        return 0  # a short line was not wrapped, unless it opens as a question does ("How do I reset my password if I")
    for length in range(1, min(_LONGEST_WRAPPED_QUESTION, len(lines) - number)):
        line = words if length == 1 else lines[number + length - 1]
        # A numbered question may say something before it asks ("1.6. I write in German. Will it" / "read my dates?").
        ended = _SENTENCE_END.match(line.rstrip()[-1:]) if length == 1 and words != opening else _SENTENCE_END.search(line.rstrip())
        if ended or not line.strip() or not _asks_nothing(line):
            return 0
        if _asks(lines[number + length]) and not _SENTENCE_END.search(lines[number + length].rstrip()[:-1]):
            return length + 1 if _section_title(opening) is None else 0  # a title over a question ("Shipping and Returns" / "Do you ship abroad?")
    return 0


def _question_starts(lines: list[str]) -> dict[int, int]:
    """Where the questions of a file's lines open (see :func:`_question_length`), and how many
    lines each takes; a wrapped question's later lines open none."""
    starts: dict[int, int] = {}
    number = 0
    while number < len(lines):
        length = _question_length(lines, number)
        if length:
            starts[number] = length
        number += max(length, 1)
    return _without_replies_asking_back(lines, starts)


def _without_replies_asking_back(lines: list[str], starts: dict[int, int]) -> dict[int, int]:
    """The question ``starts`` less the lines answering the question above them and asking back
    (see :func:`answers_asking_back`): a chatbot's script of questions and replies was refused,
    each question "missing its answer"."""
    opening = sorted(starts)
    kept = dict(starts)
    for question, reply, after in zip(opening, opening[1:], [*opening[2:], None]):
        right_under = question in kept and starts[question] == 1 and next_text_line(lines, question) == reply
        if right_under and answers_asking_back(lines[question], lines[reply], answered=next_text_line(lines, reply) not in (after, None)):
            del kept[reply]
    return kept


def _typed_by_lines(lines: list[str], starts: dict[int, int], titles: list[int]) -> bool:
    """Whether a file without ``-`` lines puts its questions (``starts``) straight after the line
    before them, as word processors save plain text (one line per paragraph): at most one question
    follows a blank line (or a title after one, see :func:`_titles_over_questions`), and there are
    two or more. Then each question line opens an entry."""
    after_blank = [number for number in starts if number and (not lines[number - 1].strip() or number - 1 in titles)]
    return len(starts) >= 2 and len(after_blank) <= 1


def _separator(lines: list[str]) -> str | None:
    """What the line that parts this file's entries holds, its author marking where each one ends:
    ``-`` when any line holds only that; else a rule of one mark ("---", "▬▬▬▬") when the file draws
    one over most of its questions, two or more; None when it parts them with neither. A rule drawn
    around a title ("-----" over and under "MAPVOTE FAQ", a game script's) parts no entries: read
    as parting them, the questions under the title were one entry's answer."""
    if any(line.strip() == SEPARATOR for line in lines):
        return SEPARATOR
    # Each rule as written shortest ("---", "▬▬▬") that closes the file or the next line saying anything asks.
    parting = Counter(rule.group(1) * 3 for number, line in enumerate(lines) if (rule := _RULE.match(line)) and _over_a_question(lines, number))
    rule, drawn = parting.most_common(1)[0] if parting else ("", 0)
    return rule if drawn >= max(2, sum(map(_asks, lines)) / 2) else None


def _over_a_question(lines: list[str], number: int) -> bool:
    """Whether the next line after line ``number`` that says anything asks a question (answered on
    its line or not: "Is it fast? - Yes."; labelled "Q:", wrapped or not), or no line does."""
    following = next_text_line(lines, number)
    return following is None or _asks(lines[following]) or ANSWER_AFTER_DASH.match(lines[following]) is not None or labelled_question(lines[following]) is not None


def _parts(line: str, separator: str | None) -> bool:
    """Whether ``line`` is the file's separator (see :func:`_separator`)."""
    if separator == SEPARATOR:
        return line.strip() == SEPARATOR
    rule = _RULE.match(line)
    return separator is not None and rule is not None and rule.group(1) * 3 == separator


def _blocks(lines: list[str], separator: str | None, titles: set[int]) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line number, lines) for each block: parted by the file's ``separator`` lines,
    or opened by a ``Q:`` line — or, in a file without separators, by a question line or an
    underlined title (``titles``, see :func:`_underlined_titles`) after a blank line (or after any
    line, when the file is typed one line per paragraph)."""
    separated = separator is not None
    starts = {} if separated else _question_and_title_starts(lines, titles)
    over = [] if separated else _titles_over_questions(lines, starts)
    by_lines = not separated and _typed_by_lines(lines, starts, over)
    if not by_lines:
        starts |= dict.fromkeys(over, 1)
    block: list[str] = []
    start = 1
    for number, line in enumerate(lines, start=1):
        if _parts(line, separator):
            yield start, block
            block, start = [], number + 1
            continue
        typed = number - 1 in starts and (by_lines or not block or not block[-1].strip())
        labelled = labelled_question(line) is not None
        if labelled and _same_question_numbers(block, line):  # "Q3b: …" right under "Q3a: …": one answer for both
            block.append(line)
        elif any(earlier.strip() for earlier in block) and (typed or labelled):
            yield start, block
            block, start = [line], number
        else:
            block.append(line)
    yield start, block


def _question_and_title_starts(lines: list[str], titles: set[int]) -> dict[int, int]:
    """Where questions (see :func:`_question_starts`) and underlined titles (``titles``) open
    entries. In a file that underlines its questions, two or more and no fewer than it leaves
    plain, a question it leaves plain is a line of an answer ("…so why would we do all the work
    for you?" closing Atheme's first answer opened an entry with no answer), unless the line
    under it is underlined, the question wrapped over both."""
    starts = _question_starts(lines)
    underlined = [number for number in titles if number in starts]
    if len(underlined) >= 2 and len(underlined) >= len(starts) - len(underlined):
        starts = {number: length for number, length in starts.items() if number in titles or _RULE.match(lines[min(number + 2, len(lines) - 1)])}
    return starts | dict.fromkeys(titles, 1)


def _titles_over_questions(lines: list[str], starts: dict[int, int]) -> list[int]:
    """The lines after a blank line, right over an answered question (``starts``), that read as a
    section's title ("Trust and Privacy" over "Is Phoenix a real node?"): each opens a block, its
    question with it under it, as a title and a blank line over a question do. The question ran
    on in the answer above, the title with it. A title over a list of questions ("Questions:" over
    the FAQ's contents) is the list's."""
    titles = []
    for number, length in starts.items():
        if number >= 2 and not lines[number - 2].strip() and lines[number - 1].strip() and _section_title(lines[number - 1], set_apart=True) is not None:
            answer = next_text_line(lines, number + length - 1)
            if answer is not None and answer not in starts:
                titles.append(number - 1)
    return titles


_LONGEST_LABELLED_QUESTION = 4  # lines: a question whose answer's label comes later is read as one


def _question_lines(lines: list[str]) -> int:
    """How many of a labelled block's lines ask: down to the line its answer's label opens, when
    that comes soon ("Q1: I got an error with / "Can't locate icon" / A1: …"); or the lines hanging
    indented under a first line that does not ask, down to a blank line (a question wrapped under
    its label's text), or down to the line that asks right under a first line that does not (a
    question wrapped at the margin, its answer unlabelled: "Q: Which conditions must be met for it
    to send an" / "autoreply?"); else the questions labelled with its number right under it
    ("Q3a: …" / "Q3b: …")."""
    labels = [number for number, line in enumerate(lines[1:_LONGEST_LABELLED_QUESTION], start=1) if opens_with_answer_label(line) or field_line(line)]
    if labels:
        return labels[0]
    hanging = list(itertools.takewhile(lambda line: line[:1].isspace() and line.strip(), lines[1:_LONGEST_LABELLED_QUESTION]))
    if hanging and not asks(lines[0]) and len(lines) > len(hanging) + 1 and not lines[len(hanging) + 1].strip():
        return len(hanging) + 1  # "Q. What is the difference between the two" / "   kinds of adapter?", a blank line under it
    wrapped = list(itertools.takewhile(lambda line: line.strip() and not asks(line), lines[:_LONGEST_LABELLED_QUESTION]))
    if wrapped and len(wrapped) < min(len(lines), _LONGEST_LABELLED_QUESTION) and asks(lines[len(wrapped)]):
        return len(wrapped) + 1
    number = question_number(lines[0])
    return 1 + sum(1 for _ in itertools.takewhile(lambda line: number is not None and question_number(line) == number, lines[1:]))


def _labelled_questions(lines: list[str]) -> tuple[list[str], int]:
    """The questions a labelled block asks, the first its heading, and how many lines they take:
    each labelled line opens one, and an unlabelled line goes on with the one before it."""
    asking = _question_lines(lines)
    questions: list[str] = []
    for line in lines[:asking]:
        labelled = labelled_question(line)
        if labelled or not questions:
            questions.append(labelled or line.strip())
        elif line.strip():
            questions[-1] = f"{questions[-1]} {line.strip()}"
    return questions, asking


def _dedented(lines: list[str], labelled: bool) -> list[str]:
    """An answer's lines without the indent they all share (an answer indented under its question:
    its first line lost it alone, and code looked misaligned), or, when a label opened its first
    line (``labelled``), the indent its later lines hang at under the label's text, as FAQs typed
    with labels align them ("A1: This is because the icons" / "   are missing.": kept, it showed as
    code). Lines indented deeper than the rest keep the difference (a list under the first line)."""
    written = [number for number, line in enumerate(lines) if line.strip()]
    if written and all(lines[number][:1].isspace() for number in written):
        return textwrap.dedent("\n".join(lines)).split("\n")
    if not labelled or len(written) < 2 or not all(lines[number][:1].isspace() for number in written[1:]):
        return lines
    return [*lines[: written[0] + 1], *textwrap.dedent("\n".join(lines[written[0] + 1 :])).split("\n")]


_HEADER_LINE = re.compile(r"^[A-Za-z]+(?:-[A-Za-z]+)*:[ \t]")  # "Archive-name: …", "Last-modified: …"


def _without_news_headers(lines: list[str]) -> list[str]:
    """A preamble without the headers a FAQ posted to newsgroups opens with ("Archive-name:
    gardening/roses-faq", "Posting-Frequency: monthly"): they showed in the chat's welcome."""
    headers = list(itertools.takewhile(lambda line: _HEADER_LINE.match(line), lines))
    if not any(line.lower().startswith("archive-name:") for line in headers):
        return lines
    return lines[len(headers) :]


def _without_closing_rules(lines: list[str]) -> list[str]:
    """An answer's lines without the rules (and blank lines) closing it: the rule a FAQ draws under
    its last entry, or between its sections, is no part of the answer above it."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _RULE.match(lines[end - 1])):
        end -= 1
    return lines[:end]


def _unlabelled_question(lines: list[str]) -> tuple[list[str], int]:
    """A block's questions, each as one line (the first its heading, the others asked with it), and
    how many lines they take: its first line, or the lines a question typed wrapped runs on over
    (see :func:`_question_length`); and, when it is numbered, the numbered questions right under
    it, which its answer answers too ("2- How do I customize the objective functions?" over "3- How
    do I customize the optimization?", then one answer): the second opened the first's answer."""
    asking = _question_length(lines, 0) or 1
    questions = [" ".join(line.strip() for line in lines[:asking])]
    while _NUMBERED_QUESTION.match(lines[0]) and asking < len(lines) - 1 and _NUMBERED_QUESTION.match(lines[asking]) and _asks(lines[asking]):
        questions.append(_NUMBERED_QUESTION.sub("", lines[asking], count=1).strip())
        asking += 1
    return questions, asking


def _same_question_numbers(block: list[str], line: str) -> bool:
    """Whether a block so far is nothing but labelled questions of the number ``line`` has ("Q3a:",
    "Q3b:"), one right under another: parts of one question, answered once ("A3:")."""
    number = question_number(line)
    return number is not None and bool(block) and all(labelled_question(earlier) is not None and question_number(earlier) == number for earlier in block)


def _first_question(lines: list[str]) -> int:
    """Where the first question of a file's preamble block opens, its answer under it: the title
    lines of a FAQ ran straight into it ("Employee Handbook – FAQs" / "GreytHR" / "1. What is
    GreytHR?" / its answer), which were all read as the preamble, the question lost. The block's
    length when no question is answered in it."""
    for number in range(1, len(lines)):
        length = _question_length(lines, number)
        if length and number + length < len(lines) and not _asks(lines[number + length]):
            return number
    return len(lines)


def _is_preamble(lines: list[str]) -> bool:
    """A first block is the document's preamble when it has no answer or is not phrased as a question."""
    asking = 1 if asks(lines[0]) else _question_length(lines, 0)
    return labelled_question(lines[0]) is None and (len(lines) <= asking or not asking)


@dataclass
class _Block:
    """A block's lines (no blank lines around them) and the section titles standing alone in it."""

    start: int  # the number of its first line
    lines: list[str]
    over: str | None = None  # a title over its entry: the section it is in
    under: str | None = None  # a title under it: the section of the blocks after it
    ended: list[str] | None = None  # its lines before a title was taken off their end, if one was


def _titled_blocks(text: str) -> Iterator[tuple[int, list[str], str, bool]]:
    """Each block without blank lines around it, with the section title over it ('' before the
    first) and whether it is the file's first block (which may be its preamble).

    A title is taken off a block where it stands alone (:func:`_take_titles`), and off the end of
    an answer only in a file with two titles or more. A first block that is a title alone names
    the first section when other titles follow, and is the document's title (its preamble)
    otherwise."""
    lines = text.splitlines()
    titles = _underlined_titles(lines)
    lines = ["" if number - 1 in titles else line for number, line in enumerate(lines)]  # a title's underline: a blank line
    separator = _separator(lines)
    separated = separator is not None
    blocks = [_Block(*_trimmed(start, block)) for start, block in _blocks(lines, separator, titles)]
    for number, block in enumerate(blocks):
        _take_titles(block, first=number == 0, last=separated or number == len(blocks) - 1, underlined=block.start - 1 in titles)
    if sum(block.over is not None or block.under is not None for block in blocks) < 2:
        for block in blocks:  # sections come several to a FAQ: one line alone ends its answer ("Thank You")
            if block.ended is not None:
                block.lines, block.under, block.ended = block.ended, None, None
    if blocks and blocks[0].under is not None and not blocks[0].lines and not any(b.over or b.under for b in blocks[1:]):
        blocks[0].lines, blocks[0].under = [blocks[0].under], None
    if blocks and blocks[0].over is not None and not any(b.over or b.under for b in blocks[1:]):  # the only title, over the first question: the document's
        blocks[0:1] = [_Block(blocks[0].start, [blocks[0].over]), replace(blocks[0], over=None)]
    section = ""
    for number, block in enumerate(blocks):
        section = _category(block.over) if block.over is not None else section
        if block.lines:
            yield block.start, block.lines, section, number == 0
        section = _category(block.under) if block.under is not None else section


def _underlined_titles(lines: list[str]) -> set[int]:
    """The lines of a file that a rule underlines, as titles are underlined in reStructuredText and
    Markdown and in FAQs typed after them ("5. How do I customize wmii?" over "-----…", "[+]
    General" over "-----…"): a line standing alone (a blank line or a rule above it) that asks, is
    numbered or names a section, its underline at least about as long as it is. Read as the
    rules that part entries, they made each question end the answer above it. None unless two
    lines or more are so: a rule under one line is as likely one drawn between entries. Where the
    file underlines each such title to its length, as reStructuredText and Markdown do, every line
    so underlined is a title: Atheme's FAQ states some of its questions ("Atheme exits
    complaining that it is 'tainted'." over a rule as long), which ran on in the answer above."""
    standing = {
        number for number in range(len(lines) - 1)
        if _RULE.match(lines[number + 1]) and len(lines[number + 1].strip()) + _UNDERLINE_SLACK >= len(lines[number].strip())
        and (number == 0 or not lines[number - 1].strip() or _RULE.match(lines[number - 1])) and lines[number].strip() and not _RULE.match(lines[number])
    }
    titles = {number for number in standing if _reads_as_title(lines[number])}
    if len(titles) < 2:
        return set()
    fitted = {number for number in standing if len(lines[number + 1].strip()) <= len(lines[number].strip()) + _UNDERLINE_SLACK}
    return titles | fitted if titles <= fitted else titles


_UNDERLINE_SLACK = 2  # characters an underline may fall short of its title by


def _reads_as_title(line: str) -> bool:
    """Whether a line standing alone over a rule reads as a title: it asks, is numbered ("1. I have
    just upgraded and something broke."), or names a section; a plain sentence is an answer's last
    line over a rule drawn between entries."""
    text = line.strip()
    return bool(text) and not _RULE.match(line) and (asks(text) or question_number(text) is not None or _NUMBERED.match(text) is not None or _section_title(text, set_apart=True) is not None)


def _take_titles(block: _Block, first: bool, last: bool, underlined: bool) -> None:
    """Take off a block the titles standing alone in it: its first line, over a question (a blank
    line between them or not); its last line, a blank line before it, when more blocks follow and,
    under an entry, no paragraph above it reads like a title (an answer listing "Askari Bank" and
    "Silk Bank" a paragraph each ends with no title); or its only line. A block ended by a ``-`` line
    ends where its author said (``last``): its last line is part of it ("Thank You")."""
    lines = block.lines
    if len(lines) > 2 and _opens_entry(_trimmed(block.start + 1, lines[1:])[1][0]):
        block.over = _section_title(lines[0], underlined or _opens_entry(lines[1]))
        if block.over is not None and not underlined and _question_length(lines, 0):
            block.over = None  # a question's first line, wrapped
        if block.over is not None:
            block.start, lines = _trimmed(block.start + 1, lines[1:])
            underlined = False  # the line under the title is no title
    if len(lines) == 1:
        block.under = _section_title(lines[0], underlined)
    elif len(lines) > 2 and not lines[-2].strip() and not last and (first or not _titled_paragraphs(lines[:-2])):
        block.under = _section_title(lines[-1])
        block.ended = lines if block.under is not None else None
    block.lines = _trimmed(block.start, lines[:-1])[1] if block.under is not None else lines


def _titled_paragraphs(lines: list[str]) -> bool:
    """Whether any paragraph of ``lines`` is one line that reads like a section title."""
    return any(
        _section_title(line) is not None and (number == 0 or not lines[number - 1].strip()) and (number + 1 == len(lines) or not lines[number + 1].strip())
        for number, line in enumerate(lines)
    )


def _trimmed(start: int, lines: list[str]) -> tuple[int, list[str]]:
    """A block's lines without blank lines at either end, and the number of its first line."""
    while lines and not lines[0].strip():
        lines, start = lines[1:], start + 1
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return start, lines


def _opens_entry(line: str) -> bool:
    """Whether a line opens an entry under a title: a question, labelled or not."""
    return _asks(line) or labelled_question(line) is not None


def _category(title: str) -> str:
    """The category a section title names: none when it only says the document is a FAQ."""
    return "" if only_says_faq(title) else title


def _answer_on_question_line(lines: list[str]) -> list[str]:
    """A block whose first line holds its question and then, after a dash, its answer ("What is
    hosting? - We host your apps."), as the two lines it stands for."""
    split = ANSWER_AFTER_DASH.match(lines[0]) if lines and not asks(lines[0]) else None
    return [split["question"], split["answer"], *lines[1:]] if split else lines


_TOPIC_WORDS = 8  # at most: a topic names what its answer is about ("Booking a court"), it says nothing about it
_TOPIC_CHARACTERS = 40  # at most, in a script without capitals, which may write no spaces (Chinese, Japanese, Thai)
_NOT_A_TOPIC = re.compile(r"[.!;,。！；，]$|[:@<>=：]")  # a sentence's end; a field ("Subject: Hi"), an address or markup
_FEWEST_TOPICS = 2  # a file with one topic over a paragraph is prose, not a FAQ


def _topic(line: str) -> str | None:
    """The topic a line names when it reads as a heading over an answer: a few words opening with a
    capital, or in a script without capitals a few characters' worth, no sentence's end and no
    question ("Opening hours", "MEMBERSHIP FEES:", "## Guests", a Chinese FAQ's "如何安装和使用这款程序",
    how to install and use this program, which Chinese writes without its question mark as often as not)."""
    topic = line.strip().strip(_TITLE_MARKS).removesuffix(":").removesuffix("：").strip()
    caseless = bool(topic) and topic[0].isalpha() and topic[0].lower() == topic[0].upper()  # "如何安装和使用这款程序"
    if not topic or not (topic[0].isupper() or caseless) or len(topic.split()) > _TOPIC_WORDS or _NOT_A_TOPIC.search(topic):
        return None
    if caseless and len(topic) > _TOPIC_CHARACTERS:
        return None
    return topic if _asks_nothing(line) else None


def _paragraphs(lines: list[str]) -> list[tuple[int, list[str]]]:
    """The runs of lines between blank lines, each with the number of its first line."""
    runs: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == number:
            runs[-1][1].append(line)
        else:
            runs.append((number, [line]))
    return runs


def _topic_entries(text: str, path: Path) -> tuple[list[Entry], str]:
    """The entries of a file that asks no question but names a topic over each answer: a paragraph
    that opens with a topic line and goes on, or a topic alone over a paragraph that does not open
    with one, is an entry; a later paragraph with no topic goes on with the answer above it. A topic
    alone over another topic titles the document (before any entry) or names the category of the
    entries after it. Paragraphs before the first entry are the preamble. None with fewer than
    two entries, or when most paragraphs open with no topic: prose with a few short lines in it
    (a licence's "TERMS AND CONDITIONS") is no FAQ."""
    paragraphs = _paragraphs(text.splitlines())
    topics = [_topic(lines[0]) for _, lines in paragraphs] + [None]  # the one each paragraph opens with; none after the last
    found: list[tuple[str, int, list[str], str]] = []  # topic, line, answer lines, category
    preamble: list[str] = []
    section, position = "", 0
    while position < len(paragraphs):
        (start, lines), topic, last = paragraphs[position], topics[position], position + 1 == len(paragraphs)
        if topic and len(lines) > 1:
            found.append((topic, start, lines[1:], section))
        elif topic and not last and topics[position + 1] is None:
            found.append((topic, start, paragraphs[position + 1][1], section))
            position += 1
        elif topic and not last and (found or preamble):
            section = _category(topic)
        elif found:
            found[-1][2].extend(["", *lines])
        else:
            preamble.extend(lines)
        position += 1
    if len(found) < _FEWEST_TOPICS or 2 * sum(topic is not None for topic in topics) < len(paragraphs):
        return [], ""
    entries = [make_entry(topic, "\n".join(answer), path, start, category=category) for topic, start, answer, category in found]
    return entries, "\n".join(preamble).strip()


def _line_entries(text: str, path: Path) -> tuple[list[Entry], str]:
    """The entries of a file in which every line asks a question and answers it after its question
    mark ("Where is Block 3? Near the canteen.", "How do I reach the dean? dean@example.edu."), as
    a chatbot's notes keep a FAQ, a line each; a first line that asks nothing titles it. No entries
    unless two lines or more are so and none is otherwise: elsewhere a line may hold a question
    and answer it in prose ("Why wait? The queue is short.")."""
    lines = _lines_holding_text(text)
    title = lines.pop(0)[1].strip() if lines and not any(mark in lines[0][1] for mark in "?？؟") else ""
    entries = _entries_a_line_each(lines, path, answered_on_its_line)
    return entries, title if entries else ""


def _keyed_on_its_line(line: str) -> tuple[str, str] | None:
    """The question and answer of a line keying its answer by the question asked, as a chatbot's
    replies are kept, a properties file's way ("what is ai=Artificial Intelligence is …", "how are
    you = I am fine."): apart at its first "=", a question and an answer with a word in each; else
    None. A pinned package ("numpy==1.26") answers with no word: a requirements.txt is no such FAQ."""
    question, sign, answer = (part.strip() for part in line.partition("="))
    if not sign or len(question) > LONGEST_QUESTION or not all(any(character.isalpha() for character in part) for part in (question, answer)):
        return None
    return question, answer


def _keyed_line_entries(text: str, path: Path) -> tuple[list[Entry], str]:
    """The entries of a file in which every line keys its answer by its question ("hello=Hello! How
    can I help you?", see :func:`_keyed_on_its_line`), two lines or more: read for their question
    marks, a few of them ran together as two entries of the rest."""
    return _entries_a_line_each(_lines_holding_text(text), path, _keyed_on_its_line), ""


def _lines_holding_text(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` that hold text, each with its number."""
    return [(number, line) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]


def _entries_a_line_each(lines: list[tuple[int, str]], path: Path, read: Callable[[str], tuple[str, str] | None]) -> list[Entry]:
    """An entry for each of ``lines`` (numbered) when ``read`` finds a question and its answer in
    every one of them, two lines or more; none otherwise: a file written a line an entry is so
    throughout, and elsewhere such a line is text."""
    found = [(number, pair) for number, line in lines if (pair := read(line))]
    if len(found) < 2 or len(found) < len(lines):
        return []
    return [make_entry(question, answer, path, number) for number, (question, answer) in found]


def read_text_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse the plain-text block format; returns the entries and the preamble ('' if none). A
    file in which no question opens an entry is read as topics over answers (:func:`_topic_entries`)
    or as questions answered on their lines (:func:`_line_entries`); one whose every line keys its
    answer by its question as such (:func:`_keyed_line_entries`),
    a spreadsheet saved as text as its table (:func:`faqbot.corpus.table_faq.tab_separated_table`),
    and a web page's, a Vim help file, a wiki page's, reStructuredText or Markdown saved as text as what it is (:func:`written_in_markup`)."""
    text = read_text(path)
    lines = text.splitlines()
    if (labelled := with_problems_as_questions(lines)) is not lines:
        lines, text = labelled, "\n".join(labelled)
    table = tab_separated_table(text, path)
    if table is not None:
        return table
    if written_as_html(text):
        return html_entries(text, path)
    if written_as_vim_help(text):
        return markdown_entries(vim_help_as_markdown(lines), path)
    if written_as_wiki(text):
        return markdown_entries(wiki_as_markdown(lines), path)
    if written_as_rst(text):
        return rst_entries(lines, path)
    if written_as_markdown(text):
        return markdown_entries(lines, path)
    outline = _numbered_outline(lines)
    if outline is not None:
        preamble, items = outline
        return [make_entry(question, answer, path, line) for line, question, answer in items], preamble
    for read in (_keyed_line_entries, _question_entries, _topic_entries, _line_entries):
        entries, preamble = read(text, path)
        if entries:
            return entries, preamble
    return [], ""


# A line Markdown sets apart as a heading or all in bold ("## How do I join?", "**Is it free?**").
_MARKDOWN_MARKED = re.compile(r"^ {0,3}(?:#{1,6}[ \t]+(?P<heading>.+?)(?:[ \t]+#+)?|(?P<bold>\*\*|__)(?P<bolded>.+)(?P=bold))[ \t]*$")
_MARKDOWN_ITEM = re.compile(r"^ {0,3}[-*+][ \t]+(?P<item>\S.*)$")  # a Markdown list's item


# A web page's source, or a part of one copied out of it, as it opens: "<!DOCTYPE html>", "<html>", "<div class=…>".
_OPENS_AS_HTML = re.compile(r"<(?:!doctype\s+html|html|head|body|div|section|article|main|p|h[1-6]|ul|ol|dl|table|details)[\s>]", re.IGNORECASE)


def written_in_markup(text: str) -> bool:
    """Whether a text file is written in a markup faqbot reads as its own format: a web page's
    (:func:`written_as_html`), Vim's help (:func:`faqbot.corpus.vim_help_faq.written_as_vim_help`), a wiki's (:func:`faqbot.corpus.wiki_faq.written_as_wiki`),
    reStructuredText (:func:`faqbot.corpus.rst_faq.written_as_rst`) or Markdown (:func:`written_as_markdown`). Its answers are then rendered as that format renders
    them, not taken as typed."""
    return written_as_html(text) or written_as_vim_help(text) or written_as_wiki(text) or written_as_rst(text) or written_as_markdown(text)


def written_as_html(text: str) -> bool:
    """Whether a text file is a web page's source, or an accordion's markup copied out of one,
    saved as text: it opens with the page's or a block's tag and ends with a tag. Read as text,
    each of its questions was a heading of markup ('<span class="m-accordion__item-title">What
    is a fact?'), its answer the ``<div>`` under it."""
    opening = text.lstrip()
    while opening.startswith("<!--") and (end := opening.find("-->")) >= 0:  # comments before its first tag
        opening = opening[end + 3 :].lstrip()
    return bool(_OPENS_AS_HTML.match(opening)) and text.rstrip().endswith(">")


def written_as_markdown(text: str) -> bool:
    """Whether a text file is Markdown saved as text, as a FAQ a chat assistant wrote is pasted into
    a text editor: its questions, two or more and most of those at a line's start, are set apart as
    Markdown sets them, as headings, in bold or as a list's items with their answers indented under
    them (read as text, each asked "## How do I join?", and a bold or listed one opened no entry),
    and no ``-`` line parts its entries as this format does."""
    lines = text.splitlines()
    if any(line.strip() == SEPARATOR for line in lines):
        return False
    written_after, later = [], ""  # for each line, the next line that writes something ("" for none)
    for line in reversed(lines):
        written_after.append(later)
        later = line if line.strip() else later
    marked = list(map(_marked_question, lines, reversed(written_after)))
    unmarked = sum(_asks(line) for line, set_apart in zip(lines, marked, strict=True) if not set_apart)
    return sum(marked) >= max(2, unmarked)


def _marked_question(line: str, under: str) -> bool:
    """Whether a line is a question set apart as a Markdown heading, in bold, or as a list item
    whose answer is indented under it (``under``, the next line written)."""
    if match := _MARKDOWN_MARKED.match(line):
        asked = (match.group("heading") or match.group("bolded")).strip()
    elif item := _MARKDOWN_ITEM.match(line):
        asked = item.group("item").strip() if under[:1].isspace() else ""
    else:
        return False
    return bool(asked) and (asks(asked) or labelled_question(asked) is not None)


def _numbered_outline(lines: list[str]) -> tuple[str, list[tuple[int, str, str]]] | None:
    """A FAQ written as a numbered outline — each entry a numbered paragraph at the margin, its
    question, and its answer indented under it — as (preamble, [(line, question, answer)]); None
    for a file written otherwise. A project's FAQ.txt is written so ("1. I just installed CMB. When
    I try to call CQS APIs I get Redis exceptions" over its indented answer): its questions, which
    state problems as often as they ask, were read as one answer. Every line after the first
    numbered one must be numbered, indented or blank, so that numbered steps inside answers written
    at the margin leave a file to the other rules."""
    starts = [number for number, line in enumerate(lines) if _NUMBERED.match(line)]
    rest = lines[starts[0] :] if starts else []
    if len(starts) < _FEWEST_NUMBERED or any(line.strip() and not line[:1].isspace() and not _NUMBERED.match(line) for line in rest):
        return None
    items = []
    for start, end in zip(starts, [*starts[1:], len(lines)]):
        block = lines[start:end]
        # The question runs to the line that asks it, or to the first blank line when it states a problem.
        asked = next((number for number, line in enumerate(block) if not line.strip() or line.rstrip().endswith(tuple(QUESTION_MARKS))), len(block))
        asked += 1 if asked < len(block) and block[asked].strip() else 0
        question = " ".join(line.strip() for line in block[:asked])
        answer = textwrap.dedent("\n".join(line.rstrip() for line in block[asked:])).strip()
        items.append((start + 1, question, answer))
    preamble = "\n".join(line.strip(" -") for line in lines[: starts[0]] if line.strip() and not _RULE.match(line))
    return preamble, items


def _lists_questions(lines: list[str]) -> bool:
    """Whether a block is questions and nothing else, one a line ("1.How long does shipping take?" /
    "2.How can I track my order?"): no line answers the first, not even a reply asking back (see
    :func:`answers_asking_back`). The first was read as the question, the others as its answer."""
    return len(lines) >= 2 and all(map(_asks, lines)) and not any(answers_asking_back(lines[0], line, answered=False) for line in lines[1:])


def _unanswered(listed: list[Entry], answered: list[Entry]) -> list[Entry]:
    """The questions of blocks that list questions only (``listed``, see :func:`_lists_questions`)
    that are asked with no answer anywhere: none, when half of them or more are asked again with their
    answers, the list being the FAQ's contents; else all of them, each an entry missing its answer."""
    asked = {entry.heading.casefold() for entry in answered}
    again = sum(entry.heading.casefold() in asked for entry in listed)
    return [] if again * 2 >= len(listed) else listed


def _question_entries(text: str, path: Path) -> tuple[list[Entry], str]:
    """The entries that questions open (see the module docstring), and the preamble."""
    entries: list[Entry] = []
    listed: list[Entry] = []  # the questions of blocks that list questions only
    keywords: dict[int, tuple[str, ...]] = {}  # by the line of the entry that gives them
    preamble = ""
    for start, block, section, first in _titled_blocks(text):
        lines = _answer_on_question_line(block)
        if first and _is_preamble(lines):
            asked_from = _first_question(lines)
            preamble = "\n".join(line for line in _without_news_headers(lines[:asked_from]) if not _RULE.match(line)).strip()  # rules drawn around the title draw nothing
            if asked_from == len(lines):
                continue
            start, lines = start + asked_from, lines[asked_from:]
        if _lists_questions(lines):
            listed += [make_entry(line, "", path, start + offset, category=section) for offset, line in enumerate(lines)]
            continue
        labelled = labelled_question(lines[0])
        answered = answered_where_asked(lines) if labelled else None  # "Q1: Is it free? A1: Yes."
        if answered:
            asking, question, opening = answered
            asked, lines = [question], [lines[0], opening, *lines[asking:]]
        else:
            asked, asking = _labelled_questions(lines) if labelled else _unlabelled_question(lines)
            lines = [lines[0], *lines[asking:]]
        fields, body = question_fields(lines[1:])
        unlabelled = without_answer_label(body, labelled=labelled is not None)
        body = _dedented(_without_closing_rules(unlabelled), labelled=unlabelled != body)
        category = section if fields.category is None else fields.category
        entries.append(make_entry(asked[0], "\n".join(body), path, start, alternates=[*asked[1:], *fields.alternates], category=category))
        keywords[start] = fields.keywords
    entries = sorted([*entries, *_unanswered(listed, entries)], key=lambda entry: entry.line)
    return with_keywords(_without_contents(entries), keywords, path), preamble


_LIST_MARK = re.compile(r"^[ \t]*(?:[*+•-][ \t]+)?(?:\d{1,3}(?:\.\d{1,3})*\.?[ \t]+)?")  # "* 2 ", "  + 2.1 ", "1.1.  "
_CONTENTS_SHARE = 2 / 3  # of a contents' items that name the file's questions and sections: some are reworded, or stated
_FEWEST_CONTENTS_ITEMS = 3
_MOST_MENU_ITEMS = 10  # a menu's options; a list naming more of the file's entries is its contents, asking or not
_SHORTEST_PREFIX = 8  # characters of a question's first line that name it, wrapped in the contents


def _named(line: str) -> str:
    """What a line names, without its list mark or number, spaced and cased alike."""
    return " ".join(_LIST_MARK.sub("", line, count=1).split()).casefold()


def _without_contents(entries: list[Entry]) -> list[Entry]:
    """The entries less any whose answer is the FAQ's contents, as old FAQs list theirs up top
    under a title ("Subject: Contents" over "1.1. What is INN?" …): two thirds or more of its
    items name the file's other questions or sections (numbers and bullets aside; a question
    wrapped in the contents by its first line), and half of those ask, or they are many. Read as
    an entry, a contents answered nothing and was a close match for every question it lists; a
    chatbot's menu, whose few options name its other entries ("Undergraduate", "Diploma"), answers
    what it asks."""
    names = sorted({_named(entry.heading) for entry in entries} | {_named(part) for entry in entries for part in entry.category.split(CATEGORY_PATH)})

    def name_of(item: str) -> str | None:
        at = bisect.bisect_left(names, item)
        found = at < len(names) and (names[at] == item or (len(item) >= _SHORTEST_PREFIX and names[at].startswith(item)))
        return names[at] if found else None

    def lists_them(entry: Entry) -> bool:
        lines = [line for line in entry.answer.splitlines() if line.strip()]
        marked = [line for line in lines if _LIST_MARK.match(line).group().strip()]
        items = [_named(line) for line in (marked if len(marked) >= _FEWEST_CONTENTS_ITEMS else lines)]
        named = [name for name in map(name_of, items) if name is not None]
        many_or_asking = len(named) > _MOST_MENU_ITEMS or 2 * sum(map(asks, named)) >= len(named)
        return len(items) >= _FEWEST_CONTENTS_ITEMS and len(named) >= _CONTENTS_SHARE * len(items) and many_or_asking

    return [entry for entry in entries if not lists_them(entry)]
