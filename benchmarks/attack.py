"""Replay the attacks of the security review against a real `faqbot serve` on loopback.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/attack.py

Starts two servers on the seed FAQ (one open, one behind a log-in read from a file), runs every
attack with bounded loops and timeouts, prints one row per attack with what was seen, and exits 1
if any attack got through. README, Security, lists what is promised.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus"
ENV = {**os.environ, "HF_HUB_OFFLINE": "1"}
HEADING = "What role does North Korea's military support play in these alliances?"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serving(scratch: Path, *options: str) -> Iterator[str]:
    """`faqbot serve` on the seed FAQ; yields its URL once it answers (any status)."""
    port = _free_port()
    command = [sys.executable, "-m", "faqbot", "serve", "--port", str(port), "--corpus", str(SEED), "--index", str(scratch / "index"), *options]
    server = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                httpx.get(url, timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None:
                    raise RuntimeError("faqbot serve exited") from None
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def chat_with_file(url: str, path: str, **auth) -> str:
    """Send a chat history holding a file message naming ``path``; return all the chat sent back."""
    message = {"role": "user", "content": [{"type": "file", "file": {"path": path, "meta": {"_type": "gradio.FileData"}}}]}
    started = httpx.post(f"{url}/gradio_api/call/respond", json={"data": ["hi", [message], "All topics"]}, timeout=10, **auth)
    if started.status_code != 200:
        return f"HTTP {started.status_code}"
    return httpx.get(f"{url}/gradio_api/call/respond/{started.json()['event_id']}", timeout=10, **auth).text


def still_answers(url: str, **auth) -> bool:
    response = httpx.post(f"{url}/api/ask", json={"question": "Is a new Cold War starting?"}, timeout=5, **auth)
    return response.status_code == 200


def attacks_on_open_server(url: str) -> list[tuple[str, str, bool]]:
    rows = []
    for path in ("/etc/passwd", "/proc/self/cmdline", "/dev/zero"):
        seen = chat_with_file(url, path)
        held = "file=" not in seen and still_answers(url)
        rows.append((f"chat history names {path}", "no file link; server still answers", held))
    for route in ("/gradio_api/file=/etc/passwd", "/gradio_api/runs", "/openapi.json", "/manifest.json"):
        status = httpx.get(url + route, timeout=5).status_code
        rows.append((f"GET {route}", f"404 (got {status})", status == 404))
    started = time.perf_counter()
    upload = httpx.post(f"{url}/gradio_api/upload", files={"files": ("big.bin", b"x" * 50_000_000)}, timeout=60)
    rows.append(("upload 50 MB", f"404 (got {upload.status_code} in {time.perf_counter() - started:.1f} s)", upload.status_code == 404))
    rows.append(("run history kept in the browser", "config run_history false", httpx.get(f"{url}/config", timeout=5).json().get("run_history") is False))
    for body in ('{"question": "hi", "top_k": NaN}', '{"question": "hi", "top_k": Infinity}'):
        status = httpx.post(f"{url}/api/ask", content=body, headers={"content-type": "application/json"}, timeout=5).status_code
        rows.append((f"POST /api/ask {body}", f"422 (got {status})", status == 422))
    oversized = httpx.post(f"{url}/api/ask", json={"question": "x " * 1_000_000}, timeout=30)
    rows.append(("question of 2 MB", f"413 (got {oversized.status_code})", oversized.status_code == 413 and still_answers(url)))
    surrogate = httpx.post(f"{url}/api/ask", content='{"question": "Is \\ud800 a new Cold War starting?"}', headers={"content-type": "application/json"}, timeout=5)
    rows.append(("question with a lone surrogate", f"200 (got {surrogate.status_code})", surrogate.status_code == 200))
    return rows


def attacks_on_protected_server(url: str) -> list[tuple[str, str, bool]]:
    rows = []
    for route in ("/", "/config", "/gradio_api/info", "/manifest.json", "/theme.css"):
        response = httpx.get(url + route, timeout=5)
        rows.append((f"GET {route} before log-in", f"401/404, no heading (got {response.status_code})", response.status_code in (401, 404) and HEADING not in response.text))
    good = {"auth": ("ann", "s3cret")}
    rows.append(("Basic log-in on the page's config", "200", httpx.get(f"{url}/config", timeout=5, **good).status_code == 200))
    rows.append(("chat history names /etc/passwd, logged in", "no file link", "file=" not in chat_with_file(url, "/etc/passwd", **good)))
    statuses = [httpx.get(f"{url}/config", auth=("ann", f"guess{i}"), timeout=5).status_code for i in range(300)]
    first_refusal = statuses.index(429) if 429 in statuses else None
    rows.append(("300 wrong passwords", f"429 from guess {first_refusal}, 401 before", first_refusal is not None and first_refusal <= 6 and set(statuses[:first_refusal]) == {401}))
    return rows


def attacks_on_the_command_line(scratch: Path) -> list[tuple[str, str, bool]]:
    rows = []
    empty = subprocess.run([sys.executable, "-m", "faqbot", "serve", "--index", str(scratch / "x")], env={**ENV, "FAQBOT_AUTH": ""}, capture_output=True, text=True, timeout=120)
    rows.append(("FAQBOT_AUTH=''", f"exit 2 (got {empty.returncode})", empty.returncode == 2 and "Traceback" not in empty.stderr))
    bomb = scratch / "bomb.yaml"
    levels = "".join(f"{name}: &{name} [{','.join([f'*{below}'] * 9)}]\n" for below, name in zip("abcdefgh", "bcdefghi"))  # 9 to the 9th "lol"
    bomb.write_text(f'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n{levels}entries:\n  - question: q?\n    answer: a\n')
    done = subprocess.run([sys.executable, "-m", "faqbot", "build", "--corpus", str(bomb), "--index", str(scratch / "y")], env=ENV, capture_output=True, text=True, timeout=120)
    held = done.returncode == 1 and "bomb.yaml:1" in done.stderr and "aliases repeat" in done.stderr
    rows.append(("YAML alias bomb in the corpus (9 levels)", f"exit 1 naming bomb.yaml:1 and its aliases (got {done.returncode})", held))
    rows.append(_comments_before_an_answer(scratch))
    return rows


def _comments_before_an_answer(scratch: Path) -> tuple[str, str, bool]:
    """An answer opening with HTML comments (WordPress writes one before and after every block) was
    read by a pattern whose tries doubled with each comment: 60 would take days."""
    faq = scratch / "comments.csv"
    faq.write_text('question,answer\nIs it free?,"' + "<!-- wp:spacer --><!-- /wp:spacer -->" * 30 + '<figure>Yes.</figure>"\n')
    read = [sys.executable, "-c", "import sys; from faqbot.corpus import load_corpus; load_corpus(sys.argv[1])", str(faq)]
    started = time.perf_counter()
    try:
        done = subprocess.run(read, env=ENV, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return ("CSV answer opening with 60 HTML comments", "read in under 60 s (still reading at 60 s)", False)
    seconds = time.perf_counter() - started
    return ("CSV answer opening with 60 HTML comments", f"read in under 60 s (exit {done.returncode} in {seconds:.1f} s)", done.returncode == 0)


def _json_ld_page(count: int) -> str:
    items = [{"@type": "Question", "name": f"Question {i}?", "acceptedAnswer": {"@type": "Answer", "text": f"<p>Answer {i}.</p>"}} for i in range(count)]
    return '<script type="application/ld+json">' + json.dumps({"@type": "FAQPage", "mainEntity": items}, indent=1) + "</script>"


# Shapes of web FAQ page, each read in time that grows with its size, not its square: a page of 8,000
# questions should take about 4x the time of one of 2,000.
PAGE_SHAPES = {
    "FAQPage JSON-LD": _json_ld_page,
    "questions side by side": lambda count: "<main><h1>FAQ</h1>" + "".join(f"<h2>Question {i}?</h2><p>Answer {i}.</p>" for i in range(count)) + "</main>",
    "definition list": lambda count: "<h1>FAQ</h1><dl>" + "".join(f"<dt>Question {i}?</dt>\n<dd>Answer {i}.</dd>\n" for i in range(count)) + "</dl>",
    "definition list, end tags left out": lambda count: "<h1>FAQ</h1><dl>" + "".join(f"<dt>Question {i}?\n<dd>Answer {i}.\n" for i in range(count)) + "</dl>",
    "titled by bold paragraphs, as a document saved as a web page": lambda count: (
        "<p><b>Is it free?</b></p><p>Yes.</p>" + "".join(f"<p><b>Title {i}</b></p><p>Answer {i}.</p>" for i in range(count))
    ),
    "built by its script from data": lambda count: "<h1>FAQ</h1><div id='faq'></div><script>\nconst faqs = [\n" + "".join(f"  {{ q: 'Question {i}?', a: 'Answer {i}.' }},\n" for i in range(count)) + "];\n</script>",
}


def _grows_linearly(attack: str, sizes: tuple[int, int], made: Callable[[int], Path], read: Callable[[Path], object]) -> tuple[str, str, bool]:
    """The row of a reading-time attack: ``read`` of what ``made`` makes at the two ``sizes``, the
    second four times the first, should take about four times as long (under 6x), not sixteen."""
    seconds = {}
    for count in sizes:
        path = made(count)
        started = time.perf_counter()
        read(path)
        seconds[count] = time.perf_counter() - started
    small, large = sizes
    ratio = seconds[large] / seconds[small]
    return (attack, f"about 4x the time, linear ({seconds[small]:.2f} s → {seconds[large]:.2f} s, {ratio:.1f}x)", ratio < 6)


def _written(path: Path, text: str) -> Path:
    """``path``, ``text`` written to it: a page or file made for a reading-time attack."""
    path.write_text(text)
    return path


def html_reading_time(scratch: Path) -> list[tuple[str, str, bool]]:
    from faqbot.corpus.html_faq import read_html_faq

    return [
        _grows_linearly(f"FAQ page of 8,000 questions vs 2,000, {shape}", (2000, 8000), lambda count, page_of=page_of: _written(scratch / f"faq{count}.html", page_of(count)), read_html_faq)
        for shape, page_of in PAGE_SHAPES.items()
    ]


# Shapes of a FAQ a chatbot or an editor keeps, read in time that grows with its size: 8,000 entries
# should take about 4x the time of 2,000.
FILE_SHAPES = {
    "Vim help file, code blocks opened at lines' ends": ("faq.txt", lambda count: "*faq.txt*\n\n" + "".join(
        f"QUESTION {i}? ~\n\nSet it in your |init.vim|: >vim\n    set option{i}\n<\n\n" for i in range(count)) + " vim:ft=help:\n"),
    "Bot Framework .qna file": ("faq.qna", lambda count: "".join(
        f'<a id = "{i}"></a>\n\n## ? Question {i}?\n- Asked otherwise {i}\n\n```markdown\nAnswer {i}.\n```\n\n' for i in range(count))),
}


def _dialogflow_agent(folder: Path, count: int) -> Path:
    """A Dialogflow agent's intents folder of ``count`` intents, each beside its phrases' file."""
    intents = folder / f"intents{count}"
    intents.mkdir()
    for i in range(count):
        (intents / f"Intent {i}.json").write_text(json.dumps({"name": f"Intent {i}", "responses": [{"messages": [{"type": 0, "speech": f"Answer {i}."}]}]}))
        (intents / f"Intent {i}_usersays_en.json").write_text(json.dumps([{"data": [{"text": f"Question {i}?"}]}]))
    return intents


def chatbot_and_editor_reading_time(scratch: Path) -> list[tuple[str, str, bool]]:
    from faqbot.corpus import read_corpus

    rows = [
        _grows_linearly(f"{shape}, 8,000 entries vs 2,000", (2000, 8000), lambda count, name=name, text_of=text_of: _written(scratch / f"{count}{name}", text_of(count)), read_corpus)
        for shape, (name, text_of) in FILE_SHAPES.items()
    ]
    return [*rows, _grows_linearly("Dialogflow agent of 4,000 intents vs 1,000", (1000, 4000), lambda count: _dialogflow_agent(scratch, count), read_corpus)]


def nested_titles_reading_time(scratch: Path) -> tuple[str, str, bool]:
    """Accordion titles whose page leaves out their end tags nest one in the next, as a page copied
    out of a site did (each title's question was asked again of every title inside it): 20 deep
    took 96 s to read, each two levels more four times that."""
    from faqbot.corpus import CorpusError
    from faqbot.corpus.html_faq import read_html_faq

    page = scratch / "nested.html"
    page.write_text("<h1>FAQ</h1>" + "".join(f'<div class="faq-head"><span class="faq-title">Question {i}?<div class="faq-body">Answer {i}.' for i in range(40)))
    started = time.perf_counter()
    with contextlib.suppress(CorpusError):  # refused or read: what counts is that it ends
        read_html_faq(page)
    seconds = time.perf_counter() - started
    return ("FAQ page of accordion titles nested 40 deep", f"read in under 10 s ({seconds:.2f} s)", seconds < 10)


def _tracked_word_document(path: Path, insertions: int) -> None:
    """A Word document whose one answer is ``insertions`` tracked insertions, as Track Changes saves each word typed."""
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Is it free?", style="Heading 2")
    answer = document.add_paragraph("Yes")
    for _ in range(insertions):
        inserted, run, text = OxmlElement("w:ins"), OxmlElement("w:r"), OxmlElement("w:t")
        text.text = " more"
        run.append(text)
        inserted.append(run)
        answer._p.append(inserted)
    document.save(path)


def word_reading_time(scratch: Path) -> tuple[str, str, bool]:
    """Each wrapper Word keeps text in was unwrapped in its parent's list of children: a paragraph of
    40,000 tracked insertions took 22 s to read, growing with the square of their number."""
    from faqbot.corpus.docx_faq import read_docx_faq

    def made(count: int) -> Path:
        path = scratch / f"tracked{count}.docx"
        _tracked_word_document(path, count)
        return path

    return _grows_linearly("Word answer of 40,000 tracked insertions vs 10,000", (10_000, 40_000), made, read_docx_faq)


def main() -> int:
    rows: list[tuple[str, str, bool]] = []
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        secret = scratch / "auth"
        secret.write_text("ann:s3cret\n")
        with serving(scratch) as url:
            rows += attacks_on_open_server(url)
        with serving(scratch, "--auth-file", str(secret)) as url:
            rows += attacks_on_protected_server(url)
        rows += attacks_on_the_command_line(scratch) + html_reading_time(scratch) + [nested_titles_reading_time(scratch), word_reading_time(scratch)]
        rows += chatbot_and_editor_reading_time(scratch)
    width = max(len(attack) for attack, _, _ in rows)
    print(f"| {'attack':<{width}} | held | expected (seen) |\n|{'-' * (width + 2)}|------|---|")
    for attack, seen, held in rows:
        print(f"| {attack:<{width}} | {'yes' if held else 'NO'} | {seen} |")
    failed = [attack for attack, _, held in rows if not held]
    print(f"\n{len(rows) - len(failed)} of {len(rows)} attacks held off")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
