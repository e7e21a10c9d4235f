// Runs in the opened-document view (Gradio `js_on_load`): scroll the document to the
// cited passage and move focus there. Trusted code only: it reads no document text.
watch('value', () => {
  const box = element.querySelector('.doc-text');
  const mark = element.querySelector('#doc-passage');
  if (box && mark) {
    box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
    element.scrollIntoView({block: 'nearest'});
    box.focus({preventScroll: true});
  }
});
