import { describe, expect, it, vi } from 'vitest';
import { fileNameFrom, readWithProgress, startDownload } from './download';
import type { DownloadProgress } from './download';

/** A body whose chunks the test hands out one by one. */
function controlledBody() {
	let controller!: ReadableStreamDefaultController<Uint8Array>;
	const stream = new ReadableStream<Uint8Array>({
		start(c) {
			controller = c;
		}
	});
	return {
		stream,
		push: (text: string) => controller.enqueue(new TextEncoder().encode(text)),
		close: () => controller.close(),
		/** The connection drops. */
		fail: () => controller.error(new TypeError('network error'))
	};
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function answer(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
	return new Response(body, { headers: { 'content-type': 'text/csv', ...headers } });
}

describe('fileNameFrom', () => {
	it('reads the plain and the extended form, and never a path', () => {
		expect(fileNameFrom('attachment; filename="citysetu-reach-a.csv"', 'x')).toBe(
			'citysetu-reach-a.csv'
		);
		expect(fileNameFrom('attachment; filename=plain.xlsx', 'x')).toBe('plain.xlsx');
		expect(fileNameFrom("attachment; filename*=UTF-8''%E0%A4%B8.csv", 'x')).toBe('स.csv');
		expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
		expect(fileNameFrom('attachment', 'fallback.csv')).toBe('fallback.csv');
		expect(fileNameFrom(null, 'fallback.csv')).toBe('fallback.csv');
	});
});

describe('readWithProgress', () => {
	it('reports bytes received of the Content-Length and gives the whole body', async () => {
		const body = controlledBody();
		const seen: DownloadProgress[] = [];
		const reading = readWithProgress(
			answer(body.stream, { 'content-length': '10' }),
			new AbortController().signal,
			(p) => seen.push(p)
		);
		body.push('abcd');
		await tick();
		body.push('efghij');
		body.close();
		const blob = await reading;
		expect(await blob.text()).toBe('abcdefghij');
		expect(blob.type).toBe('text/csv');
		expect(seen).toEqual([
			{ received: 0, total: 10 },
			{ received: 4, total: 10 },
			{ received: 10, total: 10 }
		]);
	});

	it('reports an unknown total as null', async () => {
		const body = controlledBody();
		const seen: DownloadProgress[] = [];
		const reading = readWithProgress(answer(body.stream), new AbortController().signal, (p) =>
			seen.push(p)
		);
		body.push('abc');
		body.close();
		await reading;
		expect(seen.at(-1)).toEqual({ received: 3, total: null });
	});

	it('stops when aborted', async () => {
		const body = controlledBody();
		const controller = new AbortController();
		const reading = readWithProgress(answer(body.stream), controller.signal);
		body.push('abc');
		await tick();
		controller.abort();
		await expect(reading).rejects.toThrow(/cancelled/);
	});
});

describe('startDownload', () => {
	it('saves the file under the server’s name; a quick one never shows progress', async () => {
		const body = controlledBody();
		const save = vi.fn();
		const onSlow = vi.fn();
		const download = startDownload('/programme/export/sessions?format=csv', {
			fallbackName: 'sessions.csv',
			fetch: async () =>
				answer(body.stream, {
					'content-length': '3',
					'content-disposition': 'attachment; filename="citysetu-reach-sessions.csv"'
				}),
			save,
			onSlow,
			slowAfter: 1000
		});
		body.push('a,b');
		body.close();
		expect(await download.outcome).toEqual({
			kind: 'done',
			fileName: 'citysetu-reach-sessions.csv',
			slow: false
		});
		expect(save).toHaveBeenCalledTimes(1);
		expect(await (save.mock.calls[0][0] as Blob).text()).toBe('a,b');
		expect(onSlow).not.toHaveBeenCalled();
	});

	it('shows progress when slow, and a cancel saves nothing', async () => {
		const body = controlledBody();
		const save = vi.fn();
		const seen: DownloadProgress[] = [];
		let slow!: () => void;
		const shownSlow = new Promise<void>((resolve) => (slow = resolve));
		let passedSignal: AbortSignal | undefined;
		const download = startDownload('/programme/export?format=xlsx', {
			fallbackName: 'report.xlsx',
			fetch: async (_url, init) => {
				passedSignal = init?.signal ?? undefined;
				return answer(body.stream, { 'content-length': '100' });
			},
			save,
			onSlow: slow,
			onProgress: (p) => seen.push(p),
			slowAfter: 20
		});
		body.push('0123456789');
		await shownSlow;
		expect(seen.at(-1)).toEqual({ received: 10, total: 100 });
		download.cancel();
		expect(passedSignal?.aborted).toBe(true);
		expect(await download.outcome).toEqual({ kind: 'cancelled' });
		expect(save).not.toHaveBeenCalled();
	});

	it('says it failed on a broken connection or an error answer', async () => {
		const save = vi.fn();
		vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const broken = startDownload('/x', {
			fallbackName: 'x.csv',
			fetch: () => Promise.reject(new TypeError('Failed to fetch')),
			save
		});
		expect(await broken.outcome).toEqual({ kind: 'failed', status: null });
		const refused = startDownload('/x', {
			fallbackName: 'x.csv',
			fetch: async () => new Response('Not found', { status: 404 }),
			save
		});
		expect(await refused.outcome).toEqual({ kind: 'failed', status: 404 });
		const cut = controlledBody();
		const midway = startDownload('/x', {
			fallbackName: 'x.csv',
			fetch: async () => answer(cut.stream),
			save
		});
		cut.push('abc');
		await tick();
		cut.fail();
		expect(await midway.outcome).toEqual({ kind: 'failed', status: null });
		expect(save).not.toHaveBeenCalled();
		vi.restoreAllMocks();
	});
});
