// Pressespejl: the few lines of script the pages use (no framework, no build step).
// Selecting words in an article fills the "missed quote" form with their offsets:
// each paragraph carries data-start, and its text is exactly the article's characters.
"use strict";
(function () {
  const text = document.getElementById("article-text");
  const form = document.getElementById("missed-form");
  if (!text || !form) return;
  const start = document.getElementById("missed-start");
  const end = document.getElementById("missed-end");
  const shown = document.getElementById("missed-text");

  function offset(node, at) {
    const para = (node.nodeType === 1 ? node : node.parentElement).closest("p[data-start]");
    if (!para || !text.contains(para)) return null;
    const range = document.createRange();
    range.setStart(para, 0);
    range.setEnd(node, at);
    return Number(para.dataset.start) + range.toString().length;
  }

  document.addEventListener("selectionchange", function () {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) return;
    const a = offset(range.startContainer, range.startOffset);
    const b = offset(range.endContainer, range.endOffset);
    if (a === null || b === null || b <= a) return;
    const picked = sel.toString();
    // Leave out spaces at the edges, as the quotes the pipeline finds do.
    const lead = picked.length - picked.trimStart().length;
    const trail = picked.length - picked.trimEnd().length;
    start.value = a + lead;
    end.value = b - trail;
    shown.textContent = picked.trim();
  });
})();
