'use client'

import { useField } from '@payloadcms/ui'

interface Finding {
  field: string
  term: string
  suggestion: string
}

/** The person-first findings of the last save, as a warning the trainer can act on. */
export function LanguageFindings({ path }: { path: string }) {
  const { value } = useField<Finding[] | null>({ path })
  const findings = Array.isArray(value) ? value : []
  return (
    <div className="field-type" style={{ marginBottom: '1rem' }}>
      <strong>Person-first language</strong>
      {findings.length === 0 ? (
        <p style={{ margin: '0.25rem 0 0' }}>No findings in this language at the last save.</p>
      ) : (
        <div role="alert" style={{ border: '2px solid #8a4b00', borderRadius: 6, padding: '0.5rem 0.75rem', marginTop: '0.25rem' }}>
          <p style={{ margin: 0 }}>
            {findings.length} finding{findings.length === 1 ? '' : 's'} at the last save:
          </p>
          <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.1rem' }}>
            {findings.map((finding, index) => (
              <li key={`${finding.field}-${finding.term}-${index}`}>
                “{finding.term}” in {finding.field}: consider “{finding.suggestion}”
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
