import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { gql } from './api.js';
import { h } from './dom.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface ActivityPoint {
  start: string;
  count: number;
}

/** Day buckets for short ranges, weeks up to two years, months beyond (the API allows 400 buckets). */
export function bucketFor(from: string, to: string): 'DAY' | 'WEEK' | 'MONTH' {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days <= 92) return 'DAY';
  if (days <= 730) return 'WEEK';
  return 'MONTH';
}

export async function activitySeries(
  span: { from: string; to: string },
  kind: string,
  actor: string | null = null,
): Promise<ActivityPoint[]> {
  const data = await gql<{ activity: ActivityPoint[] }>(
    `query ($bucket: Bucket!, $from: Date!, $to: Date!, $actor: ID, $kind: ActivityKind) {
      activity(bucket: $bucket, from: $from, to: $to, actor: $actor, kind: $kind) { start count } }`,
    { bucket: bucketFor(span.from, span.to), from: span.from, to: span.to, actor, kind },
  );
  return data.activity;
}

/** A bar chart of an activity series; returns the canvas wrapper and a function that frees it. */
export function activityChart(points: ActivityPoint[], label: string): { element: HTMLElement; dispose(): void } {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${label} per period` });
  const element = h('div', { class: 'chart' }, canvas);
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: points.map((p) => p.start),
      datasets: [{ label, data: points.map((p) => p.count), backgroundColor: '#2f6fb3', borderRadius: 2 }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { tooltip: { enabled: true } },
      scales: {
        x: {
          ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 8, font: { size: 11 } },
          grid: { display: false },
        },
        y: { beginAtZero: true, ticks: { precision: 0, font: { size: 11 } } },
      },
    },
  });
  return { element, dispose: () => chart.destroy() };
}
