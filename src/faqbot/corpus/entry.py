"""What every FAQ format reads into: :class:`Entry` and :class:`Corpus`.

The helpers here are shared by the format readers so that every format validates, cleans
and reports problems the same way.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import TypeVar

from faqbot.corpus.html_text import INVISIBLE, LINKED, html_to_text, inline_markup_to_text, one_line
from faqbot.corpus.keywords import telling
from faqbot.corpus.rich_text import is_rich_text, rich_text
from faqbot.errors import CorpusError
from faqbot.text import WORD

logger = logging.getLogger(__name__)
CATEGORY_PATH = " / "  # between the names of a category path: a section, then the section within it


@dataclass(frozen=True)
class Entry:
    """One FAQ entry: its question heading, answer, where it was read from, and optional extras.

    ``alternates`` are other phrasings of the question: matched like the heading, never shown
    as answers. ``category`` groups entries (a Markdown section, a ``category`` field, or the
    file name in a corpus of several files); ``ask(..., category=...)`` searches only one.
    """

    heading: str
    answer: str
    file: str
    line: int
    alternates: tuple[str, ...] = field(default_factory=tuple)
    category: str = ""

    @property
    def source(self) -> str:
        """Where the entry starts, as ``file:line``."""
        return f"{self.file}:{self.line}"

    @property
    def questions(self) -> tuple[str, ...]:
        """The heading and every alternate phrasing: all the ways this entry is asked for."""
        return (self.heading, *self.alternates)

    @property
    def texts(self) -> tuple[str, ...]:
        """Its questions and its answer: the words the FAQ uses for this entry (BM25 and spelling read them)."""
        return (*self.questions, self.answer)


@dataclass(frozen=True)
class Corpus:
    """All entries of a corpus plus its description (the preamble of its documents, if any)."""

    entries: tuple[Entry, ...]
    description: str
    files: tuple[Path, ...]
    # Files of a folder that hold no entries (a README.md beside the FAQ), named as sources are, each
    # with what it holds instead: skipped.
    skipped: tuple[tuple[str, str], ...] = ()
    # Entries whose answer is a placeholder ("xx", "TODO"; see holds_a_place): left out until written.
    unwritten: tuple[Entry, ...] = ()

    @property
    def unread(self) -> tuple[str, ...]:
        """The files skipped, without why."""
        return tuple(file for file, _ in self.skipped)


_CHARSET_WITHIN = 1024  # bytes: where a page's encoding must be declared, by the HTML standard
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# An XHTML page's XML declaration, at its very start: <?xml version="1.0" encoding="iso-8859-1"?>.
_XML_ENCODING = re.compile(rb"""\A(?:\xef\xbb\xbf)?<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


def read_text(path: Path, web_page: bool = False) -> str:
    """Read a file as UTF-8 (a BOM is tolerated), or as UTF-16 when it opens with that BOM (Excel's
    "Unicode Text" and Notepad's "Unicode" save so) or has the zero bytes of UTF-16 text without it,
    and turn decoding problems into CorpusError.
    A ``web_page`` is read in the encoding it declares (``<meta charset>``), as browsers read it.

    Other encodings are refused rather than guessed: a wrong guess would garble answers silently.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read file ({exc.strerror})") from exc
    return decoded_text(data, path, web_page)


def decoded_text(data: bytes, path: Path, web_page: bool = False) -> str:
    """``data`` read from ``path`` as :func:`read_text` reads a file's bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded(data, "utf-16", path)
    if data.startswith(codecs.BOM_UTF8):  # a byte order mark outranks what a page declares, as in a browser
        return _decoded(data, "utf-8-sig", path)
    if unmarked := _unmarked_utf16(data):
        return _decoded(data, unmarked, path)
    return _decoded(data, (_declared_encoding(data) if web_page else None) or "utf-8-sig", path)


_UTF16_SAMPLE = 4096  # bytes looked at for the zero bytes of UTF-16 text


def _unmarked_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for text saved as UTF-16 without its byte order mark, as some
    tools write it: Latin letters then have a zero byte each, all on the same side of the pair. Read
    as UTF-8 the text held a NUL between every two letters, and no entry was found in it."""
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zeros, odd_zeros = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_zeros > 0.5 and even_zeros < 0.05:
        return "utf-16-le"
    return "utf-16-be" if even_zeros > 0.5 and odd_zeros < 0.05 else None


# Where a data file's records end: not at the Unicode line and paragraph separators (U+2028,
# U+2029) or NEL (U+0085), which str.splitlines also ends lines at. JSON lets a string hold them
# unescaped (a JavaScript export's answer), and a spreadsheet's cell may, so a JSON Lines record
# or a CSV row was cut in two at one. Text a person reads by its lines (Markdown, plain text) is
# still split at them: text laid out elsewhere (InDesign) breaks its lines so.
_LINE_END = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e]")
_NOT_A_LINE_END = re.compile(r"[\x85\u2028\u2029]")


def lines_of(text: str, keepends: bool = False) -> list[str]:
    """A data file's text split into its lines (JSON Lines, CSV, TOML), as :meth:`str.splitlines`
    splits them but for the separators its values may hold (see ``_LINE_END``)."""
    if not _NOT_A_LINE_END.search(text):
        return text.splitlines(keepends)  # the same lines, split faster
    lines, start = [], 0
    for end in _LINE_END.finditer(text):
        lines.append(text[start : end.end() if keepends else end.start()])
        start = end.end()
    return [*lines, text[start:]] if start < len(text) else lines


# Encodings a page names that browsers read as the larger one their makers wrote in (the WHATWG
# Encoding standard): a page labelled GB2312 holds GBK's characters too, and was refused at the first.
_READ_AS = {
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874",
    "gb2312": "gbk", "big5": "big5hkscs", "shift_jis": "cp932", "euc_kr": "cp949",
}


def _declared_encoding(page: bytes) -> str | None:
    """The encoding a web page declares near its top ("<meta charset=iso-8859-1>", or in an
    http-equiv Content-Type, or an XHTML page in its XML declaration), as Python names it; None when
    it declares none Python knows. Latin-1 and ASCII are read as Windows-1252, their superset, as
    the HTML standard says, and so are the others browsers read larger (see ``_READ_AS``)."""
    match = _META_CHARSET.search(page[:_CHARSET_WITHIN]) or _XML_ENCODING.match(page[:_CHARSET_WITHIN])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name.startswith(("utf-8", "utf-16", "utf-32")):
        return "utf-8-sig"  # UTF-16 without its BOM is a mislabelled page
    return _READ_AS.get(name, name)


def _decoded(data: bytes, encoding: str, path: Path) -> str:
    """``data`` decoded, or a CorpusError naming the line of the first byte that does not decode."""
    try:
        return data.decode(encoding).replace("\ufeff", "")  # a byte order mark mid-text, where files were joined, hid a heading
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorpusError(
            f"{path}:{line}: not valid {exc.encoding.upper().removesuffix('-SIG')} text (byte 0x{data[exc.start]:02x}); "
            "save it as UTF-8 (Excel: \"CSV UTF-8\"; Notepad: encoding UTF-8)"
        ) from exc


def _string(value: object, what: str, where: str) -> str:
    """A text field, or a CorpusError saying which field of which entry holds what instead."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CorpusError(f"{where}: {what} must be text, got {described(value)}")
    return value


_FIELDS_NAMED_AT_MOST = 5
_TEXT_QUOTED_AT_MOST = 40


def described(value: object) -> str:
    """What a data file holds where something else should be, in its owner's words, not Python's
    ("got the text 'What is it?'", not "got str")."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return f"the text {text[:_TEXT_QUOTED_AT_MOST] + ('…' if len(text) > _TEXT_QUOTED_AT_MOST else '')!r}"
    if isinstance(value, bool):
        return "true or false (put the text in quotes)"
    if isinstance(value, (int, float)):
        return f"the number {value} (put it in quotes)"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        names = [str(name) for name in value][:_FIELDS_NAMED_AT_MOST]
        return f"fields ({', '.join(names)}{', …' if len(value) > len(names) else ''})"
    return type(value).__name__


def _paragraphs(answer: object) -> object:
    """An answer given as a list of its paragraphs (``"a": ["First.", "Second."]``, as some sites'
    FAQ data writes it), or as a CMS's tree of blocks (:mod:`faqbot.corpus.rich_text`), as one
    text; any other value as it is."""
    if isinstance(answer, list) and answer and all(isinstance(part, str) for part in answer):
        return "\n\n".join(part.strip() for part in answer)
    return rich_text(answer) if is_rich_text(answer) else answer


def same_question(text: str) -> str:
    """The form under which two phrasings count as one question: case, spacing and end punctuation ignored."""
    return one_line(text).casefold().rstrip("?!. ")


def told_apart(questions: Sequence[tuple[str, str]]) -> list[str]:
    """Each (heading, category) as a question that says which entry it asks for.

    A FAQ may ask one question in two sections ("Will I be able to track my transaction?" under
    "NEFT Transactions" and under "RTGS Transactions"): it reads each in its section, but the index,
    an asker offered both and an owner approving a question for one read the heading alone. Such a
    heading is followed in brackets by as much of its category as tells the sections apart: the
    last name ("RTGS Transactions"), or more where that is shared ("Staff / General" and "Students /
    General"). Others, and copies in one section, stay as written."""
    categories: defaultdict[str, set[str]] = defaultdict(set)
    for heading, category in questions:
        categories[same_question(heading)].add(category)
    names = {key: _section_names(found) for key, found in categories.items() if len(found) > 1}
    return [f"{heading} ({names[same_question(heading)][category]})" if same_question(heading) in names and category else heading for heading, category in questions]


def _section_names(categories: set[str]) -> dict[str, str]:
    """Each category by the fewest last names of its path that no other of ``categories`` ends with."""
    paths = {category: category.split(CATEGORY_PATH) for category in categories}

    def last(depth: int) -> dict[str, str]:
        return {category: CATEGORY_PATH.join(path[-depth:]) for category, path in paths.items()}

    return next(names for names in map(last, range(1, max(map(len, paths.values())) + 1)) if len(set(names.values())) == len(names))


# What marks a section's title repeated where the section goes on (at the top of a page): "...Fees",
# "Fees…", "Fees (continued)", "Fees (cont'd)". The section is the same one.
# Spaces and dots are tried from the first of a run only: tried from each, a long run took time quadratic in it.
_CONTINUED = re.compile(r"^(?:\.{2,}|…)\s*|(?:(?<!\s)\s+|(?<![\s.]))(?:\.{2,}|…)$|(?<!\s)\s*\((?:continued|cont'd|cont\.?)\)$", re.IGNORECASE)


def _category(value: object, where: str) -> str:
    """An entry's category as text: a number as written, and a list of names (a path, or a
    ``topic`` field's tags) joined as a category path is; a name marked as continued, as itself,
    a numbered section's name without its number, as a question is, and a title introducing its
    entries without its colon ("Sharing data:"). A name that only says the FAQ is one ("Frequently
    Asked Questions" over a site's data, as over a page's headings) names none."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(name, str) for name in value):
        names = [one_line(name) for name in value]
    else:
        names = one_line(_string(value, "category", where)).split(CATEGORY_PATH)
    names = [_SECTION_NUMBER.sub("", name, count=1) for name in names]
    return CATEGORY_PATH.join(named for name in names if (named := _CONTINUED.sub("", name).strip().rstrip(":：").rstrip() or name.strip()) and not only_says_faq(named))


def _alternates(value: object, where: str) -> tuple[str, ...]:
    """Alternates given as a list of strings or one string (the spreadsheet form), separated by ``|``
    or by line breaks — a spreadsheet cell holds several lines as readily as bars."""
    if value is None or value == "":
        return ()
    items = re.split(r"[|\n]", value) if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise CorpusError(f"{where}: alternates must be a list of questions, or one text with a question per line or between '|'")
    return tuple(dict.fromkeys(one_line(item) for item in items if item.strip()))


# An answer that opens with an HTML block element (after comments: WordPress opens each block with
# one, "<!-- wp:paragraph -->", and an image block with a <figure>, a separator with an <hr>) and
# closes one, or breaks a line with <br>, is HTML (help-desk and CMS exports hold such answers in CSV
# or JSON, a site's data its <p> left open); one that only quotes HTML ("edit it to <span …>",
# "`<div>` elements are blocks") is text. A comment ends at its first "-->": read lazily, 24 block
# comments before an element that opens no HTML answer took 6 s, twice as long for each one more.
_HTML = re.compile(
    r"\A(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:p|div|ul|ol|dl|h[1-6]|table|section|article|blockquote|figure|pre|details|header|footer|aside|nav|main|form|address|hr)\b[^>]*>.*(?:</[a-z][a-z0-9]*\s*>|<br\s*/?>)", re.IGNORECASE | re.DOTALL
)


# How a cell or string saved on Windows (or an old Mac) breaks its lines, and the Unicode line and
# paragraph separators a JavaScript or word processor's text may hold (see lines_of).
_NEWLINE = re.compile(r"\r\n?|[\x85\u2028\u2029]")


def _line_break(match: re.Match[str]) -> str:
    """A line break in an answer as a newline; a paragraph separator as a paragraph's end."""
    return "\n\n" if match.group() == "\u2029" else "\n"


# Quotation marks a question may be written in, each opening one with its closing one.
_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "»": "«", "「": "」", "'": "'", "‘": "’"}


def _unquoted(heading: str) -> str:
    """A question written in quotation marks (an interview's '"How do you decide…?"') without them;
    a closing mark that a fold's glyph was taken off with, or that was never typed, too. A
    lone leading apostrophe ("'Tis …") stays: it may be part of a word."""
    close = _QUOTES.get(heading[:1])
    if close is None:
        return heading
    rest = heading[1:]
    if rest.endswith(close) and close not in rest[:-1]:
        return rest[:-1].strip() or heading
    if heading[0] in "'‘" or close in rest:
        return heading
    return rest.strip() or heading


def make_entry(question: object, answer: object, path: Path, line: int, alternates: object = None, category: object = None) -> Entry:
    """Build an entry from one record of any format, cleaning whitespace (and HTML, and a question's
    number) and checking field types.

    Empty questions and answers are let through here and reported by the loader, which can
    then name every such entry at once instead of stopping at the first.
    """
    where = f"{path}:{line}"
    heading = _unquoted(_NUMBER_OR_MARK.sub("", one_line(_string(question, "question", where)), count=1))
    text = _NEWLINE.sub(_line_break, _string(_paragraphs(answer), f"answer of {heading!r}", where)).strip()
    return Entry(
        heading=heading,
        answer=INVISIBLE.sub("", html_to_text(text, code=True) if _HTML.match(text) else text),
        file=str(path),
        line=line,
        alternates=tuple(a for a in _alternates(alternates, where) if a.casefold() != heading.casefold()),
        category=_category(category, where),
    )


# The keys of a titled FAQ document and of an entry: a mapping that uses one is not questions mapped to answers.
FIELD_NAMES = frozenset({"title", "description", "entries", "question", "answer", "alternates", "category"})


def maps_questions_to_answers(keys: list[object], values: list[object]) -> bool:
    """Whether a JSON or YAML mapping is a FAQ written as ``question: answer`` pairs: text to text,
    with none of the documented field names among its keys (``title: x`` is a titled FAQ gone wrong),
    and not every key a setting's name (``{"name": …, "url": …, "ga4Id": …}``, a site's configuration
    beside its FAQ, whose every setting was read as an entry) unless every value is a sentence: a
    keyword bot's FAQ keys its answers by topic (``{"placement": "Our college provides …"}``)."""
    texts = all(isinstance(item, str) for item in (*keys, *values))
    settings = all(_SETTING_NAME.fullmatch(str(key)) for key in keys) and not (texts and all(map(_reads_as_a_sentence, values)))
    return bool(keys) and texts and not settings and not any(str(key).strip().lower() in FIELD_NAMES for key in keys)


def _reads_as_a_sentence(text: str) -> bool:
    """Whether a text is written as a sentence or more (four words or more, and a full stop, an
    exclamation or a question mark at its end): an answer, where a setting's value is a name, a
    link or a code."""
    end = text.rstrip().rstrip("\"')]”’")[-1:]
    return len(text.split()) >= _FEWEST_SENTENCE_WORDS and end in _SENTENCE_ENDS


_FEWEST_SENTENCE_WORDS = 4
_SENTENCE_ENDS = frozenset(".!?。！？")


def question_of_key(key: str) -> str:
    """The question a mapping's key asks its answer by: the key as written, or a topic written as
    an identifier ("opening_hours", "scholarship") as a name ("Opening hours", "Scholarship")."""
    return name_of(key) if _TOPIC_KEY.fullmatch(key) else key


# A topic written as an identifier: words of letters joined by underscores or hyphens, no spaces.
_TOPIC_KEY = re.compile(r"[^\W\d_]+(?:[_-][^\W\d_]+)*")


def topic_or_question(key: str) -> bool:
    """Whether a mapping's key can stand for the question of the record it keys: it asks one, or
    names a topic (see ``_TOPIC_KEY``); an id ("q1", "faq-001") asks nothing."""
    return asks(key) or _TOPIC_KEY.fullmatch(key) is not None


# A setting's name, as a program's configuration writes it: one lower-case word, or words joined
# without spaces ("name", "ga4Id", "twitter_username", "base-url"); no question is written so.
_SETTING_NAME = re.compile(r"[a-z_$][\w$-]*")
# Other names FAQs exported from other tools give the fields ("Q", "Query", "A", "Response"; a bot's
# "utterance"; a FAQ kept as a language model's training data: "instruction" / "output", "prompt" /
# "completion"), and
# their names in the languages whose FAQ files name them so ({"pregunta": …, "respuesta": …}),
# singular and plural (a category named as a topic too: "tema", "thema"): Spanish, Portuguese, French,
# German, Italian, Dutch, Polish, Romanian, Turkish, Indonesian and Malay, Vietnamese, Russian, Arabic,
# Hindi, Chinese, Japanese and Korean;
# and, singular, Scandinavian, Finnish, Czech, Slovak, Hungarian, South Slavic, Ukrainian, Greek,
# Hebrew, Persian, Urdu, Thai, Tagalog and Swahili.
_OTHER_NAMES = {
    "question": {
        "q", "query", "patterns", "utterance", "utterances", "instruction", "prompt", "pregunta", "preguntas", "pergunta", "perguntas", "frage", "fragen", "domanda", "domande", "vraag", "vragen",
        "pytanie", "pytania", "întrebare", "întrebări", "intrebare", "intrebari", "soru", "sorular", "pertanyaan", "soalan", "câu hỏi", "вопрос", "вопросы", "سؤال", "أسئلة", "प्रश्न",
        "问题", "問題", "提问", "提問", "質問", "질문", "fråga", "frågor", "spørgsmål", "spørsmål", "kysymys", "otázka", "kérdés", "pitanje", "питання", "ερώτηση",
        "שאלה", "سوال", "پرسش", "คำถาม", "tanong", "swali",
    },
    "answer": {
        "a", "response", "responses", "reply", "output", "completion", "respuesta", "respuestas", "resposta", "respostas", "réponse", "réponses", "reponse", "reponses",
        "antwort", "antworten", "risposta", "risposte", "antwoord", "antwoorden", "odpowiedź", "odpowiedzi", "răspuns", "răspunsuri", "raspuns", "raspunsuri", "cevap", "cevaplar",
        "yanıt", "jawaban", "jawapan", "câu trả lời", "trả lời", "ответ", "ответы", "جواب", "إجابة", "الإجابة", "उत्तर",
        "答案", "回答", "答复", "答え", "답변", "답", "svar", "vastaus", "odpověď", "odpoveď", "válasz", "odgovor", "відповідь", "απάντηση",
        "תשובה", "پاسخ", "คำตอบ", "sagot", "jibu",
    },
    "category": {
        "categoría", "categorías", "categoria", "categorias", "catégorie", "catégories", "kategorie", "kategorien", "categorie",
        "kategoria", "categorii", "kategori", "danh mục", "категория", "категории", "فئة", "श्रेणी", "分类", "分類", "类别", "類別", "カテゴリ",
        "カテゴリー", "분류", "카테고리", "section", "topic", "group",
        "tema", "temas", "thema", "themen", "thème", "thèmes", "onderwerp", "temat", "konu", "topik", "chủ đề", "тема", "主题", "主題", "トピック", "주제",
    },
    # What a record of a FAQ kept once per language says it is written in (see in_one_language).
    "language": {"lang", "locale", "language code", "language_code", "lang_code", "langcode", "culture", "langue", "sprache", "idioma", "lingua", "taal", "język"},
    # Other ways to ask, as spreadsheets and bot exports head them; not "related questions",
    # which are other questions.
    "alternate": {
        "alternative", "alternatives", "alternate questions", "alternative questions", "similar questions", "variations", "variants",
        "paraphrases", "phrasings", "other phrasings", "synonyms", "also asked", "also asked as", "other ways to ask", "training phrases",
        "相似问题", "相似問題", "相似问法", "相似問法", "扩展问题", "擴展問題",
    },
}


# Codes (ISO 639-1) of the languages FAQs are kept in, as keys and column names carry them ("en:",
# "q_fr", "pt-BR"); not those that are also common words of a field's name ("id", "no").
_LANGUAGE_CODES = frozenset({
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "ro", "tr", "ms", "vi", "ru", "uk", "ar", "hi", "zh", "ja", "ko",
    "sv", "da", "nb", "nn", "fi", "cs", "sk", "hu", "el", "he", "fa", "ur", "bn", "ta", "te", "th", "ca", "sr", "hr",
    "bs", "sl", "bg", "mk", "lv", "lt", "et", "ga", "cy", "eu", "gl", "af", "sw", "tl", "ka", "hy", "az", "kk", "ne",
})  # fmt: skip
_LANGUAGE_TAG = re.compile(r"^([a-z]{2})(?:[-_][a-z]{2})?$", re.IGNORECASE)
T = TypeVar("T")


def language_of(word: str) -> str | None:
    """The language a key or a word of a name stands for by its code ("en", "de", "pt-BR" → "pt"), or None."""
    tag = _LANGUAGE_TAG.match(word)
    return tag.group(1).lower() if tag and tag.group(1).lower() in _LANGUAGE_CODES else None


def in_english(versions: Mapping[str, T]) -> T | None:
    """Of one thing given per language (language code → version), the English version, since the
    model reads English, else the first; None when there is none."""
    return versions.get("en", next(iter(versions.values()), None))


def in_one_language(records: Sequence[object], lines: Sequence[int], path: Path, kind: str = "entries") -> list[bool]:
    """Which of a file's records to read when it keeps its FAQ once per language, a record for each
    (a ``language`` or ``locale`` field: "en", "fr-FR", "English", as a help centre's export of every
    locale or a translated FAQ table is kept): the English ones, since the model reads English, else
    those of the first language; every one when they give one language or none. A record that names
    no language is kept, as is every one where a value names no known language (a "Python" FAQ's
    "language") but no English one: as for a field given per language (:func:`_in_english`). Those
    left out are logged, so no row goes missing without a word."""
    named = [_language_named(record) for record in records]
    given = [language for language in named if language is not None]
    languages = list(dict.fromkeys(given))
    unknown = any(language_of(language) is None for language in languages)
    if len(languages) < 2 or (unknown and "en" not in languages):
        return [True] * len(records)
    kept = "en" if "en" in languages else languages[0]
    keep = [language is None or language == kept for language in named]
    others = [language for language in languages if language != kept]
    first = next(line for line, read in zip(lines, keep, strict=True) if not read)
    read = "the English ones are read (the model reads English)" if kept == "en" else f"those in {kept}, the first language given, are read"
    logger.warning("%s:%d: %d of %d %s, in other languages (%s), left out; %s", path, first, keep.count(False), len(keep), kind, ", ".join(others), read)
    return keep


def _language_named(record: object) -> str | None:
    """The language a record says it is written in (its ``language`` field), as a code when it is
    one or English by name; else the field's text; None when it names none."""
    if not isinstance(record, Mapping):
        return None
    name = field_named(record, "language")
    value = record.get(name) if name is not None else None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    return "en" if text.casefold() == "english" else language_of(text) or text


@lru_cache(maxsize=1024)  # asked for every key of every entry; a file uses a few names
def names_field(name: str, wanted: str) -> bool:
    """Whether a column header or key names the field ``wanted``, in any case, singular or
    plural ("Questions", "Categories", "Alternate"), or by another name ("Q", "A", "Response")."""
    stem = wanted.removesuffix("s")
    plural = f"{stem[:-1]}ies" if stem.endswith("y") else f"{stem}s"
    return name.strip().lower() in {stem, plural, *_OTHER_NAMES.get(stem, ())}


# A help centre's article, as Zendesk, Freshdesk, Intercom, HubSpot or WordPress export it: its title
# is the question it answers, its body the answer. Fields are known by their last word ("Article
# title", "post_content"); the body's names in order of preference.
_ARTICLE_BODY = ("body", "content", "text", "paragraphs", "description")
# A page's title and description for search engines and link previews (Freshdesk's "seo_data":
# {"meta_title", "meta_description"}, Yoast's "seo_title", an "og_title"): a summary of an
# article, never an article of its own.
_FOR_SEARCH_ENGINES = frozenset({"seo", "meta", "og"})
_UNPUBLISHED = {"draft", "private", "trash", "archived", "unpublished", "notpublished", "pending", "disabled", "inactive", "hidden", "deleted", "review", "retired", "outdated"}
# Yes/no fields that keep an entry off the bot: those set ("draft": true, "Hidden": "yes"), and
# those unset ("enabled": "no", "isPublished": false).
_OFF_WHEN_SET = frozenset({"draft", "hidden", "archived", "disabled", "deleted"})
_OFF_WHEN_UNSET = frozenset({"enabled", "published", "active", "visible", "public", "live"})
# The words a state field may say besides the state, naming the record it is of ("is_hidden",
# "article_draft", "post_status", Salesforce's "PublishStatus", ServiceNow's "workflow_state");
# "comments_disabled" is of the article's comments.
_RECORD_WORDS = frozenset({"is", "article", "entry", "faq", "question", "post", "item", "page", "row", "record", "publish", "publication", "workflow"})
_FLAGS = {"true": True, "yes": True, "y": True, "1": True, "false": False, "no": False, "n": False, "0": False}


def _words(name: str) -> list[str]:
    """A field name's words, lower-cased: "post_content", "Article title", "isPublished"; a custom
    field's as Salesforce names it, without its "__c" ("Answer__c", an FAQ article's answer)."""
    name = re.sub(r"__c$", "", name.strip(), flags=re.IGNORECASE)
    return re.split(r"[\s_.-]+", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).strip().lower()) or [""]


# Words a key names a FAQ's list of entries by, and no topic of them: a GraphQL API's "faqCollection" (Contentful)
# and "allFaqs" (Gatsby), a site's "faq_items".
_FAQ_LIST_WORDS = frozenset({"faq", "faqs", "question", "questions", "qa", "qna", "all", "collection", "list", "items", "entries", "data"})


def names_the_faqs_list(name: str) -> bool:
    """Whether a key only names the list of a FAQ's entries, not a section of them (see ``_FAQ_LIST_WORDS``)."""
    return set(_words(name)) <= _FAQ_LIST_WORDS


def _flag(value: object) -> bool | None:
    """A yes/no field's value as the format wrote it (true, "TRUE", "yes", 1, "0"), or None for anything else."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {1: True, 0: False}.get(value)
    return _FLAGS.get(value.strip().lower()) if isinstance(value, str) else None


def article_fields(names: Iterable[object]) -> tuple[str, str] | None:
    """The title and body among an exported article's field names, or None when a record has no
    such pair. Of several, the plainest: "title" before "seo_title", and for the body an answer
    field ("Answer") before "body", "content", "text" and "description". Where no field is a
    title, Help Scout's "name" is, and ServiceNow's "Short description" (its articles' title, over
    an "Article body" or "text") and Guru's "preferredPhrase" (its cards' title, over their
    "content"), though none beside a "description" alone (a named or described thing, as a
    category or a product is). A title for search engines ("meta_title", "seo_title") titles no
    article."""
    texts = [name for name in names if isinstance(name, str)]
    titles = [name for name in texts if _words(name)[-1] == "title" and _FOR_SEARCH_ENGINES.isdisjoint(_words(name))]
    bodies = [name for name in texts if _body_rank(name) is not None]
    if not titles:
        titles = [name for name in texts if _words(name) in (["name"], ["short", "description"], ["preferred", "phrase"])]
        bodies = [name for name in bodies if _words(name)[-1] != "description"]
    if not titles or not bodies:
        return None
    return min(titles, key=lambda name: len(_words(name))), min(bodies, key=lambda name: (_body_rank(name), len(_words(name))))


def _body_rank(name: str) -> int | None:
    """How plainly a field name names an article's body (0: an answer field), or None if it does not."""
    word = _words(name)[-1]
    if names_field(word, "answer"):
        return 0
    return 1 + _ARTICLE_BODY.index(word) if word in _ARTICLE_BODY else None


_FRESHDESK_DRAFT = "1"  # Freshdesk's solution articles: status 1 draft, 2 published


def unpublished(record: Mapping[object, object]) -> str | None:
    """Why an exported article or an entry is not published ("draft", "enabled: no"), or None. A help
    centre's export holds its drafts and archived articles too, a FAQ table its disabled rows, and
    the bot must not answer from what the owner has not published. Freshdesk numbers its states: an
    article in a folder (``folder_id``) with status 1 is a draft. A field says so only of the record
    itself ("hidden", "isPublished", "post_status"), not of a part of it: Zendesk exports every
    article with "comments_disabled", and each one it was true for was left out."""
    for key, value in record.items():
        *about, word = _words(str(key))
        flag = _flag(value)
        if about == ["published"] and word in ("at", "on", "date") and value is None:  # Strapi's draft: "publishedAt": null
            return f"{key}: null"
        if key == "_id" and isinstance(value, str) and value.startswith("drafts."):  # Sanity's draft: "_id": "drafts.…"
            return "draft"
        if not _RECORD_WORDS.issuperset(about):
            continue
        if word in _OFF_WHEN_SET and flag is True:
            return word
        if word in _OFF_WHEN_UNSET and flag is False:
            return f"{key}: {value}"
        if word in ("status", "state", "workflow") and isinstance(value, str) and value.strip().lower() in _UNPUBLISHED:
            return value.strip().lower()
        if word == "status" and str(value).strip() == _FRESHDESK_DRAFT and "folder_id" in record:
            return "draft"
    return None


def left_out_unpublished(record: Mapping[object, object], title: object, path: Path, line: int, kind: str = "article") -> bool:
    """Whether an exported article (or an entry: ``kind``) is left out as not published (see
    :func:`unpublished`), saying so."""
    state = unpublished(record)
    if state:
        logger.warning("%s:%d: %s %r is not published (%s); left out", path, line, kind, title, state)
    return state is not None


_ACRONYMS = {"faq": "FAQ", "faqs": "FAQs"}


def name_of(identifier: str, written_in: str = "") -> str:
    """A title for a file or key name: ``billing-and-payments`` → "Billing and payments",
    ``faq`` → "FAQ"; words keep the case they were written in ("NHS-services" → "NHS services"),
    and a lower-case word takes the case the FAQ's own text (``written_in``) always gives it
    mid-sentence: a file name is often written in lower case whatever it names ("kim-xi-meetings"
    → "Kim Xi meetings" when the FAQ writes "Kim" and "Xi")."""
    words = [_ACRONYMS.get(word.lower(), word) for word in identifier.replace("_", " ").replace("-", " ").split()]
    forms = _written_forms({word for word in words if word.islower()}, written_in)
    text = " ".join(forms.get(word, word) for word in words)
    return text[:1].upper() + text[1:]


def _written_forms(words: set[str], text: str) -> dict[str, str]:
    """Each of the lower-case ``words`` that ``text`` writes one other way every time it uses it,
    at least once mid-sentence (where capitals are the word's own, not the sentence's), mapped to
    that form."""
    if not words or not text:
        return {}
    seen: dict[str, set[str]] = {}
    mid_sentence: set[str] = set()
    pattern = rf"([.!?:]\s+|^\s*)?\b({'|'.join(map(re.escape, sorted(words)))})\b"
    for match in re.finditer(pattern, text, re.IGNORECASE | re.MULTILINE):
        form = match.group(2)
        seen.setdefault(form.lower(), set()).add(form)
        if match.group(1) is None:
            mid_sentence.add(form.lower())
    return {
        word: next(iter(forms))
        for word, forms in seen.items()
        if len(forms) == 1 and word in mid_sentence and forms != {word}
    }


def entries_field(fields: Mapping[str, object]) -> str | None:
    """Which key of a titled FAQ (its fields, as plain data) holds its list of entries: ``entries``,
    or else the one key holding a list (``faqs``, ``questions``: what other tools name it), or of
    several, the one list holding more than plain values (ChatterBot's corpus keeps its
    ``conversations`` beside ``categories: [faq]``); None if there is no such key."""
    if "entries" in fields:
        return "entries"
    lists = [key for key, value in fields.items() if isinstance(value, list)]
    if len(lists) > 1:
        lists = [key for key in lists if any(isinstance(item, (dict, list)) for item in fields[key])]
    return lists[0] if len(lists) == 1 else None


# The fields of a query file for ``faqbot eval`` (see :mod:`faqbot.evaluate`): kept beside the FAQ,
# it is questions to ask it, not entries without answers.
_EVAL_FIELDS = {"query", "expect"}


def asks_the_faq(item: object) -> bool:
    """Whether a record of a JSON Lines or YAML file is a question to evaluate the FAQ with, not an entry of it."""
    return isinstance(item, dict) and item.keys() >= _EVAL_FIELDS and field_named(item, "answer") is None


def field_named(names: Iterable[object], wanted: str) -> str | None:
    """The name among ``names`` that names the field ``wanted`` (see :func:`names_field`): one
    that names it outright, or else one whose last word does ("faq_category", "Article category"),
    or else one that names it then says "name", "text" or "faq", as a database joins in a category's
    name ("Category Name", "category_name") or keeps a question ("question_text", "pregunta_faq"), or else one that
    names it in a language (see
    :func:`_in_a_language`)."""
    texts = [name for name in names if isinstance(name, str)]
    return (
        next((name for name in texts if names_field(name, wanted)), None)
        or next((name for name in texts if names_field(_words(name)[-1], wanted)), None)
        or next((name for name in texts if names_field(_unnamed(name), wanted)), None)
        or next((name for name in texts if _ends_in_its_name(name, wanted)), None)
        or _in_a_language(texts, wanted)
    )


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _ends_in_its_name(name: str, wanted: str) -> bool:
    """Whether a Chinese, Japanese or Korean field name ends in a name of ``wanted``, as those
    languages write a compound without a space ("标准问题", standard question; "修正後回答", the
    revised answer); not one that names another field outright ("相似问题": similar questions)."""
    text, field = name.strip(), wanted.removesuffix("s")
    return bool(_CJK.search(text)) and any(text.endswith(other) for other in _OTHER_NAMES.get(field, ()) if _CJK.search(other)) and not any(
        names_field(text, other_field) for other_field in _OTHER_NAMES if other_field != field
    )


def _unnamed(name: str) -> str:
    """A field name without a last word that only says the field holds a name or text, or is the
    FAQ's ("Section Name" → "section", "question_text" → "question", "pregunta_faq" → "pregunta"),
    joined up."""
    words = _words(name)
    return "".join(words[:-1] if len(words) > 1 and words[-1] in _HOLDS_TEXT else words)


_HOLDS_TEXT = frozenset({"name", "text", "faq"})


def _in_a_language(names: list[str], wanted: str) -> str | None:
    """The name that is field ``wanted`` with a language's code ("q_en", "answer_fr", "Question
    (DE)"), as a FAQ kept in two languages side by side names its columns: the English one of
    several, since the model reads English, else the first."""
    found: dict[str, str] = {}
    for name in names:
        words = [word.strip("()[]") for word in _words(name)]
        languages = [language for word in words if (language := language_of(word))]
        if len(words) == 2 and len(languages) == 1 and names_field(next(word for word in words if not language_of(word)), wanted):
            found.setdefault(languages[0], name)
    return in_english(found)


# Fields that name the level below an entry's category: "Subcategory", and a help centre's "Section"
# under its "Category" (Zendesk exports Category, Section, Article).
_BELOW_CATEGORY = frozenset({"subcategory", "subcategories", "section", "sections", "subsection", "subsections", "subtopic", "subtopics"})


def category_fields(names: Iterable[object]) -> list[str]:
    """The fields holding an entry's category path, outermost first: its category, and the level
    below it when a field names one ("Category" then "Subcategory"); none without a category."""
    texts = [name for name in names if isinstance(name, str)]
    top = field_named(texts, "category")
    below = next((name for name in texts if name != top and _unnamed(name) in _BELOW_CATEGORY), None)
    return [] if top is None else [top, *([below] if below else [])]


def with_metadata(record: Mapping[str, object]) -> dict[str, object]:
    """A record's fields with those its ``metadata`` (or ``attributes``) holds as fields of their
    own, so that a category kept there is read: QnA Maker and Azure question answering write it
    so, as ``category:billing|product:xbox`` in a spreadsheet's cell and ``[{"name": "category",
    "value": "billing"}]`` in JSON, and Amazon Kendra as ``"Attributes": {"_category": "billing"}``.
    The record's own fields win."""
    key = next((name for name in record if isinstance(name, str) and name.strip().lower() in ("metadata", "attributes")), None)
    value = record[key] if key is not None else None
    if isinstance(value, str):
        pairs = [part.split(":", 1) for part in value.split("|") if ":" in part]
    elif isinstance(value, list):
        pairs = [[item.get("name"), item.get("value")] for item in value if isinstance(item, Mapping)]
    elif isinstance(value, Mapping):
        pairs = list(value.items())
    else:
        pairs = []
    held = {name.strip(): text.strip() for name, text in pairs if isinstance(name, str) and isinstance(text, str) and name.strip()}
    return held | dict(record)


def _named_categories(value: object) -> dict[str, str]:
    """The names of category ids that ``value`` gives, as a mapping (``{billing: "Billing and
    payments"}``) or a list of records (``[{id: billing, name: "Billing and payments"}]``)."""
    if isinstance(value, Mapping):
        return {str(key): one_line(name) for key, name in value.items() if isinstance(name, str) and name.strip()}
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        return {}
    names = {}
    for item in value:
        key, name = (next((item[field] for field in fields if isinstance(item.get(field), (str, int))), None) for fields in (("id", "key", "slug"), ("name", "title", "label")))
        if key is not None and isinstance(name, str) and name.strip():
            names[str(key)] = one_line(name)
    return names


def with_category_names(entries: list[Entry], data: object) -> list[Entry]:
    """The entries of a data file that names its categories apart from them (a Hugo theme's
    ``[categories] shipping = "Shipping & Delivery"`` over entries marked ``category = "shipping"``)
    with each category id shown by its name; or, where the file names one category beside its
    list (``category: Billing``, ChatterBot's ``categories: [billing]``), the entries without one
    of their own in it."""
    key = field_named(data, "category") if isinstance(data, Mapping) else None
    value = data[key] if key is not None else None
    names = _named_categories(value)
    if names and any(entry.category in names for entry in entries):
        return [replace(entry, category=names.get(entry.category, entry.category)) for entry in entries]
    named = value[0] if isinstance(value, list) and len(value) == 1 else value
    if not isinstance(named, str) or not named.strip() or only_says_faq(named):
        return entries
    return [entry if entry.category else replace(entry, category=one_line(named)) for entry in entries]


def category_path(item: Mapping[str, object]) -> object:
    """An entry's category from its fields (see :func:`category_fields`): the category's value as it
    is, or with the level below it, both text, joined as a category path."""
    fields = category_fields(item)
    values = [item[field] for field in fields]
    if len(values) == 2 and all(isinstance(value, str) for value in values):
        return CATEGORY_PATH.join(one_line(value) for value in values if value.strip())
    return values[0] if values else None


def _field(item: dict, wanted: str) -> object:
    """The value of the key of ``item`` that names ``wanted`` (see :func:`field_named`), or None."""
    key = field_named(item, wanted)
    return None if key is None else item[key]


def asked_in(record: Mapping[object, object]) -> tuple[str, ...]:
    """The questions a decoded record asks as written — its question (every phrasing) and
    alternates, or an exported article's title — for telling its keywords from another's."""
    titled = article_fields(record)
    key = field_named(record, "question") or (titled[0] if titled else None)
    asked = [_in_english(record[key]) if key is not None else None, _in_english(_field(dict(record), "alternates"))]
    return tuple(text for value in asked for text in ([value] if isinstance(value, str) else value if is_text(value) else []))


def paired_questions(values: list[object]) -> list[dict[str, str]] | None:
    """A list of questions each written as a pair with its answer (``["What is a hackathon?", "An
    invention marathon."]``, as a Jekyll page's front matter lists its FAQ for its layout to loop
    over) as the objects they stand for; None for any other list. Every item is a pair of texts and
    one at least asks: a list of ``[code, name]`` pairs is no FAQ."""
    pairs = [value for value in values if isinstance(value, list) and len(value) == 2 and all(isinstance(text, str) for text in value)]
    if not pairs or len(pairs) < len(values) or not any(asks(question) for question, _ in pairs):
        return None
    return [{"question": question, "answer": answer} for question, answer in pairs]


def entry_from_object(item: object, path: Path, line: int, shared: frozenset[str] = frozenset()) -> Entry | None:
    """Turn one decoded object (JSON or YAML) into an entry, insisting on a question field; None
    for one its owner marked unpublished ("draft": true, "enabled": false), which is logged. Its
    keywords but the ``shared`` ones are more ways to ask it (:mod:`faqbot.corpus.keywords`)."""
    if not isinstance(item, dict):
        raise CorpusError(f"{path}:{line}: expected an object with 'question' and 'answer', got {described(item)}")
    item = _chat_example(item) or _asked_in_input(item) or _prompt_example(item) or item  # its turns, not a "system_prompt" beside them, hold the question
    if field_named(item, "question") is None:
        raise CorpusError(f"{path}:{line}: entry has no 'question' (keys: {', '.join(map(str, item)) or 'none'})")
    question, answer, alternates = (_in_english(_field(item, name)) for name in ("question", "answer", "alternates"))
    category = _in_english(category_path(with_metadata(item)))
    phrasings = isinstance(question, list) and bool(question) and all(isinstance(text, str) for text in question)
    if left_out_unpublished(item, question[0] if phrasings else question, path, line, kind="entry"):
        return None
    alternates = [*(question[1:] if phrasings else ()), *_alternates(alternates, f"{path}:{line}"), *telling(item, shared)]
    if phrasings:  # "questions": [...] — every phrasing of the entry, as QnA Maker exports it: the first is its heading
        question = question[0]
    if isinstance(answer, list) and answer and field_named(item, "answer") == "responses":
        # A chatbot's intents file ({"tag", "patterns", "responses"}): its responses are one reply
        # worded several ways, of which the bot picks one at random; the first is the answer.
        answer = answer[0]
    return make_entry(question, answer_with_lists(answer, item), path, line, alternates, category)


def listed_entries(values: Sequence[object], lines: Sequence[int], path: Path, shared: frozenset[str] = frozenset()) -> list[Entry]:
    """The entries of a data file's list of them (JSON, YAML), each value given with its line: the
    published ones (see :func:`entry_from_object`) and, of a FAQ kept once per language, its English
    ones (see :func:`in_one_language`); an item holding only a note to the file's editors is none."""
    read = entries_read(values, lines, path)
    located = zip(itertools.compress(values, read), itertools.compress(lines, read), strict=True)
    return published(entry_from_object(value, path, line, shared) for value, line in located)


def entries_read(values: Sequence[object], lines: Sequence[int], path: Path) -> list[bool]:
    """Which items of a data file's list of entries (JSON, YAML, JSON Lines) to read: those in the
    language read (see :func:`in_one_language`), and none holding only a note to the file's editors."""
    return [kept and not _only_notes(value) for kept, value in zip(in_one_language(values, lines, path), values, strict=True)]


# Keys that mark a note to whoever edits the file, as JSON, which has no comments, is annotated:
# {"_comment": "Billing questions below"}, {"//": "…"}, {"#": "…"}, {"comment": "…"}.
_NOTE_KEY = re.compile(r"^(?:_|//|#)|^comments?$", re.IGNORECASE)


def _only_notes(value: object) -> bool:
    """Whether an item of a list of entries holds only notes (see ``_NOTE_KEY``): it asks nothing,
    and was refused as an entry without a question."""
    return isinstance(value, dict) and bool(value) and all(isinstance(key, str) and _NOTE_KEY.match(key.strip()) for key in value)


_LINK_TEXT = ("text", "title", "label", "name")
_LINK_ADDRESS_FIELDS = ("href", "url", "link")
# Fields that list more of an answer, as a site's FAQ data keeps a list its page shows under the
# answer's text ("body": "Recommended supplies are:", "body_points": ["A vacuum", …]).
_LISTED_PARTS = frozenset({"points", "bullets", "bullet"})


def answer_with_lists(answer: object, record: Mapping[object, object]) -> object:
    """An answer with what its record lists beside it, as lines after it: the points of a list
    it introduces (``body_points``), and the links of its ``links`` (``[{href, text}]``, "read
    more" links a site's page shows under the answer), each its text and web address. Both were
    dropped: "Recommended supplies are:" ended there. Links within the site (``/donate/``) lead
    nowhere from the chat and are left out."""
    lines = [f"- {one_line(point)}" for name, points in record.items() if isinstance(name, str) and _words(name)[-1] in _LISTED_PARTS
             for point in (points if isinstance(points, list) else ()) if isinstance(point, str) and point.strip()]
    links = record.get("links")
    for link in links if isinstance(links, list) else ():
        if not isinstance(link, Mapping):
            continue
        address = next((link[key] for key in _LINK_ADDRESS_FIELDS if isinstance(link.get(key), str)), "")
        text = next((link[key] for key in _LINK_TEXT if isinstance(link.get(key), str)), "")
        if address.startswith(LINKED):
            lines.append(f"- {one_line(text)} ({address})" if text.strip() else f"- {address}")
    if not lines or not isinstance(answer, (str, list)):
        return answer
    return [*answer, "\n".join(lines)] if isinstance(answer, list) else f"{answer.rstrip()}\n\n" + "\n".join(lines)


def _asked_in_input(item: dict) -> dict | None:
    """An instruction-tuning example whose instruction is the task and whose input is the question
    ({"instruction": "Answer the following question for a student.", "input": "How do I enrol?",
    "output": …}, as FAQs are turned into such examples) with its input as the question, or None.
    Every entry of such a file was asked the task's words."""
    instruction, given = item.get("instruction"), item.get("input")
    if not isinstance(instruction, str) or not isinstance(given, str) or not given.strip() or asks(instruction) or asks_unmarked(instruction):
        return None
    return item | {"instruction": given}


# A FAQ kept as a chat model's training examples: {"messages": [{"role": "user", "content": …},
# {"role": "assistant", "content": …}]} (OpenAI), or {"conversations": [{"from": "human", "value":
# …}, {"from": "gpt", "value": …}]} (ShareGPT).
_TURNS = ("messages", "conversations")
_ASKER, _ANSWERER = {"user", "human"}, {"assistant", "gpt", "bot", "model"}


def _chat_example(item: dict) -> dict | None:
    """A chat example as the question its user asks first and the answer given to it, or None for
    anything else. A system message is no part of it; later turns follow the first answer up."""
    turns = next((item[key] for key in _TURNS if isinstance(item.get(key), list)), [])
    said = [
        (str(turn.get("role", turn.get("from", ""))).lower(), turn.get("content", turn.get("value")))
        for turn in turns
        if isinstance(turn, dict)
    ]
    asked = next((i for i, (role, text) in enumerate(said) if role in _ASKER and isinstance(text, str)), None)
    if asked is None:
        return None
    answer = next((text for role, text in said[asked + 1 :] if role in _ANSWERER and isinstance(text, str)), None)
    return {key: value for key, value in item.items() if key not in _TURNS} | {"question": said[asked][1], "answer": answer}  # its category kept


# The marks a fine-tuning example's prompt ends with, to show the model where the completion starts
# ("What font do you use? ->", "…?\n\n###\n\n"), and its completion with, to show where it stops (" END").
# Each is tried where a run of spaces (or of "#") begins only: tried from every one, a long run took quadratic time.
_PROMPT_SEPARATOR = re.compile(r"(?<![\s#])\s*(?:->|#{3,})\s*$")
_COMPLETION_STOP = re.compile(r"(?<!\s)\s+(?:END|#{3,})\s*$")


def _prompt_example(item: dict) -> dict | None:
    """A language model's fine-tuning example ({"prompt": "What font do you use? ->",
    "completion": " Anonymous Pro. END"}, as OpenAI's legacy format has it) with the marks that
    end its prompt and its completion left out, or None for anything else: the chat showed
    every question ending in "->"."""
    prompt, completion = item.get("prompt"), item.get("completion")
    if not isinstance(prompt, str) or not isinstance(completion, str):
        return None
    return item | {"prompt": _PROMPT_SEPARATOR.sub("", prompt), "completion": _COMPLETION_STOP.sub("", completion)}


def is_text(value: object) -> bool:
    """Whether a field's value is text: a string, or a list of strings (paragraphs, phrasings)."""
    return isinstance(value, str) or (isinstance(value, list) and bool(value) and all(isinstance(part, str) for part in value))


def _in_english(value: object) -> object:
    """A field given once per language (``{"en": "…", "de": "…"}``, ``{"English": "…", "Hausa": "…"}``;
    Botpress's ``{"en": ["How do I…?", "I forgot…"]}``, every phrasing) as its English version (see
    :func:`in_english`); any other value as it is. Keys that name no language known by its code are
    let through only beside an English version."""
    if not isinstance(value, dict) or not value or not all(is_text(version) or is_rich_text(version) for version in value.values()):
        return value  # a CMS's rich text is given per language too: Contentful's {"en-US": {"nodeType": "document", …}}
    versions = {"en" if str(key).strip().casefold() == "english" else language_of(str(key)): text for key, text in value.items()}
    if None in versions and "en" not in versions:
        return value
    return in_english({language: text for language, text in versions.items() if language})


# An answer that only holds its place until it is written: "xx", "...", "TODO", "Lorem ipsum dolor…", "Your answer
# here". Not "TBD" or "Coming soon", which can be what there is to say ("When is the next meeting?").
_PLACEHOLDER = re.compile(
    r"(?:x{2,}|\.{2,}|…|[-–—?]+|to\s?do|fixme|placeholder|lorem ipsum dolor\b.*|(?:(?:your|the|insert|add|write) )?answer(?: (?:goes )?here)?)[.!:]*",
    re.IGNORECASE | re.DOTALL,
)


# The words of the Latin filler that page templates ship with ("Vestibulum ante ipsum primis in faucibus
# orci…", "Lorem ipsum dolor sit amet…"): the vocabulary lorem-ipsum generators draw from, and the words of
# the Cicero passages templates paste ("Sed ut perspiciatis…"). An answer made of them is the template's.
_FILLER_WORDS = frozenset("""
    a ab ac accumsan accusamus accusantium ad adipisci adipiscing adipisicing aenean aliqua aliquam aliquet aliquip amet
    anim animi ante aperiam aptent architecto arcu aspernatur at atque auctor augue aut aute beatae bibendum blandit
    blanditiis cillum class commodo condimentum congue consectetuer consectetur consequat consequuntur conubia convallis
    corrupti cras cubilia culpa cupidatat cupiditate curabitur curae cursus dapibus deleniti deserunt diam dicta dictum
    dictumst dignissim dignissimos dis do dolor dolore dolorem doloremque dolores donec ducimus dui duis ea eaque efficitur
    egestas eget eius eiusmod eleifend elementum elit enim eos erat eros error esse est et etiam eu euismod ex excepteur
    excepturi exercitation explicabo facilisi facilisis fames faucibus felis fermentum feugiat finibus fringilla fugiat
    fugit fusce gravida habitant habitasse hac hendrerit himenaeos iaculis id illo imperdiet in inceptos incididunt incidunt
    integer interdum inventore ipsa ipsam ipsum irure iste iusto justo labore laboris laborum lacinia lacus laoreet
    laudantium lectus leo libero ligula litora lobortis lorem luctus maecenas magna magnam magni magnis malesuada massa
    mattis mauris maximus metus mi minim modi molestias molestie mollis mollit mollitia montes morbi mus nam nascetur
    natoque natus nec nemo neque nesciunt netus nibh nisi nisl non nostra nostrud nulla nullam numquam nunc occaecat
    occaecati odio odit officia omnis orci ornare pariatur parturient pede pellentesque penatibus per perspiciatis pharetra
    phasellus placerat platea porro porta porttitor posuere potenti praesent praesentium pretium primis proident proin
    provident pulvinar purus quae quaerat quam quas quasi qui quia quis quisquam quisque quos ratione rem reprehenderit
    rhoncus ridiculus risus rutrum sagittis sapien scelerisque sed sem semper senectus sequi similique sint sit sociosqu
    sodales sollicitudin sunt suscipit suspendisse taciti tellus tempor tempora tempus tincidunt torquent tortor totam
    tristique turpis ullamco ullamcorper ultrices ultricies unde urna ut varius vehicula vel velit venenatis veniam
    veritatis vero vestibulum vitae vivamus viverra voluptas voluptate voluptatem voluptatum volutpat vulputate
""".split())  # noqa: SIM905 - a list of words reads best as the words
_FILLER_SHARE = 0.6  # of an answer's words, at least _FILLER_LEAST of them: an English answer holds a few ("in", "a")
_FILLER_LEAST = 8


def holds_a_place(answer: str) -> bool:
    """Whether an answer is a placeholder, not yet written (see ``_PLACEHOLDER``), or a page
    template's Latin filler (see ``_FILLER_WORDS``)."""
    if _PLACEHOLDER.fullmatch(answer.strip().strip("()[]<>{}").strip()) is not None:
        return True
    words = WORD.findall(answer.casefold())
    return len(words) >= _FILLER_LEAST and sum(word in _FILLER_WORDS for word in words) >= _FILLER_SHARE * len(words)


def published(entries: Iterable[Entry | None]) -> list[Entry]:
    """The entries read, without the ones left out as unpublished (None; see :func:`entry_from_object`)."""
    return [entry for entry in entries if entry is not None]


# What ends a question: "?", and the marks other scripts write for it — the full-width "？" of Chinese
# and Japanese, the Arabic "؟" (Arabic, Persian, Urdu) — and Greek's ";" (its question mark, U+037E,
# which Unicode folds into the semicolon), a question in Greek text only.
QUESTION_MARKS = "?？؟;\u037e"
# A question with its answer after it on its line, past a dash: "Is it free? - Yes." (plain text, list items).
ANSWER_AFTER_DASH = re.compile(r"^(?P<question>.+?[?？؟])\s+[-–—]\s+(?P<answer>\S.*)$")
LONGEST_QUESTION = 300  # characters: a longer text ending in "?" is answer text, whatever sets it apart
_GREEK_SEMICOLONS = ";\u037e"
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def asks(text: str) -> bool:
    """Whether a line ends in a question mark of its script: how every reader tells a question it
    was not told about (no "Q:" label, no field) from a title or a statement."""
    end = text.rstrip()
    return end.endswith(tuple(QUESTION_MARKS)) and (end[-1] not in _GREEK_SEMICOLONS or _GREEK.search(end) is not None)


_SENTENCE_BEFORE = re.compile(r"[.!。！](?=\s)")  # a sentence's end with more text after it


def _states_then_asks(text: str) -> bool:
    """Whether a text asks after stating something ("I'm fine, thanks. Can I help?")."""
    return asks(text) and _SENTENCE_BEFORE.search(text.strip()) is not None


def answers_asking_back(question: str, reply: str, answered: bool) -> bool:
    """Whether ``reply``, the text right under ``question``, is its answer asking back ("How are
    you?" over "I'm fine, thanks. Can I help?"), as chatbots' scripts of questions and replies
    hold them: ``question`` asks in one sentence, ``reply`` states something before it asks, and
    no answer text follows ``reply`` (it is not ``answered``). A question asked after a statement
    ("I forgot my password. What do I do?") has its answer under it, and keeps it."""
    return not answered and _states_then_asks(reply) and asks(question) and not _states_then_asks(question)


# An English question's opening, when its writer left the "?" off: an auxiliary verb before its
# subject ("Can I…", "Is there…", "Do you…") or a question word before an auxiliary ("How do I…",
# "What is…"). "How to apply", "What we offer" and "Do not…" are titles and instructions.
_AUXILIARY = "am|is|are|was|were|do|does|did|can|could|will|would|shall|should|may|might|must|have|has|had"
_SUBJECT = "i|you|we|they|he|she|it|there|my|your|our|their|the|a|an|this|these|that|those|any|someone|anyone"
_UNMARKED_QUESTION = re.compile(
    rf"^(?:(?:{_AUXILIARY})(?:n't)?\s+(?:{_SUBJECT})|(?:how|what|when|where|who|why|which)(?:\s+(?:long|much|many|often|soon|far))?\s+(?:{_AUXILIARY}))\b",
    re.IGNORECASE,
)
_LONGEST_UNMARKED_QUESTION = 25  # words: a longer sentence opening so is text
# Where a reader guesses that a shape sets questions apart (plain lines that ask, bold paragraphs
# that open with one), it needs them this often: a document asking once ("What is this?" in a README)
# or one bold "Why?" in a page is no FAQ.
FEWEST_QUESTIONS = 2


def asks_unmarked(text: str) -> bool:
    """Whether a line is an English question whose "?" was left off ("CAN I DO AN INTERNSHIP DURING
    MY STAY"): it opens as a question does (see ``_UNMARKED_QUESTION``), is short, and ends in
    neither a stop nor a colon. Only a line set apart as a question might be (a bold paragraph) is
    asked this: in running text such an opening is as often a clause."""
    words = text.split()
    return bool(_UNMARKED_QUESTION.match(text.strip())) and len(words) <= _LONGEST_UNMARKED_QUESTION and not text.rstrip().endswith((".", ":", "!"))


_TITLE_WORDS = 6  # at most, small ones aside: a section title names a topic, it says nothing about it
_SMALL_WORD = re.compile(r"^(?:&|[^\W\d_]{1,3})$")  # "and", "of", "&", "de": lower case inside a title
_NOT_A_TITLE = re.compile(r"[.!?;,]$|@|://|^www\.|>", re.IGNORECASE)  # a sentence's end, an address, a menu path


def names_a_section(text: str) -> bool:
    """Whether a line standing alone reads as a section's title ("SHIPPING", "Returns & Refunds",
    "Sobre o Bônus Variável e o Teto de Ganhos"): a few words, each capitalised but the small ones,
    no sentence's end, no question, no address or menu path ("Navigation Path: Bills > Pay")."""
    title = text.strip()
    lettered = _lettered(title)
    if not _reads_as_a_name(title, lettered):
        return False
    initials = [_LETTER.search(word).group() for word in lettered]
    return initials[0].isupper() and all(initial.isupper() or _SMALL_WORD.match(word) for initial, word in zip(initials, lettered))


def names_a_category(text: str) -> bool:
    """Whether a text reads as a category's name, in any case ("Pricing", "getting started"): a
    few words, no sentence's end, no question, no address or menu path."""
    name = text.strip()
    return _reads_as_a_name(name, _lettered(name))


def titles_by_its_place(text: str) -> bool:
    """Whether a line its place sets apart as a title (underlined, or alone right over a question)
    reads as one, in any case ("Lightning payments"): it names a category, and does not open as a
    question does ("How do I reset my password if I", a question's first line, wrapped)."""
    return not asks_unmarked(text) and names_a_category(text)


def _reads_as_a_name(name: str, lettered: list[str]) -> bool:
    """Whether a stripped text, whose ``lettered`` words are given, names something (see
    :func:`names_a_category`)."""
    if not lettered or asks(name) or _NOT_A_TITLE.search(name):
        return False
    return sum(not _SMALL_WORD.match(word) for word in lettered) <= _TITLE_WORDS


_LETTER = re.compile(r"[^\W\d_]")


def _lettered(text: str) -> list[str]:
    """The words of a text that hold a letter."""
    return [word for word in text.split() if _LETTER.search(word)]


# "Frequently asked questions" as FAQs in other languages title themselves (a FAQ's own language
# is kept: its entries are read, the model answers in English only).
_FAQ_IN_OTHER_LANGUAGES = (
    "preguntas frecuentes", "foire aux questions", "questions fréquentes", "häufig gestellte fragen", "häufige fragen",
    "perguntas frequentes", "domande frequenti", "veelgestelde vragen", "veel gestelde vragen", "ofte stilte spørsmål",
    "vanliga frågor", "ofte stillede spørgsmål", "usein kysytyt kysymykset", "najczęściej zadawane pytania",
    "často kladené otázky", "часто задаваемые вопросы", "часті питання", "sıkça sorulan sorular", "câu hỏi thường gặp",
    "pertanyaan yang sering diajukan", "常见问题", "常見問題", "よくある質問", "자주 묻는 질문", "الأسئلة الشائعة",
)
# An emoji or a symbol a title or a label may open with ("❓ Frequently Asked Questions", "🔹 Q: …").
_EMOJI = r"[\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?"
_FAQ_TITLE = re.compile(
    rf"^(?:{_EMOJI}\s*)?(?:\d{{1,3}}(?:\.\d{{1,3}}){{0,3}}\.?\s+)?(?:frequently\s+asked\s+questions|faqs?|questions(?:\s*(?:&|and)\s*answers)?|q\s*&\s*a|"
    + "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in _FAQ_IN_OTHER_LANGUAGES)
    + r")(?:\s*\(faqs?\))?\s*:?$",
    re.IGNORECASE,
)


# The parts of one entry, as sub-headings name them (see name_an_entrys_parts).
_ASKING_PARTS = frozenset({"description", "problem", "issue", "symptom", "symptoms", "question", "details", "context", "background", "error", "cause"})
_ANSWERING_PARTS = frozenset({"answer", "solution", "resolution", "fix", "workaround", "response"})


def name_an_entrys_parts(titles: Iterable[str]) -> bool:
    """Whether sub-headings titled so name the parts of one entry, one of them its answer, as
    troubleshooting pages write a problem ("Can't connect to LDAP" over "Description" and
    "Answer"): the heading over them is then the entry, and they are its answer."""
    names = {title.strip(" :").casefold() for title in titles}
    return bool(names & _ANSWERING_PARTS) and names <= _ASKING_PARTS | _ANSWERING_PARTS


# Where a Jekyll or Hugo page's template takes its questions from: "{% for q in site.data.faq %}",
# "{{ range .Site.Data.faq }}", "{{ range site.Data.help.questions }}".
_SITE_DATA = re.compile(r"\b(?:site\.data|\.?Site\.Data|site\.Data)\.(?P<name>[\w-]+)")


def site_data_named(text: str) -> str | None:
    """The site data a page's template fills its questions in from ("faq"), or None."""
    found = _SITE_DATA.search(text)
    return found.group("name") if found else None


def filled_in_from(data: str) -> str:
    """What to say of a page that only fills its questions in from the site's ``data``: the data
    file, where Jekyll and Hugo keep it, holds the FAQ."""
    return (
        f"is a site's template that fills its questions in from the site's data ({data!r}): put that data file "
        f"(_data/{data}.yml in Jekyll, data/{data}.yaml in Hugo) in the corpus instead"
    )


def only_says_faq(title: str) -> bool:
    """Whether a heading only says its document is a FAQ ("Frequently Asked Questions (FAQ)", "FAQs:",
    "1 Frequently asked questions"): over its questions it names the document, no category of them."""
    return bool(_FAQ_TITLE.match(title.strip()))


def names_a_faq(title: str) -> bool:
    """Whether a title names a FAQ, beside :func:`only_says_faq`'s bare titles: "Visitor FAQs",
    "Equipment Hub — Frequently Asked Questions", "Parking: questions and answers"."""
    return only_says_faq(title) or _NAMES_A_FAQ.search(title) is not None


_NAMES_A_FAQ = re.compile(r"\bfaqs?\b|\bfrequently\s+asked\b|\bquestions?\s*(?:&|and)\s*answers\b|\bq\s*&\s*a\b", re.IGNORECASE)


# The sections of a manual page that say what the page is, not what its reader asks: "NAME", "SYNOPSIS",
# "SEE ALSO", "GIT", "AUTHORS" — titled in capitals, as man pages title them.
_MANUAL_SECTION = re.compile(r"[A-Z]+(?: [A-Z]+)?")


def without_manual_sections(entries: list[Entry], description: str) -> tuple[list[Entry], str]:
    """A FAQ written as a manual page (git's ``gitfaq.adoc``: "NAME", "SYNOPSIS", "DESCRIPTION"
    over its questions, "SEE ALSO" and "GIT" under them) without those sections, which were
    entries, and its description the page's name line ("gitfaq - Frequently asked questions about
    using Git"), which says more than its title ("gitfaq(7)"). Any other document is left as it is."""
    headings = {entry.heading for entry in entries}
    if not {"NAME", "SYNOPSIS"} <= headings:
        return entries, description
    name = next(entry.answer for entry in entries if entry.heading == "NAME")
    return [entry for entry in entries if not _MANUAL_SECTION.fullmatch(entry.heading)], name


def without_document_title(entries: list[Entry]) -> list[Entry]:
    """A document's entries without the title that heads every category of them when it names the
    document's FAQ ("Equipment Hub — Frequently Asked Questions / General" is "General"): a Word
    document's heading over all of it, or a page's section titled so, names no topic of them."""
    heads = {entry.category.split(CATEGORY_PATH, 1)[0] for entry in entries if entry.category}
    if len(heads) != 1 or not names_a_faq(title := heads.pop()):
        return entries
    return [replace(entry, category=entry.category.removeprefix(title).removeprefix(CATEGORY_PATH)) for entry in entries]


def without_toggle_glyph(text: str) -> str:
    """A question without the glyph a folded block shows after it to open its answer ("When is the
    pool open? +", "… ▼"): after a question's mark, symbols alone are not part of it."""
    end = max(text.rfind(mark) for mark in QUESTION_MARKS)
    return text[: end + 1] if end >= 0 and not any(character.isalnum() for character in text[end + 1 :]) else text


def without_closing_marks(text: str) -> str:
    """A label's text without the spaces and bold marks closing its line ("**Q: How?**"), stripped
    here rather than by a lazy pattern, which tried every split of a long run of spaces."""
    return text.rstrip().rstrip("*_")


# "Q:", "Q1:", "Q3a:", "Q-001:", "Question:" — and "Q." / "Q1)" when a space follows, as FAQs typed in
# word processors write them; the words in the FAQ's own language too ("Pregunta:", "Antwort:").
# A label's word in the languages whose FAQs label so ("Pregunta: …", "প্রশ্ন: …", "问题：…").
_QUESTION_WORDS = (
    "q|ｑ|ques|question|pregunta|pergunta|frage|domanda|vraag|pytanie|[iî]ntrebare|soru|pertanyaan|soalan|tanong|swali|fr[åa]ga|sp[øo]rgsm[åa]l|sp[øo]rsm[åa]l"
    "|kysymys|k[üu]simus|ot[áa]zka|k[ée]rd[ée]s|pitanje|vpra[šs]anje|jaut[āa]jums|klausimas|c[âa]u h[ỏo]i|вопрос|питання|въпрос|ερώτηση"
    "|السؤال|سؤال|سوال|پرسش|س|שאלה|प्रश्न|प्र|প্রশ্ন|คำถาม|问题|問題|问|問|質問|질문"  # "س:" and "ج:", as Arabic and Persian FAQs label them
)
_ANSWER_WORDS = (
    "a|ａ|ans|answer|respuesta|resposta|r[ée]ponse|antwort|risposta|antwoord|odpowied[źz]|r[ăa]spuns|cevap|jawaban|jawapan|sagot|jibu|svar"
    "|vastaus|vastus|odpov[ěe][ďd]|v[áa]lasz|odgovor|atbilde|atsakymas|tr[ảa] l[ờo]i|ответ|відповідь|отговор|απάντηση"
    "|الإجابة|الاجابة|الجواب|جواب|پاسخ|ج|תשובה|उत्तर|उ|উত্তর|คำตอบ|答案|回答|答|답변"
)
# Possessive (*+): a run of spaces is never split between two \s* and tried every way, which took
# seconds on a line of thousands of spaces.
_NUMBERED = r"\s*+(?:[-#]\s*+)?(?:(?P<number>\d+)[a-z]?)?\s*+"
# A label in bold needs no colon: its bold sets it apart ("**Question** Did I miss anything?", as a PDF's
# bold label reads).
_BOLD_ALONE = r"(?<=\*\*|__)(?=\s)"
# A question's label, numbered after ("Q3:") or before ("1. Question:", as a FAQ numbers its labelled pairs),
# or pointing at it ("Q>", as some typed FAQs do), or after an emoji ("❓Q. …", "🔹 Q: …").
_QUESTION_LABEL = re.compile(rf"^\s*(?:\d{{1,3}}[.)]\s+|{_EMOJI}\s*)?[*_]*(?:{_QUESTION_WORDS}){_NUMBERED}[*_]*(?:[:：．>]|[.)](?=\s)|{_BOLD_ALONE})[*_]*\s*(?P<rest>\S.*)$", re.IGNORECASE)
_ANSWER_LABEL = re.compile(rf"^\s*[*_]*(?:{_ANSWER_WORDS}){_NUMBERED}[*_]*(?:[:：．]|{_BOLD_ALONE})[*_]*\s*", re.IGNORECASE)
# A label alone, in a cell of its own beside the text it labels ("Q:", "Q.", "A", "Answer"; see label_alone).
_QUESTION_LABEL_ALONE = re.compile(rf"^[*_]*+(?:{_QUESTION_WORDS}){_NUMBERED}[*_]*+[:：．.)]?[*_]*+$", re.IGNORECASE)
_ANSWER_LABEL_ALONE = re.compile(rf"^[*_]*+(?:{_ANSWER_WORDS}){_NUMBERED}[*_]*+[:：．.)]?[*_]*+$", re.IGNORECASE)
# "A." can open a sentence ("A. Smith chairs the club"), so it is only taken for a label under a labelled question;
# there, typed against the answer too ("Q. Is it free?" over "A.Yes."), though not as an abbreviation's first letter ("A.I.").
_PAIRED_ANSWER_LABEL = re.compile(rf"^\s*[*_]*(?:{_ANSWER_WORDS}){_NUMBERED}[*_]*(?:[:：．>]|[.)](?=\s|[^\W\d_](?!\.))|{_BOLD_ALONE})[*_]*\s*", re.IGNORECASE)
# "1. How do I join?", "2) …", "(3) …", "4- …", "1.2.3 How …" — the number a FAQ gives its questions — and ">> How …?", "+ …"
# (an accordion's toggle), "- …" or "-How …?" — a mark it sets before them — are not part of what they ask
# ("-Xmx option", no question, keeps its dash), nor is a number typed against a question ("1.What models are there?"),
# nor an icon font's glyph, a character of Unicode's private use (an accordion's chevron, printed to PDF), nor
# a run of them ("+ — When do you open?", "+—…": an accordion's open and close glyphs, one shown at a time),
# nor a number Chinese and Japanese set before an item with "、" ("1、为什么…？"), nor a question's number
# with no mark after it, before a question that asks ("Q1 How do I transfer my data?", as user guides number them).
_NUMBER = r"\d{1,3}[.)]|\d{1,3} ?[-–](?=\s)|\d{1,3}(?:\.\d{1,3}){1,3}\.?(?=\s+[A-Z])|\(\d{1,3}\)"
_NUMBER_OR_MARK = re.compile(rf"^(?:(?:(?:{_NUMBER}|(?:>>|[»→•+\-–—\ue000-\uf8ff])+)\s+(?=\S))+|(?:[-–—]|\d{{1,3}}[.)])(?=[^\W\d_].*[?？؟]\s*$)|\d{{1,3}}、\s*(?=\S)|Q\d{{1,3}}\s+(?=\S.*[?？؟]\s*$))")
_SECTION_NUMBER = re.compile(rf"^(?:{_NUMBER})\s+(?=\S)")  # "1. Membership", "2.1 Fees": a document's numbering, not the category's name


# The answer's label right after a question('s mark), on its line: "Is it free? A1: Yes."
ANSWER_LABEL_AFTER_QUESTION = rf"(?<=[{QUESTION_MARKS}])\s*+[*_]*+(?:{_ANSWER_WORDS})\s*+\d*+[a-z]?[*_]*+\s*+:[*_]*+\s*+"
_INLINE_ANSWER = re.compile(rf"^(?P<question>.+?){ANSWER_LABEL_AFTER_QUESTION}(?P<answer>\S.*)$", re.IGNORECASE | re.DOTALL)


def inline_answer(question: str) -> tuple[str, str] | None:
    """A labelled question's answer when it starts on the question's line ("Q1: Is it free? A1:
    Yes."): the question and the answer's start, or None."""
    match = _INLINE_ANSWER.match(question)
    return (match.group("question"), match.group("answer")) if match else None


def answered_on_its_line(line: str) -> tuple[str, str] | None:
    """The question a line asks and the answer it gives after the question's mark ("Where is Block
    3? Near the canteen."), or None: a question no longer than a question is."""
    asked = _ANSWERED_ON_ITS_LINE.match(line)
    return (asked["question"].strip(), asked["answer"].rstrip()) if asked and len(asked["question"]) <= LONGEST_QUESTION else None


_ANSWERED_ON_ITS_LINE = re.compile(r"^(?P<question>[^?？؟]+[?？؟])\s+(?P<answer>\S.*)$")
_LONGEST_WRAPPED_LABELLED = 3  # lines a labelled question runs on over before its answer's label


def answered_where_asked(lines: Sequence[str]) -> tuple[int, str, str] | None:
    """A labelled question whose answer's label follows it on its line ("Q1: Is it free? A1: Yes."),
    or on the line it is wrapped onto ("25. Frage: Wie erreiche ich den Support außerhalb der" /
    "Geschäftszeiten? Antwort: Rund um die Uhr.", as a FAQ printed to PDF wraps it), its answer
    starting there or, the label ending the line, under it: how many lines the question and the
    answer's start take, the question, and the answer's start; None when no answer's label
    follows the question there."""
    for asking in range(1, min(_LONGEST_WRAPPED_LABELLED, len(lines)) + 1):
        wrapped = lines[asking - 1]
        if asking > 1 and (not wrapped.strip() or asks(lines[asking - 2]) or labelled_question(wrapped) or _ANSWER_LABEL.match(wrapped)):
            return None
        answered = inline_answer(labelled_question(" ".join(line.strip() for line in lines[:asking])) or "")
        if answered:
            return asking, *answered
    return None


# A numbered "Subject:" line ("Subject: 1.1) What is a hybrid tea rose?", "Subject: [2] Pruning"), as
# a FAQ posted to a newsgroup opens each entry; unnumbered, a subject is an email's.
_NUMBERED_SUBJECT = re.compile(r"^Subject:[ \t]*\[?\d{1,3}(?:\.\d{1,3}){0,3}[.)\]]?[ \t]+(?P<rest>\S.*)$", re.IGNORECASE)


def label_alone(text: str) -> str | None:
    """Whether ``text`` is nothing but a question's label ("Q:", "Q.", "Question") or an answer's
    ("A:", "A", "Antwort:"), as a table or a grid gives a label a cell of its own beside its text:
    "Q", "A" or None."""
    if _QUESTION_LABEL_ALONE.fullmatch(text.strip()):
        return "Q"
    return "A" if _ANSWER_LABEL_ALONE.fullmatch(text.strip()) else None


def labelled_question(line: str) -> str | None:
    """The question of a ``Q: …`` line (or ``Question:``, ``Q1:``, ``Q.``, a newsgroup FAQ's
    numbered ``Subject: 1.1) …``), or None for any other line.

    Many FAQs written by hand label their questions and answers ("Q: … / A: …") instead of
    using the format's own marks; the plain-text and Markdown readers take each label as the
    start of an entry, so such a file is not read as one long answer.
    """
    match = _QUESTION_LABEL.match(line) or _NUMBERED_SUBJECT.match(line)
    return (without_closing_marks(match.group("rest")) or match.group("rest")[:1]) if match else None


# An answer's label opening the one list item an answer is, as a page lists its "Q." and "A." items.
_LISTED_ANSWER_LABEL = re.compile(rf"^\s*[-*+•]\s+(?:{_ANSWER_WORDS}){_NUMBERED}(?:[:：．>]|[.)](?=\s))\s*", re.IGNORECASE)
# A label of one letter, as FAQs in other languages pair them: "P:" / "R:" (pregunta/respuesta,
# pergunta/resposta), "F:" / "A:" (Frage/Antwort), "D:" / "R:" (domanda/risposta), "V:" / "A:"
# (vraag/antwoord), "Q :" / "R :" (question/réponse), and Colombia's "P/." / "R/.". One letter opens many a line ("P: 555-0100",
# "R: a language for statistics"), so it is taken for a label only where most of a file's entries open so.
_LETTER_QUESTION_LABEL = re.compile(r"^\s*[*_]*[PFDV][*_]*\s*(?:/\.?|[:.])[*_]*\s+(?=\S)")
_LETTER_ANSWER_LABEL = re.compile(r"^\s*[*_]*R[*_]*\s*(?:/\.?|[:.])[*_]*\s+(?=\S)")


def next_text_line(lines: Sequence[str], number: int) -> int | None:
    """The number of the first line after line ``number`` that holds text, or None."""
    return next((later for later in range(number + 1, len(lines)) if lines[later].strip()), None)


# A troubleshooting FAQ's labels: the problem it states, and its solution ("Problem: The app shows
# 0 H/s" over "Solution: Restart it"; "问题描述:" over "解决方案:"), a list's mark before them or not.
_PROBLEM_WORDS = "problem|issue|symptom|problema|probl[èe]me|问题描述|问题现象|問題の内容|症状"
_SOLUTION_WORDS = "solution|resolution|fix|workaround|soluci[óo]n|solu[çc][ãa]o|l[öo]sung|解决方案|解决方法|解決方法|対処法"
_MARKED = r"(?P<mark>\s*(?:(?:[-*+•]|\d{1,3}[.)])\s+)?)[*_]*"
_PROBLEM_LABEL = re.compile(rf"^{_MARKED}(?:{_PROBLEM_WORDS})[*_]*\s*[:：][*_]*\s*(?P<rest>.*)$", re.IGNORECASE)
_SOLUTION_LABEL = re.compile(rf"^{_MARKED}(?:{_SOLUTION_WORDS})[*_]*\s*[:：][*_]*\s*(?P<rest>.*)$", re.IGNORECASE)


def with_problems_as_questions(lines: list[str]) -> list[str]:
    """The lines of a troubleshooting FAQ with each problem it states labelled as a question and
    its solution as the answer ("Q: …" / "A: …"), where two or more lines labelled as a problem
    have a solution's on the next line that says anything, and the file asks fewer questions
    otherwise: read as text, a file of such pairs was one entry, or none. A pair left blank, a
    template's slot, is taken out. In a FAQ that asks its questions, "Symptom:" and "Solution:"
    open lines of its answers, and stay. The same list when none is so."""
    pairs = []
    for number, line in enumerate(lines):
        if (problem := _PROBLEM_LABEL.match(line)) is None:
            continue
        following = next_text_line(lines, number)
        if following is not None and (solution := _SOLUTION_LABEL.match(lines[following])):
            pairs.append((number, problem, following, solution))
    stated = {number for number, _, _, _ in pairs}
    if len(pairs) < 2 or len(pairs) <= sum(asks(line) for number, line in enumerate(lines) if number not in stated):
        return lines
    lines = list(lines)
    for number, problem, following, solution in pairs:
        blank = not problem["rest"].strip() and not solution["rest"].strip()
        lines[number] = "" if blank else f"{problem['mark']}Q: {problem['rest']}"
        lines[following] = "" if blank else f"{solution['mark']}A: {solution['rest']}"
    return lines


def without_labels(entries: list[Entry]) -> list[Entry]:
    """A file's entries without the labels their answers or questions open with, each kind where two
    or more and at least two in three of them open so: a FAQ that labels only its answers ("What is
    FTP?" / "A. FTP is …"), keeps each answer in a list item of its own ("- A. FTP is …", a page's
    list of "Q." and "A." items), or labels by a letter of its own language ("P: ¿Qué es?" / "R: Es …")."""
    entries = _without_label_most_open_with(entries, "answer", _PAIRED_ANSWER_LABEL)
    entries = _without_label_most_open_with(entries, "answer", _LISTED_ANSWER_LABEL)
    entries = _without_label_most_open_with(entries, "answer", _LETTER_ANSWER_LABEL)
    return _without_label_most_open_with(entries, "heading", _LETTER_QUESTION_LABEL)


def _without_label_most_open_with(entries: list[Entry], field: str, label: re.Pattern[str]) -> list[Entry]:
    """``entries`` with ``label`` taken off the start of their ``field`` ("answer" or "heading"), when
    two or more and at least two in three of them open with it; unchanged otherwise."""
    labelled = [entry for entry in entries if label.match(getattr(entry, field))]
    if len(labelled) < 2 or 3 * len(labelled) < 2 * len(entries):
        return entries
    return [replace(entry, **{field: label.sub("", getattr(entry, field), count=1)}) for entry in entries]


def without_question_repeated(entries: list[Entry]) -> list[Entry]:
    """The entries whose answer opens with its own question again without that line: a help
    centre's article body often starts with its title as a heading ("<h1>How to Add a YouTube
    Video</h1>"), and the chat, which shows the question over the answer, showed it twice."""
    return [replace(entry, answer=rest) if (rest := _after_own_question(entry)) else entry for entry in entries]


def _after_own_question(entry: Entry) -> str:
    """What an entry's answer says after a first line that only asks its question again; "" when
    it opens otherwise, or says nothing more."""
    first, _, rest = entry.answer.partition("\n")
    same = one_line(first).strip(" .:?!*#").casefold() == entry.heading.strip(" .:?!").casefold()
    return rest.strip() if same else ""


# Inline markup in a text answer: bold or emphasis, a code span, a link, an inline HTML element with its
# end tag, an HTML entity or a line break ("See the [map](/map)", "<a href=\"#travel\">travel</a>",
# "B&amp;B", "Bring ID.<br />", "(315) 788-0422\\"), as a site's FAQ data file holds them.
# A link's text may run over one line break, where a long answer was wrapped by hand ("the [dynamic" over
# "client](…) from"); not over a blank line, which ends a paragraph.
# A line break: "<br>", or a backslash at a line's end (CommonMark's; Jekyll's kramdown writes two), with the
# newline after it: it breaks one line, not two. Its spaces before it are tried from the first of a run
# only: tried from each, a long run of spaces (a padded table) took a search quadratic in its length.
_LINE_BREAK = re.compile(r"(?<![ \t])[ \t]*(?:<br\s*/?>[ \t]*\n?|\\{1,2}\n)", re.IGNORECASE)
_HTML_ELEMENT = r"<(?P<tag>a|b|strong|em|i|u|code|tt|kbd|sup|sub)\b[^<>]*>[^<]*</(?P=tag)\s*>|&(?:[a-z]+|#\d+);"
_INLINE_MARKUP = re.compile(
    r"\*\*[^\s*].*?\*\*|__[^\s_].*?__|(?<![\w*])\*(?=\S)[^*\n]+?(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)[^_\n]+?(?<=\S)_(?!\w)"
    rf"|`[^`\n]+`|\[[^\[\]\n]+(?:\n[^\[\]\n]+)?\]\([^)\s]+\)|{_HTML_ELEMENT}|{_LINE_BREAK.pattern}",
    re.IGNORECASE,
)
# The HTML alone of such markup (its elements, entities and "<br>"), in a file whose answers link in HTML.
_HTML_MARKUP = re.compile(rf"{_HTML_ELEMENT}|(?<![ \t])[ \t]*<br\s*/?>[ \t]*\n?", re.IGNORECASE)
# A link to a web or mail address written as HTML, which no answer typed as plain text holds.
_LINKED_ADDRESS = "|".join(map(re.escape, LINKED))  # "http://", "https://" or "mailto:", as a pattern
_WEB_LINK = re.compile(rf"""<a\s[^<>]*\bhref\s*=\s*["']?(?:{_LINKED_ADDRESS})[^<>]*>[^<]*</a\s*>""", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")
# An HTML comment, with the spaces before it: the author's note to themselves, which no page shows
# ("<!-- check the price with Sam -->"); one quoted as code (`<!-- … -->`) is kept. A run of spaces
# is tried from its start only, and a comment ends before another opens (as HTML has it): tried from
# every space, or over every later "<!--", a line took time quadratic in its length.
_COMMENT = re.compile(r"(?<![ \t`])[ \t]*<!--(?:[^-<]|-(?!->)|<(?!!--))*-->(?!`)")
_MARKED_UP_SHARE = 5  # one answer in this many, or more, carrying inline markup: the file is written with it
# A Markdown heading in such an answer ("#### Sponsoring an event", "## Fees ##"), its text between its marks;
# and the fence of a code block, whose lines are code ("# install it first") and keep theirs.
_HEADING = re.compile(r" {0,3}#{1,6}[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*")
_CODE_FENCE = re.compile(r" {0,3}(?:`{3,}|~{3,})")


def with_markup_rendered(entries: list[Entry]) -> list[Entry]:
    """A file's entries with the inline markup of their questions and answers rendered as text, when
    at least one answer in five carries some: a site's FAQ data (``_data/faq.yml``) is written in
    the Markdown its site renders, and readers should not see the asterisks. In a file of plain
    answers, a stray ``*`` or ``<b>`` in one (code a user pasted) is left as written; but a link to
    a web address written as HTML (``<a href="https://…">the API</a>``) is a link wherever it is:
    a few answers of a shop's FAQ data link so, and the chat showed their tags; and then the file's
    answers are HTML its site renders, their ``<br>`` and ``<b>`` too. HTML comments are
    left out wherever they are, as every page leaves them out: a CSV file's answer showed its
    author's "<!-- internal: … -->"."""
    marked = [entry for entry in entries if _INLINE_MARKUP.search(entry.answer)]
    if marked and _MARKED_UP_SHARE * len(marked) >= len(entries):
        markup = _INLINE_MARKUP
    else:
        markup = _HTML_MARKUP if any(_WEB_LINK.search(entry.answer) for entry in entries) else _WEB_LINK
    if not any(markup.search(entry.answer) or _COMMENT.search(entry.answer) or _COMMENT.search(entry.heading) for entry in entries):
        return entries
    def rendered(text: str, code: bool = False) -> str:
        as_text = partial(_as_text, code=code)
        return _BLANK_LINES.sub("\n\n", markup.sub(as_text, _COMMENT.sub("", text))).strip()  # a <br> before a blank line adds none

    def one_line_rendered(text: str) -> str:
        return one_line(rendered(text))

    return [
        replace(
            entry,
            heading=one_line_rendered(entry.heading),
            answer=rendered(_headings_as_lines(entry.answer) if markup is _INLINE_MARKUP else entry.answer, code=True),
            alternates=tuple(map(one_line_rendered, entry.alternates)),
            category=one_line_rendered(entry.category),
        )
        for entry in entries
    ]


def _headings_as_lines(text: str) -> str:
    """A Markdown answer with each heading a line of its text, its marks left out (see
    ``_HEADING``): a site's FAQ data kept "#### Sponsoring an event" in an answer the chat
    showed with its marks, which the page renders as a heading. Lines in a code block are left
    as written; a question's "#" stays ("# of seats?"), as the site shows it."""
    lines = text.split("\n")
    in_code = False
    for index, line in enumerate(lines):
        if _CODE_FENCE.match(line):
            in_code = not in_code
        elif not in_code and (heading := _HEADING.fullmatch(line)):
            lines[index] = heading.group("text")
    return "\n".join(lines)


def _as_text(markup: re.Match[str], code: bool) -> str:
    """One piece of inline markup as text: a ``<br>`` (with the spaces around it) as the line break
    it is; inline code kept as code with ``code`` (an answer's, see :func:`html_to_text`). An HTML
    element is read as a browser reads it, leniently: ``<a href='/list.pdf', target='_blank'>``
    (a stray comma) is no tag to Markdown, which showed it as typed."""
    piece = markup.group(0)
    if _LINE_BREAK.fullmatch(piece):
        return "\n"
    return html_to_text(piece, code=code) if piece.startswith("<") else inline_markup_to_text(piece, code)


# A link's address as the readers write it after its text ("the BSD-3 (https://…) license").
_LINK_ADDRESS = re.compile(rf"(?<!\s)\s*\((?:{_LINKED_ADDRESS})[^()\s]*\)")


def questions_without_link_addresses(entries: list[Entry]) -> list[Entry]:
    """The entries with the addresses of links in their headings, alternates and categories left
    out ("What is the [BSD-3](https://…) license?" asks "What is the BSD-3 license?"; a section
    titled "[Billing](https://…)" is "Billing"): the answer text keeps a link's address for the
    reader to follow, but in a question it is noise to match and to show, and a category is a
    topic's name, which replies and the topic menu show."""
    def plain(question: str) -> str:
        return _LINK_ADDRESS.sub("", question) if any(scheme in question for scheme in LINKED) else question

    return [replace(entry, heading=plain(entry.heading), alternates=tuple(map(plain, entry.alternates)), category=plain(entry.category)) for entry in entries]


def opens_with_answer_label(line: str) -> bool:
    """Whether a line opens with an answer's label (``A:``, ``A1.``, ``Answer:``)."""
    return _PAIRED_ANSWER_LABEL.match(line) is not None


def heading_key(heading: str) -> str:
    """A heading as the readers write it now — without a ``Q:`` label or a number — casefolded, to
    match headings recorded elsewhere (approved questions) under an earlier way of reading them."""
    return _NUMBER_OR_MARK.sub("", labelled_question(heading) or heading, count=1).casefold()


def question_number(line: str) -> str | None:
    """The number of a labelled question ("3" of "Q3a: …"), or None if it has none or no label."""
    match = _QUESTION_LABEL.match(line)
    return match.group("number") if match else None


def without_answer_label(lines: list[str], labelled: bool = False) -> list[str]:
    """An answer's lines without the ``A:`` / ``Answer:`` label its first line may open with —
    or ``A.`` too when its question was ``labelled`` (``Q. … / A. …``). When it does, a later line
    opening with the same label goes on with the answer ("A: No." / "A: Guide dogs are welcome."),
    and loses it too."""
    opening = next((i for i, line in enumerate(lines) if line.strip()), None)
    if opening is None:
        return lines
    label = (_PAIRED_ANSWER_LABEL if labelled else _ANSWER_LABEL).match(lines[opening])
    if label is None:
        return lines
    written = label.group().strip()
    unclosed = _unclosed_emphasis(written)
    return [*lines[:opening], *(unclosed + line.lstrip()[len(written) :].lstrip() if line.lstrip().startswith(written) else line for line in lines[opening:])]


def _unclosed_emphasis(label: str) -> str:
    """The emphasis marks a label opens and does not close: a paragraph all in bold ("**Answer:
    We ship free.**") keeps its "**" when its label goes, or the one closing it is left showing."""
    opening = len(label) - len(label.lstrip("*_"))
    closing = sum(character in "*_" for character in label[opening:])
    return label[: max(opening - closing, 0)]
