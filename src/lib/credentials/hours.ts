/** Hours are entered in halves and quarters; rounding to hundredths keeps sums free of float drift (0.1 + 0.2). */
export const roundHours = (hours: number): number => Math.round(hours * 100) / 100

export const sumHours = (values: number[]): number => roundHours(values.reduce((total, value) => total + value, 0))
