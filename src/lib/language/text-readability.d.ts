/** The part of text-readability (untyped) that readability.ts uses. */
declare module 'text-readability' {
  interface Readability {
    fleschKincaidGrade(text: string): number
  }
  const readability: Readability
  export default readability
}
