"""HTML and Markdown to clean text, for answers written in HTML (web FAQ pages) or Markdown.

Paragraphs stay paragraphs (so passages split where the author split), list items and table rows
stay lines (a row's cells apart), code keeps its indentation, links keep their address, and
scripts, styles and comments are dropped. In answers, code is marked as Markdown marks it (a
```-fenced block, an `inline` span), so the chat can show it as code.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Collection, Iterator
from urllib.parse import urljoin

from bs4 import BeautifulSoup, CData, MarkupResemblesLocatorWarning, NavigableString, PageElement, Tag
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

# An answer line that is only an address ("https://…") is text to clean, not a page Beautiful Soup should warn of.
warnings.filterwarnings("ignore", category=MarkupResemblesLocatorWarning)
MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])  # as GitHub writes answers
# An emoji's shortcode (":question:", ":warning:"), set apart from words, as GitHub, MkDocs and
# Jekyll show it in Markdown (text of any format read as Markdown): a FAQ.md's headings were read
# ":question: How do I install it?".
_SHORTCODE = re.compile(r"(?<![\w:]):[a-z0-9_+-]+:(?![\w:])")


def _shortcodes_as_emoji(state: StateCore) -> None:
    """Show the emoji a Markdown text's shortcodes name (see ``_SHORTCODE``); code is left as written."""
    texts = (child for token in state.tokens if token.type == "inline" for child in token.children or () if child.type == "text")
    for text in texts:
        if _SHORTCODE.search(text.content):
            import emoji  # here: its table of names takes 50 ms to load, and few FAQs write a shortcode

            text.content = _SHORTCODE.sub(lambda match: emoji.emojize(match.group(), language="alias"), text.content)


MARKDOWN.core.ruler.push("shortcodes_as_emoji", _shortcodes_as_emoji)

_BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre",
    "section", "summary", "table", "ul",
}  # fmt: skip
_SPACES = re.compile(r"\s+")
CELLS_APART = " | "  # how an answer's text writes a table row: "Basic | Free", its cells apart
LIST_ITEM = re.compile(r"^ *(?:-|\d+\.) ")  # how an answer's text opens a list item's line: "- Free", "2. Choose the year"
_NESTED_INDENT = 2  # spaces before an item's mark for each list it is nested in: "- Bring", "  - a towel"
_LISTS = {"ul", "ol"}
_INVISIBLE = ["script", "style", "template", "noscript", "head"]
LINKED = ("http://", "https://", "mailto:")  # the addresses an answer's link keeps, in every format: a reader can open them
_NOT_A_PLACE = ("#", "?")  # a place in the page itself, or the page again with other parameters
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # "https:", "mailto:", "javascript:": not relative
_EMBEDS = {"iframe", "video", "audio", "embed"}
_PLACEHOLDER_ALTS = frozenset({"image", "img", "picture", "photo", "screenshot", "screen shot", "graphic", "untitled", "enter image description here"})
_FILE_NAME = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp)$", re.IGNORECASE)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "summary"}
# A folded block's summary that only asks the reader to open it ("Click to Reveal Answer", "Show
# answer", "Solution ▼"): the fold's label, which opened the answer it folds.
_OPENS_THE_FOLD = re.compile(
    r"(?:(?:click|tap|press)(?: here)? (?:to|for) )?(?:(?:show|reveal|view|see|display|expand|open|toggle|read)(?: the)?(?: full)?(?: |$))?(?:answers?|solutions?|details|explanation)?",
    re.IGNORECASE,
)
_FOLD_MARKS = " .:…!▼▾▶►▸→>»+"  # around a fold's label ("Show answer ▼")
# A heading's start or end tag in a page's markup, read before (or instead of) parsing it.
# A link back to the page's top, which a page repeats after each answer ("Back to top", "Top of the
# Document"), and a browser prints with it: no part of any answer.
BACK_TO_TOP = r"(?:(?:back|return|go|jump|scroll) )?to (?:the )?top(?: of (?:the )?(?:page|document))?|top(?: of (?:the )?(?:page|document))?"
_BACK_TO_TOP_LINK = re.compile(rf"\A[↑⬆^\s]*+(?:{BACK_TO_TOP})[↑⬆^.\s]*+\Z", re.IGNORECASE)
HEADING_TAG = re.compile(r"<(?P<closing>/?)h(?P<level>[1-6])(?=[\s/>])[^>]*>", re.IGNORECASE)
# Marks the end of a heading (or a folded block's summary) inside an answer: it then opens the
# paragraph that follows it ("Windows" over its steps), so a passage never holds a heading alone.
_HEADING_END = "\x1e"
_AFTER_HEADING = re.compile(_HEADING_END + r"\s*")
# A space of preformatted text (code), kept through the tidying of every line: code keeps its indentation.
_KEPT_SPACE = "\ue000"


def _text_pieces(node: Tag, code: bool) -> Iterator[str]:
    """The visible text of ``node`` in order, with paragraph ("\\n\\n") and line ("\\n") breaks;
    its code marked as Markdown marks it when ``code`` (see :func:`html_to_text`).

    Line breaks in the source are plain spaces in HTML; only the elements make breaks
    (``<pre>`` keeps its own lines).
    """
    for child in node.children:
        if isinstance(child, Tag):
            if child.name == "br":
                yield "\n"
            elif child.name == "li":
                yield from _list_item(child, code)
            elif child.name in _LISTS and child.find_parent("li") is not None:  # goes on under its item, each of its items a line
                yield from _text_pieces(child, code)
                yield "\n" if next(_visible(child.next_siblings), None) is not None else ""  # the item's text after it is a line: not "a towelthen dry off"
            elif child.name == "tr":  # a table row is a line, its cells apart, not "BasicFree"
                yield "\n"
                yield from _text_pieces(child, code)
            elif child.name in ("td", "th"):
                yield CELLS_APART if child.find_previous_sibling(("td", "th")) else ""
                yield from _text_pieces(child, code)
            elif child.name == "img":
                yield from _image_text(child)
            elif child.name in _EMBEDS:
                yield from _embedded(child)
            elif child.name == "pre":
                yield f"\n\n{_code_block(child, code)}\n\n"
            elif (child.name == "summary" and _only_opens_the_fold(child)) or (child.name == "a" and _goes_back_to_top(child)):
                continue
            elif child.name == "code" and code and "`" not in child.get_text():
                yield f"`{child.get_text()}`"
            elif child.name in _BLOCKS:
                yield "\n\n"
                yield from _text_pieces(child, code)
                yield _HEADING_END if child.name in _HEADINGS else "\n\n"
            else:
                yield from _text_pieces(child, code)
                href = child.get("href") if child.name == "a" else None
                if isinstance(href, str) and href.startswith(LINKED) and _address(href) not in child.get_text():
                    yield f" ({href})"
                elif isinstance(href, str) and href.startswith("tel:") and href[4:].strip() not in child.get_text():
                    yield f" ({href[4:].strip()})"  # "Call <a href='tel:…'>us</a>" lost the number
        elif type(child) is NavigableString:  # not comments, doctypes or CDATA
            yield _SPACES.sub(" ", child.replace(_HEADING_END, " "))


def _goes_back_to_top(link: Tag) -> bool:
    """Whether a link goes back to the top of its page ("Back to top ↑" to ``#top``), as a FAQ
    repeats under each answer: no part of the answer."""
    href = str(link.get("href", "")).strip()
    return href.startswith("#") and _BACK_TO_TOP_LINK.match(one_line(link.get_text(" "))) is not None


def _only_opens_the_fold(summary: Tag) -> bool:
    """Whether a ``<summary>`` says nothing but "open me" (see ``_OPENS_THE_FOLD``)."""
    label = one_line(summary.get_text(" ")).strip(_FOLD_MARKS)
    return bool(label) and _OPENS_THE_FOLD.fullmatch(label) is not None


def _address(href: str) -> str:
    """What a link's text shows when it shows where the link leads: its address, or a mail link's
    address alone ("hallo@example.de" of "mailto:hallo@example.de?subject=Order", which was written
    out after the address it already showed)."""
    return href.removeprefix("mailto:").split("?", 1)[0] if href.startswith("mailto:") else href


def _list_item(item: Tag, code: bool) -> Iterator[str]:
    """A list item's line, its mark indented by how deep it is nested, then its text. An item that
    holds only a list ("<li><ul><li>x</li>…") has no text for a line of its own, so it writes none:
    its items' lines follow, not a mark before another ("- - x")."""
    first = next(_visible(item.children), None)
    if isinstance(first, Tag) and first.name in _LISTS:
        yield from _text_pieces(item, code)
    else:
        yield f"\n{_KEPT_SPACE * _NESTED_INDENT * len(item.find_parents('li'))}{_item_mark(item)} "
        yield from _after_blank(_text_pieces(item, code))  # "<li><p>a</p>" is "- a", not "-" over "a"


def _visible(nodes: Iterator[PageElement]) -> Iterator[PageElement]:
    """The elements and non-blank text among ``nodes``: not whitespace between tags, not comments."""
    return (node for node in nodes if isinstance(node, Tag) or (type(node) is NavigableString and node.strip()))


def _code_block(pre: Tag, fenced: bool) -> str:
    """A ``<pre>`` block's text with its lines and indentation, fenced with ``` when ``fenced``. Its
    blank lines are dropped, as the tidying of every answer drops blank lines within a paragraph:
    the block stays one paragraph, so one passage, and a fence is never split from its code."""
    lines = [line.replace("\t", "    ").replace(" ", _KEPT_SPACE) for line in pre.get_text().split("\n") if line.strip()]
    return "\n".join(["```", *lines, "```"] if fenced and lines else lines)


def _image_text(image: Tag) -> Iterator[str]:
    """An image's text alternative, which stands for it ("Click the <img alt='gear'> icon"); none for
    a decorative one (no or empty alt), an alt that only names its file or one an editor filled in
    for it ("enter image description here", "image")."""
    alt = image.get("alt")
    if isinstance(alt, str) and alt.strip() and not _FILE_NAME.search(alt.strip()) and " ".join(alt.split()).casefold() not in _PLACEHOLDER_ALTS:
        yield f" {alt.strip()} "


def _embedded(embed: Tag) -> Iterator[str]:
    """A video, audio or embedded page (a help article's YouTube tutorial) as its address, with its
    title, for the reader to open: dropped, "Watch this video:" was followed by nothing."""
    source = embed.get("src") or next((inner.get("src") for inner in embed.find_all("source") if inner.get("src")), None)
    if isinstance(source, str) and source.startswith(("http://", "https://")):
        title = embed.get("title")
        yield f" {title.strip()} ({source})" if isinstance(title, str) and title.strip() else f" {source}"


def _item_mark(item: Tag) -> str:
    """What opens a list item's line: "-", or in a numbered list its number ("2."), as steps are
    numbered ("1. Open Reports", "2. Choose the year") and answers refer to them ("repeat step 2")."""
    listed = item.parent
    if listed is None or listed.name != "ol":
        return "-"
    start = str(listed.get("start", "1")).strip()
    return f"{(int(start) if start.isdecimal() else 1) + len(item.find_previous_siblings('li'))}."


def _after_blank(pieces: Iterator[str]) -> Iterator[str]:
    """The pieces from the first that writes something, which loses its leading breaks and spaces."""
    for piece in pieces:
        if piece.strip():
            yield piece.lstrip()
            break
    yield from pieces


# Characters that show nothing, as web pages and pasted text hide them inside words: a soft hyphen
# (HTML's &shy;), a zero-width space, a word joiner, a byte order mark (U+FEFF). An FAQ's headings
# and answers are read without them: "How do I re\u00adnew?" was shown so, and copied so.
INVISIBLE = re.compile(r"[\u00ad\u200b\u2060\ufeff]")


def one_line(text: str) -> str:
    """Collapse runs of whitespace, and drop characters that show nothing (see ``INVISIBLE``):
    headings and alternates are single lines of what is seen, wherever they came from."""
    return " ".join(INVISIBLE.sub("", text).split())


# What parts a line's text where it starts and ends, as a browser lays it out: a block, a list's
# item, a table's cell, a line break.
_PARTS_TEXT = frozenset({*_BLOCKS, "li", "tr", "td", "th", "br", "center", "fieldset", "caption", "option", "button"})
_SHOWN_STRINGS = (NavigableString, CData)  # not a comment's, a script's or a style sheet's
_GAP = object()  # where a part of the text starts or ends: a space, when text comes on both sides


def shown_text(node: Tag, hidden: Collection[int] = ()) -> str:
    """An element's text on one line as a browser shows it: its strings run together as written,
    apart where a block, a cell or a line break parts them, leaving out the elements whose id()
    is in ``hidden``. Joined with a space between every two strings (``get_text(" ")``), a title
    read "What is CO 2 ?" for "What is CO<sub>2</sub>?" and "Is it free ?" for "<a>Is it free</a>?"."""
    pieces: list[str] = []
    pending: list[object] = list(reversed(node.contents))
    while pending:  # depth first, in the page's order, with a stack: a page may nest thousands deep
        item = pending.pop()
        if item is _GAP:
            pieces.append(" ")
        elif isinstance(item, Tag):
            if id(item) in hidden:
                continue
            parts = item.name in _PARTS_TEXT
            pending.extend([*([_GAP] if parts else []), *reversed(item.contents), *([_GAP] if parts else [])])
        elif type(item) in _SHOWN_STRINGS:
            pieces.append(str(item))
    return one_line("".join(pieces))


def with_absolute_links(soup: Tag, base: str) -> None:
    """Make the links of ``soup`` that lead somewhere relative to its page ("/register",
    "polling-places") lead there from anywhere, read against the page's address ``base``: kept
    relative, a chat could not open them, and the address was dropped."""
    for link in soup.find_all("a", href=True):
        href = str(link["href"]).strip()
        if href and not href.startswith(_NOT_A_PLACE) and not _SCHEME.match(href):
            link["href"] = urljoin(base, href)


# A marked section ("<![CDATA[…]]>", Word's "<![if !supportLists]>") whose keyword Python's HTML
# parser does not know, which it refuses the whole page for ("<![CDAT x]]>", "<![ CDATA[", "<![1]>"):
# its opening is made text, as a browser shows it.
_UNKNOWN_MARKED_SECTION = re.compile(r"<!\[(?!(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-z0-9]))", re.IGNORECASE)


# The elements whose end tag HTML lets a page leave out, each with the start tags that end it and the
# elements it is not ended beyond ("<dt>Why?<dd>Because.<dt>How?": the next <dt> ends the <dd>), and
# the elements that end an open paragraph, as the HTML standard's parsing rules say.
_SECTIONING = frozenset("""
    applet article aside blockquote button caption center details dialog dir dl fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hgroup main marquee menu nav object ol pre section summary table tbody td template tfoot th
    thead tr ul
""".split())  # noqa: SIM905 - a list of tag names reads best as the names
_ENDED_BY = {
    "li": ({"li"}, _SECTIONING | {"dd", "dt"}),
    "dt": ({"dt", "dd"}, _SECTIONING | {"li"}),
    "dd": ({"dt", "dd"}, _SECTIONING | {"li"}),
    "tr": ({"tr"}, {"table", "thead", "tbody", "tfoot"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
}
_ENDS_A_PARAGRAPH = frozenset("""
    address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6
    header hgroup hr li dd dt main menu nav ol p pre section summary table ul
""".split())  # noqa: SIM905 - a list of tag names reads best as the names
_PARAGRAPH_SCOPE = frozenset({"applet", "button", "caption", "marquee", "object", "table", "td", "template", "th"})
_OPEN_ELEMENTS_LOOKED_AT = 32  # an element ends one this far in at most: parsing stays linear in any page


class _BrowserTree(BeautifulSoup):
    """A page parsed by Python's HTML parser, with the end tags a page may leave out ended where a
    browser ends them. That parser nests them instead: an old FAQ's ``<dl><dt>Why?<dd>Because.
    <dt>How?…`` held every next question inside the answer before it (refused, in time quadratic in
    its length), and a list's unclosed items were shown as a list nested ever deeper."""

    def handle_starttag(self, name: str, *args, **kwargs) -> Tag | None:
        """Start an element, first ending the open element that its start ends. Most start tags
        (a link, a span, a line break) end none, and are not looked at: every tag comes this way."""
        if name in _ENDED_BY or name in _ENDS_A_PARAGRAPH:
            open_elements = list(itertools.islice(reversed(self.tagStack), _OPEN_ELEMENTS_LOOKED_AT))  # innermost first
            ends, scope = _ENDED_BY.get(name, ((), ()))
            ended = _innermost(open_elements, ends, scope) or (_innermost(open_elements, {"p"}, _PARAGRAPH_SCOPE) if name in _ENDS_A_PARAGRAPH else None)
            if ended is not None:
                self.handle_endtag(ended)
        return super().handle_starttag(name, *args, **kwargs)


def _innermost(open_elements: list[Tag], names: Collection[str], scope: Collection[str]) -> str | None:
    """The name of the innermost open element named in ``names``, unless one in ``scope`` comes first."""
    for tag in open_elements:
        if tag.name in names:
            return tag.name
        if tag.name in scope:
            return None
    return None


def parsed(markup: str) -> BeautifulSoup:
    """``markup`` parsed as a browser would read it (see :class:`_BrowserTree`), with Python's HTML
    parser, which never fails on it: a marked section it does not know (see ``_UNKNOWN_MARKED_SECTION``)
    raised ParserRejectedMarkup, a traceback instead of the page's entries."""
    return _BrowserTree(_UNKNOWN_MARKED_SECTION.sub("&lt;![", markup), "html.parser")


def html_to_text(markup: str, base: str = "", code: bool = False) -> str:
    """Clean text of an HTML fragment: no tags or scripts, whitespace tidied, paragraphs kept; its
    relative links read against its page's address ``base`` when known; with ``code`` (an answer's
    text, not a question's), its code blocks fenced with ``` and its inline code in backticks."""
    soup = parsed(markup)
    if base:
        with_absolute_links(soup, base)
    for hidden in soup(_INVISIBLE):
        hidden.decompose()
    text = _AFTER_HEADING.sub("\n", "".join(_text_pieces(soup, code)))
    paragraphs = []
    for paragraph in text.split("\n\n"):
        lines = [one_line(line).replace(_KEPT_SPACE, " ").rstrip() for line in paragraph.split("\n")]
        if any(lines):
            paragraphs.append("\n".join(line for line in lines if line))
    return "\n\n".join(paragraphs)


def inline_markup_to_text(markup: str, code: bool = False) -> str:
    """Clean text of inline Markdown or HTML (``**bold**``, ``[a link](…)``, ``<a href>``), its
    inline code in backticks with ``code`` (see :func:`html_to_text`)."""
    return html_to_text(MARKDOWN.renderInline(markup), code=code)
