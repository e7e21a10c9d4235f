// Runs once per page load (Gradio `js`). Keeps the light theme (the colours are checked for
// contrast in light mode); makes the skip link put the cursor in the question box (its
// target is Gradio's wrapper <div>, which can't take focus, so the browser would drop focus
// on <body>); and says in the live region #llais-live when an answer is complete, since the
// conversation itself is re-rendered while it streams and can't be a live region.
() => {
  document.body.classList.remove('dark');
  document.addEventListener('click', (e) => {
    const skip = e.target.closest && e.target.closest('a.skip-link');
    if (!skip) return;
    const box = document.querySelector('#question textarea');
    if (box) { e.preventDefault(); box.focus(); box.scrollIntoView({block: 'center'}); }
  });
  let waiting = false;
  const say = (text) => {
    const live = document.getElementById('llais-live');
    if (live) { live.textContent = ''; setTimeout(() => { live.textContent = text; }, 50); }
  };
  new MutationObserver(() => {
    const chat = document.getElementById('chat');
    if (!chat) return;
    if (chat.querySelector('.llais-streaming')) { waiting = true; return; }
    if (!waiting) return;
    waiting = false;
    const newest = chat.querySelector('.llais-answer, .llais-error');
    if (!newest) return;
    if (newest.classList.contains('llais-error')) { say(newest.textContent.trim()); return; }
    // The words come from the live region's data-* attributes, in the page's language.
    const d = (document.getElementById('llais-live') || {}).dataset || {};
    const n = new Set([...newest.querySelectorAll('a.cite')].map(a => a.getAttribute('href'))).size;
    const count = n ? (d.sources || ', with {n} sources').replace('{n}', n) : '';
    const none = newest.classList.contains('llais-abstained') ? (d.abstained || '') : '';
    say(`${d.done || 'Answer complete'}${count}.${none}${d.first || ''}`);
  }).observe(document.body, {childList: true, subtree: true});
}
