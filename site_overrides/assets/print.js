// "Print this page" on easy read pages: shown only where it can work.
document.querySelectorAll(".print-page").forEach(function (holder) {
  holder.hidden = false;
  holder.querySelector("button").addEventListener("click", function () {
    window.print();
  });
});
