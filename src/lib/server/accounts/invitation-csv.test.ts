import { describe, expect, it } from 'vitest';
import { checkInvitations, MAX_BYTES, readInvitationFile, readRole } from './invitation-csv';
import type { InvitationContext } from './invitation-csv';

const bytes = (text: string) => new TextEncoder().encode(text);

const context: InvitationContext = {
	cities: new Set(['rajkot', 'sagar', 'bilaspur']),
	accounts: new Map([
		['member.sagar@citysetu.test', 'active'],
		['gone@citysetu.test', 'deactivated']
	]),
	pending: new Set(['invited@rajkot.gov.in'])
};

describe('readInvitationFile', () => {
	it('reads a header row and trimmed rows, with a BOM and CRLF line ends', () => {
		const result = readInvitationFile(
			bytes('\uFEFFEmail,Role,City slug\r\n Officer@Rajkot.gov.in , mentor , Rajkot \r\n')
		);
		expect(result).toEqual({
			ok: true,
			rows: [{ line: 2, email: 'officer@rajkot.gov.in', role: 'mentor', city: 'rajkot' }]
		});
	});

	it('takes the columns in any order and ignores others', () => {
		const result = readInvitationFile(
			bytes('name,city,email,role\nAsha,sagar,a@sagar.in,mentor\n')
		);
		expect(result).toMatchObject({
			ok: true,
			rows: [{ email: 'a@sagar.in', role: 'mentor', city: 'sagar' }]
		});
	});

	it('names the columns a file lacks', () => {
		expect(readInvitationFile(bytes('mail,role\nx@y.in,mentor\n'))).toEqual({
			ok: false,
			problem: 'columns',
			missing: ['email', 'city']
		});
	});

	it('refuses an empty file, a header alone, bad UTF-8, an open quote, too many rows, too many bytes', () => {
		expect(readInvitationFile(bytes(''))).toEqual({ ok: false, problem: 'empty' });
		expect(readInvitationFile(bytes('email,role,city\n'))).toEqual({
			ok: false,
			problem: 'empty'
		});
		const latin1 = new Uint8Array([
			...bytes('email,role,city\nj'),
			0xe9,
			...bytes('@x.in,mentor,\n')
		]);
		expect(readInvitationFile(latin1)).toEqual({ ok: false, problem: 'notUtf8' });
		expect(readInvitationFile(bytes('email,role,city\n"x@y.in,mentor,sagar\n'))).toEqual({
			ok: false,
			problem: 'unterminated'
		});
		const rows = Array.from({ length: 1001 }, (_, i) => `o${i}@x.in,mentor,sagar`).join('\n');
		expect(readInvitationFile(bytes(`email,role,city\n${rows}`))).toEqual({
			ok: false,
			problem: 'tooManyRows'
		});
		const thousand = rows.split('\n').slice(0, 1000).join('\n');
		expect(readInvitationFile(bytes(`email,role,city\n${thousand}`)).ok).toBe(true);
		expect(readInvitationFile(new Uint8Array(MAX_BYTES + 1))).toEqual({
			ok: false,
			problem: 'tooLarge'
		});
	});
});

describe('readRole', () => {
	it('reads roles as people write them', () => {
		expect(readRole('City member')).toBe('city_member');
		expect(readRole('mission-admin')).toBe('mission_admin');
		expect(readRole('MENTOR')).toBe('mentor');
		expect(readRole('collector')).toBeNull();
	});
});

describe('checkInvitations', () => {
	const row = (line: number, email: string, role: string, city: string) => ({
		line,
		email,
		role,
		city
	});

	it('passes a good row and reads its role', () => {
		expect(
			checkInvitations([row(2, 'new@rajkot.gov.in', 'City member', 'rajkot')], context)
		).toEqual([
			{ line: 2, email: 'new@rajkot.gov.in', role: 'city_member', city: 'rajkot', problems: [] }
		]);
	});

	it('names each problem of a row', () => {
		const checked = checkInvitations(
			[
				row(2, 'not an email', 'mentor', 'rajkot'),
				row(3, 'a@rajkot.gov.in', 'collector', 'rajkot'),
				row(4, 'b@rajkot.gov.in', 'mentor', 'atlantis'),
				row(5, 'c@rajkot.gov.in', 'mentor', ''),
				row(6, 'admin@mission.gov.in', 'mission_admin', ''),
				row(7, 'member.sagar@citysetu.test', 'city_member', 'sagar'),
				row(8, 'gone@citysetu.test', 'city_member', 'sagar'),
				row(9, 'invited@rajkot.gov.in', 'mentor', 'rajkot'),
				row(10, 'bad', 'astronaut', 'atlantis')
			],
			context
		);
		expect(checked.map((r) => [r.line, r.problems])).toEqual([
			[2, [{ code: 'email' }]],
			[3, [{ code: 'role' }]],
			[4, [{ code: 'city' }]],
			[5, [{ code: 'cityMissing' }]],
			[6, []],
			[7, [{ code: 'account' }]],
			[8, [{ code: 'deactivated' }]],
			[9, [{ code: 'pending' }]],
			[10, [{ code: 'email' }, { code: 'role' }, { code: 'city' }]]
		]);
	});

	it('marks a repeated address as a duplicate of its first row, which alone stays valid', () => {
		const checked = checkInvitations(
			[
				row(2, 'same@sagar.gov.in', 'mentor', 'sagar'),
				row(3, 'other@sagar.gov.in', 'mentor', 'sagar'),
				row(4, 'same@sagar.gov.in', 'city_member', 'sagar')
			],
			context
		);
		expect(checked.map((r) => r.problems)).toEqual([[], [], [{ code: 'duplicate', line: 2 }]]);
	});
});
