"""XML: FAQs exported as XML, read as JSON data is (see :mod:`faqbot.corpus.json_faq`).

Each element is a field named by its tag, a repeated one a list, an element holding only text
that text, and one holding markup (HTML's ``<p>``, DocBook's ``<para>``) that markup as HTML: so a
file of ``<item><question>…</question><answer>…</answer></item>`` reads as a list of entries,
DocBook's ``<qandaentry>`` as an entry, and a knowledge base's exported records (ServiceNow's
``<short_description>`` over its ``<text>``) as articles. A WordPress export (Tools › Export, the
"WXR" file) holds every post, page and menu item of a site: its FAQ plugin's posts (a post type
naming a FAQ) are the entries, each titled by its question, its content the answer, its category
its FAQ category; drafts are left out. A site without a FAQ plugin keeps its FAQ as a page: its
published pages titled as a FAQ are read as web pages. The file is parsed without entity expansion and without
fetching anything its DOCTYPE names.
"""

from __future__ import annotations

import html.entities
import itertools
import re
from dataclasses import replace
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from faqbot.corpus.entry import CATEGORY_PATH, CorpusError, Entry, asks, field_named, names_a_faq
from faqbot.corpus.html_faq import html_entries
from faqbot.corpus.html_text import html_to_text
from faqbot.corpus.json_faq import data_entries
from faqbot.corpus.markdown_faq import including_others
from faqbot.corpus.sections import Located
from faqbot.errors import NoEntriesError

# Elements that are a text's markup, not fields: an element holding only these is its text as HTML.
_HTML_TAGS = frozenset({"p", "br", "b", "i", "em", "strong", "u", "a", "ul", "ol", "li", "code", "pre", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "thead", "tbody", "tr", "td", "th", "img", "sup", "sub", "dl", "dt", "dd", "hr"})
# DocBook's markup, written as the HTML it renders to.
_DOCBOOK_TAGS = {
    "para": "p", "simpara": "p", "emphasis": "em", "literal": "code", "command": "code", "filename": "code", "option": "code",
    "userinput": "code", "computeroutput": "code", "varname": "code", "programlisting": "pre", "screen": "pre", "literallayout": "pre",
    "itemizedlist": "ul", "orderedlist": "ol", "listitem": "li", "ulink": "a", "link": "a", "note": "blockquote", "tip": "blockquote",
    "warning": "blockquote", "important": "blockquote", "caution": "blockquote",
}
_MARKUP = _HTML_TAGS | _DOCBOOK_TAGS.keys()
_TABLE_PARTS = {"row": "tr", "cell": "td", "entry": "td"}
_PARAGRAPHS = frozenset({"p", "para", "simpara"})
_LINKS = frozenset({"a", "ulink", "link"})
_FAQ_POST_TYPE = re.compile(r"faq", re.IGNORECASE)  # "ufaq", "helpie_faq", "arconix-faq": a FAQ plugin's posts
_WORDPRESS_EXPORT = re.compile(r"^https?://wordpress\.org/export/")  # the namespace of a WXR file's own fields
_CATEGORY_DOMAIN = re.compile(r"categor", re.IGNORECASE)  # "ufaq-category", "category"; not "post_tag"
# A feed's root and its items: RSS's <rss> of <item>s, Atom's <feed> of <entry>s. A site's feed of its FAQ
# section lists its question pages; empty, its channel's own title and description were read as an entry.
_FEEDS = frozenset({"rss", "feed"})
_FEED_ITEMS = frozenset({"item", "entry"})
_XINCLUDE = "{http://www.w3.org/2001/XInclude}include"  # <xi:include href="questions.xml"/>: that file's elements in its place


class _LinedBuilder(TreeBuilder):
    """A tree builder that notes the line each element opens on, as the parser reads it."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Element, int] = {}
        self.expat: object = None  # the parser's expat reader, set once the parser exists

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        element = super().start(tag, attrs)
        self.lines[element] = getattr(self.expat, "CurrentLineNumber", 1)
        return element


def _parsed(path: Path) -> tuple[Element, dict[Element, int]]:
    """The document's root element and each element's line; a CorpusError names what is wrong and where."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror})") from exc
    try:
        try:
            return _tree(data)
        except ParseError as exc:
            if exc.code != _UNDEFINED_ENTITY:
                raise
            return _tree(_html_entities_as_numbers(data))  # named in a DTD faqbot never fetches: "&ouml;", "&mdash;"
    except ParseError as exc:
        line = exc.position[0] if exc.position else 1
        raise CorpusError(f"{path}:{line}: not valid XML ({str(exc).split(':', 1)[0]})") from None
    except DefusedXmlException:
        raise CorpusError(f"{path}: declares entities, which faqbot does not expand (they can make a small file huge); write the text itself") from None


def _tree(data: bytes) -> tuple[Element, dict[Element, int]]:
    """The root element of an XML document and each element's line, its DTD never fetched."""
    builder = _LinedBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    builder.expat = parser.parser
    parser.feed(data)
    return parser.close(), builder.lines


_UNDEFINED_ENTITY = 11  # expat's error code for "&name;" that no declaration read defines
_NAMED_CHARACTER = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _html_entities_as_numbers(data: bytes) -> bytes:
    """A document with HTML's named characters written as numbers ("&ouml;" as "&#246;"): a
    DocBook or Erlang document names them as its DTD defines them, and the DTD is another file,
    which faqbot never fetches — the file was refused. (Text in CDATA is read as HTML, which
    names them too.)"""
    def number(match: re.Match[bytes]) -> bytes:
        name = match.group(1).decode("ascii")
        text = html.entities.html5.get(f"{name};") if name not in _XML_ENTITIES else None
        return "".join(f"&#{ord(character)};" for character in text).encode("ascii") if text else match.group()

    return _NAMED_CHARACTER.sub(number, data)


def _name(tag: str) -> str:
    """An element's field name: its tag without its namespace; WordPress's ``content:encoded`` and
    ``excerpt:encoded`` by their namespaces' last words ("…/modules/content/", "…/excerpt/")."""
    namespace, _, local = tag.rpartition("}")
    if local == "encoded" and namespace:
        return namespace.lstrip("{").rstrip("/").rsplit("/", 1)[-1]
    return local


def _holds_text(element: Element) -> bool:
    """Whether an element is a text (its own words, or markup only) rather than a record of fields."""
    children = list(element)
    if not children:
        return True
    if (element.text or "").strip() or any((child.tail or "").strip() for child in children):
        return True  # mixed content: words between the elements
    return all(_name(child.tag) in _MARKUP for child in children)


def _as_html(element: Element) -> str:
    """An element's content as HTML: its text and its markup, DocBook's written as HTML's."""
    in_tables = {id(part) for table in element.iter() if _name(table.tag) == "table" for part in table.iter()}
    for inner in element.iter():
        name = _name(inner.tag)
        attributes = {_name(key): value for key, value in inner.attrib.items()}  # DocBook 5's xlink:href as href
        if name in ("ulink", "link") and "url" in attributes:
            attributes["href"] = attributes.pop("url")  # DocBook 4's <ulink url=…>
        inner.attrib.clear()
        inner.attrib.update(attributes)
        if name in _DOCBOOK_TAGS:
            inner.tag = _DOCBOOK_TAGS[name]
        elif name not in _MARKUP and "href" in attributes:
            inner.tag = "a"  # another markup's link: the Erlang FAQ's <url href=…>
        elif name in _TABLE_PARTS and id(inner) in in_tables:
            inner.tag = _TABLE_PARTS[name]  # a table's <row> of <cell>s (Erlang's, DocBook's <entry>s)
        elif inner is not element:
            inner.tag = name
    inner_markup = "".join(tostring(child, encoding="unicode") for child in element)
    return ((element.text or "") + inner_markup).strip()


def _text(element: Element) -> str:
    """An element holding text as a field's value: its text; a ServiceNow reference field's
    ``display_value`` (the category's name, over its id); one paragraph's words, when it links
    nowhere (DocBook's ``<question><para>Is it free?</para></question>``); else its markup as HTML."""
    children = list(element)
    if not children:
        return element.attrib.get("display_value") or (element.text or "").strip()
    only = children[0] if len(children) == 1 and not (element.text or "").strip() and not (children[0].tail or "").strip() else None
    if only is not None and _name(only.tag) in _PARAGRAPHS and not any(_name(inner.tag) in _LINKS for inner in only.iter()):
        return _plain_text(only)
    return _as_html(element)


def _plain_text(element: Element) -> str:
    """An element's words on one line, its markup left out and left as it is (:func:`_as_html`
    rewrites the tags it renders)."""
    return " ".join("".join(element.itertext()).split())


def _titled_text(element: Element) -> tuple[Element, Element] | None:
    """An element's title and the text under it, gathered in a ``<div>``, when it is a titled block
    of text: a ``<title>`` first (after anchors, empty elements such as Erlang's ``<marker id=…/>``),
    then paragraphs and other markup only (DocBook's ``<section><title>How do I join?</title><para>…
    </para><para>…</para></section>``, as a FAQ written as a document keeps its questions) — or,
    among paragraphs, blocks of a markup faqbot does not know holding only such text (the Erlang
    FAQ's ``<quote>``, its ``<list>`` of ``<item>``). Read as fields, its paragraphs were a list and
    the section no entry."""
    children = list(itertools.dropwhile(_empty, element))
    if len(children) < 2 or _name(children[0].tag) != "title" or list(children[0]) or (element.text or "").strip():
        return None
    body = children[1:]
    if any((child.tail or "").strip() for child in body):
        return None
    known = all(_name(child.tag) in _MARKUP and _holds_text(child) for child in body)
    if not known and not (_reads_as_text(children[0], body) and all(_prose(child) for child in body)):
        return None
    block = Element("div")
    block.extend(body)
    return children[0], block


def _reads_as_text(title: Element, body: list[Element]) -> bool:
    """Whether a titled block of another markup is a document's text rather than a record of
    fields: it holds a paragraph of its own, or its title asks over parts whose titles ask nothing
    (the Erlang FAQ's "What is Mnesia good at?" over "Distribution" and "Monitoring"), as a
    Markdown heading that asks over such sub-headings is answered by them."""
    if any(field_named([_name(inner.tag)], "question") is not None for child in body for inner in child.iter() if _name(inner.tag) not in _MARKUP):
        return False  # a document of entries (DocBook's <qandaset> of <qandaentry>s under its title and a paragraph)
    if any(_name(child.tag) in _PARAGRAPHS for child in body):
        return True
    titles = [_plain_text(inner) for child in body for inner in child.iter() if _name(inner.tag) == "title"]
    return asks(_plain_text(title)) and bool(titles) and not any(map(asks, titles))


def _empty(element: Element) -> bool:
    """Whether an element holds nothing: an anchor (``<marker id="soft-realtime"/>``), a break."""
    return not list(element) and not (element.text or "").strip()


def _prose(element: Element, within: bool = False) -> bool:
    """Whether an element is part of a document's text: markup holding text, an anchor, or a block
    of another markup holding only such parts (``<quote><p>…</p></quote>``, ``<list><item>…</item>
    </list>``), its innermost blocks text — an element of text alone, outside such a block, is a field."""
    if _name(element.tag) in _MARKUP and _holds_text(element):
        return True
    children = list(element)
    if not children:
        return within or not (element.text or "").strip()  # text in a block, or an anchor (<marker id=…/>) anywhere
    return all(_prose(child, within=True) for child in children)  # a table of another markup's rows too


def _located(element: Element, lines: dict[Element, int]) -> Located:
    """An element as Located values: a text, a titled text as an article's title and content, or
    its fields (its attributes too), a repeated one a list."""
    line = lines.get(element, 1)
    if _holds_text(element) and (list(element) or not element.attrib or (element.text or "").strip()):
        return Located(_text(element), line)
    if (titled := _titled_text(element)) is not None:
        title, body = titled
        return Located({"title": Located(_text(title), lines.get(title, line)), "content": Located(_as_html(body), line)}, line)
    fields: dict[str, Located] = {_name(name): Located(value, line) for name, value in element.attrib.items()}
    repeated: dict[str, list[Located]] = {}
    for child in element:
        repeated.setdefault(_name(child.tag), []).append(_located(child, lines))
    for name, values in repeated.items():
        fields[name] = values[0] if len(values) == 1 else Located(values, values[0].line)
    return Located(fields, line)


def _wordpress_items(root: Element) -> tuple[Element, list[Element]] | None:
    """A WordPress export's channel and its items (posts, pages, menu items…), or None for a file
    that is no such export."""
    channel = root.find("channel")
    items = [] if channel is None else channel.findall("item")
    if channel is None or not items or not any(_WORDPRESS_EXPORT.match(child.tag.lstrip("{")) for item in items for child in item):
        return None
    return channel, items


def _wordpress_faq(channel: Element, items: list[Element], lines: dict[Element, int], path: Path) -> tuple[list[Entry], str]:
    """A WordPress export's FAQ: its FAQ plugin's posts as entries under the site's title and
    description, or else the questions of its published FAQ pages (:func:`_faq_pages`)."""
    types = {item: _wordpress_field(item, "post_type") for item in items}
    faq = [item for item in items if _FAQ_POST_TYPE.search(types[item])]
    address = _wordpress_field(channel, "base_site_url") or (channel.findtext("link") or "").strip()
    site = {name: Located((channel.findtext(name) or "").strip(), lines.get(channel, 1)) for name in ("title", "description")}
    if faq:
        entries = [_wordpress_entry(item, lines, address) for item in faq]
        return data_entries(Located({**site, "entries": Located(entries, lines.get(faq[0], 1))}, lines.get(channel, 1)), path, None)
    pages = _faq_pages([item for item in items if types[item] in ("page", "post")], lines, path, address)
    if not pages:
        found = ", ".join(sorted(set(types.values()) - {""}))
        raise CorpusError(
            f"{path}: a WordPress export without FAQ posts (its post types: {found}) or a published page titled as a FAQ; "
            "export the FAQ plugin's post type (Tools › Export), or name the FAQ page's title"
        )
    return pages, "\n\n".join(value.value for value in site.values() if value.value)  # as data_entries describes the plugin's


def _faq_pages(pages: list[Element], lines: dict[Element, int], path: Path, address: str) -> list[Entry]:
    """The questions of those of an export's ``pages`` (and posts) that are published and titled as
    a FAQ ("FAQ", "Visitor FAQs", "Frequently asked questions", or at the address ``/faq/``), read
    as the web pages they are: a site without a FAQ plugin keeps its FAQ so, in headings, an
    accordion or a FAQ block. Each entry's line is counted from its page's content in the file."""
    entries: list[Entry] = []
    for item in pages:
        title, slug = (item.findtext("title") or "").strip(), _wordpress_field(item, "post_name")
        content = next((child for child in item if _name(child.tag) == "content"), None)
        if content is None or _wordpress_field(item, "status") != "publish":
            continue
        if names_a_faq(title) or names_a_faq(slug.replace("-", " ")):
            try:
                found, _ = html_entries(content.text or "", path, address)
            except NoEntriesError:
                continue
            start = lines.get(content, 1)
            entries += [replace(entry, line=start + entry.line - 1) for entry in found]
    return entries


def _wordpress_field(item: Element, name: str) -> str:
    """The text of an exported post's (or the site's) WordPress field (``<wp:post_type>``)."""
    field = next((child for child in item if _name(child.tag) == name and _WORDPRESS_EXPORT.match(child.tag.lstrip("{"))), None)
    return (field.text or "").strip() if field is not None else ""


def _wordpress_entry(item: Element, lines: dict[Element, int], address: str) -> Located:
    """One FAQ post as an entry: its title the question, its content the answer (its links within
    the site read against the site's ``address``), its FAQ category, its status."""
    line = lines.get(item, 1)
    title, content = item.find("title"), next((child for child in item if _name(child.tag) == "content"), None)
    category = next((child for child in item.findall("category") if _CATEGORY_DOMAIN.search(child.get("domain", ""))), None)
    fields = {
        "question": "" if title is None else (title.text or "").strip(),
        "answer": "" if content is None else html_to_text(content.text or "", base=address, code=True),
        "category": "" if category is None else (category.text or "").strip(),
        "status": _wordpress_field(item, "status"),
    }
    return Located({name: Located(value, line) for name, value in fields.items()}, line)


def read_xml_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse an XML FAQ, each entry on the line its element opens."""
    root, lines = _parsed(path)
    wordpress = _wordpress_items(root)
    if wordpress is not None:
        return _wordpress_faq(*wordpress, lines, path)
    if _name(root.tag) in _FEEDS and not any(_name(element.tag) in _FEED_ITEMS for element in root.iter()):
        raise NoEntriesError(path, "is a site's feed (RSS or Atom) listing no pages: save the FAQ page (.html) or the file it is built from instead")
    included = _includes_taken_out(root)
    document = _located(root, lines)
    if isinstance(document.value, dict) and "title" not in document.value and isinstance(info := document.value.get("info"), Located) and isinstance(info.value, dict):
        document = Located({**info.value, **document.value}, document.line)  # DocBook 5 keeps a book's title in its <info>
    entries, description = data_entries(document, path, None)
    if not entries and included:
        raise including_others(path, included)
    return _without_element_names(entries, {_name(element.tag) for element in root.iter()}), description


def _includes_taken_out(root: Element) -> list[str]:
    """The files a document includes by XInclude (the Erlang FAQ's ``faq.xml``, eleven
    ``<xi:include href="…"/>`` lines), each element taken out of it: an instruction to the build
    that puts the file's elements in its place, not a field of the FAQ."""
    included = []
    for parent in [element for element in root.iter() if element.find(_XINCLUDE) is not None]:
        for include in parent.findall(_XINCLUDE):
            included += [str(include.get("href"))] if include.get("href") else []
            parent.remove(include)
    return included


def _without_element_names(entries: list[Entry], tags: set[str]) -> list[Entry]:
    """The entries without the names of elements in their category paths: read as data, an
    element that only holds others (MedQuAD's ``<QAPairs>`` of ``<QAPair>``) named a section of
    the entries in it, "QAPairs / QAPair", where an XML file names a category by an attribute
    (``<drug name="Aspirin">``) or a title, never by its element."""
    def named(category: str) -> str:
        return CATEGORY_PATH.join(part for part in category.split(CATEGORY_PATH) if part not in tags)

    return [replace(entry, category=named(entry.category)) if entry.category else entry for entry in entries]
