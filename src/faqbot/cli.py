"""Command line: ``faqbot build | ask | eval | check | serve | review | approve | reject``.

Operators build and serve, authors check, and owners improve the FAQ from what people asked.

User mistakes (a bad corpus, an empty question) print one clear line on stderr and exit
non-zero — 1 for a problem with the data or model, 2 for a usage problem — never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.answer import Answer
from faqbot.bot import FAQBot, corpus_location
from faqbot.corpus.learned import learned_path
from faqbot.errors import FaqbotError, SettingError
from faqbot.evaluate import SWEEP, Report, evaluate, load_queries
from faqbot.gate import Credentials
from faqbot.retrieval import AMOUNT, BARE_WORD, NOTHING_ASKED, REVERSE, SECTION_UNSAID, UNREADABLE, did_you_mean, offers, reply_data, suggestions
from faqbot.settings import LOOPBACK, SETTINGS, Setting, resolve
from faqbot.spelling import corrections

if TYPE_CHECKING:
    from faqbot.learning.review import Review
    from faqbot.learning.store import QuestionStore

EXIT_DATA_ERROR = 1
EXIT_USAGE = 2


def _argument_type(setting: Setting):
    """The setting's own parser as an argparse type: a bad flag is a usage error saying what is wrong."""

    def parse(text: str):
        try:
            return setting.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def _add_setting(parser: argparse.ArgumentParser, name: str, **options) -> None:
    """A flag for a setting of :data:`faqbot.settings.SETTINGS`: parsed and checked like its
    variable, its help naming the variable and the default."""
    setting = SETTINGS[name]
    if setting.parse is not str and options.get("action") in (None, "append"):
        options.setdefault("type", _argument_type(setting))
    default = setting.describe_default().replace("`", "")
    parser.add_argument(setting.flag, help=f"{setting.help} (default: ${setting.variable}, else {default})".replace("`", ""), **options)


def _add_bot_options(parser: argparse.ArgumentParser, answers: bool = True) -> None:
    """The options of every command that opens the bot; ``answers``: it decides replies, so the answer threshold applies."""
    _add_setting(parser, "corpus", metavar="PATH")
    _add_setting(parser, "index", metavar="PATH")
    _add_setting(parser, "model", metavar="NAME_OR_PATH")
    _add_setting(parser, "tune", action=argparse.BooleanOptionalAction, default=None)
    if answers:
        _add_setting(parser, "threshold", metavar="CONFIDENCE")


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _command(commands, name: str, summary: str, description: str, verbosity: argparse.ArgumentParser) -> argparse.ArgumentParser:
    return commands.add_parser(name, help=summary, description=description, parents=[verbosity])


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="faqbot", description="Answer questions from FAQ documents, offline.")
    parser.add_argument("--version", action="version", version=f"faqbot {metadata.version('faqbot')}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress (-vv for debug detail); also after the command")
    verbosity = argparse.ArgumentParser(add_help=False)
    verbosity.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help="log progress (-vv for debug detail)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = _command(commands, "build", "build (or refresh) the index for a corpus",
                     "Read the corpus, embed what changed since the last build and write the index folder.", verbosity)
    build.add_argument("--retune", action="store_true", help="adapt the model to the corpus again, even if a copy adapted to an earlier version of it is kept")
    _add_bot_options(build, answers=False)

    ask = _command(commands, "ask", "answer one question",
                   "Answer one question with the best FAQ entry, its confidence and the next-best entries.", verbosity)
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--top-k", type=_positive_int, default=3, metavar="N", help="how many entries to return, best first (default 3); a \"did you mean\" lists the ones the chat offers, --json all")
    ask.add_argument("--category", metavar="NAME", help="search only this category of the FAQ (any case)")
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    _add_bot_options(ask)

    evaluate = _command(commands, "eval", "measure retrieval quality on a query file",
                        "Ask every question of a query file and print P@1, MRR@10, R@3 and R@5 (right entry among the first three / five), answered, precision when answered, wrong answers asserted, right entry shown (as the chat shows it: the answer or a related question under it, or a \"did you mean\" candidate) and declined; -v lists the misses.", verbosity)
    evaluate.add_argument("queries", metavar="QUERIES", help='JSON Lines, {"query": "...", "expect": ["heading", ...]} per line (empty expect: should decline), or a YAML list of them (.yaml)')
    evaluate.add_argument("--top-k", type=_positive_int, default=10, metavar="N", help="entries to rank (default 10): the three of the reply ask() gives by default, which R@3 and right entry shown read, then the rest of an N-entry reply; MRR@10 and R@5 read them")
    evaluate.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    _add_bot_options(evaluate)

    check = _command(commands, "check", "find what in a corpus will confuse the bot (exit 1 on errors)",
                     "Report, as file:line lines, empty and duplicate entries, questions the bot confuses, entries run together, long answers and headings that lean on context.", verbosity)
    _add_bot_options(check)

    serve = _command(commands, "serve", "open the chat in a web browser (Gradio) and the JSON API",
                     "Serve the chat page and POST /api/ask on one port; loopback only unless --host says otherwise.", verbosity)
    _add_setting(serve, "host", metavar="ADDRESS")
    _add_setting(serve, "port", metavar="N")
    _add_setting(serve, "auth", metavar="USER:PASSWORD")
    _add_setting(serve, "auth_file", metavar="PATH")
    _add_setting(serve, "watch", action="store_const", const=True)
    _add_setting(serve, "log_questions", action="store_const", const=True)
    _add_setting(serve, "title", metavar="TEXT")
    _add_setting(serve, "fallback", metavar="TEXT")
    _add_setting(serve, "allow_origin", metavar="ORIGIN", action="append")
    _add_setting(serve, "show_sources", action=argparse.BooleanOptionalAction, default=None)
    _add_setting(serve, "learn", action="store_const", const=True)
    _add_setting(serve, "keep_days", metavar="N")
    _add_setting(serve, "store", metavar="URL")
    _add_bot_options(serve)

    review = _command(commands, "review", "list recorded questions worth a look (serve --learn)",
                      "List, most asked first, questions the bot declined, answered with low confidence or that people marked unhelpful, "
                      "each with the entry it belongs to (the one askers picked from the entries offered with its reply, else the one the bot matched, unless they said it did not help); "
                      "then topics people asked about that no entry covers.", verbosity)
    review.add_argument("--json", action="store_true", help="print the review as one JSON object")
    _add_setting(review, "store", metavar="URL")
    _add_bot_options(review, answers=False)

    approve = _command(commands, "approve", "add a recorded question to its entry as another way of asking it",
                       "Add the question to the corpus's learned file (learned.yaml) as an alternate of the entry `faqbot review` suggests, or of --heading. "
                       "Your own FAQ files are not touched; serve --watch picks the change up, otherwise the next build does.", verbosity)
    approve.add_argument("id", metavar="ID", help="the question's id, as `faqbot review` lists it")
    approve.add_argument("--heading", metavar="HEADING", help="the entry to add it to, by its heading, or for a heading asked in two sections by its name with the section, as `faqbot review` shows it (default: the one `faqbot review` suggests: the one askers picked from the entries offered with its reply, else the one the bot matched, unless they said it did not help)")
    _add_setting(approve, "store", metavar="URL")
    _add_setting(approve, "corpus", metavar="PATH")
    _add_setting(approve, "index", metavar="PATH")

    reject = _command(commands, "reject", "stop suggesting a recorded question", "Mark the question (and its repeats) as reviewed, not to be added.", verbosity)
    reject.add_argument("id", metavar="ID", help="the question's id, as `faqbot review` lists it")
    _add_setting(reject, "store", metavar="URL")
    _add_setting(reject, "index", metavar="PATH")
    return parser


# Why a sure best entry was only offered (Answer.held_back), in the words `faqbot ask` prints.
HELD_BACK_WHY = {
    NOTHING_ASKED: "the message asks nothing an entry could answer (no letter, or question words alone)",
    BARE_WORD: "one word that the questions of several entries use",
    UNREADABLE: "the model does not read the message as English",
    REVERSE: "it asks the reverse of what the best match answers",
    AMOUNT: "it asks for a number or a date that the best match never gives",
    SECTION_UNSAID: "the FAQ asks this in two sections and the message does not say which",
}


def format_answer(answer: Answer, threshold: float) -> str:
    """Human-readable rendering of an answer for the terminal: what the chat shows of it. A "did
    you mean" whose best entry fits at the answer ``threshold`` or above is held back by what the
    question is ("how do I uninstall it" of an install entry, a bare word: :attr:`Answer.held_back`,
    which is named), or else by a rival ranked as close, not by doubt about the fit: "Not sure
    (confidence 0.94)" read as a contradiction."""
    if answer.small_talk:
        return f"That reads as small talk ({answer.small_talk}), not a question: nothing in the FAQ answers it."
    changed = corrections(answer.question, answer.corrected_question)
    lines = ["Spelling corrected: " + ", ".join(f"{typed} → {searched}" for typed, searched in changed), ""] if changed else []
    ambiguous = answer.reason == "ambiguous"
    # A question asked in two sections is named with its section; a "did you mean" lists what the chat offers.
    listed = suggestions(answer) if ambiguous else offers(answer, answer.alternatives)
    if answer.answered:
        where = f"{answer.category} · {answer.source}" if answer.category else answer.source
        lines += [answer.heading, "", answer.excerpt, "", f"confidence {answer.score:.2f} · {where}"]
        # Not "see also": the next best are listed whatever their fit, for an author checking a reply;
        # each score is that entry's confidence against the answer, so most are far below it.
        lines += ["", "Next best:"] if answer.alternatives else []
        lines += [f"  - {offer.question} ({other.score:.2f})" for offer, other in zip(listed[1:], answer.alternatives, strict=True)]
    else:
        doubt = did_you_mean(len(listed)) if ambiguous else "This FAQ may not cover it; the closest entries:"
        unsure = "Not sure"
        if answer.held_back:
            unsure = f"Not asserted: {HELD_BACK_WHY[answer.held_back]}"
        elif ambiguous and answer.score >= threshold:
            unsure = "Too close to choose"
        lines += [f"{unsure} (confidence {answer.score:.2f}). {doubt}"]
        # In the bot's order, without scores: a runner-up's is measured against the best guess, not
        # like the best guess's own, so it can read higher than the confidence above.
        lines += [f"  - {offer.question}" for offer in listed]
    return "\n".join(lines)


def _parse_auth(value: str, origin: str) -> Credentials:
    """USER:PASSWORD → Credentials; a malformed value is a usage error, never a silent open door."""
    user, sep, password = value.strip("\r\n").partition(":")
    if not sep or not user or not password:
        raise SettingError(f"{origin} must look like USER:PASSWORD")
    return Credentials(user, password)


def _read_auth_file(path: str) -> str:
    """The first line of an auth file, or of standard input for '-'. A byte-order mark, which
    Windows Notepad writes, is no part of the user name."""
    try:
        return sys.stdin.readline() if path == "-" else Path(path).read_text(encoding="utf-8-sig").partition("\n")[0]
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingError(f"cannot read the auth file {path}: {exc}") from exc


def _credentials(args: argparse.Namespace) -> Credentials | None:
    """The log-in from --auth, else --auth-file, else $FAQBOT_AUTH, else $FAQBOT_AUTH_FILE; None for none.

    Keeping the password out of the process list takes the file (or standard input) form.
    """
    auth = args.auth if args.auth is not None or args.auth_file is not None else resolve("auth")
    if auth is not None:
        return _parse_auth(auth, "--auth" if args.auth is not None else "FAQBOT_AUTH")
    path = resolve("auth_file", args.auth_file)
    return _parse_auth(_read_auth_file(path), f"the first line of {path}") if path is not None else None


def format_report(report: Report, threshold: float) -> str:
    """The evaluation figures as an aligned two-column table, then the decision at other answer
    thresholds (``threshold`` is the one in use)."""
    lines = [f"{name:<20}{value}" for name, value in report.figures().items()]
    lines += ["", "At other answer thresholds (--threshold / FAQBOT_THRESHOLD):", f"{'threshold':<16}{'answered':>9}{'precision':>11}{'wrong':>8}{'declined':>10}"]
    for at, figures in report.threshold_figures().items():
        label = f"{at:g}{' (in use)' if at == threshold else ''}"
        lines.append(f"{label:<16}{figures['answered']:>9.3f}{figures['precision_answered']:>11.3f}{figures['wrong_asserted']:>8.3f}{figures['declined']:>10.3f}")
    return "\n".join(lines)


def _check(args: argparse.Namespace) -> int:
    """Print every finding, then a one-line summary; errors make the exit code 1."""
    from faqbot.check import check_corpus

    report = check_corpus(args.corpus, args.index, args.model, args.tune, args.threshold)
    for finding in report.findings:
        print(finding)
    errors, warnings = report.errors, len(report.findings) - report.errors
    print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    if not report.retrieval_checked:
        print("Fix the empty entries to run the retrieval checks (near-duplicates, self-retrieval).")
    return EXIT_DATA_ERROR if errors else 0


def _bot(args: argparse.Namespace) -> FAQBot:
    return FAQBot(corpus=args.corpus, index_dir=args.index, model=args.model, threshold=getattr(args, "threshold", None), tune=args.tune, retune=getattr(args, "retune", False))


def _run(args: argparse.Namespace) -> int:
    if args.command == "build":
        bot = _bot(args)
        print(f"Indexed {len(bot.index.entries)} entries ({len(bot.index.passages)} passages) in {bot.index_dir}")
        print(f"Embedded with {bot.adaptation.described() if bot.adaptation else 'the model as shipped (adaptation turned off)'}")
        return 0
    if args.command == "ask":
        bot = _bot(args)
        answer = bot.ask(args.question, top_k=args.top_k, category=args.category)
        print(json.dumps(reply_data(answer), ensure_ascii=False) if args.json else format_answer(answer, bot.threshold))
        return 0
    if args.command == "eval":
        queries = load_queries(args.queries)
        bot = _bot(args)
        report = evaluate(bot, queries, top_k=args.top_k, thresholds=() if args.json else (bot.threshold, *SWEEP))
        print(json.dumps(report.figures()) if args.json else format_report(report, bot.threshold))
        if args.verbose:
            print("\n".join(["", "Misses:", *report.misses] if report.misses else ["", "No misses."]))
        return 0
    if args.command == "check":
        return _check(args)
    if args.command == "serve":
        return _serve(args)
    if args.command in ("review", "approve", "reject"):
        return _decide(args)
    raise AssertionError(f"unhandled command {args.command}")


def format_review(review: Review) -> str:
    """The review for the terminal: one block per question, with the command that decides it."""
    lines = []
    for item in review.suggestions:
        why = f"{item.why} ({item.reason})" if item.why == "declined" else item.why  # did it offer candidates, or nothing?
        picked = f" (picked by {item.picked} from the entries offered)" if item.picked else ""
        suggested = item.heading or f"none: {item.unsuggested} (approve with --heading, or add an entry)"
        lines += [f"{item.id}  asked {item.asked}× · {why} · score {item.score:.2f}", f"  {item.question}", f"  suggested entry: {suggested}{picked}", ""]
    for topic in review.new_topics:
        lines += [f"{topic.asked} people asked about {topic.questions[0]!r}; no entry covers it:", *(f"  {i}  {q}" for i, q in zip(topic.ids, topic.questions)), ""]
    if not lines:
        return "Nothing to review."
    return "\n".join([*lines, "Approve with `faqbot approve ID [--heading HEADING]`, or reject with `faqbot reject ID`."])


def _decide(args: argparse.Namespace) -> int:
    """review, approve or reject: the owner's side of learning from what people asked."""
    from faqbot.learning.review import approve, reject, review
    from faqbot.learning.store import QuestionStore, store_url

    store = QuestionStore.open(store_url(args.index, args.store), existing=True)
    try:
        if args.command == "review":
            found = review(store, _bot(args))
            print(json.dumps(found.to_dict(), ensure_ascii=False) if args.json else format_review(found))
        elif args.command == "approve":
            corpus = corpus_location(args.corpus)
            question, heading = approve(store, corpus, args.id, args.heading)
            print(f"Added {question!r} to {heading!r} in {learned_path(corpus)}")
        else:
            print(f"Rejected {reject(store, args.id)!r}; it will not be suggested again.")
    finally:
        store.close()
    return 0


def _serve(args: argparse.Namespace) -> int:
    """Read every setting first (a mistake fails before the slow model load), then serve."""
    auth = _credentials(args)
    host, port = resolve("host", args.host), resolve("port", args.port)
    log_questions, watch = resolve("log_questions", args.log_questions), resolve("watch", args.watch)
    title, fallback, show_sources = resolve("title", args.title), resolve("fallback", args.fallback), resolve("show_sources", args.show_sources)
    origins = tuple(origin for given in args.allow_origin for origin in given) if args.allow_origin else resolve("allow_origin")
    store = _learning_store(args)
    print("Loading the FAQ and the model…", file=sys.stderr)
    bot = _bot(args)
    from faqbot.server import serve  # gradio is slow to import: only `serve` pays for it
    from faqbot.ui import ChatOptions

    chat = ChatOptions(title=title, fallback=fallback, show_sources=host in LOOPBACK if show_sources is None else show_sources)

    if log_questions:
        logging.getLogger("faqbot.questions").setLevel(logging.INFO)
    if watch:
        logging.getLogger("faqbot.watch").setLevel(logging.INFO)  # say when an edit went live
        print(f"faqbot: watching {bot.corpus_path} for changes", file=sys.stderr)
    serve(bot, host=host, port=port, auth=auth, log_questions=log_questions, watch=watch, chat=chat, origins=origins, store=store)
    return 0


def _learning_store(args: argparse.Namespace) -> QuestionStore | None:
    """The store questions are recorded in with --learn (opened now: a wrong URL fails before the model loads), else None."""
    if not resolve("learn", args.learn):
        return None
    from faqbot.learning.store import QuestionStore, store_url

    store = QuestionStore.open(store_url(args.index, args.store), keep_days=resolve("keep_days", args.keep_days))
    print(f"faqbot: recording questions in {store.engine.url.render_as_string(hide_password=True)} (faqbot review lists them)", file=sys.stderr)
    return store


def _configure_logging(verbosity: int) -> None:
    """Warnings from everyone; faqbot's own progress with -v, and its debug detail with -vv."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG
    logging.getLogger("faqbot").setLevel(logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``faqbot`` console script; returns the process exit code."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # usage errors, --help and --version: argparse has printed them
        return int(exc.code or 0)
    _configure_logging(args.verbose)
    sys.stdout.reconfigure(errors="replace")  # a question with broken Unicode still prints
    try:
        return _run(args)
    except SettingError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FaqbotError as exc:  # data: a corpus, model, query file or index folder
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_DATA_ERROR
    except (ValueError, TypeError) as exc:  # a call the bot refuses: an unknown category, say
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `faqbot ask … | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
