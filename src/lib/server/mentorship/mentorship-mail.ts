// Mail about requests and answers, queued in the outbox (system work: the mail goes to the other
// city's officer, whose address the sender may not read). Each message is in English and Hindi,
// like the account mail, and its links are on the configured public origin. Mail never undoes
// the write that caused it: a failure to queue is logged.
import type { Locale, MessageKey, Params } from '$lib/i18n';
import { translate } from '$lib/i18n';
import { accountLink } from '../accounts/links';
import { systemDb } from '../db';
import { DatabaseError } from '../errors';
import { deliverOutbox } from '../mail';

type Purpose = 'mentorship_request' | 'mentorship_decision';

/** Mail goes out in English and Hindi, the Mission's two working languages. */
type MailLocale = 'en' | 'hi';

const both = (key: MessageKey, params: Record<MailLocale, Params>) =>
	`${translate('en', key, params.en)}\n\n${translate('hi', key, params.hi)}`;

const subjectOf = (key: MessageKey, params: Record<MailLocale, Params>) =>
	`${translate('en', key, params.en)} · ${translate('hi', key, params.hi)}`;

async function queue(to: string, subject: string, body: string, purpose: Purpose, id: string) {
	const { error } = await systemDb()
		.from('outbox_emails')
		.insert({ to_email: to, subject, body, link: null, purpose, related_id: id });
	if (error) throw new DatabaseError('queueing mentorship mail', error);
	void deliverOutbox();
}

/** The mentorship with what its mail names: cities, topics (in both languages) and status. */
async function mailFacts(id: string) {
	const db = systemDb();
	const { data, error } = await db
		.from('mentorships')
		.select(
			`id, status, sectors, components, lead_mentor_id, mentee_city_id,
			mentor_city:cities!mentorships_mentor_city_id_fkey (name),
			mentee_city:cities!mentorships_mentee_city_id_fkey (name)`
		)
		.eq('id', id)
		.single();
	if (error) throw new DatabaseError(`reading mentorship ${id} for mail`, error);
	const [sectors, components] = await Promise.all([
		db.from('sectors').select('slug, name_en, name_hi').in('slug', data.sectors),
		db.from('iccc_components').select('slug, name_en, name_hi').in('slug', data.components)
	]);
	if (sectors.error) throw new DatabaseError('naming sectors', sectors.error);
	if (components.error) throw new DatabaseError('naming components', components.error);
	const named = [...(sectors.data ?? []), ...(components.data ?? [])];
	const topics = (locale: Locale) =>
		new Intl.ListFormat(`${locale}-IN`).format(
			named.map((t) => (locale === 'hi' ? t.name_hi : t.name_en))
		);
	return { ...data, topics };
}

async function emailOf(userId: string | null): Promise<string | null> {
	if (!userId) return null;
	const { data, error } = await systemDb()
		.from('users')
		.select('email')
		.eq('id', userId)
		.eq('status', 'active')
		.maybeSingle();
	if (error) throw new DatabaseError('reading a mail address', error);
	return data?.email ?? null;
}

/** Tells the mentor a city asks for their help (or that the Mission proposes a pairing). */
export async function queueRequestMail(id: string, { propose }: { propose: boolean }) {
	try {
		const m = await mailFacts(id);
		const to = await emailOf(m.lead_mentor_id);
		if (!to) return;
		const link = accountLink(`/mentorships/${id}/decision`);
		const params = (locale: Locale) => ({
			mentee: m.mentee_city.name,
			mentorCity: m.mentor_city.name,
			topics: m.topics(locale),
			link
		});
		const p = { en: params('en'), hi: params('hi') };
		await queue(
			to,
			subjectOf(
				propose ? 'mentorship.request.mail.proposalSubject' : 'mentorship.request.mail.subject',
				p
			),
			both(propose ? 'mentorship.request.mail.proposalBody' : 'mentorship.request.mail.body', p),
			'mentorship_request',
			id
		);
	} catch (error) {
		console.error(`mentorships: could not queue the request mail of ${id}:`, error);
	}
}

/**
 * Who hears the answer: the officer who asked (the mentee side's lead), or for a proposal the
 * admin who proposed it.
 */
async function requesterOf(id: string): Promise<string | null> {
	const db = systemDb();
	const { data: officer, error } = await db
		.from('mentorship_officers')
		.select('user_id')
		.eq('mentorship_id', id)
		.eq('side', 'mentee')
		.eq('is_lead', true)
		.is('ended_at', null)
		.limit(1)
		.maybeSingle();
	if (error) throw new DatabaseError('reading the requester', error);
	if (officer) return officer.user_id;
	const { data: first, error: eventError } = await db
		.from('mentorship_events')
		.select('actor_id')
		.eq('mentorship_id', id)
		.order('created_at')
		.order('id')
		.limit(1)
		.maybeSingle();
	if (eventError) throw new DatabaseError('reading the proposer', eventError);
	return first?.actor_id ?? null;
}

/**
 * Tells the requester the mentor's answer, with the reason. On acceptance it lists the mentee
 * city's other open requests, which they may now want to withdraw.
 */
export async function queueDecisionMail(id: string) {
	try {
		const db = systemDb();
		const m = await mailFacts(id);
		const to = await emailOf(await requesterOf(id));
		if (!to) return;
		const [{ data: brief, error }, open] = await Promise.all([
			db.from('mentorship_briefs').select('decision_reason').eq('mentorship_id', id).maybeSingle(),
			db
				.from('mentorships')
				.select('id, mentor_city:cities!mentorships_mentor_city_id_fkey (name)')
				.eq('mentee_city_id', m.mentee_city_id)
				.in('status', ['requested', 'proposed'])
				.neq('id', id)
		]);
		if (error) throw new DatabaseError('reading the answer', error);
		if (open.error) throw new DatabaseError('reading open requests', open.error);
		const accepted = m.status === 'active';
		const others = open.data ?? [];
		const params = (locale: Locale) => ({
			mentorCity: m.mentor_city.name,
			mentee: m.mentee_city.name,
			topics: m.topics(locale),
			reason: brief?.decision_reason ?? '',
			link: accountLink(`/mentorships/${id}`),
			newLink: accountLink('/mentorships/new'),
			count: others.length,
			others: others.map((o) => `- ${o.mentor_city.name}`).join('\n'),
			listLink: accountLink('/mentorships#open-requests')
		});
		const p = { en: params('en'), hi: params('hi') };
		const listOthers = accepted && others.length > 0;
		// Each language whole: the answer, then the other open requests.
		const section = (locale: MailLocale) =>
			translate(
				locale,
				accepted
					? 'mentorship.decision.mail.acceptedBody'
					: 'mentorship.decision.mail.declinedBody',
				p[locale]
			) +
			(listOthers
				? `\n\n${translate(locale, 'mentorship.decision.mail.openRequests', p[locale])}`
				: '');
		await queue(
			to,
			subjectOf(
				accepted
					? 'mentorship.decision.mail.acceptedSubject'
					: 'mentorship.decision.mail.declinedSubject',
				p
			),
			`${section('en')}\n\n${section('hi')}`,
			'mentorship_decision',
			id
		);
	} catch (error) {
		console.error(`mentorships: could not queue the answer mail of ${id}:`, error);
	}
}
