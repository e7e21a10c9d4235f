// Runs in the Sources panel (Gradio `js_on_load`): "Open document at this passage"
// buttons send the citation number to the server's open_doc event; "Show its
// sources" buttons of earlier questions ask the server for that turn's sources.
element.addEventListener('click', (e) => {
  const b = e.target.closest('button.open-doc');
  if (b) { trigger('open_doc', {cite: b.dataset.cite}); return; }
  const t = e.target.closest('button.open-turn');
  if (t) { trigger('open_turn', {turn: t.dataset.turn}); }
});
