/** The message a deactivated person's sign-in is refused with (Users' beforeLogin hook); the site's sign-in form recognizes it. */
export const DEACTIVATED_MESSAGE = 'This account has been deactivated by your organization.'
