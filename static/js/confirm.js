// Asks before submitting a form that has data-confirm="question" (publishing a run, withdrawing an
// application). A file of its own because the Content-Security-Policy forbids inline handlers.
document.addEventListener("submit", function (event) {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const question = form.dataset.confirm;
  if (question && !window.confirm(question)) event.preventDefault();
});
