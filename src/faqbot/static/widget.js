/* faqbot chat bubble: one <script> tag adds it to any page.
 *
 *   <script src="https://faq.example.org/widget.js" data-title="Help" data-color="#1d4ed8"
 *           data-fallback="Call us on 0800 123 456." defer></script>
 *
 * data-fallback is what to tell an asker the FAQ has no answer for (and, under "did you mean"
 * candidates, for when none of them is what was asked): where else to get help.
 * It talks to POST /api/ask on the server it was loaded from (which must list the page's origin
 * with --allow-origin). Everything shown is set as text, never as HTML (web and mail addresses in it
 * become links, and an answer's code code, made as elements). No dependencies.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) { return; }
  var server = new URL(script.src).origin;
  var title = script.getAttribute("data-title") || "Questions? Ask us";
  var color = script.getAttribute("data-color") || "#1d4ed8";
  var fallback = script.getAttribute("data-fallback") || "";
  var notFoundHint = fallback || "Try other words.";  // after any reply that found nothing
  // The chat page's wording, filled in by the server (faqbot.server.WIDGET_SETTINGS).
  var relatedPrompt = "%RELATED_PROMPT%";
  var didYouMean = {one: "%DID_YOU_MEAN_ONE%", several: "%DID_YOU_MEAN_SEVERAL%"};
  var otherwise = "%OTHERWISE%";
  var whichOne = "%WHICH_ONE%";
  var noneOfThese = "%NONE_OF_THESE%";
  var sorry = "%SORRY%";
  var notCovered = "%NOT_COVERED%";

  function element(tag, style, text) {
    var node = document.createElement(tag);
    if (style) { node.style.cssText = style; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // Web and mail addresses, and bare e-mail addresses, as the chat page links them (faqbot.ui._LINK).
  var addresses = /((?:https?:\/\/|mailto:)[^\s<>"'`]*[^\s<>"'`.,;:!?)\]])|(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?![\w:\/@-])/g;

  // A block of ``text`` whose addresses are links: each made as an element, its address set as a
  // property and only when it is a web or mail one, so nothing in the text is ever read as HTML.
  function linked(style, text) {
    var node = element("div", style);
    addLinked(node, text);
    return node;
  }

  // ``text`` added to ``node`` with its addresses as links (see linked).
  function addLinked(node, text) {
    var position = 0;
    text.replace(addresses, function (found, address, email, at) {
      var target = address || "mailto:" + email;
      var link = element("a", "color:" + color + ";", address && address.indexOf("mailto:") !== 0 ? address : target.slice(7).split("?")[0]);
      link.href = target;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      node.appendChild(document.createTextNode(text.slice(position, at)));
      node.appendChild(link);
      position = at + found.length;
      return found;
    });
    node.appendChild(document.createTextNode(text.slice(position)));
  }

  // Code as an answer's text marks it (faqbot.text.CODE): a block between ``` lines (to the end of an
  // excerpt that holds its opening alone), or an inline span in backticks.
  var code = /^```[^\n]*\n([\s\S]*?)(?:\n```[ \t]*$|$(?![\s\S]))|`([^`\n]+)`/gm;
  var mono = "font-family:ui-monospace,Consolas,monospace;font-size:0.9em;background:#f4f4f5;";

  // A list item as an answer's text writes it (faqbot.ui._LIST_ITEM): "- a towel", "2. Click Export",
  // indented under the item it is nested in ("  - a towel").
  var listItem = /^( *)(?:- |(\d{1,3})\. )(.*)$/;

  // Table cells as an answer's text writes them apart (faqbot.ui._CELLS_APART), empty ones too.
  var cellsApart = /(?:^| )\|(?= |$)/;
  function cells(line) { return line.split(cellsApart).map(function (cell) { return cell.trim(); }); }
  function isList(run) { return run.kind === "ul" || run.kind === "ol"; }

  // An answer's text, its lists shown as lists and its tables as tables (as the chat page shows
  // them: runs of list item lines outside code blocks, a numbered one from its first number, the
  // items indented under one nested in it; runs of two or more rows of as many cells, the first
  // the header), each item, cell and the rest as addAnswerText adds them.
  function answerText(style, text) {
    var node = element("div", style);
    var runs = [];
    var inCode = codeLines(text);
    text.split("\n").forEach(function (line, number) {
      var item = inCode[number] ? null : listItem.exec(line);
      var width = inCode[number] || item ? 0 : cells(line).length;  // cells, when it may be a table row
      var kind = item ? (item[2] ? "ol" : "ul") : (width > 1 ? "table" : "");
      var nested = Boolean(item && item[1]);
      var last = runs[runs.length - 1];
      if (nested && runs.length > 1 && !last.kind && !last.lines.join("").trim() && isList(runs[runs.length - 2])) {
        runs.pop();  // blank lines between an item and the list nested in it
        last = runs[runs.length - 1];
      }
      var joins = last && (last.kind === kind || (nested && isList(last))) && (kind !== "table" || cells(last.lines[0]).length === width);
      if (joins) { last.lines.push(line); } else { runs.push({kind: kind, lines: [line]}); }
    });
    var merged = [];
    runs.forEach(function (run) {  // a lone table row is read as the text it is in: one line with a bar is no table
      var kind = run.kind === "table" && run.lines.length === 1 ? "" : run.kind;
      var last = merged[merged.length - 1];
      if (last && !kind && !last.kind) { last.lines = last.lines.concat(run.lines); } else { merged.push({kind: kind, lines: run.lines}); }
    });
    merged.forEach(function (run) {
      if (!run.kind) {  // a list or a table is a block of its own: no empty lines around it
        addAnswerText(node, run.lines.join("\n").replace(/^\n+|\n+$/g, ""));
        return;
      }
      node.appendChild(run.kind === "table" ? table(run.lines) : nestedList(run.lines));
    });
    return node;
  }

  // A run of table rows as a table element, the first row its header.
  function table(lines) {
    var shown = element("table", "border-collapse:collapse;margin:4px 0;white-space:normal;");
    lines.forEach(function (line, number) {
      var row = element("tr", "");
      cells(line).forEach(function (cell) {
        var shownCell = element(number ? "td" : "th", "border:1px solid #d4d4d8;padding:2px 6px;text-align:left;vertical-align:top;");
        if (!number) { shownCell.scope = "col"; }
        addAnswerText(shownCell, cell);
        row.appendChild(shownCell);
      });
      shown.appendChild(row);
    });
    return shown;
  }

  // A run of list item lines as a list element; an item indented more than the one above is nested in it.
  function nestedList(lines) {
    var open = [];  // the open lists, innermost last: {list, indent as typed, its latest item}
    var top = null;
    lines.forEach(function (line) {
      var item = listItem.exec(line);
      var typed = item[1].length;
      while (open.length > 1 && typed < open[open.length - 1].indent) { open.pop(); }
      var innermost = open[open.length - 1];
      if (!innermost || (typed > innermost.indent && innermost.item)) {
        var list = element(item[2] ? "ol" : "ul", "margin:4px 0;padding-left:22px;white-space:normal;");
        if (item[2]) { list.start = Number(item[2]); }
        if (innermost) { innermost.item.appendChild(list); } else { top = list; }
        innermost = {list: list, indent: typed, item: null};
        open.push(innermost);
      }
      innermost.item = element("li", "white-space:pre-wrap;");
      addAnswerText(innermost.item, item[3]);
      innermost.list.appendChild(innermost.item);
    });
    return top;
  }

  // The numbers of ``text``'s lines that a code block spans, its fences included: code as addAnswerText shows it.
  function codeLines(text) {
    var lines = {};
    text.replace(code, function (found, block, span, at) {
      if (block !== undefined) {
        var first = text.slice(0, at).split("\n").length - 1;
        for (var line = first; line < first + found.split("\n").length; line++) { lines[line] = true; }
      }
      return found;
    });
    return lines;
  }

  // ``text`` added to ``node``, its code shown as code (set as text too) and its addresses as links.
  function addAnswerText(node, text) {
    var position = 0;
    text.replace(code, function (found, block, span, at) {
      var before = text.slice(position, at);
      position = at + found.length;
      var shown = element("code", block === undefined ? mono + "border-radius:3px;padding:0 3px;" : "");
      addLinked(shown, block === undefined ? span : block);  // its addresses are links, as the chat page makes them
      if (block === undefined) {
        addLinked(node, before);
        node.appendChild(shown);
        return found;
      }
      addLinked(node, before.replace(/\n+$/, ""));  // a block stands apart by itself: no empty lines around it
      var pre = element("pre", mono + "margin:4px 0;padding:6px 8px;border-radius:4px;overflow-x:auto;white-space:pre;");
      pre.appendChild(shown);
      node.appendChild(pre);
      while (text.charAt(position) === "\n") { position++; }
      return found;
    });
    addLinked(node, text.slice(position));
  }

  var font = "font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;";
  var bubble = element("button", "position:fixed;right:20px;bottom:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);color:#fff;font-size:26px;background:" + color, "?");
  bubble.setAttribute("aria-label", title);
  bubble.id = "faqbot-bubble";
  var panel = element("section", "position:fixed;right:20px;bottom:88px;z-index:2147483000;width:min(360px,calc(100vw - 40px));height:min(520px,calc(100vh - 120px));display:none;flex-direction:column;background:#fff;color:#111;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden;" + font);
  panel.id = "faqbot-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  var header = element("div", "padding:12px 16px;color:#fff;font-weight:600;background:" + color, title);
  var log = element("div", "flex:1;overflow-y:auto;padding:12px 16px;");
  log.setAttribute("aria-live", "polite");
  var form = element("form", "display:flex;gap:8px;padding:10px;border-top:1px solid #ddd;");
  var input = element("input", "flex:1;padding:8px 10px;border:1px solid #bbb;border-radius:8px;" + font);
  input.placeholder = "Ask a question…";
  input.setAttribute("aria-label", "Your question");
  var send = element("button", "padding:8px 14px;border:0;border-radius:8px;color:#fff;cursor:pointer;background:" + color, "Ask");
  send.type = "submit";
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(form);

  function say(node) {
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
  }

  // Offered entries ({heading, question}) as buttons: a click asks the question, and tells the server the entry picked by it.
  function candidates(offers, id) {
    var list = element("div", "display:flex;flex-direction:column;gap:6px;margin:6px 0 12px;");
    offers.forEach(function (offer) {
      var choice = element("button", "text-align:left;padding:6px 10px;border:1px solid " + color + ";border-radius:8px;background:#fff;color:#111;cursor:pointer;" + font, offer.question);
      choice.className = "faqbot-candidate";
      choice.addEventListener("click", function () {
        if (id) {  // the server records questions (--learn): the pick tells it which entry was meant
          fetch(server + "/api/choose", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify({id: id, heading: offer.question})});
        }
        ask(offer.question);
      });
      list.appendChild(choice);
    });
    return list;
  }

  var smallTalk = {
    greeting: "Hello! Ask a question in your own words.",
    thanks: "You're welcome! Ask another question any time.",
    goodbye: "Goodbye, and thanks for asking!",
    help: "Ask a question in your own words and I'll answer from the FAQ. When I'm not sure, I offer the closest questions to pick from.",
    acknowledgement: "Anything else? Ask in your own words."
  };

  // The words a corrected question replaced, as faqbot.spelling.corrections pairs them: one for one,
  // hyphenated words whole ("epaper" became "e-paper").
  // Built at run time, not as a literal: a browser without Unicode property escapes shows the
  // corrected question whole instead of failing to read this whole script.
  function corrections(typed, searched) {
    var word;
    try { word = new RegExp("\\p{L}+(?:['-]\\p{L}+)*", "gu"); } catch (e) { return "\u201C" + searched + "\u201D"; }
    var before = typed.match(word) || [], after = searched.match(word) || [], changed = [];
    for (var i = 0; i < Math.min(before.length, after.length); i++) {
      if (before[i].toLowerCase() !== after[i].toLowerCase()) { changed.push("\u201C" + before[i] + "\u201D \u2192 \u201C" + after[i] + "\u201D"); }
    }
    return changed.join(", ");
  }

  // One reply; ``record`` is the id a pick from its candidates is stored with (null when not recording).
  function show(answer, record) {
    var reply = element("div", "margin:0 0 12px;");
    reply.className = "faqbot-reply";
    if (answer.corrected_question && !answer.small_talk) {  // misspelt words were corrected: show how they were read
      reply.appendChild(element("div", "font-size:13px;color:#555;margin-bottom:4px;", "Spelling corrected: " + corrections(answer.question, answer.corrected_question)));
    }
    if (answer.reason === "answered") {
      reply.appendChild(element("div", "font-weight:600;margin-bottom:4px;", answer.heading));
      reply.appendChild(answerText("white-space:pre-wrap;", answer.excerpt));
      if (answer.answer.trim() !== answer.excerpt.trim()) {
        var full = element("details", "margin-top:4px;");
        full.appendChild(element("summary", "cursor:pointer;color:" + color + ";", "Full answer"));
        full.appendChild(answerText("white-space:pre-wrap;margin-top:4px;", answer.answer));
        reply.appendChild(full);
      }
      if (answer.offers.length) {  // "Not what you meant?": someone given the wrong entry picks the right one
        reply.appendChild(element("div", "margin-top:8px;", relatedPrompt));
        reply.appendChild(candidates(answer.offers, record));
      }
    } else if (answer.small_talk) {  // "hi", "thanks": answered in kind, never from the FAQ
      reply.appendChild(element("div", "", smallTalk[answer.small_talk] || smallTalk.acknowledgement));
    } else if (answer.reason === "ambiguous") {
      // "reoffered": the asker said yes to several candidates; they are offered again, asking which.
      // "rejected": the asker said an answer was wrong; its related questions are offered instead.
      var asked = answer.reoffered ? whichOne : answer.offers.length === 1 ? didYouMean.one : didYouMean.several;
      reply.appendChild(element("div", "", answer.rejected ? sorry + " " + asked : asked));
      reply.appendChild(candidates(answer.offers, record));
      if (fallback) { reply.appendChild(linked("", otherwise + " " + fallback)); }
    } else if (answer.refused || answer.rejected) {  // the asker said no to every candidate offered, or to an answer with none
      reply.appendChild(linked("", noneOfThese + " " + notFoundHint));
    } else {
      reply.appendChild(linked("", notCovered + " " + notFoundHint));
    }
    if (answer.id && !answer.small_talk) { reply.appendChild(verdict(answer.id)); }  // the server records questions (--learn)
    say(reply);
  }

  function verdict(id) {
    var row = element("div", "display:flex;gap:6px;margin-top:4px;");
    [[true, "\uD83D\uDC4D", "Helpful"], [false, "\uD83D\uDC4E", "Not helpful"]].forEach(function (option) {
      var vote = element("button", "border:1px solid #ccc;border-radius:6px;background:#fff;cursor:pointer;padding:2px 8px;" + font, option[1]);
      vote.className = "faqbot-vote";
      vote.setAttribute("aria-label", option[2]);
      vote.addEventListener("click", function () {
        fetch(server + "/api/feedback", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify({id: id, helpful: option[0]})})
          .then(function (response) { if (response.ok) { row.textContent = "Thanks for the feedback."; } });
      });
      row.appendChild(vote);
    });
    return row;
  }

  // The latest reply's offered questions, the heading it answered with and its id: a typed "yes" or
  // "the second one" picks a "did you mean" candidate, and "that's not it" turns an answer down (the
  // server reads the words: faqbot.picks); a pick is stored like a click.
  var latest = {offered: [], answered: "", id: null};

  function ask(question, typed) {
    say(element("div", "margin:0 0 8px auto;max-width:85%;width:fit-content;padding:6px 10px;border-radius:8px;background:#eef2ff;", question));
    var before = latest;
    var body = {question: question, top_k: 3, offered: typed ? before.offered : [], answered: typed ? before.answered : ""};
    fetch(server + "/api/ask", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)})
      .then(function (response) { if (!response.ok) { throw new Error(String(response.status)); } return response.json(); })
      .then(function (answer) {
        if (answer.picked && before.id) {
          fetch(server + "/api/choose", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify({id: before.id, heading: answer.picked})});
        }
        if ((answer.refused || answer.rejected) && before.id) {  // not helped: the review counts the question among those to look at
          fetch(server + "/api/feedback", {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify({id: before.id, helpful: false})});
        }
        var record = answer.reoffered || answer.rejected ? before.id : answer.id || null;  // such a pick belongs to the question first asked
        var answered = answer.reason === "answered" && !answer.small_talk;
        var offered = answer.reason === "ambiguous" || answered ? answer.offers.map(function (offer) { return offer.question; }) : [];
        latest = {offered: offered, answered: answered ? answer.heading : "", id: record};
        show(answer, record);
      })
      .catch(function () {
        var failed = element("div", "margin:0 0 12px;color:#b00020;", "Sorry, the FAQ could not be reached.");
        failed.className = "faqbot-error";
        say(failed);
      });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (question) { input.value = ""; ask(question, true); }
  });
  bubble.addEventListener("click", function () {
    var open = panel.style.display === "none";
    panel.style.display = open ? "flex" : "none";
    if (open) { input.focus(); }
  });
  document.body.appendChild(panel);
  document.body.appendChild(bubble);
})();
