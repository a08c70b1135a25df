"""Web pages saved as one file (``.mhtml``, ``.mht``), as Chrome and Edge save "Webpage, Single
File" and Internet Explorer saved "Web Archive": the page's HTML part is read as a web page is
(see :mod:`faqbot.corpus.html_faq`), its relative links against the address it was saved from.

The file is a MIME message, its parts the page and its images and styles, each encoded (quoted
printable, base64); an entry's line is its line in the page's decoded HTML.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from faqbot.corpus.entry import CorpusError, Entry, decoded_text
from faqbot.corpus.html_faq import html_entries


def _page(message: EmailMessage, path: Path) -> EmailMessage:
    """The message's first HTML part: the page saved, before the parts it shows."""
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if not isinstance(page, EmailMessage):
        raise CorpusError(f"{path}: holds no web page (no text/html part); open the page in a browser and save it again as 'Webpage, Single File'")
    return page


def _markup(page: EmailMessage, path: Path) -> str:
    """The page's HTML, decoded from its transfer encoding, then from the charset its part names
    or else (as Chrome saves it, naming none) the one the page itself declares."""
    data = page.get_payload(decode=True)
    if not isinstance(data, bytes):
        raise CorpusError(f"{path}: its page cannot be read; open it in a browser and save it again as 'Webpage, Single File'")
    charset = page.get_content_charset()
    if charset is None:
        return decoded_text(data, path, web_page=True)
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError) as exc:  # a charset Python does not know, bytes not in it
        raise CorpusError(f"{path}: its page is not valid {charset} text ({exc}); save it again from the browser") from None


def read_mhtml_faq(path: Path) -> tuple[list[Entry], str]:
    """Parse a web page saved as one file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror})") from exc
    return mhtml_entries(data, path)


def mhtml_entries(data: bytes, path: Path) -> tuple[list[Entry], str]:
    """The entries and description of a web page saved as one file, its bytes ``data`` read from
    ``path`` (a file of its own, or a part of a Word document)."""
    message = BytesParser(policy=policy.default).parsebytes(data)
    page = _page(message, path)
    markup = _markup(page, path)
    address = str(page.get("Content-Location") or message.get("Snapshot-Content-Location") or "")
    return html_entries(markup, path, address.strip())
