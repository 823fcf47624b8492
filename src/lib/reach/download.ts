// Downloading an export in the browser with progress and cancel. Without JavaScript the export
// links are plain links; with it, a click fetches the file here so that a slow export (a big
// workbook on a district office's line) can show how far it has come and be stopped.

export interface DownloadProgress {
	received: number;
	/** The Content-Length, or null when the server did not say. */
	total: number | null;
}

export type DownloadOutcome =
	| { kind: 'done'; fileName: string; slow: boolean }
	| { kind: 'cancelled' }
	| { kind: 'failed'; status: number | null };

export interface DownloadOptions {
	/** The file's name when the answer does not give one. */
	fallbackName: string;
	/** Called once, when the download has not finished within `slowAfter` ms. */
	onSlow?: () => void;
	onProgress?: (progress: DownloadProgress) => void;
	/** Keeps the file; not called on cancel or failure. */
	save: (blob: Blob, fileName: string) => void;
	/** One second: a quicker export just arrives. */
	slowAfter?: number;
	fetch?: typeof globalThis.fetch;
}

export interface Download {
	/** Stops the download; nothing is saved. */
	cancel(): void;
	outcome: Promise<DownloadOutcome>;
}

/** The file name a Content-Disposition header gives (RFC 6266, either form), else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
	if (!disposition) return fallback;
	const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
	if (extended) {
		try {
			return safeName(decodeURIComponent(extended[1].trim()), fallback);
		} catch {
			// A malformed escape: fall through to the plain form.
		}
	}
	const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(disposition);
	if (plain) return safeName((plain[1] ?? plain[2]).replace(/\\(.)/g, '$1'), fallback);
	return fallback;
}

/** A name without a path: a server cannot choose where the file goes. */
function safeName(name: string, fallback: string): string {
	const base = name.split(/[\\/]/).pop()?.trim();
	return base ? base : fallback;
}

/** The Content-Length as a number of bytes, or null when missing or not a number. */
function lengthOf(response: Response): number | null {
	const header = response.headers.get('content-length');
	if (header === null || !/^\d+$/.test(header.trim())) return null;
	return Number(header);
}

class Cancelled extends Error {
	constructor() {
		super('The download was cancelled.');
		this.name = 'AbortError';
	}
}

/** Reads a response's body to a Blob, reporting each chunk; stops when `signal` aborts. */
export async function readWithProgress(
	response: Response,
	signal: AbortSignal,
	onProgress?: (progress: DownloadProgress) => void
): Promise<Blob> {
	const total = lengthOf(response);
	const type = response.headers.get('content-type') ?? '';
	if (!response.body) return new Blob([], { type });
	const reader = response.body.getReader();
	// A fetch ties its body to the signal itself; a body from anywhere else stops here.
	const stop = () => void reader.cancel().catch(() => undefined);
	signal.addEventListener('abort', stop, { once: true });
	const chunks: Uint8Array<ArrayBuffer>[] = [];
	let received = 0;
	onProgress?.({ received, total });
	try {
		for (;;) {
			if (signal.aborted) throw new Cancelled();
			const { done, value } = await reader.read();
			if (signal.aborted) throw new Cancelled();
			if (done) break;
			chunks.push(value as Uint8Array<ArrayBuffer>);
			received += value.byteLength;
			onProgress?.({ received, total });
		}
	} finally {
		signal.removeEventListener('abort', stop);
	}
	return new Blob(chunks, { type });
}

/**
 * Starts downloading `url`. The outcome says whether the file was saved, cancelled (nothing
 * saved) or failed (a broken connection, or an answer other than 200).
 */
export function startDownload(url: string, options: DownloadOptions): Download {
	const controller = new AbortController();
	const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
	let slow = false;
	const timer = setTimeout(() => {
		slow = true;
		options.onSlow?.();
	}, options.slowAfter ?? 1000);

	const run = async (): Promise<DownloadOutcome> => {
		try {
			const response = await doFetch(url, { signal: controller.signal });
			if (!response.ok) {
				await response.body?.cancel().catch(() => undefined);
				return { kind: 'failed', status: response.status };
			}
			const blob = await readWithProgress(response, controller.signal, options.onProgress);
			if (controller.signal.aborted) return { kind: 'cancelled' };
			const fileName = fileNameFrom(
				response.headers.get('content-disposition'),
				options.fallbackName
			);
			options.save(blob, fileName);
			return { kind: 'done', fileName, slow };
		} catch (error) {
			if (controller.signal.aborted) return { kind: 'cancelled' };
			console.error('download failed', error);
			return { kind: 'failed', status: null };
		} finally {
			clearTimeout(timer);
		}
	};

	return { cancel: () => controller.abort(), outcome: run() };
}

/** Saves a Blob as a file through a temporary link, as a plain download link would. */
export function saveBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start writing before the object URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
