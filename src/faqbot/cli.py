"""Command line: ``faqbot build | ask | eval | check | serve`` for operators, authors and the chat server.

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
from pathlib import Path

from faqbot.answer import Answer
from faqbot.bot import FAQBot, setting
from faqbot.corpus import CorpusError
from faqbot.evaluate import Report, evaluate, load_queries
from faqbot.gate import Credentials

EXIT_DATA_ERROR = 1
EXIT_USAGE = 2


def _add_bot_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", help="FAQ file or folder (default: $FAQBOT_CORPUS or ./corpus)")
    parser.add_argument("--index", help="index folder (default: $FAQBOT_INDEX or ./index)")
    parser.add_argument("--model", help="sentence-transformers model name or path (default: $FAQBOT_MODEL or the bundled all-MiniLM-L6-v2)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(prog="faqbot", description="Answer questions from FAQ documents, offline.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log progress (-vv for debug detail)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build (or rebuild) the index for a corpus")
    _add_bot_options(build)

    ask = commands.add_parser("ask", help="answer one question")
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--top-k", type=int, default=3, help="how many entries to return, best first (default 3)")
    ask.add_argument("--category", help="search only this category of the FAQ")
    ask.add_argument("--json", action="store_true", help="print the answer as one JSON object")
    _add_bot_options(ask)

    evaluate = commands.add_parser("eval", help="measure retrieval quality on a query file")
    evaluate.add_argument("queries", help='JSON Lines: {"query": "...", "expect": ["heading", ...]} (empty expect: should decline)')
    evaluate.add_argument("--top-k", type=int, default=10, help="ranks considered for MRR and recall (default 10)")
    evaluate.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    _add_bot_options(evaluate)

    check = commands.add_parser("check", help="find what in a corpus will confuse the bot (exit 1 on errors)")
    _add_bot_options(check)

    serve = commands.add_parser("serve", help="open the chat in a web browser (Gradio)")
    serve.add_argument("--host", help="address to bind (default: $FAQBOT_HOST or 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=int, help="port to listen on (default: $FAQBOT_PORT or 7860)")
    serve.add_argument("--auth", metavar="USER:PASSWORD", help="require a log-in (default: $FAQBOT_AUTH, or none); visible in the process list, prefer --auth-file")
    serve.add_argument("--auth-file", metavar="PATH", help="read USER:PASSWORD from this file's first line, or from standard input with '-' (or $FAQBOT_AUTH_FILE)")
    serve.add_argument("--watch", action="store_true", help="rebuild and reload when a corpus file changes (or $FAQBOT_WATCH=1)")
    serve.add_argument("--log-questions", action="store_true", help="log the text of every question (off by default: questions are private)")
    _add_bot_options(serve)
    return parser


def format_answer(answer: Answer) -> str:
    """Human-readable rendering of an answer for the terminal."""
    lines = []
    if answer.answered:
        where = f"{answer.category} · {answer.source}" if answer.category else answer.source
        lines += [answer.heading, "", answer.passage, "", f"confidence {answer.score:.2f} · {where}"]
        others = answer.alternatives
        title = "See also:"
    else:
        lines += [f"Not sure (confidence {answer.score:.2f}). Did you mean one of these?"]
        others = (answer, *answer.alternatives)
        title = ""
    if others:
        lines += ["", title] if title else []
        lines += [f"  - {other.heading} ({other.score:.2f})" for other in others]
    return "\n".join(lines)


def _parse_auth(value: str, origin: str) -> Credentials:
    """USER:PASSWORD → Credentials; a malformed or empty value is a usage error, never a silent open door."""
    user, sep, password = value.strip("\r\n").partition(":")
    if not sep or not user or not password:
        raise ValueError(f"{origin} must look like USER:PASSWORD")
    return Credentials(user, password)


def _read_auth_file(path: str) -> str:
    """The first line of an auth file, or of standard input for '-'."""
    try:
        text = sys.stdin.readline() if path == "-" else Path(path).read_text(encoding="utf-8").partition("\n")[0]
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read the auth file {path}: {exc}") from exc
    return text


def _credentials(args: argparse.Namespace) -> Credentials | None:
    """The log-in from --auth, --auth-file, $FAQBOT_AUTH or $FAQBOT_AUTH_FILE, in that order; None for none.

    A variable that is set but empty is an error: it would otherwise turn the log-in off unnoticed.
    """
    if args.auth is not None:
        return _parse_auth(args.auth, "--auth")
    if args.auth_file is not None:
        return _parse_auth(_read_auth_file(args.auth_file), f"the first line of {args.auth_file}")
    for variable in ("FAQBOT_AUTH", "FAQBOT_AUTH_FILE"):
        if os.environ.get(variable) == "":
            raise ValueError(f"{variable} is set but empty; unset it to serve without a log-in")
    if "FAQBOT_AUTH" in os.environ:
        return _parse_auth(os.environ["FAQBOT_AUTH"], "FAQBOT_AUTH")
    if "FAQBOT_AUTH_FILE" in os.environ:
        path = os.environ["FAQBOT_AUTH_FILE"]
        return _parse_auth(_read_auth_file(path), f"the first line of {path}")
    return None


def format_report(report: Report) -> str:
    """The evaluation figures as an aligned two-column table."""
    return "\n".join(f"{name:<20}{value}" for name, value in report.figures().items())


def _check(args: argparse.Namespace) -> int:
    """Print every finding, then a one-line summary; errors make the exit code 1."""
    from faqbot.check import check_corpus

    report = check_corpus(args.corpus, args.index, args.model)
    for finding in report.findings:
        print(finding)
    errors, warnings = report.errors, len(report.findings) - report.errors
    print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    if not report.retrieval_checked:
        print("Fix the empty entries to run the retrieval checks (near-duplicates, self-retrieval).")
    return EXIT_DATA_ERROR if errors else 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "build":
        bot = FAQBot(corpus=args.corpus, index_dir=args.index, model=args.model)
        print(f"Indexed {len(bot.index.entries)} entries ({len(bot.index.passages)} passages) in {bot.index_dir}")
        return 0
    if args.command == "ask":
        if not args.question.strip():
            raise ValueError("the question is empty; ask something, e.g. faqbot ask \"How do I ...?\"")
        if args.top_k < 1:
            raise ValueError("--top-k must be at least 1")
        bot = FAQBot(corpus=args.corpus, index_dir=args.index, model=args.model)
        answer = bot.ask(args.question, top_k=args.top_k, category=args.category)
        print(json.dumps(answer.to_dict(), ensure_ascii=False) if args.json else format_answer(answer))
        return 0
    if args.command == "eval":
        if args.top_k < 1:
            raise ValueError("--top-k must be at least 1")
        queries = load_queries(args.queries)
        report = evaluate(FAQBot(corpus=args.corpus, index_dir=args.index, model=args.model), queries, top_k=args.top_k)
        print(json.dumps(report.figures()) if args.json else format_report(report))
        if args.verbose:
            print("\n".join(["", "Misses:", *report.misses] if report.misses else ["", "No misses."]))
        return 0
    if args.command == "check":
        return _check(args)
    if args.command == "serve":
        auth = _credentials(args)
        print("Loading the FAQ and the model…", file=sys.stderr)
        bot = FAQBot(corpus=args.corpus, index_dir=args.index, model=args.model)
        from faqbot.server import serve  # gradio is slow to import: only `serve` pays for it

        host = setting(args.host, "FAQBOT_HOST", "127.0.0.1")
        port = int(setting(args.port and str(args.port), "FAQBOT_PORT", "7860"))
        print(f"faqbot: {len(bot.headings)} FAQ entries; chat at http://{host}:{port}", file=sys.stderr)
        log_questions = args.log_questions or os.environ.get("FAQBOT_LOG_QUESTIONS") == "1"
        if log_questions:
            logging.getLogger("faqbot.questions").setLevel(logging.INFO)
        watch = args.watch or os.environ.get("FAQBOT_WATCH") == "1"
        if watch:
            logging.getLogger("faqbot.watch").setLevel(logging.INFO)  # say when an edit went live
            print(f"faqbot: watching {bot.corpus_path} for changes", file=sys.stderr)
        serve(bot, host=host, port=port, auth=auth, log_questions=log_questions, watch=watch)
        return 0
    raise AssertionError(f"unhandled command {args.command}")


def _configure_logging(verbosity: int) -> None:
    """Warnings from everyone; faqbot's own progress with -v, and its debug detail with -vv."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets itself to DEBUG
    logging.getLogger("faqbot").setLevel(logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``faqbot`` console script; returns the process exit code."""
    args = build_parser().parse_args(argv)
    _configure_logging(args.verbose)
    sys.stdout.reconfigure(errors="replace")  # a question with broken Unicode still prints
    try:
        return _run(args)
    except CorpusError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_DATA_ERROR
    except ValueError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
