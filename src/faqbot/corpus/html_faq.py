"""Web FAQ pages: schema.org ``FAQPage`` markup, in JSON-LD (:mod:`faqbot.corpus.json_ld`) or in
microdata, else the page's structure (:mod:`faqbot.corpus.html_page`).

Markup is how websites mark up their FAQs for search engines, so a saved page (``.html``) is a
corpus as it is. Each microdata ``Question``'s ``name`` is the heading, its ``acceptedAnswer``
``text`` the answer. Answer HTML is turned into clean text with a real HTML parser: paragraphs
stay paragraphs (so passages split where the author split), list items stay lines, and links keep
their address.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from faqbot.corpus.entry import FEWEST_QUESTIONS, Entry, asks, make_entry, read_text
from faqbot.corpus.front_matter import front_matter_entries, with_listed
from faqbot.corpus.html_page import structure_entries
from faqbot.corpus.html_text import HEADING_TAG, html_to_text, one_line, parsed, shown_text, with_absolute_links
from faqbot.corpus.json_ld import faq_page_entries
from faqbot.corpus.page_template import data_looped_over, filled_in_by, is_page_template, without_template_code
from faqbot.corpus.script_faq import script_entries
from faqbot.errors import NoEntriesError

logger = logging.getLogger(__name__)

# What a heading's permanent link shows beside it on a documentation site (Sphinx's and MkDocs'
# "¶", "#", "§", "🔗"; Docusaurus and VitePress a zero-width space), never words of the page.
_PERMALINK_SIGNS = frozenset("¶§#🔗⚓\u200b\ufeff")


def _page_address(soup: BeautifulSoup) -> str:
    """Where a saved page was published, to read its relative links against: its ``<base>``, its
    canonical address or its ``og:url``, the first that is a web address; "" for none."""
    found = [
        tag.get(attribute) if tag is not None else None
        for tag, attribute in ((soup.find("base", href=True), "href"), (soup.find("link", rel="canonical", href=True), "href"), (soup.find("meta", property="og:url"), "content"))
    ]
    return next((str(address).strip() for address in found if isinstance(address, str) and address.strip().startswith(("http://", "https://"))), "")


def _json_ld_entries(soup: BeautifulSoup, path: Path, base: str, template: bool = False) -> list[Entry]:
    """Entries from ``<script type="application/ld+json">`` blocks holding an FAQPage (answers'
    relative links read against the page's address ``base``). In a page ``template``, a block
    that is no JSON once its code is blanked is one its code writes when the site is built."""
    entries = []
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        source = script.string or ""
        try:
            data = json.loads(source)
        except json.JSONDecodeError as exc:
            why = "its code writes when the site is built" if template else f"that is not valid JSON ({exc.msg})"
            logger.warning("%s:%s: skipped a JSON-LD block %s", path, script.sourceline + exc.lineno - 1, why)
            continue
        entries += faq_page_entries(data, source, script.sourceline, path, base)
    return entries


def _is_type(tag: Tag, name: str) -> bool:
    itemtype = tag.get("itemtype")
    return isinstance(itemtype, str) and any(t.rstrip("/").rsplit("/", 1)[-1] == name for t in itemtype.split())


def _property(scope: Tag, name: str) -> Tag | None:
    """The first element carrying ``itemprop=name`` that belongs to ``scope`` itself (not a nested item)."""
    for tag in scope.find_all(attrs={"itemprop": True}):
        if name in tag["itemprop"].split() and tag.find_parent(attrs={"itemscope": True}) is scope:
            return tag
    return None


def _property_text(tag: Tag | None, code: bool = False) -> str:
    """A microdata property's value: its ``content`` attribute, else its contents as clean text (an
    answer's with its ``code`` marked, see :func:`html_to_text`)."""
    if tag is None:
        return ""
    content = tag.get("content")
    return content if isinstance(content, str) else html_to_text(tag.decode_contents(), code=code)


def _microdata_entries(soup: BeautifulSoup, path: Path) -> list[Entry]:
    """Entries from ``itemscope itemtype=".../Question"`` elements (inside an FAQPage or not)."""
    entries = []
    for question in soup.find_all(attrs={"itemscope": True}):
        if not _is_type(question, "Question"):
            continue
        answer = _property(question, "acceptedAnswer") or _property(question, "suggestedAnswer")
        alternates = [_property_text(_property(question, "alternateName"))]
        entries.append(make_entry(
            _property_text(_property(question, "name")),
            _property_text(_property(answer, "text"), code=True) if answer is not None else "",
            path,
            question.sourceline or 1,
            [a for a in alternates if a],
        ))
    return entries


def _heading_ends_matched(markup: str) -> str:
    """The page with each heading closed by its own end tag: ``<h2>Why?</h5>`` ends the ``<h2>``
    in a browser, but would hold the rest of the page inside it for Python's parser. A heading
    opened inside an open one closes it first, as a browser does: 2,000 unclosed ``<h2>`` nested
    each inside the last took minutes to read."""
    pieces, last, open_level = [], 0, ""
    for tag in HEADING_TAG.finditer(markup):
        closing, level = tag.group("closing"), tag.group("level")
        if not closing:
            if open_level:
                pieces += [markup[last : tag.start()], f"</h{open_level}>"]
                last = tag.start()
            open_level = level
            continue
        if open_level and level != open_level:
            pieces += [markup[last : tag.start("level")], open_level]
            last = tag.end("level")
        open_level = ""
    return "".join(pieces) + markup[last:]


# Start tags that end an open paragraph in a browser: another paragraph, or a block (HTML's rule).
_CLOSES_PARAGRAPH = re.compile(
    r"<(/?)(p|div|h[1-6]|hgroup|ul|ol|dl|menu|table|details|section|article|aside|header|footer|nav|main|address|blockquote|pre|form|fieldset|hr|figure|figcaption)(?=[\s/>])",
    re.IGNORECASE,
)


def _paragraphs_closed(markup: str) -> str:
    """The page with each paragraph closed where a browser closes it: ``<p>Yes.<p><b>Why?</b>``
    is two paragraphs, but Python's parser would put the second, and every question after it,
    inside the first."""
    pieces, last, open_paragraph = [], 0, False
    for tag in _CLOSES_PARAGRAPH.finditer(markup):
        closing, name = tag.group(1), tag.group(2).lower()
        if not closing and open_paragraph:
            pieces += [markup[last : tag.start()], "</p>"]
            last = tag.start()
        open_paragraph = name == "p" and not closing
    return "".join(pieces) + markup[last:]


def _page_description(soup: BeautifulSoup) -> str:
    """What a saved page says of itself: its title, and under it the summary it gives search engines
    and link previews (``<meta name="description">``, else ``og:description``), which the chat's
    welcome shows."""
    title = soup.find("title")
    summaries = (soup.find("meta", attrs={"name": "description"}), soup.find("meta", property="og:description"))
    summary = next((str(tag["content"]) for tag in summaries if tag is not None and isinstance(tag.get("content"), str) and tag["content"].strip()), "")
    return "\n\n".join(part for part in (one_line(title.get_text()) if title else "", one_line(summary)) if part)


def _permalinks_removed(soup: BeautifulSoup) -> None:
    """Take out the links to a place in the page that show only a sign (``<a class="headerlink"
    href="#setup">¶</a>`` after each heading of a saved MkDocs or Sphinx page): read as text, every
    question of such a page ended in "¶". A link inside one taken out went with it."""
    for link in soup.find_all("a", href=True):
        if not link.decomposed and str(link["href"]).startswith("#") and set(link.get_text().strip()) <= _PERMALINK_SIGNS:
            link.decompose()


# Where a page generated from Markdown keeps its footnotes (kramdown's <div class="footnotes">,
# GitHub's <section data-footnotes>, Pandoc's <section id="footnotes">), and the link in each one
# back to where it is cited ("↩").
_FOOTNOTES = "footnotes"
_BACK_LINKS = frozenset({"reversefootnote", "footnote-back", "footnote-backref", "data-footnote-backref"})


def _footnotes_inlined(soup: BeautifulSoup) -> None:
    """Write each footnote of a page where it is cited, in brackets ("Yes, for members (Members pay
    ten pounds.)"), and take out the list at the end: read as they stood, each citation was a bare
    digit run into its word ("members.1"), and the footnotes the last answer's text or lost."""
    listed = soup.find_all(lambda tag: tag.get("role") == "doc-endnotes" or tag.has_attr("data-footnotes") or _FOOTNOTES in tag.get("class", []))
    containers = [container for container in listed if container.find("li", id=True)]  # a list of notes to cite, not a page's "footnotes" text
    notes: dict[str, str] = {}
    for container in containers:
        for item in container.find_all("li", id=True):
            for back in item.find_all(lambda tag: tag.name == "a" and (tag.get("role") == "doc-backlink" or tag.has_attr("data-footnote-backref") or _BACK_LINKS & set(tag.get("class", [])))):
                back.decompose()
            notes[str(item["id"])] = html_to_text(item.decode_contents())
    for container in containers:
        if not container.decomposed:
            container.decompose()
    for link in soup.find_all("a", href=True):
        note = notes.get(str(link["href"]).removeprefix("#")) if not link.decomposed else None
        if note is not None:
            cited = link.parent if link.parent is not None and link.parent.name == "sup" else link
            cited.replace_with(f" ({one_line(note)})")


def read_html_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a web page's FAQPage markup (JSON-LD preferred, microdata otherwise) or, without it, its
    structure (:mod:`faqbot.corpus.html_page`); its title and summary are the description."""
    return html_entries(read_text(path, web_page=True), path)


def _script_data_entries(markup: str, path: Path) -> list[Entry]:
    """The entries a page's own scripts keep as data, for a page that shows none written out: it
    builds its FAQ from them when a browser opens it (``const faqData = [{ q: "…", a: "…" }]`` over
    an empty ``<div id="faqList">``). Each script is read as a script file is, never run, its
    entries on their lines of the page."""
    entries: list[Entry] = []
    for script in parsed(markup).find_all("script", src=False):
        if str(script.get("type", "")).strip().lower() not in _SCRIPT_TYPES:
            continue  # JSON-LD (read already), a template, data of other kinds
        found, _ = script_entries(script.get_text(), path)
        entries += [replace(entry, line=entry.line + (script.sourceline or 1) - 1) for entry in found]
    return entries


# The types a page's script is JavaScript by: none given, or JavaScript's named.
_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/babel", "application/ecmascript", "text/ecmascript"})


def _why_no_entries(markup: str, template: bool) -> str:
    """What to tell the owner of a page in which no entry was found: where its questions come
    from, if its code fills them in, else what a page needs to hold."""
    if (filled_in := filled_in_by(markup)) is not None:
        return filled_in
    if (loaded := _loaded_by_script(markup)) is not None:
        return (
            f"shows questions its script loads from {loaded!r} when a browser opens it (faqbot never runs a page's script): "
            "put that file in the corpus instead"
        )
    page = parsed(markup)  # read once for what follows
    if (target := _redirected_to(page)) is not None:
        return f"only sends a browser on to {target!r} (faqbot never follows it): save that page from a browser and put it in the corpus instead"
    if (builder := _built_by_script(page)) is not None:
        return (
            f"shows no text until its script ({builder!r}) builds the page in a browser (faqbot never runs a page's script): "
            "save the page from a browser that has opened it (Save page as…, .html or .mhtml), or put the file its questions come from in the corpus instead"
        )
    if linked := _questions_linked(page):
        return (
            f"lists questions whose answers are pages of their own ({', '.join(map(repr, linked[:2]))}{', …' if len(linked) > 2 else ''}): "
            "put those pages in the corpus instead"
        )
    if template:
        return (
            "holds no FAQ entries written out in its HTML (faqbot never runs a template's code: questions it fills in, "
            "translations it looks up, are not read; the page as the site serves it, .html, holds them)"
        )
    return (
        "no schema.org FAQPage found (looked for JSON-LD and microdata Question items), nor headings that ask questions; "
        "a page without either can be copied into a Markdown file (.md): a heading per question, its answer below"
    )


def _redirected_to(page: BeautifulSoup) -> str | None:
    """Where a page that only redirects sends a browser (``<meta http-equiv="refresh" content="0;
    url=https://example.org/faq">``, as a site leaves at a moved page's old address), if it is one."""
    refresh = page.find("meta", attrs={"http-equiv": re.compile(r"\Arefresh\Z", re.IGNORECASE)}, content=True)
    target = _REFRESH_TARGET.search(str(refresh["content"])) if refresh is not None else None
    return target.group("url").strip("'\" ") if target else None


_REFRESH_TARGET = re.compile(r"url\s*=\s*(?P<url>\S[^;]{0,500})", re.IGNORECASE)


_IN_PAGE = re.compile(r"\A#")  # a link's address that is a place in its page


def _built_by_script(page: BeautifulSoup) -> str | None:
    """The script of a page whose body shows no text of its own, if it loads one (a single-page
    app's ``<div id="root"></div>`` and ``<script src="main.js">``): the script builds all a
    browser shows. Its last script is named, as an app's own comes after the libraries it uses."""
    scripts = [source for script in page.find_all("script", src=True) if (source := str(script["src"]).strip())]
    if not scripts or page.body is None:
        return None
    # "This site needs JavaScript", shown only without it; a link to "Skip to content", shown only to a screen reader.
    unshown = {id(element) for element in page.body.find_all(("noscript", "template"))} | {id(link) for link in page.body.find_all("a", href=_IN_PAGE)}
    return None if shown_text(page.body, unshown) else scripts[-1]


def _questions_linked(page: BeautifulSoup) -> list[str]:
    """The pages of this site that a page's links asking questions open, where two or more do
    (``<li><a href="faq/q1.html">Can I close my eyes?</a></li>``): a FAQ's index, each answer a
    page of its own; [] otherwise."""
    pages = [
        address for link in page.find_all("a", href=True)
        if asks(one_line(link.get_text(" "))) and not _SCHEME_OR_PLACE.match(address := str(link["href"]).strip()) and address
    ]
    return pages if len(pages) >= FEWEST_QUESTIONS else []


_SCHEME_OR_PLACE = re.compile(r"\A(?:[a-z][a-z0-9+.-]*:|#|\?)", re.IGNORECASE)  # another site's address, or a place in this page


# A script's request for a file: fetch('faq.json'), $.getJSON("data/questions.json"), axios.get(`/faq.yml`).
_LOADED = re.compile(r"""(?:\bfetch|\bgetJSON|\.get|\bload)\s*\(\s*(["'`])(?P<file>[^"'`\s]{1,200})\1""", re.IGNORECASE)
_QUESTIONS_DATA = re.compile(r"(?:faq|question)[^/]*\.(?:json|ya?ml|csv|txt|md)$", re.IGNORECASE)  # a data file named for questions


def _loaded_by_script(markup: str) -> str | None:
    """The data file named for questions that a page's script loads when a browser opens it, if
    any: such a page holds no entries of its own, and the file holds them all."""
    return next((match["file"] for match in _LOADED.finditer(markup) if _QUESTIONS_DATA.search(match["file"])), None)


def _written_out(entries: list[Entry], path: Path) -> list[Entry]:
    """A template's entries whose question and answer it writes out: one whose question or answer
    its code fills in (a translation looked up, a value output) has none once the code is blanked.
    Each left out is logged when others are kept; with none kept, the page's error says it all."""
    written = [entry for entry in entries if entry.heading and entry.answer]
    for entry in entries if written else ():
        if not (entry.heading and entry.answer):
            logger.warning("%s:%d: entry left out: the template's code fills its %s in when the site is built", path, entry.line, "answer" if entry.heading else "question")
    return written


def _holds_template_code(text: str) -> bool:
    """Whether a question holds a template's code, as Jinja, Liquid, Django and Handlebars write
    it: "{{ question.question }}", "{% t faq.q1 %}"."""
    return any((opening := text.find(start)) >= 0 and text.find(end, opening + 2) >= 0 for start, end in (("{{", "}}"), ("{%", "%}")))


def html_entries(markup: str, path: Path, address: str = "", template: bool = False, data: Iterable[Entry] = ()) -> tuple[list[Entry], str]:
    """The entries and description of a web page's ``markup`` (read from ``path``), its relative
    links read against the address the page names, else ``address`` (where it was saved from).
    A page ``template`` (:mod:`faqbot.corpus.page_template`), or a page that turns out to be one,
    is read without its code, with the entries of the ``data`` it sets and those its front matter lists.
    A page read with a question of template code (``{{ question.question }}``: an include, which
    opens with no front matter) turns out to be one."""
    template = template or is_page_template(markup)
    html, page = without_template_code(markup) if template else (markup, {})
    if html.lstrip().startswith("<?xml") and "<html" not in html.lower():
        raise NoEntriesError(path, "is an XML document (a sitemap or a feed), not a web page")
    soup = parsed(_paragraphs_closed(_heading_ends_matched(html)))
    _permalinks_removed(soup)
    _footnotes_inlined(soup)
    base = _page_address(soup) or (address if address.startswith(("http://", "https://")) else "")
    if base:
        with_absolute_links(soup, base)
    description = _page_description(soup) or "\n\n".join(one_line(page[key]) for key in ("title", "description") if key in page)
    entries = _json_ld_entries(soup, path, base, template) or _microdata_entries(soup, path) or structure_entries(soup, path) or _script_data_entries(html, path)
    if not template and any(_holds_template_code(entry.heading) for entry in entries):
        return html_entries(markup, path, address, template=True, data=data)  # a template without front matter: an include
    if template:
        listed = with_listed([*_written_out(entries, path), *data], front_matter_entries(markup.split("\n"), path))
        entries = sorted(listed, key=lambda entry: entry.line)
    if not entries:
        raise NoEntriesError(path, _why_no_entries(markup, template))
    if template and (source := data_looped_over(markup, questions_only=True)) is not None:
        logger.warning("%s: questions its code fills in from %r when the site is built are not read (faqbot never runs it): put the data file that holds them in the corpus", path, source)
    return entries, description
