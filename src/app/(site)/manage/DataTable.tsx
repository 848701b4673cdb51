import type { ReactNode } from 'react'

/**
 * A table that scrolls sideways inside its own labelled, focusable region, so
 * a phone never scrolls the whole page and keyboard users can reach the overflow.
 */
export function DataTable({
  columns,
  children,
  labelledBy,
  label,
  className,
}: {
  columns: ReactNode[]
  children: ReactNode
  labelledBy?: string
  label?: string
  className?: string
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
