'use client'

import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useRef, useState } from 'react'

import { formatDuration } from '@/lib/duration'

const HEARTBEAT_MS = 15_000

type Event = 'view' | 'heartbeat' | 'complete'

const send = (lessonId: number, event: Event, position?: number) =>
  fetch('/api/progress/track', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ lessonId, event, ...(position === undefined ? {} : { position }) }),
    keepalive: event !== 'complete',
  })

const scrolledPercent = () => {
  const max = document.documentElement.scrollHeight - window.innerHeight
  return max <= 0 ? 100 : Math.min(100, Math.round((window.scrollY / max) * 100))
}

/** The seconds of study a 409 from the server says are left, if that is what it is. */
const secondsLeftIn = async (response: Response): Promise<number | null> => {
  if (response.status !== 409) return null
  const body = (await response.json().catch(() => null)) as { details?: { secondsRemaining?: unknown } } | null
  const seconds = body?.details?.secondsRemaining
  return typeof seconds === 'number' ? seconds : null
}

/**
 * Tells the server the lesson is open (heartbeats while the tab is visible),
 * completes it when the learner reaches the end or presses the button. The
 * server measures the time on task and refuses a completion before the
 * lesson's minimum (409 with the seconds left), which the page then says;
 * `secondsRemaining` is the server's count when the page was rendered, so
 * reaching the end completes by itself only once that time has likely passed.
 */
export function LessonTracker({
  lessonId,
  initiallyCompleted,
  secondsRemaining,
}: {
  lessonId: number
  initiallyCompleted: boolean
  secondsRemaining: number
}) {
  const t = useTranslations('lesson')
  const duration = useTranslations('duration')
  const [completed, setCompleted] = useState(initiallyCompleted)
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | 'tooEarly'>('idle')
  const [secondsLeft, setSecondsLeft] = useState(secondsRemaining)
  const endRef = useRef<HTMLDivElement>(null)
  const completing = useRef(false)
  // When the learner may expect the server to accept a completion (a local estimate only).
  const readyAt = useRef(0)

  useEffect(() => {
    readyAt.current = Date.now() + secondsRemaining * 1000
  }, [secondsRemaining])
  const pressed = useRef(false)
  const doneRef = useRef<HTMLParagraphElement>(null)

  const complete = useCallback(async () => {
    if (completing.current) return
    completing.current = true
    setState('saving')
    try {
      const response = await send(lessonId, 'complete', 100)
      const left = await secondsLeftIn(response)
      if (left !== null) {
        readyAt.current = Date.now() + left * 1000
        setSecondsLeft(left)
        completing.current = false
        setState('tooEarly')
        return
      }
      if (!response.ok) throw new Error(String(response.status))
      setCompleted(true)
      setState('idle')
    } catch {
      completing.current = false
      setState('failed')
    }
  }, [lessonId])

  // The button is gone once the lesson is complete: keyboard focus goes on to the next step (the next
  // lesson or the quiz, marked data-next-step on the page), or to the confirmation, never to <body>.
  useEffect(() => {
    if (!completed || !pressed.current) return
    pressed.current = false
    const next = document.querySelector<HTMLElement>('[data-next-step]')
    ;(next ?? doneRef.current)?.focus()
  }, [completed])

  useEffect(() => {
    void send(lessonId, 'view', scrolledPercent()).catch(() => undefined)
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void send(lessonId, 'heartbeat', scrolledPercent()).catch(() => undefined)
    }, HEARTBEAT_MS)
    return () => clearInterval(timer)
  }, [lessonId])

  useEffect(() => {
    if (completed || !endRef.current || !('IntersectionObserver' in window)) return
    const observer = new IntersectionObserver((entries) => {
      // Reaching the end after scrolling through counts as reading it.
      // Reaching the end before the lesson's minimum time is not yet a completion: the button stays.
      if (entries.some((entry) => entry.isIntersecting) && scrolledPercent() >= 90 && Date.now() >= readyAt.current) void complete()
    })
    observer.observe(endRef.current)
    return () => observer.disconnect()
  }, [completed, complete])

  return (
    <div ref={endRef} className="actions">
      {completed ? (
        <p className="alert success" role="status" ref={doneRef} tabIndex={-1}>
          ✓ {t('completed')}
        </p>
      ) : (
        <button type="button" className="button" onClick={() => {
            pressed.current = true
            void complete()
          }} disabled={state === 'saving'}>
          {t('markComplete')}
        </button>
      )}
      <p className="status-line" role="status" aria-live="polite">
        {state === 'saving'
          ? t('saving')
          : state === 'failed'
            ? t('saveFailed')
            : state === 'tooEarly'
              ? t('timeLeft', { time: formatDuration(secondsLeft, duration) })
              : ''}
      </p>
    </div>
  )
}
