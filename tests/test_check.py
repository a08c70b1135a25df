"""`faqbot check`: what in a FAQ confuses the bot, reported at file:line, exit 1 on errors."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from faqbot import FAQBot
from faqbot.check import check_corpus
from faqbot.cli import main
from tests.conftest import SEED_CORPUS

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)

CONFUSING_FAQ = """\
How do I reset my password?
Also asked: I forgot my password
Use the reset link on the login page.
-
How can I reset my password?
Click "Forgot password" on the sign-in page and follow the e-mail.
-
Where is the office?
Also asked: How can I reset my password
Main street 5, second floor.
-
How do I change my password?
Use the reset link on the login page.
-
What does this cost?
Nothing: the service is free for members.
"""


def run(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["check", *args])
    return code, capsys.readouterr().out.splitlines()


def test_seed_corpus_passes_with_only_warnings(tmp_path: Path, capsys) -> None:
    code, lines = run(capsys, "--corpus", str(SEED_CORPUS), "--index", str(tmp_path))
    assert code == 0
    assert lines[-1].startswith("0 errors, ")
    assert "kim-xi-meetings-and-regional-alliances.txt:6: warning: heading 'How are US and Western powers reacting to these developments?' leans on its context" in lines[0]


def test_a_keyword_another_entry_is_about_is_a_warning_saying_how_to_mend_it(tmp_path: Path, capsys) -> None:
    # A phone maker's FAQ lists keywords per entry: 26 that another entry's topic shares were each
    # an error (exit 1) telling the owner to "reword one of them", which fits a question, not a keyword.
    entries = [
        {"question": "What is USB tethering?", "answer": "USB tethering shares the phone's mobile data with a computer over a USB cable."},
        {"question": "How do I share my connection with a laptop?", "answer": "Turn on the hotspot in Settings, then join its wifi from the laptop.", "alternates": ["tethering"]},
        {"question": "How do I charge the phone?", "answer": "Use the USB-C charger that came in the box."},
    ]
    (tmp_path / "faq.jsonl").write_text("".join(json.dumps(entry) + "\n" for entry in entries), encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(tmp_path / "faq.jsonl"), "--index", str(tmp_path / "index"))
    assert (code, lines) == (0, [
        "faq.jsonl:2: warning: the keyword 'tethering' retrieves 'What is USB tethering?' (faq.jsonl:1) instead of this entry; write it as askers would ask, or leave it out",
        "0 errors, 1 warning",
    ])


def test_confusing_entries_are_errors_naming_both_places(tmp_path: Path, capsys) -> None:
    (tmp_path / "faq.txt").write_text(CONFUSING_FAQ, encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(tmp_path / "faq.txt"), "--index", str(tmp_path / "index"))
    assert code == 1
    report = "\n".join(lines)
    # Near-duplicate headings compete: each is retrieved only just ahead of the other, both places named.
    assert "faq.txt:1: warning: asking 'How do I reset my password?' retrieves this entry only just ahead of 'How can I reset my password?' (faq.txt:5)" in report
    assert "faq.txt:5: warning: asking 'How can I reset my password?' retrieves this entry only just ahead of 'How do I reset my password?' (faq.txt:1)" in report
    # Self-retrieval: alternates that find another entry first. "password", in four of five
    # entries' questions, is a topic word: "I forgot my password" is stored as much as "I forgot
    # my", which the other reset entry's heading wins (faqbot.topic_words).
    assert "faq.txt:8: error: asking 'How can I reset my password' retrieves 'How can I reset my password?' (faq.txt:5) instead of this entry" in report
    assert "faq.txt:1: error: asking 'I forgot my password' retrieves 'How can I reset my password?' (faq.txt:5) instead of this entry" in report
    # The same answer twice.
    assert "faq.txt:12: error: answer of 'How do I change my password?' is the same as at faq.txt:1" in report
    assert "faq.txt:15: warning: heading 'What does this cost?' leans on its context ('this')" in report
    assert lines[-1] == "3 errors, 3 warnings"


def test_an_answer_pointing_at_another_part_of_the_faq_is_warned_about(tmp_path: Path) -> None:
    # Shown alone in the chat, "see the previous question" leaves the asker with nothing to see.
    (tmp_path / "faq.txt").write_text(
        "Can I renew online?\nYes, see the previous question for the link.\n-\n"
        "Is there a fee?\nAs explained above, renewals are free.\n-\n"
        "What do I bring?\nBring the items listed below.\n\n- ID\n- Your card\n-\n"  # below, within the answer
        "How do I pay?\nBy card. The card types listed above are all accepted, with cash.\n-\n"  # above, within the answer
        "How do I register it?\nThe answer to the last question showed how to run it.\n",  # Zero Install's FAQ says so
        encoding="utf-8",
    )
    warnings = [str(f) for f in check_corpus(tmp_path / "faq.txt", tmp_path / "index").findings if "points at another part" in f.message]
    assert warnings == [
        "faq.txt:1: warning: answer to 'Can I renew online?' points at another part of the FAQ ('previous question'), which the chat does not show beside it; say what it refers to",
        "faq.txt:4: warning: answer to 'Is there a fee?' points at another part of the FAQ ('explained above'), which the chat does not show beside it; say what it refers to",
        "faq.txt:16: warning: answer to 'How do I register it?' points at another part of the FAQ ('last question'), which the chat does not show beside it; say what it refers to",
    ]


def test_an_answer_holding_a_site_templates_placeholder_is_warned_about(tmp_path: Path) -> None:
    # A Jekyll site's _data/faq.yml said "emulates a {{ site.data.versions.java }} Java Edition
    # client": the site fills it in, the chat showed the braces.
    text = """\
        - question: Which version do I need?
          answer: Geyser emulates a {{ site.data.versions.java }} client.
        - question: How do I greet a customer by name?
          answer: Write `{{ first_name }}` in the template.
        """
    (tmp_path / "faq.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    warnings = [str(f) for f in check_corpus(tmp_path / "faq.yml", tmp_path / "index").findings if "placeholder" in f.message]
    assert warnings == [  # code that shows a placeholder is the answer, not a gap in it
        "faq.yml:1: warning: answer to 'Which version do I need?' holds a site template's placeholder ('{{ site.data.versions.java }}'), "
        "which the site fills in and the chat shows as typed; write out what it stands for",
    ]


def test_an_answer_holding_a_blank_left_to_fill_in_is_warned_about(tmp_path: Path) -> None:
    # FAQ templates and writing assistants leave blanks for the owner ("[insert allergen here]" in
    # a wedding site's FAQ, "[X days]" in a dental practice's template): the chat showed them as typed.
    text = """\
        - question: Is the food safe for allergies?
          answer: Every dish is free of [insert allergen here].
        - question: How soon can I get in?
          answer: We book new patients within [X business days].
        - question: How do I name my report?
          answer: Call it Rosetta — [Your Name], and see [here] for an example.
        """
    (tmp_path / "faq.yml").write_text(textwrap.dedent(text), encoding="utf-8")
    warnings = [str(f) for f in check_corpus(tmp_path / "faq.yml", tmp_path / "index").findings if "blank" in f.message]
    assert warnings == [  # a blank the reader fills in, and a link's text, are no gaps
        "faq.yml:1: warning: answer to 'Is the food safe for allergies?' holds a blank left to fill in ('[insert allergen here]'), "
        "as a FAQ template or a writing assistant leaves one; the chat shows it as typed — write in what it stands for",
        "faq.yml:3: warning: answer to 'How soon can I get in?' holds a blank left to fill in ('[X business days]'), "
        "as a FAQ template or a writing assistant leaves one; the chat shows it as typed — write in what it stands for",
    ]


def test_a_heading_pointing_at_its_context_is_warned_about_until_it_or_an_alternate_names_it(tmp_path: Path) -> None:
    (tmp_path / "faq.txt").write_text(
        "What does this cost?\nNothing for members.\n-\n"
        "Why this Surround AI headset?\nIt hears in every direction.\n-\n"  # "this" before a name names it
        "Is this refundable?\nAlso asked: Can I get my money back for a ticket?\nYes, up to a day before.\n-\n"  # the alternate names it
        "My kernel patches fail. How should I fix this?\nEdit the patch list.\n-\n"  # its first sentence names it
        "Is street cleaning on this week?\nEvery Monday from April.\n-\n"  # a time, the asker's
        "What can this chat help me with?\nYour bins, your council tax and parking permits.\n",  # where the asker reads it
        encoding="utf-8",
    )
    warnings = [str(f) for f in check_corpus(tmp_path / "faq.txt", tmp_path / "index").findings if "leans on its context" in f.message]
    assert warnings == ["faq.txt:1: warning: heading 'What does this cost?' leans on its context ('this'); say what it refers to, or add alternates"]


def test_a_question_asking_for_a_figure_its_answer_never_gives_is_warned_about(tmp_path: Path) -> None:
    (tmp_path / "faq.txt").write_text(
        "How long does delivery take?\nIt depends on where you live; you get a tracking link when it ships.\n-\n"
        "Can I return an item?\nAlso asked: When will I get my refund?\nYes, unused and in its box; we refund you when it is back.\n-\n"
        "How much is a gift card?\nFrom ten euros.\n-\n"  # the figure is there
        "How do I pay?\nBy card or by bank transfer.\n",  # no figure asked for
        encoding="utf-8",
    )
    warnings = [str(f) for f in check_corpus(tmp_path / "faq.txt", tmp_path / "index").findings if "never gives" in f.message]
    advice = "asks for a number or a date that its answer never gives; asked in other words, the bot offers the entry instead of answering"
    assert [warning.split(" — ")[0] for warning in warnings] == [
        f"faq.txt:1: warning: 'How long does delivery take?' {advice}",
        f"faq.txt:4: warning: 'When will I get my refund?' {advice}",
    ]
    # What the warning says the chat does: the entry is offered, not asserted.
    offered = FAQBot(tmp_path / "faq.txt", tmp_path / "index", progress=False).ask("how long will my delivery take")
    assert (offered.reason, offered.heading) == ("ambiguous", "How long does delivery take?")


def test_self_retrieval_passes_for_distinct_entries_and_alternates(tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_text(
        "# Pool\n\n## When is the pool open?\nAlso asked: Opening times of the swimming pool\n\nDaily from 7:00 to 21:00.\n\n"
        "## How much is a ticket?\nAlso asked: What does a swim cost?\n\nFive euros, children half price.\n",
        encoding="utf-8",
    )
    report = check_corpus(tmp_path / "faq.md", tmp_path / "index")
    assert report.retrieval_checked and report.findings == []


def test_near_duplicate_answers_are_errors(tmp_path: Path) -> None:
    (tmp_path / "faq.txt").write_text(
        "Can I bring my dog?\nDogs are welcome on a leash in the garden and on the terrace.\n-\n"
        "Are pets allowed?\nDogs are welcome on a leash in the garden and the terrace.\n",
        encoding="utf-8",
    )
    (finding,) = [f for f in check_corpus(tmp_path / "faq.txt", tmp_path / "index").findings if f.level == "error"]
    assert (finding.file, finding.line) == ("faq.txt", 4)
    assert "answer of 'Are pets allowed?' is nearly the same as at faq.txt:1" in finding.message


FLU_FAQ = """\
## Can the flu vaccine give me the flu?
No. Flu shots are made with inactivated virus or a single protein from the virus, so they cannot cause flu illness. Some people have a sore arm, a low fever or aches for a day or two.

## Does the flu shot cause flu?
No. The viruses in the shot are killed or are not viruses at all, so the shot cannot give you influenza. Mild aches are the body building protection.

## Who should get a flu vaccine?
Everyone aged 6 months and older should get a flu vaccine every season, with rare exceptions.

## Who should not get the flu vaccine?
Children younger than 6 months, and people who have had a severe allergic reaction to a flu vaccine or any of its ingredients other than egg protein, should not get it.

## Where can I get a flu shot?
At your doctor's office, most pharmacies, and our free walk-in clinics at 1200 Main Street.
"""


def test_one_question_written_twice_in_other_words_is_pointed_out(tmp_path: Path) -> None:
    # Each heading finds its own entry and the answers are too far apart to be copies: the pair passed
    # unreported. "Who should (not) get…" are answered with each other too, but ask opposite things.
    (tmp_path / "flu.md").write_text(FLU_FAQ, encoding="utf-8")
    competing = [str(f) for f in check_corpus(tmp_path / "flu.md", tmp_path / "index").findings if "when asked without it" in f.message]
    assert competing == [
        "flu.md:4: warning: 'Does the flu shot cause flu?' and 'Can the flu vaccine give me the flu?' (flu.md:1) compete: each is answered "
        "with the other when asked without it, and their answers are as alike as their questions; merge them if they answer the same "
        "question, or add alternates that tell them apart"
    ]


def test_entries_run_together_are_pointed_out(tmp_path: Path, capsys) -> None:
    # A '-' line forgotten: the first entry's answer holds the next question and its answer.
    text = "How do I join?\nFill in the form.\n\nWhen do you meet?\nTuesdays at 19:00.\n-\nIs there a fee?\nNo.\n"
    (tmp_path / "club.txt").write_text(text, encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(tmp_path / "club.txt"), "--index", str(tmp_path / "index"))
    assert code == 0
    assert lines[0].startswith("club.txt:1: warning: the answer to 'How do I join?' holds 1 more question with its answer, first 'When do you meet?'")
    (tmp_path / "club.txt").write_text("Where can I get help?\nAsk about:\n\n- Can I join?\n- When do you meet?\n", encoding="utf-8")
    assert run(capsys, "--corpus", str(tmp_path / "club.txt"), "--index", str(tmp_path / "index")) == (0, ["0 errors, 0 warnings"])  # a list of questions is no entry
    table = "## Do I need a domain name?\n\nOnly for HTTPS.\n\n| Mode | Domain needed? |\n|---|---|\n| Tor | No |\n| HTTPS | Yes |\n"
    (tmp_path / "deploy.md").write_text(table, encoding="utf-8")
    assert run(capsys, "--corpus", str(tmp_path / "deploy.md"), "--index", str(tmp_path / "index")) == (0, ["0 errors, 0 warnings"])  # a table's header row asks nothing
    steps = "## How do I start it?\n\n1. Is it plugged in?\n2. Press go.\n"
    (tmp_path / "deploy.md").write_text(steps, encoding="utf-8")
    assert run(capsys, "--corpus", str(tmp_path / "deploy.md"), "--index", str(tmp_path / "index")) == (0, ["0 errors, 0 warnings"])  # nor a step that asks


def test_long_answers_warn_and_empty_answers_stop_before_the_model(tmp_path: Path, capsys) -> None:
    long_answer = " ".join(["Our warranty covers parts and labour."] * 60)
    (tmp_path / "faq.txt").write_text(f"What does the warranty cover?\n{long_answer}\n-\nIs there a manual?\n\n", encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(tmp_path / "faq.txt"), "--index", str(tmp_path / "index"))
    assert code == 1
    assert lines[0] == "faq.txt:1: warning: answer to 'What does the warranty cover?' is 360 words; readers see one passage of it — consider splitting the entry"
    assert lines[1] == "faq.txt:4: error: entry 'Is there a manual?' has an empty or missing answer"
    assert lines[-1].startswith("Fix the empty entries")
    assert not (tmp_path / "index").exists()  # no model work on a corpus the bot cannot load


def test_a_file_of_the_folder_without_entries_is_skipped_and_named(tmp_path: Path, capsys, caplog) -> None:
    # A README beside the FAQ refused the whole corpus; now it is left out, and check says so — once,
    # as its finding, not again in the log each time the corpus is read.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "faq.txt").write_text("Is it free?\nYes, for members.\n-\nWhere do we meet?\nIn the church hall.\n", encoding="utf-8")
    (corpus / "README.md").write_text("# Our FAQ folder\n\nEdit the files here.\n", encoding="utf-8")
    (corpus / "help.csv").write_text("title,body,status\nIs there parking?,Behind the hall.,published\nNew rates?,From May.,draft\n", encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(corpus), "--index", str(tmp_path / "index"))
    assert code == 0
    assert "README.md:1: warning: holds no FAQ entries (write a heading per question ('## How do I join?') with its answer below it); it is skipped" in lines
    assert not [record for record in caplog.records if "README.md" in record.getMessage()]
    # What reading warns of, and the report does not, is logged once, not again as the bot reads the corpus.
    assert len([record for record in caplog.records if "not published" in record.getMessage()]) == 1


def test_a_sites_page_without_questions_is_skipped_saying_what_it_holds_instead(tmp_path: Path, capsys) -> None:
    # A site's folder: its about page and a template looping over data hold no entries; check names
    # each with what its reader found, not only that it holds none.
    corpus = tmp_path / "site"
    (corpus / "_includes").mkdir(parents=True)
    (corpus / "faq.html").write_text("<h2>Is it free?</h2><p>Yes, for members.</p><h2>Where do we meet?</h2><p>In the hall.</p>", encoding="utf-8")
    (corpus / "about.html").write_text("<h2>About us</h2><p>We sell tea.</p>", encoding="utf-8")
    (corpus / "_includes" / "faq-list.njk").write_text("{% for item in site.data.faq %}<h3>{{ item.q }}</h3>{% endfor %}", encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(corpus), "--index", str(tmp_path / "index"))
    assert code == 0
    assert any(line.startswith("about.html:1: warning: no schema.org FAQPage found") and line.endswith("; it is skipped") for line in lines)
    assert "_includes/faq-list.njk:1: warning: is a site's template that fills its questions in from the site's data ('faq'): put that data file " \
        "(_data/faq.yml in Jekyll, data/faq.yaml in Hugo) in the corpus instead; it is skipped" in lines


def test_an_answer_not_yet_written_is_a_warning(tmp_path: Path, capsys) -> None:
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "faq.csv").write_text("question,answer\nIs it free?,Yes.\nHow far do you run?,xx\n", encoding="utf-8")
    (tmp_path / "faq" / "kit.md").write_text("## Is there a kit?\n\nTODO\n", encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(tmp_path / "faq"), "--index", str(tmp_path / "index"))
    assert code == 0 and "faq.csv:3: warning: the answer to 'How far do you run?' is a placeholder ('xx'); the bot leaves the entry out until it is written" in lines
    assert [line for line in lines if line.startswith("kit.md")] == ["kit.md:1: warning: the answer to 'Is there a kit?' is a placeholder ('TODO'); the bot leaves the entry out until it is written"]


def test_a_question_left_unanswered_and_asked_again_with_its_answer_is_a_warning(tmp_path: Path, capsys) -> None:
    (tmp_path / "faq.csv").write_text("question,answer\nIs it free?,\nCan I park?,Yes.\nIs it free?,Yes.\n", encoding="utf-8")
    code, lines = run(capsys, "--corpus", str(tmp_path / "faq.csv"), "--index", str(tmp_path / "index"))
    assert code == 0 and "faq.csv:2: warning: 'Is it free?' has no answer here but is asked again with one; the bot answers with that" in lines


def test_a_copy_of_a_whole_entry_is_named_once(tmp_path: Path, capsys) -> None:
    # As chatbot sheets repeat a row; it was also told to merge, making its question an alternate of itself.
    (tmp_path / "faq.csv").write_text("question,answer\nWhen are the finals?,After June 18.\nWhen are the finals?,After June 18.\n", encoding="utf-8")
    _, lines = run(capsys, "--corpus", str(tmp_path / "faq.csv"), "--index", str(tmp_path / "index"))
    assert [line for line in lines if "faq.csv:3:" in line] == ["faq.csv:3: error: question 'When are the finals?' is also asked at faq.csv:2; keep it in one entry"]


def test_a_question_asked_in_two_sections_is_a_warning_and_twice_in_one_an_error(tmp_path: Path, capsys) -> None:
    (tmp_path / "faq.md").write_text(
        "## Students\n\n### How do I get a card?\nAt the library desk, with your enrolment letter.\n\n"
        "## Staff\n\n### How do I get a card?\nFrom human resources on your first day.\n\n"
        "### How do I get a card?\nAsk your manager to order one.\n",
        encoding="utf-8",
    )
    code, lines = run(capsys, "--corpus", str(tmp_path / "faq.md"), "--index", str(tmp_path / "index"))
    report = "\n".join(lines)
    assert code == 1
    assert "faq.md:8: warning: question 'How do I get a card?' is also asked under 'Students' at faq.md:3; asked without naming the section" in report
    assert "faq.md:11: error: question 'How do I get a card?' is also asked at faq.md:8; keep it in one entry" in report
    assert "faq.md:11: warning: question" not in report  # the copy is named, not the section again
    assert "reword" not in report and "merge the two" not in report  # nor told to reword or merge one question with itself
    # The same answer under two sections is answered either way: a merge, not a section, is what to fix.
    (tmp_path / "faq.md").write_text(
        "## Students\n\n### How do I get a card?\nAt the desk.\n\n## Staff\n\n### How do I get a card?\nAt the desk.\n", encoding="utf-8"
    )
    _, lines = run(capsys, "--corpus", str(tmp_path / "faq.md"), "--index", str(tmp_path / "index"))
    assert "faq.md:8: error: answer of 'How do I get a card?' is the same as at faq.md:3" in "\n".join(lines)
    assert "also asked under" not in "\n".join(lines)
