"""Reading FAQ files: every format, the preamble, sources, and clear errors for bad input."""

from __future__ import annotations

import csv
import json
import logging
import re
from pathlib import Path

import pytest

from faqbot import CorpusError
from faqbot.corpus import load_corpus
from faqbot.corpus.entry import told_apart

ROWS = [
    ("How do I renew my library card?", "Bring a photo ID to any branch desk."),
    ("Can I borrow e-books?", "Yes, with the Libby app and your card number."),
]


def test_seed_text_format_keeps_preamble_out_of_entries(pets_txt: Path) -> None:
    corpus = load_corpus(pets_txt)
    assert corpus.description.startswith("Answers to common questions about adopting a pet")
    assert [e.heading for e in corpus.entries] == [
        "How much does it cost to adopt a dog?",
        "Can I return a cat if it does not get along with my other pets?",
        "What are the shelter's opening hours?",
    ]
    assert corpus.entries[1].answer.endswith("the fee is not refunded.")


def test_text_entries_remember_file_and_heading_line(pets_txt: Path) -> None:
    sources = [e.source for e in load_corpus(pets_txt).entries]
    assert sources == ["pets.txt:3", "pets.txt:6", "pets.txt:11"]


def test_text_first_block_that_is_a_question_is_an_entry(tmp_path: Path) -> None:
    path = tmp_path / "faq.txt"
    path.write_text("Is parking free?\nYes, for two hours.\n-\nIs there wifi?\nYes.\n", encoding="utf-8")
    corpus = load_corpus(path)
    assert corpus.description == ""
    assert [e.heading for e in corpus.entries] == ["Is parking free?", "Is there wifi?"]


def test_shipped_seed_corpus_parses_into_six_entries() -> None:
    corpus = load_corpus(Path(__file__).resolve().parents[1] / "corpus")
    assert len(corpus.entries) == 6
    assert "Kim Jong-un" in corpus.description
    assert all(e.heading.endswith("?") for e in corpus.entries)


@pytest.mark.parametrize("suffix, delimiter", [(".csv", ","), (".tsv", "\t"), (".csv", ";"), (".csv", "|")])  # "|": was one column, refused
def test_table_formats(tmp_path: Path, suffix: str, delimiter: str) -> None:
    path = tmp_path / f"library{suffix}"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["Question", "Answer", "owner"])
        writer.writerows([q, a, "desk"] for q, a in ROWS)
    corpus = load_corpus(path)
    assert [(e.heading, e.answer) for e in corpus.entries] == ROWS
    assert [e.line for e in corpus.entries] == [2, 3]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])  # as saved on Windows: the answer kept "\r" in its line breaks
def test_csv_quoted_multiline_answer_keeps_row_line(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "faq.csv"
    path.write_bytes('question,answer\n"Q one?","line a\n\nline b"\n"Q two?",second\n'.replace("\n", newline).encode())
    entries = load_corpus(path).entries
    assert entries[0].answer == "line a\n\nline b"
    assert [e.line for e in entries] == [2, 5]


def test_json_list_remembers_line_of_each_object(tmp_path: Path) -> None:
    path = tmp_path / "faq.json"
    path.write_text(json.dumps([{"question": q, "answer": a} for q, a in ROWS], indent=2), encoding="utf-8")
    entries = load_corpus(path).entries
    assert [(e.heading, e.answer) for e in entries] == ROWS
    assert [e.line for e in entries] == [2, 6]


def test_json_object_with_a_title_and_entries_reads_like_the_yaml_form(tmp_path: Path) -> None:
    path = tmp_path / "faq.json"
    listed = json.dumps([{"question": q, "answer": a} for q, a in ROWS], indent=2)
    path.write_text(f'{{"version": 2,\n "title": "Pet FAQ", "description": "Adopting from the shelter.",\n "entries": {listed}}}', encoding="utf-8")
    corpus = load_corpus(path)
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [(*ROWS[0], 4), (*ROWS[1], 8)]
    assert corpus.description == "Pet FAQ\n\nAdopting from the shelter."


def test_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "faq.jsonl"
    path.write_text("\n".join(json.dumps({"question": q, "answer": a}) for q, a in ROWS) + "\n", encoding="utf-8")
    assert [(e.heading, e.answer, e.line) for e in load_corpus(path).entries] == [(*ROWS[0], 1), (*ROWS[1], 2)]


def test_a_data_files_values_may_hold_unicode_line_separators(tmp_path: Path) -> None:
    # JSON lets a string hold U+2028 unescaped, as JavaScript and json.dumps(ensure_ascii=False) write
    # it: a JSON Lines record was cut in two there and refused ("not valid JSON"). A CSV cell holding
    # one was cut into a row of its own, its text lost from the answer and taken for a category; a
    # TOML entry after one was placed a line too far down.
    answers = ["Fill in the form,\u2028then pay at the desk.", "Yes.\u2029Members bring a friend free."]
    records = [{"question": question, "answer": answer} for question, answer in zip(("How do I join?", "Is it free?"), answers, strict=True)]
    (tmp_path / "faq.jsonl").write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in records) + "\n", encoding="utf-8")
    (tmp_path / "faq.csv").write_text(f"question,answer\nWhere do we meet?,At the hall\u2028on Tuesdays.\nWho runs it?,{answers[1]}\n", encoding="utf-8")
    (tmp_path / "faq.toml").write_text(f'[[faq]]\nquestion = "Can I bring a dog?"\nanswer = "{answers[0]}"\n\n[[faq]]\nquestion = "Is there parking?"\nanswer = "No."\n', encoding="utf-8")
    entries = load_corpus(tmp_path).entries
    assert [(e.file, e.line, e.heading, e.answer) for e in entries] == [
        ("faq.csv", 2, "Where do we meet?", "At the hall\non Tuesdays."),
        ("faq.csv", 3, "Who runs it?", "Yes.\n\nMembers bring a friend free."),
        ("faq.jsonl", 1, "How do I join?", "Fill in the form,\nthen pay at the desk."),
        ("faq.jsonl", 2, "Is it free?", "Yes.\n\nMembers bring a friend free."),
        ("faq.toml", 1, "Can I bring a dog?", "Fill in the form,\nthen pay at the desk."),
        ("faq.toml", 5, "Is there parking?", "No."),
    ]
    assert {e.category for e in entries} == {""}  # the files' name, "faq", names none; a cell's second line never does

def test_an_empty_file_in_a_folder_is_skipped_whatever_its_format(tmp_path: Path, pets_txt: Path, caplog) -> None:
    # Saved before it was written: before, an empty faq.json or Word file made the whole folder fail.
    for name in ("new.json", "draft.docx", "notes.pdf"):
        (tmp_path / name).write_bytes(b"\n" if name.endswith(".json") else b"")  # an editor saves a new file with a line break
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path)
    assert {e.file for e in corpus.entries} == {"pets.txt"}
    assert all(f"{name}: is empty (write " in caplog.text for name in ("new.json", "draft.docx", "notes.pdf"))


def test_folder_reads_every_supported_file_with_relative_sources(tmp_path: Path, pets_txt: Path, caplog) -> None:
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "library.jsonl").write_text(json.dumps({"question": ROWS[0][0], "answer": ROWS[0][1]}), encoding="utf-8")
    (tmp_path / "notes.pages").write_bytes(b"binary")
    (tmp_path / "~$faq.docx").write_bytes(b"Ann")  # Word's lock file beside a document open in it: no document
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path)
    assert [e.source for e in corpus.entries][-1] == "pets.txt:11"
    assert corpus.entries[0].source == "more/library.jsonl:1"
    assert "notes.pages" in caplog.text


def _compound_file(*streams: str) -> bytes:
    """The bytes of an OLE compound file (Office 97–2003's container) naming ``streams``."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"".join(stream.encode("utf-16-le") for stream in streams) + bytes(64)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("faq.csv", "topic,body\nq,a\n", "faq.csv:1: header has no 'question' column"),
        ("faq.jsonl", '{"question": "q?", "answer": "a"}\n{not json}\n', "faq.jsonl:2: not valid JSON"),
        ("faq.json", '[\n  {"question": "q?", "answer": "a"}\n  // add more here\n]\n', "faq.json:3: not valid JSON (Expecting ',' delimiter; JSON has no comments: remove it)"),
        # What JavaScript allows and JSON does not, said so: FAQ data is often written in a script first.
        ("faq.json", '[\n  {"question": "q?", "answer": "a"},\n]\n', "faq.json:3: not valid JSON (Expecting value; JSON allows no comma after the last item: remove it)"),
        ("faq.json", "[{'question': 'q?', 'answer': 'a'}]", 'faq.json:1: not valid JSON (Expecting property name enclosed in double quotes; JSON quotes names and text with double quotes ("), not single ones)'),
        ("faq.json", '[{question: "q?", answer: "a"}]', 'faq.json:1: not valid JSON (Expecting property name enclosed in double quotes; JSON puts every name in double quotes ("question": …))'),
        ("faq.json", 'export default [{"question": "q?", "answer": "a"}]', "faq.json:1: not valid JSON (Expecting value; this is JavaScript: save it as a .js file, which faqbot reads too)"),
        ("faq.json", '{"question": "q?", "answer": "a"}\n{"question": "r?", "answer": "b"}\n', "faq.json:2: not valid JSON (Extra data; a JSON file holds one value: put every entry in one list, or save one per line as a .jsonl file)"),
        ("faq.jsonl", '{"question": "q?", "answer": "a"} {"question": "r?", "answer": "b"}\n', "faq.jsonl:1: not valid JSON (Extra data; a JSON Lines file holds one entry per line)"),
        ("faq.jsonl", '{"question": "q?", "answer": "a"},\r\n{"question": "r?", "answer": "b"},\r\n', "faq.jsonl:1: not valid JSON (Extra data; a JSON Lines file holds one entry per line, and no comma after it: remove it)"),
        ("faq.jsonl", '{"question": "q?",\n "answer": "a"}\n', "faq.jsonl:1: not valid JSON (Expecting property name enclosed in double quotes; a JSON Lines file holds each entry whole on one line: join its lines)"),
        ("faq.json", '{"question": "q?"}', "faq.json:1: entry 'q?' has an empty or missing answer"),  # one entry, unanswered
        ("faq.json", '{"name": "shop", "version": 2}', "faq.json:1: expected a JSON list of entries, an object with an 'entries' list, or an object mapping questions to answers; got fields (name, version)"),
        ("faq.json", '["Is it free?", "Yes, for members."]', "faq.json:1: expected an object with 'question' and 'answer', got the text 'Is it free?'"),
        ("faq.json", '[{"question": "Rooms?", "answer": 42}]', "faq.json:1: answer of 'Rooms?' must be text, got the number 42 (put it in quotes)"),
        (
            "faq.xml",
            "<faq><entry><question><subject>Fees</subject><message>Is it free?</message></question><answer>Yes.</answer></entry>"
            "<entry><question>Is it open?</question><answer>Yes.</answer></entry></faq>",
            "faq.xml:1: question must be text, got fields (subject, message)",
        ),
        ("faq.toml", '[[faq]]\nquestion = "q?"\nanswer = "a\n', "faq.toml:3: not valid TOML (Illegal character '\\n')"),
        ("faq.toml", 'name = "shop"\nversion = 2\n', "faq.toml: holds no FAQ entries (write a [[faq]] table per entry, each with 'question' and 'answer')"),  # a site's settings
        ("faq.xml", '<urlset><url><loc>https://example.org/</loc></url></urlset>', "faq.xml: holds no FAQ entries (write an element per entry holding a <question> and an <answer>)"),
        ("faq.txt", "Q one?\nA.\n-\nQ two?\n", "faq.txt:4: entry 'Q two?' has an empty or missing answer"),
        ("faq.jsonl", '{"question": " ", "answer": "a"}\n', "faq.jsonl:1: entry has an empty or missing question"),
        ("faq.json", "[]", "faq.json: holds no FAQ entries"),
        ("faq.csv", "", "faq.csv: is empty (write one row per question under a header naming the 'question' and 'answer' columns)"),
        ("faq.md", "", "faq.md: is empty (write a heading per question"),
        ("faq.docx", "PK", "faq.docx: not a readable .docx file (File is not a zip file); open it in Word and save it again"),
        ("faq.odt", "PK", "faq.odt: not a readable .odt file (File is not a zip file); open it in LibreOffice and save it again"),
        ("faq.rtf", "{", "faq.rtf: not a Rich Text file (it does not open with '{\\rtf'); save it again as Rich Text (.rtf) or plain text (.txt)"),
        ("faq.doc", "\xd0\xcf\x11\xe0\x00", "faq.doc: is a Word 97–2003 document, a format faqbot does not read (save it as a Word document (.docx), plain text (.txt) or Markdown (.md))"),
        ("faq.xlsx", "PK", "faq.xlsx: not a readable .xlsx file (File is not a zip file); open it in Excel and save it again"),
        ("faq.xls", "\xd0\xcf\x11\xe0\x00", "faq.xls: is an Excel 97–2003 workbook, a format faqbot does not read (save the sheet as an Excel workbook (.xlsx) or CSV UTF-8 (.csv)"),
        # A chatbot's FAQ.xlsx was an Excel 97–2003 workbook renamed, and a .docx or .xlsx with a password is kept
        # in that container too: each was "not a zip file; save it again", which keeps the password.
        ("faq.xlsx", _compound_file("Workbook"), "faq.xlsx: is an Excel 97–2003 workbook (.xls) named .xlsx; open it in Excel and save it as .xlsx"),
        ("faq.docx", _compound_file("WordDocument"), "faq.docx: is a Word 97–2003 document (.doc) named .docx; open it in Word and save it as .docx"),
        ("faq.docx", _compound_file("EncryptedPackage"), "faq.docx: is protected by a password; save a copy without one (Word: File > Info > Protect, remove the password)"),
        ("faq.numbers", "x", "unsupported file type '.numbers' (save the sheet as an Excel workbook (.xlsx) or CSV UTF-8 (.csv)"),
        ("faq.log", "x", "unsupported file type '.log' (use .txt, .md, .markdown"),
        ("faq.md", "# FAQ\n\nNothing yet.\n", "faq.md: holds no FAQ entries (write a heading per question ('## How do I join?') with its answer below it)"),
        ("faq.ts", "export const siteName = 'Shop';\n", "faq.ts: holds no FAQ entries (write an array of objects written out, each with 'question' and 'answer'"),
        ("faq.org", "#+TITLE: FAQ\n\nNothing yet.\n", "faq.org: holds no FAQ entries (write a headline per question ('** How do I join?') with its answer below it)"),
    ],
)
def test_malformed_files_raise_corpus_error_naming_the_place(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=re.escape(message)):
        load_corpus(path)


def test_unreadable_encoding_names_the_file_and_line(tmp_path: Path) -> None:
    # Refused, not guessed: a wrong guess would garble answers without a word.
    path = tmp_path / "latin1.txt"
    path.write_bytes("What is it?\nUne réponse.".encode("latin-1"))
    with pytest.raises(CorpusError, match=r"latin1.txt:2: not valid UTF-8 text \(byte 0xe9\); save it as UTF-8"):
        load_corpus(path)


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    # Excel's "Unicode Text" and Notepad's "Unicode" save so.
    path = tmp_path / "faq.tsv"
    path.write_bytes("question\tanswer\nWhat’s on?\tCrêpes.\n".encode("utf-16"))
    assert [(e.heading, e.answer, e.line) for e in load_corpus(path).entries] == [("What’s on?", "Crêpes.", 2)]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    # Some tools save UTF-16 without its mark: read as UTF-8, a NUL stood between every two
    # letters, and the file "holds no FAQ entries".
    path = tmp_path / "faq.md"
    path.write_bytes("## What’s on?\n\nCrêpes.\n".encode(encoding))
    assert [(e.heading, e.answer, e.line) for e in load_corpus(path).entries] == [("What’s on?", "Crêpes.", 1)]


def test_a_question_written_in_quotation_marks_is_asked_without_them(tmp_path: Path) -> None:
    # Interview notes and some FAQs quote each question: the heading kept its quotes, and a fold's
    # '"How …?"' only its opening one (its closing one went with the fold's glyph).
    (tmp_path / "faq.md").write_text('## "Is it free?"\n\nYes.\n\n> [!faq]- "How do I join?"\n> Fill in the form.\n\n## "Members" or "guests"?\n\nBoth.\n', encoding="utf-8")
    (tmp_path / "faq.csv").write_text('question,answer\n“Can I bring my dog?”,On a lead.\n\'Tis the season?,Yes.\n', encoding="utf-8")
    assert sorted(e.heading for e in load_corpus(tmp_path).entries) == ['"Members" or "guests"?', "'Tis the season?", "Can I bring my dog?", "How do I join?", "Is it free?"]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="holds no FAQ files"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="/dev/null: not a file or folder"):  # a device is neither, but exists
        load_corpus("/dev/null")


def test_duplicate_headings_warn_with_both_places(tmp_path: Path, caplog) -> None:
    path = tmp_path / "faq.jsonl"
    path.write_text('{"question": "Is it free?", "answer": "Yes."}\n{"question": "is it free?", "answer": "No."}\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        load_corpus(path)
    assert "faq.jsonl:1" in caplog.text and "faq.jsonl:2" in caplog.text


def test_one_question_in_two_sections_is_no_duplicate(tmp_path: Path, caplog) -> None:
    """ "Is it free?" under "Museum" and under "Library" asks two things; the bot tells them apart."""
    path = tmp_path / "faq.jsonl"
    rows = [
        ("Is it free?", "Yes, on Sundays.", "Visits / Museum"), ("Is it free?", "Yes, for residents.", "Visits / Library"), ("is it free?", "No.", "Visits / Library"),
        ("Can I park?", "Yes.", "Museum / Access"), ("Can I park?", "No.", "Library / Access"),  # sections of one name, in two places
    ]
    path.write_text("".join(json.dumps({"question": q, "answer": a, "category": c}) + "\n" for q, a, c in rows), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        load_corpus(path)
    assert "faq.jsonl:1" not in caplog.text  # the museum's question is asked once in its section
    assert "faq.jsonl:2 and faq.jsonl:3" in caplog.text
    assert "faq.jsonl:4" not in caplog.text


def test_a_question_asked_in_two_sections_is_named_with_as_much_of_its_category_as_tells_them_apart() -> None:
    questions = [
        ("Is it free?", "Visits / Museum"), ("Is it free?", "Visits / Library"),  # the last names differ
        ("How do I log in?", "Staff / General"), ("How do I log in?", "Students / General"),  # they do not
        ("Where is it?", "Visits / Museum"), ("where is it", "Visits / Museum"),  # copies in one section
        ("Who runs it?", "Visits / Museum"),
    ]
    assert told_apart(questions) == [
        "Is it free? (Museum)", "Is it free? (Library)",
        "How do I log in? (Staff / General)", "How do I log in? (Students / General)",
        "Where is it?", "where is it", "Who runs it?",
    ]


def test_a_query_file_for_eval_kept_beside_the_faq_is_skipped_not_read_as_entries(tmp_path: Path, caplog) -> None:
    # Before, each of its questions was an entry with no answer, and the whole FAQ was refused.
    (tmp_path / "faq.txt").write_text("Is it free?\nYes.\n", encoding="utf-8")
    (tmp_path / "questions.jsonl").write_text('{"query": "does it cost anything", "expect": ["Is it free?"]}\n{"query": "where is it", "expect": []}\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path)
    assert ([e.heading for e in corpus.entries], corpus.unread) == (["Is it free?"], ("questions.jsonl",))
    assert 'questions.jsonl: is a query file for `faqbot eval` ("query" and "expect" in each record), not FAQ entries; skipped' in caplog.text
    (tmp_path / "questions.jsonl").write_text('{"query": "does it cost anything", "expect": ["Is it free?"], "answer": "No."}\n', encoding="utf-8")
    assert "does it cost anything" in [e.heading for e in load_corpus(tmp_path).entries]  # an entry that has an answer is one
    # Written in YAML like the FAQ beside it: skipped alike.
    (tmp_path / "questions.jsonl").unlink()
    (tmp_path / "questions.yaml").write_text("- query: does it cost anything\n  expect: Is it free?\n- query: where is it\n  expect: []\n", encoding="utf-8")
    assert ([e.heading for e in load_corpus(tmp_path).entries], load_corpus(tmp_path).unread) == (["Is it free?"], ("questions.yaml",))


def test_a_folder_names_the_files_it_cannot_read_and_counts_a_sites_images_by_kind(tmp_path: Path, caplog) -> None:
    # A site's folder holds hundreds of images and styles beside its FAQ page: a warning line each
    # drowned the one that mattered. A few are named; many are counted; an office file is always
    # named, with how to save it.
    (tmp_path / "faq.txt").write_text("Is it free?\nYes.\n", encoding="utf-8")
    (tmp_path / "old-faq.pages").write_bytes(b"PK\x03\x04")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    with caplog.at_level(logging.WARNING):
        load_corpus(tmp_path)
    assert "logo.png: skipped, not a supported FAQ format (use .txt, .md" in caplog.text
    assert "old-faq.pages: skipped, not a supported FAQ format (save it as a Word document (.docx)" in caplog.text
    for index in range(6):
        (tmp_path / f"photo-{index}.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "site.css").write_text("body {}", encoding="utf-8")
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert [e.heading for e in load_corpus(tmp_path).entries] == ["Is it free?"]
    assert f"{tmp_path}: skipped 8 files not in a supported FAQ format (.jpg 6, .png 1, .css 1; use .txt, .md" in caplog.text
    assert "photo-0.jpg" not in caplog.text and "old-faq.pages: skipped" in caplog.text


def test_a_skipped_page_is_read_once_and_its_reason_kept(tmp_path: Path, monkeypatch) -> None:
    """What a site's other page holds instead of questions is what its reader said the one time it read it."""
    from faqbot.corpus import loader

    reads: list[str] = []
    read_html = loader.READERS[".html"]
    monkeypatch.setitem(loader.READERS, ".html", lambda path: reads.append(path.name) or read_html(path))
    (tmp_path / "faq.txt").write_text("Is it free?\nYes.\n", encoding="utf-8")
    (tmp_path / "about.html").write_text("<html><body><h1>About us</h1><p>We are a club.</p></body></html>", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert reads == ["about.html"]
    [(file, why)] = corpus.skipped
    assert (file, corpus.unread) == ("about.html", ("about.html",))
    assert why.startswith("no schema.org FAQPage found")


def test_a_folder_skips_a_file_without_entries_but_not_every_file(tmp_path: Path) -> None:
    (tmp_path / "faq.txt").write_text("Is it free?\nYes.\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nNothing to ask.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert [(e.heading, e.category) for e in corpus.entries] == [("Is it free?", "")]  # one file of entries: no categories
    assert (corpus.unread, corpus.description) == (("README.md",), "")  # nor the README's title as the FAQ's
    # A README of sections on the project, beside a chatbot's exported FAQ: its sections were answers.
    (tmp_path / "README.md").write_text("# Bot\n\n## Deployment\n\nZip the folder.\n\n## How do I test it?\n\nChat with it.\n", encoding="utf-8")
    assert [e.heading for e in load_corpus(tmp_path).entries] == ["How do I test it?", "Is it free?"]
    (tmp_path / "README.md").write_text("# Bot\n\n## Deployment\n\nZip the folder.\n", encoding="utf-8")
    assert load_corpus(tmp_path).skipped == (("README.md", "is the folder's README, whose sections ask nothing"),)
    assert [e.heading for e in load_corpus(tmp_path / "README.md").entries] == ["Deployment"]  # alone, it is the FAQ given
    (tmp_path / "README.md").write_text("# About this folder\n\nNothing to ask.\n", encoding="utf-8")
    (tmp_path / "faq.txt").write_text("No questions here.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="holds no FAQ entries"):
        load_corpus(tmp_path)
    # With none read, each file says why: the FAQ's own fault was hidden behind the README's.
    (tmp_path / "faq.txt").unlink()
    (tmp_path / "faq.json").write_text('{"faq": {"free": {"q": 1}}}', encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        load_corpus(tmp_path)
    assert str(error.value).splitlines() == [
        "no file of the corpus holds FAQ entries:",
        f"  {tmp_path / 'README.md'}: holds no FAQ entries (write a heading per question ('## How do I join?') with its answer below it)",
        f"  {tmp_path / 'faq.json'}: expected a JSON list of entries, an object with an 'entries' list, or an object mapping questions to answers; got fields (faq)",
    ]
