"""Loading a corpus: find the FAQ files at a path, read each with its format's reader, check the result.

Readers are chosen by file extension. Problems an author must fix (an empty question or
answer) are collected over the whole corpus and reported together, each with its file:line.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from faqbot.corpus.adoc_faq import read_adoc_faq
from faqbot.corpus.docx_faq import read_docx_faq
from faqbot.corpus.entry import (
    Corpus,
    CorpusError,
    Entry,
    asks,
    asks_the_faq,
    asks_unmarked,
    filled_in_from,
    holds_a_place,
    name_of,
    only_says_faq,
    questions_without_link_addresses,
    read_text,
    site_data_named,
    with_markup_rendered,
    without_document_title,
    without_labels,
    without_manual_sections,
    without_question_repeated,
)
from faqbot.corpus.html_faq import read_html_faq
from faqbot.corpus.json_faq import jsonl_records, read_json_faq, read_jsonl_faq
from faqbot.corpus.learned import learned_path, merge_learned, read_learned
from faqbot.corpus.markdown_faq import in_faq_collection, read_markdown_faq
from faqbot.corpus.mhtml_faq import read_mhtml_faq
from faqbot.corpus.ods_faq import read_ods_faq
from faqbot.corpus.odt_faq import read_odt_faq
from faqbot.corpus.older_office import older_binary, read_older_office_faq
from faqbot.corpus.org_faq import read_org_faq
from faqbot.corpus.page_template import TEMPLATE_SUFFIXES
from faqbot.corpus.pdf_faq import read_pdf_faq
from faqbot.corpus.qna_faq import read_qna_faq
from faqbot.corpus.rasa_faq import responses_in
from faqbot.corpus.rst_faq import read_rst_faq
from faqbot.corpus.rtf_faq import read_rtf_faq
from faqbot.corpus.script_faq import read_script_faq
from faqbot.corpus.server_page_faq import read_server_page_faq
from faqbot.corpus.table_faq import read_table_faq
from faqbot.corpus.text_faq import read_text_faq, written_in_markup
from faqbot.corpus.toml_faq import read_toml_faq
from faqbot.corpus.wiki_faq import read_wiki_faq
from faqbot.corpus.wrapped_lines import with_wrapped_lines_joined
from faqbot.corpus.xlsx_faq import read_xlsx_faq
from faqbot.corpus.xml_faq import read_xml_faq
from faqbot.corpus.yaml_faq import read_yaml, read_yaml_faq, yaml_records
from faqbot.errors import NoEntriesError, ReadWithAnotherFile

logger = logging.getLogger(__name__)

MAX_CORPUS_MB = 50  # far above any FAQ (StackFAQ is 0.4 MB); beyond it a build would run for hours

_SCRIPTS = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".vue", ".svelte", ".astro")  # a site's FAQ kept as data in its code and components

READERS: dict[str, Callable[[Path], tuple[list[Entry], str]]] = {
    ".txt": read_text_faq,
    ".md": read_markdown_faq,
    ".markdown": read_markdown_faq,
    ".mdx": read_markdown_faq,
    ".qmd": read_markdown_faq,  # Quarto
    ".rmd": read_markdown_faq,  # R Markdown
    ".rst": read_rst_faq,
    ".adoc": read_adoc_faq,
    ".org": read_org_faq,
    ".wiki": read_wiki_faq,  # a wiki's page source: MediaWiki, MoinMoin, Trac, Google Code
    ".mediawiki": read_wiki_faq,
    ".asciidoc": read_adoc_faq,
    ".qna": read_qna_faq,  # Bot Framework's question-and-answer pairs (QnA Maker, Composer)
    ".docx": read_docx_faq,
    ".odt": read_odt_faq,
    ".rtf": read_rtf_faq,  # what TextEdit and WordPad save
    **dict.fromkeys((".doc", ".xls"), read_older_office_faq),  # often Rich Text or a web page saved under an older office name
    ".pdf": read_pdf_faq,
    ".html": read_html_faq,
    ".htm": read_html_faq,
    ".xhtml": read_html_faq,
    ".mhtml": read_mhtml_faq,  # a page saved as one file ("Webpage, Single File")
    ".mht": read_mhtml_faq,
    **dict.fromkeys((".php", ".asp", ".aspx", ".jsp", ".erb", ".ejs", *TEMPLATE_SUFFIXES), read_server_page_faq),  # a site's page: HTML with code in it
    ".yaml": read_yaml_faq,
    ".yml": read_yaml_faq,
    ".csv": read_table_faq,
    ".tsv": read_table_faq,
    ".xlsx": read_xlsx_faq,
    ".ods": read_ods_faq,
    ".json": read_json_faq,
    ".jsonl": read_jsonl_faq,
    ".toml": read_toml_faq,
    ".xml": read_xml_faq,
    **dict.fromkeys(_SCRIPTS, read_script_faq),
}


# Formats whose answers are text as typed — which may hold the Markdown or HTML a website renders
# from them — unlike Markdown, web pages and Word documents, whose readers turn markup into text.
_ANSWERS_AS_TYPED = {".txt", ".yaml", ".yml", ".json", ".jsonl", ".toml", ".xml", ".csv", ".tsv", ".xlsx", ".xls", ".ods", *_SCRIPTS}


# What to save the files FAQ owners most often have as, since faqbot does not read them (a .doc
# or .xls file is read when it is really another format).
_SAVE_AS = {
    **dict.fromkeys((".xls", ".numbers"), "save the sheet as an Excel workbook (.xlsx) or CSV UTF-8 (.csv) with 'question' and 'answer' columns"),
    **dict.fromkeys((".doc", ".pages"), "save it as a Word document (.docx), plain text (.txt) or Markdown (.md)"),
}


# Names a FAQ file has without an extension, as software projects ship it beside README and NEWS.
_EXTENSIONLESS_FAQ = frozenset({"faq", "faqs"})


def file_type(path: Path) -> str:
    """The format a file is read in, as its extension in lower case: a file named FAQ without
    one is plain text (".txt"), as software projects ship their FAQ; it was refused as of an
    unsupported type, and a folder holding it as holding no FAQ files."""
    suffix = path.suffix.lower()
    return ".txt" if not suffix and path.name.casefold() in _EXTENSIONLESS_FAQ else suffix


def _unsupported(path: Path) -> str:
    """Why a file is not read, and what to do: the formats faqbot reads, or how to save an office file as one."""
    return _SAVE_AS.get(file_type(path), f"use {', '.join(READERS)}")


# How each format writes an entry: the way forward from a file that holds none.
_ENTRY_SHAPE = {
    **dict.fromkeys((".txt",), "a question line ending in '?' with its answer on the lines below, entries apart by a blank line or a '-' line"),
    **dict.fromkeys((".md", ".markdown", ".mdx", ".qmd", ".rmd"), "a heading per question ('## How do I join?') with its answer below it"),
    **dict.fromkeys((".docx", ".odt", ".rtf", ".doc", ".pdf"), "a paragraph per question, as a heading, in bold or ending in '?', with its answer below it"),
    ".rst": "a section title per question, underlined with '-', with its answer below it",
    **dict.fromkeys((".adoc", ".asciidoc"), "a section title per question ('== How do I join?') with its answer below it"),
    ".org": "a headline per question ('** How do I join?') with its answer below it",
    ".qna": "a heading per question marked '?' ('## ? How do I join?') with its answer fenced below it",
    **dict.fromkeys((".wiki", ".mediawiki"), "a title per question between equals signs ('== How do I join? ==') with its answer below it"),
    **dict.fromkeys((".html", ".htm", ".xhtml", ".mhtml", ".mht", ".php", ".asp", ".aspx", ".jsp", ".erb", ".ejs", *TEMPLATE_SUFFIXES), "schema.org FAQPage markup with one Question per entry"),
    **dict.fromkeys((".yaml", ".yml", ".json"), "a list of entries, each with 'question' and 'answer'"),
    ".jsonl": "one {\"question\": ..., \"answer\": ...} object per line",
    ".toml": "a [[faq]] table per entry, each with 'question' and 'answer'",
    ".xml": "an element per entry holding a <question> and an <answer>",
    **dict.fromkeys(_SCRIPTS, "an array of objects written out, each with 'question' and 'answer': export const faqs = [{ question: \"…\", answer: \"…\" }]"),
    **dict.fromkeys((".csv", ".tsv", ".xlsx", ".xls", ".ods"), "one row per question under a header naming the 'question' and 'answer' columns"),
}


def corpus_files(location: str | Path) -> list[Path]:
    """The corpus files at a path: the file itself, or a folder's supported files in name order.

    The learned file (see :mod:`faqbot.corpus.learned`) is not one of them: it holds alternates, not entries.
    """
    path = Path(location)
    if path.is_file():
        if file_type(path) not in READERS:
            raise CorpusError(f"{path}: unsupported file type {path.suffix!r} ({_unsupported(path)})")
        return [path]
    if not path.is_dir():
        what = "not a file or folder" if path.exists() else "no such file or folder"  # a device, a socket
        raise CorpusError(f"{path}: {what} (put the FAQ files there, or name them with --corpus or FAQBOT_CORPUS)")
    files, others = [], []
    learned = learned_path(path)
    for child in sorted(path.rglob("*")):
        if not child.is_file() or not _owned(child, path) or child == learned:
            continue
        if file_type(child) in READERS:
            files.append(child)
        elif file_type(child) in _SAVE_AS:
            logger.warning("%s: skipped, not a supported FAQ format (%s)", child, _unsupported(child))
        else:
            others.append(child)
    _skipped_others(path, others)
    if not files:
        raise CorpusError(f"{path}: folder holds no FAQ files ({', '.join(READERS)})")
    return files


_NAMED_AT_MOST = 5  # files of a folder not read that are each named; more are counted by kind


def _skipped_others(folder: Path, others: list[Path]) -> None:
    """Say which files of a folder are not read: each by name when there are few, else by kind —
    a site's folder holds hundreds of images and styles beside its FAQ, one line each drowned
    what mattered."""
    if len(others) <= _NAMED_AT_MOST:
        for other in others:
            logger.warning("%s: skipped, not a supported FAQ format (%s)", other, _unsupported(other))
        return
    kinds = Counter(other.suffix.lower() or "no extension" for other in others)
    listed = ", ".join(f"{kind} {count}" for kind, count in kinds.most_common())
    logger.warning("%s: skipped %d files not in a supported FAQ format (%s; use %s)", folder, len(others), listed, ", ".join(READERS))
    for other in others:
        logger.debug("%s: skipped, not a supported FAQ format", other)


def _owned(path: Path, folder: Path) -> bool:
    """Whether a file in a corpus folder is one its owner keeps, not one a program keeps beside it:
    hidden files and folders (editors' swap files, ``.git``) and the lock file Word and Excel
    write beside a document while it is open (``~$faq.docx``), which is no document."""
    return not any(part.startswith((".", "~$")) for part in path.relative_to(folder).parts)


def is_corpus_file(path: Path, folder: Path) -> bool:
    """Whether a file in a corpus folder is one of its FAQ files (see :func:`corpus_files`)."""
    return file_type(path) in READERS and _owned(path, folder)


# Characters of a FAQ's text read for how it writes the words of its file's name: enough to see a
# name used several times, and a bound on what naming a page costs whatever the FAQ's size.
CASE_EVIDENCE = 100_000


def name_of_file(path: Path, entries: Iterable[Entry] = ()) -> str:
    """A category or title named after a file: ``billing-and-payments.md`` → "Billing and payments",
    its words cased as the ``entries`` it names write them (see :func:`name_of`)."""
    pieces, size = [], 0
    for entry in entries:
        if size >= CASE_EVIDENCE:
            break
        pieces.append(f"{entry.heading}\n{entry.answer}")
        size += len(pieces[-1]) + 1
    return name_of(path.stem, "\n".join(pieces)[:CASE_EVIDENCE])


def _names_its_question(name: str, entries: list[Entry]) -> bool:
    """Whether a file's name only says the question of the one entry it holds, as a site keeping a
    question a page names each page ("can-i-get-a-refund.md"): it names no topic to file it under,
    and each entry was its own category. "trips-to-london.md", holding "Are there trips to
    London?", names its topic."""
    if len(entries) != 1:
        return False
    asked, words = _JOINED.sub("", entries[0].heading.casefold()), _JOINED.sub(" ", name.casefold()).split()
    return all(word in asked for word in words) and len("".join(words)) >= _MOST_OF_IT * len(asked)


def _one_question_page(path: Path, entries: list[Entry]) -> bool:
    """Whether a file is a page of a site's collection of FAQ pages that is one question, asked by
    its front matter's title (Hugo's ``faq/reset.md``, titled "How do I reset my key?", its entry
    on the page's first line): its short name names that question, no topic, and each such page
    was a category of its own. A page of questions under its own title names their topic."""
    return len(entries) == 1 and entries[0].line == 1 and in_faq_collection(path)


_JOINED = re.compile(r"[\W_]+")  # what a question's words lose when joined up, as a file's name joins them
_MOST_OF_IT = 0.8  # of a question's letters its page's name says, when a slug leaves out small words ("a", "of")


def _read_file(path: Path) -> tuple[list[Entry], str]:
    """One file through its format's reader; nesting deeper than Python can follow is a CorpusError.
    An empty file holds no entries, whatever its format: one saved before it was written (a new
    ``faq.json`` beside the FAQ) is skipped like a README, not refused as broken JSON or Word."""
    if _is_empty(path):
        return [], ""
    try:
        entries, description = READERS[file_type(path)](path)
    except RecursionError:
        raise CorpusError(f"{path}: nested too deeply to be an FAQ (lists, objects or HTML elements inside each other)") from None
    if entries and all(_TRANSLATION_KEY.fullmatch(entry.heading) and _TRANSLATION_KEY.fullmatch(entry.answer) for entry in entries):
        raise NoEntriesError(
            path, f"holds translation keys, not text ({entries[0].heading!r}): the site looks each up in its translation files; put the file that holds the text in the corpus instead"
        )
    return entries, description


# A key a site looks a translation up by ("site.faq.general.q1.question"), as its data lists its questions.
_TRANSLATION_KEY = re.compile(r"\A[A-Za-z_][\w-]*(?:\.[\w-]+)+\Z")


@dataclass(frozen=True)
class _FileRead:
    """One file as read (see :func:`_file_entries`), and, for a file its reader found no entries
    in, what the reader says it holds instead (a site's other pages beside its FAQ page)."""

    entries: list[Entry]
    unwritten: list[Entry]
    description: str
    reader_says: str | None = None
    read_with_another: bool = False  # its entries are another file's (see ReadWithAnotherFile)


def _answers_as_typed(path: Path) -> bool:
    """Whether a file's answers are text as typed (see ``_ANSWERS_AS_TYPED``): a text file written as
    Markdown is read as Markdown, and rendered once (the stars of "\\*\\*JOIN\\*\\*" went the second time)."""
    kind = file_type(path)
    return kind in _ANSWERS_AS_TYPED and not (kind == ".txt" and written_in_markup(read_text(path)))


def _file_entries(path: Path) -> _FileRead:
    """One file's entries as the bot answers them (answer labels off, a site's inline markup
    rendered, lines wrapped by hand joined, no link addresses in questions, no answer opening with
    its question again, no title of the whole FAQ heading every category), the entries whose answer only holds its place ("xx", "TODO": the bot would
    answer with it) or that have none but are asked again with one, which are left out, saying so,
    and the file's description."""
    file_entries, description = without_manual_sections(*_read_file(path))
    file_entries = without_labels(file_entries)
    if _answers_as_typed(path):
        file_entries = with_wrapped_lines_joined(with_markup_rendered(file_entries))
    file_entries = without_document_title(without_question_repeated(questions_without_link_addresses(file_entries)))
    answered = {entry.heading.casefold() for entry in file_entries if entry.answer}
    written, unwritten = [], []
    for entry in file_entries:
        (unwritten if (entry.answer and holds_a_place(entry.answer)) or _unanswered_again(entry, answered) else written).append(entry)
    for entry in unwritten:
        logger.warning("%s:%d: %s", path, entry.line, left_out_because(entry))
    return _FileRead(written, unwritten, description)


def _unanswered_again(entry: Entry, answered: set[str]) -> bool:
    """Whether an entry has no answer but its question is asked again with one (``answered``: the
    file's answered headings, in any case): a draft row left above the written one, as a sheet keeps
    it. The file was refused, the entry "missing its answer", though the FAQ answers it."""
    return not entry.answer and bool(entry.heading) and entry.heading.casefold() in answered


def left_out_because(entry: Entry) -> str:
    """Why an entry read is left out (see :func:`_file_entries`), and until when: its answer only
    holds its place, or it has none and its question is answered again in its file."""
    if not entry.answer:
        return f"{entry.heading!r} has no answer here but is asked again with one; the bot answers with that"
    return f"the answer to {entry.heading!r} is a placeholder ({entry.answer!r}); the bot leaves the entry out until it is written"


def _entries_or_none(path: Path, alone: bool) -> _FileRead:
    """A file's entries; a file that holds none, among others, is skipped below, saying why."""
    try:
        read = _file_entries(path)
    except NoEntriesError as exc:
        if alone:
            raise
        return _FileRead([], [], "", exc.reason, read_with_another=isinstance(exc, ReadWithAnotherFile))
    return read if alone or not read.entries or path.stem.casefold() != _README else _readme_questions(read)


_README = "readme"


def _readme_questions(read: _FileRead) -> _FileRead:
    """A README's entries among a folder's FAQ files: only those that ask (a WordPress readme's
    FAQ section), not its sections on the project ("Create a Telegram bot", "Deployment", beside a
    chatbot's exported FAQ), which were answers; none asking, it is skipped, saying so."""
    asking = [entry for entry in read.entries if asks(entry.heading) or asks_unmarked(entry.heading)]
    if not asking:
        return _FileRead([], read.unwritten, "", "is the folder's README, whose sections ask nothing")
    return _FileRead(asking, read.unwritten, "")


_REASONS_AT_MOST = 5  # files named in the error of a folder none of whose files holds entries


def _none_of(reasons: list[str]) -> str:
    """The error of a corpus none of whose files holds entries: each file's reason (the FAQ's own
    beside a README's), the first few when there are many."""
    if len(reasons) == 1:
        return reasons[0]
    more = len(reasons) - _REASONS_AT_MOST
    listed = [*reasons[:_REASONS_AT_MOST], *([f"and {more} more"] if more > 0 else [])]
    return "no file of the corpus holds FAQ entries:\n" + "\n".join(f"  {reason}" for reason in listed)


def _holds_none(path: Path, read: _FileRead) -> str:
    """What to say of a file the bot takes no entry from (see :func:`_no_entries`)."""
    if read.unwritten:
        return f"every answer in it is a placeholder, not yet written (the first, {read.unwritten[0].answer!r}, at line {read.unwritten[0].line})"
    return _no_entries(path, read.reader_says)


def _check_size(files: list[Path], max_mb: float) -> None:
    """Refuse a corpus so large that building it would run for hours, before any of it is read."""
    total = sum(path.stat().st_size for path in files)
    if total > max_mb * 1_000_000:
        raise CorpusError(
            f"{files[0].parent if len(files) > 1 else files[0]}: the corpus is {total / 1_000_000:.1f} MB, over the {max_mb:g} MB limit; "
            "is this folder really FAQ documents? If so, raise the limit with FAQBOT_MAX_CORPUS_MB"
        )


def read_corpus(location: str | Path, max_mb: float = MAX_CORPUS_MB) -> Corpus:
    """Read every FAQ file at ``location`` without judging the entries (see :func:`problems`).

    In a corpus of several files, entries without a category of their own take their file's name,
    and a file that holds no entries (a README.md beside the FAQ, or one whose sections ask
    nothing) is skipped with a warning.
    Questions approved from what people asked (the learned file) join their entries' alternates.
    A corpus over ``max_mb`` megabytes is refused before it is read.
    """
    files = corpus_files(location)
    _check_size(files, max_mb)
    root = Path(location) if Path(location).is_dir() else Path(location).parent
    read = {path: _entries_or_none(path, alone=len(files) == 1) for path in files}
    why_skipped = {path: _holds_none(path, file_read) for path, file_read in read.items() if not file_read.entries and not file_read.read_with_another}
    if not any(file_read.entries for file_read in read.values()):
        raise CorpusError(_none_of([f"{path}: {why}" for path, why in why_skipped.items()]))
    for path, why in why_skipped.items():
        logger.warning("%s: %s; skipped", path, why)
    entries: list[Entry] = []
    unwritten: list[Entry] = []
    descriptions: list[str] = []
    several_read = sum(1 for file_read in read.values() if file_read.entries) > 1
    for path, file_read in read.items():
        # Sources are shown to readers, so name files relative to the corpus, not the machine.
        file = path.relative_to(root).as_posix()
        unwritten.extend(replace(e, file=file) for e in file_read.unwritten)
        if not file_read.entries:  # nor its description: a README's title is not the FAQ's
            continue
        named = name_of_file(path, file_read.entries) if several_read else ""
        category = "" if only_says_faq(named) or _names_its_question(named, file_read.entries) or _one_question_page(path, file_read.entries) else named  # "faq.md" beside "billing.md": general questions, no topic named
        entries.extend(replace(e, file=file, category=e.category or category) for e in file_read.entries)
        if file_read.description:
            descriptions.append(file_read.description)
    learned = learned_path(location)
    entries = merge_learned(entries, read_learned(learned), learned)
    skipped = tuple((path.relative_to(root).as_posix(), why) for path, why in why_skipped.items())
    return Corpus(entries=tuple(entries), description="\n\n".join(descriptions), files=tuple(files), skipped=skipped, unwritten=tuple(unwritten))


_YAML = (".yaml", ".yml")


def query_records(path: Path) -> list[tuple[int, object]] | None:
    """The records of a query file for ``faqbot eval`` (:mod:`faqbot.evaluate`), each with its line:
    a YAML file's list items (None for a YAML file that is not a list), else a JSON Lines file's
    lines; a CorpusError names a line that cannot be read."""
    return yaml_records(path) if path.suffix.lower() in _YAML else jsonl_records(path)


def is_query_file(path: Path) -> bool:
    """Whether a JSON Lines or YAML file is a query file for ``faqbot eval``: every record a
    question to ask the FAQ, none an entry of it."""
    if path.suffix.lower() not in (".jsonl", *_YAML) or not path.is_file():
        return False
    try:
        records = query_records(path)
    except CorpusError:
        return False
    return bool(records) and all(asks_the_faq(item) for _, item in records)


def _no_entries(path: Path, reader_says: str | None = None) -> str:
    """What to say of a file that holds no entries: that, and how its format writes one (an empty
    file is said to be empty: it was perhaps saved before it was written, or copied wrongly), or
    what its reader said it holds instead (``reader_says``: a web page without FAQ markup, a
    template that fills its questions in from data)."""
    if is_query_file(path):
        return 'is a query file for `faqbot eval` ("query" and "expect" in each record), not FAQ entries'
    if path.suffix.lower() in _YAML and not _is_empty(path) and responses_in(read_yaml(path)):
        return "is a Rasa domain: its responses answer the NLU examples beside it, and ask nothing"
    if (data := _site_data_filled_in(path)) is not None:
        return filled_in_from(data)
    if (binary := older_binary(path)) is not None:
        return f"is {binary}, a format faqbot does not read ({_SAVE_AS[file_type(path)]})"
    if reader_says is not None:
        return reader_says
    if (pointer := _points_to(path)) is not None:
        says, target = pointer
        return f"only says {says} {target!r}: save what is there and put it in the corpus instead"
    empty = "is empty" if _is_empty(path) else "holds no FAQ entries"
    return f"{empty} (write {_ENTRY_SHAPE[file_type(path)]})"


# Formats written as text by hand, in which a note may stand where the FAQ was.
_TEXT_MARKUP = frozenset({".txt", ".md", ".markdown", ".mdx", ".qmd", ".rmd", ".rst", ".adoc", ".asciidoc", ".org", ".wiki", ".mediawiki"})
_POINTER_AT_MOST = 1_000  # bytes: a note pointing to a FAQ elsewhere is short; a longer text says more
_MOVED = re.compile(r"\b(?:moved|migrated|relocated)\b", re.IGNORECASE)
_REFERRED = re.compile(r"\b(?:refer to|see|visit|go to|can be found)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"https?://[^\s\[\]()<>\"']+")
_LINKED_PATH = re.compile(r"^[\w.-]*/[\w./-]*\.[A-Za-z]{2,8}$")  # "../../doc/DEVFAQ.md", all a link's file holds


def _points_to(path: Path) -> tuple[str, str] | None:
    """What a short text file that holds no entries says of its FAQ, and the address it gives:
    that it moved ("FAQs have been moved to https://…", "The wiki has been moved
    [here](https://…)", as a project leaves its old FAQ.adoc or wiki page) or where it is ("Refer
    to the main [FAQ](https://…)", a plugin's docs pointing to its project's), or the file it links
    to ("../../doc/DEVFAQ.md", all a symbolic link holds where git checks links out as text); or None."""
    try:
        if file_type(path) not in _TEXT_MARKUP or path.stat().st_size > _POINTER_AT_MOST:
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if _LINKED_PATH.match(text.strip()):
        return "the FAQ is in another file, named", text.strip()  # a symbolic link, checked out as text where links are off
    address = _ADDRESS.search(text)
    if address is None:
        return None
    target = address.group().rstrip(".,;:")
    if _MOVED.search(text):
        return "the FAQ has moved, to", target
    return ("the FAQ is elsewhere, at", target) if _REFERRED.search(text) else None


def _site_data_filled_in(path: Path) -> str | None:
    """The site data a Markdown page's template fills its questions in from, or None."""
    if path.suffix.lower() not in (".md", ".markdown"):
        return None
    try:
        return site_data_named(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


_BLANK_AT_MOST = 64  # bytes: a file this small is read to see whether it holds only blanks


def _is_empty(path: Path) -> bool:
    """Whether a file holds nothing but blanks (an editor saves a new file with a line break, or a BOM)."""
    try:
        return path.stat().st_size <= _BLANK_AT_MOST and not path.read_bytes().removeprefix(codecs.BOM_UTF8).strip()
    except OSError:
        return False


def problems(entries: tuple[Entry, ...] | list[Entry]) -> list[tuple[Entry, str]]:
    """Entries the bot cannot use, each with what is wrong with it."""
    found = []
    for entry in entries:
        if not entry.heading:
            found.append((entry, "entry has an empty or missing question"))
        elif not entry.answer:
            found.append((entry, f"entry {entry.heading!r} has an empty or missing answer"))
    return found


def load_corpus(location: str | Path, max_mb: float = MAX_CORPUS_MB) -> Corpus:
    """Read and check every FAQ file at ``location``; raises CorpusError naming each bad entry."""
    corpus = read_corpus(location, max_mb)
    found = problems(corpus.entries)
    if found:
        raise CorpusError("\n".join(f"{entry.source}: {message}" for entry, message in found))
    # Loading goes on (the bot can still answer), but the author should know which entry loses.
    for question, first, later in repeated_questions(corpus.entries):
        logger.warning("duplicate question %r at %s and %s", question, first.source, later.source)
    return corpus


def repeated_questions(entries: tuple[Entry, ...]) -> list[tuple[str, Entry, Entry]]:
    """Questions (headings or alternates, any case) asked by two entries, (question, first, later),
    but for headings asked in two sections (:func:`asked_in_two_sections`)."""
    return [(question, first, later) for question, first, later, apart in _asked_again(entries) if not apart]


def asked_in_two_sections(entries: tuple[Entry, ...]) -> list[tuple[str, Entry, Entry]]:
    """Headings that two entries in different sections ask, (heading, first, later): "Fees" under
    "Savings" and under "Loans" asks two things, which the bot tells apart by section
    (:func:`faqbot.corpus.entry.told_apart`); an asker who does not name one is offered both."""
    return [(question, first, later) for question, first, later, apart in _asked_again(entries) if apart]


def _asked_again(entries: tuple[Entry, ...]) -> Iterator[tuple[str, Entry, Entry, bool]]:
    """Each question an entry asks that an earlier one asked: (question, earlier, entry, whether only
    in another section). A copy in the same section is named before one in another."""
    askers: dict[str, list[Entry]] = {}
    for entry in entries:
        for question in entry.questions:
            earlier = askers.setdefault(question.casefold(), [])
            same = next((first for first in earlier if not _in_two_sections(question, first, entry)), None)
            other = next((first for first in earlier if _in_two_sections(question, first, entry)), None)
            if same is not None or other is not None:
                yield (question, same, entry, False) if same is not None else (question, other, entry, True)
            earlier.append(entry)


def _in_two_sections(question: str, first: Entry, later: Entry) -> bool:
    """Whether two entries ask ``question`` as their headings, in different sections."""
    return first.heading.casefold() == later.heading.casefold() == question.casefold() and first.category != later.category
