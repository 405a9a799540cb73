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

  document.addEventListener("DOMContentLoaded", function () {
    removeOldQuickReplies();
    scrollToEnd();
  });
})();
