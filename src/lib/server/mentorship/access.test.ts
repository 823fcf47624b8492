import { describe, expect, it } from 'vitest';
import { mentorshipAccess, sideOf } from './access';
import type { MentorshipCities } from './access';

const m = (status: MentorshipCities['status']): MentorshipCities => ({
	mentor_city_id: 'rajkot',
	mentee_city_id: 'sagar',
	status
});
const member = (cityId: string) => ({ id: 'u', role: 'city_member' as const, cityId });
const admin = { id: 'a', role: 'mission_admin' as const, cityId: null };

describe('mentorshipAccess', () => {
	it('lets either city and the admins work on a running mentorship', () => {
		for (const status of ['active', 'paused'] as const) {
			expect(mentorshipAccess(member('rajkot'), m(status))).toBe('work');
			expect(mentorshipAccess(member('sagar'), m(status))).toBe('work');
			expect(mentorshipAccess(admin, m(status))).toBe('work');
		}
	});

	it('lets them only read one that is not running', () => {
		for (const status of ['requested', 'proposed', 'completed', 'declined'] as const) {
			expect(mentorshipAccess(member('sagar'), m(status))).toBe('read');
			expect(mentorshipAccess(admin, m(status))).toBe('read');
		}
	});

	it('shows a third city and the public running and past pairings only, and nothing else', () => {
		for (const who of [member('bilaspur'), null]) {
			expect(mentorshipAccess(who, m('active'))).toBe('public');
			expect(mentorshipAccess(who, m('completed'))).toBe('public');
			expect(mentorshipAccess(who, m('requested'))).toBe('none');
			expect(mentorshipAccess(who, m('declined'))).toBe('none');
		}
	});
});

describe('sideOf', () => {
	it('is the side of the reader’s city, none for admins and other cities', () => {
		expect(sideOf(member('rajkot'), m('active'))).toBe('mentor');
		expect(sideOf(member('sagar'), m('active'))).toBe('mentee');
		expect(sideOf(member('bilaspur'), m('active'))).toBeNull();
		expect(sideOf(admin, m('active'))).toBeNull();
	});
});
