// Helvetica's WinAnsi encoding covers Spanish letters; anything beyond it is replaced, not fatal.
export const printable = (text: string) => text.normalize('NFC').replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?')
