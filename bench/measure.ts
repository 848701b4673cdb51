import autocannon from 'autocannon'

import type { Goal } from './goals'

export interface Target {
  name: string
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  /** For rows whose path, headers or body change per request (rotating tokens, random pages). */
  requests?: autocannon.Request[]
  /** What the row is held to (bench/goals.ts); rows without one are context. */
  goal?: Goal
}

export interface Row {
  name: string
  rps: number
  p50: number
  p95: number
  p99: number
  /** Non-2xx answers plus socket errors and timeouts. */
  errors: number
  /** Responses the percentiles are drawn from; requests still running when the time is up have none. */
  responses: number
  goal?: Goal
}

/** Nearest-rank percentile of ascending `sorted`; 0 when nothing answered. */
export const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : 0

interface Load {
  connections: number
  duration: number
  /** Seconds of the same load first, not counted. */
  warmup?: number
}

const optionsFor = (target: Target, connections: number, duration: number): autocannon.Options => ({
  url: target.url,
  method: target.method ?? 'GET',
  headers: target.headers,
  body: target.body,
  requests: target.requests,
  connections,
  duration,
})

const warmUp = (target: Target, connections: number, seconds: number) =>
  new Promise<void>((resolve, reject) => autocannon(optionsFor(target, connections, seconds), (error) => (error ? reject(error) : resolve())))

/**
 * One autocannon run. autocannon's histogram has p90 and p97.5 but no p95,
 * so every response time is kept and the percentiles computed here.
 */
export const measure = async (target: Target, { connections, duration, warmup = 0 }: Load): Promise<Row> => {
  if (warmup > 0) await warmUp(target, connections, warmup)
  return measureOnce(target, connections, duration)
}

const measureOnce = (target: Target, connections: number, duration: number) =>
  new Promise<Row>((resolve, reject) => {
    const latencies: number[] = []
    const instance = autocannon(
      optionsFor(target, connections, duration),
      (error, result) => {
        if (error) return reject(error)
        const sorted = Float64Array.from(latencies).sort()
        resolve({
          name: target.name,
          rps: result.requests.average,
          p50: percentile(sorted, 50),
          p95: percentile(sorted, 95),
          p99: percentile(sorted, 99),
          errors: result.errors + result.timeouts + result.non2xx,
          responses: sorted.length,
          goal: target.goal,
        })
      },
    )
    instance.on('response', (_client, _statusCode, _resBytes, responseTime) => latencies.push(responseTime))
  })
