import type { Display } from '$lib/display';
import type { Locale } from '$lib/i18n';
import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to the user so they can report an unexpected error. */
			errorId?: string;
		}
		interface Locals {
			locale: Locale;
			/** The reader's text size and contrast (cookies). */
			display: Display;
			/** The signed-in user (session cookie, or an API token on /api). */
			user: SessionUser | null;
			/** The browser session, when signed in with the cookie. */
			session: Session | null;
		}
		interface PageData {
			locale: Locale;
		}
	}
}

export {};
