/**
 * Cumulative share of assigned modules completed, week by week. The SVG is a
 * picture of the table that follows it, so screen-reader users get the numbers.
 */
export function CompletionChart({
  weeks,
  title,
  emptyLabel,
  weekLabel,
  completedLabel,
  percentLabel,
  formatWeek,
}: {
  weeks: { weekStart: string; completed: number; cumulativePercent: number }[]
  title: string
  emptyLabel: string
  weekLabel: string
  completedLabel: string
  percentLabel: string
  formatWeek: (iso: string) => string
}) {
  const width = 600
  const height = 180
  const barWidth = width / weeks.length
  return (
    <figure className="chart">
      <figcaption id="completion-chart-title">{title}</figcaption>
      {weeks.every((week) => week.cumulativePercent === 0) ? (
        <p className="meta">{emptyLabel}</p>
      ) : (
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-labelledby="completion-chart-title" preserveAspectRatio="none">
        <line x1="0" y1={height} x2={width} y2={height} stroke="#6b7480" />
        {weeks.map((week, index) => {
          const barHeight = (week.cumulativePercent / 100) * (height - 10)
          return (
            <g key={week.weekStart}>
              <rect x={index * barWidth + 6} y={height - barHeight} width={barWidth - 12} height={barHeight} fill="#0b5c55" />
              <text x={index * barWidth + barWidth / 2} y={height + 15} textAnchor="middle" fontSize="11" fill="#1b1f24">
                {week.cumulativePercent}%
              </text>
            </g>
          )
        })}
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
                <td>{week.cumulativePercent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
