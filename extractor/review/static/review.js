// Tennis review page script: selection, highlights, keyboard shortcuts and decisions.
// The server renders every card; this script sends a decision and swaps in the panel it gets back.
(() => {
  "use strict";
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  function overlay(id, open) {
    const el = document.getElementById(id);
    el.hidden = !open;
    return el;
  }

  // -- help --------------------------------------------------------------------------------
  const help = $("#help");
  const toggleHelp = (open = help.hidden) => { help.hidden = !open; };
  $$("[data-open-help]").forEach((b) => b.addEventListener("click", () => toggleHelp(true)));
  $("[data-close]", help).addEventListener("click", () => toggleHelp(false));
  help.addEventListener("click", (ev) => { if (ev.target === help) toggleHelp(false); });

  let toastTimer = 0;
  function toast(message, bad = false) {
    const el = $("#toast");
    el.textContent = message;
    el.classList.toggle("bad", bad);
    el.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { el.hidden = true; }, bad ? 5000 : 1800);
  }

  // -- undo buttons of the decisions page ----------------------------------------------------
  $$("[data-undo]").forEach((b) => b.addEventListener("click", async () => {
    const res = await fetch(`/api/decisions/${b.dataset.undo}/undo`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) { toast(data.error || `failed (${res.status})`, true); return; }
    location.reload();
  }));

  // -- list page ---------------------------------------------------------------------------
  $$("[data-autosubmit]").forEach((el) => el.addEventListener("change", () => el.form.submit()));

  // -- article page ------------------------------------------------------------------------
  const review = $("#review");
  if (!review) {
    document.addEventListener("keydown", (ev) => {
      if (ev.key === "?" && !isTyping(ev.target)) toggleHelp();
      else if (ev.key === "Escape") toggleHelp(false);
    });
    return;
  }
  const pk = review.dataset.pk;
  const panel = $("#panel");
  const text = $("#text");
  const tip = $("#tip");

  // fact index -> the text segments its evidence covers
  const segmentsOf = new Map();
  $$(".s[data-f]", text || document.createElement("div")).forEach((seg) => {
    seg.dataset.f.split(" ").forEach((i) => {
      if (!segmentsOf.has(i)) segmentsOf.set(i, []);
      segmentsOf.get(i).push(seg);
    });
  });

  // smooth scrolling unless the reader asked for less motion
  const scrolling = window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  let selected = null; // fact index (string)
  const cards = () => $$(".card", panel);
  const card = (i) => document.getElementById(`fact-${i}`);

  function select(i, { flash = true, scrollCard = true, scrollText = true } = {}) {
    if (i == null || !card(i)) return;
    $$(".card.selected", panel).forEach((c) => c.classList.remove("selected"));
    $$(".s.sel", text || document).forEach((s) => s.classList.remove("sel"));
    selected = String(i);
    const c = card(i);
    c.classList.add("selected");
    if (scrollCard) c.scrollIntoView({ block: "nearest", behavior: scrolling });
    const segs = segmentsOf.get(selected) || [];
    segs.forEach((s) => s.classList.add("sel"));
    if (segs.length && scrollText) segs[0].scrollIntoView({ block: "center", behavior: scrolling });
    if (flash) flashSpans(selected);
  }

  function flashSpans(i) {
    (segmentsOf.get(String(i)) || []).forEach((s) => {
      s.classList.remove("flash");
      void s.offsetWidth; // restart the animation
      s.classList.add("flash");
    });
  }

  function move(step) {
    const all = cards();
    if (!all.length) return;
    const at = all.findIndex((c) => c.dataset.i === selected);
    const next = at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step));
    select(all[next].dataset.i);
  }

  // "d": the open facts under the page's doubt line, least certain first (ties in panel order);
  // from one of them the next, from anywhere else the least certain.
  const doubtBelow = parseFloat(review.dataset.doubtBelow);
  function nextDoubtful() {
    const doubtful = cards()
      .map((c, at) => ({ c, at, doubt: parseFloat(c.dataset.doubt) }))
      .filter((x) => x.c.dataset.state === "unreviewed" && x.doubt < doubtBelow)
      .sort((x, y) => x.doubt - y.doubt || x.at - y.at);
    if (!doubtful.length) { toast(`No open fact under confidence ${doubtBelow}`); return; }
    const at = doubtful.findIndex((x) => x.c.dataset.i === selected);
    select(doubtful[(at + 1) % doubtful.length].c.dataset.i);
  }

  // After a decision: the next fact still to review, else the next one down.
  function advance(fromIndex) {
    const all = cards();
    const at = all.findIndex((c) => c.dataset.i === fromIndex);
    const after = all.slice(at + 1).concat(all.slice(0, Math.max(at, 0)));
    const target = after.find((c) => c.dataset.state === "unreviewed") || all[at + 1] || all[at];
    if (target) select(target.dataset.i);
  }

  async function decide(i, decision, changes = null) {
    const c = card(i);
    if (!c) return;
    // the decision is stored under the logged-in account; a reject carries the reason typed, if any
    const body = { kind: c.dataset.kind, ref: c.dataset.ref, decision };
    if (changes) body.changes = changes;
    const reason = $("input.reason", c);
    if (decision === "reject" && reason && reason.value.trim()) body.reason = reason.value.trim();
    let res, data;
    try {
      res = await fetch(`/api/articles/${pk}/decisions`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      data = await res.json();
    } catch (err) {
      toast("Could not reach the review server: is it still running?", true);
      return;
    }
    if (!res.ok) {
      const form = $(".edit", c);
      if (decision === "correct" && form && !form.hidden) {
        const err = $(".err", form);
        err.textContent = data.error;
        err.hidden = false;
      } else {
        toast(data.error || `failed (${res.status})`, true);
      }
      return;
    }
    panel.innerHTML = data.panel;
    $("#progress").innerHTML = data.progress;
    const words = { accept: "Accepted", reject: "Rejected", correct: "Correction saved", clear: "Back to unreviewed" };
    toast(words[decision]);
    if (decision === "accept" || decision === "reject" || decision === "correct") advance(String(i));
    else select(i, { flash: false });
  }

  function openEdit(i) {
    const c = card(i);
    if (!c) return;
    select(i, { flash: false });
    const form = $(".edit", c);
    form.hidden = false;
    $(".err", form).hidden = true;
    const first = $("input, select", form);
    if (first) first.focus();
  }

  function closeEdit(form) {
    form.hidden = true;
    form.reset();
    const c = form.closest(".card");
    if (c) c.focus({ preventScroll: true });
  }

  function changesOf(form) {
    const out = {};
    $$("input[name], select[name]", form).forEach((el) => { out[el.name] = el.value; });
    return out;
  }

  async function showHistory(c) {
    const list = $(".history", c);
    if (!list.hidden) { list.hidden = true; return; }
    const q = new URLSearchParams({ kind: c.dataset.kind, ref: c.dataset.ref });
    const res = await fetch(`/api/articles/${pk}/history?${q}`);
    const data = await res.json();
    list.innerHTML = "";
    (data.history || []).forEach((h) => {
      const li = document.createElement("li");
      const fields = Object.entries(h.corrected || {}).map(([k, v]) => `${k} ${v && typeof v === "object" ? v.text : v ?? "—"}`);
      let what = { accept: "accepted", reject: "rejected", clear: "undone (back to unreviewed)", correct: `corrected ${fields.join(", ")}` }[h.decision];
      if (h.machine) what = `accepted at ${h.confidence.toFixed(2)} (auto-accept ${h.threshold})${h.reason ? ` ${h.reason}` : ""}`;
      li.textContent = `${h.when} · ${h.editor}: ${what}`;
      list.appendChild(li);
    });
    list.hidden = false;
  }

  // clicks in the panel: buttons act on their card; anywhere else on a card selects it
  panel.addEventListener("click", (ev) => {
    const c = ev.target.closest(".card");
    if (!c) return;
    const act = ev.target.closest("[data-act]");
    const i = c.dataset.i;
    if (act) {
      ev.stopPropagation();
      const what = act.dataset.act;
      if (what === "edit") openEdit(i);
      else if (what === "cancel") closeEdit(act.closest("form"));
      else if (what === "history") showHistory(c);
      else decide(i, what);
      return;
    }
    if (ev.target.closest(".edit")) return;
    select(i);
  });
  panel.addEventListener("submit", (ev) => {
    const form = ev.target.closest(".edit");
    if (!form) return;
    ev.preventDefault();
    decide(form.closest(".card").dataset.i, "correct", changesOf(form));
  });
  // a quote's speaker picked from the players fills in the speaker's name
  panel.addEventListener("change", (ev) => {
    const sel = ev.target.closest("select[data-fills]");
    if (!sel || !sel.value) return;
    const target = $(`[name="${sel.dataset.fills}"]`, sel.form);
    const label = sel.selectedOptions[0].textContent.replace(/\s*\([^)]*\)$/, "");
    if (target) target.value = label;
  });

  // the text: hovering names the facts, clicking picks the most specific one
  if (text) {
    text.addEventListener("mouseover", (ev) => {
      const seg = ev.target.closest(".s[data-f]");
      if (!seg) { tip.hidden = true; return; }
      tip.innerHTML = "";
      (seg.dataset.m || seg.dataset.f).split(" ").forEach((i) => {
        const c = card(i);
        if (!c) return;
        const row = document.createElement("div");
        const dot = document.createElement("span");
        dot.className = `k k-${c.dataset.kind}`;
        row.appendChild(dot);
        const said = { accept: "accepted", reject: "rejected", correct: "corrected", machine: "accepted by the machine" }[c.dataset.state];
        row.appendChild(document.createTextNode(c.dataset.label + (said ? ` · ${said}` : "")));
        tip.appendChild(row);
      });
      tip.hidden = !tip.childNodes.length;
    });
    text.addEventListener("mousemove", (ev) => {
      if (tip.hidden) return;
      const x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
      tip.style.left = `${x}px`;
      tip.style.top = `${ev.clientY + 18}px`;
    });
    text.addEventListener("mouseleave", () => { tip.hidden = true; });
    text.addEventListener("click", (ev) => {
      const seg = ev.target.closest(".s[data-f]");
      if (!seg) return;
      select((seg.dataset.m || seg.dataset.f).split(" ")[0], { scrollText: false });
    });
  }

  function isTyping(el) {
    return el && (el.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName));
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === "Escape") {
      if (!help.hidden) { toggleHelp(false); return; }
      const open = $$(".edit", panel).find((f) => !f.hidden);
      if (open) { closeEdit(open); ev.preventDefault(); }
      return;
    }
    if (isTyping(ev.target)) return;
    if (!help.hidden && ev.key !== "?") return;
    const keys = {
      j: () => move(1),
      k: () => move(-1),
      a: () => selected != null && decide(selected, "accept"),
      r: () => selected != null && decide(selected, "reject"),
      e: () => selected != null && openEdit(selected),
      u: () => selected != null && decide(selected, "clear"),
      f: () => selected != null && select(selected),
      d: () => nextDoubtful(),
      n: () => { const a = $("#next-article"); if (a) location.href = a.href; },
      p: () => { const a = $("#prev-article"); if (a) location.href = a.href; },
      "?": () => toggleHelp(),
    };
    const run = keys[ev.key];
    if (run) {
      ev.preventDefault();
      run();
    }
  });

  // start on the first fact still to review
  const first = cards().find((c) => c.dataset.state === "unreviewed") || cards()[0];
  if (first) select(first.dataset.i, { flash: false, scrollText: false, scrollCard: false });
})();
