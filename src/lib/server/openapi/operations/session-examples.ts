// Example requests and answers of the sessions and action-items endpoints, for the document.
export const mentorshipId = '3f2b8c1e-6a4d-4e2f-9b1c-7d5e4a3b2c10';
export const sessionId = '8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const rajkotMentor = {
	id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
	name: 'Demo Mentor, Rajkot'
};
export const sagarMember = {
	id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
	name: 'Demo City Member, Sagar'
};

export const sessionInput = {
	title: 'Camera linking plan',
	starts_at: '2026-12-03T15:30:00+05:30',
	duration_minutes: 60,
	mode: 'online',
	location: null,
	meeting_url: 'https://meet.example.org/rajkot-sagar',
	agenda: '1. How Rajkot lists cameras by category\n2. Next steps',
	attendees: [rajkotMentor.id, sagarMember.id],
	guests: [{ name: 'A. Consultant', designation: 'GIS consultant' }]
};

export const session = {
	id: sessionId,
	mentorship_id: mentorshipId,
	...sessionInput,
	starts_at: '2026-12-03T10:00:00.000Z',
	notes: '',
	status: 'scheduled',
	version: 1,
	sequence: 0,
	attendees: [rajkotMentor, sagarMember],
	ics_url: `/api/v1/sessions/${sessionId}.ics`,
	created_at: '2026-11-28T09:12:00+00:00',
	updated_at: '2026-11-28T09:12:00+00:00'
};

export const heldSession = {
	...session,
	status: 'held',
	notes: 'Sagar starts with hospitals and schools.',
	version: 3,
	sequence: 2
};

export const actionItem = {
	id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
	mentorship_id: mentorshipId,
	session_id: sessionId,
	title: 'List the cameras of hospitals and schools',
	owner: sagarMember,
	due_on: '2026-12-10',
	status: 'open',
	overdue_days: 0,
	closing_comment: null,
	closed_at: null,
	version: 1,
	created_at: '2026-12-03T11:05:00+00:00',
	updated_at: '2026-12-03T11:05:00+00:00'
};
