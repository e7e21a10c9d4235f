// Runs once per page load (Gradio `js`). Keeps the light theme (the colours are checked for
// contrast in light mode), and when a new question appears in the conversation, scrolls it to
// the top of the chat box, so a long answer is read from its start rather than its end
// (Gradio's own autoscroll, which jumps to the bottom, is off).
() => {
  document.body.classList.remove('dark');
  let seen = 0, pinned = null;
  const pin = () => {
    const box = pinned && pinned.closest('[role=log]');
    if (!box) return;
    const below = pinned.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    if (below > 1) { box.scrollTop += below; }
  };
  const release = () => { pinned = null; };  // the user scrolls: stop following
  ['wheel', 'touchstart', 'keydown'].forEach(t => document.addEventListener(t, e => {
    if (e.target.closest && e.target.closest('#chat')) release();
  }, {passive: true}));
  new MutationObserver(() => {
    const rows = document.querySelectorAll('#chat .message-row.user-row');
    if (rows.length !== seen) { seen = rows.length; pinned = rows[rows.length - 1] || null; }
    if (pinned) requestAnimationFrame(pin);
  }).observe(document.body, {childList: true, subtree: true, characterData: true});
}
