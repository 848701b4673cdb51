/**
 * Cumulative share of assigned modules completed, week by week. The SVG is a
 * picture of the table that follows it, so screen-reader users get the numbers.
 * It keeps its aspect ratio (text is never stretched) and labels every
 * week, or every other one when there are many, under its bar.
 */
export function CompletionChart({
  weeks,
  title,
  emptyLabel,
  weekLabel,
  completedLabel,
  percentLabel,
  formatWeek,
  formatShortWeek,
  formatPercent,
}: {
  weeks: { weekStart: string; completed: number; cumulativePercent: number }[]
  title: string
  emptyLabel: string
  weekLabel: string
  completedLabel: string
  percentLabel: string
  formatWeek: (iso: string) => string
  formatShortWeek: (iso: string) => string
  formatPercent: (value: number) => string
}) {
  const width = 600
  const plot = 170
  const top = 26
  const height = top + plot + 54
  const barWidth = width / Math.max(1, weeks.length)
  const every = weeks.length > 8 ? 2 : 1
  return (
    <figure className="chart">
      <figcaption id="completion-chart-title">{title}</figcaption>
      {weeks.every((week) => week.cumulativePercent === 0) ? (
        <p className="meta">{emptyLabel}</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="completion-chart-title" preserveAspectRatio="xMidYMid meet">
          <line x1="0" y1={top + plot} x2={width} y2={top + plot} stroke="#6b7480" />
          {weeks.map((week, index) => {
            const barHeight = (week.cumulativePercent / 100) * plot
            const x = index * barWidth + barWidth / 2
            return (
              <g key={week.weekStart}>
                <rect x={index * barWidth + 6} y={top + plot - barHeight} width={barWidth - 12} height={barHeight} fill="#0b5c55" />
                <text x={x} y={top + plot - barHeight - 6} textAnchor="middle" fontSize="18" fill="#1b1f24">
                  {formatPercent(week.cumulativePercent)}
                </text>
                {index % every === 0 && (
                  <text x={x} y={top + plot + 24} textAnchor="middle" fontSize="18" fill="#1b1f24">
                    {formatShortWeek(week.weekStart)}
                  </text>
                )}
              </g>
            )
          })}
          <text x={width / 2} y={height - 4} textAnchor="middle" fontSize="18" fill="#4a5360">
            {weekLabel}
          </text>
        </svg>
      )}
      <details>
        <summary>{title}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{weekLabel}</th>
              <th scope="col">{completedLabel}</th>
              <th scope="col">{percentLabel}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <td>{formatWeek(week.weekStart)}</td>
                <td>{week.completed}</td>
                <td>{formatPercent(week.cumulativePercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
