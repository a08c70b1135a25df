"""Make the LiveQA-Med development set: real consumer health questions against MedQuAD answers.

    .venv/bin/python benchmarks/liveqa/convert.py MEDQUAD_ZIP LIVEQA_TEST_XML

MEDQUAD_ZIP is ``QA-TestSet-LiveQA-Med-Qrels-2479-Answers.zip`` from github.com/abachaa/MedQuAD,
LIVEQA_TEST_XML is ``TestDataset/TREC-2017-LiveQA-Medical-Test-Questions-w-summaries.xml`` from
github.com/abachaa/LiveQA_MedicalTask_TREC2017. Writes ``corpus.jsonl`` (the 2,479 judged MedQuAD
entries: question, answer, source as category) and ``queries.jsonl`` (each question as its sender
wrote it, kind ``original``, and NLM's one-line summary of it, kind ``summary``; the entries judged
3-Incomplete or 4-Excellent are its right answers) beside this script. The files are not committed:
part of the answers is MedlinePlus text that MedQuAD's own release leaves out; see README.md here.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
RELEVANT = {"3-Incomplete", "4-Excellent"}
MEDQUAD_TEXT = re.compile(r"Question:\s*(?P<question>.*?)\s*(?:\(Also called:.*\))?\s*\nURL:.*?\nAnswer:\s*(?P<answer>.*)", re.S)


def read_entries(archive: zipfile.ZipFile) -> dict[str, dict[str, str]]:
    """Answer id → faqbot entry, from the CSV of judged answers.

    MedQuAD splits some pages into sections that share one question; an FAQ has one entry per
    question, so sections with the same question are joined into one answer.
    """
    name = next(n for n in archive.namelist() if n.endswith(".csv") and "__MACOSX" not in n)
    rows = csv.DictReader(io.TextIOWrapper(archive.open(name), encoding="utf-8", errors="replace"))
    entries, by_heading = {}, {}
    for row in rows:
        match = MEDQUAD_TEXT.match(row["Answer"].strip())
        if not match or not match["answer"].strip():
            continue
        heading = re.sub(r"\s+\?$", "?", " ".join(match["question"].split()))
        answer = " ".join(match["answer"].split())
        entry = by_heading.setdefault(heading.casefold(), {"question": heading, "answer": "", "category": row["AnswerID"].split("_")[0]})
        if answer not in entry["answer"]:
            entry["answer"] = f"{entry['answer']}\n\n{answer}".strip()
        entries[row["AnswerID"]] = entry
    return entries


def read_judgements(archive: zipfile.ZipFile) -> dict[str, set[str]]:
    """Question number → the answer ids judged a right answer."""
    name = next(n for n in archive.namelist() if n.endswith(".txt") and "__MACOSX" not in n)
    right = defaultdict(set)
    for line in archive.open(name).read().decode("utf-8").splitlines():
        question, judgement, answer = line.split()
        if judgement in RELEVANT:
            right[question].add(answer)
    return right


def read_questions(path: Path) -> dict[str, tuple[str, str]]:
    """Question id → (the question as sent: subject and message, NLM's summary)."""
    questions = {}
    for item in ET.parse(path).getroot().iter("NLM-QUESTION"):
        original = item.find("Original-Question")
        sent = " ".join(f"{original.findtext('SUBJECT') or ''}. {original.findtext('MESSAGE') or ''}".split())
        questions[item.get("qid")] = (sent, " ".join((item.findtext("NLM-Summary") or "").split()))
    return questions


def main(archive_path: str, questions_path: str) -> None:
    with zipfile.ZipFile(archive_path) as archive:
        entries = read_entries(archive)
        right = read_judgements(archive)
    questions = read_questions(Path(questions_path))
    unique = list({id(e): e for e in entries.values()}.values())
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as out:
        for entry in unique:
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    written = 0
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as out:
        for number, answers in sorted(right.items(), key=lambda item: int(item[0])):
            qid = f"TQ{number}"
            expect = sorted({entries[a]["question"] for a in answers if a in entries})
            if qid not in questions or not expect:
                continue
            for kind, text in zip(("original", "summary"), questions[qid]):
                out.write(json.dumps({"query": text, "expect": expect, "kind": kind}, ensure_ascii=False) + "\n")
            written += 1
    print(f"{len(unique)} entries, {written} questions with a judged right answer (each as sent and summarised)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
