"""Gradio chat UI: the face of faqbot for most people (``faqbot serve``).

Everything shown in the page that came from a person or a FAQ file goes through
:func:`as_text`, so markup in a question or an answer is displayed, never run. Gradio's own
sanitiser stays on as a second line of defence.
"""

from __future__ import annotations

import html
import logging
import os
import re
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from faqbot.answer import Answer
from faqbot.bot import FAQBot
from faqbot.corpus.entry import asks, heading_key
from faqbot.corpus.loader import name_of_file
from faqbot.learning.store import QuestionStore
from faqbot.picks import picked_offer
from faqbot.retrieval import AMBIGUOUS, HIGH_CONFIDENCE, OFFERED, Offer, did_you_mean, related, suggestions
from faqbot.retrieval import NOT_COVERED as NOT_COVERED_REASON
from faqbot.small_talk import ACKNOWLEDGEMENT, GOODBYE, GREETING, HELP, THANKS
from faqbot.spelling import corrections
from faqbot.text import CODE, valid_utf8

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no outbound calls, before gradio loads

import gradio as gr  # noqa: E402

question_log = logging.getLogger("faqbot.questions")  # silent unless the operator asks (--log-questions)

ALL_CATEGORIES = "All topics"
EXAMPLES = 4  # suggested questions in the welcome message
WELCOME_WORDS = 60  # of the FAQ's description in the welcome: a page of history pushed its questions off the screen
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
SHORT_TITLE = 60  # characters
_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+[|·–—-]\s+")  # between a web page's name and its site's: "Bins FAQ | Riverton Council"; linear
RELATED_PROMPT = "Not what you meant? Related questions:"
WHICH_ONE = "Which one do you mean?"  # over the candidates again, when the asker said yes to several
OTHERWISE = "Something else?"  # before the owner's fallback under "did you mean" candidates, one or several
CHAT_HEIGHT = "calc(100dvh - 230px)"  # the chat takes the window's height; the question box stays on screen
_INDENT = re.compile(r"^ +", re.MULTILINE)
# A list item as an answer's text writes it (faqbot.corpus.html_text.LIST_ITEM): "- Free", "2. Choose the year",
# indented under the item it is nested in ("  - a towel").
_LIST_ITEM = re.compile(r"^(?P<indent> *)(?:- |(?P<number>\d{1,3})\. )(?P<item>.*)$")
# Table cells as an answer's text writes them apart (faqbot.corpus.html_text.CELLS_APART): a bar with a
# space or the line's end on either side, so an empty cell ("Team | | 10") is a cell too.
_CELLS_APART = re.compile(r"(?:^| )\|(?= |$)")
TABLE = "table"  # the kind of a run of table rows in an answer's text
_LIST_KINDS = ("-", "1.")  # the kinds of a run of list items: bulleted, numbered
_INDENT_SPACE = "\ue000"  # a line's leading space, through the escaping, until it is written as &nbsp;
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")
_MARKDOWN_LINK = re.compile(r"\[(?P<label>[^\[\]\n]+)\]\((?P<address>(?:https?://|mailto:)[^)\s]+)\)")
# A web or mail address, or a bare e-mail address ("write to help@example.org", not "git@github.com:me/x");
# a sentence's closing punctuation is not part of it. widget.js links the same.
_LINK = re.compile(r"(?P<address>(?:https?://|mailto:)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]])|(?<![\w.+-])(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?![\w:/@-])")

# Gradio labels each message for screen readers with its raw Markdown ("**How…?** … high\\-level");
# this gives each one its text as shown instead, whenever messages change.
HEAD = """<script>
(() => {
  const relabel = () => document.querySelectorAll("#chat [data-testid='bot'], #chat [data-testid='user']").forEach((message) => {
    const label = (message.dataset.testid === "bot" ? "Answer: " : "You asked: ") + message.innerText.trim();
    if (message.getAttribute("aria-label") !== label) message.setAttribute("aria-label", label);
  });
  new MutationObserver(relabel).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
})();
</script>"""

# Gradio's default theme declares its fonts at weights 400 and 600, and the 600 files it ships hold
# only "A" and "B": semi-bold text (the title, a heading in an answer) was drawn in two fonts, its
# "A" and "B" smaller than the letters around them. The 700 files are whole, and a browser draws
# semi-bold text with them when no 600 is declared.
THEME = gr.themes.Default(
    font=(gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui", "sans-serif"),
    font_mono=(gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700)), "ui-monospace", "Consolas", "monospace"),
)

# Scrolls the page to the chat's latest reply (the chat scrolls its own messages to it).
SHOW_LATEST_REPLY = "() => document.querySelector('#chat')?.scrollIntoView({block: 'nearest'})"

CSS = """
#chat .options { display: flex; flex-wrap: wrap; gap: 0.4rem; }
#title { overflow: visible !important; } /* the bold title's descenders overhang its box by a pixel: no scroll area */
footer { display: none !important; }
/* inline code looks the same out of a paragraph (after a code block) as in one */
#chat .message-content :not(pre) > code { border: 1px solid var(--border-color-primary); background: var(--background-fill-secondary); padding: 1px 2px; border-radius: 2px; }
"""


def _escaped(text: str) -> str:
    """Markdown first (its backslashes must not touch the entities html.escape makes), then HTML;
    a kept indentation space becomes one HTML does not collapse."""
    return html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", text), quote=False).replace("\n", "<br>").replace(_INDENT_SPACE, "&nbsp;")


def _shown_address(address: str) -> str:
    """How a link with no label of its own reads: a mail address as the address a reader would type
    ("help@example.org", not "mailto:help@example.org?subject=Hi"), a web address in full."""
    return address.removeprefix("mailto:").split("?")[0] if address.startswith("mailto:") else address


def _with_links(text: str, links: re.Pattern[str], between) -> str:
    """``text`` with each match of ``links`` written out as an HTML link (its ``address``, shown as its
    ``label`` or the address itself) and the text between them made safe by ``between``."""
    pieces, position = [], 0
    for link in links.finditer(text):
        found = link.groupdict()
        address = found.get("address") or f"mailto:{found['email']}"
        label = found.get("label") or _shown_address(address)
        pieces += [between(text[position : link.start()]), f'<a href="{html.escape(address)}" target="_blank" rel="noopener noreferrer">{_escaped(label)}</a>']
        position = link.end()
    return "".join([*pieces, between(text[position:])])


def as_text(text: str) -> str:
    """Make user or corpus text safe to show in a Markdown/HTML message: shown as typed, never run.

    Web and mail addresses become links written out as HTML, so the Markdown escaping of the
    text around them never ends up inside an address; code marked as an answer's text marks it
    (see :data:`faqbot.text.CODE`) is shown as code, as typed.
    """
    pieces, position, after_span = [], 0, False
    for code in CODE.finditer(text):
        block, span = code.group("block"), code.group("span")
        before = text[position : code.start()]
        if block is None:
            pieces += [as_plain_text(before, after_span), f"<code>{as_plain_text(span, True)}</code>"]
        else:  # a block stands apart by itself (the breaks around it would add empty lines) and keeps its spaces
            pieces += [as_plain_text(before.rstrip("\n"), after_span), f"<pre><code>{_with_links(block, _LINK, _escaped)}</code></pre>"]
        position = code.end() if block is None else len(text) - len(text[code.end() :].lstrip("\n"))
        after_span = block is None
    return "".join([*pieces, as_plain_text(text[position:], after_span)])


def as_answer_text(text: str) -> str:
    """:func:`as_text` of an answer (or a FAQ's description) with its lists shown as lists and its
    tables as tables: "- a towel" and "Basic | Free" lines read as typed, hyphens, bars and all,
    where a reader expects bullets and columns. Each run of list items outside a code block is
    written as a Markdown list between paragraphs, numbered ones from their first number ("3. …"
    goes on from an earlier list), and each run of two or more table rows with as many cells as a
    Markdown table, its first row the header; every item's and cell's text made safe by :func:`as_text`."""
    written = {None: lambda lines: as_text("\n".join(lines).strip("\n")), TABLE: _as_markdown_table}
    pieces = [written.get(kind, _as_markdown_list)(lines) for kind, lines in _runs(text)]
    return "\n\n".join(piece for piece in pieces if piece)


def _code_lines(text: str) -> set[int]:
    """The numbers of ``text``'s lines that a code block spans, its fences included: code as
    :func:`as_text` shows it (:data:`faqbot.text.CODE`)."""
    blocks = [code for code in CODE.finditer(text) if code["block"] is not None]
    return {number for code in blocks for number in range(text.count("\n", 0, code.start()), text.count("\n", 0, code.end()) + 1)}


def _as_markdown_list(lines: list[str]) -> str:
    """A run of list item lines as a Markdown list: each item's marker ("-", or its number), then
    its text made safe; an item indented more than the one above is nested in it, written under
    where that item's text starts, as Markdown nests lists. A nested numbered list that does not
    start at 1 is set apart by a blank line: Markdown would read it as its item's text."""
    written: list[str] = []
    parents: list[tuple[int, int]] = []  # the open items: (their indentation as typed, where their text starts as written)
    for item in map(_LIST_ITEM.match, lines):
        typed = len(item["indent"])
        opens_a_list = bool(parents) and typed > parents[-1][0]
        while parents and typed <= parents[-1][0]:
            parents.pop()
        marker, indent = f"{item['number']}." if item["number"] else "-", parents[-1][1] if parents else 0
        written += [""] if opens_a_list and item["number"] not in (None, "1") else []
        written.append(f"{' ' * indent}{marker} {as_text(item['item'])}")
        parents.append((typed, indent + len(marker) + 1))
    return "\n".join(written)


def _as_markdown_table(lines: list[str]) -> str:
    """A run of table rows as a Markdown table, the first row its header, each cell's text made safe."""
    rows = [[as_text(cell) for cell in _cells(line)] for line in lines]
    return "\n".join(["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * len(rows[0]), *("| " + " | ".join(row) + " |" for row in rows[1:])])


def _cells(line: str) -> list[str]:
    """A table row's cells as an answer's text writes them apart (faqbot.corpus.html_text.CELLS_APART),
    empty ones too ("Team | | 10"); a line of one cell is no row."""
    return [cell.strip() for cell in _CELLS_APART.split(line)]


def _runs(text: str) -> list[tuple[str | None, list[str]]]:
    """``text``'s lines in runs: list items of one kind ("-" or "1.") with the items nested in them
    (indented, of either kind; blank lines before them dropped), two or more table rows of as many
    cells (kind TABLE), or any other lines (kind None), the lines of a code block among them
    whatever they open with."""
    runs: list[tuple[str | None, list[str]]] = []
    in_code = _code_lines(text)
    for number, line in enumerate(text.split("\n")):
        item = None if number in in_code else _LIST_ITEM.match(line)
        width = 0 if number in in_code or item is not None else len(_cells(line))  # cells, when it may be a table row
        kind = "1." if item is not None and item["number"] else "-" if item is not None else TABLE if width > 1 else None
        nested = item is not None and bool(item["indent"])
        if nested and len(runs) > 1 and runs[-1][0] is None and not "".join(runs[-1][1]).strip() and runs[-2][0] in _LIST_KINDS:
            runs.pop()  # blank lines between an item and the list nested in it
        if runs and (runs[-1][0] == kind or (nested and runs[-1][0] in _LIST_KINDS)) and (kind != TABLE or len(_cells(runs[-1][1][0])) == width):
            runs[-1][1].append(line)
        else:
            runs.append((kind, [line]))
    return _merged(runs)


def _merged(runs: list[tuple[str | None, list[str]]]) -> list[tuple[str | None, list[str]]]:
    """``runs`` with a lone table row read as the text it is in: one line with a bar is no table."""
    merged: list[tuple[str | None, list[str]]] = []
    for kind, lines in runs:
        kind = None if kind == TABLE and len(lines) == 1 else kind
        if merged and kind is None and merged[-1][0] is None:
            merged[-1][1].extend(lines)
        else:
            merged.append((kind, list(lines)))
    return merged


def as_plain_text(text: str, mid_line: bool = False) -> str:
    """:func:`as_text` of text without code blocks: its addresses linked (the chat's Markdown would
    link them too, escaping and all, even in code), its lines' indentation kept, the rest escaped.
    Text that goes on ``mid_line`` (after inline code) has no indentation on its first line: the
    space after "`npm install`" is a space between words."""
    indented = _INDENT.sub(lambda indent: indent.group() if mid_line and indent.start() == 0 else _INDENT_SPACE * len(indent.group()), text)
    return _with_links(indented, _LINK, _escaped)


def confidence_label(score: float, threshold: float) -> str:
    """high / medium / low, with the number, so a reader can judge the answer at a glance."""
    level = "high" if score >= max(HIGH_CONFIDENCE, threshold) else "medium" if score >= threshold else "low"
    return f"{level} confidence ({score:.2f})"


@dataclass(frozen=True)
class ChatOptions:
    """What the page shows besides answers: the owner's fallback text, and sources for authors."""

    title: str = ""  # the page title; empty: see title_of()
    fallback: str = ""  # Markdown (links allowed) shown when the FAQ does not cover a question
    show_sources: bool = True  # "file:line" under each answer: for authors, not for visitors


NOT_COVERED = "I couldn't find this in the FAQ."
NOT_COVERED_HINT = "Try other words, or browse all the questions below."
NONE_OF_THESE = "Then I couldn't find it in the FAQ, sorry."  # after a no to every "did you mean" candidate
NOT_IN_TOPIC = "Nothing under “{topic}”; from all topics:"  # before what the whole FAQ has, when the chosen topic has nothing
SORRY = "Sorry about that."  # before the related questions offered again after a no to an answer
SPELLING_CORRECTED = "Spelling corrected:"  # before the words read as others ("matress" → "mattress")
# Replies to small talk (faqbot.small_talk): a greeting or a thank-you is answered in kind, not with "couldn't find".
SMALL_TALK = {
    GREETING: "Hello! Ask a question in your own words, or browse all the questions below.",
    THANKS: "You're welcome! Ask another question any time.",
    GOODBYE: "Goodbye, and thanks for asking!",
    HELP: "Ask a question in your own words and I'll answer from the FAQ, with the question each answer comes from. "
    "When I'm not sure, I offer the closest questions to pick from. All the questions are listed below.",
    ACKNOWLEDGEMENT: "Anything else? Ask in your own words, or browse all the questions below.",
}


def fallback_html(text: str) -> str:
    """The owner's fallback text, safe to show: Markdown links to web or mail addresses become links,
    everything else is shown as typed."""
    return _with_links(text, _MARKDOWN_LINK, as_text)


def reply(answer: Answer, threshold: float, options: ChatOptions) -> dict:
    """The assistant message for one answer (see :func:`_reply`), opening with the words read as
    others when misspelt words were corrected: a correction can be wrong, and the asker then sees why."""
    message = _reply(answer, threshold, options)
    if answer.corrected_question and not answer.small_talk:
        changed = ", ".join(f"“{as_text(typed)}” → “{as_text(searched)}”" for typed, searched in corrections(answer.question, answer.corrected_question))
        message["content"] = f"<sub>{SPELLING_CORRECTED} {changed}</sub>\n\n{message['content']}"
    return message


def _reply(answer: Answer, threshold: float, options: ChatOptions) -> dict:
    """The assistant message for one answer.

    Answered: heading as a title, the answer (of a long one, the passage that answers: :attr:`Answer.excerpt`)
    and the full answer to open, a footer, and the related
    entries (:func:`faqbot.retrieval.related`) as options, so that an asker given the wrong entry picks the right
    one instead of rephrasing (with ``--learn`` the pick is recorded and the review lists it). Did you mean:
    the candidates as clickable options inside the message, and the owner's fallback for when none
    of them is what was asked. Not covered: the owner's fallback, never headings that have nothing
    to do with the question. Small talk: a reply in kind.
    """
    if answer.small_talk:
        return {"role": "assistant", "content": SMALL_TALK[answer.small_talk]}
    label = f"<sub>{confidence_label(answer.score, threshold)}</sub>"
    if answer.reason == AMBIGUOUS:
        offered = suggestions(answer)
        otherwise = f"\n\n{OTHERWISE} {fallback_html(options.fallback)}" if options.fallback else ""
        return {"role": "assistant", "content": f"{did_you_mean(len(offered))}{otherwise}", "options": as_options(offered)}
    if not answer.answered:
        return {"role": "assistant", "content": f"{NOT_COVERED} {not_found_follow_up(options)}\n\n{label}"}
    details = [confidence_label(answer.score, threshold), *([as_text(answer.category)] if answer.category else [])]
    details += [f"source: {as_text(answer.source)}"] if options.show_sources else []
    shown, full = answer.excerpt, ""
    if answer.answer.strip() != shown.strip():
        full = f"\n\n<details><summary>Full answer</summary>\n\n{as_answer_text(answer.answer)}\n\n</details>"
    content = f"**{as_text(answer.heading)}**\n\n{as_answer_text(shown)}{full}\n\n<sub>{' · '.join(details)}</sub>"
    message = {"role": "assistant", "content": content, "answered": answer.heading}
    others = related(answer)
    if not others:
        return message
    return message | {"content": f"{content}\n\n{RELATED_PROMPT}", "options": as_options(others)}


def ask_in_topic(bot: FAQBot, question: str, topic: str | None) -> tuple[Answer, str]:
    """Ask ``question`` in the chosen ``topic`` (the "Topic" menu; None or an unknown one: all), and
    the topic it found nothing in, or "".

    A question of an entry under another topic (clicked in the welcome or the list of all
    questions, or typed as the FAQ writes it) is asked where its entry is: searched in the chosen
    topic it found a neighbour or nothing. A question the chosen topic does not cover is asked of
    the whole FAQ, and what that finds is shown, saying so: an asker who left a topic chosen was
    told the FAQ had nothing on a question another topic answers.
    """
    chosen = topic if topic in bot.categories else None
    under = bot.index.layout.topics_by_question.get(heading_key(question), frozenset()) if chosen is not None else frozenset()
    if chosen is None or (under and chosen not in under):
        return bot.ask(question, top_k=OFFERED), ""
    answer = bot.ask(question, top_k=OFFERED, category=chosen)
    if answer.reason != NOT_COVERED_REASON or answer.small_talk:
        return answer, ""
    everywhere = bot.ask(question, top_k=OFFERED)
    return (answer, "") if everywhere.reason == NOT_COVERED_REASON else (everywhere, chosen)


def not_found_follow_up(options: ChatOptions) -> str:
    """What the chat says after finding nothing: the owner's fallback (a contact, a form), else a hint."""
    return fallback_html(options.fallback) if options.fallback else NOT_COVERED_HINT


def nothing_better(options: ChatOptions) -> dict:
    """The reply to a no to every candidate of a "did you mean" (:func:`faqbot.picks.refuses`): the
    FAQ has nothing better, and the owner's fallback says where to ask instead."""
    return {"role": "assistant", "content": f"{NONE_OF_THESE} {not_found_follow_up(options)}"}


def sorry(message: dict) -> dict:
    """A "did you mean" reply after the asker said an answer was wrong, apologising first."""
    return message | {"content": f"{SORRY} {message['content']}"}


def as_options(offers: list[Offer]) -> list[dict]:
    """Entries offered as a message's clickable options: a click asks the offer's question as the
    next one, and a recorded pick keeps it: it names the entry (a heading asked in two sections with
    its section), which the review and an approval take it for."""
    return [{"label": offer.question, "value": offer.question} for offer in offers]


def title_of(bot: FAQBot, chosen: str = "") -> str:
    """The page title: ``chosen`` (``--title``), else the description's first line when it is short
    (a Markdown or YAML title, a web page's title without its site's name), else the name of the
    one file holding entries, or of the folder ("kim-xi-meetings.txt" → "Kim Xi meetings" when its
    entries write "Kim" and "Xi")."""
    if chosen:
        return chosen
    title = _short_title(_first_line(bot.description))
    if title:
        return title
    sources = {entry.file for entry in bot.corpus.entries}  # a skipped README beside the FAQ is not one
    return name_of_file(Path(sources.pop()) if len(sources) == 1 else bot.corpus_path, bot.corpus.entries)


def _first_line(text: str) -> str:
    """A description's first line: its title, where it has one."""
    return text.strip().split("\n", 1)[0].strip()


def _short_title(line: str) -> str:
    """``line`` as a page title when it is short: whole, or up to its first separator, as a web
    page's title names the page before its site ("Bins and recycling FAQ | Riverton Borough
    Council"), whose name makes it too long; "" when neither is short."""
    if len(line) <= SHORT_TITLE:
        return line
    page = _TITLE_SEPARATOR.split(line, 1)[0]
    return page if page != line and len(page) <= SHORT_TITLE else ""


def example_questions(offers: list[Offer], categories: list[str] | None = None) -> list[Offer]:
    """The entries the welcome message offers: EXAMPLES whose headings ask a question, then others
    if there are too few (a Markdown section's introduction, "Opening hours"). In a FAQ with
    categories (``categories``, one per offer) they are taken from each category in turn, so that
    the first screen shows what the FAQ covers, not four questions of its first section."""
    sections = categories or [""] * len(offers)
    chosen: list[Offer] = []
    for asking in (True, False):
        by_section: dict[str, list[Offer]] = {}
        for offer, section in zip(offers, sections, strict=True):
            if asks(offer.heading) == asking:
                by_section.setdefault(section, []).append(offer)
        chosen += [offer for turn in zip_longest(*by_section.values()) for offer in turn if offer is not None]
    return chosen[:EXAMPLES]


def welcome_examples(bot: FAQBot) -> list[Offer]:
    """The FAQ's entries the welcome offers (:func:`example_questions`), each by its question told
    apart (:func:`faqbot.corpus.entry.told_apart`)."""
    layout = bot.index.layout  # one snapshot: ``serve --watch`` may swap the index meanwhile
    offers = [Offer(question, entry.heading) for question, entry in zip(layout.headings, layout.entries, strict=True)]
    return example_questions(offers, [entry.category for entry in layout.entries])


def welcome(bot: FAQBot) -> dict:
    """The chat's first message: what the FAQ is about, and a few of its questions to click."""
    about = bot.description.strip()
    if _short_title(_first_line(about)) == title_of(bot):  # the title is shown above already
        about = about.split("\n", 1)[1].strip() if "\n" in about else ""
    about = _opening(about)
    text = f"{as_answer_text(about)}\n\n" if about else ""
    return {"role": "assistant", "content": f"{text}Ask a question in your own words, or try one of these:", "options": as_options(welcome_examples(bot))}


def _opening(description: str) -> str:
    """What the welcome shows of the FAQ's description: its first paragraph, cut after the last
    sentence that ends within WELCOME_WORDS words (or at that many words, with "…")."""
    first = description.split("\n\n", 1)[0].strip()
    words = first.split()
    if len(words) <= WELCOME_WORDS:
        return first
    kept = " ".join(words[:WELCOME_WORDS])
    ends = [match.start() for match in _SENTENCE_END.finditer(kept + " ")]
    return kept[: ends[-1]] if ends else f"{kept}…"


def settled(message: dict) -> dict:
    """A message once another follows it. The chat shows a message's options (clickable entries) only
    while it is the latest, so an earlier one would keep "Related questions:" or "Did you mean one of
    these?" with nothing under it; it keeps what it offered as a plain list instead."""
    if not message.get("options"):
        return message
    listed = "\n".join(f"- {as_text(option['label'])}" for option in message["options"])
    before, fallback, after = message["content"].partition(f"\n\n{OTHERWISE}")
    return {"role": message["role"], "content": f"{before}\n\n{listed}{fallback}{after}"}


def did_you_mean_offers(message: dict) -> list[str]:
    """The questions a chat message offered as "did you mean" candidates (or again, asking which), in
    order; none for any other message (related questions under an answer are no question to answer with "yes")."""
    offered = [option["value"] for option in message.get("options", [])]
    asked = (did_you_mean(len(offered)), WHICH_ONE)
    return offered if offered and any(question in message["content"] for question in asked) else []  # perhaps after a spelling note


def answer_shown(message: dict) -> tuple[str, list[str]] | None:
    """The heading of the answer a chat message gave and the related questions shown under it; None
    when it gave none. The key is kept on the server side only: Gradio sends a message's role,
    content and options to the page, nothing else."""
    if "answered" not in message:
        return None
    return message["answered"], [option["value"] for option in message.get("options", [])]


def which_one(message: dict) -> dict:
    """A "did you mean" reply turned into asking which of its candidates was meant."""
    return message | {"content": message["content"].replace(did_you_mean(len(message["options"])), WHICH_ONE, 1)}


def offered_by_latest(history: list[dict], index: object, value: object) -> bool:
    """Whether ``value`` is option ``index`` of the conversation's latest message (both come from the browser)."""
    offered = history[-1].get("options", []) if history else []
    return isinstance(index, int) and 0 <= index < len(offered) and offered[index]["value"] == value


def build_app(bot: FAQBot, log_questions: bool = False, options: ChatOptions | None = None, store: QuestionStore | None = None) -> gr.Blocks:
    """The chat page for one bot; the bot (model and index) is shared by every session.

    With a ``store`` (``serve --learn``) each question is recorded, and each reply has 👍/👎
    buttons whose verdict is stored with it.
    """
    threshold, options = bot.threshold, options or ChatOptions()

    def respond(question: str, history: list[dict], category: str | None, recorded: dict, typed: bool = True) -> tuple:
        """Answer one message.

        ``history`` is the session's server-side state, never what the browser sends: the chat
        takes text only, so no request can slip a file into the conversation. ``recorded`` maps
        the position of each recorded reply to its record, for the 👍/👎 on it. A ``typed``
        message that picks a candidate of the latest "did you mean" ("yes", "the second one":
        :func:`faqbot.picks.picked_offer`) asks that candidate, and is stored as its pick like a click;
        one that says yes to several is asked which one, and one that says no to them is told so, and
        stored as 👎 on the "did you mean": the review counts its question among those nothing covers.
        One that says an answer was wrong ("that's not what I asked") is stored as 👎 on it and
        offered its related questions as a "did you mean", whose pick is stored with the answer's
        question (the review then suggests the entry picked), or told the FAQ has nothing better.
        """
        if not question or not question.strip():
            gr.Warning("Type a question first.")
            return history, history, question, recorded
        question = valid_utf8(question)
        if log_questions:
            question_log.info("question: %r", question)
        offered = did_you_mean_offers(history[-1]) if typed and history else []
        picked, latest = picked_offer(question, offered), len(history) - 1
        shown = answer_shown(history[-1]) if typed and history else None
        rejected = bot.rejected(question, *shown) if shown else None
        if rejected is not None:  # "wrong": the related questions are offered again as a "did you mean", a pick stored with the answer's question
            if store is not None and latest in recorded:
                store.feedback(recorded[latest], False)
            instead = sorry(reply(rejected, threshold, options)) if rejected.reason == AMBIGUOUS else nothing_better(options)
            history = [*map(settled, history), {"role": "user", "content": as_text(question)}, instead]
            return history, history, "", recorded | ({len(history) - 1: recorded[latest]} if latest in recorded else {})
        if bot.refused(question, offered) is not None:
            if store is not None and latest in recorded:
                store.feedback(recorded[latest], False)
            history = [*map(settled, history), {"role": "user", "content": as_text(question)}, nothing_better(options)]
            return history, history, "", recorded
        again = bot.reoffer(question, offered)
        if again is not None:  # "yes" to several: which one? A pick then is stored with the question that was asked
            history = [*map(settled, history), {"role": "user", "content": as_text(question)}, which_one(reply(again, threshold, options))]
            return history, history, "", recorded | ({len(history) - 1: recorded[latest]} if latest in recorded else {})
        if picked is not None and store is not None and latest in recorded:
            store.choose(recorded[latest], picked)
        answer, elsewhere = ask_in_topic(bot, picked or question, category)
        message = reply(answer, threshold, options)
        if elsewhere:
            message["content"] = f"<sub>{NOT_IN_TOPIC.format(topic=as_text(elsewhere))}</sub>\n\n{message['content']}"
        history = [*map(settled, history), {"role": "user", "content": as_text(question)}, message]
        if store is not None:
            recorded = {**recorded, len(history) - 1: store.record(answer)}
        return history, history, "", recorded

    def ask_heading(heading: str | None, history: list[dict], recorded: dict) -> tuple:
        """Ask a heading picked from the list of all questions (across all categories)."""
        return respond(heading or "", history, None, recorded, typed=False)

    def pick_candidate(history: list[dict], category: str | None, recorded: dict, chosen: gr.SelectData) -> tuple:
        """Ask the candidate clicked in a message: in the chosen topic, or under its own (:func:`ask_in_topic`).

        With learning on, a candidate picked from the latest reply is stored with that reply's
        question: the asker has said which entry they meant. Older replies' options, and anything
        the browser sends that the reply did not offer, are only asked.
        """
        latest = len(history) - 1
        if store is not None and latest in recorded and offered_by_latest(history, chosen.index, chosen.value):
            store.choose(recorded[latest], chosen.value)
        return respond(str(chosen.value), history, category, recorded, typed=False)

    def rate(recorded: dict, verdict: gr.LikeData) -> None:
        """Store a 👍/👎 on a reply of this session (the welcome message has no record: nothing to store).

        The message's position and the verdict come from the browser: anything but a position and
        True/False is ignored.
        """
        position, liked = verdict.index, verdict.liked
        record_id = recorded.get(position) if isinstance(position, int) else None
        if store is not None and record_id is not None and isinstance(liked, bool):
            store.feedback(record_id, liked)

    def title_line() -> str:
        return f"# {as_text(title_of(bot, options.title))}"

    with gr.Blocks(title=title_of(bot, options.title), analytics_enabled=False) as app:
        heading = gr.Markdown(title_line(), elem_id="title")
        # The conversation starts when the page's load event has filled in the welcome, and nothing can
        # be asked before: a reply that arrived first would be overwritten by the load's welcome.
        conversation = gr.State([])
        recorded = gr.State({})  # this session's replies that were recorded: message position → record id
        chatbot = gr.Chatbot([], label="Chat", show_label=False, elem_id="chat", height=CHAT_HEIGHT, sanitize_html=True, buttons=["copy"])
        # The topic filter exists only for corpora with categories; without it every question searches all.
        topic = gr.Dropdown([ALL_CATEGORIES, *bot.categories], value=ALL_CATEGORIES, label="Topic", elem_id="topic", visible=bool(bot.categories))
        textbox = gr.Textbox(placeholder="Ask a question…", show_label=False, elem_id="question", max_lines=4, submit_btn="Ask", interactive=False)
        with gr.Row():
            clear = gr.Button("Clear chat", size="sm", elem_id="clear")
        listed = "The one question" if len(bot.headings) == 1 else f"All {len(bot.headings)} questions"
        with gr.Accordion(f"{listed} in this FAQ", open=False, elem_id="all-headings") as listing:
            headings = gr.Radio(choices=bot.index.layout.headings, show_label=False, elem_id="headings", interactive=False)

        outputs = [chatbot, conversation, textbox, recorded]
        textbox.submit(respond, [textbox, conversation, topic, recorded], outputs, show_progress="minimal")
        chatbot.option_select(pick_candidate, [conversation, topic, recorded], outputs, show_progress="minimal")
        # Asking a listed heading clears the choice again, so the same one can be asked twice, and folds
        # the list away, its reply in view: picked far down a long FAQ's list, the reply came above, off screen.
        picked = headings.select(ask_heading, [headings, conversation, recorded], outputs, show_progress="minimal")
        picked.then(lambda: (None, gr.Accordion(open=False)), None, [headings, listing]).then(None, js=SHOW_LATEST_REPLY)
        clear.click(lambda: ([welcome(bot)], [welcome(bot)], "", {}), None, outputs)
        if store is not None:  # the thumbs appear only where a verdict is kept
            chatbot.like(rate, [recorded], None, show_progress="hidden")

        def current_page() -> tuple:
            """Title, welcome, headings and topics as they are now (``serve --watch`` may have reloaded); asking opens."""
            topics = gr.update(choices=[ALL_CATEGORIES, *bot.categories], visible=bool(bot.categories))
            return title_line(), [welcome(bot)], [welcome(bot)], gr.update(choices=bot.index.layout.headings, interactive=True), topics, gr.update(interactive=True)

        opened = app.load(current_page, None, [heading, chatbot, conversation, headings, topic, textbox], show_progress="hidden")
        opened.then(None, js="() => document.querySelector('#question textarea')?.focus()")
    return app
