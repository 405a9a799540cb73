// Chat enhancements: keep the newest message in view, pace breathing cards in real time.
// Everything here is optional: the chat works as a plain form without it.
(function () {
  "use strict";

  function scrollToEnd() {
    var list = document.getElementById("messages");
    if (list && list.lastElementChild) {
      list.lastElementChild.scrollIntoView({ block: "end" });
    }
  }

  function removeOldQuickReplies() {
    var groups = document.querySelectorAll(".quick-replies");
    for (var i = 0; i < groups.length - 1; i++) {
      groups[i].remove();
    }
  }

  var phaseWords = { "in": "Breathe in", "out": "Breathe out", "hold": "Hold" };

  function startBreathing(card) {
    var phases = JSON.parse(card.getAttribute("data-phases") || "[]");
    var cycles = parseInt(card.getAttribute("data-cycles") || "4", 10);
    var circle = card.querySelector(".breath-circle");
    var label = card.querySelector(".breath-label");
    var button = card.querySelector(".breath-start");
    if (!phases.length || !circle || !label) { return; }
    button.disabled = true;
    var cycle = 0, index = 0, remaining = 0, timer = null;

    function nextPhase() {
      if (index >= phases.length) { index = 0; cycle += 1; }
      if (cycle >= cycles) {
        clearInterval(timer);
        label.textContent = "Done. Notice how you feel now.";
        circle.className = "breath-circle";
        button.disabled = false;
        button.textContent = "Again";
        return;
      }
      var phase = phases[index];
      remaining = phase[1];
      // CSSOM (not a style attribute) keeps this compatible with the page's CSP.
      circle.style.transitionDuration = phase[1] + "s";
      circle.className = "breath-circle phase-" + phase[0];
      label.textContent = (phaseWords[phase[0]] || phase[0]) + " … " + remaining;
      index += 1;
    }

    function tick() {
      remaining -= 1;
      if (remaining <= 0) { nextPhase(); return; }
      var phase = phases[index - 1];
      label.textContent = (phaseWords[phase[0]] || phase[0]) + " … " + remaining;
    }

    nextPhase();
    timer = setInterval(tick, 1000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".breath-start") : null;
    if (button) { startBreathing(button.closest(".breathing")); }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.target && event.target.id === "messages") {
      var box = document.getElementById("chat-text");
      if (box) { box.value = ""; box.focus(); }
      removeOldQuickReplies();
      scrollToEnd();
    }
  });

  document.addEventListener("keydown", function (event) {
    // Enter sends, Shift+Enter makes a new line: what people expect from a chat.
    if (event.target.id === "chat-text" && event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      var form = event.target.form;
      if (form && event.target.value.trim()) {
        if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
      }
    }
  });

  // --- Streamed replies (only when the page marks its forms with data-stream) ---------------
  // The server sends server-sent events over a POST (EventSource can only GET), so they are read
  // from fetch's body stream. Events: "message" (the stored client message as HTML), "text"
  // (append: it already passed the output guard), "replace" (show this instead of everything so
  // far: a later sentence was blocked or the model failed), "done" (the final reply as HTML,
  // exactly as stored). Text is always set with textContent, never as HTML.
  var streamBusy = false;

  function typing(on) {
    var indicator = document.getElementById("typing");
    if (indicator) { indicator.classList.toggle("htmx-request", on); }
  }

  function appendHtml(html) {
    var list = document.getElementById("messages");
    if (!list) { return null; }
    list.insertAdjacentHTML("beforeend", html);
    return list.lastElementChild;
  }

  function streamingBubble() {
    var list = document.getElementById("messages");
    var item = document.createElement("li");
    item.className = "msg msg-companion msg-streaming";
    item.setAttribute("aria-busy", "true");
    var bubble = document.createElement("div");
    bubble.className = "bubble";
    var para = document.createElement("p");
    para.className = "stream-text";
    bubble.appendChild(para);
    item.appendChild(bubble);
    list.appendChild(item);
    return { item: item, para: para };
  }

  function showError(text) {
    var list = document.getElementById("messages");
    if (!list) { return; }
    var item = document.createElement("li");
    item.className = "msg msg-error";
    item.setAttribute("role", "alert");
    var para = document.createElement("p");
    para.className = "error-text";
    para.textContent = text;
    item.appendChild(para);
    list.appendChild(item);
    scrollToEnd();
  }

  function parseEvent(block) {
    var kind = "message", data = [];
    block.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) { kind = line.slice(6).trim(); }
      else if (line.indexOf("data:") === 0) { data.push(line.slice(5).replace(/^ /, "")); }
    });
    if (!data.length) { return null; }
    try { return { kind: kind, data: JSON.parse(data.join("\n")) }; } catch (e) { return null; }
  }

  function streamForm(form) {
    if (streamBusy) { return; }
    streamBusy = true;
    var body = new URLSearchParams(new FormData(form));
    var box = document.getElementById("chat-text");
    var current = null, finished = false;
    typing(true);

    function handle(event) {
      if (event.kind === "message") {
        appendHtml(event.data.html);
        if (box && form.classList.contains("composer")) { box.value = ""; }
        removeOldQuickReplies();
      } else if (event.kind === "text") {
        if (!current) { current = streamingBubble(); typing(false); }
        current.para.textContent += event.data.text;
      } else if (event.kind === "replace") {
        if (!current) { current = streamingBubble(); typing(false); }
        current.para.textContent = event.data.text;
        current.item.classList.add("msg-replaced");
      } else if (event.kind === "done") {
        finished = true;
        var item = appendHtml(event.data.html);
        if (current) { current.item.remove(); }
        if (item) { removeOldQuickReplies(); }
      }
      scrollToEnd();
    }

    fetch(form.getAttribute("data-stream"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "text/event-stream" }
    }).then(function (response) {
      var type = response.headers.get("content-type") || "";
      if (!response.ok || type.indexOf("text/event-stream") !== 0 || !response.body) {
        return response.text().then(function (text) {
          if (response.status === 422 && text.indexOf("msg-error") >= 0) { appendHtml(text); }
          else { showError("Sorry, that did not send. Please try again."); }
        });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var pending = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) { return; }
          pending += decoder.decode(chunk.value, { stream: true }).replace(/\r\n/g, "\n");
          var cut;
          while ((cut = pending.indexOf("\n\n")) >= 0) {
            var event = parseEvent(pending.slice(0, cut));
            pending = pending.slice(cut + 2);
            if (event) { handle(event); }
          }
          return pump();
        });
      }
      return pump().then(function () {
        // The connection ended before the final event: show the conversation as stored, so the
        // screen never keeps words the history does not hold.
        if (!finished) { window.location.assign("/chat#latest"); }
      });
    }).catch(function () {
      if (!finished) { window.location.assign("/chat#latest"); }
    }).then(function () {
      streamBusy = false;
      typing(false);
      if (box && form.classList.contains("composer")) { box.focus(); }
    });
  }

  // Capture phase: runs before any other submit handler on the form.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form || !form.getAttribute || !form.getAttribute("data-stream")) { return; }
    if (!window.fetch || !window.TextDecoder || !window.ReadableStream) { return; }  // plain POST
    event.preventDefault();
    event.stopPropagation();
    streamForm(form);
  }, true);

  document.addEventListener("DOMContentLoaded", function () {
    removeOldQuickReplies();
    scrollToEnd();
  });
})();
