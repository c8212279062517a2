// Match view: send a correction of the canonical match (JSON, same origin) and reload to show it.
(() => {
  "use strict";
  const page = document.getElementById("match");
  const form = document.getElementById("match-edit");
  if (!page || !form) return;
  const err = form.querySelector(".err");
  async function send(body) {
    const res = await fetch(`/api/matches/${page.dataset.match}/correction`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) { err.textContent = data.error || `failed (${res.status})`; err.hidden = false; return; }
    location.reload();
  }
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const body = {};
    new FormData(form).forEach((value, key) => { if (String(value).trim()) body[key] = String(value).trim(); });
    if (!Object.keys(body).length) { err.textContent = "nothing to correct: change a field first"; err.hidden = false; return; }
    send(body);
  });
  const undo = form.querySelector("[data-undo-correction]");
  if (undo) undo.addEventListener("click", () => send({}));
})();
