// Mentorships and suggestions as the JSON API answers them. The OpenAPI document describes the
// same shapes (openapi/operations/mentorships.ts); the contract test holds the two together.
import type { MentorshipDetail, MentorshipSummary } from './mentorships';
import type { GapEvidence } from './assessment-gaps';
import type { ExplainedSuggestion } from './suggestion-inputs';

const city = (c: { slug: string; name: string }) => ({ slug: c.slug, name: c.name });

/** A mentorship in a list: its public part, and its next session where the caller may read it. */
export function mentorshipSummaryJson(m: MentorshipSummary, nextSession: string | null = null) {
	return {
		id: m.id,
		programme: m.programme.slug,
		mentor_city: city(m.mentor_city),
		mentee_city: city(m.mentee_city),
		mentor: m.mentor,
		status: m.status,
		sectors: m.sectors,
		components: m.components,
		started_on: m.started_on,
		ended_on: m.ended_on,
		next_session: nextSession
	};
}

/**
 * One mentorship: its public part, and for those who may read it the request, the answer, the
 * timeline and the officers. `extra` is where other parts of the mentorship (goals, sessions,
 * action items) join the answer; their modules describe their own fields.
 */
export function mentorshipDetailJson(
	m: MentorshipDetail,
	nextSession: string | null = null,
	extra: Record<string, unknown> = {}
) {
	const base = { ...mentorshipSummaryJson(m, nextSession), source_url: m.source_url };
	if (!m.private) return { ...base, ...extra };
	const p = m.private;
	return {
		...base,
		requested_at: p.requested_at,
		decided_at: p.decided_at,
		need: p.need_markdown,
		decision_reason: p.decision_reason,
		closing_summary: p.closing_summary,
		events: p.events.map((e) => ({
			status: e.status,
			at: e.created_at,
			by: e.actor_id ? { id: e.actor_id, name: e.actor_name } : null,
			note: e.note
		})),
		officers: p.officers.map((o) => ({
			user: { id: o.user_id, name: o.name, designation: o.designation },
			side: o.side,
			is_lead: o.is_lead,
			started_at: o.started_at,
			ended_at: o.ended_at,
			ended_reason: o.ended_reason
		})),
		...extra
	};
}

/** A suggestion: the mentor, the score and each reason in the caller's language with its share. */
export function suggestionJson(s: ExplainedSuggestion) {
	return {
		mentor: { id: s.mentor.id, name: s.mentor.name, city: city(s.mentor.city) },
		score: s.score,
		full: s.full,
		reasons: s.reasons.map((r) => ({
			code: r.code,
			text: r.text,
			share: r.share,
			...(r.evidence ? { evidence: r.evidence.map(gapEvidenceJson) } : {})
		}))
	};
}

/** A parameter on which the mentor city leads: the gap reason's evidence. */
function gapEvidenceJson(e: GapEvidence) {
	return {
		parameter: { slug: e.parameter.slug, name_en: e.parameter.en, name_hi: e.parameter.hi },
		framework: { slug: e.framework.slug, acronym: e.framework.acronym },
		round: { slug: e.round.slug, name_en: e.round.en, name_hi: e.round.hi },
		scheme: e.scheme,
		mentor_value: e.mentorValue,
		mentee_value: e.menteeValue,
		sample: e.sample
	};
}
