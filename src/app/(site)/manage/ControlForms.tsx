'use client'

import { useTranslations } from 'next-intl'
import { createContext, type ReactNode, useActionState, useContext, useEffect, useId, useRef, useState } from 'react'

import type { ManageState } from '@/app/(site)/_server/manageActions'

type Action = (state: ManageState, form: FormData) => Promise<ManageState>

/** A key from our messages, or a sentence from validation shown as it is. */
const useMessage = () => {
  const t = useTranslations('manage')
  return (key: string) => (t.has(`messages.${key}`) ? t(`messages.${key}`) : key)
}

const Outcome = ({ state }: { state: ManageState }) => {
  const message = useMessage()
  if (state.error) return <p className="alert error" role="alert">{message(state.error)}</p>
  if (state.done) return <p className="alert success" role="status">{message(state.done)}</p>
  return null
}

const Hidden = ({ fields }: { fields: Record<string, string | number> }) => (
  <>
    {Object.entries(fields).map(([name, value]) => (
      <input key={name} type="hidden" name={name} value={value} />
    ))}
  </>
)

const NO_OUTCOME: ManageState = {}

/** The removal a RemovalOutcome keeps for the ConfirmActions inside it. */
const RemovalContext = createContext<{ formAction: (form: FormData) => void; pending: boolean } | null>(null)

/**
 * Around a list whose items a ConfirmAction removes (delete a cohort, withdraw
 * an entry). Once a removal succeeds its item, and the form inside it, are gone
 * from the page; the outcome is kept here instead, and focus moves to it rather
 * than falling to the page's body.
 */
export function RemovalOutcome({ action, children }: { action: Action; children: ReactNode }) {
  const [state, formAction, pending] = useActionState<ManageState, FormData>(action, {})
  const status = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.done) status.current?.focus()
  }, [state])
  return (
    <RemovalContext.Provider value={{ formAction, pending }}>
      <div ref={status} tabIndex={-1} className="removal-outcome">
        <Outcome state={state} />
      </div>
      {children}
    </RemovalContext.Provider>
  )
}

/**
 * An action that changes something people rely on (revoke, deactivate,
 * delete): the first button only opens a confirmation with the consequence
 * spelled out, focus moves to it, and Cancel puts focus back. No
 * window.confirm, so it reads and works the same with a screen reader.
 */
export function ConfirmAction({
  action,
  fields,
  text,
  label,
  prompt,
  confirmText,
  reason,
  danger = true,
}: {
  action: Action
  fields: Record<string, string | number>
  text: string
  label?: string
  prompt: string
  confirmText: string
  reason?: { label: string; required?: boolean }
  danger?: boolean
}) {
  const t = useTranslations('manage')
  const [ownState, ownFormAction, ownPending] = useActionState<ManageState, FormData>(action, {})
  // Inside a RemovalOutcome the removal runs there, so its outcome outlives this item.
  const removal = useContext(RemovalContext)
  const state = removal ? NO_OUTCOME : ownState
  const formAction = removal?.formAction ?? ownFormAction
  const pending = removal?.pending ?? ownPending
  const [open, setOpen] = useState(false)
  const promptId = useId()
  const reasonId = useId()
  const trigger = useRef<HTMLButtonElement>(null)
  const first = useRef<HTMLElement | null>(null)

  useEffect(() => {
    if (open) first.current?.focus()
  }, [open])
  useEffect(() => {
    if (state.done) setOpen(false)
  }, [state])

  const close = () => {
    setOpen(false)
    requestAnimationFrame(() => trigger.current?.focus())
  }

  return (
    <div className="confirm-action">
      {!open && (
        <button ref={trigger} type="button" className="link-button" aria-label={label} onClick={() => setOpen(true)}>
          {text}
        </button>
      )}
      {open && (
        <form action={formAction} className="confirm-box" role="group" aria-labelledby={promptId} onKeyDown={(event) => event.key === 'Escape' && close()}>
          <Hidden fields={fields} />
          <p id={promptId}>{prompt}</p>
          {reason && (
            <div>
              <label htmlFor={reasonId}>{reason.label}</label>
              <textarea
                id={reasonId}
                name="reason"
                rows={2}
                maxLength={500}
                required={reason.required}
                ref={(element) => {
                  first.current = element
                }}
              />
            </div>
          )}
          <div className="confirm-buttons">
            <button
              type="submit"
              className={danger ? 'button danger' : 'button'}
              disabled={pending}
              ref={(element) => {
                if (!reason) first.current = element
              }}
            >
              {confirmText}
            </button>
            <button type="button" className="button secondary" onClick={close}>
              {t('confirm.cancel')}
            </button>
          </div>
        </form>
      )}
      <Outcome state={state} />
    </div>
  )
}

/** A small form acting on one record (a new due date, a new name), with its outcome beside it. */
export function InlineAction({ action, fields, children, submit, className }: { action: Action; fields: Record<string, string | number>; children: ReactNode; submit: string; className?: string }) {
  const [state, formAction, pending] = useActionState<ManageState, FormData>(action, {})
  return (
    <form action={formAction} className={className ? `inline-form ${className}` : 'inline-form'}>
      <Hidden fields={fields} />
      {children}
      <button type="submit" className="button secondary" disabled={pending}>
        {submit}
      </button>
      <Outcome state={state} />
    </form>
  )
}

/** One button with no lasting harm (give one more attempt, reactivate), with its outcome. */
export function ButtonAction({ action, fields, text, label }: { action: Action; fields: Record<string, string | number>; text: string; label?: string }) {
  const [state, formAction, pending] = useActionState<ManageState, FormData>(action, {})
  return (
    <form action={formAction} className="button-action">
      <Hidden fields={fields} />
      <button type="submit" className="link-button" aria-label={label} disabled={pending}>
        {text}
      </button>
      <Outcome state={state} />
    </form>
  )
}
