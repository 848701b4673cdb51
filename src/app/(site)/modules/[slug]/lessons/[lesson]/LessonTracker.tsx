'use client'

import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useRef, useState } from 'react'

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

/**
 * Tells the server the lesson is open (heartbeats while the tab is visible),
 * completes it when the learner reaches the end or presses the button.
 */
export function LessonTracker({ lessonId, initiallyCompleted }: { lessonId: number; initiallyCompleted: boolean }) {
  const t = useTranslations('lesson')
  const [completed, setCompleted] = useState(initiallyCompleted)
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle')
  const endRef = useRef<HTMLDivElement>(null)
  const completing = useRef(false)
  const pressed = useRef(false)
  const doneRef = useRef<HTMLParagraphElement>(null)

  const complete = useCallback(async () => {
    if (completing.current) return
    completing.current = true
    setState('saving')
    try {
      const response = await send(lessonId, 'complete', 100)
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
      if (entries.some((entry) => entry.isIntersecting) && scrolledPercent() >= 90) void complete()
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
        {state === 'saving' ? t('saving') : state === 'failed' ? t('saveFailed') : ''}
      </p>
    </div>
  )
}
