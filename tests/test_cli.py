"""The faqbot command line: output, --json, and exit codes without tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from faqbot import Alternative, Answer
from faqbot.cli import HELD_BACK_WHY, format_answer, main
from faqbot.retrieval import HELD_BACK
from tests.conftest import MILITARY_HEADING, SEED_CORPUS

pytestmark = pytest.mark.model  # the real bundled model (see pyproject's markers)

QUESTION = "Are North Korean soldiers fighting in Ukraine?"


def test_ask_prints_heading_passage_and_source(tmp_path: Path, capsys) -> None:
    assert main(["ask", QUESTION, "--corpus", str(SEED_CORPUS), "--index", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(MILITARY_HEADING)
    assert "troop deployments" in out
    assert "kim-xi-meetings-and-regional-alliances.txt:18" in out


def test_ask_json_has_every_answer_field(tmp_path: Path, capsys) -> None:
    assert main(["ask", QUESTION, "--json", "--top-k", "2", "--corpus", str(SEED_CORPUS), "--index", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"question", "heading", "passage", "answer", "score", "answered", "source", "alternatives", "category", "reason", "excerpt", "offers"}
    assert data["heading"] == MILITARY_HEADING and data["answered"] is True
    assert len(data["alternatives"]) == 1 and set(data["alternatives"][0]) == {"heading", "passage", "score", "category"}
    assert all(set(offer) == {"question", "heading"} and offer["heading"] != MILITARY_HEADING for offer in data["offers"])  # as the API lists them


def test_unsure_answer_offers_headings(tmp_path: Path, capsys) -> None:
    assert main(["ask", "How do I bake sourdough bread?", "--corpus", str(SEED_CORPUS), "--index", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Not sure")
    assert out.count("\n  - ") == 3


def test_did_you_mean_lists_the_candidates_in_order_with_one_confidence() -> None:
    # A runner-up's score is measured against the best guess, so it can exceed the best guess's own
    # confidence ("join 0.52, cancel 0.69"); printed side by side, the two kinds contradicted each other.
    cancel = Alternative("How do I cancel my membership?", "Write to us.", 0.69)
    answer = Answer("I want to quit the club", "How do I join?", "Fill in the form.", "Fill in the form.", 0.52, False, "club.md:1", (cancel,), reason="ambiguous")
    assert format_answer(answer, 0.75).splitlines() == [
        "Not sure (confidence 0.52). Did you mean one of these?",
        "  - How do I join?",
        "  - How do I cancel my membership?",
    ]


def test_did_you_mean_between_entries_that_both_fit_says_they_are_too_close_to_choose() -> None:
    # "Not sure (confidence 0.94)" read as a contradiction: the best entry fits, a rival fits as well.
    plan = Alternative("Can I get a payment plan for my tickets?", "Call us.", 0.84)
    answer = Answer("can I pay my ticket by phone", "How do I pay a parking ticket?", "Online or by phone.", "Online or by phone.", 0.94, False, "faq.md:1", (plan,), reason="ambiguous")
    assert format_answer(answer, 0.75).splitlines()[0] == "Too close to choose (confidence 0.94). Did you mean one of these?"
    assert format_answer(answer, 0.95).splitlines()[0] == "Not sure (confidence 0.94). Did you mean one of these?"
    # Held back by what was asked ("how do I uninstall it" of an install entry), not by a rival: none
    # is close, and the reply says which rule held it back.
    far = Alternative("Where is the configuration file?", "In ~/.config.", 0.02)
    held = Answer("how do I uninstall it", "How do I install it?", "Run the installer.", "Run the installer.", 0.88, False, "faq.md:1", (far,), reason="ambiguous", held_back="reverse")
    assert format_answer(held, 0.75).splitlines()[0] == "Not asserted: it asks the reverse of what the best match answers (confidence 0.88). Did you mean one of these?"
    # Sure, and held back by no rule: a rival ranked as close, though it fits worse against the best guess.
    close = Answer("how do I set it up", "How do I install it?", "Run the installer.", "Run the installer.", 0.88, False, "faq.md:1", (far,), reason="ambiguous")
    assert format_answer(close, 0.75).splitlines()[0] == "Too close to choose (confidence 0.88). Did you mean one of these?"


def test_every_rule_that_holds_an_answer_back_has_words_for_the_terminal() -> None:
    assert set(HELD_BACK_WHY) == set(HELD_BACK)


def test_an_answer_in_the_terminal_is_what_the_chat_shows_of_it() -> None:
    # A short answer printed as its matching paragraph alone: "Then:" without the steps.
    steps = "Then:\n\n1. Open Reports.\n2. Click Export."
    answer = Answer("export to excel", "How do I export?", "Then:", steps, 0.95, True, "help.md:3")
    assert format_answer(answer, 0.75).splitlines()[:5] == ["How do I export?", "", "Then:", "", "1. Open Reports."]


def test_did_you_mean_over_a_single_candidate_asks_about_that_one_in_the_terminal() -> None:
    answer = Answer("I can't get into my account", "How do I reset my password?", "Use the link.", "Use the link.", 0.58, False, "faq.md:1", reason="ambiguous")
    assert format_answer(answer, 0.75).splitlines() == ["Not sure (confidence 0.58). Did you mean this?", "  - How do I reset my password?"]


def test_an_answer_lists_the_next_best_with_their_confidence_against_it() -> None:
    # Listed whatever their fit (an unrelated entry at 0.03 too), so not offered as "see also".
    computer = Alternative("Can I use a computer at the library?", "Twelve public computers.", 0.03)
    answer = Answer("can I bring coffee in", "Can I eat and drink in the library?", "Drinks are welcome.", "Drinks are welcome.", 0.92, True, "library.txt:60", (computer,))
    assert format_answer(answer, 0.75).splitlines() == [
        "Can I eat and drink in the library?",
        "",
        "Drinks are welcome.",
        "",
        "confidence 0.92 · library.txt:60",
        "",
        "Next best:",
        "  - Can I use a computer at the library? (0.03)",
    ]


def test_ask_names_the_misspelt_words_it_corrected(tmp_path: Path, capsys) -> None:
    assert main(["ask", "Could this lead to a new Cold War confrontaton?", "--corpus", str(SEED_CORPUS), "--index", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("Spelling corrected: confrontaton → confrontation\n\n")


def test_build_reports_what_it_indexed(tmp_path: Path, capsys) -> None:
    assert main(["build", "--corpus", str(SEED_CORPUS), "--index", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Indexed 6 entries" in out
    assert "Embedded with the model as shipped (not adapted: 6 entries, fewer than 20 to learn from and check on)" in out


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["ask", "   "], 2, "the question is empty"),
        (["ask", QUESTION, "--top-k", "0"], 2, "--top-k: must be at least 1"),
        (["ask", QUESTION, "--threshold", "1.5"], 2, "--threshold: expected a confidence above 0 and at most 1"),
        (["ask", QUESTION, "--corpus", "does/not/exist"], 1, "does/not/exist: no such file or folder"),
    ],
)
def test_user_mistakes_exit_non_zero_with_one_line(tmp_path: Path, capsys, args, code, message) -> None:
    if "--corpus" not in args:
        args = [*args, "--corpus", str(SEED_CORPUS)]
    assert main([*args, "--index", str(tmp_path)]) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_bad_corpus_file_names_file_and_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "faq.jsonl"
    bad.write_text('{"question": "q?", "answer": "a"}\nnot json\n', encoding="utf-8")
    assert main(["build", "--corpus", str(bad), "--index", str(tmp_path / "index")]) == 1
    assert f"{bad}:2: not valid JSON" in capsys.readouterr().err


def test_console_script_runs_as_a_module(tmp_path: Path, exported_index: Path) -> None:
    env = {**os.environ, "FAQBOT_CORPUS": str(SEED_CORPUS), "FAQBOT_INDEX": str(exported_index), "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-m", "faqbot", "ask", QUESTION, "--json"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["heading"] == MILITARY_HEADING
    missing = subprocess.run([sys.executable, "-m", "faqbot", "build", "--corpus", str(tmp_path / "nope")], env=env, capture_output=True, text=True, timeout=300)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
