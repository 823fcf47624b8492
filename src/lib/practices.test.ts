import { describe, expect, it } from 'vitest';
import { revisionNote } from './practices';

describe('revisionNote', () => {
	it('turns the notes the database writes into messages', () => {
		expect(revisionNote('created')).toEqual({ key: 'history.noteCreated', params: {} });
		expect(revisionNote('restored version 12')).toEqual({
			key: 'history.noteRestored',
			params: { version: '12' }
		});
	});

	it('shows any other note as written, and nothing for no note', () => {
		expect(revisionNote('fixed the cost table')).toEqual({ text: 'fixed the cost table' });
		expect(revisionNote('restored version x')).toEqual({ text: 'restored version x' });
		expect(revisionNote(null)).toBeNull();
		expect(revisionNote('')).toBeNull();
	});
});
