// Draws the supply-and-demand bar chart from the JSON the page embeds; the table shows the same.
(function () {
  const source = document.getElementById("chart-data");
  const canvas = document.getElementById("balance-chart");
  if (!source || !canvas || typeof Chart === "undefined") return;
  const data = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [
        { label: data.demandLabel, data: data.demand, backgroundColor: "#f59e0b" },
        { label: data.supplyLabel, data: data.supply, backgroundColor: "#0172ad" },
      ],
    },
    options: { responsive: true, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
})();
