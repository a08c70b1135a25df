"""Gradio chat UI: the face of faqbot for most people (``faqbot serve``).

Everything shown in the page that came from a person or a FAQ file goes through
:func:`as_text`, so markup in a question or an answer is displayed, never run. Gradio's own
sanitiser stays on as a second line of defence.
"""

from __future__ import annotations

import html
import logging
import os
import re
from dataclasses import dataclass

from faqbot.answer import Answer
from faqbot.bot import FAQBot
from faqbot.text import valid_utf8

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no outbound calls, before gradio loads

import gradio as gr  # noqa: E402

question_log = logging.getLogger("faqbot.questions")  # silent unless the operator asks (--log-questions)

SUGGESTIONS = 3
ALL_CATEGORIES = "All topics"
EXAMPLES = 3
HIGH_CONFIDENCE = 0.8
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")
_MARKDOWN_LINK = re.compile(r"\[(?P<label>[^\]\n]+)\]\((?P<address>(?:https?://|mailto:)[^)\s]+)\)")
_LINK = re.compile(r"(?:https?://|mailto:)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]")  # a sentence's closing punctuation is not part of it

CSS = """
.example { flex: 1 1 14rem; }
footer { display: none !important; }
"""


def _escaped(text: str) -> str:
    """Markdown first (its backslashes must not touch the entities html.escape makes), then HTML."""
    return html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", text), quote=False).replace("\n", "<br>")


def as_text(text: str) -> str:
    """Make user or corpus text safe to show in a Markdown/HTML message: shown as typed, never run.

    Web and mail addresses become links written out as HTML, so the Markdown escaping of the
    text around them never ends up inside an address.
    """
    pieces, position = [], 0
    for link in _LINK.finditer(text):
        address = link.group()
        pieces += [_escaped(text[position : link.start()]), f'<a href="{html.escape(address)}" target="_blank" rel="noopener noreferrer">{_escaped(address)}</a>']
        position = link.end()
    return "".join([*pieces, _escaped(text[position:])])


def confidence_label(score: float, threshold: float) -> str:
    """high / medium / low, with the number, so a reader can judge the answer at a glance."""
    level = "high" if score >= max(HIGH_CONFIDENCE, threshold) else "medium" if score >= threshold else "low"
    return f"{level} confidence ({score:.2f})"


@dataclass(frozen=True)
class ChatOptions:
    """What the page shows besides answers: the owner's fallback text, and sources for authors."""

    fallback: str = ""  # Markdown (links allowed) shown when the FAQ does not cover a question
    show_sources: bool = True  # "file:line" under each answer: for authors, not for visitors


NOT_COVERED = "I couldn't find this in the FAQ."
NOT_COVERED_HINT = "Try other words, or browse all the questions below."


def fallback_html(text: str) -> str:
    """The owner's fallback text, safe to show: Markdown links to web or mail addresses become links,
    everything else is shown as typed."""
    pieces, position = [], 0
    for link in _MARKDOWN_LINK.finditer(text):
        label, address = link.group("label"), link.group("address")
        pieces += [as_text(text[position : link.start()]), f'<a href="{html.escape(address)}" target="_blank" rel="noopener noreferrer">{_escaped(label)}</a>']
        position = link.end()
    return "".join([*pieces, as_text(text[position:])])


def reply(answer: Answer, threshold: float, options: ChatOptions) -> dict:
    """The assistant message for one answer.

    Answered: heading as a title, the passage, the full answer to open, and a footer. Did you mean:
    the candidates as clickable options inside the message. Not covered: the owner's fallback,
    never headings that have nothing to do with the question.
    """
    label = f"<sub>{confidence_label(answer.score, threshold)}</sub>"
    if answer.reason == "ambiguous":
        return {"role": "assistant", "content": f"Did you mean one of these?\n\n{label}", "options": [{"label": h, "value": h} for h in suggestions(answer)]}
    if not answer.answered:
        follow = fallback_html(options.fallback) if options.fallback else NOT_COVERED_HINT
        return {"role": "assistant", "content": f"{NOT_COVERED} {follow}\n\n{label}"}
    details = [confidence_label(answer.score, threshold), *([as_text(answer.category)] if answer.category else [])]
    details += [f"source: {as_text(answer.source)}"] if options.show_sources else []
    full = ""
    if answer.answer.strip() != answer.passage.strip():
        full = f"\n\n<details><summary>Full answer</summary>\n\n{as_text(answer.answer)}\n\n</details>"
    return {"role": "assistant", "content": f"**{as_text(answer.heading)}**\n\n{as_text(answer.passage)}{full}\n\n<sub>{' · '.join(details)}</sub>"}


def suggestions(answer: Answer) -> list[str]:
    """The likely headings to offer when the bot is unsure: its best guess, then the runners-up."""
    return [answer.heading, *(alt.heading for alt in answer.alternatives)][:SUGGESTIONS]


def title_of(bot: FAQBot) -> str:
    """The page title: the first sentence of the corpus description, or the corpus name."""
    first = re.split(r"(?<=[.!?])\s", bot.description.strip(), maxsplit=1)[0] if bot.description.strip() else ""
    return first or f"FAQ: {bot.corpus_path.stem}"


def build_app(bot: FAQBot, log_questions: bool = False, options: ChatOptions | None = None) -> gr.Blocks:
    """The chat page for one bot; the bot (model and index) is shared by every session."""
    threshold, options = bot.threshold, options or ChatOptions()

    def respond(question: str, history: list[dict], category: str | None = None) -> tuple:
        """Answer one message.

        ``history`` is the session's server-side state, never what the browser sends: the chat
        takes text only, so no request can slip a file into the conversation.
        """
        if not question or not question.strip():
            gr.Warning("Type a question first.")
            return history, history, question
        question = valid_utf8(question)
        if log_questions:
            question_log.info("question: %r", question)
        chosen = category if category in bot.categories else None
        answer = bot.ask(question, top_k=SUGGESTIONS, category=chosen)
        history = [*history, {"role": "user", "content": as_text(question)}, reply(answer, threshold, options)]
        return history, history, ""

    def ask_heading(heading: str | None, history: list[dict]) -> tuple:
        """Ask a heading picked from the full list or the examples (across all categories)."""
        return respond(heading or "", history)

    def pick_candidate(history: list[dict], category: str | None, chosen: gr.SelectData) -> tuple:
        """Ask the candidate clicked in a "did you mean" message (it came from the chosen topic: stay in it)."""
        return respond(str(chosen.value), history, category)

    with gr.Blocks(title=title_of(bot), analytics_enabled=False) as app:
        gr.Markdown(f"### {as_text(title_of(bot))}")
        if bot.description:
            with gr.Accordion("About this FAQ", open=False):
                gr.Markdown(as_text(bot.description))
        conversation = gr.State([])
        chatbot = gr.Chatbot(label="Chat", show_label=False, elem_id="chat", height=580, sanitize_html=True, buttons=["copy"], placeholder="Ask a question about this FAQ.")
        # The topic filter exists only for corpora with categories; without it every question searches all.
        topic = gr.Dropdown([ALL_CATEGORIES, *bot.categories], value=ALL_CATEGORIES, label="Topic", elem_id="topic", visible=bool(bot.categories))
        with gr.Row(equal_height=True):
            textbox = gr.Textbox(placeholder="Ask a question…", show_label=False, scale=5, elem_id="question", autofocus=True, max_lines=4)
            send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ask")
        clear = gr.Button("Clear chat", size="sm", elem_id="clear")
        gr.Markdown("Try asking:")
        with gr.Row():
            examples = [gr.Button(h, size="sm", elem_classes=["example"]) for h in bot.headings[:EXAMPLES]]
        with gr.Accordion(f"All {len(bot.headings)} questions in this FAQ", open=False, elem_id="all-headings"):
            headings = gr.Radio(choices=bot.headings, show_label=False, elem_id="headings")

        outputs = [chatbot, conversation, textbox]
        for event in (textbox.submit, send.click):
            event(respond, [textbox, conversation, topic], outputs, show_progress="minimal")
        chatbot.option_select(pick_candidate, [conversation, topic], outputs, show_progress="minimal")
        for button in examples:
            button.click(ask_heading, [button, conversation], outputs, show_progress="minimal")
        # Asking a listed heading clears the choice again, so the same one can be asked twice.
        headings.select(ask_heading, [headings, conversation], outputs, show_progress="minimal").then(lambda: None, None, headings)
        clear.click(lambda: ([], [], ""), None, outputs)

        def current_lists() -> tuple:
            """The headings, topics and examples as they are now (``serve --watch`` may have reloaded)."""
            now = bot.headings
            topics = gr.update(choices=[ALL_CATEGORIES, *bot.categories], visible=bool(bot.categories))
            shown = [gr.update(value=now[i], visible=True) if i < len(now) else gr.update(visible=False) for i in range(len(examples))]
            return gr.update(choices=now), topics, *shown

        app.load(current_lists, None, [headings, topic, *examples], show_progress="hidden")
    return app
