"""Server pages (``faq.php``, ``faq.aspx``, ``faq.jsp``, ``faq.html.erb``) and page templates
(``faq.njk``, ``faq.liquid``, ``faq.html.twig``, ``page-faq.hbs``): a site's FAQ page kept as HTML
with code in it, or a page saved from such a site under its address's name, read as the web page
it serves (see :mod:`faqbot.corpus.html_faq`; templates' code: :mod:`faqbot.corpus.page_template`).

The code is never run and what it includes is never read: each ``<?php … ?>`` (or ``<?= … ?>``) and
``<% … %>`` (ASP, JSP, ERB, EJS; ``<%= … %>``, ``<%@ … %>`` too) block is blanked, its line breaks
kept so that entries name their lines. A page whose questions the code fills in when it is served
(from a database, a loop over an array) holds none to read: the error says to save the served page
from a browser instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from faqbot.corpus.entry import Entry, read_text
from faqbot.corpus.html_faq import html_entries
from faqbot.corpus.page_template import TEMPLATE_SUFFIXES, template_data
from faqbot.corpus.script_faq import script_entries
from faqbot.errors import NoEntriesError

# A block of code and what closes it: "<?php", "<?=", "<? " (not "<?xml", a declaration) by "?>", "<%" by "%>".
_OPENING = re.compile(r"<\?(?:php\b|=|\s)|<%", re.IGNORECASE)
_CLOSINGS = {"<?": "?>", "<%": "%>"}


def without_code(markup: str) -> tuple[str, bool]:
    """The page with its blocks of code blanked (their line breaks kept), and whether it had any. A
    PHP block left open runs to the end, as PHP reads a file that ends in code."""
    pieces, position, found = [], 0, False
    while (opening := _OPENING.search(markup, position)) is not None:
        closing = _CLOSINGS[opening.group()[:2]]
        end = markup.find(closing, opening.end())
        end = len(markup) if end < 0 else end + len(closing)
        pieces += [markup[position : opening.start()], "\n" * markup.count("\n", opening.start(), end)]
        position, found = end, True
    return "".join([*pieces, markup[position:]]), found


def read_server_page_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a server page's or a page template's HTML, its code left out."""
    if path.suffix.lower() in TEMPLATE_SUFFIXES:
        markup = read_text(path, web_page=True)
        given = template_data(markup)
        data = [replace(entry, category=entry.category or given.section_at(entry.line)) for entry in script_entries(given.script, path)[0]]
        return html_entries(markup, path, template=True, data=data)
    markup, coded = without_code(read_text(path, web_page=True))
    try:
        return html_entries(markup, path)
    except NoEntriesError as exc:
        if not coded:
            raise
        raise NoEntriesError(
            path,
            "holds no FAQ entries in its HTML; its questions are perhaps filled in by its code when it is served "
            "(faqbot never runs it): open the page in a browser and save it as a web page (.html)",
        ) from exc
