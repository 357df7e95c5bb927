// Draws every <canvas data-chart='{"type","labels","values","label"}'> with Chart.js (no inline script: strict CSP).
document.addEventListener("DOMContentLoaded", () => {
  if (typeof Chart === "undefined") {
    return;
  }
  const palette = ["#0f5c55", "#e0a526", "#b4442f", "#3d7ea6", "#7a5c99", "#5b8c3a", "#c2627e", "#6b6b6b"];
  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const data = JSON.parse(canvas.dataset.chart);
    const round = data.type === "doughnut";
    new Chart(canvas, {
      type: data.type,
      data: {
        labels: data.labels,
        datasets: [{
          label: data.label,
          data: data.values,
          backgroundColor: round ? palette : palette[0],
          borderColor: palette[0],
          spanGaps: true
        }]
      },
      options: {
        locale: document.documentElement.lang || undefined,
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: round } },
        scales: round ? {} : { y: { beginAtZero: true } }
      }
    });
  });
});
