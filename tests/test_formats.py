"""Authoring formats: Markdown, FAQ web pages (JSON-LD and microdata), YAML, and alternates everywhere."""

from __future__ import annotations

import codecs
import json
import logging
import re
import subprocess
import sys
import textwrap
import warnings
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from bs4 import Tag

from faqbot import CorpusError
from faqbot.cli import main
from faqbot.corpus import load_corpus
from faqbot.corpus.loader import name_of_file, read_corpus
from faqbot.evaluate import load_queries
from tests.conftest import ROOT


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


LIBRARY_MD = """\
    # City Library FAQ

    Answers about cards, loans and rooms at the **City Library**.

    ## Membership

    ### How do I get a library card?
    Also asked: Where can I sign up? | How do I join the library?

    Bring a photo ID to any branch desk. Cards are *free* for residents.

    - Adults: photo ID
    - Children: a parent signs

    ### Can I renew my card online?
    Yes, at [our site](https://library.example/renew).

    ```
    # a comment in a code block, not a heading
    ```

    ## Is there wifi?
    Yes, the network is `CityLib`.
    """


def test_markdown_headings_are_entries_and_parents_are_categories(tmp_path: Path) -> None:
    corpus = load_corpus(write(tmp_path, "library.md", LIBRARY_MD))
    assert corpus.description == "City Library FAQ\n\nAnswers about cards, loans and rooms at the City Library."
    assert [(e.heading, e.category, e.line) for e in corpus.entries] == [
        ("How do I get a library card?", "Membership", 7),
        ("Can I renew my card online?", "Membership", 15),
        ("Is there wifi?", "", 22),
    ]
    # A section's title introducing its questions with a colon (a Word draft's "Sharing data:") names it without.
    introduced = "# FAQ\n\n## Sharing data:\n\n### Why share?\nBecause.\n"
    assert [e.category for e in load_corpus(write(tmp_path, "faq.md", introduced)).entries] == ["Sharing data"]


def test_markdown_answers_become_clean_text_with_paragraphs_lists_and_links(tmp_path: Path) -> None:
    card, renew, wifi = load_corpus(write(tmp_path, "library.md", LIBRARY_MD)).entries
    assert card.answer == "Bring a photo ID to any branch desk. Cards are free for residents.\n\n- Adults: photo ID\n- Children: a parent signs"
    assert card.alternates == ("Where can I sign up?", "How do I join the library?")
    assert renew.answer == "Yes, at our site (https://library.example/renew).\n\n```\n# a comment in a code block, not a heading\n```"
    assert wifi.answer == "Yes, the network is `CityLib`."


def test_an_emojis_shortcode_in_markdown_shows_the_emoji_as_github_shows_it(tmp_path: Path) -> None:
    # A FAQ.md's headings open with ":question:" and its sections with ":truck:": shown and asked so.
    text = "## :truck: Shipping\n\n### :question: How long does it take?\n\nTwo days :rocket: (order by 10:30:00).\n\n"
    text += "### Can I track it?\n\nRun `track :rocket:`; :not_an_emoji: stays.\n"
    entries = load_corpus(write(tmp_path, "FAQ.md", text)).entries
    assert [(e.heading, e.category, e.answer) for e in entries] == [
        ("❓ How long does it take?", "🚚 Shipping", "Two days 🚀 (order by 10:30:00)."),
        ("Can I track it?", "🚚 Shipping", "Run `track :rocket:`; :not_an_emoji: stays."),
    ]


def test_markdown_nested_categories_and_documents_that_use_hash_for_entries(tmp_path: Path) -> None:
    nested = write(tmp_path, "a.md", "## Orders\n### Shipping\n#### How fast?\nTwo days.\n### Returns\n#### Can I return?\nYes.\n")
    assert [e.category for e in load_corpus(nested).entries] == ["Orders / Shipping", "Orders / Returns"]
    flat = write(tmp_path, "b.md", "Intro text.\n\n# Is it free?\nYes.\n\n# Is it open?\nNo.\n")
    corpus = load_corpus(flat)
    assert [e.heading for e in corpus.entries] == ["Is it free?", "Is it open?"]
    assert corpus.description == "Intro text."


CLUB_MD = """\
    # Chess club FAQ

    ## Playing

    **When do you meet?**
    Every Tuesday from 19:00.

    Q: Can I bring a friend?
    A: Guests may visit twice for free.

    ## Joining
    Membership is open to all.

    **Q:** Can children join?
    **A:** Yes, from age 8.

    ## Do I need to be rated?
    No.

    **Still unsure?**
    Ask at the desk.
    """


def test_markdown_questions_in_bold_or_labelled_q_are_entries_of_their_section(tmp_path: Path) -> None:
    # Written this way, each was read as more of the answer above it (or the file as holding none).
    corpus = load_corpus(write(tmp_path, "club.md", CLUB_MD))
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("When do you meet?", "Every Tuesday from 19:00.", "Playing", 5),
        ("Can I bring a friend?", "Guests may visit twice for free.", "Playing", 8),
        ("Joining", "Membership is open to all.", "", 11),  # a section's own text is kept, as an entry
        ("Can children join?", "Yes, from age 8.", "Joining", 14),
        ("Do I need to be rated?", "No.\n\nStill unsure? Ask at the desk.", "", 17),  # under a question: its answer
    ]


def test_sub_headings_that_ask_nothing_are_part_of_the_answer_to_a_question(tmp_path: Path) -> None:
    text = "## Installing\n### How do I install it?\nPick your system.\n#### Windows\nRun the installer.\n#### Linux\nUse the AppImage.\n### Is it free?\nYes.\n"
    corpus = load_corpus(write(tmp_path, "a.md", text))
    assert [(e.heading, e.answer, e.category) for e in corpus.entries] == [
        ("How do I install it?", "Pick your system.\n\nWindows\nRun the installer.\n\nLinux\nUse the AppImage.", "Installing"),  # a heading opens its paragraph
        ("Is it free?", "Yes.", "Installing"),
    ]


def test_a_table_of_contents_is_not_an_entry(tmp_path: Path) -> None:
    text = "# FAQ\n\n## Contents\n\n- [Is it free?](#is-it-free)\n- [Is it open?](#is-it-open)\n\n## Is it free?\nYes.\n\n## Is it open?\nNo.\n"
    text += "\n## Where are the rules?\n- [Club rules](#rules)\n- [Fees](#fees)\n"  # a question answered with links is kept
    text += "\n## See also\n- [QUICKSTART.md](QUICKSTART.md) - the first steps\n"  # a documentation page's pointers answer nothing
    assert [e.heading for e in load_corpus(write(tmp_path, "a.md", text)).entries] == ["Is it free?", "Is it open?", "Where are the rules?"]
    # Nor does it name a category of the questions it lists, under it.
    over = "# FAQ\n\n### Contents\n\n- [Is it free?](#is-it-free)\n- [Is it open?](#is-it-open)\n\n#### Is it free?\nYes.\n\n#### Is it open?\nNo.\n"
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "a.md", over)).entries] == [("Is it free?", ""), ("Is it open?", "")]
    under_title = "# Club FAQ\n- [Is it free?](#is-it-free)\n- [Is it open?](#is-it-open)\n\n## Is it free?\nYes.\n\n## Is it open?\nNo.\n"
    assert load_corpus(write(tmp_path, "a.md", under_title)).description == "Club FAQ"  # the contents introduce nothing


def test_a_markdown_faq_that_sets_its_questions_apart_by_nothing_is_read_by_the_lines_that_ask(tmp_path: Path) -> None:
    # Written as plain text in a .md file, it was refused as holding no entries; as .txt it was read.
    text = "# Club FAQ\n\nIs it free?\nYes, for members.\n\nWhere?\n\nIn the hall.\n\n```\nWhy?\nCode.\n```\n\nWhat to bring?\n- Shoes\n"
    entries = load_corpus(write(tmp_path, "faq.md", text)).entries
    assert [(e.heading, e.answer, e.line) for e in entries] == [
        ("Is it free?", "Yes, for members.", 3), ("Where?", "In the hall.\n\n```\nWhy?\nCode.\n```", 6), ("What to bring?", "- Shoes", 15),
    ]
    with pytest.raises(CorpusError, match="holds no FAQ entries"):  # asking once, as a README does, is no FAQ
        load_corpus(write(tmp_path, "faq.md", "# Tool\n\nWhy another tool?\nBecause.\n\nRun it.\n"))
    # Numbered paragraphs each asking and answering on their first line (a Kafka tool's docs): refused.
    inline = "# FAQ\n\n1\\. Is it open source? Yes, fully open source, and it remains\nthe same.\n\n2\\. Who manages it? The open source team.\n"
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.md", inline)).entries] == [
        ("Is it open source?", "Yes, fully open source, and it remains the same.", 3), ("Who manages it?", "The open source team.", 6)]


def test_a_markdown_definition_list_of_questions_is_read(tmp_path: Path) -> None:
    # MkDocs' def_list, as a package manager's docs write their FAQ: each section became one entry
    # holding all its questions, and the answers' later paragraphs were code.
    text = "# FAQ\n\n## General\n\nWhat is it?\n\n:   A package manager.\n\n    It runs anywhere.\n\nIs it free?\n: Yes.\n\nAPI\n:   Not a question: a glossary term.\n"
    entries = load_corpus(write(tmp_path, "faq.md", text)).entries
    assert [(e.heading, e.answer, e.category, e.line) for e in entries] == [
        ("What is it?", "A package manager.\n\nIt runs anywhere.", "General", 5), ("Is it free?", "Yes.\n\nAPI : Not a question: a glossary term.", "General", 11),  # a term that asks nothing stays text
    ]


def test_a_markdown_table_of_questions_and_answers_gives_an_entry_per_row(tmp_path: Path) -> None:
    # As a README keeps a short FAQ, "| Question | Answer |": the table was one answer of its section's title.
    text = "# Tool\n\nAn intro.\n\n## Frequently asked questions\n\n| Question | Answer |\n|---|---|\n| **Is it free?** | Yes, Apache-2.0. |\n"
    text += "| Can I use it offline? | No. |\n\n## Shipping\n\n### Do you ship abroad?\n\nYes, at these rates:\n\n| Zone | Cost |\n|---|---|\n| EU | 5 |\n"
    entries = load_corpus(write(tmp_path, "README.md", text)).entries
    assert [(e.heading, e.answer, e.category, e.line) for e in entries] == [
        ("Is it free?", "Yes, Apache-2.0.", "", 9), ("Can I use it offline?", "No.", "", 10),
        ("Do you ship abroad?", "Yes, at these rates:\n\nZone | Cost\nEU | 5", "Shipping", 14),  # another table is answer text
    ]
    # After a fold of questions closes, a table is no longer inside it; it was dropped.
    folded = "# FAQ\n\n<details><summary>Billing</summary>\n\n<details><summary>Is it free?</summary>\n\nYes.\n\n</details>\n\n</details>\n\n"
    folded += "| Question | Answer |\n|---|---|\n| Can I park? | Behind the hall. |\n"
    entries = load_corpus(write(tmp_path, "folded.md", folded)).entries
    assert [(e.heading, e.category) for e in entries] == [("Is it free?", "Billing"), ("Can I park?", "")]


def test_a_web_page_keeping_its_faq_as_a_table_of_questions_and_answers_is_read(tmp_path: Path) -> None:
    # A page written on one line, as generators write them: its rows share the line and stay apart.
    page = "<table><tr><th>Question</th><th>Answer</th></tr><tr><td>Is it free?</td><td>Yes.</td></tr><tr><td>Can I use it offline?</td><td>No.</td></tr></table>"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [("Is it free?", "Yes."), ("Can I use it offline?", "No.")]


def test_a_question_table_under_a_title_row_is_read_in_every_document_format(tmp_path: Path) -> None:
    # A title across the table over its "Question | Answer" header hid the table: a library's Word
    # FAQ was refused as holding no entries. The title names the rows' category, as a heading would.
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Borrowing"
    for number, cells in enumerate([("Question", "Answer"), ("How many books can I borrow?", "Twelve.")], start=1):
        for column, text in enumerate(cells):
            table.cell(number, column).text = text
    document.save(tmp_path / "library.docx")
    write(tmp_path, "library.html", "<table><tr><th colspan=2>Borrowing</th></tr><tr><th>Question</th><th>Answer</th></tr><tr><td>How long can I keep them?</td><td>Three weeks.</td></tr></table>")
    write(tmp_path, "library.md", "| Borrowing | |\n|---|---|\n| Question | Answer |\n| Can I renew online? | Yes. |\n")
    entries = load_corpus(tmp_path).entries
    assert [(e.heading, e.category, e.file) for e in entries] == [
        ("How many books can I borrow?", "Borrowing", "library.docx"), ("How long can I keep them?", "Borrowing", "library.html"), ("Can I renew online?", "Borrowing", "library.md"),
    ]


def test_a_web_page_tables_answer_keeps_its_lines_steps_and_links(tmp_path: Path) -> None:
    # Read as one line of text: "Hold the button. Wait for the beep. Enter the new code.", the
    # steps unnumbered and the link's address lost.
    rows = ("<tr><td>How do I<br>reset the lock?</td><td><p>Hold the button.</p><ol><li>Wait for the beep.</li><li>Enter the <a href='https://example.org/codes'>new code</a>.</li></ol></td></tr>"
            "<tr><td>Where?</td><td>Main St<br>Riverton</td></tr>")
    page = f"<table><tr><th>Question</th><th>Answer</th></tr>{rows}</table>"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I reset the lock?", "Hold the button.\n\n1. Wait for the beep.\n2. Enter the new code (https://example.org/codes)."),
        ("Where?", "Main St\nRiverton"),
    ]


def test_a_hand_kept_table_of_contents_is_still_left_out(tmp_path: Path) -> None:
    # As real FAQ.md files keep them: bold group links, items wrapped over lines, one item without its link.
    text = "# FAQ\n\n## Contents {#toc}\n\n**[Setup](#setup)**\n\n- [How do I install\n  it on Windows?](#install)\n- [Is it free?](#free)\n"
    text += "- [Is it open?](#open)\n- [Where is it?](#where)\n- [Who runs it?](#who)\n- Why blue?\n\n"
    text += "## How do I install it on Windows?\nRun the installer.\n\n## Is it free?\nYes.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "a.md", text)).entries] == ["How do I install it on Windows?", "Is it free?"]


def test_markdown_reference_links_defined_at_the_end_keep_their_address_in_every_answer(tmp_path: Path) -> None:
    # Each answer was rendered alone: "[membership form][form]" stayed as typed in all but the last.
    text = "# Club\n\nSee [our site][site].\n\n## How do I join?\nFill in the [membership form][form].\n\n## Where?\nAt the [hall].\n\n[form]: https://example.org/join\n[hall]: https://example.org/hall\n[site]: https://example.org\n"
    corpus = load_corpus(write(tmp_path, "club.md", text))
    assert [e.answer for e in corpus.entries] == ["Fill in the membership form (https://example.org/join).", "At the hall (https://example.org/hall)."]
    assert corpus.description == "Club\n\nSee our site (https://example.org)."


def test_github_alerts_show_their_kind_and_kramdown_attribute_lists_show_nothing(tmp_path: Path) -> None:
    # "> [!NOTE]" showed as typed, and so did a Jekyll theme's "{: .notice--info}" under a paragraph.
    text = "## Is it free?\n\n> [!NOTE]\n> Members only.\n\nYes, for members.\n{: .notice--info}\n\n**Ask at the desk**{: .red}, or write `{: .x}` or ``{: .y}``.\n"
    [entry] = load_corpus(write(tmp_path, "faq.md", text)).entries
    assert entry.answer == "Note: Members only.\n\nYes, for members.\n\nAsk at the desk, or write `{: .x}` or `{: .y}`."  # code in two backticks too
    # Just the Docs pages mark the list kramdown fills with the page's contents: "Contents" was an entry answered "1. TOC".
    contents = "# FAQ\n{: .no_toc }\n\n## Contents\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n\n## Is it free?\n\nYes.\n\n- Members\n{: .list}\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.md", contents)).entries] == [("Is it free?", "Yes.\n\n- Members")]


def test_obsidian_callouts_titled_with_a_question_are_entries(tmp_path: Path) -> None:
    # Obsidian and Quartz FAQs fold each answer in a callout titled with its question; the
    # questions and answers were read as the page's description, and no entry was found.
    text = ("# Club FAQ\n\n> [!faq]- How do I join?\n> Fill in the form.\n>\n> Bring a photo.\n\n"
            "> [!question]+ Is it free?\n> No, 40 euros a year.\n> > [!tip] Members' children\n> > Free.\n\n> Just a quote.\n")
    corpus = load_corpus(write(tmp_path, "faq.md", text))
    assert corpus.description == "Club FAQ"
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form.\n\nBring a photo.", 3),
        ("Is it free?", "No, 40 euros a year. Members' children: Free.\n\nJust a quote.", 8),  # the nested callout too
    ]


def test_content_tabs_show_their_label_over_their_body(tmp_path: Path) -> None:
    # MkDocs Material's '=== "Windows"' showed as typed with its body as code; Docusaurus's
    # '<TabItem label="Windows">' lost its label, so two platforms' steps ran together.
    text = '## How do I install it?\n\n=== "Windows"\n\n    Run the installer.\n\n=== "macOS"\n\n    Use Homebrew.\n'
    assert load_corpus(write(tmp_path, "faq.md", text)).entries[0].answer == "Windows:\n\nRun the installer.\n\nmacOS:\n\nUse Homebrew."
    text = '## How do I install it?\n\n<Tabs>\n  <TabItem value="win" label="Windows">\n\nRun the installer.\n\n  </TabItem>\n  <TabItem value="mac" label="macOS">\n\nUse Homebrew.\n\n  </TabItem>\n</Tabs>\n'
    assert load_corpus(write(tmp_path, "faq.mdx", text)).entries[0].answer == "Windows:\n\nRun the installer.\n\nmacOS:\n\nUse Homebrew."
    # Hugo themes name a tab other ways too: Docsy's header=, Hextra's name=.
    text = '## How do I install it?\n\n{{< tabpane >}}\n{{< tab header="Windows" >}}\nRun the installer.\n{{< /tab >}}\n{{< tab name="macOS" >}}\nUse Homebrew.\n{{< /tab >}}\n{{< /tabpane >}}\n'
    assert load_corpus(write(tmp_path, "faq.md", text)).entries[0].answer == "Windows: Run the installer.\n\nmacOS: Use Homebrew."


def test_markdown_footnotes_are_written_out_under_the_answers_that_cite_them(tmp_path: Path) -> None:
    # GitHub and kramdown footnotes: the definitions at the end were the last entry's answer, and
    # each answer citing one said "[^1]" and no more.
    text = "## Is it free?\nYes, for members.[^fee] Write `[^fee]` to cite one.\n\n## Where is it?\nOn Mill Lane[^map], by the [^fee] sign.\n\n"
    text += "[^fee]: Members pay ten pounds a year.\n\n    Juniors pay five.\n[^map]: Behind the church.\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "club.md", text)).entries] == [
        "Yes, for members.[1] Write `[^fee]` to cite one.\n\n[1] Members pay ten pounds a year.\n\nJuniors pay five.",
        "On Mill Lane[1], by the [2] sign.\n\n[1] Behind the church.\n\n[2] Members pay ten pounds a year.\n\nJuniors pay five.",
    ]
    # A question citing one said "How do I join?[^1]", and the note was lost: it goes under the answer
    # (reStructuredText's and Org's footnotes are read the same way).
    text = "## How do I join?[^1]\n\nFill in the form.\n\n## Is it free?[^x]\n\nNo.\n\n[^1]: Members only.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "join.md", text)).entries] == [
        ("How do I join?", "Fill in the form.\n\nMembers only."), ("Is it free?[^x]", "No."),  # a reference to no note stays
    ]


def test_markdown_headings_lose_a_q_label_and_answers_an_a_label(tmp_path: Path) -> None:
    entry, = load_corpus(write(tmp_path, "a.md", "### Q: Is it free?\nA: Yes, for members.\n")).entries
    assert (entry.heading, entry.answer) == ("Is it free?", "Yes, for members.")


def test_an_answer_label_in_a_paragraph_all_in_bold_leaves_no_marks_behind(tmp_path: Path) -> None:
    # The label took the bold's opening "**" with it, and the answer ended "Yes, for members.**".
    entry, = load_corpus(write(tmp_path, "a.md", "## Is it free?\n\n**Answer: Yes, for members.**\n")).entries
    assert entry.answer == "Yes, for members."


def test_a_question_and_its_labelled_answer_on_one_line(tmp_path: Path) -> None:
    # As documents written by hand put them ("Q1: … A1: …"); the answer was part of the question.
    text = "Q1: Is it free? A1: Yes, for members.\nGuests pay.\n\nQ2: Is it open? Now? A2: No.\n\nQ: What if? Then what?\n\nA: Ask.\n"
    corpus = load_corpus(write(tmp_path, "a.md", text))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("Is it free?", "Yes, for members. Guests pay.", 1),
        ("Is it open? Now?", "No.", 4),
        ("What if? Then what?", "Ask.", 6),  # no answer label on its line: all of it asks
    ]
    text = "Q1: Is it free? A1: Yes, for members.\nGuests pay.\n\nQ2: Is it open? Now? A2: No.\n"
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "a.txt", text)).entries] == [
        ("Is it free?", "Yes, for members.\nGuests pay.", 1),
        ("Is it open? Now?", "No.", 4),
    ]


def test_numbered_labelled_questions_wrapped_before_their_answers_label(tmp_path: Path) -> None:
    # An IT firm's FAQ for its chatbot, printed to PDF ("1. Frage: … ? Antwort: …", wrapped as the
    # page did): 93 questions were read as 4, their labels and numbers in them.
    text = (
        "Fragen und Antworten:\n"
        "1. Frage: Bieten Sie Remote-Support an? Antwort: Ja, um Ihnen\nschnell zu helfen.\n"
        "2. Frage: Wie erreiche ich den Support außerhalb der\nGeschäftszeiten? Antwort: Rund um die Uhr.\n"
        "3. Frage: Wie schütze ich mein Unternehmen? Antwort:\nMit unseren Lösungen.\n"
    )
    expected = [
        ("Bieten Sie Remote-Support an?", "Ja, um Ihnen schnell zu helfen."),
        ("Wie erreiche ich den Support außerhalb der Geschäftszeiten?", "Rund um die Uhr."),  # the answer's label on the line it wraps onto
        ("Wie schütze ich mein Unternehmen?", "Mit unseren Lösungen."),  # the label ends its line: the answer is under it
    ]
    for name in ("faq.md", "faq.txt"):
        corpus = load_corpus(write(tmp_path, name, text))
        assert [(e.heading, " ".join(e.answer.split())) for e in corpus.entries] == expected, name
        assert corpus.description.rstrip(":") == "Fragen und Antworten"


def test_a_title_over_nothing_is_no_entry_and_section_numbers_are_not_asked(tmp_path: Path) -> None:
    # Documents number their sections, and open chapters with a title alone ("Chapter one"): both
    # were refused as entries without an answer. A question without one still is an entry, reported.
    text = "## Chapter one\n\n## 1.1 General\n\n### 1.1.1 What is it?\nA club.\n\n### 1.1.2 Is it new?\n\n## 3.5 mm plugs?\nYes.\n"
    assert [(e.heading, e.answer, e.category) for e in read_corpus(write(tmp_path, "a.md", text)).entries] == [
        ("What is it?", "A club.", "General"),  # a section's number is the document's numbering, not its name
        ("Is it new?", "", "General"),
        ("3.5 mm plugs?", "Yes.", ""),  # a measure, not a section number
    ]


def test_numbered_bold_questions_are_entries_with_their_answers(tmp_path: Path) -> None:
    text = "## FAQ\n1. **How do I read a trace? **\nUse the printer:\n```\ntracePrint t.bin\n```\n\n2. **What are the units?**\n   Seconds.\n\n"
    text += "## Support\nAsk us about:\n\n- **How do I reset?**\n- **Where is my order?**\n"  # bare bold questions: text
    corpus = load_corpus(write(tmp_path, "a.md", text))
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I read a trace?", "Use the printer:\n\n```\ntracePrint t.bin\n```", "", 2),  # "FAQ" names the document, no category
        ("What are the units?", "Seconds.", "", 8),
        ("Support", "Ask us about:\n\n- How do I reset?\n- Where is my order?", "", 11),
    ]


def test_tables_in_answers_keep_their_rows_and_cells_apart(tmp_path: Path) -> None:
    # A GitHub table was one line of pipes, and an HTML table's cells ran together ("BasicFree").
    markdown = "## What does it cost?\n\n| Plan | Price |\n|---|---|\n| Basic | Free |\n| Pro | 5 EUR |\n"
    assert load_corpus(write(tmp_path, "a.md", markdown)).entries[0].answer == "Plan | Price\nBasic | Free\nPro | 5 EUR"
    table = "question,answer\nWhat does it cost?,<p>Plans:</p><table><tr><th>Plan</th><th>Price</th></tr><tr><td>Basic</td><td>Free</td></tr></table>\n"
    assert load_corpus(write(tmp_path, "b.csv", table)).entries[0].answer == "Plans:\n\nPlan | Price\nBasic | Free"


def test_a_bold_line_that_asks_nothing_stays_part_of_its_answer(tmp_path: Path) -> None:
    entry, = load_corpus(write(tmp_path, "a.md", "## Is it free?\n**Yes.**\nFor members.\n\n**Note: bring ID?** is asked at the desk.\n")).entries
    assert entry.answer == "Yes. For members.\n\nNote: bring ID? is asked at the desk."


def test_plain_text_labelled_q_and_a_needs_no_separator_lines(tmp_path: Path) -> None:
    text = "Shop questions.\n\nQ: How long does delivery take?\nA: Three days.\nExpress: one.\n\nQuestion: Opening hours\nAnswer: 9 to 5.\n"
    corpus = load_corpus(write(tmp_path, "shop.txt", text))
    assert corpus.description == "Shop questions."
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("How long does delivery take?", "Three days.\nExpress: one.", 3),
        ("Opening hours", "9 to 5.", 7),
    ]


def test_an_answer_labelled_again_on_a_later_line_loses_that_label_too(tmp_path: Path) -> None:
    # The chat showed "No.\nA: Guide dogs are welcome." as the answer.
    text = "Q: Can I bring a dog?\nA: No.\nA: Guide dogs are welcome.\n\nQ: Is it free?\nA: Yes.\nAfter 5pm: no.\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "shop.txt", text)).entries] == ["No.\nGuide dogs are welcome.", "Yes.\nAfter 5pm: no."]


def test_an_answer_label_typed_against_its_answer_under_a_labelled_question_is_dropped(tmp_path: Path) -> None:
    # "Q. Undergraduate" over "A. Our plans…" lost its labels, "A.Our plans…" kept its own; an
    # abbreviation opening an answer ("A.I.") is no label.
    text = "Q. Is it free?\nA.Yes, for members.\n\nQ. What is A.I.?\nA.I. is a field of study.\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == ["Yes, for members.", "A.I. is a field of study."]


def test_a_page_listing_its_questions_and_answers_as_labelled_items_drops_the_answers_labels(tmp_path: Path) -> None:
    # A rental site lists "Q." and "A." items one after the other: each answer read "- A. …".
    items = "".join(f"<li>Q. {question}</li><li>A. {answer}</li><br>" for question, answer in (("Is there a fee?", "Only the rent."), ("Can I cancel?", "Until the day.")))
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", f"<h2>Renting</h2><ul>{items}</ul>")).entries] == [
        ("Is there a fee?", "Only the rent."), ("Can I cancel?", "Until the day.")]


def test_a_question_label_after_an_emoji_is_dropped(tmp_path: Path) -> None:
    # A case manager's Word FAQ opened each question "❓Q. …": the emoji and the label were the question's.
    text = "❓Q. Will I have to learn a new system?\nA: No.\n\n🔹 Q: How much does it cost?\nA: Nothing.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("Will I have to learn a new system?", "No."), ("How much does it cost?", "Nothing.")]


def test_ques_and_ans_labels_are_dropped(tmp_path: Path) -> None:
    # As FAQs written in India label them: "Ques. How do I book the hall?" was the question.
    text = "Ques. How do I book the hall?\nAns. Call the office.\n\nQues: Is there parking?\nAns: Yes.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "hall.txt", text)).entries] == [
        ("How do I book the hall?", "Call the office."),
        ("Is there parking?", "Yes."),
    ]


def test_question_and_answer_labels_in_the_faqs_own_language(tmp_path: Path) -> None:
    # Before, "Pregunta:" and "Frage:" lines were answer text, and the whole file one entry.
    text = "Pregunta: ¿Cómo me registro?\nRespuesta: En la portada.\n\nFrage 2: Wie melde ich mich an? Antwort 2: Auf der Startseite.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("¿Cómo me registro?", "En la portada."),
        ("Wie melde ich mich an?", "Auf der Startseite."),
    ]



def test_a_troubleshooting_faqs_problems_and_solutions_are_its_questions_and_answers(tmp_path: Path) -> None:
    # A support team's notes pair "Problem:" with "Solution:" (a Word document in Chinese: "问题描述:"
    # over "解决方案:"): read as one entry's text, or none at all.
    text = "Known issues\n\nProblem: The app shows 0 H/s\nSolution: Wait a few minutes.\n\nProblem: Payouts are late\n\nSolution: Check the minimum.\n\nProblem:\nSolution:\n"
    corpus = load_corpus(write(tmp_path, "issues.txt", text))
    assert [(e.heading, e.answer) for e in corpus.entries] == [("The app shows 0 H/s", "Wait a few minutes."), ("Payouts are late", "Check the minimum.")]  # a blank pair: a slot left
    listed = "### 维护FAQ\n\n1. 问题描述:  应用程序无法下发\n- 解决方案:  开启sftp服务\n2. 问题描述:  相机不在线\n- 解决方案:  检查rtsp地址\n"
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.md", listed)).entries] == [
        ("应用程序无法下发", "开启sftp服务", "维护FAQ"), ("相机不在线", "检查rtsp地址", "维护FAQ"),
    ]
    # In a FAQ that asks its questions, its answers' "Symptom:" and "Solution:" lines stay theirs.
    asked = "## Why is it slow?\n\nSymptom: pages hang.\n\nSolution: wait.\n\n## Why does it fail?\n\nSymptom: error 429.\n\nSolution: slow down.\n\n## Is it free?\n\nYes.\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "faq.md", asked)).entries] == [
        "Symptom: pages hang.\n\nSolution: wait.", "Symptom: error 429.\n\nSolution: slow down.", "Yes.",
    ]


def test_one_letter_labels_come_off_where_most_entries_carry_them(tmp_path: Path) -> None:
    # A Spanish FAQ labels "P:" and "R:" (pregunta, respuesta), a French one "Q :" and "R :": the
    # letters were part of every question and answer shown.
    spanish = "1. P: ¿Qué es la comunidad?\n   R: Una plataforma.\n\n2. P: ¿Cuesta algo?\n   R: No, es gratuita.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "es.txt", spanish)).entries] == [
        ("¿Qué es la comunidad?", "Una plataforma."), ("¿Cuesta algo?", "No, es gratuita."),
    ]
    french = "Q : Comment s'inscrire ?\nR : À l'accueil.\n\nQ : Est-ce gratuit ?\nR : Oui.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "fr.txt", french)).entries] == [("Comment s'inscrire ?", "À l'accueil."), ("Est-ce gratuit ?", "Oui.")]
    # Bogotá's open data FAQ answers "R/." under each question, as Colombian FAQs label them.
    bogota = "## ¿Cómo están organizados los datos?\n\nR/. Por categorías.\n\n## ¿Cómo visualizo un dato?\n\nR/. Ingresa a «Ver datos».\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "es.md", bogota)).entries] == ["Por categorías.", "Ingresa a «Ver datos»."]
    # One answer opening with a letter is its text: "R: a language for statistics".
    once = "Which languages can I use?\nR: a language for statistics, or Python.\n\nIs it free?\nYes.\n\nCan I share it?\nNo.\n"
    assert load_corpus(write(tmp_path, "faq.txt", once)).entries[0].answer == "R: a language for statistics, or Python."

def test_plain_text_answering_each_question_on_its_own_line_is_read_a_line_an_entry(tmp_path: Path) -> None:
    # A chatbot's notes keep a FAQ a line each: the file was refused as holding no entries.
    text = "Campus FAQ\nWhere is Block 3? Near the canteen, opposite Block 2.\n\nHow do I reach the dean? dean@example.edu.\n"
    corpus = load_corpus(write(tmp_path, "campus.txt", text))
    assert corpus.description == "Campus FAQ"
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("Where is Block 3?", "Near the canteen, opposite Block 2.", 2), ("How do I reach the dean?", "dean@example.edu.", 4),
    ]
    # Prose that asks and answers itself on a line, among lines that do not, is no FAQ.
    prose = "Why wait? The queue is short.\nWhy pay more? Ours is cheaper.\nCome and see us.\n"
    with pytest.raises(CorpusError, match="holds no FAQ entries"):
        load_corpus(write(tmp_path, "shop.txt", prose))


def test_plain_text_keying_each_answer_by_its_question_is_read_a_line_an_entry(tmp_path: Path) -> None:
    # A chatbot's replies kept as a properties file keeps them: two entries were read, each running
    # several lines together, the ones whose answers ask ("How about you?") taken for questions.
    text = "hello=Hello! How can I help you?\nhow are you = I am fine. How about you?\n\nwhat is 2+2=4, as a sum says.\n"
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "bot.txt", text)).entries] == [
        ("hello", "Hello! How can I help you?", 1), ("how are you", "I am fine. How about you?", 2), ("what is 2+2", "4, as a sum says.", 4),
    ]
    # A line that keys nothing among them makes the file no such list: it is read as text is.
    mixed = load_corpus(write(tmp_path, "bot.txt", text + "Why wait? The queue is short.\nNo more.\n")).entries
    assert "hello" not in [e.heading for e in mixed]
    # A requirements.txt beside the FAQ pins packages to versions, answering nothing in words.
    with pytest.raises(CorpusError, match="requirements.txt: holds no FAQ entries"):
        load_corpus(write(tmp_path, "requirements.txt", "numpy==1.26\nflask==3.0.0\n"))


def test_plain_text_saved_by_a_word_processor_has_one_line_per_paragraph(tmp_path: Path) -> None:
    # No blank lines between questions and answers: the file was refused as holding no entries.
    text = "Club FAQ\r\nHow do I join?\r\nFill in the form.\r\nWhat does it cost?\r\nForty pounds.\r\nJuniors pay ten.\r\n"
    corpus = load_corpus(write(tmp_path, "club.txt", text))
    assert corpus.description == "Club FAQ"
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form.", 2),
        ("What does it cost?", "Forty pounds.\nJuniors pay ten.", 4),
    ]


# A chatbot's script of questions and replies, some replies asking back: each such question was read
# into the answer above it (a Word document, a Markdown file), or the FAQ was refused, each question
# "missing its answer" (plain text).
_SCRIPT = [
    ("What is your name?", "My name is Joey. Nice to meet you."),
    ("How are you?", "I'm fine, thanks for asking. Do you need some help?"),
    ("How r u?", "I'm fine, thanks for asking. Do you need some help?"),
    ("What are you doing?", "Talking to you!"),
]


@pytest.mark.parametrize("name, apart", [("script.txt", "\n"), ("script.txt", "\n\n"), ("script.md", "\n\n"), ("script.docx", None)])
def test_a_reply_asking_back_answers_the_question_above_it(tmp_path: Path, name: str, apart: str | None) -> None:
    paragraphs = [text for pair in _SCRIPT for text in pair]
    if apart is None:
        import docx

        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        document.save(tmp_path / name)
    else:
        write(tmp_path, name, apart.join(paragraphs) + "\n")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / name).entries] == _SCRIPT


def test_a_question_asked_after_a_statement_keeps_the_answer_under_it(tmp_path: Path) -> None:
    # Right under a question, but answered itself: a question, not the reply to the one above,
    # which is reported as unanswered.
    text = "Is it free?\nYes.\n\nDo you take cards?\nI forgot my card. What do I do?\nPay at the desk.\n"
    with pytest.raises(CorpusError, match=r"faq.txt:4: entry 'Do you take cards\?' has an empty or missing answer$"):
        load_corpus(write(tmp_path, "faq.txt", text))


def test_labels_in_more_languages_set_questions_and_answers_apart(tmp_path: Path) -> None:
    # A Slovak product FAQ printed to PDF labels each pair "Otázka:" / "Odpoveď:"; a Chinese FAQ
    # "问：" / "答："; a Swedish one "Fråga:" / "Svar:": each was read as one answer.
    text = "Otázka: Môžem čítačku používať vonku?\nOdpoveď: Nie.\n\n问：如何下单？\n答：点击购买。\n\nFråga: Var loggar jag in?\nSvar: På webbplatsen.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("Môžem čítačku používať vonku?", "Nie."),
        ("如何下单？", "点击购买。"),
        ("Var loggar jag in?", "På webbplatsen."),
    ]


def test_q_dot_and_a_dot_labels_are_dropped_in_pairs(tmp_path: Path) -> None:
    # As word processors' FAQs write them; "A." alone opens an answer's sentence and is kept.
    text = "Parish hall.\n\nQ. How do I book the hall?\nA. Call the office.\n\nQ2) Is there parking?\nA2) Yes.\n\nWho chairs the committee?\nA. Smith does.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "hall.txt", text)).entries] == [
        ("How do I book the hall?", "Call the office."),
        ("Is there parking?", "Yes."),
        ("Who chairs the committee?", "A. Smith does."),
    ]
    markdown = "## Hall\n\nQ. How do I book the hall?\nA. Call the office.\n\n## Who chairs the committee?\nA. Smith does.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "hall.md", markdown)).entries] == [
        ("How do I book the hall?", "Call the office."),
        ("Who chairs the committee?", "A. Smith does."),
    ]


def test_q_and_a_labels_pointing_at_their_text_are_dropped(tmp_path: Path) -> None:
    # An art dealer's FAQ typed "Q>Can I pay with credit cards?" / "A>No, …": the labels stayed in
    # every question and answer.
    text = "Q> Can I return the painting?\nA> Yes, within 7 days.\n\nQ>Can I pay with credit cards?\nA>No, by Paypal.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("Can I return the painting?", "Yes, within 7 days."), ("Can I pay with credit cards?", "No, by Paypal."),
    ]


def test_a_label_in_bold_needs_no_colon(tmp_path: Path) -> None:
    # Word FAQs set "Q" and "A" in bold before a tab, and a course's FAQ printed to PDF numbers
    # "1. **Question** Did I miss anything?" over "**Answer** Yes.": the labels were read as each
    # question's and answer's first word ("Q Can I park?", "Answer Yes.").
    import docx
    from fpdf import FPDF

    document = docx.Document()
    for question, answer in (("Can I park?", "Behind the hall."), ("Is it free?", "No.")):
        for label, text in (("Q", question), ("A", answer)):
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run(f"\t{text}")
    document.save(tmp_path / "club.docx")
    pdf = FPDF()
    pdf.add_page()
    for number, (question, answer) in enumerate((("Did I miss anything?", "Yes, a poem."), ("Will that be on the test?", "Maybe.")), start=1):
        for lead, label, text in ((f"{number}. ", "Question", question), ("", "Answer", answer)):
            pdf.set_font("Helvetica", size=12)
            pdf.write(8, lead)
            pdf.set_font("Helvetica", "B", 12)
            pdf.write(8, label)
            pdf.set_font("Helvetica", size=12)
            pdf.write(8, f" {text}")
            pdf.ln(12)
    pdf.output(str(tmp_path / "course.pdf"))
    write(tmp_path, "shop.md", "# Shop\n\n**Q** Do you ship abroad?\n\n**A** Yes, within the EU.\n\n**Question** Can I return it?\n**Answer** Within 30 days.\n")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("Can I park?", "Behind the hall."), ("Is it free?", "No."),
        ("Did I miss anything?", "Yes, a poem."), ("Will that be on the test?", "Maybe."),
        ("Do you ship abroad?", "Yes, within the EU."), ("Can I return it?", "Within 30 days."),
    ]


def test_a_questions_number_is_not_part_of_its_heading(tmp_path: Path) -> None:
    markdown = "# FAQ\n\n<a name=\"faq0\"></a>\n**(0) Is there parking?**\n\nBehind the hall.\n\n"  # a numbered bold question under its anchor
    markdown += "### 1. How do I join?\nFill in the form.\n\n### 2) What does it cost?\n40 pounds.\n\n### 2024 rules?\nSee the board.\n\n### >> Is it open?\nYes.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "a.md", markdown)).entries] == [
        "Is there parking?", "How do I join?", "What does it cost?", "2024 rules?", "Is it open?",
    ]
    table = "question,answer\n12. Can I pay by card?,Yes.\n-Can I pay in cash?,No.\n-Xmx flag,Sets the heap.\n"  # a dash set before a question; a flag
    assert [e.heading for e in load_corpus(write(tmp_path, "a.csv", table)).entries] == ["Can I pay by card?", "Can I pay in cash?", "-Xmx flag"]
    # A number typed against its question, and an icon font's chevron (a web page's accordion printed to PDF).
    typed = "question,answer\n1.What models are there?,Two.\n\ue12c Where can I find the app?,In the store.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "a.csv", typed)).entries] == ["What models are there?", "Where can I find the app?"]
    # Chinese numbers its items with "、", and may end a question with an emoji (a voice assistant's FAQ.md).
    chinese = "# 常见问题\n\n### 1、为什么识别出来很多英文？🇰🇷\n\n检查模型文件。\n\n### 2、为什么任务出错？\n\n安装ffmpeg。\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.md", chinese)).entries] == ["为什么识别出来很多英文？🇰🇷", "为什么任务出错？"]
    # A user guide numbers its questions "Q1", "Q2" with no mark after: the number was asked too. "Q3 results" asks nothing, and keeps it.
    guide = "## FAQ\n\n### Q1 How do I transfer my data?\n**A**: Copy the file.\n\n### Q2 Can I sync?\n**A**: Not yet.\n\n### Q3 results\nFine.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "guide.md", guide)).entries] == [
        ("How do I transfer my data?", "Copy the file."), ("Can I sync?", "Not yet."), ("Q3 results", "Fine."),
    ]


def test_a_details_answer_keeps_its_headings_and_a_section_of_folded_questions_is_a_category(tmp_path: Path) -> None:
    # As a real FAQ.md has it: the section was an entry with an empty answer (its only line "<details>"),
    # and "### Two options" inside the fold became an entry that took the rest of the answer.
    text = "## Setup\n\n<details>\n\n<summary>How do I add apps?</summary>\n<div>\n\n### Two options\n\nEdit packages.nix.\n\n</div>\n</details>\n"
    text += "\n<details><summary>Is it free?</summary>Yes.</details>\n"
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "a.md", text)).entries] == [
        ("How do I add apps?", "Two options\nEdit packages.nix.", "Setup"),
        ("Is it free?", "Yes.", "Setup"),
    ]


def test_a_markdown_fold_of_folded_questions_names_their_category(tmp_path: Path) -> None:
    # As the same real FAQ.md groups them: "**Stylix**" ended the answer above, and named nothing.
    text = "## Settings\n\n<details><summary>How do I set the timezone?</summary>\n\nEdit system.nix.\n\n</details>\n\n"
    text += "<details>\n\n<summary>**🎨 Stylix**</summary>\n\n<div>\n\n<details>\n<summary>How do I enable Stylix?</summary>\n\nEdit stylix.nix.\n\n</details>\n\n"
    text += "<details><summary>How do I change its image?</summary>\n\nEdit variables.nix.\n\n</details>\n\n</div>\n\n</details>\n\n"
    text += "<details><summary>How do I update?</summary>\n\nRun zcli update.\n\n</details>\n"
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "a.md", text)).entries] == [
        ("How do I set the timezone?", "Edit system.nix.", "Settings"),
        ("How do I enable Stylix?", "Edit stylix.nix.", "Settings / 🎨 Stylix"),
        ("How do I change its image?", "Edit variables.nix.", "Settings / 🎨 Stylix"),
        ("How do I update?", "Run zcli update.", "Settings"),  # the fold of questions has closed
    ]


def test_links_back_to_the_top_of_the_page_are_no_part_of_an_answer(tmp_path: Path) -> None:
    # A FAQ links back to its top under each answer, as a paragraph, a heading or a tag: each was
    # text of the answer, and "##### [back to top](#top)" a question answered by what followed it.
    text = "# FAQ\n\n## Is it free?\n\nYes.\n\n[Back to top ↑](#top)\n\n## Is it open?\n\nNo.\n\n##### [back to top](#top)\n\n"
    text += "## Where?\n\nIn the [hall](#map). See the top of the [page](#top).\n\n<a href='#top'>Top of page</a>\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.md", text)).entries] == [
        ("Is it free?", "Yes."), ("Is it open?", "No."), ("Where?", "In the hall. See the top of the page.")]  # other links within the page stay


def test_a_table_of_contents_ending_in_a_line_break_tag_is_still_left_out(tmp_path: Path) -> None:
    text = "# FAQ\n\n## Contents\n- [Is it free?](#is-it-free)\n- [Is it open?](#is-it-open)\n\n<br/>\n\n## Is it free?\nYes.\n\n## Is it open?\nNo.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "a.md", text)).entries] == ["Is it free?", "Is it open?"]


def test_answers_labelled_a_dot_under_unlabelled_questions_lose_the_label(tmp_path: Path) -> None:
    # When most answers of a file open with "A.", it is a label; one such answer alone is a sentence.
    text = "## What is FTP?\nA. A way to move files.\n\n## How do I set it up?\nA. Tap the computer icon.\n\n## Contact\nMail us.\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "a.md", text)).entries] == ["A way to move files.", "Tap the computer icon.", "Mail us."]
    alone = "## Who chairs it?\nA. Smith does.\n\n## When?\nMondays.\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "b.md", alone)).entries] == ["A. Smith does.", "Mondays."]


def test_static_site_front_matter_and_heading_attributes_are_not_part_of_the_faq(tmp_path: Path) -> None:
    # A Jekyll or Hugo FAQ page: the front matter was read as an entry, "{#join}" as words of the question.
    text = "---\nlayout: page\ntitle: \"Club FAQ\"\n---\n\nWhat people ask us.\n\n## How do I join? {#join}\nFill in the form.\n"
    corpus = load_corpus(write(tmp_path, "faq.md", text))
    assert corpus.description == "Club FAQ\n\nWhat people ask us."
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [("How do I join?", "Fill in the form.", 8)]
    toml = "+++\ntitle = 'FAQ'\ndescription = 'Common questions about our API'\n+++\n### Is it free?\nYes.\n"
    corpus = load_corpus(write(tmp_path, "faq.md", toml))
    assert [e.heading for e in corpus.entries] == ["Is it free?"]
    assert corpus.description == "FAQ\n\nCommon questions about our API"  # the description the page shows was lost
    named = "---\ntitle: Pigeonpost API — FAQ\n---\n\n# Frequently asked questions\n\nAsk us.\n\n## Is it free?\nYes.\n"
    assert load_corpus(write(tmp_path, "faq.md", named)).description == "Pigeonpost API — FAQ\n\nAsk us."  # the chat's title was "Frequently asked questions"
    titled = named.replace("# Frequently asked questions", "# Pigeonpost API")
    assert load_corpus(write(tmp_path, "faq.md", titled)).description == "Pigeonpost API\n\nAsk us."  # a title of its own stays
    ruled = "---\n## Is it free?\nYes.\n\n---\n\n## Is it open?\nNo.\n"  # rules, not front matter: nothing is lost
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.md", ruled)).entries] == ["Is it free?", "Is it open?"]
    commented = "---\n# The club's page\ntitle: Club FAQ\n---\n\n## How do I join?\nFill in the form.\n"  # YAML comments a field
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.md", commented)).entries] == ["How do I join?"]
    headed = "---\n# Club FAQ\n---\n\n## Is it free?\nYes.\n"  # a title between rules, no field: not front matter
    assert load_corpus(write(tmp_path, "faq.md", headed)).description == "Club FAQ"


def test_a_site_keeping_one_question_a_page_is_read_page_by_page(tmp_path: Path) -> None:
    # A genome project's site keeps its FAQ as _faq/*.md, each page titled by its question in its
    # front matter over the answer: 55 of its 83 pages were skipped as holding no entries, and the
    # answer's own sections ("Steps") were read as questions. Jekyll's "categories" names one, unless it lists several.
    (tmp_path / "_faq").mkdir()
    write(tmp_path, "_faq/can-i-get-a-refund.md", '---\nlayout: faq\ntitle: "Can I get a refund?"\ndescription: Refunds explained.\ncategories: Billing\n---\n\nYes, within 30 days.\n')
    write(tmp_path, "_faq/how-do-i-reset-my-password.md", "---\ntitle: How do I reset my password\n---\n\n## Steps\n\n1. Open **Settings**.\n2. Choose *Reset*.\n")
    write(tmp_path, "_faq/about-files.md", "---\ntitle: About our files\ncategories: [data, files]\n---\n\n## What format are they in?\n\nCSV.\n")  # a page of questions
    write(tmp_path, "_faq/got-questions.md", "---\ntitle: Got questions?\n---\n\nIs it free?\nYes.\n\nIs it open late?\nTill ten.\n")
    # In a collection of FAQ pages, each page is one item, asked or not, its opening text its answer.
    write(tmp_path, "_faq/there-is-a-corrupt-file-on-your-site.md", "---\ntitle: There is a corrupt file on your site\n---\n\nDownload it again.\n")
    write(tmp_path, "_faq/formats.md", "---\ntitle: About our formats\n---\n\nWe use open formats.\n\n## Is CSV supported?\n\nYes.\n")
    corpus = load_corpus(tmp_path / "_faq")
    assert corpus.description == ""  # a page's title and summary are its entry's, not the FAQ's description
    assert [(e.heading, e.answer, e.category) for e in corpus.entries] == [
        ("What format are they in?", "CSV.", "About files"),
        ("Can I get a refund?", "Yes, within 30 days.", "Billing"),
        ("About our formats", "We use open formats.", "Formats"),
        ("Is CSV supported?", "Yes.", "Formats"),
        ("Is it free?", "Yes.", "Got questions"),
        ("Is it open late?", "Till ten.", "Got questions"),
        ("How do I reset my password", "Steps\n1. Open Settings.\n2. Choose Reset.", ""),  # no category: its file's name only asks it again
        ("There is a corrupt file on your site", "Download it again.", ""),
    ]
    # A Hugo section's pages are named short ("reset.md" asking "How do I reset my key?"): each was a category of its own.
    (tmp_path / "content" / "faq").mkdir(parents=True)
    write(tmp_path, "content/faq/_index.md", '---\ntitle: "FAQs"\n---\n')
    write(tmp_path, "content/faq/reset.md", '---\ntitle: "How do I reset my key?"\n---\n\nOpen the settings.\n')
    write(tmp_path, "content/faq/devices.md", '---\ntitle: "Two devices"\ncategory: Setup\n---\n\nVerify the second one.\n')
    assert {(e.heading, e.category) for e in load_corpus(tmp_path / "content" / "faq").entries} == {("How do I reset my key?", ""), ("Two devices", "Setup")}
    # Elsewhere, a page asking in its title over its own questions keeps its opening text as its description.
    corpus = load_corpus(write(tmp_path, "help.md", "---\ntitle: Have questions?\n---\n\nHere is what people ask.\n\n## Is it free?\n\nYes.\n"))
    assert [(e.heading, e.answer) for e in corpus.entries] == [("Is it free?", "Yes.")]
    assert "Here is what people ask." in corpus.description


def test_the_faq_a_pages_front_matter_lists_is_read(tmp_path: Path, caplog) -> None:
    # Astro and Hugo posts list their FAQ in their front matter ("faqs:") for the layout to show and
    # mark up: it was blanked with the rest of the front matter, and a post whose text asks nothing
    # was refused. A question the text asks too is read once, and tags and links are no entries.
    post = (
        '---\ntitle: "Why your boiler loses pressure"\ntags: ["heating"]\nrelated:\n  - "/blog/radiators/"\nfaqs:\n'
        '  - question: "How often should a boiler be serviced?"\n    answer: "Once a year."\n'
        "  - question: Is it safe to repressurise it myself?\n    answer: >-\n      Yes, with the filling loop:\n      open both taps.\n"
        "---\n\n# Why your boiler loses pressure\n\nA small leak, usually.\n\n## How often should a boiler be serviced?\n\nEvery year.\n"
    )
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "post.md", post)).entries] == [
        ("Is it safe to repressurise it myself?", "Yes, with the filling loop: open both taps.", 9),
        ("How often should a boiler be serviced?", "Every year.", 19),
    ]
    text_only = post.replace("## How often should a boiler be serviced?\n\nEvery year.\n", "")
    assert [e.line for e in load_corpus(write(tmp_path, "post.md", text_only)).entries] == [7, 9]
    hugo = '+++\ntitle = "What is MCP?"\ntags = ["mcp"]\n\n[[faqs]]\nquestion = "Is MCP free?"\nanswer = "Yes."\n\n[[faqs]]\nquestion = "Who made it?"\nanswer = "A lab."\n+++\n\nAn article.\n'
    corpus = load_corpus(write(tmp_path, "mcp.md", hugo))  # Hugo's TOML front matter: its tables were the page's text
    assert ([(e.heading, e.answer, e.line) for e in corpus.entries], corpus.description) == ([("Is MCP free?", "Yes.", 5), ("Who made it?", "A lab.", 9)], "What is MCP?\n\nAn article.")
    # A hackathon's Jekyll page lists its FAQ as [question, answer] pairs for its include to loop over.
    pairs = '---\nlayout: home\nfaq: [\n  ["What is a hackathon?", "An invention marathon."],\n  [\n    "Code of Conduct",\n    "Be kind."\n  ]\n]\n---\n{% include faq.html %}\n'
    assert [(e.heading, e.line) for e in load_corpus(write(tmp_path, "index.md", pairs)).entries] == [("What is a hackathon?", 4), ("Code of Conduct", 5)]
    page = "---\nlayout: faq\nfaq:\n  - question: Can I bring a friend?\n    answer: Yes, twice a year.\n---\n{% include faq.html %}\n"
    assert [(e.heading, e.line) for e in load_corpus(write(tmp_path, "faq.njk", page)).entries] == [("Can I bring a friend?", 4)]
    broken = "---\nfaqs:\n  - question: [unclosed\n---\n\n## Is it free?\n\nYes.\n"
    with caplog.at_level(logging.WARNING):
        assert [e.heading for e in load_corpus(write(tmp_path, "post.md", broken)).entries] == ["Is it free?"]
    assert "front matter not read for its FAQ: " in caplog.text and "post.md:3: not valid YAML" in caplog.text
    one_wrong = "---\nfaqs:\n  - question: Is it free?\n    answer: Yes.\n  - question: Is it open?\n    answer:\n      hours: 9-5\n---\nText.\n"
    with caplog.at_level(logging.WARNING):
        assert [e.heading for e in load_corpus(write(tmp_path, "post.md", one_wrong)).entries] == ["Is it free?"]
    assert "front matter's FAQ item left out: " in caplog.text and "post.md:5: answer of 'Is it open?' must be text, got fields (hours)" in caplog.text


def test_a_problem_heading_over_description_and_answer_sub_headings_is_one_entry(tmp_path: Path) -> None:
    # Seafile's FAQ writes a problem over "#### Description" and "#### Answer": those two were the
    # entries, each asked as "Description" and "Answer", and the problem a category.
    text = (
        "# FAQ\n\n## LDAP\n\n### Can't connect to LDAP with ldaps\n\n#### Description\n\nThe log shows a bind error.\n\n"
        "#### Answer\n\nRemove the bundled libraries.\n\n### How do I limit access?\n\nUse a filter.\n\n"
        "## Setup\n\n### Windows\n\nRun the installer.\n\n### Linux\n\nUse the package.\n"  # sections that name no parts: as before
    )
    assert [(e.heading, e.category, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.md", text)).entries] == [
        ("Can't connect to LDAP with ldaps", "LDAP", "Description\nThe log shows a bind error.\n\nAnswer\nRemove the bundled libraries.", 5),
        ("How do I limit access?", "LDAP", "Use a filter.", 15),
        ("Windows", "Setup", "Run the installer.", 21),
        ("Linux", "Setup", "Use the package.", 25),
    ]


def test_a_question_holding_a_link_is_asked_without_its_address(tmp_path: Path) -> None:
    # A Word FAQ's "What is BSD-3 license?" linked its BSD-3: the question read "What is BSD-3
    # (https://opensource.org/licenses/BSD-3-Clause) license?", in the chat and to the model.
    write(tmp_path, "a.md", "# FAQ\n\n## What is the [BSD-3](https://opensource.org/licenses/BSD-3-Clause) license?\n\nSee [the text](https://opensource.org).\n")
    write(tmp_path, "b.rst", "FAQ\n===\n\nCan I use `PyPI <https://pypi.org>`_ mirrors?\n------------------------------------------\n\nYes.\n")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("What is the BSD-3 license?", "See the text (https://opensource.org)."),  # the answer keeps it to follow
        ("Can I use PyPI mirrors?", "Yes."),
    ]


def test_a_section_title_holding_a_link_names_its_category_without_the_address(tmp_path: Path) -> None:
    # A bank's FAQ printed from its web page linked each section's title: replies and the topic
    # menu showed "FedNet - Password (https://www.example.com/faq#collapse-5)" as the topic.
    write(tmp_path, "a.md", "# FAQ\n\n## [Billing](https://example.com/faq#billing)\n\n### How do I pay?\n\nBy [card](https://example.com/pay).\n")
    data = [{"category": "[Events](https://example.com/events)", "question": "When is the fair?", "answer": "In **May**."}]
    write(tmp_path, "b.json", json.dumps(data))  # a site's data, its answers written in Markdown
    assert [(e.category, e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("Billing", "How do I pay?", "By card (https://example.com/pay)."),
        ("Events", "When is the fair?", "In May."),
    ]


def test_a_list_of_labelled_questions_each_answered_in_its_item_or_the_next(tmp_path: Path) -> None:
    # Notes kept as a list of "**Q:**" and "**A:**" items (the answer in the next item, nested under
    # the question, or on the question's line): the file held no entries, the answer kept its "- A:",
    # or the question read "Q:** What scale matters?".
    text = """\
        # FAQ

        - **Q:** Where is the file?
        - **A:** In the core.
        * Q: Is there a tutorial?
            * A: There are help screens.
        - **Q:** What scale matters? **A:** Thousands.

        ```
        - Q: Is this code?
        - A: Yes.
        ```
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.md", text)).entries] == [
        ("Where is the file?", "In the core."),
        ("Is there a tutorial?", "There are help screens."),
        ("What scale matters?", "Thousands.\n\n```\n- Q: Is this code?\n- A: Yes.\n```"),
    ]


def test_questions_and_answers_set_apart_in_quotes_are_entries(tmp_path: Path) -> None:
    # Notes and READMEs quote each labelled pair ("> **Q: What is DP?**" over "> A: …"): the file
    # held no entries, and a bold "Q:" question followed by a line break kept its label, and its answer "A:".
    text = """\
        # Interview questions

        Some notes first.

        > **Q: What is DP?**
        > A: An optimisation technique.

        > **Q: Why did the tests miss it?** <br/>
        > A: We mocked the service.
        >
        > **Q: Why mock it?**
        > **A:** It was slow.

        > **Is it always slow?** Yes, a user wrote: a quote not labelled so stays a quote.
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "notes.md", text)).entries] == [
        ("What is DP?", "An optimisation technique."),
        ("Why did the tests miss it?", "We mocked the service."),
        ("Why mock it?", "It was slow.\n\nIs it always slow? Yes, a user wrote: a quote not labelled so stays a quote."),
    ]


def test_a_bold_question_with_its_answer_on_the_same_line_is_an_entry(tmp_path: Path) -> None:
    # "**Question?** Answer." paragraphs and list items: such a file was refused as holding no entries.
    text = "# FAQ\n\n**How do I join?** Fill in the form.\nAt the desk.\n\n- **Is there parking?** Yes.\n- **Can I bring a dog?** No.\n"
    text += "\n## Is it open late?\n**Usually?** Till ten.\n"  # under a question: its answer, as before
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "a.md", text)).entries] == [
        ("How do I join?", "Fill in the form. At the desk.", 3),
        ("Is there parking?", "Yes.", 6),
        ("Can I bring a dog?", "No.", 7),
        ("Is it open late?", "Usually? Till ten.", 9),
    ]


def test_a_markdown_list_of_plainly_asked_questions_each_answered_under_it_is_read(tmp_path: Path) -> None:
    # Notion exports a page of toggles as list items with the answer indented under each, and READMEs
    # number their FAQ so: such a file was refused, and under a "## FAQ" heading it made one entry "FAQ".
    notion = "# Club FAQ\n\n- How do I join?\n    \n    Fill in the form.\n    \n    At the desk.\n    \n- Is it free?\n    \n    Yes.\n"
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "notion.md", notion)).entries] == [
        ("How do I join?", "Fill in the form.\n\nAt the desk.", 3),
        ("Is it free?", "Yes.", 9),
    ]
    # A section of one toggle, in a page of toggles, was read as one entry: "Billing", answered by its toggle.
    sections = "# Help\n\n## Account\n\n- How do I reset my password?\n    \n    In Settings.\n    \n- Can I change my email?\n    \n    Yes.\n\n## Billing\n\n- When am I charged?\n    \n    On the 1st.\n"
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "help.md", sections)).entries] == [
        ("How do I reset my password?", "In Settings.", "Account"),
        ("Can I change my email?", "Yes.", "Account"),
        ("When am I charged?", "On the 1st.", "Billing"),
    ]
    readme = "# Tool\n\n## Setup\n\n1. Is Python installed?\n   If not, install it.\n2. Run `make`.\n3. Run `make test`.\n\n"
    readme += "## Questions\n\n- Is it free?\n- Who wrote it?\n\n## FAQ\n\n1. What is a BED file?  \n   A list of ranges.\n\n2. Where is the log?\n   In `logs/`.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "readme.md", readme)).entries] == [
        # one step that asks, among steps, is a step; questions without answers are text
        ("Setup", "1. Is Python installed? If not, install it.\n2. Run `make`.\n3. Run `make test`."),
        ("Questions", "- Is it free?\n- Who wrote it?"),
        ("What is a BED file?", "A list of ranges."),
        ("Where is the log?", "In `logs/`."),
    ]
    dashed = "## FAQ\n\n1. Is `x` a virtual address? - No, a physical one.\n2. How do I check it? - With `PTE_P`.\n"
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "lab.md", dashed)).entries] == [
        ("Is x a virtual address?", "No, a physical one.", 3),
        ("How do I check it?", "With `PTE_P`.", 4),
    ]


def test_markdown_details_blocks_are_questions_and_answers(tmp_path: Path) -> None:
    # GitHub FAQs fold each answer under its question; such a file was refused as holding no entries.
    text = """\
        # FAQ

        ## Setup

        <details>
        <summary><b>How do I install it?</b></summary>

        Run `pip install tool`.

        </details>

        <details><summary>Q: Can I use it offline?</summary>
        Yes, once set up.
        </details>

        <details><summary>Full log</summary>
        Nothing asked here: part of the answer above.
        </details>

        <details class="faq">
          <summary><span class="q">Is there a fee?</span> <span aria-hidden="true">▼</span></summary>
          No.
        </details>
        """
    corpus = load_corpus(write(tmp_path, "faq.md", text))
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I install it?", "Run `pip install tool`.", "Setup", 5),
        ("Can I use it offline?", "Yes, once set up.\n\nFull log\nNothing asked here: part of the answer above.", "Setup", 12),
        ("Is there a fee?", "No.", "Setup", 20),  # the fold's arrow is not part of the question
    ]


def test_a_plain_text_faq_written_as_a_numbered_outline_is_read_entry_by_entry(tmp_path: Path) -> None:
    # A project's FAQ.txt numbers each question at the margin and indents its answer; questions that
    # state a problem ("1. I just installed CMB. …") were read into the answer of the first entry.
    text = (
        "----------\n- FREQUENTLY ASKED QUESTIONS\n----------\n\n"
        "0. I HAVE A QUESTION - WHAT DO I DO?\n\n   Post it in the forum.\n\n"
        "1. I just installed CMB. When I call the API I get exceptions such as\n   'unknown command EVALSHA'.\n\n"
        "   You must use Redis 2.6 or higher. Check with\n\n       redis-cli --version\n\n"
        "2. Is it free?\n   Yes.\n"
    )
    corpus = load_corpus(write(tmp_path, "FAQ.txt", text))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("I HAVE A QUESTION - WHAT DO I DO?", "Post it in the forum.", 5),
        ("I just installed CMB. When I call the API I get exceptions such as 'unknown command EVALSHA'.", "You must use Redis 2.6 or higher. Check with\n\n    redis-cli --version", 9),
        ("Is it free?", "Yes.", 16),
    ]
    assert corpus.description == "FREQUENTLY ASKED QUESTIONS"
    steps = "How do I join?\n\n1. Fill in the form.\nThen wait.\n2. Pay at the desk.\n"  # steps at the margin: no outline
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "FAQ.txt", steps)).entries] == [("How do I join?", "1. Fill in the form.\nThen wait.\n2. Pay at the desk.")]


def test_plain_text_labels_as_old_faq_files_write_them(tmp_path: Path) -> None:
    # From real FAQ.txt files: "Q-001." labels, two questions over one answer, a question over two lines.
    text = (
        "Frequently Asked Questions\n\n"
        "Q-001.\tThe plugin is not listed.\nA-001.\tEnable it first.\n\n"
        "Q3a: How do I add a shortcut?\nQ3b: How do I remove it?\n\nA3: Use the control panel.\n\n"
        "Q4: I got an error at startup with\n\"Can't locate icon\"\n\nA4: Put the jars under extlib.\n"
    )
    assert [(e.heading, e.alternates, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("The plugin is not listed.", (), "Enable it first."),
        ("How do I add a shortcut?", ("How do I remove it?",), "Use the control panel."),
        ("I got an error at startup with \"Can't locate icon\"", (), "Put the jars under extlib."),
    ]
    # DigiTemp's FAQ wraps a question under its label's text, no "A." under it.
    text = "Q. Where do I buy parts?\n\n   From the shop.\n\nQ. What is the difference between the two kinds\n   of adapter.\n\n   One has a chip.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("Where do I buy parts?", "From the shop."), ("What is the difference between the two kinds of adapter.", "One has a chip."),
    ]
    # Gnarwl's FAQ wraps "Q:" questions at the margin, each under a rule drawn between entries, some
    # answers unlabelled: each line of a wrapped question that asked opened an entry of its own.
    text = (
        "-----\nQ: Wouldn't it be nice if it read a start and an end\ndate and stopped in that\nperiod?\nA: Sure, but which format?\n\n"
        "-----\nQ: Which conditions must be met for it to send an\nautoreply?\n1. The mail has no bad header.\n\n"
        "-----\nQ: Can I delete its block files?\nA: Yes.\n"
    )
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("Wouldn't it be nice if it read a start and an end date and stopped in that period?", "Sure, but which format?"),
        ("Which conditions must be met for it to send an autoreply?", "1. The mail has no bad header."),
        ("Can I delete its block files?", "Yes."),
    ]
    # A Bangladeshi licensing FAQ labels in Bengali, a Russian one in Russian, a Chinese one with a full-width colon.
    text = "প্রশ্ন: ফি কত?\nউত্তর: ৫০০ টাকা।\n\nВопрос: Где получить?\nОтвет: В отделении.\n\n问题：可以退款吗？\n答案：可以。\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("ফি কত?", "৫০০ টাকা।"), ("Где получить?", "В отделении."), ("可以退款吗？", "可以。"),
    ]
    # Arabic FAQs label their pairs "س:" and "ج:" (or "السؤال:" and "الإجابة:"): each question kept its label.
    text = "س: كيف أنضم؟\nج: املأ الاستمارة.\n\nالسؤال: كم التكلفة؟\nالإجابة: خمسون يورو.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("كيف أنضم؟", "املأ الاستمارة."), ("كم التكلفة؟", "خمسون يورو."),
    ]
    # Japanese FAQs type their labels full-width ("Ｑ１．", "Ａ："), Hindi ones abbreviated ("प्र.", "उ.").
    text = "Ｑ１．入会方法は？\nＡ１．申込書を記入してください。\n\nＱ：会費は？\nＡ：年5000円です。\n\nप्र. आवेदन कैसे करें?\nउ. फॉर्म भरें।\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("入会方法は？", "申込書を記入してください。"), ("会費は？", "年5000円です。"), ("आवेदन कैसे करें?", "फॉर्म भरें।"),
    ]


def test_plain_text_without_separator_lines_is_read_as_typed_by_hand(tmp_path: Path) -> None:
    # Each line ending in "?" after a blank line opens an entry; before, the file was one entry.
    text = "Club questions.\n\n1. How do I join?\nFill in the form.\n\n- Is it free?\n- Yes.\n\nWhen do you meet?\nTuesdays.\nWhy Tuesdays?\nThe hall is free.\n"
    corpus = load_corpus(write(tmp_path, "club.txt", text))
    assert corpus.description == "Club questions."
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form.\n\n- Is it free?\n- Yes.", 3),  # a bulleted question is answer text
        ("When do you meet?", "Tuesdays.\nWhy Tuesdays?\nThe hall is free.", 9),  # not after a blank line: answer text
    ]


def test_a_question_typed_wrapped_over_lines_or_under_a_title_is_one_question(tmp_path: Path) -> None:
    # A FAQ kept at 72 columns wraps its long questions: each was asked by its last line alone
    # ("address I registered with?"), and its first line ended the answer above.
    text = (
        "Riverside Tennis Club\n\n"
        "How do I reset my password if I no longer have access to the email\naddress I registered with?\n"
        "Write to the membership secretary from your new address.\n\n"
        "Can I bring a guest to play on a weekend morning when the courts are\nbusy?\nYes, twice a month.\n\n"
        "Is there parking?\nYes, behind the clubhouse.\n"
    )
    separated = "How do I reset my password if I no longer have access to the email\naddress I registered with?\nWrite to us.\n-\n" \
                "Shipping, Returns and Refunds for Online Orders\nDo you ship abroad?\nYes.\n"
    expected = [
        ("How do I reset my password if I no longer have access to the email address I registered with?", 3),
        ("Can I bring a guest to play on a weekend morning when the courts are busy?", 7),
        ("Is there parking?", 11),
    ]
    assert [(e.heading, e.line) for e in load_corpus(write(tmp_path, "club.txt", text)).entries] == expected
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "club.txt", separated)).entries] == [
        ("How do I reset my password if I no longer have access to the email address I registered with?", "Write to us.", ""),
        ("Do you ship abroad?", "Yes.", "Shipping, Returns and Refunds for Online Orders"),  # a title right over a question: its section
    ]
    # A numbered question wrapped (makefaq's text FAQ): its number read as a sentence's end ("2.4. Do I"),
    # its first line became a category over "the data file?"; one saying something before it asks was lost.
    numbered = (
        "2.4. Do I have to use the c, q and a tags as the markers in\nthe data file?\n\nThose are the defaults.\n\n"
        "2.5. I am writing my FAQ in a language other than English. Will makefaq\ngive me dates in my language's format?\n\nYes.\n\n"
        "2.6. How many categories can I have?\n\nAs many as you like.\n"
    )
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "makefaq.txt", numbered)).entries] == [
        ("Do I have to use the c, q and a tags as the markers in the data file?", "Those are the defaults.", ""),
        ("I am writing my FAQ in a language other than English. Will makefaq give me dates in my language's format?", "Yes.", ""),
        ("How many categories can I have?", "As many as you like.", ""),
    ]
    # The only title, right over the first question: the document's title. The whole block was, and its entry was lost.
    titled = load_corpus(write(tmp_path, "club.txt", "Riverside Tennis Club FAQ\nHow do I join?\nFill in the form.\n-\nIs it free?\nNo.\n"))
    assert (titled.description, [e.heading for e in titled.entries]) == ("Riverside Tennis Club FAQ", ["How do I join?", "Is it free?"])


def test_a_markdown_heading_wrapped_onto_the_line_under_it_is_one_question(tmp_path: Path) -> None:
    # A FAQ wrapped at a fixed width broke a long heading: "look like?" opened its answer.
    text = (
        "# Docker FAQ\n\n### For the profiling interface, FILE_LISTING lists files. How should the output in OUTPUT_FILES\n"
        "look like?\nOne profile per input file.\n\n### Installation\nrun the installer; it asks for a folder.\n"
    )
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.md", text)).entries] == [
        ("For the profiling interface, FILE_LISTING lists files. How should the output in OUTPUT_FILES look like?", "One profile per input file.", 3),
        ("Installation", "run the installer; it asks for a folder.", 7),  # a line that asks nothing is its answer
    ]


def test_a_question_numbered_with_a_dash_loses_its_number_and_numbered_questions_share_an_answer(tmp_path: Path) -> None:
    # Old FAQ files number their questions "1- …" or "2 - …": each question kept its number.
    text = "1- HOW DO I GET MY DATA INTO MINC FORMAT?\n\n   Use rawtominc.\n\n2 - How do I report bugs?\n\n   Write to us.\n\nIs 24-7 support available?\n\nNo.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        "HOW DO I GET MY DATA INTO MINC FORMAT?", "How do I report bugs?", "Is 24-7 support available?",
    ]
    # Two numbered questions over one answer: the second opened the first's answer.
    text = ("1- How do I get my data in?\n\n   Use rawtominc.\n\n2- How do I customize the fitting?\n3- How do I customize the optimization?\n\n"
            "   Edit the source files.\n\n4- How do I report bugs?\n\n   Write to us.\n")
    assert [(e.heading, e.alternates, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("How do I get my data in?", (), "Use rawtominc."),
        ("How do I customize the fitting?", ("How do I customize the optimization?",), "Edit the source files."),
        ("How do I report bugs?", (), "Write to us."),
    ]


def test_plain_text_underlining_its_questions_and_sections_is_read_by_them(tmp_path: Path) -> None:
    # Software FAQs underline their titles as reStructuredText does: read as rules parting entries,
    # each question ended the answer above it, a statement title was lost, and sections named nothing.
    text = """\
        Frequently Asked Questions
        ==========================

        [+] General
        -------------------------------

        1. I've just upgraded and something broke.
        -------------------------------------------
        Try again from a clean source tree.

        2. How do I reload my configuration?
        ------------------------------------
        Select wmiirc from the actions menu.

        [+] Bugs or issues
        -------------------------------

          Q: Where can I report a bug?
          A: On the issue tracker.

        ================================================================================
        """
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "FAQ.txt", text)).entries] == [
        ("I've just upgraded and something broke.", "Try again from a clean source tree.", "General"),
        ("How do I reload my configuration?", "Select wmiirc from the actions menu.", "General"),  # its "[+]" marks it, names nothing
        ("Where can I report a bug?", "On the issue tracker.", "Bugs or issues"),  # the rule closing the file is no part of it
    ]


def test_plain_text_contents_up_top_is_no_entry_and_a_menu_stays_an_answer(tmp_path: Path) -> None:
    # Midnight Commander's and INN's FAQs list their sections and questions up top: the list's
    # last part was the answer of its last question but one ("Is it free?" answered by "2 Courts" …).
    text = (
        "Club FAQ\n\n   * 1 General\n        + 1.1 How do I join?\n        + 1.2 Is it free?\n\n"
        "   * 2 Courts\n        + 2.1 Where are the courts?\n        + 2.2 Can I book one?\n        + 2.3 Are there lights?\n\n"
        "1 General\n\n1.1 How do I join?\n\nFill in the form.\n\n1.2 Is it free?\n\nNo, 40 euros.\n\n"
        "2 Courts\n\n2.1 Where are the courts?\n\nOn Mill Lane.\n\n2.2 Can I book one?\n\nYes, online.\n\n2.3 Are there lights?\n\nYes.\n"
    )
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "FAQ", text)).entries] == [
        ("How do I join?", "Fill in the form.", "1 General"), ("Is it free?", "No, 40 euros.", "1 General"),
        ("Where are the courts?", "On Mill Lane.", "2 Courts"), ("Can I book one?", "Yes, online.", "2 Courts"), ("Are there lights?", "Yes.", "2 Courts"),
    ]
    # A chatbot's menu names its other entries too, a few that ask nothing: it answers its question.
    menu = "Q. Which plans are there?\nPick one:\n- Bronze Plan\n- Silver Plan\n- Gold Plan\n\nQ. Bronze Plan\nTuition.\n\nQ. Silver Plan\nTuition and rent.\n\nQ. Gold Plan\nAll of it.\n"
    entries = load_corpus(write(tmp_path, "faq.txt", menu)).entries
    assert [(e.heading, e.answer) for e in entries][0] == ("Which plans are there?", "Pick one:\n- Bronze Plan\n- Silver Plan\n- Gold Plan")


def test_plain_text_underlining_each_title_to_its_length_reads_every_such_title(tmp_path: Path) -> None:
    # Atheme's FAQ underlines each question to its length, stating some ("It exits complaining."):
    # those ran on in the answer above, and a question closing an answer opened an empty entry.
    text = """\
        Frequently asked questions
        ==========================

        Will you add SQL support?
        -------------------------

        No, for these reasons.

        So why would we do the work for you?

        Which crypto module should I use?
        ---------------------------------

        The argon one.

        There is a "0day exploit"?!!
        ----------------------------

        Report it to us.

        It exits complaining that it is tainted.
        ----------------------------------------

        Allow taint in the config.
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "FAQ", text)).entries] == [
        ("Will you add SQL support?", "No, for these reasons.\n\nSo why would we do the work for you?", 4),
        ("Which crypto module should I use?", "The argon one.", 11),
        ('There is a "0day exploit"?!!', "Report it to us.", 16),
        ("It exits complaining that it is tainted.", "Allow taint in the config.", 21),
    ]


def test_a_file_named_faq_without_an_extension_is_read_as_plain_text(tmp_path: Path) -> None:
    # Software projects ship their FAQ as "FAQ" beside README and NEWS: it was "unsupported file
    # type ''", and a folder holding it held "no FAQ files".
    (tmp_path / "FAQ").write_text("Tool FAQ\n\nHow do I install it?\nRun the installer.\n\nIs it free?\nYes.\n", encoding="utf-8")
    (tmp_path / "README").write_text("How do I build it?\nRun make.\n", encoding="utf-8")  # not a FAQ by its name
    corpus = load_corpus(tmp_path)
    assert (corpus.description, [(e.heading, e.file) for e in corpus.entries]) == ("Tool FAQ", [("How do I install it?", "FAQ"), ("Is it free?", "FAQ")])
    assert [e.heading for e in load_corpus(tmp_path / "FAQ").entries] == ["How do I install it?", "Is it free?"]


def test_a_faq_posted_to_a_newsgroup_is_read_by_its_numbered_subjects(tmp_path: Path) -> None:
    # Each entry was asked "Subject: 1.1) What is a hybrid tea rose?", and the welcome showed the news headers.
    text = (
        "Archive-name: gardening/roses-faq\nPosting-Frequency: monthly\n\nThis is the rec.gardens.roses FAQ.\n\n"
        "------------------------------\n\nSubject: 1.1) What is a hybrid tea rose?\n\n  A cross between a hybrid perpetual\n  and a tea rose.\n\n"
        "------------------------------\n\nSubject: [2] Pruning\n\n  Prune in late winter.\n"
    )
    corpus = load_corpus(write(tmp_path, "roses-faq.txt", text))
    assert corpus.description == "This is the rec.gardens.roses FAQ."
    assert [(e.heading, e.answer) for e in corpus.entries] == [
        ("What is a hybrid tea rose?", "A cross between a hybrid perpetual\nand a tea rose."),
        ("Pruning", "Prune in late winter."),
    ]
    mail = "Q: How do I write to you?\nA: Send an email headed\nSubject: Order late\nand we reply.\n"  # an unnumbered subject is an email's
    assert [e.answer for e in load_corpus(write(tmp_path, "roses-faq.txt", mail)).entries] == ["Send an email headed\nSubject: Order late\nand we reply."]


def test_answer_lines_hanging_under_a_label_or_all_indented_lose_that_indent(tmp_path: Path) -> None:
    # Old FAQ files align an answer's later lines under its label's text: they showed as code, and an
    # answer indented whole lost the indent of its first line alone.
    text = (
        "Q1: Why does it say it cannot locate an icon?\n\nA1: The look and feel icons are missing.\n    Put the jar files under extlib.\n\n"
        "Q2: How do I build a debugging version?\n\nA2:\n    ant clean\n    ant debug\n\n"
        "Q-003.\tWhy does my site switch language?\nA-003.\tThis could be due to:\n\t\ta) browser caching;\n\t\tb) cookies.\n\tShift-refresh to see.\n"
    )
    assert [e.answer for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        "The look and feel icons are missing.\nPut the jar files under extlib.",
        "ant clean\nant debug",
        "This could be due to:\n\ta) browser caching;\n\tb) cookies.\nShift-refresh to see.",  # a list deeper than the rest keeps the difference
    ]


def test_answers_wrapped_by_hand_are_joined_into_their_paragraphs(tmp_path: Path) -> None:
    # A FAQ typed at 72 columns kept its line breaks, and the chat broke its sentences mid-way.
    membership = (
        "Membership runs from January to December and costs forty pounds for adults and twenty pounds for "
        "juniors, payable at the clubhouse or online through the members' area of the website. Members who "
        "join after the first of July pay half the fee for the rest of that year, and families of three or "
        "more pay the fee of two adults."
    )
    courts = (
        "The courts are floodlit until ten o'clock every evening, and members may book a court up to seven "
        "days ahead on the website, by phone or at the clubhouse desk, for an hour at a time."
    )
    wrapped = textwrap.fill(membership, 72) + "\n\n" + textwrap.fill(courts, 72)
    text = (
        f"How much does membership cost?\n{wrapped}\n\n"
        f"How do I book a court?\n{textwrap.fill(courts, 72)}\n\n"
        "Where are you?\nOpening hours:\nMon-Fri 9-5\nOur clubhouse stands at the far end of Riverside Park by the old boathouse.\n"
        "Bring:\n- a racket\n- soft-soled shoes that will not mark the courts when you play on them\n"
    )
    entries = load_corpus(write(tmp_path, "club.txt", text)).entries
    assert [e.answer for e in entries] == [
        f"{membership}\n\n{courts}",  # each paragraph one line again; the blank line between them kept
        courts,
        "Opening hours:\nMon-Fri 9-5\nOur clubhouse stands at the far end of Riverside Park by the old boathouse.\n"
        "Bring:\n- a racket\n- soft-soled shoes that will not mark the courts when you play on them",  # lines stopping short, and lists, as written
    ]
    unwrapped = text.replace(wrapped, f"{membership}\n{courts}")  # lines no width tells apart: as written
    assert load_corpus(write(tmp_path, "club.txt", unwrapped)).entries[0].answer == f"{membership}\n{courts}"


def test_a_spreadsheet_saved_as_text_is_read_as_its_table(tmp_path: Path) -> None:
    # Excel's "Unicode Text" saves a sheet as a tab-separated .txt in UTF-16; it was read as a
    # text FAQ and refused as holding none.
    rows = ["Question\tAnswer\tCategory", "How much is a ticket?\t\"Adults £12,\nchildren £6.\"\tTickets", "Is there parking?\tYes.\tVisiting"]
    (tmp_path / "faq.txt").write_bytes("\r\n".join(rows).encode("utf-16"))
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(tmp_path / "faq.txt").entries] == [
        ("How much is a ticket?", "Adults £12,\nchildren £6.", "Tickets", 2), ("Is there parking?", "Yes.", "Visiting", 4),
    ]
    write(tmp_path, "faq.txt", "Questions\tand what we say\n\nHow much is a ticket?\n£12.\n")  # a tab, but no table: a text FAQ as before
    assert [e.heading for e in load_corpus(tmp_path / "faq.txt").entries] == ["How much is a ticket?"]


def test_plain_text_that_names_a_topic_over_each_answer_is_read(tmp_path: Path) -> None:
    # A club's notes ask no question: "Opening hours" over its answer. The file was refused ("holds no
    # FAQ entries"), where the same notes in Markdown ("## Opening hours") were read.
    text = (
        "Riverside Tennis Club\n\nMEMBERSHIP\n\nFees:\nAdults pay 120 a year.\n\nJoining\nFill in the form.\n\nOr join online.\n\n"
        "COURTS\n\nBooking\n\nBook a day ahead.\n\nFloodlights\nThey cost 3 an hour:\n- pay at the desk\n"
    )
    corpus = load_corpus(write(tmp_path, "club.txt", text))
    assert corpus.description == "Riverside Tennis Club"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("Fees", "Adults pay 120 a year.", "MEMBERSHIP", 5),
        ("Joining", "Fill in the form.\n\nOr join online.", "MEMBERSHIP", 8),  # a paragraph with no topic goes on with the answer
        ("Booking", "Book a day ahead.", "COURTS", 15),  # a topic alone over its answer
        ("Floodlights", "They cost 3 an hour:\n- pay at the desk", "COURTS", 19),
    ]
    prose = [
        "Release notes\n\nThis release fixes bugs.\n\nUpgrading is optional.\n",  # one short line over prose
        "TERMS AND CONDITIONS\n\n1. Use.\n\nYou may copy it.\n\n2. Warranty.\n\nNone is given.\n\nNo Liability\n\nNone is taken.\n\nEnd.\n",  # most paragraphs open with none
    ]
    for text in prose:
        with pytest.raises(CorpusError, match="holds no FAQ entries"):
            load_corpus(write(tmp_path, "notes.txt", text))


def test_plain_text_in_a_script_without_capitals_names_its_topics_too(tmp_path: Path) -> None:
    # A Chinese program's FAQ writes its questions without a question mark, as Chinese often does,
    # each over its answer: it was refused, a topic being known only by its capital letter.
    text = "如何安装和使用这款程序\n打开压缩包中的安装文档。\n\n\n为何运行时报错\n请下载对应版本的pytorch。\n"
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("如何安装和使用这款程序", "打开压缩包中的安装文档。", 1), ("为何运行时报错", "请下载对应版本的pytorch。", 5),
    ]
    # Chinese prose, its paragraphs' lines ending in a stop or a comma, names no topic.
    prose = "这是一个程序，\n它可以分类垃圾。\n\n我们在二零二三年写了它，\n欢迎使用。\n"
    with pytest.raises(CorpusError, match="holds no FAQ entries"):
        load_corpus(write(tmp_path, "faq.txt", prose))


def test_plain_text_parted_by_drawn_rules_and_answered_on_the_question_line(tmp_path: Path) -> None:
    # A hosting FAQ writes "Question? - Answer." between "---" lines and a hardware FAQ draws "▬▬▬"
    # under each entry: the first was refused ("holds no FAQ entries"), the second kept its rules in
    # every answer. A single rule inside an answer parts nothing.
    write(tmp_path, "hosting.txt", "What is hosting? - We run your apps.\n---\nIs it fast? - Yes.\nVery.\n---\n")
    write(tmp_path, "gpu.txt", "Does my card work?\nMaybe.\n▬▬▬▬▬▬\nIs sound supported?\nOver USB.\n▬▬▬▬▬▬\n")
    write(tmp_path, "club.txt", "How do I join?\nFill in the form:\n-----\nName, address.\n\nIs it free?\nYes.\n\nWhen do you meet?\nTuesdays.\n")
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path).entries] == [
        ("How do I join?", "Fill in the form:\n-----\nName, address.", 1),
        ("Is it free?", "Yes.", 6),
        ("When do you meet?", "Tuesdays.", 9),
        ("Does my card work?", "Maybe.", 1),
        ("Is sound supported?", "Over USB.", 4),
        ("What is hosting?", "We run your apps.", 1),
        ("Is it fast?", "Yes.\nVery.", 3),
    ]
    # Rules drawn around a title part no entries: the questions under it were the title's one answer.
    titled = "-----\n  MAPVOTE FAQ\n  by the author\n-----\n\nHow do I install it?\n    Copy the file.\n\nDoes it work offline?\n    Yes.\n\nCan I share it?\n    Yes, not sell it.\n"
    corpus = load_corpus(write(tmp_path, "mapvote.txt", titled))
    assert [(e.heading, e.answer) for e in corpus.entries] == [("How do I install it?", "Copy the file."), ("Does it work offline?", "Yes."), ("Can I share it?", "Yes, not sell it.")]


def test_plain_text_section_titles_name_categories_and_leave_the_answers(tmp_path: Path) -> None:
    # Copied from a web page, a FAQ keeps its section titles; before, "RETURNS" ended the answer above it.
    text = "Frequently Asked Questions\n\nSHIPPING\n\nDo you ship abroad?\nYes, to the EU.\n\nRETURNS\n\nCan I return a sale item?\nYes, within 30 days.\n\nSee you soon\n"
    corpus = load_corpus(write(tmp_path, "shop.txt", text))
    assert corpus.description == "Frequently Asked Questions"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("Do you ship abroad?", "Yes, to the EU.", "SHIPPING", 5),
        ("Can I return a sale item?", "Yes, within 30 days.\n\nSee you soon", "RETURNS", 10),  # a sign-off, not a title
    ]
    separated = "Do you ship abroad?\nYes.\n\nThank You\n-\nReturns & Refunds\n-\nBilling:\n\nHow do I pay?\nBy card.\n-\nOpening Hours\n\nNine to five.\n"
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "shop.txt", separated)).entries] == [
        ("Do you ship abroad?", "Yes.\n\nThank You", ""),  # its "-" line says where it ends
        ("How do I pay?", "By card.", "Billing"),  # "Returns & Refunds" had only a title under it
        ("Opening Hours", "Nine to five.", "Billing"),  # a title-like heading with its answer is an entry
    ]
    labelled = "Shipping\nQ: Do you ship abroad?\nA: Yes.\n\nReturns\nQ: Can I return it?\nA: Yes.\n"
    assert [(e.answer, e.category) for e in load_corpus(write(tmp_path, "shop.txt", labelled)).entries] == [("Yes.", "Shipping"), ("Yes.", "Returns")]
    drawn = "=== Acme FAQ ===\n\n--- Shipping ---\n\nQ: Do you ship abroad?\nA: Yes.\n\n~~ Returns ~~\n\nQ: Can I return it?\nA: Yes.\n"
    assert [e.category for e in load_corpus(write(tmp_path, "shop.txt", drawn)).entries] == ["Shipping", "Returns"]  # the marks drawn around a title are not its name
    signed = "Do you ship abroad?\nYes.\n\nThank You\n\nCan I return it?\nYes.\n"  # sections come several to a FAQ
    assert [(e.answer, e.category) for e in load_corpus(write(tmp_path, "shop.txt", signed)).entries] == [("Yes.\n\nThank You", ""), ("Yes.", "")]
    assert load_corpus(write(tmp_path, "shop.txt", "Acme Support\n\nDo you ship abroad?\nYes.\n")).description == "Acme Support"  # the only title: the document's
    markdown = "# Acme FAQ\n\n## Billing\n\nHow do I pay?\nBy card.\n\n## Banks\n\nWhich banks take part?\nThese:\n\nAskari Bank\n\nSilk Bank\n\nIs it safe?\nYes.\n"
    assert [(e.answer, e.category) for e in load_corpus(write(tmp_path, "shop.txt", markdown)).entries] == [
        ("By card.", "Billing"),  # Markdown's marks are no part of the title
        ("These:\n\nAskari Bank\n\nSilk Bank", "Banks"),  # names listed a paragraph each: the last is one of them
        ("Yes.", "Banks"),
    ]


def test_a_plain_text_title_right_over_a_question_names_its_section(tmp_path: Path) -> None:
    # Copied from a wallet's help page: each section's title, in sentence case, stood right over its
    # first question, and both ran on in the answer above; that question was lost.
    text = (
        "Is there a test version?\nYes, for Android.\n\n"
        "Trust and privacy\nIs it a real node?\nYes, on your phone.\n\nIs it trustless?\nIt is trust-minimised.\n\n"
        "Restoring a wallet\nI lost my phone. How do I restore my wallet?\n\nType your twelve words.\n"
    )
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(write(tmp_path, "wallet.txt", text)).entries] == [
        ("Is there a test version?", "Yes, for Android.", "", 1),
        ("Is it a real node?", "Yes, on your phone.", "Trust and privacy", 5),
        ("Is it trustless?", "It is trust-minimised.", "Trust and privacy", 8),
        ("I lost my phone. How do I restore my wallet?", "Type your twelve words.", "Restoring a wallet", 12),
    ]
    # The same FAQ saved as Markdown, which it never marks up: each title is its section's heading.
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "wallet.md", text)).entries] == [
        ("Is there a test version?", ""),
        ("Is it a real node?", "Trust and privacy"),
        ("Is it trustless?", "Trust and privacy"),
        ("I lost my phone. How do I restore my wallet?", "Restoring a wallet"),
    ]
    # A question's first line, wrapped, is no title over its last ("How do I reset my password if I no longer have").
    wrapped = "How do I reset my password if I\nno longer have my email?\nWrite to us.\n\nCan I bring a guest?\nYes.\n\nIs there parking?\nYes.\n"
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "club.md", wrapped)).entries] == [("Can I bring a guest?", ""), ("Is there parking?", "")]
    # In plain text, read whole, though its first line is short: it opens as a question does.
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "club.txt", wrapped)).entries][0] == ("How do I reset my password if I no longer have my email?", "")
    # Over a list of the questions (the FAQ's contents), a title is the list's, not a section's.
    contents = "Our questions.\n\nQuestions:\n\t1- How do I join?\n\t2- Is it free?\n\n1- HOW DO I JOIN?\n\n   Fill in the form.\n\n2- IS IT FREE?\n\n   Yes.\n"
    corpus = load_corpus(write(tmp_path, "club.txt", contents))
    assert [(e.heading, e.answer, e.category) for e in corpus.entries] == [("HOW DO I JOIN?", "Fill in the form.", ""), ("IS IT FREE?", "Yes.", "")]


def test_a_plain_text_list_of_questions_is_no_entry_answered_by_the_others(tmp_path: Path) -> None:
    # A shop's notes of the questions its bot should answer, a list a section, none answered yet: each
    # section's first question was answered with the questions under it.
    listed = "Shipping\n\n1.How long does shipping take?\n2.Can I track my order?\n\nOrders\n\n1.How do I order?\n2.Can I cancel?\n"
    with pytest.raises(CorpusError) as refused:
        load_corpus(write(tmp_path, "faq.txt", listed))
    assert str(refused.value).splitlines() == [
        f"faq.txt:{line}: entry {question!r} has an empty or missing answer"
        for line, question in [(3, "How long does shipping take?"), (4, "Can I track my order?"), (8, "How do I order?"), (9, "Can I cancel?")]
    ]
    # The FAQ's contents, its questions asked again below with their answers, is no entry either.
    contents = "Club FAQ\n\nQuestions:\n\nHow do I join?\nIs it free?\n\nHow do I join?\nFill in the form.\n\nIs it free?\nYes.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", contents)).entries] == [("How do I join?", "Fill in the form."), ("Is it free?", "Yes.")]
    # A reply asking back answers the question above it, as before.
    script = "Hello\n\nHow are you?\nI'm fine, thanks. Can I help?\n\nWho are you?\nThe club's assistant. What do you need?\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", script)).entries] == [
        ("How are you?", "I'm fine, thanks. Can I help?"), ("Who are you?", "The club's assistant. What do you need?")]


def test_title_lines_running_straight_into_the_first_question_leave_it_an_entry(tmp_path: Path) -> None:
    # An employee handbook's FAQ, typed into a sheet's first column: its title and a section's name
    # stood right over the first question, and all three, with its answer, were the FAQ's welcome.
    text = "Employee Handbook – FAQs\nPayroll\n1. What is GreytHR?\nOur payroll portal.\n\n2. Where is my payslip?\nIn GreytHR.\n\n3. Who pays?\nWe do.\n"
    corpus = load_corpus(write(tmp_path, "faq.txt", text))
    assert corpus.description == "Employee Handbook – FAQs\nPayroll"
    assert [(e.heading, e.line) for e in corpus.entries] == [("What is GreytHR?", 3), ("Where is my payslip?", 6), ("Who pays?", 9)]
    # A welcome that asks over no answer stays the welcome.
    welcome = "Club FAQ\nUpdated in May.\nQuestions?\n\nHow do I join?\nFill in the form.\n\nIs it free?\nYes.\n"
    corpus = load_corpus(write(tmp_path, "faq.txt", welcome))
    assert (corpus.description, [e.heading for e in corpus.entries]) == ("Club FAQ\nUpdated in May.\nQuestions?", ["How do I join?", "Is it free?"])


def test_an_answer_stopping_without_a_full_stop_is_no_question_wrapped(tmp_path: Path) -> None:
    # An HR bot's questions and answers a line each: an answer that ended in a quotation, no full
    # stop after it, was read as the first line of the question under it, wrapped, and the file was
    # refused, the question above "missing its answer".
    text = "How do I join?\nFill in the form called «Membership» and hand it to the committee\nIs it free?\nYes, for members.\nCan I park?\nBehind the hall.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", text)).entries] == [
        ("How do I join?", "Fill in the form called «Membership» and hand it to the committee"),
        ("Is it free?", "Yes, for members."),
        ("Can I park?", "Behind the hall."),
    ]


def test_markdown_saved_as_plain_text_is_read_as_markdown(tmp_path: Path) -> None:
    # A FAQ a chat assistant wrote, pasted into a text editor: each question asked "## How do I join?",
    # and bold questions opened no entry.
    text = "# Club FAQ\n\n## How do I join?\nType \\*\\*JOIN\\*\\* to us.\n\n### Q: Can I park?\nA: Yes, *mostly*.\n"
    corpus = load_corpus(write(tmp_path, "faq.txt", text))
    assert [(e.heading, e.answer) for e in corpus.entries] == [
        ("How do I join?", "Type **JOIN** to us."),  # rendered once: the stars it escapes are kept
        ("Can I park?", "Yes, mostly."),
    ]
    bold = "**How do I join?**\nFill in the form.\n\n**Is it free?**\nYes.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", bold)).entries] == [("How do I join?", "Fill in the form."), ("Is it free?", "Yes.")]
    listed = "Club FAQ\n\n* How do I join?\n  Fill in the form.\n\n* Is it free?\n  Yes.\n"  # a list's items, answered under them: "holds no FAQ entries"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.txt", listed)).entries] == [("How do I join?", "Fill in the form."), ("Is it free?", "Yes.")]
    # Plain questions under Markdown section titles stay text, as does a file parted by "-" lines.
    plain = "## Billing\n\nHow do I pay?\nBy card.\n\n**Still stuck?**\nCall us.\n\nCan I get a refund?\nYes.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.txt", plain)).entries] == ["How do I pay?", "Can I get a refund?"]


def test_a_web_pages_source_saved_as_plain_text_is_read_as_a_web_page(tmp_path: Path) -> None:
    # An accordion's markup copied out of a site into a .txt file: each question was read as a
    # heading of markup ('<span class="title">What is a fact?') and each answer as the <div> under it.
    text = """\
        <div class="accordion">
          <div class="item"><button class="item-title">What is a fact?</button>
            <div class="item-body"><p>A statement that can be <b>proved</b>.</p></div></div>
          <div class="item"><button class="item-title">What is an opinion?</button>
            <div class="item-body"><p>A belief &amp; a feeling.</p></div></div>
        </div>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faqs.txt", text)).entries] == [
        ("What is a fact?", "A statement that can be proved.", 2), ("What is an opinion?", "A belief & a feeling.", 4),
    ]
    # Text that only mentions a tag stays text.
    mentions = "<p> opens a paragraph?\nYes, in HTML.\n\nIs it closed by </p>?\nUsually.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "faqs.txt", mentions)).entries] == ["<p> opens a paragraph?", "Is it closed by </p>?"]


def test_questions_end_in_their_own_scripts_question_mark(tmp_path: Path) -> None:
    # Greek asks with ";", Chinese and Japanese with "？", Arabic with "؟"; before, such FAQs held no questions.
    text = "Πώς βρίσκω σπίτι;\nΑπό το μενού.\n\n如何下单？\n点击购买。\n\nكيف أسجل؟\nمن الصفحة الرئيسية.\n\nWhen do you meet?\nOn these days;\nTuesdays and Fridays.\n"
    corpus = load_corpus(write(tmp_path, "club.txt", text))
    assert [entry.heading for entry in corpus.entries] == ["Πώς βρίσκω σπίτι;", "如何下单？", "كيف أسجل؟", "When do you meet?"]
    assert corpus.entries[-1].answer == "On these days;\nTuesdays and Fridays."  # ";" ends no English question
    markdown = write(tmp_path, "club.md", "**如何下单？**\n\n点击购买。\n\n**Πώς βρίσκω σπίτι;** Από το μενού.\n")
    assert [(e.heading, e.answer) for e in load_corpus(markdown).entries] == [("如何下单？", "点击购买。"), ("Πώς βρίσκω σπίτι;", "Από το μενού.")]
SHOP_JSON_LD = """\
    <!doctype html>
    <html><head><title>Shop help</title>
    <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Organization", "name": "Shop"}</script>
    <script type="application/ld+json">
    {
      "@context": "https://schema.org",
      "@graph": [{
        "@type": "FAQPage",
        "mainEntity": [
          {"@type": "Question", "name": "How long does delivery take?",
           "alternateName": ["When will my order arrive?"],
           "acceptedAnswer": {"@type": "Answer", "text": "<p>Orders arrive in <b>2&ndash;4 days</b>.</p><p>Express: next day.</p><script>alert(1)<\\/script>"}},
          {"@type": "Question", "name": "Can I return items?",
           "acceptedAnswer": {"@type": "Answer", "text": "Yes, within 30 days: <ul><li>unused</li><li>with receipt</li></ul>"}}
        ]
      }]
    }
    </script></head><body><h1>Help</h1></body></html>
    """


def test_html_json_ld_faq_page(tmp_path: Path) -> None:
    corpus = load_corpus(write(tmp_path, "shop.html", SHOP_JSON_LD))
    delivery, returns = corpus.entries
    assert corpus.description == "Shop help"
    assert (delivery.heading, delivery.alternates, delivery.line) == ("How long does delivery take?", ("When will my order arrive?",), 10)
    assert delivery.answer == "Orders arrive in 2–4 days.\n\nExpress: next day."  # entities decoded, script dropped
    assert returns.answer == "Yes, within 30 days:\n\n- unused\n- with receipt"


def test_a_saved_pages_relative_links_lead_where_the_page_was_published(tmp_path: Path) -> None:
    # "<a href='/elections/register'>registration form</a>" lost its address: relative, it led nowhere from a chat.
    head = '<link rel="canonical" href="https://news.example.org/elections/faq">'
    ld = json.dumps({"@type": "FAQPage", "mainEntity": [{"@type": "Question", "name": "How do I register?",
                     "acceptedAnswer": {"@type": "Answer", "text": "Use the <a href='/elections/register'>form</a>, not <a href='#top'>this</a>."}}]})
    structured = f"<html><head>{head}</head><body><h2>Where do I vote?</h2><p>See the <a href='polling-places'>map</a>.</p><h2>Is it free?</h2><p>Yes.</p></body></html>"
    write(tmp_path, "structured.html", structured)
    write(tmp_path, "marked.html", f'<html><head>{head}<script type="application/ld+json">{ld}</script></head><body></body></html>')
    write(tmp_path, "unplaced.html", structured.replace(head, ""))  # no address: nothing to read them against
    answers = {e.file: e.answer for e in load_corpus(tmp_path).entries if e.heading != "Is it free?"}
    assert answers == {
        "structured.html": "See the map (https://news.example.org/elections/polling-places).",
        "marked.html": "Use the form (https://news.example.org/elections/register), not this.",
        "unplaced.html": "See the map.",
    }


def test_html_json_ld_questions_referenced_by_id_as_yoast_writes_them(tmp_path: Path) -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": ["WebPage", "FAQPage"], "@id": "https://shop.example/faq/", "mainEntity": [{"@id": "#q1"}, {"@id": "#q2"}]},
        {"@type": "Question", "@id": "#q1", "name": "Do you ship abroad?", "acceptedAnswer": {"@type": "Answer", "text": "To the EU."}},
        {"@type": "Question", "@id": "#q2", "name": "Can I pay by card?", "acceptedAnswer": {"@type": "Answer", "text": "Yes."}},
    ]}
    page = write(tmp_path, "faq.html", f'<html><head><script type="application/ld+json">{json.dumps(graph, indent=1)}</script></head></html>')
    assert [(e.heading, e.answer) for e in load_corpus(page).entries] == [("Do you ship abroad?", "To the EU."), ("Can I pay by card?", "Yes.")]


def test_a_faq_pages_json_ld_saved_as_a_json_file_is_read(tmp_path: Path) -> None:
    # SEO plugins export a page's FAQ schema as .json; it was refused ("entry has no 'question'").
    page = {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": "Do you ship abroad?", "acceptedAnswer": {"@type": "Answer", "text": "<p>To the <b>EU</b>.</p>"}},
        {"@type": "Question", "name": "Can I pay by card?", "alternateName": "Do you take Visa?", "acceptedAnswer": {"@type": "Answer", "text": "Yes."}},
    ]}
    corpus = load_corpus(write(tmp_path, "faq-schema.json", json.dumps(page, indent=1)))
    assert [(e.heading, e.answer, e.alternates, e.line) for e in corpus.entries] == [
        ("Do you ship abroad?", "To the EU.", (), 7), ("Can I pay by card?", "Yes.", ("Do you take Visa?",), 15),
    ]


def test_html_microdata_faq_page(tmp_path: Path) -> None:
    page = write(tmp_path, "ship.htm", """\
        <html><body>
        <div itemscope itemtype="https://schema.org/FAQPage">
          <div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">
            <h3 itemprop="name">Do you ship   abroad?</h3>
            <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer">
              <div itemprop="text"><p>Yes, to the EU and the UK.</p>
                <p>See <a href="https://shop.example/ship">shipping</a>.<!-- hidden note --></p></div>
            </div>
          </div>
        </div></body></html>
        """)
    (entry,) = load_corpus(page).entries
    assert (entry.heading, entry.line) == ("Do you ship abroad?", 3)
    assert entry.answer == "Yes, to the EU and the UK.\n\nSee shipping (https://shop.example/ship)."


def test_a_site_page_filling_its_questions_in_from_site_data_names_the_data_to_use(tmp_path: Path) -> None:
    # GeyserMC's and KeyboardKit's faq.md only loop over site.data.faq: "holds no FAQ entries" left the owner guessing.
    page = write(tmp_path, "faq.md", "---\ntitle: FAQ\n---\n\n{% for q in site.data.faq %}\n<h2>{{ q.title }}</h2>\n{% endfor %}\n")
    with pytest.raises(CorpusError, match=r"faq.md: is a site's template that fills its questions in from the site's data \('faq'\): put that data file \(_data/faq.yml in Jekyll"):
        load_corpus(page)
    write(tmp_path, "faq.md", "# FAQ\n\n{{ range .Site.Data.help }}{{ .question }}{{ end }}\n")
    with pytest.raises(CorpusError, match=r"\('help'\): put that data file \(_data/help.yml in Jekyll, data/help.yaml in Hugo\)"):
        load_corpus(page)
    html = write(tmp_path, "faq.html", "<h1>FAQ</h1>{% for item in site.data.faq %}<h3>{{ item.question }}</h3><p>{{ item.answer }}</p>{% endfor %}")
    with pytest.raises(CorpusError, match=r"faq.html: is a site's template that fills its questions in from the site's data \('faq'\)"):
        load_corpus(html)
    # A site's data may list translation keys, each looked up in its translation files: every
    # "site.faq.q1.question" was an entry answered "site.faq.q1.answer".
    keys = write(tmp_path, "faq.yml", "- title: site.faq.title\n  items:\n    - question: 'site.faq.q1.question'\n      answer: 'site.faq.q1.answer'\n")
    with pytest.raises(CorpusError, match=r"faq.yml: holds translation keys, not text \('site.faq.q1.question'\): .*put the file that holds the text in the corpus"):
        load_corpus(keys)


def saved_as_one_file(page: str, address: str) -> str:
    """``page`` as Chrome's "Webpage, Single File" saves it (.mhtml): a MIME message whose first part
    is the page, quoted-printable with no charset named, and whose next part is an image it shows."""
    import quopri

    boundary = "----MultipartBoundary--xyz----"
    html = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return "\r\n".join([
        "From: <Saved by Blink>", f"Snapshot-Content-Location: {address}", "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"', "", "",
        f"--{boundary}", "Content-Type: text/html", "Content-Transfer-Encoding: quoted-printable", f"Content-Location: {address}", "", html,
        f"--{boundary}", "Content-Type: image/png", "Content-Transfer-Encoding: base64", "", "iVBORw0KGgo=", f"--{boundary}--", "",
    ])


def test_a_web_page_saved_as_one_file_is_read_as_the_page(tmp_path: Path) -> None:
    # Chrome and Edge save "Webpage, Single File" as .mhtml (Internet Explorer as .mht): it was refused
    # as an unknown type. Its page is quoted-printable, in the charset its <meta> names.
    page = (
        '<html><head><meta charset="utf-8"><title>Caf\u00e9 FAQ</title></head><body><h1>Caf\u00e9 FAQ</h1>'
        '<h2>Do you have vegan options?</h2><p>Yes, every day at the caf\u00e9: see the <a href="/menu">menu</a> for the full list of dishes.</p>'
        "<h2>Can I book a table?</h2><p>Call us.</p></body></html>"
    )
    (tmp_path / "faq.mhtml").write_bytes(saved_as_one_file(page, "https://cafe.example.org/faq").encode("ascii"))
    corpus = load_corpus(tmp_path / "faq.mhtml")
    assert corpus.description == "Caf\u00e9 FAQ"
    assert [(e.heading, e.answer) for e in corpus.entries] == [
        ("Do you have vegan options?", "Yes, every day at the caf\u00e9: see the menu (https://cafe.example.org/menu) for the full list of dishes."),
        ("Can I book a table?", "Call us."),
    ]
    (tmp_path / "faq.mhtml").write_text("Subject: not a page\r\n\r\nJust text.\r\n", encoding="ascii")
    with pytest.raises(CorpusError, match="faq.mhtml: holds no web page \\(no text/html part\\)"):
        load_corpus(tmp_path / "faq.mhtml")


def test_a_server_page_is_read_as_the_html_it_serves_without_running_its_code(tmp_path: Path) -> None:
    # Small organisations' sites keep faq.php (in public repositories more often than faq.html), and
    # a council's page saved from the web keeps its address's faq.aspx: each was refused as an unknown
    # type. Their code is left out and what it includes is never read.
    page = (
        "<!DOCTYPE html><html><head><title>School FAQ</title></head><body>\n<?php include('common/header.php'); ?>\n"
        '<h5><a href="#c1">Can I collect my child early?</a></h5>\n<div id="c1"><p>Yes, at the office.</p></div>\n'
        '<h5><a href="#c2">Is there a uniform?</a></h5>\n<div id="c2"><p>Yes<?= $suffix ?>.</p></div>\n<?php include("footer.php");\n'
    )
    corpus = load_corpus(write(tmp_path, "faq.php", page))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [("Can I collect my child early?", "Yes, at the office.", 3), ("Is there a uniform?", "Yes.", 5)]
    aspx = '<%@ Page Language="C#" %>\n<html><body><h2>Do I need a permit?</h2><p>Yes, <%= Model.Fee %> a year.</p>\n<h2>How do I apply?</h2><p>Online.</p></body></html>'
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.aspx", aspx)).entries] == [("Do I need a permit?", "Yes, a year.", 2), ("How do I apply?", "Online.", 3)]
    template = "<?php get_header(); ?>\n<h2>FAQ</h2>\n<?php while (have_rows('faq')) : the_row(); ?>\n<h3><?php echo $title; ?></h3>\n<?php endwhile; ?>\n"
    with pytest.raises(CorpusError, match="faq.php: holds no FAQ entries in its HTML; its questions are perhaps filled in by its code"):
        load_corpus(write(tmp_path, "faq.php", template))


def test_a_page_templates_statement_lines_are_not_part_of_its_answers(tmp_path: Path) -> None:
    # A Django site's FAQ template (EZID's) holds its questions between "{% blocktrans %}" lines:
    # the last answer ended in "{% endblocktrans %}". A page showing such a line in a code sample
    # is no template, and keeps it.
    template = (
        '{% extends "layouts/learn.html" %}\r\n{% load i18n %}\r\n{% block content %}{# the FAQ #}\r\n{% blocktrans trimmed %}\r\n'
        "<p><strong>Is it free?</strong></p>\r\n<p>Yes.</p>\r\n<p><strong>Where can I ask more?</strong></p>\r\n<p>On the forum.</p>\r\n"
        "{% endblocktrans %}\r\n{% endblock %}\r\n"
    )
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", template)).entries] == [("Is it free?", "Yes."), ("Where can I ask more?", "On the forum.")]
    sample = "<h2>How do I end a block?</h2>\n<pre>\n{% endblock %}\n</pre>\n"
    assert load_corpus(write(tmp_path, "faq.html", sample)).entries[0].answer == "```\n{% endblock %}\n```"


def test_a_page_template_is_read_as_the_html_it_builds_without_its_code(tmp_path: Path) -> None:
    # Eleventy sites keep their FAQ page as src/faq.njk, Jekyll sites as faq.html with Liquid in it,
    # Symfony sites as faq.html.twig: the first and last were refused as unknown types, and the
    # second kept its tags in its answers ("£10 a year.\n\n{% endif %}") and read a question its
    # author had commented out.
    page = (
        "---\nlayout: base.njk\ntitle: Club FAQ\ndescription: What new members ask us.\n---\n{% extends \"base.njk\" %}\n"
        "{# <h2>Is there parking?</h2><p>Not yet.</p> #}\n<h2>How do I join?</h2>\n<p>Fill in the form{{ site.form_note }}.</p>\n"
        "{% if fees %}\n<h2>How much is it?</h2>\n<p>£10 a\nyear.</p>\n{% endif %}\n"
        "<h2>How do I show a name in a template?</h2>\n<p>Write {% raw %}{{ name }}{% endraw %}.</p>\n"
    )
    for name in ("faq.njk", "faq.html.twig", "faq.html"):
        corpus = load_corpus(write(tmp_path, name, page))
        assert corpus.description == "Club FAQ\n\nWhat new members ask us."
        assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
            ("How do I join?", "Fill in the form.", 8),
            ("How much is it?", "£10 a year.", 11),
            ("How do I show a name in a template?", "Write {{ name }}.", 15),
        ]
    section = (
        "{% comment %}\n<h3>Old question?</h3><p>Gone.</p>\n{% endcomment %}\n<h3>Do you ship abroad?</h3>\n<p>To the EU.</p>\n"
        '{%- style -%}\n.faq h3 { color: red }\n{%- endstyle -%}\n{% schema %}\n{"name": "FAQ", "presets": [{"name": "Why buy?"}]}\n{% endschema %}\n'
    )
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.liquid", section)).entries] == [("Do you ship abroad?", "To the EU.", 4)]
    ghost = "{{!< default}}\n{{!-- <h3>Is it free? }}</h3> --}}\n<h3>Can I cancel?</h3>\n<p>Any time{{{ note }}}.</p>\n"
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "page-faq.hbs", ghost)).entries] == [("Can I cancel?", "Any time.", 3)]


def test_a_templates_faq_set_as_data_in_the_page_is_read(tmp_path: Path, caplog) -> None:
    # An Eleventy page may keep its FAQ as a Nunjucks array it loops over ("{% set faqItems = [{
    # question: …}] %}"), written as JavaScript writes one; a question the code fills in (a
    # translation looked up) is left out, saying so, and a page of only such questions is refused.
    page = (
        '<h1>FAQ</h1>\n{%- set faqItems = [\n  { question: "Do you see cats?", answer: "Yes, and rabbits." },\n'
        "  { question: 'Can I book online?', answer: 'Any time.' }\n] -%}\n"
        "{% for item in faqItems %}<h3>{{ item.question }}</h3><p>{{ item.answer }}</p>{% endfor %}\n"
        "<h3>{{ 'faq.hours' | t }}</h3>\n<h3>Where are you?</h3><p>By the park.</p>\n"
    )
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(write(tmp_path, "faq.njk", page))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("Do you see cats?", "Yes, and rabbits.", 3), ("Can I book online?", "Any time.", 4), ("Where are you?", "By the park.", 8),
    ]
    assert "faqItems" not in caplog.text  # read from the page itself: not data it fills in from elsewhere
    sectioned = (
        '<h1>FAQ</h1>\n{% set servicing = [{ question: "How much is a service?", answer: "£85." }] %}\n'
        '<section id="servicing"><h2>Servicing</h2>\n{% for item in servicing %}<h3>{{ item.question }}</h3>{% endfor %}</section>\n'
        "<h2>Hire</h2>\n<h3>Do you hire out bikes?</h3><p>Yes.</p>\n"
    )
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.njk", sectioned)).entries] == [
        ("How much is a service?", "Servicing"), ("Do you hire out bikes?", "Hire"),  # the section over the loop, as the page shows it
    ]
    question = '{{"@type": "Question", "name": "{0}", "acceptedAnswer": {{"@type": "Answer", "text": "{1}"}}}}'
    translated = question.format("{{ 'faq.q1' | t }}", "{{ 'faq.a1' | t }}")
    json_ld = '<script type="application/ld+json">\n{"@type": "FAQPage", "mainEntity": [%s]}</script>\n'
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(write(tmp_path, "faq.njk", json_ld % ", ".join([translated, question.format("Is there parking?", "Yes.")])))
    assert [(e.heading, e.answer) for e in corpus.entries] == [("Is there parking?", "Yes.")]
    assert "faq.njk:1: entry left out: the template's code fills its question in when the site is built" in caplog.text
    with pytest.raises(CorpusError, match=r"faq.njk: holds no FAQ entries written out in its HTML \(faqbot never runs a template's code: questions it fills in"):
        load_corpus(write(tmp_path, "faq.njk", json_ld % translated))


def test_a_template_that_fills_its_questions_in_says_where_they_are(tmp_path: Path, caplog) -> None:
    # Its questions come from data when the site is built, and faqbot never runs the code: the error
    # names the data to give instead of the generic "no schema.org FAQPage found".
    loop = "<h1>FAQ</h1>\n{# {% for q in old_faq %} #}\n{% for item in localeData.faq %}\n<h3>{{ item.question }}</h3><p>{{ item.answer }}</p>\n{% endfor %}\n"
    with pytest.raises(CorpusError, match=r"faq.njk: is a template that fills its questions in from 'localeData.faq' when the site is built"):
        load_corpus(write(tmp_path, "faq.njk", loop))
    with pytest.raises(CorpusError, match=r"faq.hbs: is a template that fills its questions in from 'faqs'"):
        load_corpus(write(tmp_path, "faq.hbs", "{{#each faqs}}\n<h3>{{this.q}}</h3>\n{{/each}}\n"))
    with pytest.raises(CorpusError, match=r"faq.html: is a site's template that fills its questions in from the site's data \('faq'\)"):
        load_corpus(write(tmp_path, "faq.html", "<section>{% for item in site.data.faq %}<h4>{{ item.q }}</h4>{% endfor %}</section>"))
    # A Hugo layout opens with a Go action, not a {% statement %}: its accordion's "{{ .question }}" was read as a question.
    hugo = (
        '{{ define "main" }}\n{{ range .Site.Data.faq }}\n<div class="panel-heading accordion-toggle" data-toggle="collapse">'
        '<h4 class="panel-title"><a href="#">{{ .question }}</a></h4></div>\n<div class="panel-collapse collapse"><p>{{ .answer }}</p></div>\n{{ end }}\n{{ end }}\n'
    )
    with pytest.raises(CorpusError, match=r"list.html: is a site's template that fills its questions in from the site's data \('faq'\)"):
        load_corpus(write(tmp_path, "list.html", hugo))
    # A Jekyll include opens with no front matter: its toggle's "{{ question.question }}" was read as a question.
    include = (
        '<section id="faq"><h2>{{ site.data.faq.title }}</h2>\n{% for question in site.data.faq.faq %}\n'
        '<h4><a data-toggle="collapse" href="#c{{ forloop.index }}">{{ question.question }}</a></h4>\n'
        '<div id="c{{ forloop.index }}" class="collapse">{{ question.answer }}</div>\n{% endfor %}</section>\n'
    )
    with pytest.raises(CorpusError, match=r"faq.html: is a site's template that fills its questions in from the site's data \('faq'\)"):
        load_corpus(write(tmp_path, "faq.html", include))
    shopify = "{% for block in section.blocks %}<details><summary>{{ block.settings.question }}</summary></details>{% endfor %}\n{% schema %}{}{% endschema %}"
    with pytest.raises(CorpusError, match=r"faq.liquid: is a Shopify theme's section: .* \(templates/page.faq.json\)"):
        load_corpus(write(tmp_path, "faq.liquid", shopify))
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(write(tmp_path, "faq.njk", loop + "<h2>Still have questions?</h2><p>Call us.</p>\n"))
    assert [e.heading for e in corpus.entries] == ["Still have questions?"]
    assert "faq.njk: questions its code fills in from 'localeData.faq' when the site is built are not read" in caplog.text
    json_ld = '<script type="application/ld+json">\n{"@type": "FAQPage", "mainEntity": [{% for q in faqs %}{"name": {{ q.name | dump }}}{% endfor %}]}\n</script>\n'
    with caplog.at_level(logging.WARNING), pytest.raises(CorpusError, match="fills its questions in from 'faqs'"):
        load_corpus(write(tmp_path, "faq.njk", json_ld))
    assert "faq.njk:2: skipped a JSON-LD block its code writes when the site is built" in caplog.text  # not "not valid JSON": that is the page's


def test_a_hugo_or_jekyll_page_filled_in_from_data_says_to_give_the_data(tmp_path: Path) -> None:
    # A site's content/faq.md holds front matter and a shortcode, or front matter naming its layout
    # only: it was refused as holding no entries, "write a heading per question".
    shortcodes = '---\ntitle: FAQ\n---\n\n> [!NOTE]\n> A technical FAQ.\n\n## API\n\n{{% faq-section "API" %}}\n\n## Widget\n\n{{% faq-section "Widget" %}}\n'
    with pytest.raises(CorpusError, match=r"faq.md: is a page whose questions its site fills in when it is built, by '\{\{% faq-section \"API\" %\}\}' .* data folder"):
        load_corpus(write(tmp_path, "faq.md", shortcodes))
    with pytest.raises(CorpusError, match=r"faq.md: is a page whose questions its site fills in when it is built, by its layout \('faq'\)"):
        load_corpus(write(tmp_path, "faq.md", '+++\ntitle = "FAQ"\ntype = "faq"\n+++\n'))
    # A Hugo theme's page section comes commented, naming its widget: its comments were read as headings
    # ("Documentation: https://…" answered "widget: faq").
    widget = "---\n# An instance of the FAQ widget.\nwidget: faq\n\n# Activate this widget? true/false\nactive: true\n---\n"
    with pytest.raises(CorpusError, match=r"faq.md: is a page whose questions its site fills in when it is built, by its layout \('faq'\)"):
        load_corpus(write(tmp_path, "faq.md", widget))
    # A Hugo section's _index.md lists the pages beside it, each a question.
    with pytest.raises(CorpusError, match=r"_index.md: is a Hugo section's index page, over the pages beside it in its folder, which hold its questions: give that folder"):
        load_corpus(write(tmp_path, "_index.md", '---\ntitle: "FAQs"\ndraft: false\n---\n'))
    # An empty page of another layout, or a draft, is only empty; a shortcode among text is part of it.
    for page in ("---\ntitle: FAQ\nlayout: default\n---\n", "+++\ntitle = 'FAQ'\ndraft = true\n+++\n", "Some text.\n\n{{< faq >}}\n"):
        with pytest.raises(CorpusError, match=r"faq.md: holds no FAQ entries \(write a heading per question"):
            load_corpus(write(tmp_path, "faq.md", page))


def test_a_page_that_only_includes_other_files_names_them(tmp_path: Path) -> None:
    # Syncthing's faq.rst and home-manager's faq.md hold no question: their build puts other files in
    # their place. They were refused as holding no entries, "write a section title per question".
    rst = "FAQ\n~~~\n\n.. contents::\n    :local:\n\n.. include:: faq-parts/general.rst\n.. include:: faq-parts/usage.rst\n"
    with pytest.raises(CorpusError, match=r"faq.rst: holds no entries but includes other files, which hold its FAQ \('faq-parts/general.rst', 'faq-parts/usage.rst'\): put those"):
        load_corpus(write(tmp_path, "faq.rst", rst))
    nix = "# FAQ {#ch-faq}\n\n```{=include=} sections\nfaq/collision.md\nfaq/unstable.md\n```\n"
    with pytest.raises(CorpusError, match=r"faq.md: holds no entries but includes other files, which hold its FAQ \('faq/collision.md', 'faq/unstable.md'\)"):
        load_corpus(write(tmp_path, "faq.md", nix))
    with pytest.raises(CorpusError, match=r"faq.md: holds no entries but includes other files, which hold its FAQ \('general.md', 'docs/billing.md'\)"):
        load_corpus(write(tmp_path, "faq.md", '# FAQ\n\n--8<-- "general.md"\n\n```{include} docs/billing.md\n```\n'))  # MkDocs, MyST
    # The Erlang FAQ's faq.xml includes a file per chapter by XInclude: "entry has no 'question' (keys: href)".
    erlang = '<part xmlns:xi="http://www.w3.org/2001/XInclude"><header><title>Erlang FAQ</title></header>\n<xi:include href="tools.xml"/>\n<xi:include href="mnesia.xml"/></part>'
    with pytest.raises(CorpusError, match=r"faq.xml: holds no entries but includes other files, which hold its FAQ \('tools.xml', 'mnesia.xml'\)"):
        load_corpus(write(tmp_path, "faq.xml", erlang))
    # A page with entries of its own is read, whatever it includes.
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.md", '## Is it free?\n\nYes.\n\n--8<-- "more.md"\n')).entries] == ["Is it free?"]
    asking = erlang.replace("</header>", "</header><faq><question>Is it free?</question><answer>Yes.</answer></faq>")
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.xml", asking)).entries] == ["Is it free?"]
    plain = 'Is it free?\nYes.\n\nWhere is it?\nIn town.\n\n--8<-- "more.md"\n'  # questions set apart by their lines alone
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.md", plain)).entries] == ["Is it free?", "Where is it?"]


def test_a_markdown_page_written_in_html_is_read_as_the_web_page_it_is(tmp_path: Path) -> None:
    # A consultancy's FAQ.md is its site's HTML section; its items, indented under blank lines, were
    # read as Markdown's code, and the file was refused.
    item = """\
          <div class="faq-item">
            <button class="faq-q" onclick="toggleFaq(this)">
              {question}
              <span class="faq-toggle">+</span>
            </button>
            <div class="faq-a">
              {answer}
            </div>
          </div>
    """
    page = (
        '<section class="sec">\n  <div class="container">\n    <h2>Frequently Asked Questions</h2>\n    <div class="faq-wrap">\n\n'
        + item.format(question="What is a GST audit?", answer="A review of your returns.") + "\n"
        + item.format(question="Who needs one?", answer="Firms above the threshold.") + "\n    </div>\n  </div>\n</section>\n"
    )
    entries = load_corpus(write(tmp_path, "FAQ.md", page)).entries
    assert [(e.heading, e.answer, e.line) for e in entries] == [
        ("What is a GST audit?", "A review of your returns.", 7), ("Who needs one?", "Firms above the threshold.", 17)]


def test_a_page_building_its_faq_from_its_own_scripts_data_is_read_from_that_data(tmp_path: Path) -> None:
    # A driving school's page keeps its FAQ in a script and builds the list from it in the browser:
    # the page was refused as asking nothing. The script is read, never run.
    page = """\
        <html><body><h1>FAQ</h1><div id="faqList"></div>
        <script type="application/ld+json">{"@type": "Organization", "name": "Driving school"}</script>
        <script>
        const faqData = [
          { q: 'How old must I be?', a: 'Seventeen.' },
          { q: 'How much is a lesson?', a: `<p>110 shekels, <b>paid</b> in cash.</p>` },
        ];
        document.getElementById('faqList').innerHTML = faqData.map(item => `<h3>${item.q}</h3>`).join('');
        </script>
        <script type="text/template"><h3>{{ q }}?</h3></script>
        </body></html>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How old must I be?", "Seventeen.", 5), ("How much is a lesson?", "110 shekels, paid in cash.", 6)]
    # A page that writes its questions out is read from them, whatever its scripts hold.
    written = page.replace('<div id="faqList"></div>', "<h3>Can I pay by card?</h3><p>Yes.</p><h3>Where are you?</h3><p>In town.</p>")
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.html", written)).entries] == ["Can I pay by card?", "Where are you?"]


def test_a_page_without_faq_markup_or_questions_is_a_clear_error(tmp_path: Path) -> None:
    page = write(tmp_path, "about.html", "<html><body><h2>About us</h2><p>We sell tea.</p></body></html>")
    with pytest.raises(CorpusError, match="about.html: no schema.org FAQPage found .*, nor headings that ask questions"):
        load_corpus(page)
    # A page whose script builds its accordion from a data file, as a game's site does: the file holds the questions.
    loading = "<html><body><h1>FAQ</h1><div class='container'></div><script>fetch('data/faq.json').then(r => r.json())</script></body></html>"
    with pytest.raises(CorpusError, match=r"faq.html: shows questions its script loads from 'data/faq.json' when a browser opens it .*put that file in the corpus"):
        load_corpus(write(tmp_path, "faq.html", loading))
    # A page that shows nothing until its script builds it (a single-page app): saved from a browser, it holds the text.
    app = "<html><head><title>FAQ</title></head><body><div id='root'><noscript>This site needs JavaScript.</noscript></div><script src='/js/vendor.js'></script><script src='/js/app.js'></script></body></html>"
    with pytest.raises(CorpusError, match=r"faq.html: shows no text until its script \('/js/app.js'\) builds the page in a browser .*save the page from a browser"):
        load_corpus(write(tmp_path, "faq.html", app))
    # Its skip link shown to screen readers only is no text of its own either.
    skipping = app.replace("<div id='root'>", "<a href='#main' class='skip-link'>Skip to content</a><div id='root'>")
    with pytest.raises(CorpusError, match=r"faq.html: shows no text until its script"):
        load_corpus(write(tmp_path, "faq.html", skipping))
    # A page left at a moved FAQ's old address, which only sends the browser on.
    moved = "<html><head><meta http-equiv='Refresh' content='0; url=https://example.org/faq'></head><body><p>Redirecting to <a href='https://example.org/faq'>the FAQ</a></p></body></html>"
    with pytest.raises(CorpusError, match=r"faq.html: only sends a browser on to 'https://example.org/faq' .*save that page"):
        load_corpus(write(tmp_path, "faq.html", moved))
    # A project's old FAQ.adoc, and an old wiki's page, only saying where the FAQ went.
    note = "= FAQ\n\nFAQs have been moved to the https://example.org/docs/faq.adoc[documentation].\n"
    with pytest.raises(CorpusError, match=r"FAQ.adoc: only says the FAQ has moved, to 'https://example.org/docs/faq.adoc': save what is there"):
        load_corpus(write(tmp_path, "FAQ.adoc", note))
    with pytest.raises(CorpusError, match=r"faq.md: only says the FAQ has moved, to 'https://example.org/wiki'"):
        load_corpus(write(tmp_path, "faq.md", "# The wiki has been moved [here](https://example.org/wiki).\n"))
    with pytest.raises(CorpusError, match=r"faq.md: only says the FAQ is elsewhere, at 'https://example.org/FAQ.adoc': save what is there"):
        load_corpus(write(tmp_path, "faq.md", "# FAQ\n\nRefer to the main [FAQ](https://example.org/FAQ.adoc).\n"))  # a plugin's docs
    # A symbolic link, checked out by git as a file holding the path it links to (hledger's site's DEVFAQ.md).
    with pytest.raises(CorpusError, match=r"DEVFAQ.md: only says the FAQ is in another file, named '../../doc/DEVFAQ.md'"):
        load_corpus(write(tmp_path, "DEVFAQ.md", "../../doc/DEVFAQ.md"))
    # A FAQ's index whose every question links to its answer's page (a meditation group's site).
    index = "<h1>All questions</h1><ol><li><a href='faq/q1.html'>Can I close my eyes?</a></li><li><a href='faq/q2.html'>Why live for others?</a></li></ol>"
    with pytest.raises(CorpusError, match=r"faq.html: lists questions whose answers are pages of their own \('faq/q1.html', 'faq/q2.html'\): put those pages in the corpus"):
        load_corpus(write(tmp_path, "faq.html", index))


def test_a_sites_other_pages_beside_its_faq_are_skipped_saying_why(tmp_path: Path, caplog) -> None:
    # A site's folder holds its FAQ page beside its other pages and layouts: one page without
    # questions stopped the whole corpus ("about.html: no schema.org FAQPage found"), where a
    # README.md beside a Markdown FAQ is skipped.
    write(tmp_path, "faq.html", "<h2>Is it free?</h2><p>Yes.</p>")
    write(tmp_path, "about.html", "<h2>About us</h2><p>We sell tea.</p>")
    (tmp_path / "_includes").mkdir()
    write(tmp_path, "_includes/base.njk", "<html><body>{{ content | safe }}</body></html>")
    write(tmp_path, "_includes/faq-list.njk", "{% for item in faqs %}<h3>{{ item.question }}</h3>{% endfor %}")
    write(tmp_path, "sitemap.njk", '<?xml version="1.0"?>\n<urlset>{% for page in collections.all %}<url>{{ page.url }}</url>{% endfor %}</urlset>')
    write(tmp_path, "_config.yml", "title: Tea club\nbaseurl: /club\n")
    write(tmp_path, "site.json", '{"name": "Tea club", "url": "https://tea.example.org", "ga4Id": "G-XXXX"}')  # each setting was an entry
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path)
    assert [e.heading for e in corpus.entries] == ["Is it free?"]
    assert set(corpus.unread) == {"about.html", "_includes/base.njk", "_includes/faq-list.njk", "sitemap.njk", "_config.yml", "site.json"}
    assert "sitemap.njk: is an XML document (a sitemap or a feed), not a web page; skipped" in caplog.text
    assert "site.json: expected a JSON list of entries" in caplog.text
    assert "about.html: no schema.org FAQPage found" in caplog.text
    assert "faq-list.njk: is a template that fills its questions in from 'faqs' when the site is built" in caplog.text


HELP_PAGE = """\
    <html><head><title>Help centre</title></head><body>
    <header><nav><h2>Need help?</h2><a href="/">Home</a></nav></header>
    <main>
    <h1>Frequently asked questions</h1>
    <h2>Orders</h2>
    <div class="accordion-item">
      <h3><button>How long does delivery take?</button></h3>
      <div class="collapse"><p>Two to four days.</p><p>Express: one.</p></div>
    </div>
    <div class="faq"><div class="q"><h4>Can I change my order?</h4></div><div class="a">Within an hour.</div></div>
    <h2>Returns</h2>
    <details><summary>Do you refund shipping?</summary><p>For faulty items.</p></details>
    <dl><dt>Is there a fee?</dt><dd>No.</dd><dt>Questions?</dt></dl>
    <p><strong>Q: Can I return a gift?</strong></p><p>A: Yes, with the receipt.</p>
    <button class="accordion">How long do refunds take?</button><div class="panel">A week. Why so long? Banks.</div>
    </main>
    <section class="cta"><h2>Ready to order?</h2><p><a href="/shop">Shop now</a></p></section>
    <footer><h3>Was this helpful?</h3><p>Yes / No</p></footer>
    </body></html>
    """


def test_headings_left_open_are_closed_as_a_browser_closes_them(tmp_path: Path) -> None:
    # A section heading left open ("<h2>Orders<h3>…") held the rest of the page for Python's
    # parser: its questions' category was the whole page's text, and 2,000 such headings nested
    # each inside the last took 74 s to read. A heading opened inside an open one closes it first.
    page = "<h2>Orders<h3>Is it free?</h3><p>Yes.</p><h3>Is it open?</h3><p>No.</p><h2>Returns</h2><h3>Can I return it?</h3><p>Within 14 days.</p>"
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Is it free?", "Orders"), ("Is it open?", "Orders"), ("Can I return it?", "Returns"),
    ]


def test_a_web_page_is_read_in_the_encoding_it_declares(tmp_path: Path) -> None:
    # Pages saved from older sites are in Latin-1 and say so; they were refused as "not valid UTF-8".
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
    page += "<body><h2>Où est le café – ouvert?</h2><p>Rue de la Gare, dès 8 h.</p></body></html>"
    (tmp_path / "faq.html").write_bytes(page.encode("cp1252"))  # "–" is Windows-1252, which browsers read Latin-1 as
    entry, = load_corpus(tmp_path / "faq.html").entries
    assert (entry.heading, entry.answer) == ("Où est le café – ouvert?", "Rue de la Gare, dès 8 h.")
    (tmp_path / "faq.html").write_bytes(page.replace("ISO-8859-1", "no-such-encoding").encode("cp1252"))
    with pytest.raises(CorpusError, match=r"faq.html:1: not valid UTF-8 text \(byte 0xf9\)"):  # nothing declared that can be read: no guess
        load_corpus(tmp_path / "faq.html")
    # An XHTML page declares its encoding in its XML declaration (a Spanish FAQ of an old project site).
    xhtml = '<?xml version="1.0" encoding="iso-8859-1"?>\n<html><body><dl><dt>¿Qué es?</dt><dd>Un conjunto de plantillas.</dd></dl></body></html>'
    (tmp_path / "faq.html").write_bytes(xhtml.encode("latin-1"))
    entry, = load_corpus(tmp_path / "faq.html").entries
    assert (entry.heading, entry.answer) == ("¿Qué es?", "Un conjunto de plantillas.")
    # Browsers read a page labelled GB2312 as GBK, its larger successor (朱镕基's 镕 is GBK's only),
    # and a page opening with UTF-8's byte order mark as UTF-8 whatever it declares (a FrontPage site's).
    chinese = '<html><head><meta charset="gb2312"></head><body><h2>谁是朱镕基?</h2><p>一位总理。</p></body></html>'
    (tmp_path / "faq.html").write_bytes(chinese.encode("gbk"))
    (tmp_path / "marked.html").write_bytes(codecs.BOM_UTF8 + chinese.replace("镕", "容").encode("utf-8"))
    assert [e.heading for e in load_corpus(tmp_path).entries] == ["谁是朱镕基?", "谁是朱容基?"]


def test_a_page_without_faq_markup_is_read_from_its_headings_accordions_and_lists(tmp_path: Path) -> None:
    # Plain FAQ pages were refused; navigation, footer, a question with no answer and a call to action are left out.
    corpus = load_corpus(write(tmp_path, "help.html", HELP_PAGE))
    assert corpus.description == "Help centre"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How long does delivery take?", "Two to four days.\n\nExpress: one.", "Orders", 7),
        ("Can I change my order?", "Within an hour.", "Orders", 10),
        ("Do you refund shipping?", "For faulty items.", "Returns", 12),
        ("Is there a fee?", "No.", "Returns", 13),
        ("Can I return a gift?", "Yes, with the receipt.", "Returns", 14),
        ("How long do refunds take?", "A week. Why so long? Banks.", "Returns", 15),
    ]


def test_paragraphs_left_open_end_where_a_browser_ends_them(tmp_path: Path) -> None:
    # Older pages leave <p> open; each question after the first was read as part of an answer.
    page = """\
        <p><strong>Can I get a new account?</strong></p>
        <p>No longer, sorry.
        <p><strong>Can I get a trial?</strong></p>
        <p>Yes.
        <div><p><strong>Why the change?</strong></p><p>Costs.</div>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Can I get a new account?", "No longer, sorry.", 1),
        ("Can I get a trial?", "Yes.", 3),
        ("Why the change?", "Costs.", 5),
    ]


def test_characters_that_show_nothing_are_left_out_of_headings_and_answers(tmp_path: Path) -> None:
    # A page's soft hyphens (&shy;, set in long words so they break on a phone) and zero-width spaces
    # stayed in its headings: shown, copied and asked as "How do I re\u00adnew …?".
    page = "<h2>How do I re&shy;new my mem&shy;ber&shy;ship?</h2><p>On&shy;line.</p><h2>Where is the club&#8203;house?</h2><p>On Mill Lane.</p>"
    entries = load_corpus(write(tmp_path, "faq.html", page)).entries
    assert [(e.heading, e.answer) for e in entries] == [("How do I renew my membership?", "Online."), ("Where is the clubhouse?", "On Mill Lane.")]
    # Two files joined into one keep the second's byte order mark mid-text: its first heading was
    # no heading, and the entry ran into the answer above it.
    joined = "## How do I join?\n\nFill in the form.\n\ufeff## Is it free?\n\nYes.\n"
    entries = load_corpus(write(tmp_path, "faq.md", joined)).entries
    assert [(e.heading, e.answer, e.line) for e in entries] == [("How do I join?", "Fill in the form.", 1), ("Is it free?", "Yes.", 4)]


def test_a_documentation_sites_saved_page_loses_the_permanent_links_beside_its_headings(tmp_path: Path) -> None:
    # A saved MkDocs page: every question and category ended in "¶" ("Setup ¶"), Docusaurus's in a zero-width space.
    page = (
        '<h2 id="setup">Setup<a class="headerlink" href="#setup" title="Permanent link">&para;</a></h2>'
        '<h3 id="upload">Why does my upload fail? <a class="hash-link" href="#upload" aria-label="Direct link">&#8203;</a></h3>'
        '<p>Open the firewall; see <a href="#setup">Setup</a>.</p>'
    )
    [entry] = load_corpus(write(tmp_path, "faq.html", page)).entries
    assert (entry.heading, entry.category, entry.answer) == ("Why does my upload fail?", "Setup", "Open the firewall; see Setup.")
    # A permanent link inside another (a page saved half-written) went with it, and the page was a traceback.
    page = '<h2>Is it free?<a href="#free">¶<a href="#free">¶</a></a></h2><p>Yes.</p>'
    [entry] = load_corpus(write(tmp_path, "faq.html", page)).entries
    assert (entry.heading, entry.answer) == ("Is it free?", "Yes.")


def test_a_marked_section_pythons_html_parser_does_not_know_is_text(tmp_path: Path) -> None:
    # "<![CDAT x ]]>", a CDATA section mistyped, made Python's HTML parser refuse the whole page, a
    # traceback (found by fuzzing saved pages); an answer holding one in a data file did too.
    page = "<h2>Is it free?</h2><p>Yes. <![CDAT x ]]></p><h2>Where?</h2><p>Here.<![if !supportLists]> 1.<![endif]></p>"
    assert [e.answer for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == ["Yes. <![CDAT x ]]>", "Here. 1."]
    entry, = load_corpus(write(tmp_path, "faq.yaml", '- question: Is it free?\n  answer: "<p>Yes. <![ CDATA[x]]> ok</p>"\n')).entries
    assert entry.answer == "Yes. <![ CDATA[x]]> ok"


def test_a_page_made_from_markdown_has_its_footnotes_written_where_they_are_cited(tmp_path: Path) -> None:
    # A kramdown page: each citation was a digit run into its word ("members.1"), and the footnotes
    # at the end were the last answer's text; GitHub's lost theirs with their "Footnotes" heading.
    cite = '<sup id="fnref:{0}"><a href="#fn:{0}" class="footnote" rel="footnote" role="doc-noteref">{0}</a></sup>'
    notes = "".join(f'<li id="fn:{n}"><p>{text} <a href="#fnref:{n}" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>' for n, text in [(1, "Members pay ten pounds."), (2, "Behind the church.")])
    page = f"<h2>Is it free?</h2><p>Yes, for members.{cite.format(1)}</p><h2>Where is it?</h2><p>On Mill Lane.{cite.format(2)}</p>"
    page += f'<div class="footnotes" role="doc-endnotes"><ol>{notes}</ol></div><div class="footnotes"><p>Printed in May.</p></div>'
    assert [e.answer for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        "Yes, for members. (Members pay ten pounds.)",
        "On Mill Lane. (Behind the church.)\n\nPrinted in May.",  # a "footnotes" box of text, no notes to cite, stays
    ]


def test_a_saved_documentation_page_reads_problems_stated_in_sections_of_their_own(tmp_path: Path) -> None:
    # Seafile's manual saved from its site: only the sections holding a question were read, so
    # "Server can't start" and the problem over "Description" / "Answer" were lost without a word.
    page = (
        "<h1>FAQ</h1><h2>Setup</h2><h3>Why does my upload fail?</h3><p>Open the firewall.</p>"
        "<h3>Emails are not sent</h3><p>Check the log.</p>"
        "<h2>Server can't start</h2><h3>Seahub won't start after an upgrade</h3><p>Stop the old one.</p>"
        "<h2>LDAP</h2><h3>Can't connect to LDAP with ldaps</h3><h4>Description</h4><p>A bind error.</p><h4>Answer</h4><p>Remove the libraries.</p>"
    )
    assert [(e.heading, e.category, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Why does my upload fail?", "Setup", "Open the firewall."),
        ("Emails are not sent", "Setup", "Check the log."),
        ("Seahub won't start after an upgrade", "Server can't start", "Stop the old one."),
        ("Can't connect to LDAP with ldaps", "LDAP", "Description\nA bind error.\n\nAnswer\nRemove the libraries."),
    ]


def test_a_google_docs_web_page_has_its_bold_questions_read_from_its_style_sheet(tmp_path: Path) -> None:
    # Google Docs sets bold by class (".c4{font-weight:700}"), not <b>: the page was refused.
    page = """\
        <html><head><style>.c4{color:#000;font-weight:700}.c2{font-weight:400}</style></head><body>
        <p><span class="c4">How do I join?</span></p><p><span class="c2">At the desk.</span></p>
        <p><span style="font-weight: bold">Is there parking?</span></p><p><span class="c2">Behind the hall. Free? Yes.</span></p>
        </body></html>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "At the desk."),
        ("Is there parking?", "Behind the hall. Free? Yes."),
    ]
    # Titled in bold as its Word version is, questions or not: only the one that asked was read, and the
    # title after it ran into its answer.
    titled = """\
        <html><head><style>.c3{font-weight:700}.c1{font-weight:400}</style></head><body>
        <p><span class="c3">Opening hours</span></p><p><span class="c1">9 to 5 on weekdays.</span></p>
        <p><span class="c3">Membership</span></p><p><span class="c1">Free for residents.</span></p>
        <p><span class="c3">Can I renew loans online?</span></p><p><span class="c1">Yes, from your account.</span></p>
        <p><span class="c3">Lost cards</span></p><p><span class="c1">Report it at the desk.</span></p><p><span class="c3">Note:</span></p><p>A new card costs 2 euros.</p>
        </body></html>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", titled)).entries] == [
        ("Opening hours", "9 to 5 on weekdays."), ("Membership", "Free for residents."), ("Can I renew loans online?", "Yes, from your account."),
        ("Lost cards", "Report it at the desk.\n\nNote:\n\nA new card costs 2 euros."),  # a bold label is no title
    ]


def test_a_web_page_setting_its_questions_bold_by_a_class_that_says_so_is_read(tmp_path: Path) -> None:
    # Utility classes set bold by name (Tailwind's "font-semibold", Bootstrap's "fw-bold"), and an old
    # site's style sheet, kept apart from the page, named its own "Bold": nothing was bold, and both
    # pages were refused.
    utility = """\
        <h1>FAQ</h1>
        <div class="mb-4"><div class="font-semibold text-lg">How do I join?</div><div class="text-gray-600">Fill in the form.</div></div>
        <div class="mb-4"><div class="font-semibold text-lg">Is it free?</div><div class="text-gray-600">Yes.</div></div>
        """
    own = """\
        <h1>Positions</h1>
        <p><span class="Bold">What is the fee?</span><br>Twenty dollars.</p>
        <p><span class="Bold">How long does a notice run?</span><br>Three months.</p>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", utility)).entries] == [
        ("How do I join?", "Fill in the form.", 2), ("Is it free?", "Yes.", 3),
    ]
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", own)).entries] == [
        ("What is the fee?", "Twenty dollars."), ("How long does a notice run?", "Three months."),
    ]


def test_a_web_page_whose_questions_are_plain_paragraphs_over_their_answers_is_read(tmp_path: Path) -> None:
    # A FAQ typed as plain paragraphs in Google Docs or Word and saved as a web page sets nothing
    # apart, no bold, no heading: the page was refused, though the same document as .docx was read.
    page = """\
        <html><body><h1>Club FAQ</h1>
        <p>How do I join?</p><p>Fill in the form.</p>
        <p>What does it cost?</p><ul><li>Adults: 40 euros</li><li>Children: free</li></ul>
        <p>Can I park? Do I pay?</p><p>Behind the hall, for free.</p>
        <p>Why join at all?</p><p>Is that not obvious?</p>
        </body></html>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form."),
        ("What does it cost?", "- Adults: 40 euros\n- Children: free"),
        ("Can I park? Do I pay?", "Behind the hall, for free.\n\nWhy join at all?\n\nIs that not obvious?"),
    ]  # a question over another question answers nothing: it stays in the answer above
    # A page asking once, in its running text, is no FAQ.
    essay = "<html><body><h1>Our club</h1><p>Why do we run?</p><p>Because it is fun.</p><p>We meet on Tuesdays.</p></body></html>"
    with pytest.raises(CorpusError, match="no schema.org FAQPage found"):
        load_corpus(write(tmp_path, "faq.html", essay))


def test_a_web_page_whose_faq_is_a_numbered_list_of_questions_is_read(tmp_path: Path) -> None:
    # Google Docs and LibreOffice save a FAQ numbered as a list so: each question an item, answered in its
    # item or in the paragraphs after its list. Nothing was bold or a heading, and the page was refused.
    page = """\
        <html><body><h1>Club FAQ</h1>
        <ol><li><p>How do I join?</p><p>Fill in the form.</p></li>
        <li>What does it cost?<p>40 euros a year.</p></li></ol>
        <ol start="3"><li>Can I park?</li></ol>
        <p>Yes, behind the hall.</p>
        <ul><li>Bikes?</li><li>Trucks?</li></ul>
        </body></html>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form.", 2), ("What does it cost?", "40 euros a year.", 3), ("Can I park?", "Yes, behind the hall.", 4),
    ]
    # On a page whose questions are set apart, a list of questions is answer text.
    page = "<html><body><h2>Do I need a visa?</h2><p>Ask yourself:</p><ul><li>Do I stay over 90 days?</li><li>Will I work?</li></ul></body></html>"
    entry, = load_corpus(write(tmp_path, "visa.html", page)).entries
    assert (entry.heading, entry.answer) == ("Do I need a visa?", "Ask yourself:\n\n- Do I stay over 90 days?\n- Will I work?")


def test_a_web_page_whose_paragraphs_open_with_a_bold_question_over_its_answer_is_read(tmp_path: Path) -> None:
    # WordPress's and SharePoint's editors save "<p><strong>Question?</strong><br>Answer</p>", in
    # paragraphs or list items: not all in bold, no such paragraph asked, and the page was refused.
    page = """\
        <html><body><h1>Club FAQ</h1>
        <p><strong>How do I join?</strong><br />Fill in the form <em>at the desk</em>.</p>
        <p><b>Is it free?</b> Yes, for members.</p>
        <p>We reply within a day. <strong>Why?</strong> We care.</p>
        <h2>Kit</h2>
        <ul><li><strong>Do I need spikes?</strong><br>No.</li><li>Bring water.</li></ul>
        </body></html>
        """
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form at the desk.", "", 2),
        ("Is it free?", "Yes, for members.\n\nWe reply within a day. Why? We care.", "", 3),  # a bold word inside a paragraph is emphasis
        ("Do I need spikes?", "No.", "Kit", 6),
    ]
    once = "<html><body><h2>How do I join?</h2><p>At the desk.</p><p><strong>Still stuck?</strong> Call us.</p></body></html>"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "once.html", once)).entries] == [("How do I join?", "At the desk.\n\nStill stuck? Call us.")]
    # Older editors wrap each paragraph's whole text in a <font>: its question opens the paragraph
    # all the same (a labelled one read inside the <font> took its answer line into the question).
    fonts = """\
        <html><body><font size=4><b>Net play FAQ</b></font>
        <p><font color="#000000"><b>Q1. How do I play online?</b><br>A1. Click "Net Play".</font></p>
        <ul><li><font face=Arial><font size=2><b>How do I join a server?</b><br>Click "Join".</font></font></li></ul>
        <p><span class="s1"><b>Can I host?</b><br>Yes.</span></p>
        </body></html>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", fonts)).entries] == [
        ("How do I play online?", 'Click "Net Play".', 2), ("How do I join a server?", 'Click "Join".', 3), ("Can I host?", "Yes.", 4),
    ]


def test_a_web_page_whose_bold_questions_open_lines_of_a_block_is_read(tmp_path: Path) -> None:
    # Hand-written pages and older editors lay a FAQ out in lines, no paragraphs: bold questions in a
    # <div> or a table's cell, each over its answer's lines, or in a <div> of its own. All were refused.
    page = """\
        <html><body><h1>Club FAQ</h1>
        <div><b>How do I join?</b><br>Fill in the form<br>at the desk.<br><br>
        <b>Is it free?</b><br>Yes, for members. <b>Why?</b> We care.<br></div>
        <table><tr><td><strong>Can I park?</strong><br>Behind the hall.</td></tr></table>
        <div><strong>When do you open?</strong></div><div>Daily from 9.</div>
        </body></html>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form\nat the desk.", 2),
        ("Is it free?", "Yes, for members. Why? We care.", 3),  # a bold word inside a line is emphasis
        ("Can I park?", "Behind the hall.", 4),
        ("When do you open?", "Daily from 9.", 5),
    ]
    # On a page whose questions are set apart, a bold question in an answer's lines is part of it.
    page = "<html><body><h2>How do I pay?</h2><div>By card.<br><b>Can I pay later?</b><br>Yes.<br><b>By cheque?</b><br>No.</div></body></html>"
    entry, = load_corpus(write(tmp_path, "faq.html", page)).entries
    assert (entry.heading, entry.answer) == ("How do I pay?", "By card.\nCan I pay later?\nYes.\nBy cheque?\nNo.")
    # A page laid out in bold lines, each question in its anchor, with one titled question late in
    # it (DAR's FAQ, where a list item asking inside an answer was read as the page's one entry).
    anchored = """\
        <h1>FAQ</h1>
        <a name="A1"><b>Can I join?</b></a><br/>
        <p>Yes, fill in the form.</p>
        <a name="A2"><b>Is it free?</b></a><br/>
        <p>No, 40 euros a year.</p>
        <h3>Still stuck?</h3>
        <p>Write to us.</p>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", anchored)).entries] == [
        ("Can I join?", "Yes, fill in the form.", 2), ("Is it free?", "No, 40 euros a year.", 4), ("Still stuck?", "Write to us.", 6),
    ]
    # Lines in a <font> that styles the whole cell are the cell's lines; a question set in bold in
    # pieces across such elements (FrontPage writes "<b>Are </b><font><b>rods gluten free?</b>") is
    # no line's own: its last piece was read as the question "rods gluten free?".
    fonts = "<h1>FAQ</h1><table><tr><td><font face=Arial><b>How do I join?</b><br>Fill in the form.<br><br><b>Is it free?</b><br>Yes.</font></td></tr></table>"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", fonts)).entries] == [("How do I join?", "Fill in the form."), ("Is it free?", "Yes.")]
    pieces = "<h1>Rods</h1><p>Tasty.</p><div><b>Are </b><font><b>rods gluten free?</b><br>Yes.</font><br><b>Are </b><font><b>they inspected?</b><br>Yes.</font></div>"
    with pytest.raises(CorpusError, match="no schema.org FAQPage found"):
        load_corpus(write(tmp_path, "faq.html", pieces))


def test_a_web_page_whose_questions_are_anchors_its_contents_link_to_is_read(tmp_path: Path) -> None:
    # An old project page lists its questions as links to anchors, each question bold inside its anchor
    # over its answer (Qucs's FAQ); and another opens each answer by a script ("javascript:toggleLayer('faq1')").
    # Both were refused.
    anchors = """\
        <h1>FAQ</h1><a href="#q1">1. Which systems does it run on?</a><br><a href="#q2">2. Is it free?</a>
        <p><a name="q1" id="q1"><b>1. Which systems does it run on?</b></a><br>Linux and Windows.</p>
        <p><a name="q2" id="q2"><b>2. Is it free?</b></a><br>Yes.</p>
        """
    toggled = """\
        <h1>FAQ</h1>
        <a href="javascript:toggleLayer('faq1');">Who can join?</a><br><div id="faq1" class="faq-box">Anyone over 12.</div><br>
        <a href="#" onclick="showHide('faq2'); return false">Where do you train?</a><br><div id="faq2">In the town hall.</div>
        <a href="javascript:void(0)" onclick="openMenu('faq3')">Menu</a><div id="faq3">Home</div>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "qucs.html", anchors)).entries] == [
        ("Which systems does it run on?", "Linux and Windows."), ("Is it free?", "Yes."),
    ]
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "qucs.html", toggled)).entries] == [
        ("Who can join?", "Anyone over 12."), ("Where do you train?", "In the town hall."),  # a script link that asks nothing is no question
    ]


def test_a_web_page_leaving_out_end_tags_is_read_as_a_browser_shows_it(tmp_path: Path) -> None:
    # HTML lets a page leave out the end tags of list items, terms, definitions, paragraphs and table
    # cells, and old FAQs do: "<dt>Why?<dd>Because.<dt>How?…". Python's parser nested each next question
    # inside the answer before it: the page was refused, in time growing with the square of its length,
    # and an answer's unclosed list items were shown as a list nested ever deeper.
    page = """\
        <html><body><h1>Club FAQ</h1>
        <dl>
        <dt>How do I join?
        <dd>Fill in the form. Bring:<ul><li>a photo<li>the fee</ul>
        <dt>Is there parking?
        <dd><p>Yes, behind the hall.<p>It is free.
        </dl>
        </body></html>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form. Bring:\n\n- a photo\n- the fee"),
        ("Is there parking?", "Yes, behind the hall.\n\nIt is free."),
    ]
    # A page made by makefaq opens with its contents as a definition list too, each topic over links to its
    # questions: "1. General" was an entry answered by "1.1. Can I join?", "1.2. Is there parking?".
    contents = '<dl><dt><b>1. General</b></dt><dd><ul><li><a href="#g0">1.1. How do I join?</a></li><li><a href="#g1">1.2. Is there parking?</a></li></ul></dd></dl>'
    listed = page.replace("<h1>Club FAQ</h1>", f"<h1>Club FAQ</h1>{contents}")
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.html", listed)).entries] == ["How do I join?", "Is there parking?"]
    linked = page.replace("Yes, behind the hall.", '<a href="https://example.org/map">Map</a>')  # a link elsewhere answers
    assert "Map (https://example.org/map)" in load_corpus(write(tmp_path, "faq.html", linked)).entries[1].answer


def test_a_web_page_labelling_its_questions_in_paragraphs_or_heading_table_rows_is_read(tmp_path: Path) -> None:
    # "<p><b>Q:</b> …?<br><b>A:</b> …</p>", its label alone in bold, and a table with each question in
    # its row's header cell and no header row: both pages were refused as asking nothing.
    labelled = "<h1>Library FAQ</h1><p><b>Q:</b> How do I get a card?<br><b>A:</b> Bring a photo ID.</p><p><b>Q:</b> Can I renew online?<br><b>A:</b> Yes.</p>"
    rows = "<table><tr><th>How long can I keep a book?</th><td>Three weeks.</td></tr><tr><th>Is there wifi?</th><td>Yes, CityLib.</td></tr></table>"
    write(tmp_path, "a.html", labelled)
    write(tmp_path, "b.html", f"<h1>Library</h1>{rows}<table><tr><td>Mon</td><td>9-5</td></tr><tr><td>Sat?</td><td>Closed</td></tr></table>")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("How do I get a card?", "Bring a photo ID."), ("Can I renew online?", "Yes."),
        ("How long can I keep a book?", "Three weeks."), ("Is there wifi?", "Yes, CityLib."),  # a table whose rows do not all ask is no FAQ
    ]


def test_a_help_centres_title_asking_over_its_questions_is_no_entry(tmp_path: Path) -> None:
    # A bank's help page: "How can we help?" over its search box, its articles and its FAQ was an
    # entry answered by all of them. A page's one <h1> asking over headings that ask is its title.
    page = (
        "<h1>How can we help?</h1><input placeholder='Ask a question'><p>No results found.</p>"
        "<h2>Reset your password</h2><p>Use the form.</p><h2>FAQ</h2><h3>Is it safe?</h3><p>Yes.</p><h3>What does it cost?</h3><p>Nothing.</p>"
    )
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [("Is it safe?", "Yes."), ("What does it cost?", "Nothing.")]
    # Over headings that ask nothing, a page asking one question is that question.
    single = "<h1>How do I reset my password?</h1><h2>On the web</h2><p>Use the form.</p><h2>In the app</h2><p>Tap Settings.</p>"
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.html", single)).entries] == ["How do I reset my password?"]


def test_a_web_page_table_of_question_rows_over_answer_rows_is_read(tmp_path: Path) -> None:
    # A conference's authors' FAQ: a row holding the question in its header cell over a row holding
    # the answer, down one column. The page was refused as asking nothing.
    rows = "".join(f"<tr><th scope=row>{question}</th></tr><tr><td>{answer}</td></tr>" for question, answer in (
        ("Can I submit an arXiv paper?", "<p>Yes.</p><p>Say so on the form.</p>"), ("Is the deadline extended?", "No.")))
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", f"<h1>Authors</h1><table>{rows}</table>")).entries] == [
        ("Can I submit an arXiv paper?", "Yes.\n\nSay so on the form."), ("Is the deadline extended?", "No.")]
    # A column of questions with no answers under them is a list, no FAQ.
    unanswered = "<tr><td>Why?</td></tr><tr><td>How?</td></tr><tr><td>When?</td></tr>"
    with pytest.raises(CorpusError, match="no schema.org FAQPage found"):
        load_corpus(write(tmp_path, "faq.html", f"<h1>Authors</h1><p>Ask us.</p><table>{unanswered}</table>"))


def test_a_web_page_typing_its_labelled_pairs_line_under_line_is_read(tmp_path: Path) -> None:
    # The art dealer's page typed its labelled pairs into paragraphs and a table's cell, line under
    # line ("Q>…?<br>A>…<br><br>Q>…"): every pair after a paragraph's first was read as the first's
    # answer, and a question labelled but not asking ("Q>I want to see it on my wall.") as answer text.
    page = """\
        <html><body><h1>FAQ</h1>
        <p>Q>Can I return the painting?<br>A>Yes, within 7 days.<br><br>
        Q>Can I pay with credit cards?<br>A>No, by Paypal.</p>
        <p>Q>I want to see the painting on my wall.<br>A>Send us a photo of your wall.</p>
        <table><tr><td>Q: Is it authentic?<br>A: Yes, with a letter.<br>Q: Do you ship?<br>A: Worldwide.</td></tr></table>
        </body></html>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Can I return the painting?", "Yes, within 7 days.", 2),
        ("Can I pay with credit cards?", "No, by Paypal.", 2),
        ("I want to see the painting on my wall.", "Send us a photo of your wall.", 4),
        ("Is it authentic?", "Yes, with a letter.", 5),
        ("Do you ship?", "Worldwide.", 5),
    ]


def test_a_web_page_setting_its_labels_in_bold_without_a_colon_loses_them(tmp_path: Path) -> None:
    # A physiotherapist's page opens each answer with "<strong>Answer</strong>&nbsp;&nbsp;": every
    # answer was shown opening "Answer One hour…"; a bold "Q" stayed in the question.
    page = """\
        <h1>FAQ</h1>
        <h4><strong>How long is a session?</strong></h4><p><strong>Answer</strong>&nbsp;&nbsp;One hour.</p>
        <h4><b>Q</b> When should we start?</h4><p><strong>Answer</strong>&nbsp;&nbsp;As soon as possible.</p>
        <h4>Do I need a referral?</h4><p><b>Answer</b></p><p>No.</p>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How long is a session?", "One hour."), ("When should we start?", "As soon as possible."),
        ("Do I need a referral?", "Answer\n\nNo."),  # a label alone in its paragraph labels no text there
    ]
    # A bold label typed with its mark after it ("<strong>Q</strong>. How…") keeps that mark: a colon
    # added before it left the question opening ". How to order".
    typed = "<h1>FAQ</h1><p><strong>Q</strong>. How do I order?</p><p>Click buy.</p><p><strong>Q</strong>. Can I cancel?</p><p>Yes.</p>"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", typed)).entries] == [("How do I order?", "Click buy."), ("Can I cancel?", "Yes.")]


def test_a_web_page_giving_its_question_and_answer_labels_cells_of_their_own_is_read(tmp_path: Path) -> None:
    # Older pages put "Q:" and "A:" in a table's first column, and a shooting club's page in a grid's
    # narrow column ("<div class=col-1>Q.</div><div class=col-11>…"): no question was a paragraph's
    # or a heading's, and both pages were refused.
    table = """\
        <h1>FAQ</h1><table>
        <tr><td valign="top"><b>Q:</b></td><td><b>How do I join?</b></td></tr>
        <tr><td valign="top">A:</td><td>Fill in the form.</td></tr>
        <tr><td></td><td>Bring a photo.</td></tr>
        <tr><td>Q:</td><td>Is there parking?</td></tr>
        <tr><td>A:</td><td>Yes.</td></tr>
        </table>
        """
    grid = """\
        <h1>FAQ</h1>
        <div class="row"><div class="col-1">Q.</div><div class="col-11">Who runs the club?</div></div>
        <div class="row"><div class="col-1">A.</div><div class="col-11">An elected board.</div></div>
        <div class="row"><div class="col-1">Q.</div><div class="col-11">How old must I be?</div></div>
        <div class="row"><div class="col-1">A.</div><div class="col-11">Twelve.</div></div>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "table.html", table)).entries] == [
        ("How do I join?", "Fill in the form.\n\nBring a photo.", 2), ("Is there parking?", "Yes.", 5),
    ]
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "table.html", grid)).entries] == [
        ("Who runs the club?", "An elected board.", 2), ("How old must I be?", "Twelve.", 4),
    ]


def test_a_word_document_saved_as_a_web_page_keeps_its_sections(tmp_path: Path) -> None:
    # Word's "Save as Web Page" writes each Heading 1 as an <h1> and its title as a styled
    # paragraph; every <h1> was taken for the page's title, and the sections were lost.
    page = """\
        <html><head><meta name=Generator content="Microsoft Word 15 (filtered)"><title>Club FAQ</title></head>
        <body lang=EN-GB><div class=WordSection1><p class=MsoTitle>Club FAQ</p>
        <h1>Membership</h1>
        <p class=MsoNormal><b><span style='font-size:12.0pt'>How do I join?</span></b></p>
        <p class=MsoNormal><span style='font-size:12.0pt'>Fill in the form at the desk.</span></p>
        <p class=MsoNormal><b>Can I bring a guest?</b></p><p class=MsoNormal>Twice a year.</p>
        <h1>Courts</h1>
        <p class=MsoNormal><b>Are there floodlights?</b></p><p class=MsoNormal>Until 10pm.</p>
        </div></body></html>
        """
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.htm", page)).entries] == [
        ("How do I join?", "Fill in the form at the desk.", "Membership"),
        ("Can I bring a guest?", "Twice a year.", "Membership"),
        ("Are there floodlights?", "Until 10pm.", "Courts"),
    ]


def test_a_web_pages_question_reads_as_shown_whatever_marks_up_its_words(tmp_path: Path) -> None:
    # Each piece of markup was joined with a space: "What is CO 2 ?" (an air-quality project's page),
    # "Is it free ?", "Why do n't you ship?".
    page = """\
        <h1>FAQ</h1>
        <h3>What is CO<sub>2</sub>?</h3><p>A gas.</p>
        <h3><a href="#free">Is it free</a>?</h3><p>Yes.</p>
        <dl><dt>Why <em>do</em>n't you ship?</dt><dd>Cost.</dd></dl>
        <p><b>How do I <i>join</i>?</b></p><p>At the desk.</p>
        <h3>Can I park?<br>Or cycle?</h3><p>Both.</p>
        """
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        "What is CO2?", "Is it free?", "Why don't you ship?", "How do I join?", "Can I park? Or cycle?",  # a line break parts words
    ]


def test_accordion_titles_are_questions_by_their_class_and_lose_their_toggle_mark(tmp_path: Path) -> None:
    # A theme's accordion of <div>s (read before as its one call-to-action heading); "+" and "▾" are the toggles' marks.
    page = """\
        <div class="accordion-section-title">What services do you offer?</div>
        <div class="accordion-section-content">Air and sea cargo.</div>
        <div class="faq-question"><span>+ Do you ship abroad?</span></div>
        <div class="faq-answer"><p>Yes.</p></div>
        <div class="faq-question">Can I track my parcel? <span class="icon">&#9662;</span></div>
        <div class="faq-answer"><p>Online.</p></div>
        <div class="faq-item"><div class="row"><h3>Do you insure parcels?</h3><span><i class="ph-plus"></i></span></div>
        <div class="faq-content"><p>Up to 500 euros.</p></div></div>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("What services do you offer?", "Air and sea cargo."),
        ("Do you ship abroad?", "Yes."),
        ("Can I track my parcel?", "Online."),
        ("Do you insure parcels?", "Up to 500 euros."),  # the icon beside the heading is not its answer
    ]
    # A hand-made accordion writes its question as a paragraph in its classed title, beside the
    # open and close glyphs it shows one at a time: the page was refused, no paragraph being bold.
    made = """\
        <h2>FAQ</h2><div class="faqs">
        <div class="qa"><div class="question"><span class="plus">+</span><span class="minus">—</span><p>Are trainers available?</p></div>
        <div class="answer"><p>Yes, on weekdays.</p></div></div>
        <div class="qa"><div class="question"><span class="plus">+</span><span class="minus">—</span><p>Is there a free trial?</p></div>
        <div class="answer"><p>One week.</p></div></div></div>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", made)).entries] == [("Are trainers available?", "Yes, on weekdays."), ("Is there a free trial?", "One week.")]


def test_accordion_headings_that_open_their_answer_are_questions_whatever_their_words(tmp_path: Path) -> None:
    # Bootstrap's accordion: a heading whose button opens the answer. Before, the one heading that
    # asked ("How can we help?") took the whole accordion as its answer.
    item = """\
        <div class="accordion-item">
          <h2 class="accordion-header"><button class="accordion-button" data-bs-toggle="collapse" aria-expanded="false">{}</button></h2>
          <div class="accordion-collapse collapse"><div class="accordion-body"><p>{}</p></div></div>
        </div>"""
    page = "<h2>How can we help?</h2>\n<div class='accordion'>\n" + "\n".join(
        textwrap.dedent(item).format(title, answer) for title, answer in (("Shipping costs", "Free over $50."), ("Returns", "Within 30 days."))
    ) + "\n</div>\n<h2>Opening hours</h2>\n<p>Nine to five.</p>\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Shipping costs", "Free over $50."),
        ("Returns", "Within 30 days."),
    ]


def test_a_govuk_accordion_sections_summary_opens_its_answer_and_does_not_replace_it(tmp_path: Path) -> None:
    # GOV.UK's accordion keeps a section's summary line in its header, beside the heading, and the
    # answer after the header. The summary was read as the whole answer and the answer was lost.
    section = """\
        <div class="govuk-accordion__section">
          <div class="govuk-accordion__section-header">
            <h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="h{0}">{1}</span></h2>
            {2}
          </div>
          <div id="c{0}" class="govuk-accordion__section-content"><p class="govuk-body">{3}</p></div>
        </div>"""
    summary = '<div class="govuk-accordion__section-summary govuk-body">Testing ticks for disease</div>'
    sections = (("1", "Should I have the tick tested?", summary, "No: it does not tell you whether you are infected."), ("2", "How do I remove a tick?", "", "Pull it out with tweezers."))
    page = '<h1>Ticks</h1>\n<div class="govuk-accordion" data-module="govuk-accordion">\n' + "\n".join(textwrap.dedent(section).format(*parts) for parts in sections) + "\n</div>\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Should I have the tick tested?", "Testing ticks for disease\n\nNo: it does not tell you whether you are infected."),
        ("How do I remove a tick?", "Pull it out with tweezers."),
    ]


def test_a_question_in_a_title_block_is_answered_down_to_the_next_sections_title_block(tmp_path: Path) -> None:
    # A page of sections, each titled in a block classed as a header: the answer after a question's
    # block ends where the next section's block brings a heading as high, though that one asks nothing
    # (made like the question's title, it is an entry too); a lower heading inside an answer does not.
    page = """\
        <h1>Acme deliveries</h1>
        <div class="section-header"><h2>Why choose us?</h2><p>We are fast.</p></div>
        <div class="features"><p>Same-day delivery.</p></div>
        <div class="section-header"><h2>Pricing</h2><p>Simple plans.</p></div>
        <div class="plans"><p>Basic: free.</p></div>
        <h2>Do you deliver on Sundays?</h2>
        <div><p>Yes.</p><h3>Where</h3><p>Everywhere in town.</p></div>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", textwrap.dedent(page))).entries] == [
        ("Why choose us?", "We are fast.\n\nSame-day delivery."),
        ("Pricing", "Simple plans.\n\nBasic: free."),
        ("Do you deliver on Sundays?", "Yes.\n\nWhere\nEverywhere in town."),
    ]


def test_comments_and_toggle_glyphs_beside_a_question_are_not_its_answer(tmp_path: Path) -> None:
    # A cleaning firm's page puts a "+" beside each question in its question block, the answer after
    # the block: every answer read "+". A comment between a question and its answer ("TODO: new
    # prices", an editor's "Please do not modify this section") was read as answer text.
    page = """\
        <h1>FAQ</h1>
        <div class="faq-item">
          <div class="faq-question"><h3>Do you clean offices?</h3><span class="faq-icon">+</span></div>
          <!-- TODO: new prices -->
          <div class="faq-answer"><p>Yes, every day.</p></div>
        </div>
        <h3>Are you insured?</h3>
        <!-- Please do not modify this section -->
        <p>Yes.</p>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", textwrap.dedent(page))).entries] == [
        ("Do you clean offices?", "Yes, every day."),
        ("Are you insured?", "Yes."),
    ]


def test_a_flat_page_of_questions_is_read_in_time_linear_in_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each heading looked for the elements wrapping it alone by reading every parent's whole text:
    # on a page whose questions sit side by side, the page's, once per question (4,000 questions took
    # 14 s, 1,000 took 1 s). Counted, not timed: the text read grows with the page, not its square.
    read, get_text = [], Tag.get_text

    def counted(tag: Tag, *args: object, **kwargs: object) -> str:
        text = get_text(tag, *args, **kwargs)
        read.append(len(text))
        return text

    monkeypatch.setattr(Tag, "get_text", counted)

    def characters_read(questions: int) -> int:
        read.clear()
        page = "<main><h1>FAQ</h1>" + "".join(f"<h2>Question {i}?</h2><p>Answer {i}.</p>" for i in range(questions)) + "</main>"
        assert len(load_corpus(write(tmp_path, f"faq{questions}.html", page)).entries) == questions
        return sum(read)

    assert characters_read(800) < 6 * characters_read(200)


def test_accordion_titles_that_name_the_answer_they_open_are_questions_whatever_their_words(tmp_path: Path) -> None:
    # Elementor's toggles (the button around an icon and a title link), Shopify's collapsible
    # <details> (a fold made like one that asks), and ARIA buttons: titles that ask nothing were
    # left out, or taken for categories.
    page = """\
        <div class="elementor-tab-title" role="button" aria-controls="tab-1" aria-expanded="false">
          <span class="elementor-toggle-icon"><i class="fas fa-caret-right"></i></span><a class="elementor-toggle-title">Swimming caps</a>
        </div>
        <div id="tab-1" class="elementor-tab-content"><p>Required for everyone.</p></div>
        <details><summary><div class="summary__title"><h2 class="accordion__title">Can I pay by card?</h2></div></summary><p>Yes.</p></details>
        <details><summary><div class="summary__title"><h2 class="accordion__title">Returns</h2></div></summary><p>Within 30 days.</p></details>
        <button class="faq-btn" aria-expanded="false" aria-controls="a1">Opening hours</button>
        <div id="a1" hidden><p>Seven to nine.</p></div>
        <button aria-expanded="false" aria-controls="site-menu">Menu</button>
        <p>A menu button that opens nothing on the page is no question.</p>
        <details><summary>Contents</summary><ul><li><a href="#caps">Caps</a></li></ul></details>
        <div class="item-link"><i></i><a data-toggle="collapse" href="#acc1">Do you rent lockers?</a></div>
        <div id="acc1" class="collapse"><p>Yes, by the day.</p></div>
        """
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Swimming caps", "Required for everyone.", ""),
        ("Can I pay by card?", "Yes.", ""),
        ("Returns", "Within 30 days.", ""),
        ("Opening hours", "Seven to nine.", ""),
        ("Do you rent lockers?", "Yes, by the day.", ""),  # Bootstrap 4's link toggle: it was no question
    ]


def test_an_accordions_title_that_asks_nothing_ends_the_answer_above_it(tmp_path: Path) -> None:
    # The accordion most tutorials teach (a button, then its panel, a script opening it): "Opening
    # hours" is an entry, as the page's other titles are, and it was read into the answer above too.
    page = """\
        <button class="accordion">How do I join?</button><div class="panel"><p>Fill in the form.</p></div>
        <button class="accordion">Is it free?</button><div class="panel"><p>No, forty pounds a year.</p></div>
        <button class="accordion">Opening hours</button><div class="panel"><p>Nine to five.</p></div>
        <p class="note"><b>How do I pay?</b></p><p class="note">By card.</p><p class="note"><b>Is there a fee?</b></p><p class="note">No.</p>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form."), ("Is it free?", "No, forty pounds a year."), ("Opening hours", "Nine to five."),
        ("How do I pay?", "By card."), ("Is there a fee?", "No."),  # a paragraph's class is its answer's too
    ]


def test_folds_inside_an_answer_stay_part_of_it(tmp_path: Path) -> None:
    # A Notion export folds an answer's steps per phone; for a while each fold was read as an entry.
    page = """\
        <p><strong>Q. How do I count my steps?</strong></p>
        <p>Allow access first.</p>
        <ul class="toggle"><li><details open=""><summary><strong>iOS</strong></summary><p>Health app, then Steps.</p></details></li></ul>
        <ul class="toggle"><li><details open=""><summary><strong>Android</strong></summary><p>Health Connect, then Steps.</p></details></li></ul>
        <p><strong>Q. Does it work on a watch?</strong></p><p>Not yet.</p>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I count my steps?", "Allow access first.\n\n- iOS\nHealth app, then Steps.\n\n- Android\nHealth Connect, then Steps."),
        ("Does it work on a watch?", "Not yet."),
    ]


def test_a_folds_summary_that_only_says_open_me_is_no_part_of_its_answer(tmp_path: Path) -> None:
    # Interview question banks fold each answer under "Click to Reveal Answer": every answer opened with it.
    text = "### Q1: What is a token?\n<details>\n<summary>Click to Reveal Answer</summary>\n\nA unit of text.\n</details>\n\n" \
           "### Q2: What is a context window?\n<details><summary>Show answer ▼</summary>\n\nThe tokens a model reads at once.\n</details>\n"
    page = "<h3>How do I join?</h3><details><summary>Solution</summary><p>Fill in the form.</p></details>" \
           "<h3>Where are you?</h3><details><summary>Opening hours</summary><p>Mon-Fri.</p></details>"
    write(tmp_path, "bank.md", text)
    write(tmp_path, "club.html", page)
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("What is a token?", "A unit of text."), ("What is a context window?", "The tokens a model reads at once."),
        ("How do I join?", "Fill in the form."),
        ("Where are you?", "Opening hours\nMon-Fri."),  # a summary that says something stays
    ]


def test_a_heading_that_only_says_faq_names_no_category(tmp_path: Path) -> None:
    # Every entry of such a page or document had the category "Frequently Asked Questions".
    page = """\
        <h2>Frequently Asked Questions</h2>
        <h3>Is it free?</h3><p>Yes.</p>
        <h2>FAQs:</h2>
        <h3>Billing</h3>
        <h4>Can I pay by card?</h4><p>Any card.</p>
        """
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Is it free?", ""),
        ("Can I pay by card?", "Billing"),
    ]
    markdown = "# Tool\n\n## Frequently Asked Questions (FAQ)\n\n### How do I install it?\n\nRun pip.\n\n### Billing\n\n#### Can I pay by card?\n\nYes.\n"
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.md", markdown)).entries] == [
        ("How do I install it?", ""),
        ("Can I pay by card?", "Billing"),
    ]
    # ...after an emoji too ("❓ Frequently Asked Questions / General Questions" was a category)
    emoji = "# Tool\n\n## ❓ Frequently Asked Questions\n\n### General\n\n#### Is it free?\n\nYes.\n\n## 🔧 Troubleshooting\n\n### Why does it crash?\n\nOld drivers.\n"
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.md", emoji)).entries] == [("Is it free?", "General"), ("Why does it crash?", "🔧 Troubleshooting")]
    # ...in the FAQ's own language too ("Câu hỏi thường gặp" was every entry's category)
    spanish = "<h2>Preguntas frecuentes</h2><h3>¿Es gratis?</h3><p>Sí.</p><h2>Envíos</h2><h3>¿Envían a Chile?</h3><p>No.</p>"
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.html", spanish)).entries] == [("¿Es gratis?", ""), ("¿Envían a Chile?", "Envíos")]



def test_a_title_naming_the_faq_over_all_its_categories_names_none_of_them(tmp_path: Path) -> None:
    # A Word document's heading over all of it, "Equipment Hub — Frequently Asked Questions", headed
    # every category ("Equipment Hub — Frequently Asked Questions / General"); sections each named
    # as a FAQ of their own ("Billing FAQ", "Shipping FAQ") are categories still.
    titled = "# Hub\n\n## Equipment Hub — Frequently Asked Questions\n\n### General\n\n#### What is it?\n\nA platform.\n\n### Pricing\n\n#### Is it free?\n\nYes.\n"
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.md", titled)).entries] == [("What is it?", "General"), ("Is it free?", "Pricing")]
    sections = "# Shop\n\n## Billing FAQ\n\n### Can I pay by card?\n\nYes.\n\n## Shipping FAQ\n\n### How fast?\n\nTwo days.\n"
    assert [e.category for e in load_corpus(write(tmp_path, "faq.md", sections)).entries] == ["Billing FAQ", "Shipping FAQ"]

def test_an_accordions_state_written_into_its_titles_is_not_part_of_them(tmp_path: Path) -> None:
    # GOV.UK's accordion, saved from a browser, asked "How do I join? , Show this section": its
    # script writes the state, and a divider for screen readers, into each title.
    section = ('<div class="govuk-accordion__section"><h2 class="govuk-accordion__section-heading"><button type="button" aria-controls="c{0}" aria-expanded="false">'
               '<span class="govuk-accordion__section-heading-text">{1}</span><span class="govuk-visually-hidden govuk-accordion__section-heading-divider">, </span>'
               '<span class="govuk-accordion__section-toggle"><span class="govuk-accordion__section-toggle-text">Show<span class="govuk-visually-hidden"> this section</span></span></span>'
               '</button></h2><div id="c{0}" hidden="until-found"><p>{2}</p></div></div>')
    page = section.format(1, "How do I join?", "Fill in the form.") + section.format(2, "Opening hours", "Daily from 9.")
    page += '<h2><button aria-controls="c3" aria-expanded="false">How to open an account <span class="icon">+</span></button></h2><div id="c3"><p>Online.</p></div>'
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form."), ("Opening hours", "Daily from 9."), ("How to open an account", "Online.")]


def test_a_help_centres_feedback_share_and_read_more_widgets_are_not_the_faq(tmp_path: Path) -> None:
    # A Zendesk-style page asked "Was this article helpful?", answered "YesNo3 out of 4 found this
    # helpful", and ended answers with "Read more", "Back to top ↑" and "Share: Twitter (…)".
    page = """
        <h2>How do I join?</h2>
        <p>Fill in the form. <span style="display:none">Bring a photo.</span> <a href="#" class="read-more">Read more</a></p>
        <div class="article-votes"><span>Was this article helpful?</span><button>Yes</button><button>No</button><small>3 out of 4 found this helpful</small></div>
        <p><a href="#top">Back to top ↑</a></p>
        <h2>How do I send a photo?</h2>
        <ol><li>Tap <strong>Share</strong>.</li><li>Choose Messages. <a href="/help/messages">Read more</a></li></ol>
        <div class="share"><span>Share:</span> <a href="https://twitter.com/share">Twitter</a> <a href="https://facebook.com/share">Facebook</a></div>
        <h2>Where do I give feedback?</h2>
        <p>Was this article helpful? If not, write to us at help@example.org: we read every message.</p>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "help.html", textwrap.dedent(page))).entries] == [
        ("How do I join?", "Fill in the form. Bring a photo."),
        ("How do I send a photo?", "1. Tap Share.\n2. Choose Messages. Read more"),  # a step naming the button, and a link to another page, stay
        ("Where do I give feedback?", "Was this article helpful? If not, write to us at help@example.org: we read every message."),
    ]


def test_notions_toggle_headings_are_read_as_the_folds_they_hold(tmp_path: Path) -> None:
    # A Notion page exported as HTML folds under a toggle heading: read as a heading, its question
    # and answer (or its folded questions) became the category of every entry.
    toggle = '<h{0} class="toggle"><details open=""><summary>{1}</summary>{2}</details></h{0}>'
    fold = '<ul class="toggle"><li><details open=""><summary>{0}</summary><p>{1}</p></details></li></ul>'
    page = (toggle.format(2, "Membership", fold.format("How do I join?", "Fill in the form.") + fold.format("Is it free?", "No."))
            + "<h2>Visits</h2>" + toggle.format(3, "When do you open?", "<p>Daily from 9.</p>"))
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("How do I join?", "Fill in the form.", "Membership"),
        ("Is it free?", "No.", "Membership"),
        ("When do you open?", "Daily from 9.", "Visits"),
    ]


def test_tabs_and_folds_of_questions_are_categories_not_entries(tmp_path: Path) -> None:
    # A tab, or a <details> or button that opens a group of questions, names what they are about;
    # taken for an accordion's title, it became an entry answered with every question under it. A
    # heading made like the questions' but holding only an icon made the whole page an error.
    page = """\
        <div role="tablist"><button role="tab" aria-controls="general">General</button><button role="tab" aria-controls="billing">Billing</button></div>
        <div id="general" role="tabpanel"><h3>When is the pool open?</h3><p>From 7.</p></div>
        <div id="billing" role="tabpanel" hidden>
          <details><summary>Refunds</summary>
            <details><summary>How long do refunds take?</summary><p>A week.</p></details>
            <details><summary>Card fees</summary><p>None.</p></details>
          </details>
        </div>
        <button aria-expanded="false" aria-controls="more">Show all questions</button>
        <div id="more"><h3>Is it free?</h3><p>Yes.</p></div>
        <h3><button aria-expanded="false"><i class="icon-plus"></i></button></h3><p>An icon-only toggle names nothing.</p>
        """
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("When is the pool open?", "From 7.", "General"),
        ("How long do refunds take?", "A week.", "Billing / Refunds"),
        ("Card fees", "None.", "Billing / Refunds"),
        ("Is it free?", "Yes.", ""),
    ]


def test_accordion_titles_made_like_the_pages_questions_are_entries_whatever_their_words(tmp_path: Path) -> None:
    # Yoast's FAQ block (bold titles) and Confluence's expand macro, saved without their FAQPage
    # markup: a title that asks nothing was left out, and Confluence's page was refused.
    page = """\
        <div class="schema-faq-section"><strong class="schema-faq-question">Is parking free?</strong><p>Yes.</p></div>
        <div class="schema-faq-section"><strong class="schema-faq-question">Swimming caps</strong><p>Required.</p></div>
        <p><strong class="note">Members only</strong> beyond this point.</p>
        <div class="expand-container"><div class="expand-control"><span class="expand-icon">&nbsp;</span><span class="expand-control-text">Lost property</span></div>
        <div class="expand-content"><p>Ask at the desk.</p></div></div>
        <div class="expand-container"><div class="expand-control"><span class="expand-icon">&nbsp;</span><span class="expand-control-text">Can I bring food?</span></div>
        <div class="expand-content"><p>Outside only.</p></div></div>
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Is parking free?", "Yes."),
        ("Swimming caps", "Required."),
        ("Lost property", "Ask at the desk."),
        ("Can I bring food?", "Outside only."),
    ]


def test_a_troubleshooting_page_reads_headings_made_like_its_questions_even_when_they_ask_nothing(tmp_path: Path) -> None:
    # A real pool's FAQ page: each <h2> closed by </h5> (the page was refused), and most of its
    # headings state a problem rather than ask. A heading of another make (a testimonial) is not an entry.
    page = """\
        <div id="q1"><h2 class="text-muted">Why am I not paid?</h5><p>Reach the minimum payout.</p></div>
        <div id="q2"><h2 class="text-muted">The pool says I have 0 H/s</h5><p>Wait a few minutes.</p></div>
        <div class="quote"><h2 class="fs-32">Best pool we ever used.</h2><span>A miner</span></div>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.html", page)).entries] == [
        ("Why am I not paid?", "Reach the minimum payout.", 1),
        ("The pool says I have 0 H/s", "Wait a few minutes.", 2),
    ]


SPHINX_FAQ = """\
    .. _faq:

    ==========================
    Frequently Asked Questions
    ==========================

    Answers for new members of the club.

    Membership
    ----------

    .. _join:
    How do I join?
    ~~~~~~~~~~~~~~

    Fill in the `form <https://example.org/join>`_, see :ref:`Fees <fees>`.

    .. note:: Under-18s need a parent's signature.

    .. only:: html

       Or join online.

    What does it cost?
    ~~~~~~~~~~~~~~~~~~

    .. list-table:: Fees
       :header-rows: 1

       * - Member
         - Price
       * - Adult
         - 40 euros

    Equipment
    ---------

    **Q: Can I borrow a racket?**

    Yes. Run ``club borrow`` at the desk::

        club borrow --days 2

    .. code-block:: console

       $ club return
    """


def test_restructuredtext_simple_tables_are_one_line_per_row(tmp_path: Path) -> None:
    # OpenColorIO's FAQ compares formats in a simple table: its "=====  =====" borders and cells
    # ran together as one paragraph.
    text = """\
        FAQ
        ===

        What does it cost?
        ------------------

        =========  ========  ===============
        Member     Price     Notes
        =========  ========  ===============
        Adult      40 euros  Paid yearly,
                             in January.

        Junior     free
        =========  ========  ===============

        Pay at the desk.
        """
    [entry] = load_corpus(write(tmp_path, "faq.rst", text)).entries
    assert entry.answer == "- Member | Price | Notes\n- Adult | 40 euros | Paid yearly, in January.\n- Junior | free |\n\nPay at the desk."


def test_a_sphinx_faq_in_restructuredtext_is_read_like_markdown(tmp_path: Path) -> None:
    # Projects documented with Sphinx keep their FAQ as docs/faq.rst: it was refused as an unknown type.
    corpus = load_corpus(write(tmp_path, "faq.rst", SPHINX_FAQ))
    assert corpus.description == "Frequently Asked Questions\n\nAnswers for new members of the club."
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form (https://example.org/join), see Fees.\n\nNote: Under-18s need a parent's signature.\n\nOr join online.", "Membership", 13),
        ("What does it cost?", "Fees\n\n- Member | Price\n- Adult | 40 euros", "Membership", 24),  # its title's line (a note of one line wrote two)
        ("Can I borrow a racket?", "Yes. Run `club borrow` at the desk:\n\n```\nclub borrow --days 2\n$ club return\n```", "Equipment", 38),
    ]


def test_a_restructuredtext_line_block_runs_on_and_a_reference_shows_its_sections_title(tmp_path: Path) -> None:
    # A "| **Q**: …" line continued on a line indented past its bar lost that part to the answer,
    # and ":ref:`faq_write`" showed the label instead of the title Sphinx shows.
    text = """\
        FAQ
        ===

         | **Q**: How can I write one model component
           (grid or forcing) instead of all of them?

        Call its own write method.

         | **Q**: Is there logging?
         | Not by default.

        Configure it yourself; see :ref:`faq_write` and :ref:`elsewhere`.

        .. _faq_write:

        Q: Can I write everything?
        --------------------------

        Yes.
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.rst", text)).entries] == [
        ("How can I write one model component (grid or forcing) instead of all of them?", "Call its own write method.", 4),
        ("Is there logging?", "Not by default.\n\nConfigure it yourself; see Can I write everything? and elsewhere.", 9),
        ("Can I write everything?", "Yes.", 16),
    ]


def test_a_restructuredtext_reference_to_a_named_web_address_keeps_the_address(tmp_path: Path) -> None:
    # "`membership form`_" over ".. _membership form: https://…" at the end showed its text alone.
    text = "Club FAQ\n========\n\nHow do I join?\n--------------\n\nFill in the `membership form`_, see Python_ and `code_names`.\n\n.. _membership form: https://example.org/join\n.. _Python: https://www.python.org\n"
    [entry] = load_corpus(write(tmp_path, "faq.rst", text)).entries
    assert entry.answer == "Fill in the membership form (https://example.org/join), see Python (https://www.python.org) and `code_names`."


def test_sphinx_folds_titled_with_a_question_are_entries(tmp_path: Path) -> None:
    # Sphinx documentation folds each answer under its question (sphinx-design's dropdown); the
    # titles were plain lines, and the whole section one entry answered with every question in it.
    text = """\
        Club FAQ
        ========

        Membership
        ----------

        .. dropdown:: How do I join?

           Fill in the form.

        .. dropdown:: Is it free?
           :open:

           No, 40 euros a year.

           .. tab-set::

              .. tab-item:: Adults

                 40 euros.

        .. versionadded:: 2.0

           Guests.
        """
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(write(tmp_path, "faq.rst", textwrap.dedent(text))).entries] == [
        ("How do I join?", "Fill in the form.", "Membership", 7),
        ("Is it free?", "No, 40 euros a year.\n\nAdults:\n\n40 euros.\n\n2.0\n\nGuests.", "Membership", 11),
    ]


def test_restructuredtext_contents_listing_its_section_titles_is_no_entry(tmp_path: Path) -> None:
    # Exakat's FAQ lists its questions under "Summary" as references to their titles: "Summary"
    # was an entry answered by every question, the best match for many of them.
    text = """\
        FAQ
        ===

        Summary
        -------

        * `Is it free?`_
        * `Where is the club?`_

        Is it free?
        -----------

        Yes, see `Where is the club?`_ for the desk.

        Where is the club?
        ------------------

        On Mill Lane.
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.rst", text)).entries] == [
        ("Is it free?", "Yes, see Where is the club? for the desk."),
        ("Where is the club?", "On Mill Lane."),
    ]


def test_a_fold_its_writer_titled_in_bold_is_bolded_once(tmp_path: Path) -> None:
    # libEnsemble's FAQ sets its dropdowns' titles in bold: each showed as '****"Manager only"
    # when running.**', and a question so titled opened no entry.
    text = """\
        Club FAQ
        ========

        Common errors
        -------------

        .. dropdown:: **"Manager only" when running.**

           Start a worker.

        .. dropdown:: **Can I run it on Windows?**

           Yes.
        """
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.rst", text)).entries] == [
        ("Common errors", '"Manager only" when running.\n\nStart a worker.', ""),
        ("Can I run it on Windows?", "Yes.", "Common errors"),
    ]


def test_restructuredtext_footnotes_are_written_out_under_the_answers_that_cite_them(tmp_path: Path) -> None:
    # Read as comments, the definitions were lost, and the answers showed "[1]_" and "[#]_".
    text = "Is it free?\n-----------\n\nYes, for members [#]_ (see [RULES]_).\n\nWhere?\n------\n\nMill Lane [#]_.\n\n"
    text += ".. [#] Members pay ten pounds,\n   juniors five.\n.. [#] Behind the church.\n.. [RULES] The club's rules, section 2.\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "faq.rst", text)).entries] == [
        "Yes, for members [1] (see [2]).\n\n[1] Members pay ten pounds, juniors five.\n\n[2] The club's rules, section 2.",
        "Mill Lane [1].\n\n[1] Behind the church.",
    ]


def test_restructuredtext_markup_wrapped_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    # Python's own FAQ wraps a link's text and address over two lines: the answer showed the markup
    # as typed ("`Beginner's Guide <https://…>`_"); ":pep:`20`" showed "20", ".. seealso::" "Seealso".
    text = """\
        FAQ
        ===

        What is Python?
        ---------------

        An interpreted language.  See the `Beginner's Guide
        <https://wiki.python.org/moin/BeginnersGuide>`_ for more, or run ``python3
        --version``. Then read
        :ref:`the tutorial
        <tutorial>` first.

        .. seealso:: :pep:`20`, the Zen of Python.
        """
    [entry] = load_corpus(write(tmp_path, "faq.rst", text)).entries
    assert entry.answer == (
        "An interpreted language. See the Beginner's Guide (https://wiki.python.org/moin/BeginnersGuide) for more, or run `python3 --version`. Then read the tutorial first.\n\n"
        "See also: PEP 20, the Zen of Python."
    )
    assert entry.line == 4
    # Syncthing's FAQ sets the reference under its ".. seealso::", where a line opening with a role was
    # taken for the directive's option (":linenos:") and the answer was "See also:".
    text = "FAQ\n===\n\nWhat if there is a conflict?\n----------------------------\n\n.. seealso::\n    :ref:`Conflicts <conflict-handling>`\n"
    assert load_corpus(write(tmp_path, "faq.rst", text)).entries[0].answer == "See also: Conflicts"
    # A directive of options alone wrote a line it never had: every later entry named the line under its title.
    text = "FAQ\n===\n\nIs it free?\n-----------\n\nYes.\n\n.. note::\n   :class: small\n\nWhere?\n------\n\nIn town.\n"
    assert [e.line for e in load_corpus(write(tmp_path, "faq.rst", text)).entries] == [4, 12]
    # So did a literal block left empty (restic's FAQ sets "::" over a command it did not indent).
    text = "FAQ\n===\n\nIs it free?\n-----------\n\nRun::\n\n$ club join\n\nWhere?\n------\n\nIn town.\n"
    assert [e.line for e in load_corpus(write(tmp_path, "faq.rst", text)).entries] == [4, 11]
    # Markup opening its line, at a paragraph's end, brings up what is joined to its end: Crossbar's
    # FAQ showed "(https://…) .". Inside a paragraph, a line left blank would end it: the "." stays.
    text = "FAQ\n===\n\nWhat is PyPy?\n-------------\n\nA Python with a\n`JIT\n<https://example.org/jit>`__.\n\nAlso fast, a\n`JIT\n<https://example.org/jit>`__.\nToo.\n"
    [entry] = load_corpus(write(tmp_path, "faq.rst", text)).entries
    first, second = entry.answer.split("\n\n")
    assert first == "A Python with a JIT (https://example.org/jit)."
    assert second.startswith("Also fast, a JIT (https://example.org/jit)") and second.endswith("Too.")


def test_restructuredtext_roles_sphinx_shows_as_code_are_inline_code(tmp_path: Path) -> None:
    # A time tracker's Sphinx FAQ names its events' fields with :code:`timestamp`: the chat showed
    # them as plain words, where Sphinx (and a literal's ``timestamp``) shows code.
    text = (
        "FAQ\n===\n\nWhat is in an event?\n---------------------\n\n"
        "The fields :code:`timestamp` and ``duration``, read by :py:func:`aw_client.get_events` "
        "from :file:`~/.config/aw`; see :ref:`Setup <setup>`, :pep:`8` and :command:`aw-qt`.\n"
    )
    [entry] = load_corpus(write(tmp_path, "faq.rst", text)).entries
    assert entry.answer == "The fields `timestamp` and `duration`, read by `aw_client.get_events` from `~/.config/aw`; see Setup, PEP 8 and aw-qt."


def test_a_restructuredtext_substitution_that_is_also_a_link_shows_its_text(tmp_path: Path) -> None:
    # A chat library's FAQ opens "A |coroutine_link|_ is a function…": the reference was shown as typed.
    text = ".. |coro| replace:: coroutine\n\nFAQ\n===\n\nWhat is a coroutine?\n--------------------\n\nA |coro|_ runs when awaited; see |asyncio_docs|__.\n"
    [entry] = load_corpus(write(tmp_path, "faq.rst", text)).entries
    assert entry.answer == "A coroutine runs when awaited; see asyncio_docs."


def test_a_restructuredtext_definition_list_of_questions_is_read(tmp_path: Path) -> None:
    # A NAS's Sphinx FAQ writes each question as a term, its answer indented under it, and names
    # itself "|omv|": it was refused as holding no entries.
    text = (
        ".. |omv| replace:: openmediavault\n\nFAQ\n===\n\nIs |omv| a fork of FreeNAS?\n\tNo.\n\n"
        "How do I reset the password?\n    Run this::\n\n        omv-firstaid |menu|\n\n    and pick the reset.\n"
    )
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.rst", text)).entries] == [
        ("Is openmediavault a fork of FreeNAS?", "No.", 6),
        ("How do I reset the password?", "Run this:\n\n```\nomv-firstaid |menu|\n```\n\nand pick the reset.", 9),  # code as written
    ]


def test_numbered_steps_keep_their_numbers(tmp_path: Path) -> None:
    # Every list item became "- …": steps lost their order, and "repeat step 4" its step.
    page = "<h2>How do I export my books?</h2><p>Then:</p><ol start='3'><li>Open <b>Reports</b>.</li><li>Repeat step 2.</li></ol><ul><li>CSV</li></ul>"
    entry, = load_corpus(write(tmp_path, "help.html", page)).entries
    assert entry.answer == "Then:\n\n3. Open Reports.\n4. Repeat step 2.\n\n- CSV"
    write(tmp_path, "help.html", page.replace("start='3'", "start='²'"))  # a digit no number is written with
    assert load_corpus(tmp_path / "help.html").entries[0].answer.startswith("Then:\n\n1. Open Reports.")


def test_a_list_nested_in_an_item_stays_under_it(tmp_path: Path) -> None:
    # Nested items were flattened into the list around them, each a paragraph of its own: steps
    # read "1. Open Settings", "1. Tap Account", "2. Export", and the chat numbered them 1, 2, 3.
    page = "<h2>How do I export?</h2><ol><li>Open Settings<ul><li>on a phone: the gear</li></ul></li><li>Export</li></ol>"
    assert load_corpus(write(tmp_path, "help.html", page)).entries[0].answer == "1. Open Settings\n  - on a phone: the gear\n2. Export"
    typed = "## How do I export?\n\n1. Open Settings\n   - on a phone: the gear\n     1. tap it\n2. Export\n"
    assert load_corpus(write(tmp_path, "help.md", typed)).entries[0].answer == "1. Open Settings\n  - on a phone: the gear\n    1. tap it\n2. Export"



def test_an_items_text_after_its_nested_list_is_a_line_of_its_own(tmp_path: Path) -> None:
    # The text after a nested list was glued to its last item ("a towelthen dry off"), and an item
    # holding only a list wrote a mark before a mark ("- - x").
    page = "<h2>What do I bring?</h2><ul><li>Swimwear<ul><li>a towel</li></ul>then a lock</li><li><ul><li>a cap</li></ul></li></ul>"
    assert load_corpus(write(tmp_path, "help.html", page)).entries[0].answer == "- Swimwear\n  - a towel\nthen a lock\n  - a cap"

def test_a_word_documents_nested_list_stays_under_its_item(tmp_path: Path) -> None:
    # Word's sub-steps (a list level deeper) were read as steps of their own, between the steps.
    import docx

    document = docx.Document()
    document.add_paragraph("How do I export?", style="Heading 2")
    steps = document.styles["List Number"].element.pPr.numPr.numId.val  # the list its style numbers
    for step, level in (("Open Settings", 0), ("on a phone: the gear", 1), ("on the web: your name", 1), ("Export", 0)):
        numbering = document.add_paragraph(step, style="List Number")._p.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val = level  # as Word writes an item a Tab moved a level down
        numbering.get_or_add_numId().val = steps
    document.save(str(tmp_path / "help.docx"))
    assert load_corpus(tmp_path / "help.docx").entries[0].answer == "1. Open Settings\n  - on a phone: the gear\n  - on the web: your name\n2. Export"  # the template bullets that level


def test_a_restructuredtext_list_that_sphinx_numbers_is_a_list(tmp_path: Path) -> None:
    # "#." items ran into one paragraph ("#. Login #. Use the facets"), and a FAQ written as such a list was refused.
    steps = "FAQ\n===\n\nHow do I get a script?\n-----------------------\n\nFollow these steps:\n\n#. Log in\n#. Pick the facets\n"
    assert [e.answer for e in load_corpus(write(tmp_path, "steps.rst", steps)).entries] == ["Follow these steps:\n\n1. Log in\n2. Pick the facets"]
    listed = "FAQ\n===\n\n(#) How do I install it?\n\n    Run ``pip install tool``.\n\n(#) Is it free?\n\n    Yes.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.rst", listed)).entries] == [
        ("How do I install it?", "Run `pip install tool`."),
        ("Is it free?", "Yes."),
    ]


def test_a_restructuredtext_section_without_a_question_title_says_how_to_write_one(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="notes.rst: holds no FAQ entries \\(write a section title per question, underlined"):
        load_corpus(write(tmp_path, "notes.rst", "Notes\n=====\n\nNothing to ask here.\n"))


ASCIIDOC_FAQ = """\
    = Club FAQ
    Jane Doe <jane@example.org>
    v1.2, 2026-01-05
    :product: Racket Club
    :url-join: https://example.org/join

    Answers for new members of the {product}.

    == Membership

    [[join]]
    === How do I join?

    Fill in the {url-join}[membership form^], see <<fees>> and link:rules.html[the rules].
    // a note to the editors, not shown
    include::/etc/hostname[]

    [NOTE]
    ====
    Under-18s need a parent's *signature*.
    ====

    [#fees]
    === What does it cost?

    .Prices
    [cols="2,1"]
    |===
    |Member |Price

    |Adult
    |40 euros
    |===

    == Equipment

    === Can I borrow a racket?

    TIP: Ask at the desk, or run:

    [source,console]
    ----
    $ club borrow --days 2
    # a shell comment, not a title
    ----

    Is it free?
    ~~~~~~~~~~~

     * Yes, for members.
    """


def test_an_asciidoc_faq_is_read_like_markdown(tmp_path: Path) -> None:
    # Java and Ruby projects keep their FAQ as FAQ.adoc (Asciidoctor, Antora): it was refused as an
    # unknown type. Its header lines, attributes and anchors must not show, and an include:: is
    # never followed: a corpus file must not name another file to be read.
    corpus = load_corpus(write(tmp_path, "faq.adoc", ASCIIDOC_FAQ))
    assert corpus.description == "Club FAQ\n\nAnswers for new members of the Racket Club."
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the membership form (https://example.org/join), see What does it cost? and the rules.\n\nNote: Under-18s need a parent's signature.", "Membership", 12),
        ("What does it cost?", "Prices:\n\n- Member | Price\n- Adult | 40 euros", "Membership", 24),
        ("Can I borrow a racket?", "Tip: Ask at the desk, or run:\n\n```\n$ club borrow --days 2\n# a shell comment, not a title\n```", "Equipment", 37),
        ("Is it free?", "- Yes, for members.", "Equipment", 47),  # a title underlined, as older AsciiDoc writes them
    ]


def test_a_faq_written_as_a_manual_page_leaves_its_manual_sections_out(tmp_path: Path) -> None:
    # git's gitfaq.adoc is a manual page: "NAME", "SYNOPSIS", "DESCRIPTION", "SEE ALSO" and "GIT" were entries.
    page = """\
        gitfaq(7)
        =========

        NAME
        ----
        gitfaq - Frequently asked questions about using Git

        SYNOPSIS
        --------
        gitfaq

        DESCRIPTION
        -----------
        The examples in this FAQ assume a POSIX shell.

        FAQ
        ---

        === Configuration

        [[user-name]]
        What should I put in user.name?::
        \tYour personal name.

        SEE ALSO
        --------
        linkgit:git-config[1]
        """
    corpus = load_corpus(write(tmp_path, "gitfaq.adoc", page))
    assert [(e.heading, e.answer, e.category) for e in corpus.entries] == [("What should I put in user.name?", "Your personal name.", "Configuration")]
    assert corpus.description == "gitfaq - Frequently asked questions about using Git"
    # A FAQ that has a "NAME" section but is no manual page keeps it.
    assert [e.heading for e in load_corpus(write(tmp_path, "club.md", "## NAME\n\nThe Racket Club.\n\n## Is it free?\n\nYes.\n")).entries] == ["NAME", "Is it free?"]


def test_an_asciidoc_block_titled_with_a_question_is_an_entry(tmp_path: Path) -> None:
    # An Antora FAQ folds each answer under its question ('.How do I install it?' over '[%collapsible]'):
    # the section over them was one entry holding every question and answer.
    text = "= FAQ\n\n== Installing\n\n.How do I install it?\n[%collapsible]\n====\nRun the installer.\n====\n\n"
    text += "[%collapsible%open]\n.Is it free?\n====\nYes.\n\n.Example `config.yaml` file\n[%collapsible]\n=====\nkey: value\n=====\n====\n"
    text += "\n== Visiting\n\n.Is there parking?\nBehind the hall.\n\n.Opening hours\nDaily from 9.\n"  # a block titled so, folded or not
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.adoc", text)).entries] == [
        ("How do I install it?", "Run the installer.", "Installing"),
        ("Is it free?", "Yes.\n\nExample `config.yaml` file:\n\nkey: value", "Installing"),  # a fold that asks nothing stays text
        ("Is there parking?", "Behind the hall.\n\nOpening hours: Daily from 9.", "Visiting"),
    ]


def test_an_asciidoc_description_list_of_questions_is_read_and_a_qanda_list_asks_each_term(tmp_path: Path) -> None:
    text = """\
        = FAQ

        == Membership

        [qanda]
        How do I join?::
          Fill in the form.
        What does it cost?:: 40 euros a year.
        Describe the waiting list::

          Up to two weeks.

        == Equipment

        Can I borrow a racket?::
        Yes, at the desk.
        Windows:: run the installer.

        *Is there a family rate?*
        Yes: the second adult pays half.

        HELP! My racket strings keep breaking!::
          Restring them at the desk.
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.adoc", text)).entries] == [
        ("How do I join?", "Fill in the form.", 6),
        ("What does it cost?", "40 euros a year.", 8),
        ("Describe the waiting list", "Up to two weeks.", 9),  # asked by the [qanda] style, not by a question mark
        ("Can I borrow a racket?", "Yes, at the desk.\n\n- Windows: run the installer.", 15),  # a term that asks nothing is part of an answer
        ("Is there a family rate?", "Yes: the second adult pays half.", 19),
        ("HELP! My racket strings keep breaking!", "Restring them at the desk.", 22),  # a problem stated among questions (JBang's FAQ)
    ]


def test_an_asciidoc_tables_cells_keep_link_text_and_lose_cell_specs_and_block_markup(tmp_path: Path) -> None:
    # JBang's FAQ: "https://…/issues/1215[#1215]" lost its text, and a cell written "a|" over a
    # "[source]" listing read "Clang Format a | [source] ---- CommentPragmas ----".
    text = """\
        == How do I configure my formatter?

        |====
        | Tool | Setting
        | Google Java Format | see https://github.com/google/google-java-format/issues/1215[#1215]
        | Clang Format
        a|
        [source]
        ----
        CommentPragmas: '^[^ ]'
        ----
        |====
        """
    [entry] = load_corpus(write(tmp_path, "faq.adoc", text)).entries
    assert entry.answer == "- Tool | Setting\n- Google Java Format | see #1215 (https://github.com/google/google-java-format/issues/1215)\n- Clang Format | CommentPragmas: '^[^ ]'"


def test_asciidoc_blocks_nested_past_any_real_document_do_not_stop_the_build(tmp_path: Path) -> None:
    # Each unclosed delimiter of a new length opens a block inside the last: read block within
    # block, a crafted file exhausted the stack and the build ended in a traceback.
    delimiters = "\n".join("=" * length for length in range(4, 3_000))
    [entry] = load_corpus(write(tmp_path, "faq.adoc", f"== Is it free?\n\n{delimiters}\nYes.\n")).entries
    assert (entry.heading, entry.answer.rsplit("\n", 1)[-1], entry.line) == ("Is it free?", "Yes.", 1)


def test_an_asciidoc_file_without_a_question_title_says_how_to_write_one(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="notes.adoc: holds no FAQ entries \\(write a section title per question \\('== How do I join\\?'\\)"):
        load_corpus(write(tmp_path, "notes.adoc", "= Notes\n\nNothing to ask here.\n"))


ORG_FAQ = """\
    #+TITLE: Club FAQ
    #+OPTIONS: toc:nil
    #+INCLUDE: "/etc/hostname"
    # a note to the editors, not shown

    Answers for new members.

    * Membership                                                     :members:
    ** TODO How do I join?
       :PROPERTIES:
       :CUSTOM_ID: join
       :END:
       Fill in the [[https://example.org/join][membership form]], then see [[#fees]].

       #+begin_src sh
       club join --name "Ann"
       #+end_src
    ** What does it cost?
       :PROPERTIES:
       :CUSTOM_ID: fees
       :END:
       | Member | Price    |
       |--------+----------|
       | Adult  | 40 euros |
    ** COMMENT Is there a waiting list?
       Not written yet.
    * Equipment
    - Can I borrow a racket? :: Yes, run =club borrow= at the desk.
    - Opening hours :: from 9 to 5.
    ** Old answers                                                  :noexport:
    *** Do you sell balls?
        Not any more.
    """


def test_org_footnotes_are_written_out_under_the_answers_that_cite_them(tmp_path: Path) -> None:
    # The answers showed "[fn:1]", and the "Footnotes" headline Org files definitions under was an entry.
    text = "* Is it free?\nYes, for members.[fn:1]\n\n* Where?\nMill Lane[fn:map], or ask[fn::at the desk] (~[fn:1]~ cites one).\n\n"
    text += "* Footnotes\n\n[fn:1] Members pay ten pounds,\njuniors five.\n\n[fn:map] Behind the church.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "FAQ.org", text)).entries] == [
        ("Is it free?", "Yes, for members.[1]\n\n[1] Members pay ten pounds, juniors five."),
        ("Where?", "Mill Lane[1], or ask (at the desk) (`[fn:1]` cites one).\n\n[1] Behind the church."),
    ]


def test_an_org_mode_faq_is_read_like_markdown(tmp_path: Path) -> None:
    # Emacs users keep their FAQ as FAQ.org (Worg's org-faq.org holds 174 questions): it was
    # refused as an unknown type. Drawers, keywords and comments must not show, a subtree Org
    # leaves out of exports (COMMENT, :noexport:) is left out, and #+INCLUDE is never followed.
    corpus = load_corpus(write(tmp_path, "faq.org", ORG_FAQ))
    assert corpus.description == "Club FAQ\n\nAnswers for new members."
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the membership form (https://example.org/join), then see What does it cost?.\n\n```\nclub join --name \"Ann\"\n```", "Membership", 9),
        ("What does it cost?", "- Member | Price\n- Adult | 40 euros", "Membership", 18),
        ("Can I borrow a racket?", "Yes, run `club borrow` at the desk.\n\n- Opening hours: from 9 to 5.", "Equipment", 28),
    ]
    # Without a #+TITLE, a top-level headline is a question like any other, not the FAQ's title.
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.org", "* Is it free?\nYes.\n")).entries] == [("Is it free?", "Yes.")]


def test_org_links_wrapped_over_two_lines_and_italics_are_shown_as_org_shows_them(tmp_path: Path) -> None:
    # Emacs fills a paragraph inside a link's text: both pieces showed as typed, brackets and all,
    # and "/italic/" showed its slashes (a French TeX site's FAQ, Worg's).
    text = """\
        * How do I sign in?
        If you have an /OpenID/, [[https://example.org/signin][sign in
        with it]]. Or see
        [[#fees][what it
        costs]]), under /etc/club or and/or https://example.org/a/b/.
        * What does it cost?
        :PROPERTIES:
        :CUSTOM_ID: fees
        :END:
        Nothing.
        """
    [entry, _] = load_corpus(write(tmp_path, "faq.org", text)).entries
    assert entry.answer == "If you have an OpenID, sign in with it (https://example.org/signin). Or see what it costs), under /etc/club or and/or https://example.org/a/b/."
    # A question in italics over a link (emacs-dashboard's FAQ) kept its slashes: the link's address broke the italics.
    linked = "* /How can I use [[https://example.org/solaire][solaire-mode]] with it?/\nAdd a hook.\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.org", linked)).entries] == ["How can I use solaire-mode with it?"]


def test_org_text_indented_under_its_headline_keeps_its_code_with_a_keyword_at_the_margin(tmp_path: Path) -> None:
    # Worg's FAQ indents each answer under its headline but writes "#+index:" at the margin: the
    # answer stayed indented, so its ": (setq …)" lines ran together as one paragraph.
    text = "* Can I follow links with RET?\n#+index: Link!Follow\n\n   Yes, this is how:\n\n   : (setq org-return-follows-link t)\n   : (setq org-tab-follows-link t)\n"
    [entry] = load_corpus(write(tmp_path, "faq.org", text)).entries
    assert entry.answer == "Yes, this is how:\n\n```\n(setq org-return-follows-link t)\n(setq org-tab-follows-link t)\n```"


WIKI_FAQ = """\
    #summary Club FAQ
    #labels Featured

    <wiki:toc max_depth="2" />

    = Membership =

    == How do I join? ==
    Fill in the [http://example.org/join membership form], then see [[Fees|the fees]].
     * Bring a photo
        * and a pen
     * Pay at the desk

    == What does it cost? ==
    || '''Member''' || '''Price''' ||
    || Adult || 40 euros ||

    = Equipment =

    == Can I borrow a racket? ==
    Yes, run this at the desk:
    {{{
    # borrow one
    == not a title ==
    }}}
    <wiki:comment>
    Ask Ann to check this.
    </wiki:comment>
    ''Rackets'' are free for !WikiWord members.
    """


def test_a_wiki_page_is_read_like_markdown(tmp_path: Path) -> None:
    # Wikis keep FAQ pages in their own markup (Google Code's FAQ.wiki for TortoiseGit, Tesseract,
    # Native Client; MoinMoin's, MediaWiki's): refused as an unknown type. Titles between equals
    # signs are headings, code stays code however it looks, and notes to the editors are left out.
    corpus = load_corpus(write(tmp_path, "FAQ.wiki", WIKI_FAQ))
    assert corpus.description == "Club FAQ"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the membership form (http://example.org/join), then see the fees.\n\n- Bring a photo\n  - and a pen\n- Pay at the desk", "Membership", 8),
        ("What does it cost?", "- Member | Price\n- Adult | 40 euros", "Membership", 14),
        ("Can I borrow a racket?", "Yes, run this at the desk:\n\n```\n# borrow one\n== not a title ==\n```\n\nRackets are free for WikiWord members.", "Equipment", 20),
    ]


def test_restructuredtext_saved_as_text_is_read_as_restructuredtext(tmp_path: Path) -> None:
    # Django keeps its FAQ as reStructuredText in docs/faq/*.txt: the answers showed ":class:`~…FileField`" as typed.
    text = """\
        =================
        FAQ: Using Django
        =================

        How do I use image and file fields?
        ===================================

        Using a :class:`~django.db.models.FileField` takes a few steps:

        #. Define :setting:`MEDIA_ROOT` as a full path.

        #. Store ``mug_shot`` in the database.

        Do I have to use your template language?
        ========================================

        Nope.
        """
    corpus = load_corpus(write(tmp_path, "usage.txt", text))
    assert corpus.description == "FAQ: Using Django"
    assert [(e.heading, e.answer) for e in corpus.entries] == [
        ("How do I use image and file fields?", "Using a `FileField` takes a few steps:\n\n1. Define MEDIA_ROOT as a full path.\n\n2. Store `mug_shot` in the database."),
        ("Do I have to use your template language?", "Nope."),
    ]
    # Titles underlined in a plain text FAQ, with no role or directive, stay plain text's.
    plain = "How do I join?\n==============\n\nFill in the form at :class: desk.\n\nIs it free?\n===========\n\nYes, ``always``.\n"
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "club.txt", plain)).entries] == [
        ("How do I join?", "Fill in the form at :class: desk."), ("Is it free?", "Yes, ``always``.")]


def test_a_wordpress_readme_and_wiki_text_saved_as_text_are_read_as_wiki_markup(tmp_path: Path) -> None:
    # A WordPress plugin's readme.txt asks "= Is it free? =" under "== Frequently Asked Questions ==",
    # its titles nested the other way round (more signs, higher); a wiki page copied into a text file
    # asks "=Is it free?=". Read as plain text, no question ended in "?": both were refused.
    readme = """\
        === Club Booking ===
        Stable tag: 1.2

        == Description ==

        Shows the courts' free hours.

        == Frequently Asked Questions ==

        = Is it free? =

        Yes, for members.

        = Does it work with [[Other plugin]]? =

        Yes: add `[booking]` to a page.

        == Changelog ==

        = 1.2 =
        * Fixed the calendar.
        """
    corpus = load_corpus(write(tmp_path, "readme.txt", readme))
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("Description", "Shows the courts' free hours.", "", 4),
        ("Is it free?", "Yes, for members.", "", 10),
        ("Does it work with Other plugin?", "Yes: add `[booking]` to a page.", "", 14),
        ("1.2", "- Fixed the calendar.", "Changelog", 20),
    ]
    copied = load_corpus(write(tmp_path, "faq.txt", "=Is it free?=\n\nYes.\n\n=Where is it?=\n\nOn Mill Lane.\n"))
    assert [(e.heading, e.answer) for e in copied.entries] == [("Is it free?", "Yes."), ("Where is it?", "On Mill Lane.")]
    # Titles drawn with equals signs over questions on their lines stay plain text's section titles.
    drawn = load_corpus(write(tmp_path, "faq.txt", "=== Billing ===\n\nHow do I pay?\nBy card.\n\n=== Courts ===\n\nWhere are they?\nOn Mill Lane.\n"))
    assert [(e.heading, e.answer, e.category) for e in drawn.entries] == [("How do I pay?", "By card.", "Billing"), ("Where are they?", "On Mill Lane.", "Courts")]


def test_a_vim_help_file_is_read_by_its_headings(tmp_path: Path) -> None:
    # Neovim keeps its FAQ as a help file (":help faq"): each question a line ending in " ~", each
    # section opened by a rule and named by the line under it, tags and links marked, code between
    # ">" and "<". Read as text, no line ended in "?" and the file was refused.
    text = """\
*faq.txt*\t\t Nvim

Frequently asked Questions                                        *faq*

==============================================================================
General Questions                                                 *faq-general*


WHERE SHOULD I PUT MY CONFIG? ~

See |config|; you can copy your existing vimrc.


HOW CAN I USE TRUE COLOR IN THE TERMINAL? ~

If your terminal is not detected, add this to your |init.vim|: >vim
    set termguicolors
<

CURSOR SHAPE DOESN'T CHANGE IN TMUX ~

tmux decides that, not Nvim.

==============================================================================
Build issues                                                    *faq-build*


WHY NOT USE JSON FOR RPC? ~
>
    JSON cannot handle binary data.
<
 vim:tw=78:ts=8:noet:ft=help:norl:
"""
    corpus = load_corpus(write(tmp_path, "faq.txt", text))
    assert corpus.description == "Frequently asked Questions"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("WHERE SHOULD I PUT MY CONFIG?", "See config; you can copy your existing vimrc.", "General Questions", 9),
        ("HOW CAN I USE TRUE COLOR IN THE TERMINAL?", "If your terminal is not detected, add this to your init.vim:\n\n```\n    set termguicolors\n```", "General Questions", 14),
        ("CURSOR SHAPE DOESN'T CHANGE IN TMUX", "tmux decides that, not Nvim.", "General Questions", 20),  # its line, after a block that needed a fence
        ("WHY NOT USE JSON FOR RPC?", "```\n    JSON cannot handle binary data.\n```", "Build issues", 28),
    ]
    # A plugin's help file: its contents left out as Markdown's are, its FAQ labelled "Q:" and "A:".
    plugin = """\
*notes.txt*  For Vim version 8.0     Last change: 2024 May 3

==============================================================================
CONTENTS                                                     *notes-contents*

    1. Introduction ............................ |notes-intro|
    2. FAQ ..................................... |notes-faq|

==============================================================================
2. FAQ                                                            *notes-faq*

Q: How do I open my notebook?
A: Run |:Notes|.
"""
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "notes.txt", plugin)).entries] == [("How do I open my notebook?", "Run :Notes.")]


def test_a_bot_framework_qna_file_is_read_pair_by_pair(tmp_path: Path) -> None:
    # A QnA Maker knowledge base or a Bot Framework Composer bot keeps its pairs in a .qna file:
    # "## ? question", its variations listed, its answer fenced as Markdown. It was refused as a file
    # of an unsupported type.
    text = """\
> !# @kb.name = Library KB

<a id = "1"></a>

## ? When are you open?
- What are your opening hours?
- opening times

**Filters:**
- category = Visiting
- location = town centre

```markdown
Nine to **five**, Monday to Saturday.
```

### ? Is there parking?
\t```markdown
\t\tYes, behind the library.
\t```

$parking : qna-alterations =
- car park
"""
    corpus = load_corpus(write(tmp_path, "kb.qna", text))
    assert [(e.heading, e.alternates, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("When are you open?", ("What are your opening hours?", "opening times"), "Nine to five, Monday to Saturday.", "Visiting", 5),
        ("Is there parking?", (), "Yes, behind the library.", "", 17),  # indented and fenced: the answer's text, not code
    ]
    with pytest.raises(CorpusError, match=r"empty.qna: holds no FAQ entries \(write a heading per question marked '\?'"):
        load_corpus(write(tmp_path, "empty.qna", "> a comment\n"))


def test_a_github_wikis_links_show_their_text(tmp_path: Path) -> None:
    # GitHub wikis (Gollum) link pages "[[Page]]" and "[[its text|Page]]": FreeRADIUS's FAQ showed
    # the brackets in 55 answers. A web address stays a link; a picture and code stay out of it.
    text = (
        "# FAQ\n\n## How do I join?\n\nSee [[Membership]], fill in [[the form|https://example.org/join]] "
        "or visit [[https://example.org]].\n[[/images/desk.png]]\nType `[[name]]` in the box:\n\n    [[name]]\n"
    )
    [entry] = load_corpus(write(tmp_path, "FAQ.md", text)).entries
    assert entry.answer == (
        "See Membership, fill in the form (https://example.org/join) or visit https://example.org.\n\nType `[[name]]` in the box:\n\n```\n[[name]]\n```"
    )


def test_a_hugo_shortcode_within_text_shows_what_the_page_shows(tmp_path: Path) -> None:
    # A chemistry database's FAQ links with a shortcode ('{{< newtabref href=… title="ZIP" >}}'), shown as typed;
    # etcd's links to a version the site fills in, which no reference definition under them then
    # defined: the definitions ran into the last answer as its text.
    page = """\
        ## How do I export?

        Export a {{< newtabref  href="https://example.org/zip" title="ZIP" >}} file; see [the guide]({{< ref "guide.md" >}}),
        [backup][backup] or [the tags](https://example.org/{{< param tag >}}/t). It is `{{< code >}}` in version {{< param version >}}.

        ## Is there a benchmark?

        See [the tool][benchmark].

        [backup]: https://example.org/blob/{{< param git_version_tag >}}/recovery.md
        [benchmark]: https://example.org/benchmark
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.md", page)).entries] == [
        ("How do I export?", "Export a ZIP (https://example.org/zip) file; see the guide, backup or the tags. It is `{{< code >}}` in version {{< param version >}}."),
        ("Is there a benchmark?", "See the tool (https://example.org/benchmark)."),
    ]


def test_hugo_shortcodes_and_liquid_tags_fold_answers_or_are_left_out(tmp_path: Path) -> None:
    # A Hugo page folds its answers in shortcodes and a GitBook or Jekyll page writes Liquid tags:
    # each tag was read as text, in the description or an answer.
    text = """\
        # FAQ

        {{< faq "How do I install it?" >}}
        Run the installer.
        {{< /faq >}}

        {{% details title="Is it free?" open=false %}}
        Yes.
        {{% /details %}}

        {% hint style="info" %}
        Ask on Discord.
        {% endhint %}

        ## Can I self-host?

        {% tabs %}
        {% tab title="Docker" %}
        Use the image.
        {% endtab %}
        {% endtabs %}
        {%- include "feedback.html" -%}
        {{% faq-section "Billing" %}}
        {{ site.footer }}
        ${section_end}
        """
    # The last shortcode, never closed, is filled from the site's data: it was a bold "Billing:" in the
    # answer; and the values the build puts in (a profile's footer, a page generator's section end) were shown as typed.
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.md", text)).entries] == [
        ("How do I install it?", "Run the installer.", 3),
        ("Is it free?", "Yes.\n\nHint: Ask on Discord.", 7),
        ("Can I self-host?", "Docker: Use the image.", 15),
    ]


def test_a_tag_or_component_naming_its_question_and_answer_is_an_entry(tmp_path: Path) -> None:
    # Hugo's '{{< faq question="…" >}}', Markdoc's '{% faq question="…" answer="…" /%}' (as a
    # docs site keeps a FAQ under each article) and an MDX page's '<FaqItem question="…">': the
    # page was refused as holding no entries, or the answer ran on into the entry above it.
    text = """\
        # Zendesk Chat

        Connect your chat to the app.

        {{< faq question="Where is the widget?" >}}
        In the corner.
        {{< /faq >}}

        {% faq question="Why can't I see the widget?" answer="It shows in **published** apps only." /%}

        {% faq question="How do I hide it?" answer="Click \\"Hide\\" in its menu." /%}
        """
    corpus = load_corpus(write(tmp_path, "chat.md", text))
    assert corpus.description == "Zendesk Chat\n\nConnect your chat to the app."
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("Where is the widget?", "In the corner.", 5),
        ("Why can't I see the widget?", "It shows in published apps only.", 9),
        ("How do I hide it?", 'Click "Hide" in its menu.', 11),
    ]
    page = """\
        ## FAQ

        <Faq>
        <FaqItem question="Is it fast?">

        Yes, **very**.

        </FaqItem>
        <FaqItem question="Is it free?" answer="Yes, for members." />
        </Faq>
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.mdx", page)).entries] == [
        ("Is it fast?", "Yes, very.", 4),
        ("Is it free?", "Yes, for members.", 9),
    ]


def test_myst_dropdowns_fold_answers_under_their_questions(tmp_path: Path) -> None:
    # A Jupyter Book or Sphinx (MyST) FAQ folds each answer in a directive: in backticks the page
    # was code blocks, refused as holding no entries. Options, boxes and code inside are read as shown.
    text = """\
        # FAQ

        ```{dropdown} How do I install it?
        :open:
        Run the installer, then:

        ~~~bash
        club start
        ~~~
        ```

        ::::{dropdown} Where are my files?
        ---
        color: info
        ---
        Under your home folder:
        :::{code-block} shell
        ls ~/club
        :::

        ```{note} They are backed up nightly.
        ```
        ::::

        ```{code-block} python
        print("{dropdown} is no question")
        ```
        """
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.md", text)).entries] == [
        ("How do I install it?", "Run the installer, then:\n\n```\nclub start\n```", 3),
        ("Where are my files?", 'Under your home folder:\n\n```\nls ~/club\n```\n\nNote: They are backed up nightly.\n\n```\nprint("{dropdown} is no question")\n```', 12),
    ]


def test_mkdocs_admonitions_fold_answers_under_their_questions(tmp_path: Path) -> None:
    # MkDocs Material FAQs fold each answer under '??? faq "Question?"'; the file was refused
    # (its titles read as text, its bodies as code). A note's body stays in its answer, named.
    text = """\
        # FAQ

        ## Orders

        ??? faq "Can I change my order?<a id="change"></a>"
            Within an **hour**.

            !!! note
                Not on sale days.

        ???+ question "Do you ship abroad?"

            Yes.
        """
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(write(tmp_path, "faq.md", text)).entries] == [
        ("Can I change my order?", "Within an hour.\n\nNote: Not on sale days.", "Orders", 5),
        ("Do you ship abroad?", "Yes.", "Orders", 11),
    ]


def test_documentation_site_faqs_fold_answers_in_containers_and_components(tmp_path: Path) -> None:
    # Mintlify and Docusaurus pages (.mdx) and VitePress containers: refused, or read as one blob.
    page = """\
        ---
        title: FAQ
        ---
        import Tabs from '@theme/Tabs';

        <AccordionGroup>
          <Accordion title="Can I use my own key?" icon="key">
            Yes, in the settings panel.

            - OpenAI
            - Gemini
          </Accordion>
        </AccordionGroup>

        ::: details How do I cancel?
        From your account page:

        ```js
        import { cancel } from "@shop/sdk";
        ```

        :::tip[Refunds]
        Within 14 days.
        :::
        :::
        """
    assert "import" not in load_corpus(write(tmp_path, "faq.mdx", page)).description  # the page's code, not its text
    assert "import Tabs from" in load_corpus(write(tmp_path, "faq.md", page)).description  # in Markdown, a line like any other
    assert [(e.heading, e.answer, e.line) for e in load_corpus(write(tmp_path, "faq.mdx", page)).entries] == [
        ("Can I use my own key?", "Yes, in the settings panel.\n\n- OpenAI\n- Gemini", 7),
        ("How do I cancel?", 'From your account page:\n\n```\nimport { cancel } from "@shop/sdk";\n```\n\nRefunds: Within 14 days.', 15),  # code stays code
    ]


def test_an_mdx_pages_faq_exported_as_data_for_its_component_is_read(tmp_path: Path) -> None:
    # A Docusaurus or Next.js MDX page keeps its FAQ as an export its component shows
    # ("<FAQ items={faqs} />"): its lines were the page's text, and no entry was read.
    page = (
        "---\ntitle: Help\n---\nimport { FAQ } from '../components/FAQ'\n\nexport const faqs = [\n"
        '  { question: "Do you ship abroad?", answer: "Yes, to the EU." },\n  { question: "How long is delivery?", answer: "Two days." },\n]\n\n'
        "# Help\n\nOur most common questions.\n\n<FAQ items={faqs} />\n\n```js\nexport const notData = [{ question: 'In a sample?', answer: 'Code.' }]\n```\n"
    )
    corpus = load_corpus(write(tmp_path, "help.mdx", page))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [("Do you ship abroad?", "Yes, to the EU.", 7), ("How long is delivery?", "Two days.", 8)]
    assert corpus.description.startswith("Help\n\nOur most common questions.") and "const faqs" not in corpus.description  # a sample's code stays code


def test_a_quarto_or_r_markdown_faq_folds_answers_in_callouts(tmp_path: Path) -> None:
    # A Quarto site's FAQ (.qmd) was refused as an unknown type; as Markdown, "Installation" was an
    # entry answered "::: {.callout-note …}", and the question after the callouts was filed under the first.
    page = """\
        ---
        title: "FAQ"
        ---

        ## Installation

        ::: {.callout-note collapse="true"}
        ## How do I install the package?

        Run `install.packages("tidyfaq")`.
        :::

        ::: {.callout-tip collapse="true" title="Does it work on Windows?"}
        Yes.

        ::: {.callout-warning}
        Not on Windows 7.
        :::
        :::

        ## Can I use it offline?

        Yes, once installed.
        """
    expected = [
        ("How do I install the package?", 'Run `install.packages("tidyfaq")`.', "Installation", 8),
        ("Does it work on Windows?", "Yes.\n\nWarning: Not on Windows 7.", "Installation", 13),
        ("Can I use it offline?", "Yes, once installed.", "", 21),
    ]
    for name in ("faq.qmd", "faq.Rmd"):
        assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(write(tmp_path, name, page)).entries] == expected
        (tmp_path / name).unlink()


def test_a_container_label_written_with_blank_lines_opens_its_text(tmp_path: Path) -> None:
    # Docusaurus writes ":::warning", a blank line, the text: the answer read "Warning:" as a paragraph alone.
    text = "# FAQ\n\n## How do I reset it?\n\nHold the button.\n\n:::warning\n\nIt erases your networks.\n\n:::\n\n:::note\n\n- keep a backup\n\n:::\n"
    assert load_corpus(write(tmp_path, "faq.md", text)).entries[0].answer == "Hold the button.\n\nWarning: It erases your networks.\n\nNote:\n\n- keep a backup"


def test_code_in_markdown_and_web_page_answers_keeps_its_indentation(tmp_path: Path) -> None:
    # Every line of an answer was tidied to one run of words: code lost its indentation.
    text = "# FAQ\n\n## How do I greet?\n\n```python\ndef greet():\n\treturn 'hi'\n```\n"
    assert load_corpus(write(tmp_path, "faq.md", text)).entries[0].answer == "```\ndef greet():\n    return 'hi'\n```"
    page = '<h2>How do I loop?</h2><p>Use   a loop:</p><pre>for x in xs:\n    print(x)  </pre>'
    assert load_corpus(write(tmp_path, "faq.html", page)).entries[0].answer == "Use a loop:\n\n```\nfor x in xs:\n    print(x)\n```"


def test_bold_labels_and_loose_lists_in_markdown(tmp_path: Path) -> None:
    # "**Q**: …" was not taken for a label; a list with blank lines between its items showed each
    # item's mark on a line of its own; a line that is only an address made Beautiful Soup warn.
    text = "# FAQ\n\n**Q**: Is it free?\n\n**A**: Yes, for:\n\n- members\n\n- guests\n\n**Q**: Where are the docs?\n\n- https://example.org/docs\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        entries = load_corpus(write(tmp_path, "faq.md", text)).entries
    assert [(e.heading, e.answer) for e in entries] == [
        ("Is it free?", "Yes, for:\n\n- members\n\n- guests"),
        ("Where are the docs?", "- https://example.org/docs"),
    ]


CLUB_YAML = """\
    title: Club FAQ
    entries:
      - question: When do we meet?
        alternates:
          - What time is practice?
        category: Schedule
        answer: |
          Tuesdays at 19:00.

          Summer: Thursdays.
      - question: How much is membership?
        answer: 40 euros a year.
    """


def test_yaml_entries_with_alternates_categories_and_lines(tmp_path: Path) -> None:
    corpus = load_corpus(write(tmp_path, "club.yaml", CLUB_YAML))
    meet, fee = corpus.entries
    assert corpus.description == "Club FAQ"
    assert (meet.heading, meet.alternates, meet.category, meet.line) == ("When do we meet?", ("What time is practice?",), "Schedule", 3)
    assert meet.answer == "Tuesdays at 19:00.\n\nSummer: Thursdays."
    assert (fee.line, fee.category, fee.alternates) == (11, "", ())


def test_yaml_answers_are_read_as_written_not_as_yes_no_numbers_or_dates(tmp_path: Path) -> None:
    """YAML reads an unquoted Yes as true, 42 as a number and 2027-01-04 as a date; they were refused
    ("answer must be text, got bool"). A yes/no field still says whether an entry is published."""
    listed = "- question: Is parking free?\n  answer: Yes\n- question: How many rooms?\n  answer: 42\n- question: When do we reopen?\n  answer: 2027-01-04\n"
    corpus = load_corpus(write(tmp_path, "hotel.yaml", listed + "- question: Is the bar open late?\n  answer: No\n  draft: true\n"))
    assert [(e.heading, e.answer) for e in corpus.entries] == [("Is parking free?", "Yes"), ("How many rooms?", "42"), ("When do we reopen?", "2027-01-04")]
    mapped = load_corpus(write(tmp_path, "inn.yaml", "Is parking free?: yes\nIs breakfast included?: off\n"))
    assert [(e.heading, e.answer) for e in mapped.entries] == [("Is parking free?", "yes"), ("Is breakfast included?", "off")]


@pytest.mark.parametrize(
    "text, message",
    [
        ("- question: a?\n  answer: [unclosed\n", "club.yml:3: not valid YAML"),
        ("title: x\n", "club.yml:1: expected a list of entries, an 'entries:' key, or questions mapped to their answers"),
        ("- question: a?\n  answer: b\n  alternates: {c: d}\n", "club.yml:1: alternates must be a list"),
        ("- answer: b\n", "club.yml:1: entry has no 'question'"),
    ],
)
def test_yaml_mistakes_name_the_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        load_corpus(write(tmp_path, "club.yml", text))


@pytest.mark.parametrize(
    "text, message",
    [
        ("- question: Is it free?\n  answer: No: members pay.\n", "club.yml:2: .*; a ': ' in text that is not in quotes starts a new field: put the text in quotes"),
        ("- question: Is it free?\n\tanswer: No.\n", "club.yml:2: .*; a tab indents this line: YAML indents with spaces"),
        ('- question: Is it free?\n  answer: "No, members pay.\n- question: Where?\n  answer: Here.\n', "club.yml:2: .*; a quote opened on this line is never closed"),
        ("- question: Is it free?\n  alternates: [Does it cost money?]\n  answer: No.\n", r"club.yml:2: .*; an item of a \[ … \] list holds a character that needs quotes"),
        ("- question: Is it free?\n  answer: Yes.\n- question: How do I reach you?\n  answer: @club on every network.\n", "club.yml:4: .*; text that begins with this character must be in quotes"),
        ("- question: Is it free?\n  answer: 'Yes' for members.\n", "club.yml:2: .*; the text goes on after its closing quote: quote the whole text"),
        ("- question: Is it free?\n  answer: *Members* pay.\n", "club.yml:2: .*; text that begins with '\\*' or '&' must be in quotes"),
        ("- question: Is it free?\n  answer: No.\n   category: Fees\n", "club.yml:3: .*; this line is not indented like the lines above it"),
        ("- question: Is it free?\n  answer: No.\n---\n- question: Where?\n  answer: Here.\n", "club.yml:3: .*; a '---' line here starts a second document"),
    ],
    ids=["colon-in-text", "tab", "unclosed-quote", "question-in-a-flow-list", "at-sign", "text-after-quotes", "asterisk", "indentation", "two-documents"],
)
def test_yaml_written_by_hand_is_told_how_to_mend_it(tmp_path: Path, text: str, message: str) -> None:
    # PyYAML's words ("mapping values are not allowed here") name the fault, not the mistake an owner made.
    with pytest.raises(CorpusError, match=message):
        load_corpus(write(tmp_path, "club.yml", text))


def test_yaml_text_cut_short_by_what_yaml_reads_as_a_comment_is_named(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # YAML ends text not in quotes at " #": "We're #1 in town" was read "We're", the rest lost without a word.
    text = "- question: Are you any good?\n  answer: We're #1 in town.\n- question: Where?\n  answer: Room 4 # the one by the stairs\n"
    text += "- question: Do you teach C#?\n  answer: \"Yes, #1 for C# too.\"\n  draft: false #for now\n"
    with caplog.at_level(logging.WARNING):
        entries = load_corpus(write(tmp_path, "faq.yaml", text)).entries
    assert [e.answer for e in entries] == ["We're", "Room 4", "Yes, #1 for C# too."]
    assert "faq.yaml:2: the text on this line stops before '#1 in town.', which YAML reads as a comment (' #'): put the text in quotes to keep it" in caplog.text
    assert caplog.text.count("reads as a comment") == 1  # a comment written "# so", quoted text and a yes/no are as meant


def test_a_yaml_file_closed_or_opened_by_an_empty_document_is_one_document(tmp_path: Path) -> None:
    # A site's data file ending with a '---' line and nothing after it was refused as two documents
    # (ARM's DAPLink FAQ); Jekyll reads it.
    entries = "- question: Is it free?\n  answer: No.\n- question: Where?\n  answer: Here.\n"
    for text in (f"---\n{entries}---\n", f"---\n---\n{entries}", f"{entries}...\n---\n"):
        assert [e.heading for e in load_corpus(write(tmp_path, "faq.yml", text)).entries] == ["Is it free?", "Where?"]


@pytest.mark.parametrize(
    "name, text, message",
    [
        ("faq.yaml", "- question: Is it free?\n  answer: Yes.\n  answer: No, members pay.\n", "faq.yaml:3: not valid YAML \\('answer' is written twice, here and at line 2"),
        ("faq.yaml", "Is it free?: Yes.\nWhere is it?: Here.\nIs it free?: No.\n", "faq.yaml:3: not valid YAML \\('Is it free\\?' is written twice, here and at line 1"),
        ("faq.json", '[{"question": "Is it free?",\n  "answer": "Yes.",\n  "answer": "No, members pay."}]', "faq.json:3: 'answer' is written twice, here and at line 2"),
        ("faq.jsonl", '{"question": "Where?", "answer": "Here."}\n{"question": "Is it free?", "answer": "Yes.", "answer": "No."}\n', "faq.jsonl:2: 'answer' is written twice in one object"),
    ],
    ids=["yaml-field", "yaml-question", "json-field", "jsonl-field"],
)
def test_a_name_written_twice_is_refused_rather_than_half_read(tmp_path: Path, name: str, text: str, message: str) -> None:
    # YAML and JSON keep the last of a repeated name: the first answer was lost without a word.
    with pytest.raises(CorpusError, match=message + ".*only the last would be read: keep one"):
        load_corpus(write(tmp_path, name, text))


def test_answers_of_a_site_data_file_lose_their_inline_markup_but_plain_answers_keep_stray_marks(tmp_path: Path) -> None:
    # A Jekyll site's _data/faq.yml is written in the Markdown and HTML the site renders: the chat showed the asterisks.
    data = """\
        - question: Is there parking?
          answer: Yes, **free** parking. See the <a href="#travel">travel section</a> and [the map](https://example.org/map).
        - question: Where are the B&amp;Bs?
          answer: |
            In the village, _a short walk_ away.
            Ask at `reception`.
        - question: Is it step-free?
          answer: Mostly; press <kbd>Help</kbd> at the <u>side</u> gate, or ring <tt>0800 123</tt><sup>1</sup>.
        - question: What do I bring?
          answer: >-
            (o) Your ticket.<br /> (o) A photo ID.<br />

            Nothing else.
        - question: How do I call?
          answer: |
            Jefferson (315) 788-0422\\
            Lewis (315) 376-3777<br>
            Madison (315) 628-8732\\\\
            Oswego (315) 598-2030
        - question: Where is the client?
          answer: |
            Use the [dynamic
            client](https://example.org/dynamic) from the `client-go` package.
        - question: "# of ways to give?"
          answer: |
            Two:
            #### Events ####

            Donate **online**.

            ```sh
            # or in cash
            ```
        """
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.yml", data)).entries] == [
        ("Is there parking?", "Yes, free parking. See the travel section and the map (https://example.org/map)."),
        ("Where are the B&Bs?", "In the village, a short walk away.\nAsk at `reception`."),
        ("Is it step-free?", "Mostly; press Help at the side gate, or ring 0800 1231."),
        ("What do I bring?", "(o) Your ticket.\n(o) A photo ID.\nNothing else."),  # a line break is one, as the site shows it
        ("How do I call?", "Jefferson (315) 788-0422\nLewis (315) 376-3777\nMadison (315) 628-8732\nOswego (315) 598-2030"),  # no "\\" kept (Jekyll writes two), nor a blank line
        ("Where is the client?", "Use the dynamic client (https://example.org/dynamic) from the `client-go` package."),  # a link wrapped by hand (a Hugo site's data/faq.toml)
        ("# of ways to give?", "Two:\nEvents\n\nDonate online.\n\n```sh\n# or in cash\n```"),  # a heading shows its text; code keeps its "#"
    ]
    # One answer in six with a stray mark is code a user pasted, not markup: it stays as written.
    plain = [{"question": f"Question {n}?", "answer": f"Answer {n}."} for n in range(5)]
    (tmp_path / "faq.json").write_text(json.dumps([*plain, {"question": "Product?", "answer": "Type 2*x*3 in the box."}]), encoding="utf-8")
    assert load_corpus(tmp_path / "faq.json").entries[-1].answer == "Type 2*x*3 in the box."
    (tmp_path / "faq.json").write_text(json.dumps([*plain, {"question": "Bold?", "answer": "Type *bold* in the box."}]), encoding="utf-8")
    assert load_corpus(tmp_path / "faq.json").entries[-1].answer == "Type *bold* in the box."
    # But a link to a web address written as HTML is a link in any file: an air monitor maker's FAQ showed the tags.
    linked = {"question": "Can I export?", "answer": "Yes, or use the free <a href='https://example.org/api' target='_blank'>API</a>, *always*."}
    (tmp_path / "faq.json").write_text(json.dumps([*plain, linked]), encoding="utf-8")
    assert load_corpus(tmp_path / "faq.json").entries[-1].answer == "Yes, or use the free API (https://example.org/api), *always*."
    # And such a file's answers are HTML its site renders: a foundation's FAQ data showed "<b>Yes</b>" and "<br>".
    broken = {"question": "Can I study online?", "answer": "<b>Yes</b>, two courses: <br><br> Counselling<br>Law &amp; ethics"}
    plainer = [{"question": f"More {n}?", "answer": f"Answer {n}."} for n in range(10)]  # two in twelve with markup: too few to read it so
    (tmp_path / "faq.json").write_text(json.dumps([*plainer, linked, broken]), encoding="utf-8")
    assert load_corpus(tmp_path / "faq.json").entries[-1].answer == "Yes, two courses:\n\nCounselling\nLaw & ethics"


def test_entries_their_owner_switched_off_are_left_out_in_every_format_that_can_say_so(tmp_path: Path, caplog) -> None:
    # A FAQ table's "enabled: no" row and a JSON or YAML entry's "draft": true were answered: only
    # exported articles were checked, and only for a JSON true.
    write(tmp_path, "shop.csv", "question,answer,enabled\nIs it free?,Yes.,yes\nSecret launch?,In May.,no\nWhen?,Soon.,boot\n")
    write(tmp_path, "club.json", json.dumps([
        {"question": "Can children join?", "answer": "From 8.", "isPublished": True},
        {"question": "Beta night?", "answer": "Tuesdays.", "isPublished": False},
        {"question": "Old fees?", "answer": "Gone.", "draft": "TRUE"},
    ], indent=1))
    write(tmp_path, "hall.yaml", "- question: Is there parking?\n  answer: Behind the hall.\n- question: Staff code?\n  answer: 1234.\n  hidden: yes\n")
    headings = [e.heading for e in load_corpus(tmp_path).entries]
    assert headings == ["Can children join?", "Is there parking?", "Is it free?", "When?"]  # "boot" says neither yes nor no
    assert "shop.csv:3: entry 'Secret launch?' is not published (enabled: no); left out" in caplog.text
    assert "club.json:7: entry 'Beta night?' is not published (isPublished: False); left out" in caplog.text
    assert "club.json:12: entry 'Old fees?' is not published (draft); left out" in caplog.text
    assert "hall.yaml:3: entry 'Staff code?' is not published (hidden); left out" in caplog.text


def test_an_answer_not_yet_written_is_left_out_saying_so(tmp_path: Path, caplog) -> None:
    # A running club's FAQ kept "xx" under the questions it had not answered yet, and the bot answered "xx".
    write(tmp_path, "club.csv", (
        "question,answer\nIs it free?,Yes.\nHow far do you run?,xx\nWhen is the next race?,TBD\nDo you race?,Lorem ipsum dolor sit amet.\n"
        "Where?,Vestibulum ante ipsum primis in faucibus orci luctus et ultrices.\n"  # a page template's filler
        "Who?,\"Mauris eleifend est et turpis. Duis id erat. Suspendisse potenti. Class aptent taciti sociosqu ad litora.\"\n"
        "Why?,Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque.\n"
    ))
    write(tmp_path, "drafts.md", "## Is there a kit?\n\nTODO\n")  # nothing else: the file is skipped
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [("Is it free?", "Yes."), ("When is the next race?", "TBD")]  # "TBD" can be the news
    assert "club.csv:3: the answer to 'How far do you run?' is a placeholder ('xx'); the bot leaves the entry out until it is written" in caplog.text
    assert "club.csv:5: the answer to 'Do you race?' is a placeholder" in caplog.text and "club.csv:6: the answer to 'Where?' is a placeholder" in caplog.text
    assert "club.csv:7: the answer to 'Who?' is a placeholder" in caplog.text and "club.csv:8: the answer to 'Why?' is a placeholder" in caplog.text
    assert "drafts.md: every answer in it is a placeholder, not yet written (the first, 'TODO', at line 1); skipped" in caplog.text


def test_a_question_left_unanswered_and_asked_again_with_its_answer_is_left_out_saying_so(tmp_path: Path, caplog) -> None:
    # A gym's sheet kept a draft row, the question with no answer, above the row that answers it: the
    # file was refused, that question "missing its answer", though the FAQ answers it.
    write(tmp_path, "gym.csv", "question,answer\nDo you offer personal trainers?,\nIs it open on Sundays?,No.\nDo you offer Personal Trainers?,\"Yes, two.\"\n")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "gym.csv").entries] == [("Is it open on Sundays?", "No."), ("Do you offer Personal Trainers?", "Yes, two.")]
    assert "gym.csv:2: 'Do you offer personal trainers?' has no answer here but is asked again with one; the bot answers with that" in caplog.text
    # Unanswered and asked nowhere else, a question is still an error: the FAQ does not answer it.
    with pytest.raises(CorpusError, match="gym.csv:2: entry 'Is there a sauna\\?' has an empty or missing answer"):
        load_corpus(write(tmp_path, "gym.csv", "question,answer\nIs there a sauna?,\nIs it open on Sundays?,No.\n"))


def test_a_help_centre_export_is_read_article_by_article_without_its_drafts(tmp_path: Path, caplog) -> None:
    # Support teams keep their FAQ in a help centre; its exports (Zendesk's JSON, WordPress's and
    # HubSpot's CSV) name articles by title and body, and were refused. Drafts must not be answered from;
    # an article whose comments are switched off is published (Zendesk's were all left out as "disabled").
    articles = [
        {"id": 1, "title": "How do I reset my password?", "body": "<p>Open <b>Settings</b>.</p>", "label_names": ["login"], "draft": False, "comments_disabled": True},
        {"id": 2, "title": "Holiday opening hours", "body": "<p>Closed on the 25th.</p>", "label_names": [], "draft": True},
    ]
    (tmp_path / "help.json").write_text('{"articles": [\n' + ",\n".join(map(json.dumps, articles)) + '\n], "count": 2}', encoding="utf-8")
    (tmp_path / "site.csv").write_text(
        "post_title,post_content,post_status,faq_category\n"
        '"Do you deliver?","<!-- wp:paragraph --><p>Yes, daily.</p><!-- /wp:paragraph -->",publish,Delivery\n'
        '"Secret launch?","In May.",draft,Delivery\n',
        encoding="utf-8",
    )
    (tmp_path / "zoho.csv").write_text("Title,Answer,Category\nHow do I pay?,By card.,Billing\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text('title,paragraphs\nWhat is a static block?,"It runs once,\nwhen the class loads."\n', encoding="utf-8")  # was refused
    (tmp_path / "kb.jsonl").write_text('{"title": "Is there parking?", "body": "Yes."}\n{"title": "Old page", "body": "x", "state": "archived"}\n')
    freshdesk = [{"title": "Can I return it?", "description": "<p>Within 30 days.</p>", "folder_id": 7, "status": 2},
                 {"title": "New returns policy", "description": "<p>Soon.</p>", "folder_id": 7, "status": 1}]  # Freshdesk: 1 is a draft
    (tmp_path / "returns.json").write_text(json.dumps(freshdesk, indent=1), encoding="utf-8")
    helpscout = {"articles": {"page": 1, "items": [{"name": "Can I export my data?", "text": "<p>As CSV.</p>", "status": "published"},
                                                   {"name": "Secret launch", "text": "<p>In May.</p>", "status": "notpublished"}]}}
    (tmp_path / "docs.json").write_text(json.dumps(helpscout), encoding="utf-8")  # Help Scout's article title is its "name"
    guru = [{"preferredPhrase": "How do I request a laptop?", "content": "<p>In the IT portal.</p>", "verificationState": "TRUSTED"}]
    (tmp_path / "guru.json").write_text(json.dumps(guru), encoding="utf-8")  # Guru's card title is its "preferredPhrase"
    (tmp_path / "salesforce.csv").write_text(  # Salesforce Knowledge: custom fields end in "__c"
        "Id,Title,Question__c,Answer__c,PublishStatus\nka1,Fees,What does it cost?,<p>Nothing.</p>,Online\nka2,Plans,New plans?,<p>Soon.</p>,Draft\n", encoding="utf-8"
    )
    (tmp_path / "servicenow.csv").write_text(  # ServiceNow: an article's title is its "Short description"
        "Number,Short description,Article body,Workflow\nKB1,How do I print?,<p>Use Print.</p>,Published\nKB2,Old webmail,<p>Gone.</p>,Retired\n", encoding="utf-8"
    )
    assert [(e.heading, e.answer, e.category, e.source) for e in load_corpus(tmp_path).entries] == [
        ("Can I export my data?", "As CSV.", "Docs", "docs.json:1"),  # not "Articles / Items", the keys the export keeps them under
        ("How do I request a laptop?", "In the IT portal.", "Guru", "guru.json:1"),
        ("How do I reset my password?", "Open Settings.", "Help", "help.json:2"),
        ("Is there parking?", "Yes.", "Kb", "kb.jsonl:1"),
        ("What is a static block?", "It runs once,\nwhen the class loads.", "Notes", "notes.csv:2"),
        ("Can I return it?", "Within 30 days.", "Returns", "returns.json:2"),
        ("What does it cost?", "Nothing.", "Salesforce", "salesforce.csv:2"),
        ("How do I print?", "Use Print.", "Servicenow", "servicenow.csv:2"),
        ("Do you deliver?", "Yes, daily.", "Delivery", "site.csv:2"),
        ("How do I pay?", "By card.", "Billing", "zoho.csv:2"),
    ]
    assert "help.json:3: article 'Holiday opening hours' is not published (draft); left out" in caplog.text
    assert "site.csv:3: article 'Secret launch?' is not published (draft); left out" in caplog.text
    assert "kb.jsonl:2: article 'Old page' is not published (archived); left out" in caplog.text
    assert "returns.json:8: article 'New returns policy' is not published (draft); left out" in caplog.text
    assert "docs.json:1: article 'Secret launch' is not published (notpublished); left out" in caplog.text
    assert "salesforce.csv:3: entry 'New plans?' is not published (draft); left out" in caplog.text
    assert "servicenow.csv:3: article 'Old webmail' is not published (retired); left out" in caplog.text


def test_an_exported_article_keeps_its_own_text_over_its_translations_and_search_snippet(tmp_path: Path) -> None:
    # An Intercom article with translations was read as a section of its French version (the
    # English article lost, filed under its own title); a Freshdesk article became its
    # search-engine snippet ("Reset password" answered "How to reset").
    intercom = {"type": "list", "data": [{
        "title": "How do I invite a teammate?", "description": "Add people", "body": "<p>Open Settings &gt; Team.</p>", "state": "published",
        "translated_content": {"type": "article_translated_content",
                               "fr": {"title": "Comment inviter un coéquipier ?", "body": "<p>Ouvrez Paramètres.</p>"},
                               "de": {"title": "Wie lade ich jemanden ein?", "body": "<p>Öffnen Sie Einstellungen.</p>"}},
    }]}
    (tmp_path / "intercom.json").write_text(json.dumps(intercom), encoding="utf-8")
    freshdesk = [{"title": "How do I reset my password?", "description": "<p>Open Security.</p>", "description_text": "Open Security.", "status": 2,
                  "seo_data": {"meta_title": "Reset password", "meta_description": "How to reset"}}]
    (tmp_path / "freshdesk.json").write_text(json.dumps(freshdesk), encoding="utf-8")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path).entries] == [
        ("How do I reset my password?", "Open Security.", "Freshdesk"),
        ("How do I invite a teammate?", "Open Settings > Team.", "Intercom"),
    ]


def test_a_botpress_qna_export_is_read_in_english_without_its_disabled_entries(tmp_path: Path, caplog) -> None:
    # Botpress keeps each Q&A under "data", its questions and answers per language; it was refused
    # ("entry has no 'question' (keys: id, data)").
    def qna(questions: list[str], answer: str, enabled: bool = True) -> dict:
        return {"id": questions[0][:8], "data": {"action": "text", "contexts": ["global"], "enabled": enabled,
                                                 "questions": {"en": questions, "fr": ["?"]}, "answers": {"en": [answer], "fr": ["…"]}}}

    export = {"qnas": [qna(["How do I reset my password?", "I forgot my password"], "Open Settings > Security."),
                       qna(["What is the old plan?"], "Legacy.", enabled=False)]}
    (tmp_path / "qna.json").write_text(json.dumps(export, indent=1), encoding="utf-8")
    (entry,) = load_corpus(tmp_path / "qna.json").entries
    assert (entry.heading, entry.alternates, entry.answer) == ("How do I reset my password?", ("I forgot my password",), "Open Settings > Security.")
    assert "entry 'What is the old plan?' is not published (enabled: False); left out" in caplog.text


def test_a_rasa_assistants_examples_and_responses_copied_beside_each_other_read_as_one_faq(tmp_path: Path, caplog) -> None:
    # A Rasa FAQ bot's NLU examples were refused ("entry has no 'question' (keys: intent, examples)"),
    # and its domain too; its owner had no way in but retyping every answer.
    write(tmp_path, "nlu.yml", """\
        version: "3.1"
        nlu:
        - intent: greet
          examples: |
            - hi
        - intent: faq/opening_hours
          examples: |
            - When are you open?
            - are you open on [Sunday](day)
        - intent: affirm
          examples: |
            - yes
        """)
    write(tmp_path, "domain.yml", """\
        version: "3.1"
        intents: [greet, affirm, faq]
        responses:
          utter_greet:
          - text: Hello! Ask me about the library.
          utter_faq/opening_hours:
          - text: Nine to five, Monday to Saturday.
          - text: We open at nine and close at five, Monday to Saturday.
        """)
    with caplog.at_level(logging.INFO, logger="faqbot"):
        corpus = read_corpus(tmp_path)
    assert [(e.heading, e.alternates, e.answer, e.source) for e in corpus.entries] == [
        ("hi", (), "Hello! Ask me about the library.", "nlu.yml:3"),
        ("When are you open?", ("are you open on Sunday",), "Nine to five, Monday to Saturday.", "nlu.yml:6"),
    ]
    assert "1 intents without a response (utter_<intent>) or examples left out: affirm" in caplog.text
    assert "domain.yml: is a Rasa domain: its responses answer the NLU examples beside it, and ask nothing; skipped" in caplog.text
    (tmp_path / "domain.yml").unlink()
    with pytest.raises(CorpusError, match=r"nlu.yml:3: Rasa NLU examples, but no response answers their intents: put the domain file"):
        load_corpus(tmp_path)


def test_a_dialogflow_agents_export_reads_an_entry_per_intent_answered_by_text(tmp_path: Path, caplog) -> None:
    # Dialogflow exports an agent as a folder, an intent a file beside the phrases it is asked with:
    # the first intent file stopped the corpus ("entry has no 'question' (keys: resetContexts, …)").
    def intent(name: str, speech: object, **more: object) -> dict:
        return {"id": name, "name": name, "responses": [{"messages": [{"type": 0, "lang": "en", "speech": speech}]}], "events": [], **more}

    def phrases(*texts: str) -> list:
        return [{"id": str(n), "data": [{"text": text, "userDefined": False}]} for n, text in enumerate(texts)]

    (tmp_path / "intents").mkdir()
    (tmp_path / "entities").mkdir()
    files = {
        "agent.json": {"language": "en", "supportedLanguages": [], "mlMinConfidence": 0.3, "googleAssistant": {}},
        "entities/day.json": {"name": "day", "isOverridable": True, "isEnum": False},
        "intents/Opening hours.json": intent("Opening hours", ["Nine to five.", "We open at nine."]),
        "intents/Opening hours_usersays_en.json": phrases("opening times", "When are you open?", "opening times"),
        "intents/Order status.json": intent("Order status", [], webhookUsed=True),
        "intents/Default Fallback Intent.json": intent("Default Fallback Intent", ["Sorry?"], fallbackIntent=True),
        "intents/Default Welcome Intent.json": intent("Default Welcome Intent", "Hi!", events=[{"name": "WELCOME"}]),
        "intents/Parking.json": intent("Parking", "Behind the shop."),
        "intents/Fee structure.json": intent("Fee structure", "Ten euros a term."),
        "intents/Fee structure_usersays_en.json": phrases("fees", "tuition"),  # none asks: its name is the question
        "intents/faq.refunds_v2.json": intent("faq.refunds_v2", "Within a month."),
        "intents/faq.refunds_v2_usersays_en.json": phrases("refund", "money back"),  # a name not in words is not
    }
    for name, data in files.items():
        (tmp_path / name).write_text(json.dumps(data, indent=2), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="faqbot"):
        corpus = read_corpus(tmp_path)
    assert [(e.heading, e.alternates, e.answer, e.source) for e in corpus.entries] == [
        ("Fee structure", ("fees", "tuition"), "Ten euros a term.", "intents/Fee structure.json:7"),
        ("When are you open?", ("opening times",), "Nine to five.", "intents/Opening hours.json:7"),
        ("Parking", (), "Behind the shop.", "intents/Parking.json:7"),  # no phrases: asked by its name
        ("refund", ("money back",), "Within a month.", "intents/faq.refunds_v2.json:7"),
    ]
    assert dict(corpus.skipped) == {
        "agent.json": "is the settings of a Dialogflow agent: its intents, in its intents folder, are its FAQ",
        "entities/day.json": "is an entity (the values a phrase may name) of a Dialogflow agent: its intents, in its intents folder, are its FAQ",
        "intents/Default Fallback Intent.json": "is Dialogflow's fallback or welcome intent, which answers no question",
        "intents/Default Welcome Intent.json": "is Dialogflow's fallback or welcome intent, which answers no question",
        "intents/Order status.json": "is Dialogflow's intent 'Order status', which has no text response (faqbot never calls a webhook, nor shows a platform's rich reply): write its answer as text",
    }  # the phrases' file is read with its intent, not skipped
    assert "usersays" not in caplog.text
    (tmp_path / "intents/Opening hours.json").unlink()
    with pytest.raises(CorpusError, match=r"Opening hours_usersays_en.json: holds the phrases people ask Dialogflow's intent 'Opening hours' with, but not its answer: put Opening hours.json"):
        load_corpus(tmp_path / "intents/Opening hours_usersays_en.json")


def test_a_notion_database_of_questions_is_read_by_its_name_column(tmp_path: Path) -> None:
    # Notion names a database's title property "Name"; its CSV export was refused for want of a
    # question column. A "Name" beside a description alone is a named thing, not a question.
    write(tmp_path, "faq.csv", "Name,Answer,Category\nHow do I join?,Fill in the form.,Membership\n")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "faq.csv").entries] == [("How do I join?", "Fill in the form.", "Membership")]
    write(tmp_path, "faq.csv", "Name,Description\nRackets,Wooden rackets to borrow.\n")
    with pytest.raises(CorpusError, match="header has no 'question' column"):
        load_corpus(tmp_path / "faq.csv")


def test_a_word_document_is_read_by_its_styles_bold_and_question_marks(tmp_path: Path) -> None:
    # Clubs and offices write their FAQ in Word; it was refused ("save it as plain text").
    import docx

    document = docx.Document()
    document.add_paragraph("Club FAQ", style="Title")
    document.add_paragraph("Answers for new members.")
    document.add_paragraph("Membership", style="Heading 1")
    document.add_paragraph().add_run("How do I join?").bold = True
    document.add_paragraph("Fill in the form at the desk.")
    document.add_paragraph("Bring a photo", style="List Bullet")
    document.add_paragraph("Bring 40 euros", style="List Bullet")
    document.add_paragraph("")  # counted, as Word counts it
    document.add_paragraph("Still unsure?")  # asks, but no answer follows it: part of the answer above
    document.add_paragraph("What does it cost?")  # neither bold nor a heading, but answered below: a question
    table = document.add_table(rows=2, cols=2)
    for row, cells in enumerate([("Adult", "40 *euros*"), ("Child", "<free>")]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.add_paragraph("Rooms", style="Heading 1")
    document.add_paragraph("Can I book a room for #party?", style="Heading 2")
    document.add_paragraph("Yes, if 10 < 12 guests.")
    document.save(tmp_path / "club.docx")
    corpus = load_corpus(tmp_path / "club.docx")
    assert corpus.description == "Club FAQ\n\nAnswers for new members."
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form at the desk.\n\n- Bring a photo\n- Bring 40 euros\n\nStill unsure?", "Membership", 4),
        ("What does it cost?", "Adult | 40 *euros*\nChild | <free>", "Membership", 10),  # typed marks stay text
        ("Can I book a room for #party?", "Yes, if 10 < 12 guests.", "Rooms", 14),
    ]


def test_a_word_documents_tracked_insertions_content_controls_and_smart_tags_are_read(tmp_path: Path) -> None:
    # Text inside them was lost without a word: a word inserted with Track Changes on, a template's
    # content control around a whole entry, a form field's answer, an old document's smart tag.
    import docx
    from docx.oxml import OxmlElement

    def wrapped(kind: str, *children: object, properties: tuple[str, ...] = ()) -> object:
        wrapper = OxmlElement(f"w:{kind}")
        if kind == "sdt":
            settings, content = OxmlElement("w:sdtPr"), OxmlElement("w:sdtContent")
            settings.extend(OxmlElement(f"w:{name}") for name in properties)
            wrapper.extend([settings, content])
            content.extend(children)
        else:
            wrapper.extend(children)
        return wrapper

    def run(text: str, deleted: bool = False) -> object:
        element, piece = OxmlElement("w:r"), OxmlElement("w:delText" if deleted else "w:t")
        piece.text = text
        element.append(piece)
        return element

    document = docx.Document()
    document.add_paragraph("Club FAQ", style="Title")
    contents = document.add_paragraph("Is it free? 1")
    contents._p.addprevious(wrapped("sdt", properties=("docPartObj",)))
    contents._p.getprevious()[1].append(contents._p)  # Word's table of contents: not the FAQ's text
    question, answer = document.add_paragraph("Is it free?", style="Heading 2"), document.add_paragraph("Yes, for ")
    answer._p.extend([wrapped("ins", run("paid-up ")), run("members"), wrapped("del", run(" and guests", deleted=True)), run(".")])
    control = wrapped("sdt")
    question._p.addprevious(control)
    control[1].extend([question._p, answer._p])  # the entry inside a content control
    document.add_paragraph("Where is it?", style="Heading 2")
    document.add_paragraph("On ")._p.extend([wrapped("sdt", run("Mill Lane")), run(". Call "), wrapped("smartTag", run("0123 456")), wrapped("sdt", run("Click or tap here to enter text."), properties=("showingPlcHdr",))])
    document.save(tmp_path / "club.docx")
    corpus = load_corpus(tmp_path / "club.docx")
    assert [(e.heading, e.answer) for e in corpus.entries] == [("Is it free?", "Yes, for paid-up members."), ("Where is it?", "On Mill Lane. Call 0123 456")]
    assert corpus.description == "Club FAQ"


def test_a_word_documents_hidden_text_is_left_out(tmp_path: Path) -> None:
    # Text formatted hidden, an author's note to colleagues, was shown in the chat's answers; so was
    # text in a style set hidden, or based on one.
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_paragraph("Is it free?", style="Heading 2")
    answer = document.add_paragraph("Yes, for members.")
    answer.add_run(" [Internal: check with Sam before May]").font.hidden = True
    answer.add_run(" Guests pay five pounds.").font.hidden = False  # hidden by its style, shown by its own setting
    note = document.styles.add_style("Internal note", WD_STYLE_TYPE.PARAGRAPH)
    note.font.hidden = True  # a style for authors' notes, set hidden once
    document.styles.add_style("Staff note", WD_STYLE_TYPE.PARAGRAPH).base_style = note
    aside = document.styles.add_style("Aside", WD_STYLE_TYPE.CHARACTER)
    aside.font.hidden = True
    document.add_paragraph("Sam to confirm the fee.", style="Internal note")
    document.add_paragraph("Ask Ann.", style="Staff note").add_run(" Members only.").font.hidden = False
    document.add_paragraph("Cards are taken.").add_run(" (not Amex yet)", style="Aside")
    document.save(tmp_path / "club.docx")
    assert [e.answer for e in load_corpus(tmp_path / "club.docx").entries] == ["Yes, for members. Guests pay five pounds.\n\nMembers only.\n\nCards are taken."]


def test_a_word_documents_footnotes_and_endnotes_are_written_where_cited(tmp_path: Path) -> None:
    # A condition kept in a footnote ("waived for students") was lost from the answer without a word.
    plain = _word_document(tmp_path / "plain.docx", [("Is it free?", "Guests pay five pounds[F1]. Members pay nothing[E1]."), ("Where is it?", "Mill Lane[F2].")])
    word = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def notes(kind: str, *runs: str) -> bytes:
        """A notes part holding a note of each run's XML, numbered from 1, after Word's separator."""
        separator = f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        written = "".join(f'<w:{kind} w:id="{number}"><w:p><w:r><w:{kind}Ref/></w:r>{run}</w:p></w:{kind}>' for number, run in enumerate(runs, start=1))
        return f"<w:{kind}s {word}>{separator}{written}</w:{kind}s>".encode()

    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:t>(ask Sam)</w:t></w:r>'
    written = {"footnote": notes("footnote", '<w:r><w:t xml:space="preserve"> Waived for students.</w:t></w:r>', f"<w:r><w:t>Behind the</w:t><w:tab/><w:t>mill.</w:t></w:r>{hidden}"),
               "endnote": notes("endnote", "<w:r><w:t>From May.</w:t></w:r>")}
    cited = {b"[F1]": b'<w:footnoteReference w:id="1"/>', b"[F2]": b'<w:footnoteReference w:id="2"/>', b"[E1]": b'<w:endnoteReference w:id="1"/>'}

    def cite(document: bytes) -> bytes:
        for mark, reference in cited.items():
            document = document.replace(mark, b"</w:t></w:r><w:r>" + reference + b'</w:r><w:r><w:t xml:space="preserve">')
        return document

    related = {f"word/{kind}s.xml": (f"{_RELATIONSHIPS}/{kind}s", f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml", data) for kind, data in written.items()}
    _word_with_parts(plain, "club.docx", cite, related)
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "club.docx").entries] == [
        ("Is it free?", "Guests pay five pounds (Waived for students.). Members pay nothing (From May.)."),
        ("Where is it?", "Mill Lane (Behind the mill.)."),
    ]


def test_a_word_documents_text_boxes_are_read_after_the_paragraph_they_are_anchored_in(tmp_path: Path) -> None:
    # A note boxed beside an answer was lost: python-docx reads past drawings. Word keeps each box
    # twice, as a shape and as a fallback for older programs: it is read once.
    plain = _word_document(tmp_path / "plain.docx", [("Is it free?", "Yes, for members.[BOX]"), ("Where is it?", "Mill Lane.")])
    content = "<w:txbxContent><w:p><w:r><w:t>Guests pay five pounds.</w:t></w:r></w:p><w:p><w:r><w:t>Children go free.</w:t></w:r></w:p></w:txbxContent>"
    box = ('</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing>'
           '<wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
           '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
           f'<v:textbox>{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>')
    _rewritten(plain, "club.docx", {"word/document.xml": lambda document: document.replace(b"[BOX]", box.encode())})
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "club.docx").entries] == [
        ("Is it free?", "Yes, for members.\n\nGuests pay five pounds.\n\nChildren go free.", 1),
        ("Where is it?", "Mill Lane.", 3),  # numbered as Word's navigation counts, boxes not
    ]


def test_a_word_document_that_imports_a_web_page_is_read_by_that_page(tmp_path: Path, caplog) -> None:
    # A web app's "Export to Word" (html-docx-js) writes its page as a web archive the document
    # imports whole (<w:altChunk>): python-docx saw an empty document, "holds no FAQ entries".

    page = "<html><head><title>Shop help</title></head><body><h2>Do you deliver?</h2><p>Yes, within 10 km.</p><h2>Can I return an item?</h2><p>Within 30 days.</p></body></html>"
    archive = ('MIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="part"\r\n\r\n--part\r\n'
               f'Content-Type: text/html; charset="utf-8"\r\nContent-Location: file:///C:/fake/document.html\r\n\r\n{page}\r\n--part--\r\n')

    def exported(name: str, parts: dict[str, tuple[str, bytes]], before: tuple[str, str] | None = None) -> Path:
        """A document holding ``before`` (a question and its answer) and then importing each part, named with its content type."""
        plain = _word_document(tmp_path / "plain.docx", [before] if before else [])
        chunks = "".join(f'<w:altChunk r:id="rId/word/{part}"/>' for part in parts).encode()
        related = {f"word/{part}": (f"{_RELATIONSHIPS}/aFChunk", kind, data) for part, (kind, data) in parts.items()}
        return _word_with_parts(plain, name, lambda document: document.replace(b"<w:sectPr", chunks + b"<w:sectPr"), related)

    corpus = load_corpus(exported("shop.docx", {"afchunk.mht": ("message/rfc822", archive.encode())}))
    assert [(e.heading, e.answer) for e in corpus.entries] == [("Do you deliver?", "Yes, within 10 km."), ("Can I return an item?", "Within 30 days.")]
    assert corpus.description == "Shop help"
    # Beside the document's own text, an imported page is read too; a part of a kind faqbot does not read is named.
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(exported("mixed.docx", {"a.htm": ("text/html", page.encode()), "b.rtf": ("application/rtf", b"{\\rtf1 Hi}")}, ("Is it open on Sunday?", "No.")))
    assert [e.heading for e in corpus.entries] == ["Is it open on Sunday?", "Do you deliver?", "Can I return an item?"]
    assert "mixed.docx: imports a part faqbot does not read (application/rtf), left out" in caplog.text


def test_a_word_documents_table_of_contents_is_left_out_however_it_was_inserted(tmp_path: Path) -> None:
    # A table of contents typed in as a field (not from Word's gallery, which wraps it in a content
    # control) lists every question with its page number: it was the FAQ's description.
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    document.add_paragraph("Club FAQ", style="Title")
    document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)  # "TOC Heading" is in Word's template
    document.add_paragraph("Contents", style="TOC Heading")
    document.add_paragraph("How do I join?\t1", style="toc 1")
    document.add_paragraph("How do I join?", style="Heading 1")
    document.add_paragraph("Fill in the form.")
    document.save(tmp_path / "club.docx")
    corpus = load_corpus(tmp_path / "club.docx")
    assert corpus.description == "Club FAQ"
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [("How do I join?", "Fill in the form.", 4)]  # numbered as Word counts


def test_a_word_documents_numbered_steps_keep_their_numbers(tmp_path: Path) -> None:
    # Word's numbered lists were read as bullets ("- Open Reports"): steps lost their order.
    import docx

    document = docx.Document()
    document.add_paragraph("How do I export my books?", style="Heading 2")
    for step in ("Open Reports.", "Choose the year."):
        document.add_paragraph(step, style="List Number")
    document.add_paragraph("CSV", style="List Bullet")
    document.add_paragraph("Is it free?", style="Heading 2")
    document.add_paragraph("Yes.")
    document.save(str(tmp_path / "help.docx"))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "help.docx").entries] == [
        ("How do I export my books?", "1. Open Reports.\n2. Choose the year.\n\n- CSV"),
        ("Is it free?", "Yes."),
    ]
    document = docx.Document()
    for question, answer in [("How do I join?", "Fill in the form."), ("Is it free?", "Yes.")]:
        document.add_paragraph(question, style="List Number")  # questions numbered, as many FAQs number theirs
        document.add_paragraph(answer)
    document.save(str(tmp_path / "help.docx"))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "help.docx").entries] == [("How do I join?", "Fill in the form."), ("Is it free?", "Yes.")]
    with zipfile.ZipFile(tmp_path / "help.docx") as saved, zipfile.ZipFile(tmp_path / "bare.docx", "w") as bare:
        for part in saved.infolist():  # as other programs save it: without the numbering part python-docx cannot make up
            if part.filename != "word/numbering.xml":
                bare.writestr(part, re.sub(rb"<(Relationship|Override) [^>]*numbering[^>]*/>", b"", saved.read(part.filename)))
    (tmp_path / "help.docx").unlink()
    assert [e.heading for e in load_corpus(tmp_path / "bare.docx").entries] == ["How do I join?", "Is it free?"]


def test_a_word_style_based_on_itself_is_read_without_hanging(tmp_path: Path) -> None:
    # A damaged styles part ("List Number" based on "List Number") made the reader loop for ever.
    import docx

    document = docx.Document()
    document.add_paragraph("How do I start?", style="Heading 2")
    document.add_paragraph("Plug it in.", style="List Number")
    document.save(str(tmp_path / "saved.docx"))

    def based_on_itself(styles: bytes) -> bytes:
        style = re.search(rb'<w:style [^>]*w:styleId="ListNumber".*?</w:style>', styles, re.DOTALL).group()
        return styles.replace(style, re.sub(rb'<w:basedOn w:val="[^"]*"/>', b'<w:basedOn w:val="ListNumber"/>', style))

    _rewritten(tmp_path / "saved.docx", "faq.docx", {"word/styles.xml": based_on_itself})
    read = "from pathlib import Path; from faqbot.corpus import load_corpus; print([e.answer for e in load_corpus(Path(__import__('sys').argv[1])).entries])"
    done = subprocess.run([sys.executable, "-c", read, str(tmp_path / "faq.docx")], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "['1. Plug it in.']", done.stderr


def test_a_word_list_of_questions_with_each_answer_indented_under_its_item_is_an_entry_per_item(tmp_path: Path) -> None:
    # Word indents an item's further paragraphs in "List Paragraph" or "List Continue", unnumbered;
    # they were items of their own ("- Fill in the form."), and the document was refused.
    import docx

    document = docx.Document()
    document.add_paragraph("Club FAQ", style="Title")
    document.add_paragraph("How do I join?", style="List Number")
    document.add_paragraph("Fill in the form.", style="List Paragraph")
    document.add_paragraph("Hand it in at the desk.", style="List Paragraph")
    inline = document.add_paragraph(style="List Number")
    inline.add_run("What does it cost?").bold = True
    inline.add_run(" 40 euros a year.")
    document.add_paragraph("Can I park?", style="List Bullet")
    document.add_paragraph("Yes, behind the hall.", style="List Continue")
    document.save(tmp_path / "club.docx")
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "club.docx").entries] == [
        ("How do I join?", "Fill in the form.\n\nHand it in at the desk.", 2),
        ("What does it cost?", "40 euros a year.", 5),
        ("Can I park?", "Yes, behind the hall.", 6),
    ]


def test_a_word_or_libreoffice_paragraph_holding_a_question_and_its_answer_is_an_entry(tmp_path: Path) -> None:
    # FAQs typed one paragraph per entry, the answer after a line break or after the question in
    # bold: such a document was refused as holding no entries.
    import docx

    document = docx.Document()
    document.add_paragraph("Club FAQ", style="Title")
    broken = document.add_paragraph()
    broken.add_run("How do I join?").bold = True
    broken.add_run().add_break()
    broken.add_run("Fill in the form <at the desk>.")
    inline = document.add_paragraph()
    inline.add_run("Is it free?").bold = True
    inline.add_run(" Yes, for members.")
    document.add_paragraph("Opening times:\nFrom 9 to 5.")  # a line break after a line that asks nothing: text
    document.save(tmp_path / "club.docx")
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "club.docx").entries] == [
        ("How do I join?", "Fill in the form <at the desk>.", 2),
        ("Is it free?", "Yes, for members.\n\nOpening times:\nFrom 9 to 5.", 3),
    ]
    _odt(tmp_path / "club.odt", (
        '<text:p>How do I join?<text:line-break/>Fill in the <text:a xlink:href="https://club.example/form">form</text:a>.</text:p>'
        '<text:p><text:span text:style-name="T1">Is it free?</text:span> Yes.</text:p>'
    ))
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "club.odt").entries] == [
        ("How do I join?", "Fill in the form (https://club.example/form).", 1),
        ("Is it free?", "Yes.", 2),
    ]


def test_a_document_labelling_its_questions_q_and_answers_a_reads_each_label_as_written(tmp_path: Path) -> None:
    # An answer opening with a question ("A: Did you check the cable?") was read as a question, and
    # a heading labelled "Q:" as the section of the bold question after it.
    import docx

    document = docx.Document()
    document.add_paragraph("Dots FAQ", style="Title")
    document.add_heading("Q: I press connect and nothing happens", level=1)
    answer = document.add_paragraph("A: Did you check the cable?")
    answer.add_run().add_break()
    answer.add_run("If so, restart the game.")
    question = document.add_paragraph()
    question.add_run("Q: How do I draw a line?").bold = True
    question.add_run().add_break()
    question.add_run("A: Click between two dots.")
    document.save(tmp_path / "game.docx")
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(tmp_path / "game.docx").entries] == [
        ("I press connect and nothing happens", "Did you check the cable?\nIf so, restart the game.", "", 2),
        ("How do I draw a line?", "Click between two dots.", "", 4),
    ]


def test_markdown_or_html_headings_typed_into_a_word_document_mark_a_heading(tmp_path: Path) -> None:
    # Pasted from a Markdown file or a chat assistant, the category read "### Rooms"; pasted from a
    # page's source, a question read "<h3>Is it <em>free</em>?</h3>".
    import docx

    document = docx.Document()
    document.add_paragraph("Club FAQ", style="Title")
    document.add_paragraph("### Rooms", style="Heading 1")
    document.add_paragraph("Can I book a room?", style="Heading 2")
    document.add_paragraph("Yes, at the desk.")
    document.add_paragraph("## Parking ##")  # no style: its marks make it a heading
    document.add_paragraph("Is there parking for C#?")
    document.add_paragraph("Behind the hall.")
    document.add_paragraph("<h1>Fees</h1>")  # a web page's source pasted as text
    document.add_paragraph("<h3>Is it <em>free</em>?</h3>")
    document.add_paragraph("<p>Yes, for <strong>members</strong>.</p>")
    document.save(tmp_path / "club.docx")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "club.docx").entries] == [
        ("Can I book a room?", "Yes, at the desk.", "Rooms"),
        ("Is there parking for C#?", "Behind the hall.", "Rooms / Parking"),
        ("Is it free?", "Yes, for members.", "Fees"),
    ]


def test_a_word_table_of_questions_and_answers_gives_an_entry_per_row(tmp_path: Path) -> None:
    # It was refused ("holds no FAQ entries"); a table of anything else stays answer text.
    import docx

    document = docx.Document()
    document.add_heading("Club FAQ", 0)
    for question, rows in (("", [("Question", "Answer"), ("Is it free?", "Yes, for members."), ("Can children join?", "From age 8.")]), ("When are you open?", [("Day", "Hours"), ("Monday", "9-5")])):
        if question:
            document.add_paragraph(question)
        table = document.add_table(rows=len(rows), cols=2)
        for number, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.cell(number, column).text = text
    document.save(tmp_path / "club.docx")
    entries = load_corpus(tmp_path / "club.docx").entries
    assert [(e.heading, e.answer, e.line) for e in entries] == [
        ("Is it free?", "Yes, for members.", 3), ("Can children join?", "From age 8.", 4), ("When are you open?", "Day | Hours\nMonday | 9-5", 5),
    ]


def test_a_word_tables_rows_are_the_lines_of_a_table_whatever_their_cells_say(tmp_path: Path) -> None:
    # Its rows were list items ("- Basic | Free"), shown as a bulleted list with bars where a web
    # page's table was shown as a table. A row asking something is no question, and a bar typed in
    # a cell does not break the table.
    import docx

    document = docx.Document()
    document.add_paragraph("What does it cost?")
    rows = [("Plan", "Price per month?"), ("Basic", "Free"), ("Pro", "5 EUR | 50 EUR a year")]
    table = document.add_table(rows=len(rows), cols=2)
    for number, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.cell(number, column).text = text
    document.add_paragraph("Prices include VAT.")
    document.save(tmp_path / "prices.docx")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "prices.docx").entries] == [
        ("What does it cost?", "Plan | Price per month?\nBasic | Free\nPro | 5 EUR | 50 EUR a year\n\nPrices include VAT."),
    ]


def _word_question_table(document, question: str):
    """A table headed "Question | Answer" added to a Word ``document``, one row asking ``question``:
    its answer cell, to fill."""
    table = document.add_table(rows=2, cols=2)
    for column, text in enumerate(("Question", "Answer")):
        table.cell(0, column).text = text
    table.cell(1, 0).text = question
    return table.cell(1, 1)


def test_a_word_or_libreoffice_table_answer_keeps_its_paragraphs_as_lines(tmp_path: Path) -> None:
    # A cell's paragraphs ran together: "Hold the button for ten seconds. 1. Wait for the beep. 2. Enter…".
    import docx

    document = docx.Document()
    steps = _word_question_table(document, "How do I reset the lock?")
    steps.paragraphs[0].text = "Hold the button for ten seconds."
    for step in ("1. Wait for the beep.", "2. Enter the new code."):
        steps.add_paragraph(step)
    document.add_paragraph("When are you open?")
    hours = document.add_table(rows=1, cols=2)  # a table of anything else is a row a line, as before
    hours.cell(0, 0).text = "Monday"
    hours.cell(0, 1).text = "9-5"
    hours.cell(0, 1).add_paragraph("(lunch 12-1)")
    document.save(tmp_path / "lock.docx")
    assert [e.answer for e in load_corpus(tmp_path / "lock.docx").entries] == [
        "Hold the button for ten seconds.\n1. Wait for the beep.\n2. Enter the new code.", "Monday | 9-5 (lunch 12-1)",
    ]
    cells = '<table:table-cell><text:p>How do I reset the lock?</text:p></table:table-cell><table:table-cell><text:p>Hold it.</text:p><text:p>1. Wait.</text:p></table:table-cell>'
    _odt(tmp_path / "lock.odt", f"<table:table><table:table-row><table:table-cell><text:p>Question</text:p></table:table-cell><table:table-cell><text:p>Answer</text:p></table:table-cell></table:table-row><table:table-row>{cells}</table:table-row></table:table>")
    assert load_corpus(tmp_path / "lock.odt").entries[0].answer == "Hold it.\n1. Wait."


def test_a_linked_cell_of_a_word_table_keeps_its_address(tmp_path: Path) -> None:
    # A cell's text was read without its links: "the membership form" lost where the form is.
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    answer = _word_question_table(document, "How do I join?").paragraphs[0]
    answer.add_run("Fill in the ")
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), document.part.relate_to("https://example.org/join", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True))
    run, text = OxmlElement("w:r"), OxmlElement("w:t")
    text.text = "membership form"
    run.append(text)
    link.append(run)
    answer._p.append(link)
    answer.add_run(" (2*3 pages).")
    document.save(tmp_path / "club.docx")
    assert [e.answer for e in load_corpus(tmp_path / "club.docx").entries] == ["Fill in the membership form (https://example.org/join) (2*3 pages)."]


def test_a_document_typed_in_markdown_throughout_has_its_title_and_numbered_sections(tmp_path: Path) -> None:
    # A knowledge base written by a chat assistant and pasted into Word kept "# EXHAUSTIVE FAQ" as its
    # description and "## 1. PRODUCT FEATURES" as every category; "# 51, …" is an address all the same.
    import docx

    document = docx.Document()
    for text in ["# Club FAQ", "## 1. Rooms", "Can I book a room?", "Yes, at the desk:", "# 51, Main Street", "## 2. Fees", "Is it free?", "Yes."]:
        document.add_paragraph(text)
    document.save(tmp_path / "club.docx")
    corpus = load_corpus(tmp_path / "club.docx")
    assert corpus.description == "Club FAQ"
    assert [(e.heading, e.answer, e.category) for e in corpus.entries] == [
        ("Can I book a room?", "Yes, at the desk:\n\n# 51, Main Street", "Rooms"),
        ("Is it free?", "Yes.", "Fees"),
    ]


def test_plain_section_titles_in_a_document_name_categories(tmp_path: Path) -> None:
    # A real PDF sets nothing apart: "Sobre o Bônus Variável e o Teto de Ganhos" ended the answer above it.
    import docx

    document = docx.Document()
    for text in [
        "Club FAQ",
        "Membership and Fees",
        "How do I join?", "Fill in the form.", "Learn More",
        "Is there a fee?", "Forty euros.", "Navigation path: Home > Fees",  # a menu path ends its answer
        "Opening Hours and Rooms",
        "When are you open?", "Daily.", "Learn More",  # under every answer: boilerplate, no section
        "Can I book a room?", "Yes.",
    ]:
        document.add_paragraph(text)
    document.save(tmp_path / "club.docx")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "club.docx").entries] == [
        ("How do I join?", "Fill in the form.\n\nLearn More", "Membership and Fees"),
        ("Is there a fee?", "Forty euros.\n\nNavigation path: Home > Fees", "Membership and Fees"),
        ("When are you open?", "Daily.\n\nLearn More", "Opening Hours and Rooms"),
        ("Can I book a room?", "Yes.", "Opening Hours and Rooms"),
    ]


def _club_pdf(path: Path, pages: list[list[tuple[str, int, str]]], **encryption: str) -> None:
    """Write a PDF the way a word processor would: each paragraph (text, size, "B" for bold) in
    Helvetica, a footer with the page number on every page."""
    from fpdf import FPDF

    class Document(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, f"Club FAQ - page {self.page_no()} of {{nb}}", align="C")

    pdf = Document()
    pdf.core_fonts_encoding = "windows-1252"  # "•" is in it
    if encryption:
        pdf.set_encryption(**encryption)
    for paragraphs in pages:
        pdf.add_page()
        for (text, size, style), (following, _, _) in zip(paragraphs, [*paragraphs[1:], ("", 0, "")]):
            pdf.set_font("Helvetica", style, size)
            pdf.multi_cell(0, size / 2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0 if text.startswith("•") and following.startswith("•") else 3)  # a list's items close together
    pdf.output(str(path))


def _scanned_pdf(path: Path) -> None:
    """A PDF of a page as a scanner makes it: a picture of the text, no text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 40, style="F")
    pdf.output(str(path))


def test_a_pdf_link_keeps_its_address_unless_its_text_says_it(tmp_path: Path) -> None:
    # The address lives in the page's annotations, not its text: "the membership form" lost it.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "How do I join?", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=12)
    pdf.write(8, "Fill in the ")
    pdf.write(8, "membership form", link="https://example.org/join")
    pdf.write(8, " and pay at the desk.")
    pdf.ln(12)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Where do we meet?", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=12)
    pdf.write(8, "See example.org/hall", link="https://example.org/hall/")
    pdf.output(str(tmp_path / "club.pdf"))
    assert [e.answer for e in load_corpus(tmp_path / "club.pdf").entries] == [
        "Fill in the membership form (https://example.org/join) and pay at the desk.", "See example.org/hall",
    ]
    # Word exports a link as one area per run of text, and an area may end inside a word: the
    # address was written after each area, "calculations (…) us (…)ing".
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Where do the figures come from?", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=12)
    pdf.write(8, "From the bank's ")
    for run in ("calculations ", "us"):
        pdf.write(8, run, link="https://example.org/figures")
    pdf.write(8, "ing the survey.")
    pdf.output(str(tmp_path / "figures.pdf"))
    assert load_corpus(tmp_path / "figures.pdf").entries[0].answer == "From the bank's calculations using (https://example.org/figures) the survey."


def test_a_pdf_printed_from_a_web_page_leaves_out_its_links_back_to_the_top(tmp_path: Path) -> None:
    # A bank's FAQ page printed to PDF repeats "Top of the Document" at each section: it opened the
    # section's first answer ("Top of the Document (https://…#_top) A. User Id is…").
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for top, question, answer in (("Top of the Document", "What is a user Id?", "Your name to sign in."), ("Back to top", "Is it free?", "Yes.")):
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 8, top, new_x="LMARGIN", new_y="NEXT", link="https://bank.example/faq.htm#_top")
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 8, question, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 8, answer, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.output(str(tmp_path / "bank.pdf"))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "bank.pdf").entries] == [("What is a user Id?", "Your name to sign in."), ("Is it free?", "Yes.")]


def test_a_pdfs_footnotes_are_written_where_they_are_cited(tmp_path: Path) -> None:
    # A note at the page's foot was read as the end of the last answer on it, and its raised mark
    # ran into its word ("desk.1"). A raised number that no note explains ("m2") stays as it was.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()

    def raised(mark: str, height: float) -> None:
        pdf.char_vpos = "SUP"
        pdf.write(height, mark)
        pdf.char_vpos = "LINE"

    for question, answer, mark in (("How do I join?", "Fill in the form at the desk.", "1"), ("How big is the hall?", "It is 200 m", "2"), ("Is it free?", "No, 40 euros a year.", "*")):
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, question, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.write(6, answer)
        raised(mark, 6)
        pdf.write(6, " Ask at the desk.")
        pdf.ln(10)
    pdf.set_y(-40)
    pdf.set_font("Helvetica", size=8)
    for mark, note in (("1", "Children under 12 need a parent's"), ("*", "Students pay 20 euros.")):
        raised(mark, 4)
        pdf.write(4, " " + note)
        pdf.ln(4)
        if mark == "1":
            pdf.write(4, "signature.")  # a note over two lines
            pdf.ln(4)
    pdf.output(str(tmp_path / "club.pdf"))
    assert [e.answer for e in load_corpus(tmp_path / "club.pdf").entries] == [
        "Fill in the form at the desk. (Children under 12 need a parent's signature.) Ask at the desk.",
        "It is 200 m2 Ask at the desk.",
        "No, 40 euros a year. (Students pay 20 euros.) Ask at the desk.",
    ]


def test_a_pdf_is_read_by_its_sizes_bold_and_question_marks(tmp_path: Path) -> None:
    # Offices hand out their FAQ as a PDF; it was refused ("save it as a Word document").
    _club_pdf(tmp_path / "club.pdf", [
        [
            ("Club FAQ", 22, "B"),
            ("Answers for new members.", 11, ""),
            ("Membership", 16, "B"),
            ("How do I join?", 11, "B"),
            ("Fill in the form at the desk. The committee reads every form at its monthly meeting and writes back within a week.", 11, ""),
            ("• Bring a photo", 11, ""),
            ("• Bring 40 *euros*", 11, ""),
            ("What does it cost for a family with two children who both play in the junior league of the club every Saturday?", 11, ""),
            ("Forty euros a year for each adult.", 11, ""),
        ],
        [
            ("Rooms", 16, "B"),
            ("1.2 Can I book a room for #party?", 11, "B"),
            ("Yes, if 10 < 12 guests.", 11, ""),
            ("Getting here", 11, "B"),
            ("Q3: Is there parking? A3: Behind the hall.", 11, ""),
            ("Can I come by bus?", 11, "B"),
            ("Yes.", 11, ""),
            ("Is the bar open late?\nUntil midnight on Fridays.", 11, ""),  # the answer at the question's own spacing
        ],
    ])
    corpus = load_corpus(tmp_path / "club.pdf")
    assert corpus.description == "Club FAQ\n\nAnswers for new members."
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [  # a PDF's line is its page
        ("How do I join?", "Fill in the form at the desk. The committee reads every form at its monthly meeting and writes back within a week.\n\n"
         "- Bring a photo\n- Bring 40 *euros*", "Membership", 1),  # the wrapped lines one paragraph; the footer left out
        ("What does it cost for a family with two children who both play in the junior league of the club every Saturday?",
         "Forty euros a year for each adult.", "Membership", 1),  # neither bold nor larger, but asks, with an answer below
        ("Can I book a room for #party?", "Yes, if 10 < 12 guests.", "Rooms", 2),  # its section number is not what it asks
        ("Is there parking?", "Behind the hall.", "Rooms / Getting here", 2),  # a bold title over questions names their section
        ("Can I come by bus?", "Yes.", "Rooms / Getting here", 2),
        ("Is the bar open late?", "Until midnight on Fridays.", "Rooms / Getting here", 2),  # its line ends short, in "?"
    ]


def test_a_pdf_paragraph_opening_with_a_question_in_bold_is_the_question_and_its_answer(tmp_path: Path) -> None:
    # A Word FAQ typed one paragraph per entry ("**Is it free?** Yes.") prints so; the lines were
    # neither all bold nor ending in "?", and the PDF was refused as holding no entries.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for paragraph in ("**How do I join?** Fill in the form at the desk. The committee reads every form at its monthly meeting and writes back.",
                      "**Is it free?** Yes, for members.", "**Note:** the bar closes at 11.", "We reply within a day. **Why?** We care."):
        pdf.multi_cell(0, 5.5, paragraph, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(tmp_path / "club.pdf"))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "club.pdf").entries] == [
        ("How do I join?", "Fill in the form at the desk. The committee reads every form at its monthly meeting and writes back."),
        ("Is it free?", "Yes, for members.\n\nNote: the bar closes at 11.\n\nWe reply within a day. Why? We care."),  # a bold label asks nothing
    ]


def _ruled_table_pdf(path: Path, title: str, before: list[tuple[str, str]], rows: list[tuple[str, ...]], widths: tuple[int, ...], padding: float = 1) -> None:
    """Write a PDF the way a word processor prints a table: each cell in a box, after a ``title``
    and the paragraphs ``before`` it (text, "B" for bold); then a framed note."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"  # "•" is in it
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    for text, style in before:
        pdf.set_font("Helvetica", style, 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    with pdf.table(col_widths=widths, width=sum(widths), align="L", padding=padding) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(120, 6, "Note: fees are waived for students.", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_a_pdf_table_of_questions_and_answers_gives_an_entry_per_row(tmp_path: Path) -> None:
    # Read as text alone, its first question and answer were taken for the document's description:
    # the header row's "Answer" was read after the first question, in column order.
    # An answer's steps and items, paragraphs of their cell, ran on as one line.
    join = "Fill in the form at the desk. The committee reads every form at its monthly meeting and writes back within a week."
    renew = "Online:\n\n1. Sign in with your card number and the password we sent you when you joined.\n\n2. Choose Renew."
    rows = [("Question", "Answer"), ("How do I join?", join), ("How do I renew?", renew), ("What do I bring?", "Bring:\n• a towel\n• a lock")]
    _ruled_table_pdf(tmp_path / "club.pdf", "Club FAQ", [], rows, (40, 110))
    corpus = load_corpus(tmp_path / "club.pdf")
    assert [(e.heading, e.answer) for e in corpus.entries] == [
        ("How do I join?", join), ("How do I renew?", renew.replace("\n\n", "\n")), ("What do I bring?", "Bring:\n- a towel\n- a lock"),
    ]
    assert corpus.description == "Club FAQ\n\nNote: fees are waived for students."  # the text around the table describes it


def test_a_pdf_tables_rows_keep_their_cells_apart_even_where_they_sit_close(tmp_path: Path) -> None:
    # A row's cells were paragraphs of their own, and pdfminer joined the close ones ("5 euros lost").
    # A framed note is one box, no table.
    rows = [("Card", "Fee", "When"), ("Adult", "5 euros", "lost"), ("Child", "", "never")]
    _ruled_table_pdf(tmp_path / "fees.pdf", "Library FAQ", [("What does a card cost?", "B"), ("Cards cost:", "")], rows, (14, 16, 14), padding=0.5)
    entry, = load_corpus(tmp_path / "fees.pdf").entries
    assert entry.answer == "Cards cost:\n\nCard | Fee | When\nAdult | 5 euros | lost\nChild | | never\n\nNote: fees are waived for students."


def test_a_pdfs_running_header_is_left_out_but_a_short_answer_on_every_page_is_kept(tmp_path: Path) -> None:
    # "Yes." and "No." on both pages were read as running headers and left out: every entry lost
    # its answer, and the PDF was refused.
    from fpdf import FPDF

    pdf = FPDF()
    entries = [("Can I bring a guest?", "Yes."), ("Is there parking?", "No."), ("Do you have lockers?", "Yes."), ("Is there a sauna?", "No."),
               ("Can children swim?", "Yes."), ("Is there a cafe?", "No."), ("Do you sell towels?", "Yes."), ("Are dogs allowed?", "No.")]
    for number, (question, answer) in enumerate(entries):
        if number % 3 == 0:
            pdf.add_page()
            pdf.set_y(40)  # below the page's margin, as a chapter's title runs on its pages
            pdf.set_font("Helvetica", "", 9)
            pdf.multi_cell(0, 5, "Club handbook, members' questions", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4 * number / 3)  # each page's first question lower than the last page's
        for text, style in ((question, "B"), (answer, "")):
            pdf.set_font("Helvetica", style, 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(tmp_path / "club.pdf"))
    corpus = load_corpus(tmp_path / "club.pdf")
    assert [(e.heading, e.answer) for e in corpus.entries] == entries
    assert "handbook" not in corpus.description


def test_a_browsers_header_and_footer_on_a_one_page_pdf_are_left_out(tmp_path: Path) -> None:
    # A page saved as PDF from a browser carries the date and the page's address in small type in
    # its margins; on one page nothing repeats them, and the address ended the last answer.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(10, 6, "12/6/26, 1:12 AM")
    pdf.text(10, 292, "https://example.org/help/faq")
    pdf.set_y(30)
    for text, size, style in (("Help", 16, "B"), ("How do I check in?", 11, "B"), ("Online, from 30 hours before.", 11, "")):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size / 2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(tmp_path / "help.pdf"))
    corpus = load_corpus(tmp_path / "help.pdf")
    assert [(e.heading, e.answer) for e in corpus.entries] == [("How do I check in?", "Online, from 30 hours before.")]
    assert corpus.description == "Help"


def test_a_box_drawn_around_a_word_in_a_pdf_leaves_its_sentence_whole(tmp_path: Path) -> None:
    # Its sides cross the line as a table's borders do; it is no table, so the line is not split
    # there. A table's close cells after such lines are still split: each line's pieces were once
    # looked up at the wrong places after a line left whole ("Adult | 5 euros lost |").
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for text, size, style in (("Library FAQ", 16, "B"), ("What do I bring?", 11, "B")):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size / 2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for _ in range(3):
        top = pdf.get_y()
        pdf.multi_cell(0, 6, "Bring your card to every visit.", new_x="LMARGIN", new_y="NEXT")
        pdf.rect(pdf.l_margin + pdf.c_margin + pdf.get_string_width("Bring your ") - 0.5, top + 0.5, pdf.get_string_width("card") + 1, 5)
    with pdf.table(col_widths=(14, 16, 14), width=44, align="L", padding=0.5) as table:
        for cells in (("Card", "Fee", "When"), ("Adult", "5 euros", "lost"), ("Child", "", "never")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Cards last a year.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "card.pdf"))
    bring = " ".join(["Bring your card to every visit."] * 3)
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "card.pdf").entries] == [
        ("What do I bring?", f"{bring}\n\nCard | Fee | When\nAdult | 5 euros | lost\nChild | | never\n\nCards last a year."),
    ]


def test_a_pdfs_bullets_drawn_as_shapes_mark_its_list_items_and_their_nesting(tmp_path: Path) -> None:
    # A browser prints a web page's bullets as dots and circles, not characters: the items ran on
    # as one line ("Skis Golf clubs Bicycles in a bike box").
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for text, size, style in (("Baggage FAQ", 16, "B"), ("What sports equipment can I bring?", 11, "B"), ("These travel as special baggage:", 11, "")):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(0, size / 2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for item, indent in (("Skis", 0), ("Golf clubs", 0), ("Bicycles", 0), ("in a bike box", 8)):
        pdf.set_x(20 + indent)
        pdf.ellipse(pdf.get_x() - 4, pdf.get_y() + 1.9, 1.5, 1.5, style="F" if not indent else "D")
        pdf.multi_cell(0, 5.5, item, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(20, pdf.get_y() + 3, 120, 0.3, style="F")  # a rule under the list: no mark
    pdf.output(str(tmp_path / "bags.pdf"))
    entry, = load_corpus(tmp_path / "bags.pdf").entries
    assert entry.answer == "These travel as special baggage:\n\n- Skis\n- Golf clubs\n- Bicycles\n  - in a bike box"

def test_a_pdf_title_over_two_lines_is_one_even_where_its_second_opens_with_brackets(tmp_path: Path) -> None:
    # "(FAQ) - SISTEM E-COMMERCE QUICKFIX" under "FREQUENTLY ASKED QUESTIONS" was read as a list mark
    # opening a new paragraph, and the title's second half became every entry's category.
    _club_pdf(tmp_path / "club.pdf", [[
        ("FREQUENTLY ASKED QUESTIONS\n(FAQ) - CLUB HANDBOOK", 22, "B"),
        ("Membership", 16, "B"),
        ("How do I join?", 11, "B"),
        ("(a) Fill in the form.\n(b) Pay the fee.", 11, ""),  # marks that do open paragraphs
    ]])
    corpus = load_corpus(tmp_path / "club.pdf")
    assert corpus.description == "FREQUENTLY ASKED QUESTIONS (FAQ) - CLUB HANDBOOK"
    assert [(e.heading, e.answer, e.category) for e in corpus.entries] == [("How do I join?", "(a) Fill in the form.\n\n(b) Pay the fee.", "Membership")]


def test_a_pdf_set_with_wide_line_spacing_keeps_its_paragraphs_whole(tmp_path: Path) -> None:
    # A university's admissions FAQ, set double-spaced: its lines lie further apart than a paragraph
    # break usually does, so each line was a paragraph, a question broken over two lines two, and the
    # file was refused for a question without an answer.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    entries = [
        ("Q1. What is the minimum percentage in the higher secondary examinations required for admission to the undergraduate programmes?",
         "A. Sixty per cent for engineering and architecture, and fifty per cent for the sciences. Candidates who have secured less "
         "may still sit the entry test but are admitted only once their final marks reach the minimum."),
        ("Q2. How can I pay the application fee if I do not have a bank account in the city where the university stands?",
         "A. Pay at any branch of the partner bank with the voucher printed from the portal, or online with a card; the portal shows "
         "the payment within two working days, and the admit card can then be printed."),
    ]
    for question, answer in entries:
        for text in (question, answer):
            pdf.multi_cell(0, 7.7, text, new_x="LMARGIN", new_y="NEXT")  # about twice the type's height
            pdf.ln(3)
    pdf.output(str(tmp_path / "admissions.pdf"))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "admissions.pdf").entries] == [
        (question.removeprefix(f"Q{n}. "), answer.removeprefix("A. ")) for n, (question, answer) in enumerate(entries, 1)
    ]


def test_a_pdfs_numbered_question_hanging_under_its_number_is_one_question(tmp_path: Path) -> None:
    # A numbered list's text hangs right of its number; a first line that stopped short, the next
    # word too long for it, read as a title over the rest, so the question's end began its answer.
    # A compound broken at its hyphen ("Cloud-" / "Sicherheit") lost its second half's join.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    lines = [
        (0, "Fragen und Antworten"),
        (0, "1. Frage: Wie erreiche ich den technischen Support außerhalb der"),
        (7, "Geschäftszeiten? Antwort: Unser Support ist rund um die Uhr erreichbar, auch am Wochenende"),
        (7, "und an Feiertagen."),
        (0, "2. Frage: Bieten Sie Cloud-Dienste an? Antwort: Ja, wir bieten Cloud-Hosting, Cloud-Backup und Cloud-"),
        (7, "Sicherheitslösungen für Ihr Unternehmen an, ob groß oder klein, und beraten Sie gern dazu."),
    ]
    for number, (indent, text) in enumerate(lines):
        pdf.text(20 + indent, 20 + 5.5 * number, text)
    pdf.output(str(tmp_path / "faq.pdf"))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "faq.pdf").entries] == [
        ("Wie erreiche ich den technischen Support außerhalb der Geschäftszeiten?", "Unser Support ist rund um die Uhr erreichbar, auch am Wochenende und an Feiertagen."),
        ("Bieten Sie Cloud-Dienste an?", "Ja, wir bieten Cloud-Hosting, Cloud-Backup und Cloud-Sicherheitslösungen für Ihr Unternehmen an, ob groß oder klein, und beraten Sie gern dazu."),
    ]


def test_a_pdfs_justified_line_stretched_before_a_long_address_stays_one_line(tmp_path: Path) -> None:
    # Justified answers: the words before an address too long to share their line were spread over
    # the width, each was read as a line, in no dependable order, and the answer came out one word
    # per paragraph ("You\n\ncan\n\njoin…", "Wetsuits\n\nsee\n\nfree;…").
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    answers = [
        ("How do I join the library?", "You can join at any branch or online at https://www.northfield-libraries.example/membership/join-online-application-form "
         "with a proof of address. Membership is free for everyone who lives, works or studies in the borough."),
        ("What should I bring?", "Warm layers, a waterproof jacket, trainers you do not mind getting wet and a packed lunch. Wetsuits and buoyancy aids "
         "are provided free; see www.harboursailing.example/what-to-bring-checklist-for-beginners for the full list."),
        ("Can I renew my loans?", "Yes, up to three times, online or by phone, unless someone else has reserved the item."),
    ]
    for question, answer in answers:
        pdf.set_font("Times", "B", 12)
        pdf.multi_cell(0, 6, question, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 12)
        pdf.multi_cell(0, 6, answer, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(tmp_path / "faq.pdf"))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "faq.pdf").entries] == answers


def test_a_latex_pdfs_numbered_question_titles_keep_their_numbers_out_of_the_faq(tmp_path: Path) -> None:
    # LaTeX sets "1.2" apart from its title on their baseline: a software FAQ's numbers were read as
    # headings of their own, so "1.2" was the category of the question under it, or ended the answer above.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(20, 30, "1   Frequently asked questions")
    for top, (number, title, answer) in zip((45, 67), (("1.1", "Is it free?", "Yes, for members."), ("1.2", "Where is it?", "By the station."))):
        pdf.set_font("Helvetica", "B", 13)
        pdf.text(20, top, number)
        pdf.text(38, top, title)
        pdf.set_font("Helvetica", "", 11)
        pdf.text(20, top + 8, answer)
    pdf.output(str(tmp_path / "faq.pdf"))
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "faq.pdf").entries] == [
        ("Is it free?", "Yes, for members.", ""),  # "1 Frequently asked questions" names the document, no category
        ("Where is it?", "By the station.", ""),
    ]


def test_tex_bold_faces_are_bold() -> None:
    # LaTeX's bold is Computer Modern Bold Extended, whose name says "BX", not "Bold": a LaTeX FAQ's
    # bold questions were read as body text.
    from faqbot.corpus.pdf_faq import _bold

    assert all(_bold([name]) for name in ("GVVJDL+CMBX12", "ABCDEF+CMSSBX10", "SFBX1200", "NimbusRomNo9L-Medi", "Arial-BoldMT"))
    assert not any(_bold([name]) for name in ("GVVJDL+CMR10", "SFRM1000", "Roboto-Medium", "NimbusRomNo9L-Regu"))


def test_a_pdfs_cover_is_its_description_and_its_contents_pages_are_left_out(tmp_path: Path) -> None:
    # As a manual's PDF is laid out: the cover's big type was the first heading, every entry's
    # category; the contents page's dotted lines were questions and answers.
    _club_pdf(tmp_path / "manual.pdf", [
        [("Club Manual", 24, "B"), ("Edition 2026", 16, "")],
        [("Contents", 16, "B"), ("1 Membership . . . . . . . . . . 3", 11, ""), ("How do I join? . . . . . . . . . 3", 11, ""),
         ("Is there a fee? . . . . . . . . . . 3", 11, "")],
        [("1 Membership", 16, "B"), ("1.1 How do I join?", 13, "B"), ("At the desk. It costs 1.5 euros.", 11, ""),
         ("1.2 Is there a fee?", 13, "B"), ("No.", 11, "")],
    ])
    corpus = load_corpus(tmp_path / "manual.pdf")
    assert corpus.description == "Club Manual\n\nEdition 2026"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "At the desk. It costs 1.5 euros.", "1 Membership", 3),
        ("Is there a fee?", "No.", "1 Membership", 3),
    ]


def test_a_document_that_sets_no_question_apart_is_read_by_its_titles(tmp_path: Path) -> None:
    # No heading style, no bold, no "?": a support page titles its entries with short plain lines.
    # It was refused as holding no entries.
    _club_pdf(tmp_path / "support.pdf", [[
        ("ACME Ltd", 11, ""), ("12 High Street", 11, ""),  # lines over lines like them: an address, not titles
        ("Refund policy", 11, ""), ("We refund within 30 days of purchase, by the card you paid with.", 11, ""),
        ("Contacting support", 11, ""), ("Write to support@example.com, or call on weekdays.", 11, ""),
    ]])
    corpus = load_corpus(tmp_path / "support.pdf")
    assert corpus.description == "ACME Ltd\n\n12 High Street"
    assert [(e.heading, e.answer) for e in corpus.entries] == [
        ("Refund policy", "We refund within 30 days of purchase, by the card you paid with."),
        ("Contacting support", "Write to support@example.com, or call on weekdays."),
    ]


def _pdf_with_nameless_glyphs(path: Path, lines: list[str], nameless: list[str]) -> None:
    """Write a PDF whose ``lines`` are set in Helvetica and whose ``nameless`` lines in a font that
    does not say which character each glyph is (Identity-H, no ToUnicode map), as some exporters
    write Thai, Arabic or Indic text: pdfminer reads those glyphs as "(cid:72)"."""
    tops = range(760, 0, -20)
    shown = [f"BT /F1 12 Tf 72 {top} Td ({text}) Tj ET" for top, text in zip(tops, lines)]
    shown += [f"BT /F2 12 Tf 72 {top} Td <{text.encode('utf-16-be').hex()}> Tj ET" for top, text in zip(tops[len(lines):], nameless)]
    stream = "\n".join(shown).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Glyphs /Encoding /Identity-H /DescendantFonts [7 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Glyphs /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
    ]
    document, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(document))
        document += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref, table = len(document), b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    document += b"xref\n0 %d\n0000000000 65535 f \n%b" % (len(objects) + 1, table)
    document += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(document))


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (lambda path: path.write_bytes(b"%PDF-1.4 not really"), "club.pdf: cannot read the PDF (.*); export it again from the program that made it"),
        (lambda path: _club_pdf(path, [[("Is it locked?", 11, "B"), ("Yes.", 11, "")]], owner_password="o", user_password="u"),
         "club.pdf: the PDF is protected by a password; save a copy without one"),
        (_scanned_pdf, "club.pdf: the PDF holds no text, only images of it"),
        (lambda path: _pdf_with_nameless_glyphs(path, ["Is it free?", "Yes, always."], ["How do I join?", "At the desk."]),
         "club.pdf: 26 of its 46 characters are drawn in fonts that do not say which letters they are, so its text cannot be read"),
    ],
    ids=["damaged", "password", "scan", "glyphs without letters"],
)
def test_a_pdf_that_cannot_be_read_says_why(tmp_path: Path, write, message: str) -> None:
    write(tmp_path / "club.pdf")
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path / "club.pdf")


def test_a_pdfs_few_glyphs_without_letters_are_left_out_as_icons(tmp_path: Path) -> None:
    # They were read as "(cid:42)" into the answer.
    _pdf_with_nameless_glyphs(tmp_path / "club.pdf", ["Is it free for members of the club?", "Yes, always, and for their guests too."], ["*"])
    entry, = load_corpus(tmp_path / "club.pdf").entries
    assert (entry.heading, entry.answer) == ("Is it free for members of the club?", "Yes, always, and for their guests too.")


def test_a_pdf_that_unpacks_to_far_more_than_an_faq_is_refused(tmp_path: Path, monkeypatch) -> None:
    # pdfminer unpacks a compressed stream whole: a small file could fill the memory.
    from faqbot.corpus import pdf_faq

    _club_pdf(tmp_path / "club.pdf", [[("Is it big?", 11, "B"), ("No.", 11, "")]])
    monkeypatch.setattr(pdf_faq, "MAX_UNPACKED_MB", 0.0001)
    with pytest.raises(CorpusError, match="club.pdf: unpacks to over 0.0001 MB, more than an FAQ could need"):
        load_corpus(tmp_path / "club.pdf")


_ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def _odt(path: Path, body: str, automatic: str = "") -> None:
    """Write an OpenDocument text as LibreOffice does: named styles in styles.xml (Title, a bold
    "Strong Emphasis"), automatic ones in content.xml (P1 bold, T1 bold, T2 not, and ``automatic``)."""
    import zipfile

    named = (f'<office:document-styles {_ODT_NAMESPACES}><office:styles>'
             '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
             '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">'
             '<style:text-properties fo:font-weight="bold"/></style:style></office:styles></office:document-styles>')
    content = (f'<office:document-content {_ODT_NAMESPACES}><office:automatic-styles>'
               '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>'
               f'{automatic}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", content)
        package.writestr("styles.xml", named)


def test_a_libreoffice_table_of_questions_and_answers_gives_an_entry_per_row(tmp_path: Path) -> None:
    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>" for cell in cells) + "</table:table-row>"

    _odt(tmp_path / "club.odt", (
        '<text:p text:style-name="Title">Club FAQ</text:p>'
        f'<table:table><table:table-header-rows>{row("Question", "Answer")}</table:table-header-rows>{row("Is it free?", "Yes.")}{row("Can children join?", "From 8.")}</table:table>'
        f'<text:p>When are you open?</text:p><table:table>{row("Day", "Hours")}{row("Monday", "9-5")}</table:table>'
    ))
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "club.odt").entries] == [
        ("Is it free?", "Yes.", 3), ("Can children join?", "From 8.", 4), ("When are you open?", "Day | Hours\nMonday | 9-5", 5),
    ]


def test_a_libreoffice_document_is_read_by_its_styles_bold_and_question_marks(tmp_path: Path) -> None:
    # Offices writing in LibreOffice keep their FAQ as .odt; it was refused ("save it as Word").
    _odt(tmp_path / "club.odt", (
        '<text:p text:style-name="Title">Club FAQ</text:p>'
        '<text:p>Answers for new members.</text:p>'
        '<text:h text:outline-level="1">Membership</text:h>'
        '<text:p text:style-name="P1">How do I join?</text:p>'
        '<text:p>Fill in <text:span text:style-name="T1">the</text:span> form<office:annotation><dc:creator>Ann</dc:creator>'
        '<text:p>check this</text:p></office:annotation> at<text:s text:c="3"/>the <text:a xlink:href="https://club.example/desk">desk</text:a>.</text:p>'
        '<text:list><text:list-item><text:p>Bring a photo</text:p></text:list-item><text:list-item><text:p>Bring 40 *euros*</text:p></text:list-item></text:list>'
        '<text:p/>'
        '<text:p>What does it cost?</text:p>'
        '<table:table><table:table-row><table:table-cell><text:p>Adult</text:p></table:table-cell>'
        '<table:table-cell><text:p>40 euros</text:p></table:table-cell></table:table-row></table:table>'
        '<text:p><text:span text:style-name="Strong_20_Emphasis">Can I park?</text:span></text:p>'  # bold by its spans alone
        '<text:p>Yes.<text:note><text:note-body><text:p>Footnote.</text:p></text:note-body></text:note></text:p>'
        '<text:p text:style-name="P1">Is <text:span text:style-name="T2">it</text:span> open?</text:p>'  # not all bold: asks, answered
        '<text:p>Daily.</text:p>'
    ))
    corpus = load_corpus(tmp_path / "club.odt")
    assert corpus.description == "Club FAQ\n\nAnswers for new members."
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form at the desk (https://club.example/desk).\n\n- Bring a photo\n- Bring 40 *euros*", "Membership", 4),
        ("What does it cost?", "Adult | 40 euros", "Membership", 9),  # a comment is not the answer
        ("Can I park?", "Yes. (Footnote.)", "Membership", 11),  # a footnote is written where it is cited
        ("Is it open?", "Daily.", "Membership", 13),
    ]


def test_a_libreoffice_documents_table_of_contents_is_left_out(tmp_path: Path) -> None:
    # Writer's table of contents lists every question with its page number: it was the FAQ's description.
    toc = ('<text:table-of-content text:name="Contents"><text:index-body><text:index-title><text:p>Contents</text:p></text:index-title>'
           '<text:p text:style-name="Contents_20_1"><text:a xlink:href="#join">How do I join?<text:tab/>1</text:a></text:p></text:index-body></text:table-of-content>')
    _odt(tmp_path / "club.odt", f'<text:p text:style-name="Title">Club FAQ</text:p>{toc}<text:h text:outline-level="1">How do I join?</text:h><text:p>Fill in the form.</text:p>')
    corpus = load_corpus(tmp_path / "club.odt")
    assert corpus.description == "Club FAQ"
    assert [(e.heading, e.answer) for e in corpus.entries] == [("How do I join?", "Fill in the form.")]


def test_a_libreoffice_documents_hidden_text_is_left_out(tmp_path: Path) -> None:
    # A span set hidden (Writer's "Hidden" font effect), an author's note, was shown in answers.
    hidden = '<style:style style:name="T3" style:family="text"><style:text-properties text:display="none"/></style:style>'
    _odt(tmp_path / "club.odt", '<text:h text:outline-level="2">Is it free?</text:h><text:p>Yes, for members.<text:span text:style-name="T3"> [check with Sam]</text:span></text:p>', hidden)
    assert [e.answer for e in load_corpus(tmp_path / "club.odt").entries] == ["Yes, for members."]


def test_a_libreoffice_documents_numbered_steps_keep_their_numbers(tmp_path: Path) -> None:
    # Numbered lists were read as bullets ("- Open Reports"): steps lost their order.
    numbered = '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>'
    bulleted = '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1"/></text:list-style>'
    _odt(tmp_path / "help.odt", (
        '<text:h text:outline-level="2">How do I export my books?</text:h>'
        '<text:list text:style-name="L1"><text:list-item><text:p>Open Reports.</text:p></text:list-item>'
        '<text:list-item><text:p>Choose the year.</text:p></text:list-item></text:list>'
        '<text:p>Then wait.</text:p>'
        '<text:list text:style-name="L1" text:continue-numbering="true"><text:list-item><text:p>Click Export.</text:p></text:list-item></text:list>'
        '<text:list text:style-name="L2"><text:list-item><text:p>CSV</text:p></text:list-item></text:list>'
    ), numbered + bulleted)
    entry, = load_corpus(tmp_path / "help.odt").entries
    assert entry.answer == "1. Open Reports.\n2. Choose the year.\n\nThen wait.\n\n3. Click Export.\n\n- CSV"


def test_a_libreoffice_documents_nested_list_stays_under_its_item(tmp_path: Path) -> None:
    # A list inside an item was read as items of the outer list, between its steps.
    numbered = '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>'
    _odt(tmp_path / "help.odt", (
        '<text:h text:outline-level="2">How do I export my books?</text:h>'
        '<text:list text:style-name="L1"><text:list-item><text:p>Open Reports.</text:p>'
        '<text:list><text:list-item><text:p>on a phone: the menu</text:p></text:list-item></text:list></text:list-item>'
        '<text:list-item><text:p>Choose the year.</text:p></text:list-item></text:list>'
    ), numbered)
    assert load_corpus(tmp_path / "help.odt").entries[0].answer == "1. Open Reports.\n  - on a phone: the menu\n2. Choose the year."


def test_a_libreoffice_list_whose_items_hold_a_question_and_its_answer_is_an_entry_per_item(tmp_path: Path) -> None:
    # An item's further paragraphs were items of their own ("- Fill in the form."), so a FAQ numbered
    # as a list, each item a question over its answer, was refused as holding no entries.
    numbered = '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="1"/></text:list-style>'
    _odt(tmp_path / "club.odt", (
        '<text:p text:style-name="Title">Club FAQ</text:p><text:list text:style-name="L1">'
        '<text:list-item><text:p>How do I join?</text:p><text:p>Fill in the form.</text:p><text:p>Hand it in at the desk.</text:p></text:list-item>'
        '<text:list-item><text:p>What does it cost?<text:line-break/>40 euros a year.</text:p></text:list-item>'
        '<text:list-item><text:p text:style-name="P1">Can I park?</text:p><text:p>Behind the hall.</text:p></text:list-item></text:list>'
    ), numbered)
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "club.odt").entries] == [
        ("How do I join?", "Fill in the form.\n\nHand it in at the desk.", 2),
        ("What does it cost?", "40 euros a year.", 5),
        ("Can I park?", "Behind the hall.", 6),
    ]


def test_an_excel_workbook_is_read_sheet_by_sheet(tmp_path: Path, caplog) -> None:
    # Support teams keep their FAQ in a spreadsheet; it was refused ("save the sheet as CSV").
    import datetime

    import openpyxl

    workbook = openpyxl.Workbook()
    billing = workbook.active
    billing.title = "Billing"
    for row in (["Question", "Answer", "Alternates"], [], ["How do I pay?", "By card.\nOr cash.", "Payment methods?"], ["Is there a fee?", 2.0]):
        billing.append(row)
    workbook.create_sheet("Notes").append(["Owner: Ann"])
    opening = workbook.create_sheet("Opening")
    opening.append(["Q", "A"])
    opening.append(["When do you reopen?", datetime.datetime(2026, 1, 2)])
    workbook.properties.title = "Shop FAQ"
    workbook.save(tmp_path / "shop.xlsx")
    corpus = load_corpus(tmp_path / "shop.xlsx")
    assert corpus.description == "Shop FAQ"
    assert [(e.heading, e.answer, e.category, e.line, e.alternates) for e in corpus.entries] == [
        ("How do I pay?", "By card.\nOr cash.", "Billing", 3, ("Payment methods?",)),
        ("Is there a fee?", "2", "Billing", 4, ()),
        ("When do you reopen?", "2026-01-02", "Opening", 2, ()),
    ]
    assert "shop.xlsx:1: sheet 'Notes': header has no 'question' column (found: Owner: Ann); sheet skipped" in caplog.text
    workbook.remove(billing)
    workbook.remove(opening)
    workbook.save(tmp_path / "shop.xlsx")
    with pytest.raises(CorpusError, match="shop.xlsx:1: sheet 'Notes': header has no 'question' column"):
        load_corpus(tmp_path / "shop.xlsx")


@pytest.mark.parametrize("default", ["Sheet2", "Sayfa2", "Tabelle2", "Feuil2", "Hoja 2", "Лист2", "工作表2"])
def test_a_sheet_its_owner_never_named_names_no_category(tmp_path: Path, default: str) -> None:
    # A Turkish payment firm's workbook kept its FAQ on "Sayfa1" and "Sayfa2", which the chat showed as topics.
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Billing"
    workbook.active.append(["Question", "Answer"])
    workbook.active.append(["How do I pay?", "By card."])
    unnamed = workbook.create_sheet(default)
    unnamed.append(["Question", "Answer"])
    unnamed.append(["Is there a fee?", "No."])
    workbook.save(tmp_path / "shop.xlsx")
    assert [(e.heading, e.category) for e in load_corpus(tmp_path / "shop.xlsx").entries] == [("How do I pay?", "Billing"), ("Is there a fee?", "")]


def test_a_workbooks_formulas_kept_without_their_result_are_named(tmp_path: Path, caplog) -> None:
    # A workbook written by a script keeps formulas nothing has worked out yet: the answer read
    # as empty, and the only word was "has an empty or missing answer".
    import openpyxl

    workbook = openpyxl.Workbook()
    for row in (["question", "answer", "price"], ["How much is it?", '="It costs "&C2&" euros."', 40], ["Where?", "Mill Lane.", None]):
        workbook.active.append(row)
    workbook.save(tmp_path / "shop.xlsx")
    with caplog.at_level(logging.WARNING), pytest.raises(CorpusError, match="has an empty or missing answer"):
        load_corpus(tmp_path / "shop.xlsx")
    assert ("shop.xlsx: sheet 'Sheet' holds 1 formula whose result the file does not keep (the first, =\"It costs \"&C2&\" euros.\" in B2), "
            "read as empty: open the workbook in Excel or LibreOffice and save it") in caplog.text
    # Saved by Excel, a formula keeps its result (an empty text one as t="str"): nothing to say.
    caplog.clear()
    computed = with_sheet_xml_replaced(tmp_path / "shop.xlsx", b'<c r="B2"><f>"It costs "&amp;C2&amp;" euros."</f><v></v>', b'<c r="B2" t="str"><f>"It costs "&amp;C2&amp;" euros."</f><v>It costs 40 euros.</v>')
    assert load_corpus(computed).entries[0].answer == "It costs 40 euros."
    empty_text = with_sheet_xml_replaced(computed, b'<c r="B3" t="inlineStr"><is><t>Mill Lane.</t></is></c>', b'<c r="B3" t="str"><f>""&amp;"Mill Lane."</f><v>Mill Lane.</v></c><c r="D3" t="str"><f>""</f><v></v></c>')
    assert [e.answer for e in load_corpus(empty_text).entries[1:]] == ["Mill Lane."] and "formula" not in caplog.text


def test_a_linked_cell_of_a_workbook_keeps_its_address(tmp_path: Path) -> None:
    # A support team's answer linking "the membership form" lost where the form is.
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Question", "Answer"], ["How do I join?", "Fill in the membership form."], ["Where?", "At the hall."], ["Fees?", "Write to us"]):
        sheet.append(row)
    sheet["B2"].hyperlink = "https://example.org/join"
    sheet["B3"].hyperlink = "#Sheet!A1"  # a place in the workbook, no address to show
    sheet["B4"].hyperlink = "mailto:fees@example.org"
    workbook.save(tmp_path / "faq.xlsx")
    assert [e.answer for e in load_corpus(tmp_path / "faq.xlsx").entries] == [
        "Fill in the membership form. (https://example.org/join)", "At the hall.", "Write to us (mailto:fees@example.org)",
    ]
    # A link over every cell of the sheet (17 billion of them) is left out, not expanded.
    crafted = with_sheet_xml_replaced(tmp_path / "faq.xlsx", b'ref="B2"', b'ref="A1:XFD1048576"')
    assert load_corpus(crafted).entries[0].answer == "Fill in the membership form."
    # So is a link over a whole column, which refused the workbook ("cannot read the file").
    assert load_corpus(with_sheet_xml_replaced(tmp_path / "faq.xlsx", b'ref="B2"', b'ref="B:B"')).entries[0].answer == "Fill in the membership form."


def with_sheet_xml_replaced(workbook: Path, old: bytes, new: bytes) -> Path:
    """A copy of ``workbook``, crafted.xlsx beside it, with ``old`` in its first sheet's XML replaced by ``new``."""
    return _rewritten(workbook, "crafted.xlsx", {"xl/worksheets/sheet1.xml": lambda sheet: sheet.replace(old, new)})


def _word_document(path: Path, entries: list[tuple[str, str]]) -> Path:
    """A Word document saved at ``path``, each of ``entries`` a question in Heading 2 over its answer's paragraph."""
    import docx

    document = docx.Document()
    for question, answer in entries:
        document.add_paragraph(question, style="Heading 2")
        document.add_paragraph(answer)
    document.save(path)
    return path


def _rewritten(package: Path, name: str, changes: Mapping[str, Callable[[bytes], bytes]], added: Mapping[str, bytes] | None = None) -> Path:
    """A copy of an Office ``package``, ``name`` beside it, each part ``changes`` names passed
    through its function, and the ``added`` parts written after the rest: a file as another
    program, or a crafted one, would write it."""
    with zipfile.ZipFile(package) as source:
        parts = {part: source.read(part) for part in source.namelist()}
    crafted = package.with_name(name)
    with zipfile.ZipFile(crafted, "w") as made:
        for part, data in {**parts, **(added or {})}.items():
            made.writestr(part, changes[part](data) if part in changes else data)
    return crafted


_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _word_with_parts(plain: Path, name: str, document: Callable[[bytes], bytes], related: Mapping[str, tuple[str, str, bytes]]) -> Path:
    """A copy of the Word document ``plain``, ``name`` beside it, its body passed through
    ``document`` and holding the ``related`` parts (by their path in the package: the relationship's
    type, the content type and the data), each related to the document as "rId/<path>"."""
    relations = "".join(f'<Relationship Id="rId/{part}" Type="{kind}" Target="/{part}"/>' for part, (kind, _, _) in related.items()).encode()
    types = "".join(f'<Override PartName="/{part}" ContentType="{content}"/>' for part, (_, content, _) in related.items()).encode()
    changes = {
        "word/document.xml": document,
        "word/_rels/document.xml.rels": lambda rels: rels.replace(b"</Relationships>", relations + b"</Relationships>"),
        "[Content_Types].xml": lambda declared: declared.replace(b"</Types>", types + b"</Types>"),
    }
    return _rewritten(plain, name, changes, {part: data for part, (_, _, data) in related.items()})


def test_a_workbook_kept_as_a_club_keeps_it_reads_its_title_alternates_and_merged_categories(tmp_path: Path) -> None:
    # A tennis club's sheet was refused ("header has no 'answer' column (found: Riverside … FAQ)"):
    # a title and a note over the header, "Alternate questions" unread, and a section written once
    # in a cell merged down its questions' rows named only the first of them.
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Riverside Tennis Club: frequently asked questions"], ["Last updated 14 March"], [],
                ["Section", "Question", "Answer", "Alternate questions", "Owner"],
                ["Membership", "How much is it?", "£240 a year.", "What are the fees?\nSubscription price", "Sam"],
                [None, "Can I pay monthly?", "Yes, by direct debit.", None, "Sam"],
                ["Courts", "How do I book?", "In the app.", None, "Jo"]):
        sheet.append(row)
    sheet.merge_cells("A1:E1")  # across: a title, shown once
    sheet.merge_cells("A5:A6")
    workbook.save(tmp_path / "club.xlsx")
    corpus = load_corpus(tmp_path / "club.xlsx")
    assert corpus.description == "Riverside Tennis Club: frequently asked questions\n\nLast updated 14 March"
    assert [(e.heading, e.category, e.line, e.alternates) for e in corpus.entries] == [
        ("How much is it?", "Membership", 5, ("What are the fees?", "Subscription price")),
        ("Can I pay monthly?", "Membership", 6, ()),
        ("How do I book?", "Courts", 7, ()),
    ]
    # A crafted merge down every row of the sheet copies no more than the rows there are.
    crafted = with_sheet_xml_replaced(tmp_path / "club.xlsx", b'ref="A5:A6"', b'ref="A5:A1048576"')
    assert [e.category for e in load_corpus(crafted).entries] == ["Membership", "Membership", "Courts"]


def test_a_csv_saved_from_a_sheet_with_a_title_over_its_header_is_read(tmp_path: Path) -> None:
    # Saved with semicolons, the title row holds no delimiter to tell which by; more than one
    # cell over the header is a table of its own, and still refused naming the header it read.
    (tmp_path / "faq.csv").write_text("Shop FAQ;;\n;;\nQuestion;Answer;Category\nHow do I pay?;By card, or cash.;Billing\n", encoding="utf-8")
    corpus = load_corpus(tmp_path / "faq.csv")
    assert corpus.description == "Shop FAQ"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [("How do I pay?", "By card, or cash.", "Billing", 4)]
    (tmp_path / "faq.csv").write_text("Shop FAQ,kept by Ann\nQuestion,Answer\nHow do I pay?,By card.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"faq.csv:1: header has no 'question' column \(found: Shop FAQ, kept by Ann\)"):
        load_corpus(tmp_path / "faq.csv")


def test_an_office_file_that_unpacks_to_far_more_than_an_faq_is_refused(tmp_path: Path, monkeypatch) -> None:
    # A small zip can unpack to gigabytes; the corpus size limit only bounds the file's own size.
    import openpyxl

    from faqbot.corpus import office

    openpyxl.Workbook().save(tmp_path / "faq.xlsx")
    monkeypatch.setattr(office, "MAX_UNPACKED_MB", 0.001)
    with pytest.raises(CorpusError, match="faq.xlsx: unpacks to 0 MB, over the 0.001 MB an FAQ could need"):
        load_corpus(tmp_path / "faq.xlsx")


def test_a_libreoffice_spreadsheet_is_read_sheet_by_sheet(tmp_path: Path, caplog) -> None:
    # Calc writes runs of identical rows and cells once, with a count: a sheet's empty tail is one
    # row "repeated" a million times, which must only move the numbering on.
    import zipfile

    def row(*cells: str, repeated: int = 1) -> str:
        written = "".join(f"<table:table-cell><text:p>{cell}</text:p></table:table-cell>" if cell else "<table:table-cell/>" for cell in cells)
        return f'<table:table-row table:number-rows-repeated="{repeated}">{written}</table:table-row>'

    billing = (row("Question", "Answer") + row("How do I pay?", "By card.") + row(repeated=3)  # three empty rows
               + '<table:table-row><table:table-cell><text:p>Is there a fee?</text:p></table:table-cell><table:table-cell><text:p>No.</text:p>'
               '</table:table-cell><table:table-cell table:number-columns-repeated="16000"/><table:table-cell><text:p>stray</text:p></table:table-cell>'
               '</table:table-row>' + row(repeated=1048000))
    hours = (row("Q", "A", "Section") + row("When do you open?", 'At<text:s text:c="2"/>9.').replace("</table:table-row>", '<table:table-cell table:number-rows-spanned="2"><text:p>Visits</text:p></table:table-cell></table:table-row>')
             + row("Where?", 'See <text:a xlink:href="https://example.org/map">our map</text:a> (2*3 km).').replace("</table:table-row>", "<table:covered-table-cell/></table:table-row>")
             .replace("<table:table-cell><text:p>See", "<table:table-cell><office:annotation><dc:creator>Ann</dc:creator><text:p>Map is out of date</text:p></office:annotation><text:p>See"))
    content = (f'<office:document-content {_ODT_NAMESPACES}><office:body><office:spreadsheet>'
               f'<table:table table:name="Billing">{billing}</table:table><table:table table:name="Notes">{row("Owner: Ann")}</table:table>'
               f'<table:table table:name="Hours">{hours}</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(tmp_path / "shop.ods", "w") as package:
        package.writestr("content.xml", content)
    corpus = load_corpus(tmp_path / "shop.ods")
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I pay?", "By card.", "Billing", 2),
        ("Is there a fee?", "No.", "Billing", 6),  # numbered after the empty rows; the cell 16,000 columns on is dropped
        ("When do you open?", "At  9.", "Visits", 2),
        ("Where?", "See our map (https://example.org/map) (2*3 km).", "Visits", 3),  # the link's address was lost, the merged section too; a comment was the answer's first line
    ]
    assert "shop.ods:1: sheet 'Notes': header has no 'question' column (found: Owner: Ann); sheet skipped" in caplog.text


def test_a_sheet_hidden_in_the_workbook_is_skipped_saying_so(tmp_path: Path, caplog) -> None:
    # An outdated FAQ kept on a hidden sheet was read beside the current one: "Is it free?" answered
    # both "Yes" and "No, five pounds". Excel hides a sheet by its state, Calc by its table style.
    import zipfile

    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["question", "answer"])
    workbook.active.append(["Is it free?", "Yes, for members."])
    old = workbook.create_sheet("Old FAQ")
    old.append(["question", "answer"])
    old.append(["Is it free?", "No, five pounds."])
    old.sheet_state = "hidden"
    workbook.save(tmp_path / "club.xlsx")

    def row(*texts: str) -> str:
        return "<table:table-row>" + "".join(f"<table:table-cell><text:p>{text}</text:p></table:table-cell>" for text in texts) + "</table:table-row>"

    content = (f'<office:document-content {_ODT_NAMESPACES}><office:automatic-styles><style:style style:name="ta2" style:family="table">'
               '<style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body><office:spreadsheet>'
               f'<table:table table:name="FAQ">{row("Question", "Answer")}{row("Where is it?", "Mill Lane.")}</table:table>'
               f'<table:table table:name="Old" table:style-name="ta2">{row("Question", "Answer")}{row("Where is it?", "High Street.")}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(tmp_path / "club.ods", "w") as package:
        package.writestr("content.xml", content)
    with caplog.at_level(logging.WARNING):
        assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "club.xlsx").entries] == [("Is it free?", "Yes, for members.")]
        assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "club.ods").entries] == [("Where is it?", "Mill Lane.")]
    assert "club.xlsx: sheet 'Old FAQ' is hidden in the workbook; skipped (unhide it to have its entries read)" in caplog.text
    assert "club.ods: sheet 'Old' is hidden in the workbook; skipped" in caplog.text


def test_rows_the_owner_hid_are_skipped_saying_so_and_rows_a_filter_hides_are_read(tmp_path: Path, caplog) -> None:
    # A retired answer kept in a hidden row was answered beside the current one: "Is it free?" got
    # "No, five pounds". A filter left on hides rows too, but they are all current: they are read.
    import zipfile

    import openpyxl

    workbook = openpyxl.Workbook()
    faq, filtered = workbook.active, workbook.create_sheet("Filtered")
    for sheet in (faq, filtered):
        sheet.append(["question", "answer", "section"])
        sheet.append(["Is it free?", "No, five pounds.", "Fees"])
        sheet.append(["Is it free?", "Yes, for members.", "Fees"])
        sheet.append(["Where is it?", "Mill Lane.", "Visits"])
        sheet.row_dimensions[2].hidden = True
    filtered.auto_filter.ref = "A1:C4"
    filtered.auto_filter.add_filter_column(2, ["Fees"])
    workbook.save(tmp_path / "club.xlsx")

    def row(*texts: str, shown: str = "visible") -> str:
        cells = "".join(f"<table:table-cell><text:p>{text}</text:p></table:table-cell>" for text in texts)
        return f'<table:table-row table:visibility="{shown}">{cells}</table:table-row>'

    rows = row("Question", "Answer") + row("Where is it?", "High Street.", shown="collapse") + row("Where is it?", "Mill Lane.") + row("Is it free?", "Yes.", shown="filter")
    content = (f'<office:document-content {_ODT_NAMESPACES}><office:body><office:spreadsheet><table:table table:name="FAQ">{rows}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(tmp_path / "club.ods", "w") as package:
        package.writestr("content.xml", content)
    with caplog.at_level(logging.WARNING):
        excel = load_corpus(tmp_path / "club.xlsx").entries
        calc = load_corpus(tmp_path / "club.ods").entries
    assert [(e.heading, e.answer, e.line) for e in excel] == [
        ("Is it free?", "Yes, for members.", 3), ("Where is it?", "Mill Lane.", 4),  # sheet "Sheet"
        ("Is it free?", "No, five pounds.", 2), ("Is it free?", "Yes, for members.", 3), ("Where is it?", "Mill Lane.", 4),  # "Filtered": its filter hides row 2
    ]
    assert [(e.heading, e.answer, e.line) for e in calc] == [("Where is it?", "Mill Lane.", 3), ("Is it free?", "Yes.", 4)]
    assert "club.xlsx: sheet 'Sheet' hides row 2; skipped (unhide a row to have it read)" in caplog.text
    assert "club.ods: sheet 'FAQ' hides row 2; skipped" in caplog.text
    assert "'Filtered' hides" not in caplog.text


def _rtf(path: Path, body: str, header: str = r"\ansi\ansicpg1252{\fonttbl{\f0\fswiss Arial;}}") -> Path:
    """An RTF file as a word processor writes one: its header, then its body."""
    path.write_text("{\\rtf1" + header + "\n" + textwrap.dedent(body) + "}", encoding="ascii")
    return path


def _hex(text: str, code_page: str) -> str:
    """Text as RTF writes it in a code page: each byte as \\'hh."""
    return "".join(f"\\'{byte:02x}" for byte in text.encode(code_page))


def test_a_rich_text_faq_from_word_is_read_by_its_styles_bold_and_question_marks(tmp_path: Path) -> None:
    # What TextEdit and WordPad save, and Word exports, was refused ("save it as a Word document").
    header = r"\ansi\ansicpg1252{\fonttbl{\f0\fswiss Arial;}}{\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1,h1;}{\*\cs10 Default Paragraph Font;}{\s15 Title;}}"
    body = r"""
        {\info{\title Draft}{\author Ann}}{\header Club newsletter\par}
        \pard\s15 Club FAQ\par
        \pard Answers for new members.\par
        \pard\s1\outlinelevel0 Membership\par
        \pard{\b How do I join?}\par
        \pard Fill in {\field{\*\fldinst{HYPERLINK "https://club.example/form"}}{\fldrslt{the form}}}{\*\atnid Ann}{\*\annotation check this}{\v hidden}{\super\chftn}{\footnote\pard\plain{\super\chftn} For {\field{\*\fldinst{HYPERLINK "https://club.example/adults"}}{\fldrslt{adults}}}\par over 18.\par} at the desk.\par
        \pard{\listtext 1.\tab}\ls1\ilvl0 Bring a photo\par
        \pard{\listtext 2.\tab}\ls1\ilvl0 Pay 40 euros\par
        \pard\par
        \pard Is it open on Sunday?\par
        \pard No\emdash it\rquote s closed.{\pict\pngblip 89504e47}\par
        """
    corpus = load_corpus(_rtf(tmp_path / "club.rtf", body, header))
    assert corpus.description == "Club FAQ\n\nAnswers for new members."
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form (https://club.example/form) (For adults over 18.) at the desk.\n\n1. Bring a photo\n2. Pay 40 euros", "Membership", 4),
        ("Is it open on Sunday?", "No—it’s closed.", "Membership", 9),  # headers, comments, hidden text and pictures left out; a footnote written where cited
    ]


def test_a_rich_text_table_of_contents_is_left_out(tmp_path: Path) -> None:
    # Word writes its table of contents as a field whose result lists every question with its page: it was the description.
    body = r"""
        \pard\s15 Club FAQ\par
        \pard{\field\fldedit{\*\fldinst { TOC \\o "1-3" \\h }}{\fldrslt {\pard How do I join?\tab 1\par \pard Is it free?\tab 1\par}}}\par
        \pard\s1 How do I join?\par
        \pard Fill in the {\field{\*\fldinst{HYPERLINK "https://club.example/form"}}{\fldrslt{form}}}.\par
        """
    header = r"\ansi\ansicpg1252{\fonttbl{\f0\fswiss Arial;}}{\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1;}{\s15 Title;}}"
    corpus = load_corpus(_rtf(tmp_path / "club.rtf", body, header))
    assert corpus.description == "Club FAQ"
    assert [(e.heading, e.answer) for e in corpus.entries] == [("How do I join?", "Fill in the form (https://club.example/form).")]


def test_a_rich_text_text_box_is_read_where_it_is_anchored(tmp_path: Path) -> None:
    # Word writes a text box as a shape's text, and again for older readers: the note was lost.
    body = r"""
        \pard\s1 Is it free?\par
        \pard Yes, for members.{\shp{\*\shpinst\shpleft0\shpright2000{\sp{\sn shapeType}{\sv 202}}{\shptxt \pard\plain Guests pay five pounds.\par Children go free.\par}}{\shprslt{\*\do\dobxcolumn{\*\dptxbxtext\pard\plain Guests pay five pounds.\par}}}} Ask at the desk.\par
        \pard\s1 Where is it?\par
        \pard Mill Lane.\par
        """
    header = r"\ansi\ansicpg1252{\fonttbl{\f0\fswiss Arial;}}{\stylesheet{\s0 Normal;}{\s1\sbasedon0 heading 1;}}"
    assert [(e.heading, e.answer) for e in load_corpus(_rtf(tmp_path / "club.rtf", body, header)).entries] == [
        ("Is it free?", "Yes, for members.\n\nGuests pay five pounds.\n\nChildren go free.\n\nAsk at the desk."),  # the shape's properties ("202") show nothing
        ("Where is it?", "Mill Lane."),
    ]


def test_a_rich_text_faq_typed_in_textedit_is_read_line_by_line(tmp_path: Path) -> None:
    # TextEdit ends each paragraph with a backslash, sets a bold font, and breaks lines inside one
    # with \u8232; a whole bold line "Answer:" over "Yes, samples are free:" left "**" in the answer.
    header = r"""\ansi\ansicpg1252\cocoartf2761
        \cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fnil\fcharset0 HelveticaNeue-Bold;\f1\fnil\fcharset0 HelveticaNeue;}
        {\colortbl;\red255\green255\blue255;}"""
    body = r"""
        \pard\pardeftab560\partightenfactor0

        \f0\b\fs26 \cf0 Can I get free samples?\
        Answer:
        \f1\b0 \uc0\u8232
        \f0\b Yes, samples are free:
        \f1\b0 \
        \f0\b Sample policy:
        \f1\b0 \uc0\u8232 \'95 Buyer covers shipping\u8232 \'95 Ten at most\
        \

        \f0\b Is the foil caf\'e9 safe?\
        \f1\b0 Yes.
        """
    corpus = load_corpus(_rtf(tmp_path / "samples.rtf", body, textwrap.dedent(header)))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("Can I get free samples?", "Yes, samples are free:\n\nSample policy:\n• Buyer covers shipping\n• Ten at most", 1),
        ("Is the foil café safe?", "Yes.", 5),  # a paragraph per line, blank ones counted: TextEdit's line
    ]


def test_rich_text_in_other_code_pages_and_unicode_is_read_as_written(tmp_path: Path) -> None:
    # RTF writes text outside ASCII as bytes of the document's code page or of a font's character
    # set (Chinese two bytes a character), or as \u numbers followed by a stand-in for old readers.
    russian = _rtf(tmp_path / "ru.rtf", rf"{{\b {_hex('Как записаться?', 'cp1251')}}}\par {_hex('В субботу.', 'cp1251')}\par", r"\ansi\ansicpg1251")
    assert [(e.heading, e.answer) for e in load_corpus(russian).entries] == [("Как записаться?", "В субботу.")]
    chinese = _rtf(tmp_path / "zh.rtf", rf"\f1 {_hex('如何安装？', 'cp936')}\par {_hex('打开压缩包。', 'cp936')}\par", r"\ansi\ansicpg1252{\fonttbl{\f1\fnil\fcharset134 SimSun;}}")
    assert [(e.heading, e.answer) for e in load_corpus(chinese).entries] == [("如何安装？", "打开压缩包。")]
    emoji = _rtf(tmp_path / "u.rtf", r"{\b Do you take \uc1\u8364?s?}\par Yes \u-10179?\u-8704?.\par")
    assert [(e.heading, e.answer) for e in load_corpus(emoji).entries] == [("Do you take €s?", "Yes 😀.")]


def test_a_rich_text_table_of_questions_and_answers_gives_an_entry_per_row(tmp_path: Path) -> None:
    body = r"""
        \trowd\cellx3000\cellx6000\pard\intbl Question\cell Answer\cell\row
        \trowd\cellx3000\cellx6000\pard\intbl How do I join?\cell Fill in {\field{\*\fldinst HYPERLINK "https://club.example/form"}{\fldrslt the form}}.\par Bring a photo.\cell\row
        \pard What does it cost?\par
        \trowd\cellx3000\cellx6000\pard\intbl Adult\cell 40 euros\cell\row
        \trowd\cellx3000\cellx6000\pard\intbl Child\cell Free\cell\row
        """
    corpus = load_corpus(_rtf(tmp_path / "club.rtf", body))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("How do I join?", "Fill in the form (https://club.example/form).\nBring a photo.", 2),
        ("What does it cost?", "Adult | 40 euros\nChild | Free", 3),  # a table in an answer: a line per row
    ]


def test_a_rich_text_file_is_read_never_run(tmp_path: Path) -> None:
    # A field shows the result saved with it: the file an INCLUDETEXT field names is never opened.
    # Groups nested deep, and binary data said to run past the file's end, are read without harm.
    secret = write(tmp_path, "secret.txt", "the owner's password")
    body = (rf'{{\b Can I see the rules?}}\par See {{\field{{\*\fldinst INCLUDETEXT "{secret.as_posix()}"}}{{\fldrslt the board}}}}.\par'
            + "{" * 100_000 + r"{\b Is it safe?}\par Yes.\bin7 Secret?\par" + "}" * 100_000 + r"\bin999999999 Hidden?\par")
    corpus = load_corpus(_rtf(tmp_path / "club.rtf", body))
    assert [(e.heading, e.answer) for e in corpus.entries] == [("Can I see the rules?", "See the board."), ("Is it safe?", "Yes.")]
    plain = write(tmp_path, "faq.rtf", "How do I join?\nFill in the form.\n")
    with pytest.raises(CorpusError, match=r"faq\.rtf: not a Rich Text file .*save it again as Rich Text \(\.rtf\) or plain text \(\.txt\)"):
        load_corpus(plain)


def test_doc_and_xls_files_that_are_really_another_format_are_read_as_what_they_are(tmp_path: Path, caplog) -> None:
    # Confluence's "Export to Word" saves a page as one file (MHTML) named .doc, Word saves Rich
    # Text as .doc, and "Export to Excel" buttons a web page's table or tab-separated text as .xls:
    # Word and Excel open them all, and faqbot refused them as older office files.
    confluence = (
        "Date: Sat, 18 Oct 2025 11:07:50 +0000 (UTC)\r\nSubject: Exported From Confluence\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_Part_2"\r\n\r\n------=_Part_2\r\n'
        "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        "<html><body><h1>Team FAQ</h1><h2>How do I book leave?</h2><p>In the HR portal =E2=80=94 two weeks ahead.</p>\r\n"
        '<h2>Where is the wiki?</h2><p>See <a href=3D"https://wiki.example/">the wiki</a>.</p></body></html>\r\n------=_Part_2--\r\n'
    )
    (tmp_path / "team.doc").write_text(confluence, encoding="ascii")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "team.doc").entries] == [
        ("How do I book leave?", "In the HR portal — two weeks ahead."),
        ("Where is the wiki?", "See the wiki (https://wiki.example/)."),
    ]
    _rtf(tmp_path / "club.doc", r"{\b How do I join?}\par Fill in the form.\par")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "club.doc").entries] == [("How do I join?", "Fill in the form.")]
    write(tmp_path, "shop.xls", '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>Question</td><td>Answer</td></tr>'
          "<tr><td>How do I pay?</td><td>By card.</td></tr></table></body></html>")
    write(tmp_path, "fees.xls", "question\tanswer\nIs there a fee?\t<b>No</b>, see <a href='https://shop.example/fees'>fees</a>.\n")  # a site's answers, as typed
    assert [(e.heading, e.answer) for name in ("shop.xls", "fees.xls") for e in load_corpus(tmp_path / name).entries] == [
        ("How do I pay?", "By card."),
        ("Is there a fee?", "No, see fees (https://shop.example/fees)."),
    ]
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00\x00")  # Word 97-2003's own format: not read
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path)
    assert {e.file for e in corpus.entries} == {"team.doc", "club.doc", "shop.xls", "fees.xls"}
    assert "old.doc: is a Word 97–2003 document, a format faqbot does not read (save it as a Word document (.docx)" in caplog.text


def test_a_sites_faq_kept_as_data_in_its_javascript_or_typescript_is_read(tmp_path: Path, caplog) -> None:
    # React and Next.js sites keep their FAQ in their code (src/data/faqs.ts in thousands of public
    # repositories): it was refused as an unknown type. Values written out are read; code never runs.
    script = """\
        // Questions shown on /faq
        import { FAQItem } from "@/types";
        import { t } from "@/i18n";

        export const faqs: FAQItem[] = [
          {
            id: 1,
            question: "How do I book an appointment?",
            answer: "Call us or use the <a href='https://clinic.example/book'>booking form</a>.",
            icon: <CalendarIcon />,
          },
          {
            question: 'Do you accept walk-ins?',
            answer: `Yes, on weekdays
        from 9am to 11am.`,
          },
          { question: "What does it cost?", answer: t("faq.cost") },
          { question: "Is there parking?", answer: "Yes \u2014 it\'s free, behind the clinic.", ...extra },
          { question: "Who do I call?", answer: `Call ${PHONE}.` },
        ] as const;

        export default function FAQ({ question, answer }) {
          const [open, setOpen] = useState(false);
          return <p onClick={() => setOpen(!open)}>Don't miss {question}</p>;
        }
        """
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(write(tmp_path, "faqs.tsx", script))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("How do I book an appointment?", "Call us or use the booking form (https://clinic.example/book).", 6),
        ("Do you accept walk-ins?", "Yes, on weekdays\nfrom 9am to 11am.", 12),
        ("Is there parking?", "Yes — it's free, behind the clinic.", 18),
    ]
    assert "faqs.tsx:17: entry left out: the code computes its answer when it runs (not written out in the file)" in caplog.text
    assert "faqs.tsx:19: entry left out: the code computes its answer" in caplog.text  # a template filled in


def test_a_scripts_faq_in_sections_or_with_categories_named_apart_keeps_its_categories(tmp_path: Path) -> None:
    sections = """\
        export const faqCategories = [
          { label: "About us", items: [{ question: "Who owns the firm?", answer: ["Adam Knight.", "He founded it in 2010."] }] },
          { label: "Services", items: [{ question: "Do you fix leaks?", answer: ["Yes."] }] },
        ];
        const features = [{ title: "Fast", description: "We come the same day." }];  // no questions: not the FAQ
        """
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.js", sections)).entries] == [
        ("Who owns the firm?", "Adam Knight.\n\nHe founded it in 2010.", "About us"),
        ("Do you fix leaks?", "Yes.", "Services"),
    ]
    named_apart = """\
        export const faqCategories: { id: string; label: string }[] = [
          { id: "before", label: "Before the visit" },
          { id: "waiting", label: "Waiting room" },
        ];
        export const faqs: { q: string; a: string; category: string }[] = [
          { category: "waiting", q: "How long will I wait?", a: "One to two hours." },
          { category: "before", q: "What should I bring?", a: "Your medicines." },
        ];
        """
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faqs.ts", named_apart)).entries] == [
        ("How long will I wait?", "Waiting room"),
        ("What should I bring?", "Before the visit"),
    ]


def test_a_vue_components_data_and_an_astro_pages_props_hold_their_faq(tmp_path: Path) -> None:
    # Vue keeps a component's FAQ in what data() returns, and an Astro page hands its FAQ to a
    # component as a prop (faqs={[…]}): inside code and markup, both were passed over.
    vue = """\
        <template><details v-for="item in faqs"><summary>{{ item.question }}</summary></details></template>
        <script>
        export default {
          name: "Faq",
          data() {
            return { faqs: [{ question: "Can I return an item?", answer: "Within 30 days." }] };
          },
        };
        </script>
        """
    astro = """\
        ---
        import FAQ from "../components/FAQ.astro";
        ---
        <Layout><p>Don't wait for a flood.</p>
          <FAQ faqs={[{ question: "Do you offer same-day service?", answer: "Yes, across the county." }]} />
        </Layout>
        """
    assert [(e.heading, e.answer, e.line) for name, text in (("Faq.vue", vue), ("index.astro", astro)) for e in load_corpus(write(tmp_path, name, text)).entries] == [
        ("Can I return an item?", "Within 30 days.", 6),
        ("Do you offer same-day service?", "Yes, across the county.", 5),
    ]


def test_a_script_is_read_never_run(tmp_path: Path) -> None:
    # An answer the code would fill in from a file is no text: the file is never opened. Arrays
    # nested past any FAQ's depth, and a script cut off in the middle, give a clear error or nothing.
    secret = write(tmp_path, "secret.txt", "the owner's password")
    script = f"""const faqs = [{{ question: "What are the rules?", answer: require("fs").readFileSync("{secret.as_posix()}", "utf8") }},
        {{ question: "Is it safe?", answer: "Yes." }}];"""
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.js", script)).entries] == [("Is it safe?", "Yes.")]
    deep = write(tmp_path, "deep.js", "const faqs = " + "[" * 50_000 + "]" * 50_000)
    with pytest.raises(CorpusError, match="nested too deeply"):
        load_corpus(deep)
    cut = write(tmp_path, "cut.ts", 'export const faqs = [{ question: "Is it open?", answer: "Daily." }, { question: "Why')
    assert [(e.heading, e.answer) for e in load_corpus(cut).entries] == [("Is it open?", "Daily.")]


def test_a_libreoffice_document_declaring_entities_is_refused_unexpanded(tmp_path: Path) -> None:
    # An entity declared a billion times over ("billion laughs") would fill the memory if expanded.
    _odt(tmp_path / "faq.odt", "<text:p>Is it safe?</text:p><text:p>&a;</text:p>")
    import zipfile

    with zipfile.ZipFile(tmp_path / "faq.odt") as package:
        content = package.read("content.xml").decode()
    with zipfile.ZipFile(tmp_path / "faq.odt", "w") as package:
        package.writestr("content.xml", '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>' + content)
    with pytest.raises(CorpusError, match=r"faq.odt: cannot read the file \(EntitiesForbidden.*open it in LibreOffice and save it again"):
        load_corpus(tmp_path / "faq.odt")


def test_an_article_shaped_section_holding_entries_is_a_section_however_deep(tmp_path: Path) -> None:
    # A section with a title and a description was read as one article when an entry sat right
    # under it (the entry lost); and each level of such nesting doubled the reading time.
    node: dict = {"title": "Can I park?", "body": "Behind the hall."}
    for level in range(30):
        node = {"title": f"Part {level}", "description": "Read on.", "more": node}
    (tmp_path / "faq.json").write_text(json.dumps([node]), encoding="utf-8")
    (entry,) = load_corpus(tmp_path / "faq.json").entries
    assert (entry.heading, entry.answer) == ("Can I park?", "Behind the hall.")
    assert entry.category == " / ".join(f"Part {level}" for level in reversed(range(30)))


def test_a_section_titled_in_several_languages_takes_its_english_title_and_entries(tmp_path: Path) -> None:
    # As a real site's _data/faq.yml titles its sections; the category was the key "Items", and
    # each entry, given in English and German, was read twice, once in each.
    text = """\
        - title:
            de: Erste Schritte
            en: Getting started
          items:
            - id: 1
              de:
                title: Wie melde ich mich an?
                content: Mit deinem Konto.
              en:
                title: How do I log in?
                content: With your site account.
        """
    (entry,) = load_corpus(write(tmp_path, "faq.yml", text)).entries
    assert (entry.heading, entry.answer, entry.category) == ("How do I log in?", "With your site account.", "Getting started")


def test_a_question_and_answer_given_per_language_are_read_in_english(tmp_path: Path) -> None:
    # As a maternal-health app's data/faqs.json keeps them; it was refused ("question must be text").
    rows = [
        {"question": {"English": "What foods should I avoid?", "Hausa": "Wadanne abinci zan guje?"}, "answer": {"English": "Raw meat.", "Hausa": "Nama."}},
        {"question": {"fr": "Où dormir ?", "en": "Where can I sleep?"}, "answer": {"fr": "À l'hôtel.", "en": "At the hotel."}, "category": {"en": "Stay", "fr": "Séjour"}},
    ]
    entries = load_corpus(write(tmp_path, "faqs.json", json.dumps(rows))).entries
    assert [(e.heading, e.answer, e.category) for e in entries] == [("What foods should I avoid?", "Raw meat.", ""), ("Where can I sleep?", "At the hotel.", "Stay")]
    with pytest.raises(CorpusError, match="question must be text"):  # no English version, and keys that name no language
        load_corpus(write(tmp_path, "faqs.json", json.dumps([{"question": {"Hausa": "Wadanne?", "Yoruba": "Awon?"}, "answer": "Raw meat."}])))


def test_a_bold_question_whose_question_mark_was_left_off_is_still_a_question(tmp_path: Path) -> None:
    # A school's PDF sets its questions in bold capitals; one lacks its "?" and ran into the answer above.
    text = "# FAQ\n\n**WHEN IS THE NEXT INTAKE?**\n\nIn October.\n\n**CAN I DO AN INTERNSHIP BETWEEN YEAR 1 AND 2**\n\nYes, for two months.\n\n"
    text += "**How do I apply?**\n\nOnline.\n\n**What we offer**\n\nAdvice.\n\n**How to pay**\n\nBy card.\n"  # titles in an answer stay in it
    entries = load_corpus(write(tmp_path, "faq.md", text)).entries
    assert [(e.heading, e.answer) for e in entries] == [
        ("WHEN IS THE NEXT INTAKE?", "In October."),
        ("CAN I DO AN INTERNSHIP BETWEEN YEAR 1 AND 2", "Yes, for two months."),
        ("How do I apply?", "Online.\n\nWhat we offer\n\nAdvice.\n\nHow to pay\n\nBy card."),
    ]
    # So did a web FAQ's bold question without its "?".
    page = "<h1>FAQ</h1><p><strong>What is the pilot?</strong></p><p>A joint project.</p><p><strong>Why is the library working on it</strong></p><p>To keep ARKs healthy.</p>"
    entries = load_corpus(write(tmp_path, "faq.html", page)).entries
    assert [e.heading for e in entries] == ["What is the pilot?", "Why is the library working on it"]


def test_a_section_title_repeated_as_continued_is_the_same_category(tmp_path: Path) -> None:
    # A school's PDF repeats "...ACCOMMODATION" atop the next page: its entries were a category of their own.
    rows = "category,question,answer\nFees,Is it free?,No.\n...Fees,Can I pay later?,Yes.\nFees (continued),Do you refund?,No.\nRooms…,Is there a desk?,Yes.\n"
    entries = load_corpus(write(tmp_path, "faq.csv", rows)).entries
    assert [e.category for e in entries] == ["Fees", "Fees", "Fees", "Rooms"]


def test_a_data_section_or_category_that_only_says_faq_names_no_category(tmp_path: Path) -> None:
    # A wiki's _data/faq.yml opens with a section titled "Frequently Asked Questions": its entries had that category.
    data = """\
        - title: Frequently Asked Questions
          items:
            - title: Is it free?
              content: Yes.
        - title: Setup
          items:
            - title: Can I run it offline?
              content: No.
        """
    write(tmp_path, "faq.yml", data)
    write(tmp_path, "more.csv", "category,question,answer\nFAQ / Billing,Can I pay by card?,Yes.\n")
    assert [(e.heading, e.category) for e in load_corpus(tmp_path / "faq.yml").entries] == [("Is it free?", ""), ("Can I run it offline?", "Setup")]
    assert [e.category for e in load_corpus(tmp_path / "more.csv").entries] == ["Billing"]


def test_a_faq_kept_as_a_language_models_training_data_is_read(tmp_path: Path) -> None:
    # A school's chatbot kept its FAQ as {"instruction", "output"} pairs; it was refused ("entry has no 'question'").
    # Made from a FAQ, the instruction is often the task and the input the question: every entry was asked the task.
    task = "Answer the following question in a clear way for a student."
    write(tmp_path, "a.json", json.dumps([
        {"instruction": "Do I need a visa?", "input": "", "output": "Yes, a student visa."},
        {"instruction": task, "input": "How do I enrol?", "output": "Online."}, {"instruction": task, "input": "library hours", "output": "9 to 5."},
    ]))
    # OpenAI's legacy fine-tuning examples end each prompt with a separator and each completion with a stop: the chat showed "->".
    prompts = [{"prompt": "When do classes start? ->", "completion": " In October. END"}, {"prompt": "Is there a bus?\n\n###\n\n", "completion": " \nYes.\n###"}]
    write(tmp_path, "b.jsonl", "".join(json.dumps(prompt) + "\n" for prompt in prompts))
    chats = [
        {"system_prompt": "Be brief.", "messages": [{"role": "system", "content": "You are the school's assistant."}, {"role": "user", "content": "Is there a canteen?"}, {"role": "assistant", "content": "Yes, two."}]},
        {"conversations": [{"from": "human", "value": "Can I work as a student?"}, {"from": "gpt", "value": "Yes, part time."}, {"from": "human", "value": "Where?"}], "category": "Work"},
    ]
    write(tmp_path, "c.jsonl", "".join(json.dumps(chat) + "\n" for chat in chats))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("Do I need a visa?", "Yes, a student visa."), ("How do I enrol?", "Online."), ("library hours", "9 to 5."), ("When do classes start?", "In October."),
        ("Is there a bus?", "Yes."), ("Is there a canteen?", "Yes, two."), ("Can I work as a student?", "Yes, part time."),
    ]
    assert [e.category for e in load_corpus(tmp_path / "c.jsonl").entries] == ["", "Work"]  # a ShareGPT record's category was dropped


def test_columns_named_as_databases_bots_and_other_languages_name_them(tmp_path: Path) -> None:
    # "question_text" / "answer_text" (a database's export), a bot's "utterance" / "response", a Swedish
    # FAQ's "fråga" / "svar": each file was refused, its header having "no 'question' column".
    write(tmp_path, "a.csv", "id,question_text,answer_text\n1,How do I join?,Fill in the form.\n")
    write(tmp_path, "b.csv", "utterance,response\nIs it free?,Yes.\n")
    write(tmp_path, "c.json", json.dumps([{"fråga": "Var loggar jag in?", "svar": "På webbplatsen."}], ensure_ascii=False))
    write(tmp_path, "d.csv", '"pregunta_faq","respuesta"\n"¿Quiénes pueden inscribirse?","Los egresados."\n')  # a college's bot
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("How do I join?", "Fill in the form."), ("Is it free?", "Yes."), ("Var loggar jag in?", "På webbplatsen."), ("¿Quiénes pueden inscribirse?", "Los egresados."),
    ]


def test_a_subcategory_or_a_help_centres_section_is_the_level_below_the_category(tmp_path: Path) -> None:
    # As a research-funding body's FAQ export keeps them ("Category", "Subcategory"); the subcategory was dropped.
    write(tmp_path, "a.csv", "Category,Subcategory,Question,Answer\nBilling,Invoices,How do I get an invoice?,It is emailed.\nBilling,,Do you take cards?,Yes.\n")
    rows = [{"Category": "Funding", "Section": "Travel", "Question": "May a meeting be held abroad?", "Answer": "If the project needs it."}]
    write(tmp_path, "b.json", json.dumps(rows))
    # A knowledge base export names them as a database joins them in ("Category Name", "Section Name"): both were dropped.
    write(tmp_path, "c.csv", "Article Title,Answer,Category Name,Section Name\nCan I pay later?,Yes.,Billing,Plans\n")
    entries = load_corpus(tmp_path).entries
    assert [(e.heading, e.category) for e in entries] == [
        ("How do I get an invoice?", "Billing / Invoices"), ("Do you take cards?", "Billing"), ("May a meeting be held abroad?", "Funding / Travel"),
        ("Can I pay later?", "Billing / Plans"),
    ]


def test_an_apis_response_holding_the_faq_files_no_entry_under_its_keys(tmp_path: Path) -> None:
    # A headless CMS's GraphQL response, SharePoint's REST list and an API's "result": every entry
    # was filed under "FaqCollection", "AllFaqs / Edges", "D" or "Result".
    pair = [{"question": "Is it free?", "answer": "Yes."}, {"question": "Where?", "answer": "Here."}]
    responses = {
        "contentful.json": {"data": {"faqCollection": {"items": pair}}},
        "gatsby.json": {"data": {"allFaqs": {"edges": [{"node": item} for item in pair]}}},
        "sharepoint.json": {"d": {"results": [{"Title": "Is it free?", "Answer": "Yes."}]}},
        "api.json": {"result": {"records": pair}},
    }
    for name, response in responses.items():
        assert {e.category for e in load_corpus(write(tmp_path, name, json.dumps(response))).entries} == {""}, name
    # A key naming a topic still names the section of its entries.
    sections = {"faq": {"General": {"items": pair[:1]}, "billing_and_payments": pair[1:]}}
    assert [e.category for e in load_corpus(write(tmp_path, "faq.json", json.dumps(sections))).entries] == ["General", "Billing and payments"]


def test_a_section_named_by_its_category_field_gives_its_entries_that_category(tmp_path: Path) -> None:
    # As an analytics product's _data/faq.yml groups its questions; every entry's category was "Items".
    text = """\
        - category: Billing, invoices & VAT
          items:
            - question: How do I get an invoice?
              answer: It is emailed after each payment.
        - section: Privacy
          questions:
            - question: Where is the data stored?
              answer: In the EU.
        """
    entries = load_corpus(write(tmp_path, "faq.yml", text)).entries
    assert [(entry.heading, entry.category) for entry in entries] == [("How do I get an invoice?", "Billing, invoices & VAT"), ("Where is the data stored?", "Privacy")]


def test_alternates_in_text_csv_and_json(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Is parking free?\nAlso asked: Do I pay for parking? | Parking cost?\nYes, for two hours.\n")
    write(tmp_path, "b.csv", 'question,answer,alternates,category\n"Is there wifi?","Yes.","Internet access? | Wi-Fi password?",Rooms\n'
                             '"Can I print?","Yes.","Is there a printer?\r\nPrinting cost?",Rooms\n')  # one alternate per line of a cell
    jsn = tmp_path / "c.json"
    jsn.write_text(json.dumps([{"question": "Open on Sunday?", "answer": "No.", "alternates": ["Sunday hours?"], "category": "Hours"}]))
    entries = {e.heading: e for e in load_corpus(tmp_path).entries}
    assert entries["Is parking free?"].alternates == ("Do I pay for parking?", "Parking cost?")
    assert entries["Is parking free?"].answer == "Yes, for two hours."
    assert (entries["Is there wifi?"].alternates, entries["Is there wifi?"].category) == (("Internet access?", "Wi-Fi password?"), "Rooms")
    assert entries["Can I print?"].alternates == ("Is there a printer?", "Printing cost?")
    assert (entries["Open on Sunday?"].alternates, entries["Open on Sunday?"].category) == (("Sunday hours?",), "Hours")


def test_a_csv_saved_with_semicolons_and_plural_headers_is_read_like_one_with_commas(tmp_path: Path) -> None:
    text = '\ufeffQuestions;Answers;Categories\r\nWhat are your hours?;9 to 5.;Visiting\r\n"Where can I park; is it free?";"Behind us; free.";Visiting\r\n'
    (tmp_path / "faq.csv").write_text(text, encoding="utf-8")
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(tmp_path / "faq.csv").entries] == [
        ("What are your hours?", "9 to 5.", "Visiting", 2),
        ("Where can I park; is it free?", "Behind us; free.", "Visiting", 3),
    ]
    (tmp_path / "faq.csv").write_text("\r\n" + text.removeprefix("\ufeff"), encoding="utf-8")  # a blank line above the header
    assert [(e.heading, e.line) for e in load_corpus(tmp_path / "faq.csv").entries] == [("What are your hours?", 3), ("Where can I park; is it free?", 4)]


def test_a_spreadsheet_row_holding_only_a_title_names_the_category_of_the_rows_under_it(tmp_path: Path) -> None:
    # Spreadsheets group their questions under title rows; before, "Billing" was refused for want of an answer.
    text = "question,answer,id\nBilling,,\nHow do I pay?,By card.,1\nCan I get an invoice?,Yes.,2\nShipping,,\nDo you ship abroad?,Yes.,3\n"
    (tmp_path / "faq.csv").write_text(text, encoding="utf-8")
    assert [(e.heading, e.category, e.line) for e in load_corpus(tmp_path / "faq.csv").entries] == [
        ("How do I pay?", "Billing", 3),
        ("Can I get an invoice?", "Billing", 4),
        ("Do you ship abroad?", "Shipping", 6),
    ]
    # Rows left unanswered one under another are questions still to answer, not titles.
    (tmp_path / "faq.csv").write_text("question,answer\nHow do I pay?,By card.\nOpening hours,\nParking,\nDo you ship?,Yes.\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="faq.csv:3: entry 'Opening hours' has an empty or missing answer"):
        load_corpus(tmp_path / "faq.csv")
    # A sentence left alone in a row (the tail of an answer, cut off by editing) is no title: it gave the rows under it its words as their category.
    stray = 'question,answer\nHow do I pay?,By card.\n"the office, or ask the front desk for more details.",\nDo you ship?,Yes.\n'
    (tmp_path / "faq.csv").write_text(stray, encoding="utf-8")
    with pytest.raises(CorpusError, match="faq.csv:3: entry 'the office, or ask the front desk for more details.' has an empty or missing answer"):
        load_corpus(tmp_path / "faq.csv")


def test_a_spreadsheet_row_going_on_with_the_answer_above_is_more_of_it(tmp_path: Path, caplog) -> None:
    # Kept by hand, a sheet goes on with a long answer in the rows below it, a list's item a row:
    # each such row was refused as an entry without a question, and the whole FAQ with it.
    rows = "question,answer,category\nWhat should I bring?,Bring:,Visits\n,a photo ID,\n,the booking code,\nIs there parking?,Yes.,Visits\n"
    (tmp_path / "faq.csv").write_text(rows, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="faqbot"):
        entries = load_corpus(tmp_path / "faq.csv").entries
    assert [(e.heading, e.answer, e.line) for e in entries] == [("What should I bring?", "Bring:\na photo ID\nthe booking code", 2), ("Is there parking?", "Yes.", 5)]
    assert "faq.csv:3: a row with an answer and no question, read as more of the answer on line 2 above it" in caplog.text
    (tmp_path / "faq.csv").write_text("question,answer,category\nIs it free?,Yes.,Fees\n,Ten euros.,Shop\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="faq.csv:3: entry has an empty or missing question"):  # a row of its own, its question left out
        load_corpus(tmp_path / "faq.csv")
    # In a workbook the question is often merged down the rows its answer runs over, and the
    # category down a section's rows: each row was the same question again with a piece of the answer.
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in (["Category", "Question", "Answer"], ["Visits", "What should I bring?", "Bring:"], [None, None, "a photo ID"], [None, "Is there parking?", "Yes."]):
        sheet.append(row)
    sheet.merge_cells("A2:A4")
    sheet.merge_cells("B2:B3")
    workbook.save(tmp_path / "faq.xlsx")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "faq.xlsx").entries] == [
        ("What should I bring?", "Bring:\na photo ID", "Visits"), ("Is there parking?", "Yes.", "Visits"),
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("Question,Answer\nIs it free?,Yes, for members only.\nWhere is it?,Main St\n",
         'faq.csv:2: this row has 3 cells where the header names 2; put text holding a comma in double quotes'),
        ('Question,Answer\nIs it free?,"Yes, for members\nWhere is it?,Main St\nWhen?,Now\n',
         "faq.csv:2: a quote opened in this row is never closed, so every line after it was read into one cell"),
        ("Question,Answer,Answer\nIs it free?,Yes for members,No for guests\nWhere is it?,Main St,\n",
         "faq.csv:1: columns 2 and 3 are both named 'Answer'; only the last would be read"),
        ("Question,Answer,Tags\nIs it free?,Yes, for members.,\nWhere is it?,Main St,map\nWhen?,Now,\n",
         'faq.csv:2: this row has 4 cells where the header names 3; put text holding a comma in double quotes'),
    ],
    ids=["comma-in-text", "unclosed-quote", "column-named-twice", "comma-in-text-moved-into-the-last-column"],
)
def test_a_csv_that_would_lose_text_is_refused_saying_how_to_mend_it(tmp_path: Path, text: str, message: str) -> None:
    # Each was read without a word: "Yes" for "Yes, for members only." (its rest lost, or read as
    # the row's tags where they were empty), the rows after the quote
    # as part of its answer, the first "Answer" column dropped.
    (tmp_path / "faq.csv").write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path / "faq.csv")


def test_a_csv_keeps_what_it_may_hold_beside_a_header(tmp_path: Path) -> None:
    # Empty cells past the header, a column no entry reads named twice, an inch mark in plain text.
    text = 'Question,Answer,Notes,Notes\nIs the screen 55" wide?,Yes.,old,see spec,,\nWhere is it?,Main St,,,\n'
    (tmp_path / "faq.csv").write_text(text, encoding="utf-8")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path / "faq.csv").entries] == [('Is the screen 55" wide?', "Yes."), ("Where is it?", "Main St")]


def test_a_csv_without_a_header_row_is_question_answer_rows(tmp_path: Path) -> None:
    # The two-column layout chatbot builders import; it was refused for want of a header.
    (tmp_path / "faq.csv").write_text('How do I join?,Fill in the form.\n"What does it cost?","40 pounds,\nor 10."\nIs it open?\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="faq.csv:4: entry 'Is it open\\?' has an empty or missing answer"):
        load_corpus(tmp_path / "faq.csv")
    (tmp_path / "faq.csv").write_text('How do I join?,Fill in the form.\n"What does it cost?","40 pounds,\nor 10."\n', encoding="utf-8")
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "faq.csv").entries] == [
        ("How do I join?", "Fill in the form.", 1),
        ("What does it cost?", "40 pounds,\nor 10.", 2),
    ]
    (tmp_path / "faq.csv").write_text("Qestion,Answer\nHow?,So.\n", encoding="utf-8")  # a misspelt header is still one
    with pytest.raises(CorpusError, match="faq.csv:1: header has no 'question' column"):
        load_corpus(tmp_path / "faq.csv")
    # A skincare app's FAQ is written down one column, each question's cell over its answer's: it was refused.
    (tmp_path / "faq.csv").write_text("Is it free?\nYes.\nFor everyone.\nCan I share it?\nNo.\n", encoding="utf-8")
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "faq.csv").entries] == [("Is it free?", "Yes.\n\nFor everyone.", 1), ("Can I share it?", "No.", 4)]
    # An HR team pasted its handbook's FAQ into a sheet: a title and sections over numbered questions,
    # a table in one answer. It was refused for want of a header.
    handbook = (
        "Employee Handbook – FAQs,,\nPayslips –,,\n1.  What is the portal?,,\nIt shows your payslips.,,\n2.  When are payslips out?,,\n"
        'After the 20th.,,\nLevels:,,\nL-1,"23,000",150\nLeave –,,\n1.  Can sick leave be cashed?,,\nNo.,,\n'
    )
    (tmp_path / "faq.csv").write_text(handbook, encoding="utf-8")
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(tmp_path / "faq.csv").entries] == [
        ("What is the portal?", "It shows your payslips.", "Payslips", 3),
        ("When are payslips out?", "After the 20th.\n\nLevels:\n\nL-1 | 23,000 | 150", "Payslips", 5),
        ("Can sick leave be cashed?", "No.", "Leave", 10),
    ]
    # A renewable energy FAQ's questions end without "?": the first row's answer, a sentence, says it is no header.
    (tmp_path / "faq.csv").write_text("How does solar energy work,Panels turn the light of the sun into electricity for your home.\n", encoding="utf-8")
    assert [e.heading for e in load_corpus(tmp_path / "faq.csv").entries] == ["How does solar energy work"]
    # An energy model's FAQ export keeps its section and a number before each question: it was refused for want of a header.
    (tmp_path / "faq.tsv").write_text("Technical\t188\tWhy model a past year?\tTo check the model.\nWaste\t12\tWhat is MSW?\tMunicipal solid waste.\n", encoding="utf-8")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "faq.tsv").entries] == [
        ("Why model a past year?", "To check the model.", "Technical"), ("What is MSW?", "Municipal solid waste.", "Waste"),
    ]


def test_a_keyword_bots_table_is_read_by_its_labels_and_keywords(tmp_path: Path) -> None:
    # A school's keyword bot kept "role, keywords, answer", another bot "topic; keywords; answer": both were refused.
    write(tmp_path, "a.csv", 'role,keywords,answer\nparent,"fees, fee",Pay online.\n')
    write(tmp_path, "b.csv", "id;topic;keywords;answer\n1;Tuition fees;fees, cost;EUR 3000 a year.\n")
    assert [(e.heading, e.answer, e.alternates, e.category) for e in load_corpus(tmp_path).entries] == [
        ("fees, fee", "Pay online.", (), "A"), ("Tuition fees", "EUR 3000 a year.", ("fees", "cost"), "B"),  # the topic names the entry, not its section
    ]


def test_keywords_beside_a_question_column_are_more_ways_to_ask_it(tmp_path: Path, caplog) -> None:
    # The owner's keywords were dropped: "invoice" asked of the billing entry matched only its answer's words.
    rows = "Question,Answer,Keywords\nHow do I pay my bill?,By card.,\"payment; invoice, card\"\nIs there a fee?,No.,\nWhy was my card declined?,Frozen.,Card\n"
    faq = write(tmp_path, "faq.csv", rows)
    with caplog.at_level(logging.INFO, logger="faqbot"):
        entries = load_corpus(faq).entries
    assert [(e.heading, e.alternates) for e in entries] == [  # a keyword two entries share tells neither apart
        ("How do I pay my bill?", ("payment", "invoice")), ("Is there a fee?", ()), ("Why was my card declined?", ()),
    ]
    assert "faq.csv: keywords that several entries give or ask are left out (they tell none apart): card" in caplog.text
    assert main(["check", "--corpus", str(faq), "--index", str(tmp_path / "index")]) == 0  # no copies of one question
    faq = write(tmp_path, "faq.csv", "QnaId,Question,Answer,Keywords\n1,How do I pay?,By card.,bill\n1,Can I pay by card?,By card.,bill\n")
    assert [(e.heading, e.alternates) for e in load_corpus(faq).entries] == [("How do I pay?", ("bill", "Can I pay by card?"))]  # one entry's rows
    faq = write(tmp_path, "faq.csv", "QnaId,Question,Answer,Keywords\n3,How do I pay?,By card.,bill\n,Is there a fee?,No.,bill\n")
    assert [e.alternates for e in load_corpus(faq).entries] == [(), ()]  # id 3 is not the row on line 3
    faq = write(tmp_path, "faq.csv", "Question,Answer,Keywords\nRefunds,In 5 days.,\nCan I return it?,Yes.,\"refunds, returns\"\n")
    assert [e.alternates for e in load_corpus(faq).entries] == [(), ("returns",)]  # another entry's question tells neither apart
    # A plant shop's label "orders" on cancelling one drew "my order is late" away from "Where is my order?".
    rows = "Question,Answer,Keywords\nWhere is my order?,Track it.,\nCan I cancel my order?,Until 2pm.,\"orders, cancel order\"\nHow much RAM?,8 GB.,memory\nHow do I check memory use?,Open the monitor.,\n"
    assert [e.alternates for e in load_corpus(write(tmp_path, "faq.csv", rows)).entries] == [
        (), ("cancel order",),  # words its own question and another's ask add only weight; "cancel" tells it apart
        ("memory",), (),  # a word its own question does not say is kept, whoever else says it
    ]
    # A Chinese history site lists its keywords apart with "、": the list was one way to ask.
    rows = "question,answer,keywords\n长征是从哪里开始的,从江西瑞金出发。,起点、瑞金、出发\n湘江战役为什么重要,牺牲巨大。,湘江，转折\n"
    assert [e.alternates for e in load_corpus(write(tmp_path, "faq.csv", rows)).entries] == [("起点", "瑞金", "出发"), ("湘江", "转折")]
    # A Japanese power plant's sheet lists "related words" (関連ワード), readings among them, apart with full-width spaces.
    rows = "質問,回答,関連ワード\n安全弁,別名逃し弁。,あんぜんべん\u3000バルブ\u3000安全装置\n汽水胴,蒸気が集まる場所。,きすいどう\n"
    assert [e.alternates for e in load_corpus(write(tmp_path, "faq.csv", rows)).entries] == [("あんぜんべん", "バルブ", "安全装置"), ("きすいどう",)]


def test_keywords_and_help_centre_labels_in_json_and_yaml_are_more_ways_to_ask(tmp_path: Path, caplog) -> None:
    # A CSV's keywords were read, but not a JSON or YAML entry's, nor the labels Zendesk's articles
    # are searched by: "subscription" asked of a plant shop's "Plant subscription" was not answered.
    articles = {"articles": [
        {"title": "Plant subscription", "body": "<p>A plant a month.</p>", "label_names": ["subscription", "delivery"]},
        {"title": "Delivery costs", "body": "<p>Free over £40.</p>", "label_names": ["delivery"]},
        {"title": "Damaged plants", "body": "<p>Send a photo.</p>", "label_names": ["returns"]},  # another article's title
        {"title": "Returns", "body": "<p>Within 30 days.</p>"},
    ]}
    write(tmp_path, "help.json", json.dumps(articles))
    write(tmp_path, "faq.json", json.dumps([{"question": "How do I pay?", "answer": "By card.", "keywords": ["invoice", "bill"]},
                                            {"question": "Is there a fee?", "answer": "No.", "keywords": "bill; charges"}]))
    write(tmp_path, "faq.yaml", "- question: Can I visit?\n  answer: On Saturdays.\n  keywords: greenhouse, open day\n")
    with caplog.at_level(logging.INFO, logger="faqbot"):
        entries = load_corpus(tmp_path).entries
    assert {e.heading: e.alternates for e in entries} == {
        "How do I pay?": ("invoice",), "Is there a fee?": ("charges",),  # "bill", two entries', tells neither apart
        "Can I visit?": ("greenhouse", "open day"),
        "Plant subscription": ("subscription",), "Delivery costs": (), "Damaged plants": (), "Returns": (),
    }
    assert "faq.json: keywords that several entries give or ask are left out (they tell none apart): bill" in caplog.text
    assert "help.json: keywords that several entries give or ask are left out (they tell none apart): delivery, returns" in caplog.text
    # A Discord mod's FAQ tags its entries ("tags"), a Spanish school's bot names its tags and topics
    # in Spanish ("etiquetas", "tema"): all three were dropped.
    write(tmp_path, "mod.json", json.dumps([{"question": "Can I use it in a browser?", "answer": "Yes.", "tags": ["firefox", "chrome"]}]))
    write(tmp_path, "cole.json", json.dumps([{"tema": "Comedor", "pregunta": "¿Cómo apunto a mi hijo?", "respuesta": "En Secretaría.", "etiquetas": ["comedor escolar"]}],
                                            ensure_ascii=False))
    assert [(e.alternates, e.category) for e in load_corpus(tmp_path / "mod.json").entries] == [(("firefox", "chrome"), "")]
    assert [(e.alternates, e.category) for e in load_corpus(tmp_path / "cole.json").entries] == [(("comedor escolar",), "Comedor")]


def test_field_lines_under_a_markdown_or_text_question_are_its_alternates_keywords_and_category(tmp_path: Path, caplog) -> None:
    # A knowledge base kept in Markdown labels each entry's fields: every answer opened with "Keywords: price, cost …
    # Answer: …", its alternates were one, and its category line closed the answer.
    faq = write(tmp_path, "kb.md", """\
        # Coaching FAQ

        ### Q: How much does the course cost?
        **Also asked:** What's the price? / Is there a payment plan?
        **Keywords:** price, instalments, sessions
        **Answer:** 1,500 euros, payable over three months.
        **Category:** Pricing

        ### Where are you based?
        Keywords: online, sessions

        Fully online.

        ### What licence do I need for the van?
        Category: B if it weighs under 3.5 tonnes.
        """)
    with caplog.at_level(logging.INFO, logger="faqbot"):
        entries = load_corpus(faq).entries
    assert [(e.heading, e.answer, e.alternates, e.category) for e in entries] == [
        ("How much does the course cost?", "1,500 euros, payable over three months.", ("What's the price?", "Is there a payment plan?", "price", "instalments"), "Pricing"),
        ("Where are you based?", "Fully online.", ("online",), ""),  # "sessions", both entries', tells neither apart
        ("What licence do I need for the van?", "Category: B if it weighs under 3.5 tonnes.", (), ""),  # an answer, not a category's name
    ]
    assert "kb.md: keywords that several entries give or ask are left out (they tell none apart): sessions" in caplog.text
    # Labelled questions in plain text ran on over the field lines down to the "A:" label.
    faq = write(tmp_path, "kb.txt", "Q: Can guests play?\nAlso asked: Can I bring a friend?\nKeywords: visitors\nA: Twice a month.\nCategory: Guests\n")
    assert [(e.heading, e.answer, e.alternates, e.category) for e in load_corpus(faq).entries] == [
        ("Can guests play?", "Twice a month.", ("Can I bring a friend?", "visitors"), "Guests"),
    ]


def test_a_chatterbot_corpus_and_a_files_own_category_are_read(tmp_path: Path) -> None:
    # ChatterBot's corpus files keep their conversations beside their categories, both lists
    # ("categories: [faq]", "conversations: [[question, answer], …]"): the file was refused as
    # holding no entries. A category the file names for all its entries was lost too.
    write(tmp_path, "billing.yml", "categories:\n- Billing\nconversations:\n- - Can I pay by card?\n  - Yes, any card.\n- - Do you send invoices?\n  - Every month.\n")
    write(tmp_path, "faq.yml", "categories:\n- faq\nconversations:\n- - Who made it?\n  - A club.\n")
    (tmp_path / "shop.json").write_text(json.dumps({"category": "Shipping", "faqs": [{"question": "Do you ship abroad?", "answer": "Yes."}]}), encoding="utf-8")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path).entries] == [
        ("Can I pay by card?", "Yes, any card.", "Billing"), ("Do you send invoices?", "Every month.", "Billing"),
        ("Who made it?", "A club.", ""),  # "faq" names no topic, nor does the file's name
        ("Do you ship abroad?", "Yes.", "Shipping"),
    ]


def test_a_sites_locale_file_pairing_questions_and_answers_by_number_is_read(tmp_path: Path) -> None:
    # A site keeps its FAQ's text in its locale file beside the rest of the page's ("faq_q1" / "faq_a1",
    # Rails' en.yml "q1" / "a1"): such a file was refused as holding no entries.
    locale = {"nav_home": "Home", "faq_title": "FAQ", "faq_q1": "How do I join?", "faq_a1": "Fill in the form.", "faq_q2": "Is it free?", "faq_a2": "No.",
              "form": {"q1": "Your name", "a1": "Required"}}  # one pair is a form's fields, as likely
    write(tmp_path, "en.json", json.dumps(locale))
    write(tmp_path, "en.yml", "en:\n  faq:\n    question1: Can guests play?\n    answer1: Twice a month.\n    question2: Is there parking?\n    answer2: Yes.\n")
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("How do I join?", "Fill in the form."), ("Is it free?", "No."), ("Can guests play?", "Twice a month."), ("Is there parking?", "Yes."),
    ]


def test_a_sites_string_table_pairing_questions_and_answers_by_name_is_read(tmp_path: Path) -> None:
    # A government site keeps its FAQ in string tables, each text given per language beside its
    # settings ("who_is_fps_q: {en: …, fr: …}", "who_is_fps_a: {transform: [markdown], en: …}"): the
    # table was read as one entry, its first question's.
    table = """\
        authority_q:
          en: Where does the authority to spend come from?
          fr: D'où vient le pouvoir de dépenser?
        authority_a:
          transform: [markdown]
          en: From Parliament.
          fr: Du Parlement.
        voted_q:
          en: What are voted authorities?
        voted_a:
          en: Spending sought through supply acts.
        """
    camel = {"refundQuestion": "Can I get a refund?", "refundAnswer": "Within 30 days.", "shippingQuestion": "Do you ship abroad?", "shippingAnswer": "Yes."}
    write(tmp_path, "financial_questions.yaml", table)
    write(tmp_path, "shop.json", json.dumps(camel))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("Where does the authority to spend come from?", "From Parliament."), ("What are voted authorities?", "Spending sought through supply acts."),
        ("Can I get a refund?", "Within 30 days."), ("Do you ship abroad?", "Yes."),
    ]


def test_json_and_yaml_field_names_as_other_tools_export_them(tmp_path: Path) -> None:
    # Each was refused: a list under "faqs", keys "Question" / "Answer", one letter, or a prefix ("faq_question").
    (tmp_path / "a.json").write_text('{"title": "Shop", "faqs": [\n  {"Question": "Is it free?", "Answer": "Yes.", "Category": "Fees"}\n]}', encoding="utf-8")
    write(tmp_path, "b.yaml", "faq:\n  - q: Is it open?\n    a: No.\n")
    (tmp_path / "c.csv").write_text("id,query,keyword,response\n1,Can I park?,parking,Behind us.\n", encoding="utf-8")
    (tmp_path / "d.json").write_text('[{"faq_question": "Is it far?", "faq_answer": "No.", "faq_category": "Travel"}]', encoding="utf-8")
    assert [(e.heading, e.answer, e.category, e.source) for e in load_corpus(tmp_path).entries] == [
        ("Is it free?", "Yes.", "Fees", "a.json:2"),
        ("Is it open?", "No.", "B", "b.yaml:2"),
        ("Can I park?", "Behind us.", "C", "c.csv:2"),
        ("Is it far?", "No.", "Travel", "d.json:1"),
    ]
    (tmp_path / "a.json").write_text('{"faqs": [], "tags": []}', encoding="utf-8")  # two lists: which one is meant is unclear
    with pytest.raises(CorpusError, match="a.json:1: expected a JSON list of entries"):
        load_corpus(tmp_path / "a.json")


def test_field_names_in_the_faqs_own_language(tmp_path: Path) -> None:
    # A Spanish site's FAQ data and a German spreadsheet: each was refused ("entry has no 'question'").
    (tmp_path / "es.json").write_text('[{"pregunta": "¿Cómo me registro?", "respuesta": "En la portada.", "categoría": "Cuenta"}]', encoding="utf-8")
    (tmp_path / "de.csv").write_text("Frage;Antworten;Kategorie\nWie melde ich mich an?;Auf der Startseite.;Konto\n", encoding="utf-8")
    # A Japanese workbook's "質問" / "回答" and a Russian table's "Вопрос" / "Ответ" were refused too.
    (tmp_path / "ja.csv").write_text("質問,回答,カテゴリ\n安全弁とは？,別名逃し弁。,ボイラー\n", encoding="utf-8")
    (tmp_path / "ru.csv").write_text("Вопрос,Ответ\nКак войти?,Через главную страницу.\n", encoding="utf-8")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path).entries] == [
        ("Wie melde ich mich an?", "Auf der Startseite.", "Konto"),
        ("¿Cómo me registro?", "En la portada.", "Cuenta"),
        ("安全弁とは？", "別名逃し弁。", "ボイラー"),
        ("Как войти?", "Через главную страницу.", "Ru"),
    ]


def test_chinese_field_names_written_as_compounds_are_read(tmp_path: Path) -> None:
    # Chinese writes a compound without a space: a shop bot's sheet headed its columns "痛點類別" (pain
    # point category), "修正提問" (revised question), "修正後回答" (revised answer), and a customer-service
    # export "标准问题" (standard question) beside "相似问题" (similar questions): both were refused.
    (tmp_path / "tw.csv").write_text("序,痛點類別,修正提問,修正後回答\n1,顧客角色,有沒有推薦的筆電？,推薦輕薄文書機。\n", encoding="utf-8")
    (tmp_path / "cn.csv").write_text("标准问题,相似问题,答案,分类\n如何退货?,怎么退货?|能退吗?,七天内可退。,售后\n", encoding="utf-8")
    assert [(e.heading, e.alternates, e.answer, e.category) for e in load_corpus(tmp_path).entries] == [
        ("如何退货?", ("怎么退货?", "能退吗?"), "七天内可退。", "售后"),
        ("有沒有推薦的筆電？", (), "推薦輕薄文書機。", "顧客角色"),
    ]


def test_a_faq_kept_in_two_languages_side_by_side_is_read_in_english(tmp_path: Path) -> None:
    # A government FAQ's columns "q_en, q_fr, a_en, a_fr" and a Romanian one's "intrebare, raspuns" were refused.
    (tmp_path / "faq.csv").write_text("id,q_fr,q_en,a_fr,a_en\nfees,C'est gratuit?,Is it free?,Oui.,Yes.\n", encoding="utf-8")
    (tmp_path / "ro.csv").write_text("id,categorie,intrebare,raspuns\n1,taxe,Este gratuit?,Da.\n", encoding="utf-8")
    (tmp_path / "de.json").write_text('[{"Frage (DE)": "Ist es gratis?", "Antwort (DE)": "Ja."}]', encoding="utf-8")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path).entries] == [
        ("Ist es gratis?", "Ja.", "De"),
        ("Is it free?", "Yes.", ""),  # "faq.csv" names no category
        ("Este gratuit?", "Da.", "taxe"),
    ]


def test_a_faq_kept_once_per_language_is_read_in_english(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # A phone maker's faq.csv keeps a row per language; each translation was an entry of its own, and
    # under a shared id its other-language questions were the English entry's alternates.
    rows = "id,language,question,answer\n1,en,How do I reset my password?,Click Forgot password.\n1,fr,Comment réinitialiser mon mot de passe ?,Cliquez sur Mot de passe oublié.\n"
    rows += "2,de,Kann ich per Rechnung zahlen?,Ja.\n2,en,Can I pay by invoice?,Yes.\n"
    with caplog.at_level(logging.WARNING):
        entries = load_corpus(write(tmp_path, "faq.csv", rows)).entries
    assert [(e.heading, e.answer, e.alternates) for e in entries] == [("How do I reset my password?", "Click Forgot password.", ()), ("Can I pay by invoice?", "Yes.", ())]
    assert "faq.csv:3: 2 of 4 rows, in other languages (fr, de), left out; the English ones are read" in caplog.text
    # So is a help centre's export of every locale, and a list whose languages are named.
    articles = [{"title": "How do I log in?", "body": "<p>With your email.</p>", "locale": "en-us"}, {"title": "Comment me connecter ?", "body": "<p>Avec votre e-mail.</p>", "locale": "fr"}]
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.json", json.dumps({"articles": articles}))).entries] == ["How do I log in?"]
    named = "- question: How do I join?\n  answer: Online.\n  language: English\n- question: Comment adhérer ?\n  answer: En ligne.\n  language: French\n"
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.yaml", named)).entries] == ["How do I join?"]
    grouped = {"en": [{"question": "Is it free?", "answer": "Yes."}], "fr": [{"question": "Est-ce gratuit ?", "answer": "Oui."}]}
    assert [(e.heading, e.category) for e in load_corpus(write(tmp_path, "faq.json", json.dumps(grouped))).entries] == [("Is it free?", "")]
    # Without English, the first language's: the model reads neither, and one language is asked at a time.
    lines = ['{"question": "Est-ce gratuit ?", "answer": "Oui.", "lang": "fr"}', '{"question": "Ist es gratis?", "answer": "Ja.", "lang": "de"}']
    assert [e.heading for e in load_corpus(write(tmp_path, "faq.jsonl", "\n".join(lines))).entries] == ["Est-ce gratuit ?"]
    # A "language" that names none, or sections keyed as codes are (IT and HR), keeps every entry.
    coding = [{"question": "How do I install it?", "answer": "pip install it.", "language": "Python"}, {"question": "And the JS client?", "answer": "npm install it.", "language": "JavaScript"}]
    assert len(load_corpus(write(tmp_path, "faq.json", json.dumps(coding))).entries) == 2
    offices = {"it": [{"question": "How do I reset my laptop?", "answer": "Ask IT."}], "hr": [{"question": "How many holidays?", "answer": "25 days."}]}
    assert len(load_corpus(write(tmp_path, "faq.json", json.dumps(offices))).entries) == 2

def test_an_answer_given_as_paragraphs_and_a_section_or_topic_field(tmp_path: Path) -> None:
    # A site's FAQ data with "a": [paragraphs] was refused ("answer must be text, got list"), and its
    # "section" or "topic" was not taken for the category.
    items = [{"q": "What is adToken?", "a": ["A token.", "It is used to vote."], "section": "Basics"},
             {"question": "Can I change the audio?", "answer": "Tap the cog.", "topic": "Player"},
             {"question": "Is it free?", "answer": "Yes.", "topic": ["Billing", "Plans"]},  # tags, not a reason to refuse the file
             {"question": "Who runs it?", "answer": "A team.", "group": 3}]
    (tmp_path / "faq.json").write_text(json.dumps(items, indent=1), encoding="utf-8")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "faq.json").entries] == [
        ("What is adToken?", "A token.\n\nIt is used to vote.", "Basics"),
        ("Can I change the audio?", "Tap the cog.", "Player"),
        ("Is it free?", "Yes.", "Billing / Plans"),
        ("Who runs it?", "A team.", "3"),
    ]


def test_a_list_of_questions_is_an_entrys_heading_and_alternates(tmp_path: Path) -> None:
    # A question-answering knowledge base exported as JSON (QnA Maker's "qnaDocuments") keeps every phrasing in one list.
    doc = {"qnaDocuments": [{"id": 1, "answer": "Fill in the form.", "questions": ["How do I join?", "Can I sign up?"], "metadata": []}]}
    (tmp_path / "kb.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
    assert [(e.heading, e.alternates, e.answer) for e in load_corpus(tmp_path / "kb.json").entries] == [
        ("How do I join?", ("Can I sign up?",), "Fill in the form."),
    ]


def test_a_chatbots_intents_file_is_read_as_questions_and_their_reply(tmp_path: Path) -> None:
    # The intents.json of many chatbot tutorials was refused: "entry has no 'question' (keys: tag, patterns, responses)".
    intents = {"intents": [
        {"tag": "hours", "patterns": ["When are you open?", "opening hours"], "responses": ["From 9 to 5.", "We open at 9 and close at 5."]},
        {"intent": "fees", "patterns": ["Is it free?"], "response": "Yes."},
    ]}
    (tmp_path / "intents.json").write_text(json.dumps(intents, indent=1), encoding="utf-8")
    assert [(e.heading, e.alternates, e.answer) for e in load_corpus(tmp_path / "intents.json").entries] == [
        ("When are you open?", ("opening hours",), "From 9 to 5."),  # one reply worded two ways: the first is the answer
        ("Is it free?", (), "Yes."),
    ]


def test_yaml_faq_data_of_static_sites_is_read_by_its_sections(tmp_path: Path) -> None:
    # Three shapes from real _data/faq.yml files; each was refused.
    write(tmp_path, "sections.yaml", """\
        - title: Getting started
          desc: What new players ask.
          items:
            - title: Is it paid?
              content: No, it is free.
        """)
    write(tmp_path, "groups.yaml", """\
        installation:
          - question: Where is the zip stored?
            response: In /data/updates.
        updates:
          - question: How often are there updates?
            response: Weekly.
        """)
    write(tmp_path, "keyed.yaml", """\
        shared:
          parking:
            question: Is there parking?
            answer: Yes, on site.
        """)
    assert [(e.heading, e.answer, e.category, e.source) for e in load_corpus(tmp_path).entries] == [
        ("Where is the zip stored?", "In /data/updates.", "Installation", "groups.yaml:2"),
        ("How often are there updates?", "Weekly.", "Updates", "groups.yaml:5"),
        ("Is there parking?", "Yes, on site.", "Shared", "keyed.yaml:3"),
        ("Is it paid?", "No, it is free.", "Getting started", "sections.yaml:4"),
    ]


def test_a_hugo_sites_toml_faq_data_is_read_like_json(tmp_path: Path) -> None:
    # Hugo keeps site data as TOML as often as YAML (data/faq.toml, "[[qna]]" tables of q and a):
    # it was refused as an unknown type. Each entry names the line of its own [[qna]] header.
    text = """\
        title = "Scaler FAQ"
        updated = 2026-01-05

        [[qna]]
        q = "What is KEDA?"
        a = "An event-driven autoscaler."

        [[qna]]
        q = "How can I get involved?"
        a = \"\"\"
        Several ways:

        * Pick up a [good first issue](https://github.com/kedacore/keda/labels/good%20first%20issue)
        * Add a scaler
        \"\"\"
        """
    corpus = load_corpus(write(tmp_path, "faq.toml", text))
    assert corpus.description == "Scaler FAQ"
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("What is KEDA?", "An event-driven autoscaler.", 4),
        ("How can I get involved?", "Several ways:\n\n* Pick up a good first issue (https://github.com/kedacore/keda/labels/good%20first%20issue)\n* Add a scaler", 8),
    ]
    mapped = load_corpus(write(tmp_path, "faq.toml", '"Is it free?" = "Yes."\n"Can I pay monthly?" = "No."\n')).entries
    assert [(e.heading, e.answer, e.line) for e in mapped] == [("Is it free?", "Yes.", 1), ("Can I pay monthly?", "No.", 2)]


WORDPRESS_EXPORT = """\
    <?xml version="1.0" encoding="UTF-8" ?>
    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
        xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
    <channel>
      <title>Riverside Tennis Club</title>
      <wp:base_site_url>https://riverside.example.org</wp:base_site_url>
      <item>
        <title><![CDATA[About us]]></title>
        <content:encoded><![CDATA[<p>We are a club.</p>]]></content:encoded>
        <wp:post_type><![CDATA[page]]></wp:post_type>
      </item>
      <item>
        <title><![CDATA[How do I book a court?]]></title>
        <content:encoded><![CDATA[<!-- wp:paragraph --><p>Book on <a href="/book">our page</a>.</p><!-- /wp:paragraph -->]]></content:encoded>
        <excerpt:encoded><![CDATA[Booking]]></excerpt:encoded>
        <wp:status><![CDATA[publish]]></wp:status>
        <wp:post_type><![CDATA[ufaq]]></wp:post_type>
        <category domain="post_tag" nicename="courts"><![CDATA[courts]]></category>
        <category domain="ufaq-category" nicename="bookings"><![CDATA[Bookings]]></category>
      </item>
      <item>
        <title><![CDATA[Winter hours?]]></title>
        <content:encoded><![CDATA[To be decided.]]></content:encoded>
        <wp:status><![CDATA[draft]]></wp:status>
        <wp:post_type><![CDATA[ufaq]]></wp:post_type>
      </item>
    </channel>
    </rss>
    """


def test_a_wordpress_export_is_read_for_its_faq_posts(tmp_path: Path) -> None:
    # A club's WordPress site exports everything as one XML file (Tools > Export): it was refused as
    # an unknown type. Its FAQ plugin's posts are the entries, not its pages, tags or drafts, and
    # their links within the site lead there.
    corpus = load_corpus(write(tmp_path, "riverside.WordPress.2026-12-06.xml", WORDPRESS_EXPORT))
    assert corpus.description == "Riverside Tennis Club"
    assert [(e.heading, e.answer, e.category, e.line) for e in corpus.entries] == [
        ("How do I book a court?", "Book on our page (https://riverside.example.org/book).", "Bookings", 12),
    ]
    write(tmp_path, "riverside.WordPress.2026-12-06.xml", WORDPRESS_EXPORT.replace("ufaq", "post"))
    with pytest.raises(CorpusError, match=r"a WordPress export without FAQ posts \(its post types: page, post\) or a published page titled as a FAQ; export the FAQ plugin's post type"):
        load_corpus(tmp_path)


def test_a_wordpress_export_without_a_faq_plugin_is_read_for_its_faq_page(tmp_path: Path) -> None:
    # Most WordPress sites keep their FAQ as a page built in the block editor, not as a plugin's
    # posts: the site's export was refused ("without FAQ posts"), pointing to a plugin it lacks.
    # Its published page titled as a FAQ is read as the web page it is, its block comments unseen.
    pages = (
        "      <item>\n"
        "        <title><![CDATA[Members' FAQs]]></title>\n"
        "        <content:encoded><![CDATA[<!-- wp:heading --><h2>How do I book a court?</h2><!-- /wp:heading -->\n"
        '        <!-- wp:paragraph --><p>Book on <a href="/book">our page</a>.</p><!-- /wp:paragraph -->]]></content:encoded>\n'
        "        <wp:status><![CDATA[publish]]></wp:status>\n"
        "        <wp:post_type><![CDATA[page]]></wp:post_type>\n"
        "      </item>\n"
        "      <item>\n"
        "        <title><![CDATA[FAQ (2019)]]></title>\n"
        "        <content:encoded><![CDATA[<h2>Is the bar open?</h2><p>Not yet.</p>]]></content:encoded>\n"
        "        <wp:status><![CDATA[draft]]></wp:status>\n"
        "        <wp:post_type><![CDATA[page]]></wp:post_type>\n"
        "      </item>\n"
        "    </channel>"
    )
    export = WORDPRESS_EXPORT.replace("ufaq", "post").replace("    </channel>", pages)
    corpus = load_corpus(write(tmp_path, "riverside.WordPress.2026-12-06.xml", export))
    assert corpus.description == "Riverside Tennis Club"
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("How do I book a court?", "Book on our page (https://riverside.example.org/book).", 29),  # its heading's line
    ]


def test_xml_faq_data_docbook_questions_and_knowledge_base_records_are_read(tmp_path: Path) -> None:
    plain = "<faq><title>Club FAQ</title><item><question>Is it free?</question><answer><![CDATA[<p>No, <b>40</b> euros.</p>]]></answer></item>\n<item><question>Where?</question><answer>In the park.</answer></item></faq>"
    corpus = load_corpus(write(tmp_path, "faq.xml", plain))
    assert (corpus.description, [(e.heading, e.answer, e.line) for e in corpus.entries]) == ("Club FAQ", [("Is it free?", "No, 40 euros.", 1), ("Where?", "In the park.", 2)])
    # A Hugo site's feed of its FAQ section, listing no page yet, was read as one entry: its channel's title.
    feed = '<rss version="2.0"><channel><title>FAQ on Help</title><link>https://example.org/faq/</link><description>Recent content in FAQ on Help</description></channel></rss>'
    with pytest.raises(CorpusError, match=r"faq.xml: is a site's feed \(RSS or Atom\) listing no pages: save the FAQ page"):
        load_corpus(write(tmp_path, "faq.xml", feed))
    listing = feed.replace("</description>", "</description><item><title>How do I reset my key?</title><description>In the settings.</description></item>")
    assert [(e.heading, e.answer) for e in load_corpus(write(tmp_path, "faq.xml", listing)).entries] == [("How do I reset my key?", "In the settings.")]
    # NIH's MedQuAD keeps its pairs in <QAPairs>: the entries were filed under the category "QAPairs / QAPair".
    medquad = (
        '<Document id="1" source="GHR"><Focus>Glaucoma</Focus><QAPairs>\n<QAPair pid="1"><Question qid="1-1" qtype="information">What is (are) Glaucoma ?</Question>'
        "<Answer>An eye disease.</Answer></QAPair>\n<QAPair pid=\"2\"><Question qid=\"1-2\">How many people are affected by Glaucoma ?</Question><Answer>Many.</Answer></QAPair></QAPairs></Document>"
    )
    assert [(e.heading, e.category, e.line) for e in load_corpus(write(tmp_path, "faq.xml", medquad)).entries] == [
        ("What is (are) Glaucoma ?", "", 2), ("How many people are affected by Glaucoma ?", "", 3)]
    docbook = (
        '<?xml version="1.0"?>\n<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">\n'
        "<article><title>FAQ</title><qandaset><qandadiv><title>Install</title>\n<qandaentry><question><para>How do I <emphasis>install</emphasis> it?</para></question>"
        '<answer><para>Run <command>pkg install tool</command>.</para><para>See <ulink url="https://example.org/guide">the guide</ulink>.</para></answer></qandaentry>'
        "</qandadiv></qandaset></article>"
    )
    [entry] = load_corpus(write(tmp_path, "faq.xml", docbook)).entries
    assert (entry.heading, entry.answer, entry.category, entry.line) == ("How do I install it?", "Run `pkg install tool`.\n\nSee the guide (https://example.org/guide).", "Install", 4)
    docbook5 = (  # FreeBSD's FAQ was a DocBook 5 book: its title in <info>, a chapter per category, links as xlink:href
        '<book xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink" version="5.0"><info><title>FreeBSD FAQ</title></info>\n'
        '<chapter xml:id="intro"><title>Introduction</title><qandaset><qandaentry>\n<question xml:id="what"><para>What is FreeBSD?</para></question>'
        '<answer><para>An operating system; see <link xlink:href="https://www.FreeBSD.org/">the website</link>.</para></answer></qandaentry></qandaset></chapter></book>'
    )
    corpus = load_corpus(write(tmp_path, "faq.xml", docbook5))
    assert (corpus.description, [(e.heading, e.answer, e.category, e.line) for e in corpus.entries]) == (
        "FreeBSD FAQ", [("What is FreeBSD?", "An operating system; see the website (https://www.FreeBSD.org/).", "Introduction", 2)]
    )
    # A FAQ written as a DocBook document, a section per question, under a section per category:
    # each section's paragraphs were read as a list of fields, and the file refused.
    sections = (
        "<article><title>Club FAQ</title><section><title>Membership</title>\n<section><title>How do I join?</title><para>Fill in the form.</para>"
        "<para>Bring a <emphasis>photo</emphasis>.</para></section>\n<section><title>Is it free?</title><para>Yes.</para></section></section></article>"
    )
    corpus = load_corpus(write(tmp_path, "faq.xml", sections))
    assert (corpus.description, [(e.heading, e.answer, e.category, e.line) for e in corpus.entries]) == (
        "Club FAQ", [("How do I join?", "Fill in the form.\n\nBring a photo.", "Membership", 2), ("Is it free?", "Yes.", "Membership", 3)]
    )
    servicenow = (
        '<unload><kb_knowledge action="INSERT_OR_UPDATE"><kb_category display_value="Email">a1b2</kb_category>'
        "<short_description>How do I set up email?</short_description><text>&lt;p&gt;Open Settings.&lt;/p&gt;</text><workflow_state>published</workflow_state></kb_knowledge></unload>"
    )
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.xml", servicenow)).entries] == [("How do I set up email?", "Open Settings.", "Email")]


def test_an_xml_faq_written_in_another_documents_markup_is_read_as_its_text(tmp_path: Path) -> None:
    # The Erlang FAQ is written in Erlang's document markup: an anchor before a section's title, quotes,
    # lists of items, links as <url href>, tables of <row>s and <cell>s, HTML's named characters from a DTD
    # faqbot never fetches. Its files were refused ("undefined entity &ouml;"), or lost a quarter of
    # their sections without a word: read as fields, not as text.
    chapter = """<?xml version="1.0" encoding="iso-8859-1"?>
<!DOCTYPE chapter SYSTEM "chapter.dtd">
<chapter><header><title>Erlang FAQ</title></header>
<section><marker id="name"/><title>Who named it?</title>
<p>Bj&ouml;rn did; see <url href="https://example.org/history">its history</url>.</p>
<quote><p>We liked the name.</p></quote>
<list><item><p>Short.</p></item><item><p>Danish.</p></item></list>
</section>
<section><title>What data structures are there in Erlang&rsquo;s library?</title>
<p>These:</p>
<table><row><cell>sets</cell><cell>unique elements</cell></row></table>
<section><title>Trees</title><p>Balanced ones.</p></section>
</section>
<section><title>What is Mnesia good at?</title>
<section><title>Distribution</title><p>Tables are replicated.</p></section>
</section>
</chapter>
"""
    corpus = load_corpus(write(tmp_path, "faq.xml", chapter))
    assert [(e.heading, e.answer, e.line) for e in corpus.entries] == [
        ("Who named it?", "Björn did; see its history (https://example.org/history).\n\nWe liked the name.\n\nShort.\n\nDanish.", 4),
        ("What data structures are there in Erlang’s library?", "These:\n\nsets | unique elements\n\nTrees\n\nBalanced ones.", 9),  # a sub-section is part of its answer
        ("What is Mnesia good at?", "Distribution\n\nTables are replicated.", 14),  # its parts answer it, as under a Markdown heading
    ]
    # A DocBook FAQ as makefaq writes it: a paragraph under the set's title, beside its divisions of entries,
    # is no document of text (read so, the file held no entries).
    qandaset = (
        "<qandaset><title>FAQ about makefaq</title><para><emphasis>Revised 2002</emphasis></para>\n<qandadiv><title>General</title>"
        "<qandaentry><question><para>Who wrote it?</para></question><answer><para>Dan York.</para></answer></qandaentry></qandadiv></qandaset>"
    )
    assert [(e.heading, e.answer, e.category) for e in load_corpus(write(tmp_path, "faq.xml", qandaset)).entries] == [("Who wrote it?", "Dan York.", "General")]


def test_an_xml_file_declaring_entities_is_refused_before_they_grow(tmp_path: Path) -> None:
    # Nested entities make a few hundred bytes into gigabytes of text ("billion laughs").
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE faq [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<faq><item><question>Q?</question><answer>&b;</answer></item></faq>'
    with pytest.raises(CorpusError, match="faq.xml: declares entities, which faqbot does not expand"):
        load_corpus(write(tmp_path, "faq.xml", bomb))
    with pytest.raises(CorpusError, match="faq.xml:2: not valid XML \\(mismatched tag"):
        load_corpus(write(tmp_path, "faq.xml", "<faq><item>\n<question>Q?</answer></item></faq>"))


def test_a_data_file_naming_its_categories_apart_shows_each_entrys_category_by_its_name(tmp_path: Path) -> None:
    # A Hugo theme's data/faq.toml names its categories in a table and marks each entry with an
    # id: the chat filed "What payment methods do you accept?" under "payment", not "Payment & Pricing".
    toml = '[categories]\npayment = "Payment & Pricing"\n\n[[items]]\nquestion = "Do you take PayPal?"\nanswer = "Yes."\ncategory = "payment"\n'
    assert [e.category for e in load_corpus(write(tmp_path, "faq.toml", toml)).entries] == ["Payment & Pricing"]
    yaml_text = "categories:\n  - {id: 7, name: Billing}\nentries:\n  - {question: 'Can I pay monthly?', answer: Yes., category: 7}\n  - {question: 'Is it free?', answer: No., category: other}\n"
    assert [e.category for e in load_corpus(write(tmp_path, "faq.yaml", yaml_text)).entries] == ["Billing", "other"]


def test_a_data_files_own_title_describes_the_faq_and_names_none_of_its_sections(tmp_path: Path) -> None:
    # {"title": "Shop FAQ", "general": {…}, "billing": {…}}: every entry was filed under "Shop FAQ",
    # and the sections' names were lost.
    data = {"title": "Shop FAQ", "general": {"opening": {"question": "When are you open?", "answer": "9 to 5."}}, "billing": {"refunds": {"question": "Do you refund?", "answer": "Yes."}}}
    corpus = load_corpus(write(tmp_path, "faq.json", json.dumps(data)))
    assert (corpus.description, [(e.heading, e.category) for e in corpus.entries]) == ("Shop FAQ", [("When are you open?", "General"), ("Do you refund?", "Billing")])


def test_json_faq_data_in_sections_is_read_by_its_sections(tmp_path: Path) -> None:
    # A website's faq.json: categories named "name", each with its "questions"; it was refused.
    data = {"categories": [
        {"name": "Getting started", "icon": "x", "questions": [{"question": "How do I add the bot?", "answer": "Click Add.", "links": []}]},
        {"name": "Billing", "questions": [{"question": "Can I cancel?", "answer": "Any time."}]},
    ]}
    (tmp_path / "faq.json").write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert [(e.heading, e.answer, e.category, e.line) for e in load_corpus(tmp_path / "faq.json").entries] == [
        ("How do I add the bot?", "Click Add.", "Getting started", 7),
        ("Can I cancel?", "Any time.", "Billing", 17),
    ]
    # Sections kept under their ids, each titled: the id named the category too ("Billing / Billing").
    keyed = {"faq": {"billing": {"title": "Billing", "questions": {"cancel": {"question": "Can I cancel?", "answer": "Any time."}}},
                     "getting_started": {"questions": [{"question": "How do I add the bot?", "answer": "Click Add."}]}}}
    (tmp_path / "faq.json").write_text(json.dumps(keyed), encoding="utf-8")
    assert [(e.heading, e.category) for e in load_corpus(tmp_path / "faq.json").entries] == [("Can I cancel?", "Billing"), ("How do I add the bot?", "Getting started")]


def test_table_rows_sharing_an_id_are_one_entry_asked_several_ways(tmp_path: Path) -> None:
    # QnA Maker's TSV export: a row per question, rows of one entry under one QnaId.
    (tmp_path / "kb.tsv").write_text(
        "Question\tAnswer\tSource\tQnaId\nHow do I join?\tFill in the form.\tEditorial\t1\n"
        "Can I sign up online?\tFill in the form.\tEditorial\t1\nIs it free?\tNo.\tEditorial\t2\nIs it open?\tNo.\tEditorial\t3\n",
        encoding="utf-8",
    )
    assert [(e.heading, e.alternates, e.line) for e in load_corpus(tmp_path / "kb.tsv").entries] == [
        ("How do I join?", ("Can I sign up online?",), 2),
        ("Is it free?", (), 4),  # the same short answer under another id: another entry
        ("Is it open?", (), 5),
    ]


def test_a_category_kept_in_a_question_answering_exports_metadata_is_read(tmp_path: Path) -> None:
    # QnA Maker, Azure question answering and Amazon Kendra keep an entry's category in its metadata; it was lost.
    (tmp_path / "kb.tsv").write_text(
        "Question\tAnswer\tSource\tMetadata\tQnaId\nHow do I pay?\tBy card.\tEditorial\tcategory:Billing|product:app\t1\n"
        "Is it open?\tNo.\tEditorial\t\t2\n",
        encoding="utf-8",
    )
    azure = {"qnaDocuments": [{"id": 1, "answer": "Fill in the form.", "questions": ["How do I join?"], "metadata": [{"name": "category", "value": "Membership"}]}]}
    (tmp_path / "kb.json").write_text(json.dumps(azure), encoding="utf-8")
    kendra = {"SchemaVersion": 1, "FaqDocuments": [{"Question": "Can I park?", "Answer": "Yes.", "Attributes": {"_category": "Visiting", "_source_uri": "https://x.example"}}]}
    (tmp_path / "kendra.json").write_text(json.dumps(kendra), encoding="utf-8")  # Amazon Kendra's FAQ format
    assert [(e.heading, e.category) for e in load_corpus(tmp_path).entries] == [
        ("How do I join?", "Membership"), ("How do I pay?", "Billing"), ("Is it open?", "Kb"), ("Can I park?", "Visiting"),  # "Kb": no category, its file's name
    ]


def test_answers_a_headless_cms_keeps_as_rich_text_are_read_as_the_text_they_show(tmp_path: Path, caplog) -> None:
    # Sanity's Portable Text, Contentful's rich text (given per locale), Strapi's blocks, TipTap's and
    # Lexical's JSON were refused ("answer must be text, got a list of 3"); a draft in Sanity's or
    # Strapi's export was read as published.
    def span(text: str, *marks: str) -> dict:
        return {"_type": "span", "text": text, "marks": list(marks)}

    def text(value: str) -> dict:
        return {"nodeType": "text", "value": value, "marks": [], "data": {}}

    sanity = [
        {"_type": "block", "markDefs": [{"_key": "l1", "_type": "link", "href": "https://example.org/join"}], "children": [span("Fill in "), span("the form", "l1", "strong"), span(".")]},
        {"_type": "block", "listItem": "bullet", "children": [span("Bring ID")]},
        {"_type": "block", "listItem": "bullet", "children": [span("Bring 40 euros")]},
    ]
    contentful = {"en-US": {"nodeType": "document", "data": {}, "content": [
        {"nodeType": "paragraph", "data": {}, "content": [text("No. See "), {"nodeType": "hyperlink", "data": {"uri": "https://example.org/fees"}, "content": [text("fees")]}, text(".")]},
        {"nodeType": "ordered-list", "data": {}, "content": [{"nodeType": "list-item", "data": {}, "content": [{"nodeType": "paragraph", "data": {}, "content": [text(fee)]}]} for fee in ("Adults 40", "Children 10")]},
    ]}, "de-DE": {"nodeType": "document", "data": {}, "content": []}}
    strapi = [{"type": "paragraph", "children": [{"type": "text", "text": "Mill Lane, "}, {"type": "link", "url": "https://maps.example.org", "children": [{"type": "text", "text": "map"}]}]}]
    tiptap = {"type": "doc", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "Tuesdays."}]}, {"type": "bulletList", "content": [{"type": "listItem", "content": [{"type": "paragraph", "content": [{"type": "text", "text": "7 pm"}]}]}]}]}
    lexical = {"root": {"type": "root", "children": [{"type": "list", "listType": "number", "children": [{"type": "listitem", "children": [{"type": "text", "text": name}]} for name in ("Ann", "Bo")]}]}}
    entries = [
        {"question": "How do I join?", "answer": sanity, "_id": "faq-1"}, {"question": "Is it free?", "answer": contentful},
        {"question": "Where?", "answer": strapi, "publishedAt": "2024-01-02"}, {"question": "When?", "answer": tiptap}, {"question": "Who?", "answer": lexical},
        {"question": "Still a draft?", "answer": strapi, "publishedAt": None}, {"question": "A Sanity draft?", "answer": sanity, "_id": "drafts.faq-9"},
        {"question": "Mangled?", "answer": [{"_type": "block", "markDefs": True, "children": [{"_type": "span", "text": "Yes.", "marks": 1}]}]},  # a traceback, found by fuzzing
    ]
    with caplog.at_level(logging.WARNING):
        read = load_corpus(write(tmp_path, "faq.json", json.dumps(entries))).entries
    assert [(e.heading, e.answer) for e in read] == [
        ("How do I join?", "Fill in the form (https://example.org/join).\n\n- Bring ID\n- Bring 40 euros"),
        ("Is it free?", "No. See fees (https://example.org/fees).\n\n1. Adults 40\n2. Children 10"),
        ("Where?", "Mill Lane, map (https://maps.example.org)"),
        ("When?", "Tuesdays.\n\n- 7 pm"),
        ("Who?", "1. Ann\n2. Bo"),
        ("Mangled?", "Yes."),
    ]
    assert "'Still a draft?' is not published (publishedAt: null)" in caplog.text and "'A Sanity draft?' is not published (draft)" in caplog.text


def test_a_note_to_the_files_editors_in_a_list_of_entries_is_no_entry(tmp_path: Path) -> None:
    # JSON has no comments, so files annotate with {"_comment": …} or {"//": …}: such an item was
    # refused as an entry without a question, and the whole FAQ with it.
    items = [{"_comment": "Billing questions below"}, {"question": "Is it free?", "answer": "Yes."}, {"//": "Location"}, {"question": "Where?", "answer": "Mill Lane."}]
    text = "[\n" + ",\n".join(map(json.dumps, items)) + "\n]\n"
    assert [(e.heading, e.line) for e in load_corpus(write(tmp_path, "faq.json", text)).entries] == [("Is it free?", 3), ("Where?", 5)]
    lines = [json.dumps({"//": "Billing"}), json.dumps(items[1])]
    assert [(e.heading, e.line) for e in load_corpus(write(tmp_path, "faq.jsonl", "\n".join(lines))).entries] == [("Is it free?", 2)]  # and in JSON Lines
    with pytest.raises(CorpusError, match="entry has no 'question' \\(keys: topic\\)"):  # a key that is no note still needs its question
        load_corpus(write(tmp_path, "faq.json", json.dumps([{"topic": "Billing"}, *items[1:2]])))


def test_yaml_and_json_may_map_each_question_to_its_answer(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "How do I join?: Fill in the form.\nWhen do we meet?: |\n  Tuesdays.\n")
    (tmp_path / "b.json").write_text('{\n  "Is it free?": "Yes.",\n  "Is it open?": "No."\n}', encoding="utf-8")
    assert [(e.heading, e.answer, e.source) for e in load_corpus(tmp_path).entries] == [
        ("How do I join?", "Fill in the form.", "a.yaml:1"),
        ("When do we meet?", "Tuesdays.", "a.yaml:2"),
        ("Is it free?", "Yes.", "b.json:2"),
        ("Is it open?", "No.", "b.json:3"),
    ]
    # Pairs of a question and its answer are read as objects; pairs that ask nothing are no FAQ.
    (tmp_path / "b.json").write_text('[\n  ["Is it free?", "Yes."],\n  ["Where?", "Here."]\n]', encoding="utf-8")
    assert [(e.heading, e.answer, e.line) for e in load_corpus(tmp_path / "b.json").entries] == [("Is it free?", "Yes.", 2), ("Where?", "Here.", 3)]
    write(tmp_path, "c.yaml", '- ["Is it open?", "No."]\n- ["When?", "Never."]\n')
    assert [(e.heading, e.line) for e in load_corpus(tmp_path / "c.yaml").entries] == [("Is it open?", 1), ("When?", 2)]
    (tmp_path / "c.yaml").unlink()
    (tmp_path / "b.json").write_text('[["en", "English"], ["fr", "French"]]', encoding="utf-8")
    with pytest.raises(CorpusError, match="b.json:1: expected an object with 'question' and 'answer', got a list of 2"):
        load_corpus(tmp_path / "b.json")
    # Topics mapped to their answers are read too, a topic written as an identifier read as its
    # name; a program's settings are not (see the site test), though a keyword bot's FAQ keys its
    # answers by topics written as settings are ("placement": it was refused), every answer a sentence.
    (tmp_path / "b.json").write_text('{"Shipping": "Two days.", "Gift_wrap": "On request."}', encoding="utf-8")
    assert [e.heading for e in load_corpus(tmp_path / "b.json").entries] == ["Shipping", "Gift wrap"]
    (tmp_path / "b.json").write_text('{"name": "Tea club", "base_url": "/club"}', encoding="utf-8")
    with pytest.raises(CorpusError, match="b.json:1: expected a JSON list of entries"):
        load_corpus(tmp_path / "b.json")
    topics = {"placement": "Our college helps every student find a job.", "bus_routes": "College buses run from the city centre."}
    (tmp_path / "b.json").write_text(json.dumps(topics), encoding="utf-8")
    write(tmp_path, "c.yaml", "".join(f"{topic}: {answer}\n" for topic, answer in topics.items()))
    for name in ("b.json", "c.yaml"):
        assert [(e.heading, e.answer) for e in load_corpus(tmp_path / name).entries] == [
            ("Placement", topics["placement"]), ("Bus routes", topics["bus_routes"])]
    (tmp_path / "c.yaml").unlink()
    # Under each section's name, questions mapped to their answers (it was refused); a section of
    # other text under names (the club's phone number) is no FAQ.
    (tmp_path / "b.json").unlink()
    write(tmp_path, "a.yaml", "Membership:\n  How do I join?: Fill in the form.\n  Is it free?: No.\nFacilities:\n  Can I park?: Behind the hall.\nContact:\n  Phone: '0123'\n")
    assert [(e.heading, e.category, e.line) for e in load_corpus(tmp_path / "a.yaml").entries] == [
        ("How do I join?", "Membership", 2), ("Is it free?", "Membership", 3), ("Can I park?", "Facilities", 5)]


def test_records_keyed_by_their_question_or_topic_are_read(tmp_path: Path) -> None:
    # Each record under its question, or a keyword bot's under its topic with its keywords: they
    # were walked as sections and the file refused as holding no entries.
    (tmp_path / "faq.json").write_text(
        '{\n "How do I pay?": {"answer": "By card."},\n'
        ' "hours": {"synonyms": ["open", "closing time"], "response": "From nine to five."},\n'
        ' "Billing": {"Can I get an invoice?": {"answer": "Yes, by email."}}\n}',
        encoding="utf-8",
    )
    assert [(e.heading, e.answer, e.alternates, e.category) for e in load_corpus(tmp_path / "faq.json").entries] == [
        ("How do I pay?", "By card.", (), ""),
        ("Hours", "From nine to five.", ("open", "closing time"), ""),
        ("Can I get an invoice?", "Yes, by email.", (), "Billing"),
    ]
    write(tmp_path, "faq.yaml", "How do I pay?:\n  answer: By card.\n  category: Billing\nhours:\n  answer: From nine to five.\n")
    assert [(e.heading, e.category, e.line) for e in load_corpus(tmp_path / "faq.yaml").entries] == [("How do I pay?", "Billing", 2), ("Hours", "", 5)]
    # A record under an id asks nothing: what it holds is no entry.
    write(tmp_path, "faq.yaml", "q1:\n  answer: By card.\nq2:\n  answer: From nine to five.\n")
    with pytest.raises(CorpusError, match="faq.yaml:1: expected a list of entries"):
        load_corpus(tmp_path / "faq.yaml")


def test_a_list_a_site_keeps_beside_an_answer_and_a_leniently_written_tag_are_read(tmp_path: Path) -> None:
    # A housekeeping agency's data/faq.yaml: the answer "Recommended supplies are:" ended there, its
    # body_points dropped; and "<a href='/list.pdf', target='_blank'>" (a stray comma) was shown as typed.
    text = """\
        - faq:
          title: What supplies should I have?
          body: "Recommended supplies are:"
          body_points:
            - <b class='darken'>Cleaning products of your choice.</b>
            - A vacuum in good repair
        - faq:
          title: What tasks can the housekeeper do?
          body: "Laundry. Download our <a href='/list.pdf', target='_blank'>Task List</a> for more."
        - faq:
          title: Do I have to be home?
          body: No.
        """
    assert [e.answer for e in load_corpus(write(tmp_path, "faq.yaml", text)).entries] == [
        "Recommended supplies are:\n\n- Cleaning products of your choice.\n- A vacuum in good repair",
        "Laundry. Download our Task List for more.",
        "No.",
    ]


def test_links_a_site_lists_under_an_answer_are_part_of_it(tmp_path: Path) -> None:
    # OpenStreetMap Germany's data/faq.yaml lists "read more" links beside each answer: they were dropped.
    text = """\
        - section: The project
          questions:
          - question: How many people take part?
            answer:
            - About 6,000 people map each day.
            links:
            - href: https://wiki.example.org/Stats
              text: Statistics in the wiki
            - href: /donate/
              text: Our donation page
        """
    write(tmp_path, "faq.yaml", text)
    write(tmp_path, "more.json", json.dumps([{"question": "Is it free?", "answer": "Yes.", "links": [{"url": "https://example.org/terms"}]}]))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("How many people take part?", "About 6,000 people map each day.\n\n- Statistics in the wiki (https://wiki.example.org/Stats)"),  # a link within the site leads nowhere
        ("Is it free?", "Yes.\n\n- https://example.org/terms"),
    ]


def test_a_shopify_themes_faq_page_template_is_read_in_page_order(tmp_path: Path, caplog) -> None:
    # A shop edits its FAQ page in Shopify's theme editor, which keeps it in templates/page.faq.json
    # under a comment: the file was refused ("expected an object with 'question' and 'answer'").
    template = {
        "sections": {
            "banner": {"type": "image-banner", "settings": {"title": "Customer help"}},
            "orders": {
                "type": "collapsible-content",
                "settings": {"heading": "Orders"},
                "blocks": {
                    "b2": {"type": "collapsible_row", "settings": {"heading": "Can I change my order?", "row_content": "<p>Within <b>one hour</b>.</p>"}},
                    "b1": {"type": "collapsible_row", "settings": {"heading": "Where is my order?", "row_content": "<p>See your email.</p>"}},
                    "b3": {"type": "collapsible_row", "disabled": True, "settings": {"heading": "Do you sell samples?", "row_content": "<p>Soon.</p>"}},
                },
                "block_order": ["b1", "b2", "b3"],
            },
            "more": {
                "type": "main-faq",
                "blocks": {
                    "c1": {"type": "category", "settings": {"title": "Ingredients", "q1": "Are you vegan?: Yes, all of it.", "q2": "Are you tested on animals: Never."}},
                    "t1": {"type": "category_block", "settings": {"title": "Delivery"}},
                    "p1": {"type": "text_block", "settings": {"question_1": "Do you ship abroad?", "text_1": "<p>To the EU.</p>", "question_2": "", "text_2": ""}},
                },
                "block_order": ["c1", "t1", "p1"],
            },
            "old": {"type": "faq", "disabled": True, "blocks": {"x": {"type": "question", "settings": {"title": "Is it 2019?", "answer": "Yes."}}}},
            "perks": {"type": "multicolumn", "blocks": {"p": {"type": "column", "settings": {"title": "Free shipping", "text": "<p>Over £35.</p>"}},
                                                        "q": {"type": "column", "settings": {"title": "Can I collect?", "text": "<p>From our shop.</p>"}}}},
        },
        "order": ["banner", "orders", "more", "old", "perks"],
    }
    comment = "/*\n * IMPORTANT: The contents of this file are auto-generated.\n */\n"
    (tmp_path / "page.faq.json").write_text(comment + json.dumps(template, indent=2), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus(tmp_path / "page.faq.json")
    assert [(e.heading, e.answer, e.category) for e in corpus.entries] == [
        ("Where is my order?", "See your email.", "Orders"),
        ("Can I change my order?", "Within one hour.", "Orders"),
        ("Are you vegan?", "Yes, all of it.", "Ingredients"),
        ("Are you tested on animals", "Never.", "Ingredients"),
        ("Do you ship abroad?", "To the EU.", "Delivery"),
        ("Can I collect?", "From our shop.", ""),  # a column is an entry only when it asks: "Free shipping" is a perk
    ]
    assert "block 'Do you sell samples?' is not published (disabled); left out" in caplog.text
    assert "section 'faq' is not published (disabled); left out" in caplog.text
    # Newer themes nest blocks (a group holding an accordion holding rows, each answer a text block
    # in its row), name questions' categories by id, and name their settings for the FAQ.
    nested = {
        "sections": {
            "help": {
                "type": "section",
                "blocks": {
                    "cats": {"type": "category", "settings": {"category_id": "2", "title": "Care"}},
                    "q": {"type": "faq", "settings": {"category_id": "2", "question": "Can I use soap?", "answer": "<p>A little.</p>"}},
                    "g": {"type": "group", "settings": {"gap": 12}, "blocks": {"a": {"type": "accordion", "settings": {}, "blocks": {
                        "r": {"type": "_accordion-row", "settings": {"heading": "Return policy"}, "blocks": {"t": {"type": "text", "settings": {"text": "<p>Within 30 days.</p>"}}}},
                    }}}},
                    "f": {"type": "text", "settings": {"faq_question": "Shipping times", "faq_answer": "<p>Two days.</p>"}},
                },
                "block_order": ["cats", "q", "g", "f"],
            },
        },
        "order": ["help"],
    }
    (tmp_path / "page.help.json").write_text(json.dumps(nested), encoding="utf-8")
    assert [(e.heading, e.answer, e.category) for e in load_corpus(tmp_path / "page.help.json").entries] == [
        ("Can I use soap?", "A little.", "Care"),
        ("Return policy", "Within 30 days.", ""),
        ("Shipping times", "Two days.", ""),
    ]


def test_faq_posts_fetched_from_wordpress_rest_api_are_read(tmp_path: Path) -> None:
    # /wp-json/wp/v2/<faq post type> gives each post's title and content as {"rendered": …}: the
    # file was refused with "entry has no 'question' (keys: id, date, slug, status, …)".
    posts = [
        {"id": 101, "status": "publish", "title": {"rendered": "How do I return an item?"},
         "content": {"rendered": "<p>Within 30 days &#8211; free.</p>\n", "protected": False}, "ufaq-category": [12]},
        {"id": 103, "status": "draft", "title": {"rendered": "Secret sale?"}, "content": {"rendered": "<p>Soon.</p>"}},
    ]
    write(tmp_path, "ufaq.json", json.dumps(posts, indent=1))
    write(tmp_path, "more.jsonl", json.dumps({"title": {"rendered": "Do you ship abroad?"}, "content": {"rendered": "<p>Yes.</p>"}}) + "\n")
    assert [(e.heading, e.answer, e.category, e.source) for e in load_corpus(tmp_path).entries] == [
        ("Do you ship abroad?", "Yes.", "More", "more.jsonl:1"),  # several files: each names its entries' category
        ("How do I return an item?", "Within 30 days – free.", "Ufaq", "ufaq.json:2"),  # the draft is left out; category ids name nothing
    ]


def test_an_article_body_opening_with_its_own_title_is_not_read_twice(tmp_path: Path) -> None:
    # A help centre's article bodies open with their title as a heading: the chat showed the question,
    # then the answer's first line asking it again.
    articles = {"articles": [
        {"title": "How to Add a YouTube Video", "body": "<h1>How to Add a YouTube Video</h1><p>Open Apps.</p><h3>Then</h3><p>Pick YouTube.</p>"},
        {"title": "Can I schedule content?", "body": "<p><strong>Can I schedule content?</strong></p><p>Yes.</p>"},
        {"title": "Opening hours", "body": "<p>Opening hours</p>"},  # nothing more to say: kept as written
    ]}
    write(tmp_path, "articles.json", json.dumps(articles))
    assert [(e.heading, e.answer) for e in load_corpus(tmp_path).entries] == [
        ("How to Add a YouTube Video", "Open Apps.\n\nThen\nPick YouTube."),
        ("Can I schedule content?", "Yes."),
        ("Opening hours", "Opening hours"),
    ]


def test_answers_exported_as_html_are_clean_text_and_quoted_html_is_kept(tmp_path: Path) -> None:
    # Help-desk exports hold HTML answers in CSV or JSON; a technical answer may quote HTML.
    exported = "question,answer\nIs it free?,\"<p>Yes, <b>always</b>.</p><ul><li>No fee</li></ul>\"\n"
    exported += "How do I style a title?,\"Wrap it: <span class='title'>Name</span>.\"\n"
    exported += "What is a div?,\"<div> elements are blocks.\"\n"
    exported += "Can I change my login?,\"<p>Yes, in Settings.<br/>Or ask us.\"\n"  # its <p> left open, as a site's data had it
    exported += "Is parking free?,\"Yes <!-- check with Sam --> for two hours.\"\n"  # the author's note: no page shows it
    exported += "How do I hide a line?,\"Wrap it: `<!-- line -->`.\"\n"
    exported += "Do you have a spacer?,\"<!-- wp:spacer --><!-- /wp:spacer --><figure>Yes, in the hall.</figure>\"\n"
    free, style, div, login, parking, hide, spacer = load_corpus(write(tmp_path, "faq.csv", exported)).entries
    assert free.answer == "Yes, always.\n\n- No fee"
    assert (style.answer, div.answer) == ("Wrap it: <span class='title'>Name</span>.", "<div> elements are blocks.")
    assert login.answer == "Yes, in Settings.\nOr ask us."
    assert (parking.answer, hide.answer, spacer.answer) == ("Yes for two hours.", "Wrap it: `<!-- line -->`.", "Yes, in the hall.")


def test_an_html_answer_keeps_what_its_images_videos_and_phone_links_say(tmp_path: Path) -> None:
    # A help centre's article: the tutorial, the icon named by its image and the number to call were lost.
    article = (
        '<p>Watch:</p><iframe src="https://www.youtube.com/embed/x1" title="Pairing your lock"></iframe>'
        '<p>Tap the <img src="gear.png" alt="gear"> icon<img src="spacer.gif" alt=""><img src="a.png" alt="IMG_0042.JPG">'
        '<img src="b.png" alt="enter image description here">, '
        'or call <a href="tel:+1-555-0142">support</a>, or write to <a href="mailto:help@example.org?subject=Lock">help@example.org</a> '
        'or <a href="mailto:sales@example.org">sales</a>.</p>'  # a mail address shown once: "(mailto:…)" after it said it twice
    )
    (tmp_path / "help.json").write_text(json.dumps([{"question": "How do I pair my lock?", "answer": article}]), encoding="utf-8")
    assert load_corpus(tmp_path / "help.json").entries[0].answer == (
        "Watch:\n\nPairing your lock (https://www.youtube.com/embed/x1)\n\nTap the gear icon, or call support (+1-555-0142), "
        "or write to help@example.org or sales (mailto:sales@example.org)."
    )


def test_files_of_a_folder_are_categories_unless_entries_have_their_own(tmp_path: Path) -> None:
    write(tmp_path, "billing-and-payments.txt", "Can I pay by card?\nYes.\n")
    write(tmp_path, "club.yaml", CLUB_YAML)
    categories = {e.heading: e.category for e in load_corpus(tmp_path).entries}
    assert categories == {"Can I pay by card?": "Billing and payments", "When do we meet?": "Schedule", "How much is membership?": "Club"}
    assert load_corpus(tmp_path / "billing-and-payments.txt").entries[0].category == ""  # one file: no file category


def test_a_file_name_becomes_a_name_as_written_with_faq_spelt_as_an_acronym() -> None:
    assert [name_of_file(Path(name)) for name in ("billing-and-payments.md", "NHS_services.txt", "club-faqs.yaml", "faq.csv")] == [
        "Billing and payments", "NHS services", "Club FAQs", "FAQ",
    ]


def test_a_lower_case_file_name_takes_the_case_its_faq_writes_its_names_in(tmp_path: Path) -> None:
    write(tmp_path, "trips-to-london.txt", "Do trips to London run daily?\nYes. Trips leave at nine.\n")
    write(tmp_path, "nhs-and-gp-visits.txt", "Is a GP visit free?\nYes, on the NHS. Visits are free.\n")
    write(tmp_path, "parking.txt", "Where do I park?\nParking is behind the hall.\n")  # "Parking" only opens a sentence
    assert {e.category for e in load_corpus(tmp_path).entries} == {"Trips to London", "NHS and GP visits", "Parking"}


def test_a_word_the_faq_writes_both_ways_keeps_the_file_names_case(tmp_path: Path) -> None:
    write(tmp_path, "reading-club.txt", "Is the Reading club open?\nYes, the reading room is.\n")
    write(tmp_path, "other.txt", "Why?\nBecause.\n")
    assert {e.category for e in load_corpus(tmp_path).entries} == {"Reading club", "Other"}


def test_every_empty_answer_is_reported_at_once(tmp_path: Path) -> None:
    path = write(tmp_path, "faq.md", "## First?\n\n## Second?\nFine.\n\n## Third?\n")
    with pytest.raises(CorpusError) as error:
        load_corpus(path)
    assert str(error.value).splitlines() == [
        "faq.md:1: entry 'First?' has an empty or missing answer",
        "faq.md:6: entry 'Third?' has an empty or missing answer",
    ]


def test_yaml_anchors_aliases_and_merged_fields_are_read_as_yaml_means_them(tmp_path: Path, caplog) -> None:
    # A data file sharing fields through an anchor ("<<: *defaults") was refused: "an FAQ does not use" anchors.
    text = """\
        defaults: &defaults
          category: Membership
        faqs:
          - <<: *defaults
            question: How do I join?
            answer: Fill in the form.
          - <<: *defaults
            question: Is it free?
            answer: &price No, 40 euros a year.
          - question: What does it cost?
            answer: *price
          - question: Who answers?
            answer: &Co will reply.
        """
    with caplog.at_level(logging.WARNING):
        entries = load_corpus(write(tmp_path, "faq.yaml", textwrap.dedent(text))).entries
    assert [(e.heading, e.answer, e.category) for e in entries] == [
        ("How do I join?", "Fill in the form.", "Membership"),
        ("Is it free?", "No, 40 euros a year.", "Membership"),
        ("What does it cost?", "No, 40 euros a year.", ""),
        ("Who answers?", "will reply.", ""),  # YAML's reading; the owner is told how to keep "&Co"
    ]
    assert "faq.yaml:13: YAML reads '&Co' as an anchor, which no alias uses, and leaves it out of the text: put text that begins with '&' in quotes" in caplog.text
    assert "&price" not in caplog.text and "&defaults" not in caplog.text
    # A title that is not text (an alias of a list, here) describes nothing; it was shown as Python wrote the list.
    corpus = load_corpus(write(tmp_path, "faq.yaml", "names: &names [Ann, Bo]\ntitle: *names\ndescription: Club answers\nentries:\n  - question: Is it free?\n    answer: Yes.\n"))
    assert corpus.description == "Club answers"


ALIAS_BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n" for previous, name in zip("abcdefgh", "bcdefghi")
) + "entries:\n  - question: Is this safe?\n    answer: Yes.\n"  # 9 to the 9th "lol": 387 million items


@pytest.mark.parametrize(
    "text, message",
    [
        (ALIAS_BOMB, r"faq.yaml:1: not valid YAML \(its aliases repeat what their anchors name until it would hold [\d,]{11} items"),
        ("- question: Is it free?\n  answer: *Members only.\n", r"faq.yaml:2: not valid YAML \(found undefined alias 'Members'; YAML reads a '\*' opening text as an alias"),
        ("entries:\n  - question: q?\n    answer: !!python/object/apply:os.system [echo]\n", r"faq.yaml:3: not valid YAML \(could not determine a constructor"),
        ("entries: " + "[" * 100_000 + "]" * 100_000 + "\n", r"faq.yaml:1: not valid YAML \(nested more than"),
        ("- question: q?\n  answer: a\x00b\n", r"faq.yaml:2: not valid YAML \(character 0x0000 is not allowed"),
    ],
    ids=["alias-bomb", "undefined-alias", "python-tag", "deep-nesting", "nul-character"],
)
def test_hostile_yaml_is_a_corpus_error_at_its_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError, match=message):
        load_corpus(path)


@pytest.mark.parametrize("name, text", [("faq.json", "[" * 100_000 + "]" * 100_000), ("faq.jsonl", "[" * 100_000 + "]" * 100_000),
                                        ("faq.html", '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>")])
def test_deeply_nested_json_is_a_corpus_error(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorpusError, match=f"{name}: nested too deeply"):
        load_corpus(path)


def test_a_corpus_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "faq.jsonl"
    path.write_text(json.dumps({"question": "q?", "answer": "a" * 2_000_000}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"the corpus is 2.0 MB, over the 1 MB limit.*FAQBOT_MAX_CORPUS_MB"):
        load_corpus(path, max_mb=1)
    monkeypatch.setenv("FAQBOT_MAX_CORPUS_MB", "1")
    assert main(["build", "--corpus", str(path), "--index", str(tmp_path / "index")]) == 1


def test_web_page_questions_get_their_own_lines_even_when_names_repeat(tmp_path: Path) -> None:
    questions = [{"@type": "Question", "name": "Same?", "acceptedAnswer": {"text": f"Answer {i}."}} for i in range(3)]
    path = tmp_path / "faq.html"
    path.write_text('<script type="application/ld+json">\n' + json.dumps({"@type": "FAQPage", "mainEntity": questions}, indent=2) + "\n</script>", encoding="utf-8")
    lines = [entry.line for entry in load_corpus(path).entries]
    assert lines == sorted(set(lines)) and len(lines) == 3  # read in one forward pass, each found after the last


TRIALS = sorted(path for path in (ROOT / "benchmarks" / "trials").iterdir() if path.is_dir())


@pytest.mark.parametrize("trial", TRIALS, ids=lambda path: path.name)
def test_each_trial_faq_reads_into_the_entries_its_questions_expect(trial: Path) -> None:
    """benchmarks/trials.py scores these FAQs as their owners would drop them in: a reader that
    loses an entry, renames one, or reads one twice (a page's markup and its visible text) shows here."""
    headings = [entry.heading for entry in load_corpus(trial / "corpus").entries]
    queries = load_queries(trial / "queries.jsonl")
    assert len(set(headings)) == len(headings)
    assert {heading for query in queries for heading in query.expect} <= set(headings)
    assert any(not query.expect for query in queries)  # each also asks what it does not answer
