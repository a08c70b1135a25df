"""Web FAQ pages without FAQPage markup: questions read from the page's structure.

Many sites publish their FAQ as a plain page — headings, an accordion of buttons, ``<details>``
blocks, a definition list — without the schema.org markup :mod:`faqbot.corpus.html_faq` reads.
Such a page is read the way a person reads it: in its main content (navigation, header, footer,
sidebars and forms left out), every heading, summary, ``<dt>``, accordion button or title (an
element classed as a question, title, header or toggle) or paragraph in bold (by its tag, or by
its style, as Google Docs saves a page) that asks a question (ends in "?", or is labelled "Q:")
opens an entry, and what follows it is its answer — the rest of its ``<details>``, its ``<dd>``,
or the elements after it down to the next heading as high or a next question. A paragraph or
list item that opens with a question in bold and goes on with its answer is read as the two,
where two or more do (WordPress's and SharePoint's editors save a FAQ so), and so is each line
labelled as a question ("Q: …") in a paragraph's or a block's lines, with the lines under it. A title that
asks nothing but is made like the page's question titles (the same tag and class) is an entry
too, and so is such a heading over sub-headings that name its parts ("Description", "Answer"):
troubleshooting FAQs state problems ("The app shows 0 H/s") among their questions, and
accordions name topics ("Swimming caps"). So is an accordion's title that opens the
answer under it, whatever its words ("Returns"): a heading whose button toggles, or a button or
classed title that names the part of the page it opens (by ARIA, or, for a link that asks, by the
script it runs: ``javascript:toggleLayer('faq1')``). Other headings that ask nothing (below
the page's ``<h1>`` title, unless it has several, and but for one that only says "Frequently Asked Questions" or "FAQ")
are categories, and so are tabs and the titles of folds that hold questions of their own
("Billing" over a ``<details>`` of billing questions). A question with nothing after it, or
nothing but links and buttons (a call to action: "Ready to ship? [Book now]"), is left out: it
answers nothing. A page where nothing asks, nor a table of questions and answers, is read by its
questions in bold that open lines of a block, two or more (a FAQ laid out in lines, ``<b>How do I
join?</b><br>Fill in the form.<br><br><b>…``); failing that, as a list of questions, where two or
more of its list items open with one (a numbered FAQ saved from Google Docs or LibreOffice): each
is answered in its item or by what follows its list; failing that, by its paragraphs that are a
question each over an answer, two or more (a FAQ typed plainly).
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from faqbot.corpus.entry import (
    CATEGORY_PATH,
    FEWEST_QUESTIONS,
    LONGEST_QUESTION,
    Entry,
    asks,
    asks_unmarked,
    label_alone,
    labelled_question,
    make_entry,
    name_an_entrys_parts,
    only_says_faq,
    without_answer_label,
    without_toggle_glyph,
)
from faqbot.corpus.html_text import BACK_TO_TOP, html_to_text, one_line, shown_text
from faqbot.corpus.table_faq import document_table_entries, heads_questions_and_answers

logger = logging.getLogger(__name__)

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_QUESTION_TAGS = (*_HEADINGS, "summary", "dt", "button", "p")
_BOLD = ("b", "strong")
_BOLD_DECLARATION = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b", re.IGNORECASE)
# Classes that name bold outright: utility frameworks' (Tailwind, Bootstrap 4 and 5) and sites' own.
_BOLD_CLASSES = frozenset({
    "bold", "strong", "font-bold", "font-semibold", "font-extrabold", "font-black", "fw-bold", "fw-semibold", "fw-bolder",
    "font-weight-bold", "font-weight-semibold", "font-weight-bolder", "text-bold", "font-[600]", "font-[700]", "font-[800]", "font-[900]",
})
_BOLD_RULE = re.compile(r"\.([\w-]+)\s*\{[^}]*font-weight\s*:\s*(?:bold|[6-9]00)\b", re.IGNORECASE)  # ".c4{font-weight:700}"
_ACTIONS = ("a", "button")
_CHROME = ("nav", "header", "footer", "aside", "form", "script", "style", "noscript", "template")
_BELOW_HEADINGS = 7  # the level of a summary or <dt> question: under every heading
# Words in the class of an accordion's question element ("accordion-section-title", "faq-question";
# Confluence's expand macro: "expand-control-text").
_QUESTION_CLASSES = ("question", "title", "header", "heading", "toggle", "trigger", "expand-control")
# What marks the button of an accordion: the part it opens and closes, or its state.
_TOGGLE_ATTRIBUTES = ("aria-controls", "aria-expanded", "data-bs-toggle", "data-toggle")
_TARGET_ATTRIBUTES = ("aria-controls", "data-bs-target", "data-target")  # ...and how it names the part it opens
# The words of an accordion title's state or control, which its script writes into the title:
# GOV.UK's "Show this section", a "+" or "Read more" (a ", " kept for screen readers too).
_TOGGLE_WORDS = re.compile(r"[^\w?？؟]*|(?:show|hide|expand|collapse|open|close|toggle|read more|view)(?: (?:this|the|all))?(?: (?:section|answer|question|details|content))?", re.IGNORECASE)
_INDICATOR_CLASSES = ("toggle", "hidden", "sr-only", "icon", "chevron", "indicator")
# What a help centre shows beside each answer, in words no answer is: its question for feedback
# ("Was this article helpful?") with its votes and count, a "Share" row of networks, and a link or
# button that only shows more of the text ("Read more"), which the page holds already, or goes
# back to the top of the page.
_FEEDBACK = re.compile(r"\b(?:was|is|were) (?:this|these|the) (?:article|answer|page|information|post|faq|response|reply|section|content)s? (?:helpful|useful)\b|\bdid this (?:answer|solve|help)\b", re.IGNORECASE)
_VOTES = re.compile(r"(?:[\W\d_]|\b(?:yes|no|thanks?|thank you|helpful|not helpful|out of|of|people|person|users?|found this|useful|votes?)\b)*", re.IGNORECASE)
_WIDGET_WORDS = 80  # characters: a feedback question longer is a sentence of the answer
_WIDGET_TEXT = 400  # characters: an element holding more text is more than a widget
_SHARE_LABEL = re.compile(r"^\s*share(?: this)?(?: (?:page|article|post|answer))?(?: on)?\W*$", re.IGNORECASE)
_NETWORKS = re.compile(r"(?:[\W_]|\b(?:twitter|x|facebook|linkedin|e-?mail|whatsapp|pinterest|reddit|telegram|copy(?: the)? link|print|mastodon|bluesky|threads)\b)*", re.IGNORECASE)
_MORE_OF_IT = re.compile(
    rf"(?:read|show|see|view) (?:more|less)|more|less|(?:read|show|see) (?:the )?(?:full|whole) (?:answer|article)|{BACK_TO_TOP}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Page:
    """A page being read: its main content, its elements by ``id`` (the parts toggles open), and its tabs."""

    content: Tag
    parts: Mapping[str, Tag]
    tabs: Mapping[str, str]  # the name of each tab, by the id of the panel it shows
    holding: dict[int, bool] = field(default_factory=dict)  # whether a part holds questions, by id() (see _holds_questions)


def _level(tag: Tag) -> int:
    return int(tag.name[1]) if tag.name in _HEADINGS else _BELOW_HEADINGS


def _classed_question(tag: Tag) -> bool:
    """Whether an element is an accordion's question by its class (``<div class="faq-question">``),
    holding no question element of its own, by its tag or its class (the innermost of nested
    ``<div class="faq-title"><span class="title-text">`` is the question). A paragraph inside is
    its text (``<div class="question"><span>+</span><p>Is there parking?</p></div>``, as
    hand-made accordions write it): a paragraph asks on its own only in bold, and such a page was
    refused. Looked for as one search that stops at the first such element inside: asked again
    of each one found, as it was, elements so classed nested 30 deep (a page leaving its
    ``</div>`` out) took minutes."""
    return _question_by_class(tag) and tag.find(lambda inner: (inner.name in _QUESTION_TAGS and inner.name != "p") or _question_by_class(inner)) is None


def _question_by_class(tag: Tag) -> bool:
    """Whether an element other than a question tag has a class naming a question ("faq-question",
    "accordion-title")."""
    classes = " ".join(tag.get("class") or ()).lower()
    return tag.name not in _QUESTION_TAGS and any(word in classes for word in _QUESTION_CLASSES)


def _may_ask(tag: Tag) -> bool:
    """Whether an element is one that may ask a question: a question tag, a classed accordion
    question, or a link that toggles (Bootstrap 4's ``<a data-toggle="collapse" href="#a1">``)."""
    return tag.name in _QUESTION_TAGS or _classed_question(tag) or (tag.name == "a" and any(tag.has_attr(name) for name in _TOGGLE_ATTRIBUTES) and not _is_tab(tag))


def _title_text(tag: Tag) -> str:
    """The text of a title, a heading or an accordion's button, without what shows its state or
    works it (see ``_TOGGLE_WORDS``): GOV.UK's accordion, saved from a browser, asked "How do I
    join? , Show this section"."""
    return shown_text(tag, hidden={id(part) for part in tag.find_all(_is_indicator)})


def _is_indicator(tag: Tag) -> bool:
    """Whether an element inside a title only shows or works its state (see ``_TOGGLE_WORDS``)."""
    classes = " ".join(tag.get("class", [])).lower()
    return any(name in classes for name in _INDICATOR_CLASSES) and bool(_TOGGLE_WORDS.fullmatch(one_line(tag.get_text(" "))))


def _question(tag: Tag, page: _Page) -> str | None:
    """The question a heading, summary, ``<dt>``, accordion button or paragraph asks, or None if
    it asks none. A paragraph asks one only when it is all in bold or labelled "Q:"
    (``<p><strong>How do I join?</strong></p>``): other paragraphs ending in "?" are answer text."""
    text = _title_text(tag)
    labelled = labelled_question(text)
    if tag.name == "p" and not labelled and one_line(" ".join(shown_text(bold) for bold in tag.find_all(_BOLD))) != text:
        return None
    question = without_toggle_glyph(labelled or text)
    return question if question and (labelled or asks(question) or asks_unmarked(question) or _toggles_answer(tag, page)) and len(question) <= LONGEST_QUESTION else None


def _toggles_answer(tag: Tag, page: _Page) -> bool:
    """Whether an element opens and closes the answer under it, as an accordion's titles do: such a
    title is a question whatever its words ("Shipping costs", or a question in a script whose
    question mark the page left out). A heading does by its button's ``aria-controls``,
    ``aria-expanded`` or Bootstrap's ``data-bs-toggle``; a button or a classed title (``<div
    class="elementor-tab-title" role="button">``), which a page may use for anything, only when
    it names the part it opens and that part is on the page. A ``<summary>`` that asks nothing is
    a question only when made like one that does (see :func:`_page_entries`): notes export an
    answer's own steps as folds ("iOS", "Android") under a question."""
    if tag.name in _HEADINGS:
        return bool(_toggles(tag))
    return tag.name != "p" and _opened_part(tag, page) is not None


def _toggles(tag: Tag) -> list[Tag]:
    """The elements that make ``tag`` a toggle: itself, what it holds, or what it sits in alone.
    A tab is none: what it shows is a panel of entries."""
    around = (tag, *tag.find_all(True), *_wrappers(tag))
    return [element for element in around if any(element.has_attr(name) for name in _TOGGLE_ATTRIBUTES) and not _is_tab(element)]


def _is_tab(element: Tag) -> bool:
    """Whether an element is a tab (ARIA's ``role="tab"``, Bootstrap's ``data-bs-toggle="tab"`` or
    ``"pill"``): it names a category of the page's entries, not a question."""
    return element.get("role") == "tab" or str(element.get("data-bs-toggle") or element.get("data-toggle") or "") in ("tab", "pill")


def _target(element: Tag) -> str | None:
    """The id of the part of the page an element names as what it opens or shows, if any."""
    for name in (*_TARGET_ATTRIBUTES, "href"):
        words = str(element.get(name) or "").strip().split()
        if words and (name != "href" or words[0].startswith("#")):
            return words[0].removeprefix("#")
    return None


def _wrappers(tag: Tag) -> list[Tag]:
    """The elements ``tag`` sits in that hold no other text (an accordion's button around its
    title and icon: ``<div role="button" aria-controls="a1"><i></i><a>Returns</a></div>``)."""
    wrappers, node = [], tag
    for parent in tag.parents:
        # Beside what it wraps, a wrapper shows no text: its other children are read until one does, not
        # its whole text (in a flat page of questions that would be the page's, for every question).
        if parent.name in ("body", "html", "[document]") or any(map(_shows_text, itertools.chain(node.previous_siblings, node.next_siblings))):
            break
        wrappers.append(parent)
        node = parent
    return wrappers


def _opened_part(question: Tag, page: _Page) -> Tag | None:
    """The element a question's toggle names as the part it opens (``aria-controls="a1"``,
    ``data-bs-target="#a1"``), when the page holds it outside the question itself."""
    for toggle in _toggles(question):
        target = _target(toggle)
        part = page.parts.get(target) if target else None
        if part is not None and all(element is not question for element in (part, *part.parents)) and not _holds_questions(part, page):
            return part
    return None


def _holds_questions(part: Tag, page: _Page) -> bool:
    """Whether a part of the page holds titles that ask questions of their own: a toggle that opens
    it ("Show all billing questions") names a group of entries, not one answer. Remembered per
    part: every question inside a group asks it of the group again."""
    key = id(part)
    if key not in page.holding:
        page.holding[key] = any(asks(one_line(title.get_text(" "))) for title in part.find_all(_QUESTION_TAGS) if title.name != "p")
    return page.holding[key]


def _opens_a_group(summary: Tag, page: _Page) -> bool:
    """Whether a ``<summary>`` folds a group of questions (``<details><summary>Billing</summary>
    <details><summary>Can I pay by card?</summary>…``), or of other folds: it names their category."""
    return summary.parent is not None and (summary.parent.find("details") is not None or _holds_questions(summary.parent, page))


def _groups(tag: Tag, page: _Page) -> list[str]:
    """The names of the tabs and folded groups that hold ``tag``, outermost first: its categories."""
    names = []
    for parent in tag.parents:
        summary = parent.find("summary", recursive=False) if parent.name == "details" else None
        if summary is not None and summary is not tag and _opens_a_group(summary, page):
            names.append(shown_text(summary))
        elif page.tabs.get(str(parent.get("id") or "")):
            names.append(page.tabs[str(parent["id"])])
    return names[::-1]


def _ends_answer(sibling: Tag, question: Tag, page: _Page) -> bool:
    """Whether an element after a question heading ends its answer: a heading as high as the
    question's — or, after a question that is a heading, an element holding one (the next
    section's title block: ``<div class="section-header"><h2>Pricing</h2>…``) — or anything that
    asks a question of its own, or is made like the question's title (its tag and class: an
    accordion's next title, "Opening hours", is an entry too, and its text was the answer above's)."""
    level = _level(question)
    if sibling.name in _HEADINGS and _level(sibling) <= level:
        return True
    held = level if question.name in _HEADINGS else 0  # under a bold or <dt> question an answer may hold headings
    alike = _kind(question) if question.get("class") and question.name not in (*_HEADINGS, "p") else None  # a paragraph's class is its answer's too
    inside = (tag for tag in itertools.chain([sibling], sibling.descendants) if isinstance(tag, Tag) and _may_ask(tag))  # lazily: left at the first that ends it
    return any((tag.name in _HEADINGS and _level(tag) <= held) or _kind(tag) == alike or _question(tag, page) for tag in inside)


def _title_block(block: Tag, heading: Tag, page: _Page) -> bool:
    """Whether ``block`` is the title block of ``heading``'s entry: classed as a header
    (``govuk-accordion__section-header``, ``card-header``) and holding no other question. Its
    other lines (GOV.UK's section summary) are shown with the title, and the answer comes after it."""
    classes = " ".join(block.get("class") or ()).lower()
    if "header" not in classes and "heading" not in classes:
        return False
    # The heading, what it holds and what holds it, by identity (a tag hashes and compares by its markup).
    itself = {id(tag) for tag in (heading, *heading.find_all(True), *heading.parents)}
    others = (tag for tag in block.descendants if isinstance(tag, Tag) and id(tag) not in itself and _may_ask(tag))  # lazily: left at the first that asks
    return not any(_question(tag, page) for tag in others)


def _after_heading(heading: Tag, page: _Page) -> str:
    """The answer under a question heading: the elements after it, down to the end of its answer.
    A heading wrapped alone (``<div class="q"><h3>…?</h3></div><div class="a">…``), or with
    nothing but its accordion's icon (``<h3>…?</h3><span><i class="plus"></i></span>``, or a
    glyph: ``<span>+</span>``), is answered by what follows its wrapper; so is one in its title
    block (:func:`_title_block`), whose other lines open the answer."""
    node, parts = heading, []
    while node.parent is not None and node.parent is not page.content:
        if _title_block(node.parent, heading, page):
            parts += node.next_siblings
        elif any(map(_shows_words, node.next_siblings)):
            break
        node = node.parent
    for sibling in node.next_siblings:
        if isinstance(sibling, Tag) and _ends_answer(sibling, heading, page):
            break
        parts.append(sibling)
    return _answer_text(parts)


def _shows_words(node: object) -> bool:
    """Whether a node of the page shows a letter or a digit: an accordion's toggle glyph beside its
    question ("+", "▼") shows text but no words, and answers nothing."""
    if isinstance(node, Comment):
        return False
    text = node.get_text() if isinstance(node, Tag) else str(node)
    return any(character.isalnum() for character in text)


def _shows_text(node: object) -> bool:
    """Whether a node of the page shows any text (a comment or an icon shows none)."""
    if isinstance(node, Tag):
        return bool(node.get_text().strip())
    return not isinstance(node, Comment) and bool(str(node).strip())


def _answer_text(parts: list) -> str:
    """The clean text of the nodes that answer a question, or "" when they are only links or buttons.
    Comments are left out: a comment node written out alone is its bare text ("TODO: new prices")."""
    shown = [part for part in parts if not isinstance(part, Comment)]
    return "" if _only_links(shown) else html_to_text("".join(map(str, shown)), code=True)


def _only_links(parts: list) -> bool:
    """Whether all the text after a heading is links or buttons — a call to action ("Ready to
    ship? [Book shipment]"), not an answer."""
    links = [link for part in parts if isinstance(part, Tag) for link in ([part] if part.name in _ACTIONS else part.find_all(_ACTIONS))]
    return bool(links) and _nodes_text(parts) == _nodes_text(links)


def _nodes_text(nodes: Iterable[object]) -> str:
    """The text of a run of a page's nodes, elements and strings, on one line."""
    return one_line(" ".join(node.get_text(" ") if isinstance(node, Tag) else str(node) for node in nodes))


def _answer(tag: Tag, page: _Page) -> str:
    """What answers a question tag: the rest of its ``<details>``, the part its toggle opens, its
    ``<dd>``, or what follows it."""
    if tag.name == "summary":
        parts = [child for child in tag.parent.contents if child is not tag] if tag.parent else []
        return _answer_text(parts)
    opened = _opened_part(tag, page)
    if opened is not None:  # the panel its toggle names, wherever the page puts it
        return _answer_text([opened])
    if tag.name == "dt":
        parts = []
        for sibling in tag.next_siblings:  # read up to its last <dd> only: a list may hold thousands
            if not isinstance(sibling, Tag):
                continue
            if sibling.name != "dd":
                break
            parts.append(sibling)
        return "" if _lists_contents(parts) else html_to_text("".join(map(str, parts)), code=True)
    return _after_heading(tag, page)


def _lists_contents(parts: list[Tag]) -> bool:
    """Whether a term's definitions are only links into the page: its table of contents, a topic
    over the questions it holds ("1. General" over "1.1. What is it?"), which answers nothing."""
    links = [link for part in parts for link in part.find_all("a")]
    return bool(links) and all(str(link.get("href", "")).startswith("#") for link in links) and _nodes_text(parts) == _nodes_text(links)


def _leaf(heading: Tag) -> bool:
    """Whether a heading has no sub-heading under it: the next heading is not deeper."""
    following = heading.find_next(_HEADINGS)
    return following is None or _level(following) <= _level(heading)


def _in_parts(heading: Tag) -> bool:
    """Whether a heading's sub-headings all name parts of one entry ("Description", "Answer"; see
    :func:`name_an_entrys_parts`), which is then the heading's: its answer runs over them."""
    following = (element for element in heading.next_elements if isinstance(element, Tag) and element.name in _HEADINGS)  # read as far as needed
    below = list(itertools.takewhile(lambda title: _level(title) > _level(heading), following))
    return bool(below) and name_an_entrys_parts(one_line(title.get_text(" ")) for title in below)


def _kind(title: Tag) -> tuple:
    """What makes titles alike on a page built from a template: their tag and class. A saved
    documentation page states its problems in sections of their own ("Server can't start"), away
    from the sections whose titles ask."""
    return title.name, tuple(title.get("class") or ())


def _section_headings(content: Tag) -> tuple[str, ...]:
    """The headings that may title a section of questions: all but the page's ``<h1>``, which is
    its title — unless it has several, as Word's "Save as Web Page" writes each Heading 1 (the
    document's title is a paragraph in its Title style there)."""
    return _HEADINGS if len(content.find_all("h1", limit=2)) > 1 else _HEADINGS[1:]


def _entry(tag: Tag, question: str, section: tuple[str, ...], page: _Page, path: Path) -> Entry | None:
    """The entry a question element opens, or None when nothing answers it."""
    labelled = labelled_question(one_line(tag.get_text(" "))) is not None  # "Q. …" / "A. …"; "A: …" under any question
    answer = "\n".join(without_answer_label(_answer(tag, page).split("\n"), labelled=labelled))
    return make_entry(question, answer, path, tag.sourceline or 1, category=CATEGORY_PATH.join(section)) if answer else None


def _bold_spans_marked(soup: BeautifulSoup) -> None:
    """Mark as ``<b>`` the spans a style sheet or style attribute sets in bold: Google Docs saves a
    document as a web page so (``.c4{font-weight:700}`` … ``<span class="c4">How do I join?</span>``),
    and its bold questions were answer text; so are spans whose class says bold, as utility classes
    do (Tailwind's ``font-semibold``, Bootstrap's ``fw-bold``, a site's own ``Bold``). A paragraph,
    item or line of a page whose class says so, holding no block, has its text marked so too."""
    sheets = " ".join(style.get_text() for style in soup.find_all("style"))
    classes = {match.group(1) for match in _BOLD_RULE.finditer(sheets)} | _BOLD_CLASSES
    for span in soup.find_all("span"):
        if _BOLD_DECLARATION.search(str(span.get("style") or "")) or classes.intersection(name.lower() for name in span.get("class") or ()):
            span.name = "b"
    for element in soup.find_all(("p", "div", "li", "dt", "td")):
        if _BOLD_CLASSES.intersection(name.lower() for name in element.get("class") or ()) and element.find((*_BLOCKS, *_BOLD)) is None and _shows_text(element):
            _in_bold(soup, element, list(element.contents))


_BOLD_TITLES_FEWEST = 3  # paragraphs all in bold, each over text: a page's titles, not a label or two


def _bold_paragraphs_as_titles(content: Tag) -> None:
    """Make a title of each paragraph all in bold over text, on a page with no titles of its own
    whose three or more such paragraphs include one that asks: a document saved as a web page
    (Google Docs' "Web page" download) titles its entries so, in bold, questions or not
    ("Opening hours" over its answer), as its Word version does; only the ones that asked were
    read, the others run into the answer above. A bold line ending in ":" labels what follows."""
    if content.find(("h2", "h3", "h4", "h5", "h6")) is not None:
        return
    titles = [paragraph for paragraph in content.find_all("p") if _all_in_bold(paragraph) and _over_text(paragraph)]
    if len(titles) < _BOLD_TITLES_FEWEST or not any(asks(one_line(title.get_text(" "))) for title in titles):
        return
    for title in titles:
        title.name = "h4"


def _all_in_bold(paragraph: Tag) -> bool:
    """Whether a paragraph's text, short and no label ("Note:"), is all in bold."""
    text = one_line(paragraph.get_text(" "))
    if not text or len(text) > LONGEST_QUESTION or text.endswith(":"):
        return False
    return all(node.find_parent(_BOLD) is not None for node in paragraph.find_all(string=True) if _shows_text(node))


def _over_text(paragraph: Tag) -> bool:
    """Whether the next block that shows text after a paragraph is text, not in bold all over. The
    siblings after it are walked up to that block only: listed whole, every paragraph of a long
    page listed all those after it."""
    following = next((sibling for sibling in paragraph.next_siblings if isinstance(sibling, Tag) and _shows_text(sibling)), None)
    return following is not None and following.name in ("p", "ul", "ol", "div", "table", "blockquote") and not (following.name == "p" and _all_in_bold(following))


def _paragraph_styles_unwrapped(content: Tag) -> None:
    """Unwrap an element that only styles text when it wraps all a paragraph's or list item's text
    (``<p><font color=black><b>How do I join?</b><br>Fill in the form.</font></p>``), as older
    editors wrap every paragraph: the question then opens the paragraph, as it shows. Read inside
    the ``<font>``, its question and answer were one line block's, and the page's pairs were
    refused. An element that names a part (an id), a question (its class) or a toggle is kept."""
    for block in content.find_all(("p", "li")):
        shown = [node for node in block.contents if _shows_text(node)]
        while len(shown) == 1 and isinstance(shown[0], Tag) and shown[0].name in _STYLES_TEXT and not _names_what_it_holds(shown[0]):
            inner = shown[0]
            shown = [node for node in inner.contents if _shows_text(node)]
            inner.unwrap()


def _names_what_it_holds(element: Tag) -> bool:
    """Whether an element says what its text is: a part others name (an id), a question by its
    class, or a toggle."""
    return element.has_attr("id") or _classed_question(element) or any(element.has_attr(name) for name in _TOGGLE_ATTRIBUTES)


# The first quoted argument of a script's call: the part of the page an older page's toggle names
# (``href="javascript:toggleLayer('faq1')"``, ``onclick="showHide('a1')"``).
_SCRIPT_ARGUMENT = re.compile(r"""\(\s*["']#?([\w:.-]+)["']""")


def _script_toggles_marked(content: Tag) -> None:
    """Mark as opening the part it names (``aria-controls``) a question's link or title that opens
    its answer by a script (``<a href="javascript:toggleLayer('faq1')">What is it?</a>`` over
    ``<div id="faq1">``), as pages did before ARIA: its answer was the next question's text. A
    script that names no part of the page, or a title that asks nothing, is left alone: pages
    run scripts on clicks for anything."""
    ids = {str(element["id"]) for element in content.find_all(id=True)}
    for element in content.find_all(lambda tag: tag.has_attr("onclick") or str(tag.get("href", "")).lstrip().startswith("javascript:")):
        script = f"{element.get('href', '')} {element.get('onclick', '')}"
        named = [name for name in _SCRIPT_ARGUMENT.findall(script) if name in ids]
        if named and not element.has_attr("aria-controls") and asks(one_line(element.get_text(" "))):
            element["aria-controls"] = named[0]


def _bold_labels_written_out(content: Tag) -> None:
    """Write a question's or an answer's label set in bold alone before its text (``<strong>Answer
    </strong>&nbsp; One hour.``, ``<b>Q</b> How long is it?``) as a label is typed ("A: One hour."),
    where two or more open their text so: with no colon, it was read as the answer's first word
    ("Answer One hour."), and the question's label as the question's."""
    labels = [(bold, label) for bold in content.find_all(_BOLD) if (label := label_alone(_short_text(bold) or "")) and _labels_its_text(bold)]
    if len(labels) < FEWEST_QUESTIONS:
        return
    for bold, label in labels:
        after = bold.next_sibling
        typed = isinstance(after, NavigableString) and after.lstrip()[:1] in _LABEL_MARKS  # "<strong>Q</strong>. How…": its mark typed after it
        bold.replace_with(NavigableString(label if typed else f"{label}: "))


_LABEL_MARKS = (".", ":", "：", ")", ">")  # what a label is typed with ("Q.", "Q:", "Q)", "Q>")


def _labels_its_text(bold: Tag) -> bool:
    """Whether a bold element opens its block's text, and text follows it there."""
    return bold.parent is not None and bold.parent.name not in _STYLES_TEXT and _opens_a_line(bold) and any(map(_shows_words, bold.next_siblings))


def _labelled_rows_as_paragraphs(soup: BeautifulSoup, content: Tag) -> None:
    """Read each row that gives a question's or an answer's label a cell of its own beside its text
    (``<tr><td>Q:</td><td>How do I join?</td></tr>``, a grid's ``<div class="col-1">Q.</div><div
    class="col-11">…``) as a paragraph so labelled ("Q: How do I join?"), where two or more rows
    hold a question: read by its cells, no question was a paragraph's, and the page was refused.
    A table is so read whole, when each of its rows is so labelled or holds one cell's text (an
    answer's next lines), its first labelled."""
    rows = [(row, labelled) for row in content.find_all(("tr", "div")) if (labelled := _label_and_text(row))]
    if sum(label == "Q" for _, (label, _) in rows) < FEWEST_QUESTIONS:
        return
    labelled_rows = {id(row): labelled for row, labelled in rows}
    for table in content.find_all("table"):
        own = [row for row in table.find_all("tr") if row.find_parent("table") is table and any(map(_shows_text, row.contents))]
        if own and id(own[0]) in labelled_rows and all(id(row) in labelled_rows or len(_cells_shown(row)) == 1 for row in own):
            table.replace_with(*(_labelled_paragraph(soup, row, labelled_rows.get(id(row))) for row in own))
    for row, labelled in rows:
        if row.name == "div" and row.parent is not None:
            row.replace_with(_labelled_paragraph(soup, row, labelled))


def _cells_shown(row: Tag) -> list[Tag]:
    """The cells of a row that show text: a table row's, or a grid row's elements."""
    return [cell for cell in row.find_all(True, recursive=False) if _shows_text(cell)]


def _label_and_text(row: Tag) -> tuple[str, Tag] | None:
    """A row's label ("Q" or "A") and the cell it labels, when the row is two cells showing text,
    the first a label alone (see :func:`label_alone`). A cell's text is read only as far as a
    label's length: every element of a page is asked."""
    nodes = [node for node in row.children if not isinstance(node, Comment) and (isinstance(node, Tag) or node.strip())]
    # An empty cell or an icon before the label is passed over.
    opening = next((place for place, node in enumerate(nodes) if not (isinstance(node, Tag) and _short_text(node) == "")), len(nodes))
    text = _short_text(nodes[opening]) if opening < len(nodes) and isinstance(nodes[opening], Tag) else None
    label = label_alone(text) if text else None
    if label is None:
        return None
    rest = [node for node in nodes[opening + 1 :] if _shows_text(node)]
    return (label, rest[0]) if len(rest) == 1 and isinstance(rest[0], Tag) else None


_LONGEST_LABEL = 24  # characters of a label alone in its cell ("Question 12:", "Antwort:")


def _short_text(tag: Tag) -> str | None:
    """An element's text when it is a label's length at most, else None, read no further."""
    pieces, length = [], 0
    for text in tag.strings:
        if isinstance(text, Comment):
            continue
        length += len(text.strip())
        if length > _LONGEST_LABEL:
            return None
        pieces.append(text)
    return one_line(" ".join(pieces))


def _labelled_paragraph(soup: BeautifulSoup, row: Tag, labelled: tuple[str, Tag] | None) -> Tag:
    """A row as a paragraph: its labelled cell's contents after its label, or its one cell's."""
    paragraph = soup.new_tag("p", sourceline=row.sourceline)  # the entry's line
    label, cell = labelled or ("", _cells_shown(row)[0])
    if label:
        paragraph.append(f"{label}: ")
    paragraph.extend(list(cell.contents))
    return paragraph


def _questions_set_apart(soup: BeautifulSoup, content: Tag) -> None:
    """Split each paragraph or list item that opens with a question in bold, or with a line
    labelled "Q:", and goes on with its answer (``<p><strong>How do I join?</strong><br>Fill in the
    form.</p>``, as WordPress's and SharePoint's editors save a FAQ; ``<p><b>Q:</b> How do I
    join?<br><b>A:</b> Fill in the form.</p>``) into the question's paragraph and the answer's,
    when two or more do: read whole, such a paragraph was neither all in bold nor a question."""
    opening = [(block, rest) for block in content.find_all(("p", "li")) if (rest := _after_question(block))]
    if len(opening) < FEWEST_QUESTIONS:
        return
    for block, rest in opening:
        answer = soup.new_tag("p")
        answer.extend([node.extract() for node in rest])
        if block.name == "p":
            block.insert_after(answer)
        else:  # an item's question and answer, as paragraphs inside it
            question = soup.new_tag("p", sourceline=block.sourceline)  # the entry's line
            question.extend([node.extract() for node in list(block.contents)])
            block.extend([question, answer])


# Blocks whose own lines (text and inline elements between line breaks) may each be a labelled question.
_LINES_BLOCKS = ("p", "div", "td", "th", "dd", "blockquote", "section", "article", "main", "center", "font")


def _labelled_lines_set_apart(soup: BeautifulSoup, content: Tag) -> None:
    """Make a paragraph of each line labelled as a question ("Q: Can I pay by card?", "Q>…") that
    opens a line of a block, or of a paragraph after its first, with the lines after it down to the
    next such line, when two or more lines are so labelled: a page typing its labelled pairs into
    one paragraph or a table's cell, line under line, had every pair after the first read as the
    first's answer, or was refused. Each such paragraph's question is then set apart as any
    paragraph's is (:func:`_questions_set_apart`)."""
    found = [(block, starts) for block in [content, *content.find_all(_LINES_BLOCKS)] if (starts := _labelled_line_starts(block))]
    if sum(len(starts) for _, starts in found) < FEWEST_QUESTIONS:
        return
    for block, starts in found:
        nodes, place = list(block.contents), block
        for start, end in zip(starts, [*starts[1:], len(nodes)], strict=True):
            paragraph = soup.new_tag("p", sourceline=_line_of(nodes, start, block))  # the entry's line
            if block.name == "p":  # the paragraph's later pairs, as paragraphs after it
                place.insert_after(paragraph)
                place = paragraph
            else:
                nodes[start].insert_before(paragraph)
            paragraph.extend([node.extract() for node in nodes[start:end]])


def _labelled_line_starts(block: Tag) -> list[int]:
    """Where, among a block's children, its lines labelled as a question start: a paragraph's after
    its first line only (its first is set apart with its answer by :func:`_questions_set_apart`)."""
    starts, line, opening = [], [], 0
    nodes = list(block.contents)
    for place, node in enumerate([*nodes, None]):
        if node is None or (isinstance(node, Tag) and node.name in _ENDS_A_LINE):
            if line and labelled_question(_nodes_text(line)) and not (block.name == "p" and opening == 0):
                starts.append(opening)
            line, opening = [], place + 1
        elif isinstance(node, Comment) or (not line and isinstance(node, NavigableString) and not node.strip()):
            opening = place + 1 if not line else opening
        else:
            line.append(node)
    return starts


def _line_of(nodes: list, start: int, block: Tag) -> int | None:
    """The line of the page a block's line starts on: its first element's, or the line break's before it."""
    return next((node.sourceline for node in reversed(nodes[: start + 1]) if isinstance(node, Tag) and node.sourceline), block.sourceline)


def _after_question(block: Tag) -> list:
    """The nodes of a paragraph or list item after the question it opens with — in bold, or a line
    labelled "Q:" (its label alone in bold or not) — a line break after the question left out; []
    when it opens with none or holds nothing after it."""
    nodes = [node for node in block.contents if not (isinstance(node, str) and not node.strip())]
    bold = 0
    while bold < len(nodes) and _is_bold(nodes[bold]):
        bold += 1
    if not asks(_nodes_text(nodes[:bold])):
        broken = next((place for place, node in enumerate(nodes) if isinstance(node, Tag) and node.name == "br"), 0)
        labelled = labelled_question(_nodes_text(node for node in nodes[:broken] if isinstance(node, Tag) or type(node) is NavigableString))
        bold = broken if labelled else 0
    rest = nodes[bold:]
    while rest and isinstance(rest[0], Tag) and rest[0].name == "br":
        rest = rest[1:]
    return rest if bold and any(map(_shows_text, rest)) else []


def _is_bold(node: object) -> bool:
    """Whether a node is text in bold: ``<b>``, ``<strong>``, or an anchor that holds only bold text
    (``<a name="q1"><b>1. Which systems does it run on?</b></a>``, the place a page's list of
    questions links to: a target, not a link)."""
    if not isinstance(node, Tag):
        return False
    if node.name in _BOLD:
        return True
    bold = [tag for tag in node.find_all(_BOLD) if tag.find_parent(_BOLD) is None]
    return node.name == "a" and not node.has_attr("href") and bool(bold) and _nodes_text(bold) == _nodes_text([node])


_BLOCKS = ("p", "div", "ul", "ol", "table", "blockquote", "pre")  # what ends the question an item opens with


def _item_question(item: Tag) -> list:
    """The nodes of a list item that ask its question: its text before its first block, or its first
    paragraph, when that asks ("How do I join?"); [] otherwise."""
    nodes = [node for node in item.contents if _shows_text(node)]
    if not nodes:
        return []
    if isinstance(nodes[0], Tag) and nodes[0].name == "p":
        leading = nodes[:1]
    else:
        leading = list(itertools.takewhile(lambda node: not (isinstance(node, Tag) and node.name in _BLOCKS), nodes))
    text = _nodes_text(leading)
    return leading if text and asks(text) and len(text) <= LONGEST_QUESTION else []


def _list_questions_set_apart(soup: BeautifulSoup, content: Tag) -> bool:
    """Set apart, as a paragraph in bold, the question each list item opens with, when two or more
    items ask one: a FAQ written as a numbered list of questions, each answered inside its item or
    in the paragraphs after its list (as Google Docs and LibreOffice save such a document as a web page).
    For a page where nothing else asks: elsewhere a list of questions is answer text ("Ask
    yourself: Do you need a visa?"). Whether any item was set apart."""
    asking = [(item, question) for item in content.find_all("li") if (question := _item_question(item))]
    if len(asking) < FEWEST_QUESTIONS:
        return False
    for item, question in asking:
        if isinstance(question[0], Tag) and question[0].name == "p":  # the item's first paragraph
            paragraph, question = question[0], list(question[0].contents)
        else:
            paragraph = soup.new_tag("p", sourceline=item.sourceline)  # the entry's line
            question[0].insert_before(paragraph)
        _in_bold(soup, paragraph, question)
    return True


def _in_bold(soup: BeautifulSoup, paragraph: Tag, nodes: list) -> None:
    """Move ``nodes`` into ``paragraph`` in bold: a question set apart as a page's bold questions are."""
    bold = soup.new_tag("b", sourceline=paragraph.sourceline)  # a bold line's entry has its line
    bold.extend([node.extract() for node in nodes])
    paragraph.append(bold)


# Where a question in bold is a paragraph's, a list item's or a title's already, or part of a link or of other bold text.
_NOT_A_LINES_BLOCK = (*_QUESTION_TAGS, "li", "a", "label", *_BOLD)
_STYLES_TEXT = frozenset({"font", "span", "em", "i", "u", "small", "big", "s", "strike", "mark", "sup", "sub", "tt", "nobr"})
_ENDS_A_PARAGRAPH = (*_BLOCKS, *_HEADINGS, "hr")
_ENDS_A_LINE = (*_ENDS_A_PARAGRAPH, "br")


def _bold_line_questions_set_apart(soup: BeautifulSoup, content: Tag) -> bool:
    """Wrap in a paragraph each question in bold that opens a line of a block's text, with its lines
    up to the next such question or the next block, when two or more do: a FAQ laid out in lines
    (``<div><b>How do I join?</b><br>Fill in the form.<br><br><b>Is there…``, in a ``<div>`` or
    a table's cell, as hand-written pages and older editors keep it, or a bold question in a
    ``<div>`` of its own over its answer's). The paragraph's question is then set apart as any
    paragraph's is (:func:`_questions_set_apart`). For a page where nothing else asks: elsewhere
    a bold question in an answer's lines is part of it. Whether any was wrapped."""
    opening = _bold_line_questions(content)
    if len(opening) < FEWEST_QUESTIONS:
        return False
    for bold in opening:
        paragraph = soup.new_tag("p", sourceline=bold.sourceline)  # the entry's line
        bold.insert_before(paragraph)
        line = list(itertools.takewhile(lambda node: not _ends_a_run(node, opening), itertools.islice(paragraph.next_siblings, 1, None)))
        paragraph.extend([bold.extract(), *(node.extract() for node in line)])
    return True


def _bold_line_questions(content: Tag) -> list[Tag]:
    """The questions in bold that open lines of a block's own text (see :func:`_opens_a_line_asking`)."""
    return [bold for bold in content.find_all(_BOLD) if _opens_a_line_asking(bold)]


def _opens_a_line_asking(bold: Tag) -> bool:
    """Whether a bold element asks a question at the start of a line of a block's own text: first
    in its block, or after a line break or a block, and not inside a paragraph, list item or title.
    Inside an element that only styles text (``<font>``, ``<span>``) or only names a place to link
    to (``<a name="A1">``), that element opens the line too: a question set in bold in pieces
    ("<b>Are </b><font><b>rods gluten free?</b>") is no line's own."""
    node = bold
    while node.parent is not None and (node.parent.name in _STYLES_TEXT or _is_anchor(node.parent)):
        if not _opens_a_line(node):
            return False
        node = node.parent
    if node.parent is None or node.parent.name in _NOT_A_LINES_BLOCK or not _opens_a_line(node):
        return False
    text = one_line(bold.get_text(" "))
    return asks(text) and len(text) <= LONGEST_QUESTION


def _is_anchor(element: Tag) -> bool:
    """Whether an element is a link's target and no link: ``<a name="A1">``, ``<a id="fees">``."""
    return element.name == "a" and not element.has_attr("href")


def _opens_a_line(node: Tag) -> bool:
    """Whether nothing shows before an element in its parent on its line: it comes first, or after
    a line break or a block."""
    before = next((sibling for sibling in node.previous_siblings if _shows_text(sibling) or (isinstance(sibling, Tag) and sibling.name in _ENDS_A_LINE)), None)
    return before is None or (isinstance(before, Tag) and before.name in _ENDS_A_LINE)


def _ends_a_run(node: object, opening: list[Tag]) -> bool:
    """Whether a node after a bold question's line ends its paragraph: the next question, or a block."""
    return isinstance(node, Tag) and (node.name in _ENDS_A_PARAGRAPH or any(node is bold for bold in opening))


def _paragraph_questions_set_apart(soup: BeautifulSoup, content: Tag) -> bool:
    """Set apart, as a paragraph in bold, each paragraph that is a question and nothing else over
    a paragraph or list that answers it, when two or more are so: a FAQ typed as plain paragraphs
    ("How do I join?" over "Fill in the form.") and saved as a web page (Google Docs' and Word's
    "Web Page"), or a plain site's. For a page where nothing else asks: elsewhere a question in
    running text is part of an answer ("Why does it matter?" over why). Whether any was set apart."""
    asking = [paragraph for paragraph in content.find_all("p") if _asks_over_its_answer(paragraph)]
    if len(asking) < FEWEST_QUESTIONS:
        return False
    for paragraph in asking:
        _in_bold(soup, paragraph, list(paragraph.contents))
    return True


def _asks_over_its_answer(paragraph: Tag) -> bool:
    """Whether a paragraph is one question, the element after it a paragraph or list that asks nothing."""
    text = one_line(paragraph.get_text(" "))
    after = paragraph.find_next_sibling()
    answer = one_line(after.get_text(" ")) if after is not None and after.name in ("p", "ul", "ol") else ""
    return asks(text) and len(text) <= LONGEST_QUESTION and bool(answer) and not asks(answer)


def _toggle_headings_unwrapped(content: Tag) -> None:
    """Read a heading that folds what follows it (Notion's toggle heading, ``<h3><details><summary>When
    do you open?</summary><p>Daily from 9.</p></details></h3>``) as the fold it holds: read as a
    heading, its question and answer were one category's name, and the entry's category."""
    for heading in content.find_all(_HEADINGS):
        if heading.find("details") is not None:
            heading.unwrap()


def _widgets_removed(content: Tag) -> None:
    """Take out what a help centre shows beside each answer (see ``_FEEDBACK``): its "Was this
    article helpful? Yes No" was read as an entry ("YesNo3 out of 4 found this helpful"), and its
    share buttons and "Read more" as the end of the answer above them. A widget is the largest
    element around its words that holds nothing else; share buttons are taken out only with a
    network's link or button among them (an answer's step "Tap Share" stays)."""
    feedback = [text for text in content.find_all(string=_FEEDBACK) if len(one_line(str(text))) <= _WIDGET_WORDS]
    sharing = content.find_all(string=_SHARE_LABEL)
    lengths = _text_lengths(content) if feedback or sharing else {}
    for text in feedback:
        (_widget_around(text, _VOTES, lengths) or text).extract()
    for text in sharing:
        widget = _widget_around(text, _NETWORKS, lengths)
        if widget is not None and any(one_line(action.get_text(" ")) for action in widget.find_all(_ACTIONS)):
            widget.extract()
    for action in content.find_all(_only_shows_more):
        action.decompose()


def _text_lengths(content: Tag) -> dict[int, int]:
    """The length of the text of every element in ``content``, by id(), in one pass (children
    come before their parents in reverse document order): a widget is looked for only in small
    elements, and a page of thousands would otherwise have its text joined once per widget."""
    lengths: dict[int, int] = {}
    for node in reversed([content, *content.descendants]):
        lengths[id(node)] = sum(lengths.get(id(child), 0) for child in node.children) if isinstance(node, Tag) else len(node)
    return lengths


def _widget_around(text: NavigableString, rest: re.Pattern[str], lengths: dict[int, int]) -> Tag | None:
    """The largest element around ``text`` whose other text all matches ``rest`` (votes, social
    networks' names), short of the page's main content; None when its own element holds more."""
    own, widget = one_line(str(text)), None
    for parent in text.parents:
        if parent.name in ("body", "main", "html", "[document]") or parent.get("role") == "main" or lengths.get(id(parent), 0) > _WIDGET_TEXT:
            break
        if not rest.fullmatch(one_line(parent.get_text(" ")).replace(own, "", 1)):
            break
        widget = parent
    return widget


def _only_shows_more(tag: Tag) -> bool:
    """Whether a link or button only shows more of the text around it ("Read more" to a place in
    the page or a script) or goes back to the page's top, not to another page, and opens no part
    of an accordion."""
    if tag.name not in _ACTIONS or any(tag.has_attr(name) for name in _TOGGLE_ATTRIBUTES):
        return False
    href = str(tag.get("href", "")).strip()
    return (not href or href.startswith(("#", "javascript:"))) and bool(_MORE_OF_IT.fullmatch(one_line(tag.get_text(" ")).strip(" .…>»→↑^")))


def structure_entries(soup: BeautifulSoup, path: Path) -> list[Entry]:
    """The entries of a FAQ page read from its structure (see the module docstring): its questions
    set apart as titles, else its tables of questions and answers (:func:`table_entries_of`),
    else, for a page where nothing else asks, its questions in bold opening lines, its list items
    that ask, its paragraphs that ask over their answers. The page's chrome is removed from ``soup``
    and its markup made ready once (:func:`_made_readable`), before any of these is tried."""
    content = _made_readable(soup)
    titled = _page_entries(soup, content, path)
    if titled and _laid_out_in_bold_lines(content, titled):
        return _page_entries(soup, content, path, bold_lines=True) or titled
    return (
        titled or table_entries_of(soup, path) or _page_entries(soup, content, path, bold_lines=True)
        or _page_entries(soup, content, path, lists=True) or _page_entries(soup, content, path, paragraphs=True)
    )


def _laid_out_in_bold_lines(content: Tag, titled: list[Entry]) -> bool:
    """Whether a page whose titles ask a few questions lays its FAQ out in bold lines all the same:
    more questions in bold open lines before the first titled one than there are titled ones
    (DAR's FAQ: some fifty bold questions, each in its anchor over its answer's paragraphs, and a
    list item asking inside one answer, which was read as the page's one entry). A bold question
    after a titled one may be a line of its answer, and is not counted."""
    first = min(entry.line for entry in titled)
    return sum((bold.sourceline or first) < first for bold in _bold_line_questions(content)) > len(titled)


def _made_readable(soup: BeautifulSoup) -> Tag:
    """The page's main content, its chrome and widgets removed and the ways pages mark up a FAQ
    written as this reader reads them (bold classes, script toggles, styled paragraphs, labels in
    bold or in cells of their own, labelled lines)."""
    _bold_spans_marked(soup)
    content = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    for chrome in content.find_all(_CHROME):
        chrome.decompose()
    _widgets_removed(content)
    _toggle_headings_unwrapped(content)
    _script_toggles_marked(content)
    _paragraph_styles_unwrapped(content)
    _bold_paragraphs_as_titles(content)
    _bold_labels_written_out(content)
    _labelled_rows_as_paragraphs(soup, content)
    _labelled_lines_set_apart(soup, content)
    return content


def _page_entries(soup: BeautifulSoup, content: Tag, path: Path, bold_lines: bool = False, lists: bool = False, paragraphs: bool = False) -> list[Entry]:
    """The entries of a page's readable ``content`` (see :func:`_made_readable`) by its titles. With
    ``bold_lines``, the questions in bold that open lines of a block's text are set apart first
    (:func:`_bold_line_questions_set_apart`), with ``lists`` the questions list items open with
    (:func:`_list_questions_set_apart`), and with ``paragraphs`` the paragraphs that ask over
    their answers (:func:`_paragraph_questions_set_apart`): for a page where nothing else asks."""
    if bold_lines and not _bold_line_questions_set_apart(soup, content):
        return []
    _questions_set_apart(soup, content)
    if lists and not _list_questions_set_apart(soup, content):
        return []
    if paragraphs and not _paragraph_questions_set_apart(soup, content):
        return []
    parts = {str(element["id"]): element for element in reversed(content.find_all(id=True))}  # the first of an id counts, as in a browser
    tabs = {panel: name for tab in content.find_all(_is_tab) if (panel := _target(tab)) in parts and (name := shown_text(tab))}
    page = _Page(content, parts, tabs)
    # Each question element with its place in the page, its question and its section.
    found: list[tuple[int, Tag, str, tuple[str, ...]]] = []
    statements: list[tuple[int, Tag, tuple[str, ...]]] = []  # titles that ask nothing (headings: with no sub-heading)
    sections: list[tuple[int, str]] = []  # the headings that ask nothing, above the current point
    titling = _section_headings(content)
    title = _asking_title(content)
    asking: set[int] = set()  # the elements found to ask, by id(): what is inside one is part of its question
    for place, tag in enumerate(content.find_all(_may_ask)):
        if tag is title or any(id(parent) in asking for parent in tag.parents):
            continue
        if tag.name in _HEADINGS:
            sections = [(level, text) for level, text in sections if level < _level(tag)]
        section = (*_groups(tag, page), *(text for _, text in sections))
        question = _question(tag, page)
        if question is None:
            if tag.name in titling and not tag.find_parent("summary"):  # a fold's title is its own
                if _leaf(tag) or _in_parts(tag):
                    statements.append((place, tag, section))
                title = _title_text(tag)
                sections += [] if only_says_faq(title) else [(_level(tag), title)]
            elif tag.name not in _HEADINGS and tag.name != "p" and not (tag.name == "summary" and _opens_a_group(tag, page)):
                statements.append((place, tag, section))
            continue
        asking.add(id(tag))
        found.append((place, tag, question, section))
    by_place = {place: _entry(tag, question, section, page, path) for place, tag, question, section in found}
    # A troubleshooting FAQ words some questions as statements ("The app shows 0 H/s"), and a
    # page's accordion some as topics ("Swimming caps"): a title made like an answered question's
    # (its tag and class) is an entry too.
    answered = {_kind(tag) for place, tag, _, _ in found if by_place[place]}
    for place, tag, section in statements:
        title = _title_text(tag)
        if title and _kind(tag) in answered:  # an icon-only toggle names nothing
            by_place[place] = _entry(tag, title, section, page, path)
    entries = [entry for _, entry in sorted(by_place.items()) if entry]
    if entries:
        logger.info("%s: no FAQPage markup; read %d questions from the page's headings", path, len(entries))
    return entries


def _asking_title(content: Tag) -> Tag | None:
    """The page's title when it asks over headings that ask too — its one ``<h1>`` ("How can we
    help?" over a help centre's search box, its articles and its FAQ) — or None: it greets, and is
    none of the FAQ's questions. Read as one, it was answered by all the page under it."""
    titles = content.find_all("h1")
    if len(titles) != 1 or not asks(_title_text(titles[0])):
        return None
    return titles[0] if any(asks(_title_text(heading)) for heading in content.find_all(_HEADINGS[1:])) else None


def table_entries_of(soup: BeautifulSoup, path: Path) -> list[Entry]:
    """The entries of a page's tables whose first row names a question and an answer column
    ("Question | Answer"), each further row an entry, read as a table file is: a page may keep
    its FAQ as such a table and set no question apart otherwise. A cell is read as an answer is:
    its paragraphs, list items and line breaks kept, its links with their addresses."""
    entries: list[Entry] = []
    for table in soup.find_all("table"):
        rows = [(row.sourceline or 1, [html_to_text(cell.decode_contents()) for cell in row.find_all(("th", "td"))]) for row in table.find_all("tr") if row.find_parent("table") is table]
        if heads_questions_and_answers(rows):
            entries += document_table_entries(rows, path)
    return entries
