import { Children, type ReactElement, type ReactNode, cloneElement, isValidElement } from 'react'

type CellProps = { 'data-label'?: string; children?: ReactNode }

/** Every cell gets its column's name, which the phone layout prints before the value. */
const labelCells = (rows: ReactNode, labels: (string | undefined)[]) =>
  Children.map(rows, (row) => {
    if (!isValidElement<{ children?: ReactNode }>(row)) return row
    let index = 0
    const cells = Children.map(row.props.children, (cell) => {
      if (!isValidElement<CellProps>(cell)) return cell
      const label = labels[index++]
      return label ? cloneElement(cell as ReactElement<CellProps>, { 'data-label': label }) : cell
    })
    return cloneElement(row, {}, cells)
  })

/**
 * A table that is a table on a wide screen and a list of cards on a phone
 * (each cell labelled with its column, so status and actions are on screen
 * without sideways scrolling). Wide content still scrolls inside its own
 * labelled, focusable region, never the whole page.
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
  const labels = columns.map((column) => (typeof column === 'string' ? column : undefined))
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} aria-label={label} tabIndex={0}>
      <table className={className ? `data-table cards ${className}` : 'data-table cards'}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{labelCells(children, labels)}</tbody>
      </table>
    </div>
  )
}
