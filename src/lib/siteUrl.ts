/** The public origin used in links we send (emails, certificates). */
export const siteUrl = () => process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`
