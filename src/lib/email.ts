import type { EmailAdapter, SendEmailOptions } from 'payload'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nodemailer from 'nodemailer'

const FROM_ADDRESS = process.env.EMAIL_FROM || 'no-reply@peerpath.example'
const FROM_NAME = process.env.EMAIL_FROM_NAME || 'PeerPath'

/** Messages sent by the console transport, newest last; tests read links out of them. */
export const consoleOutbox: SendEmailOptions[] = []

const smtpTransport = () =>
  nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT || 587),
    secure: process.env.SMTP_SECURE === 'true',
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
  })

let outboxSequence = 0

/**
 * EMAIL_OUTBOX_DIR keeps one JSON file per message, a mail catcher without a
 * mail server: browser tests read invitation links from it.
 */
const writeToOutboxDir = (message: SendEmailOptions) => {
  const dir = process.env.EMAIL_OUTBOX_DIR
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  const name = `${Date.now()}-${process.pid}-${++outboxSequence}.json`
  writeFileSync(path.join(dir, name), JSON.stringify(message))
}

/**
 * SMTP when SMTP_HOST is set; otherwise messages go to the log so development
 * and tests see every email without a mail server.
 */
export const peerPathEmailAdapter: EmailAdapter = ({ payload }) => {
  const transport = process.env.SMTP_HOST ? smtpTransport() : null
  return {
    name: transport ? 'smtp' : 'console',
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    sendEmail: async (message) => {
      const withFrom = { from: `"${FROM_NAME}" <${FROM_ADDRESS}>`, ...message }
      if (transport) return transport.sendMail(withFrom)
      consoleOutbox.push(withFrom)
      if (consoleOutbox.length > 100) consoleOutbox.shift()
      writeToOutboxDir(withFrom)
      payload.logger.info({ to: withFrom.to, subject: withFrom.subject, text: withFrom.text ?? withFrom.html }, 'email (console transport)')
      return { accepted: [withFrom.to] }
    },
  }
}
