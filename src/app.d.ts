import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quoted to the user so they can report an unexpected error. */
			errorId?: string;
		}
		interface Locals {
			locale: Locale;
		}
		interface PageData {
			locale: Locale;
		}
	}
}

export {};
