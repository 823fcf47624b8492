// The reach report's only script. The page is rendered on the server and not hydrated (its map
// and tables would otherwise travel twice); this takes over a click on an export link
// (a[data-export]) so that an export taking more than a second shows its progress and can be
// cancelled, in the dialog ExportDialog.svelte renders. Without it the links are plain
// downloads. Built as a script of its own (ReachView imports its URL).
import { saveBlob, startDownload } from './download';
import type { Download, DownloadProgress } from './download';

/** Fills `{name}` placeholders of a message the server rendered. */
export function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Kilobytes, at least 1, in the page's language. */
export function kilobytes(bytes: number, locale: string): string {
	return new Intl.NumberFormat(locale || 'en').format(Math.max(1, Math.round(bytes / 1024)));
}

function enhance(dialog: HTMLDialogElement) {
	const part = <T extends HTMLElement>(name: string) =>
		dialog.querySelector<T>(`[data-part="${name}"]`) as T;
	const status = part('status');
	const running = part('running');
	const ended = part('ended');
	const bar = part<HTMLProgressElement>('bar');
	const amount = part('amount');
	const plain = part('plain');
	const plainLink = plain.querySelector('a') as HTMLAnchorElement;
	const cancelButton = part<HTMLButtonElement>('cancel');
	const closeButton = part<HTMLButtonElement>('close');
	const locale = document.documentElement.lang;
	const text = (key: string) => dialog.dataset[key] ?? '';

	let current: Download | null = null;
	let origin: HTMLElement | null = null;

	function show(progress: DownloadProgress) {
		if (progress.total) {
			bar.max = progress.total;
			bar.value = progress.received;
			amount.textContent = fill(text('progress'), {
				received: kilobytes(progress.received, locale),
				total: kilobytes(progress.total, locale)
			});
		} else {
			bar.removeAttribute('value');
			amount.textContent = fill(text('progressUnknown'), {
				received: kilobytes(progress.received, locale)
			});
		}
	}

	function end(message: string, href: string | null) {
		status.textContent = message;
		running.hidden = true;
		ended.hidden = false;
		plain.hidden = href === null;
		if (href) plainLink.href = href;
		if (!dialog.open) dialog.showModal();
		closeButton.focus();
	}

	function close() {
		const wasOpen = dialog.open;
		if (wasOpen) dialog.close();
		if (wasOpen) origin?.focus();
	}

	async function download(link: HTMLAnchorElement) {
		const name = link.dataset.export ?? 'citysetu-reach';
		origin = link;
		const href = link.href;
		current = startDownload(href, {
			fallbackName: name,
			save: saveBlob,
			onProgress: show,
			onSlow: () => {
				status.textContent = fill(text('preparing'), { name });
				running.hidden = false;
				ended.hidden = true;
				dialog.showModal();
				cancelButton.focus();
			}
		});
		const outcome = await current.outcome;
		current = null;
		if (outcome.kind === 'done') close();
		else if (outcome.kind === 'cancelled') end(text('cancelled'), null);
		else end(text('failed'), href);
	}

	document.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-export]');
		// A click with a modifier (new tab, save link as) is the browser's to handle.
		if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
		if (event.altKey) return;
		event.preventDefault();
		if (current) return;
		void download(link);
	});
	cancelButton.addEventListener('click', () => current?.cancel());
	closeButton.addEventListener('click', close);
	// Escape cancels a running export rather than hiding it while it goes on.
	dialog.addEventListener('cancel', (event) => {
		if (current) {
			event.preventDefault();
			current.cancel();
		}
	});
}

if (typeof document !== 'undefined') {
	const dialog = document.getElementById('export-dialog');
	if (dialog instanceof HTMLDialogElement) enhance(dialog);
}
