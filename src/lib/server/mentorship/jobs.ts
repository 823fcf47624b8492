// The mentorship jobs' runner inside the app. Every instance keeps a timer, but each job claims
// its run in Postgres (claim_scheduled_run), so it runs once per interval whatever the number of
// instances; and each job is idempotent besides (notification_log), so a run that happens twice
// anyway sends nothing twice. Each run logs what it did and leaves its result in scheduled_runs.
import { systemDb } from '../db';
import { DatabaseError } from '../errors';
import { deliverOutbox } from '../mail';
import type { JobResult } from './job-recipients';
import {
	expireRequests,
	notifyProgrammeEnding,
	nudgeQuietMentorships,
	nudgeUnansweredRequests,
	sendActionDigests,
	sendSessionReminders
} from './nudges';

const CHECK_EVERY_MS = 5 * 60_000;
// Each job at most this often. Daily mail (the digest, reminders) is kept daily by its period in
// notification_log, not by this interval.
const RUN_EVERY = '15 minutes';

/** The jobs, in the order a round runs them: expiry first, so nobody is nudged about a request that just expired. */
export const mentorshipJobs: { name: string; run: (now: Date) => Promise<JobResult> }[] = [
	{ name: 'mentorship_expiry', run: expireRequests },
	{ name: 'mentorship_session_reminders', run: sendSessionReminders },
	{ name: 'mentorship_action_digest', run: sendActionDigests },
	{ name: 'mentorship_unanswered_requests', run: nudgeUnansweredRequests },
	{ name: 'mentorship_quiet', run: nudgeQuietMentorships },
	{ name: 'mentorship_programme_ending', run: notifyProgrammeEnding }
];

/** Claims a job's run: true for one caller (any instance) per `every` (a Postgres interval). */
export async function claimRun(job: string, every = RUN_EVERY): Promise<boolean> {
	const { data, error } = await systemDb().rpc('claim_scheduled_run', {
		p_job: job,
		p_every: every
	});
	if (error) throw new DatabaseError(`claiming the ${job} run`, error);
	return data === true;
}

/** One line for the log: what a run found due, left out and queued. */
export function describeRun(result: JobResult): string {
	return (
		`${result.job}: ${result.queued} mail queued of ${result.due} due` +
		(result.skipped > 0 ? `, ${result.skipped} turned off or inactive` : '') +
		('expired' in result ? `, ${String(result.expired)} requests expired` : '') +
		(result.note ? ` (${result.note})` : '')
	);
}

/**
 * Runs each job whose turn it is (claimed in Postgres) at `now`; returns the results of those
 * that ran. A failing job is logged and does not stop the others.
 */
export async function runMentorshipJobs(now = new Date(), every = RUN_EVERY): Promise<JobResult[]> {
	const results: JobResult[] = [];
	for (const job of mentorshipJobs) {
		try {
			if (!(await claimRun(job.name, every))) continue;
			const result = await job.run(now);
			results.push(result);
			console.log(`mentorship jobs: ${describeRun(result)}`);
			const { error } = await systemDb().rpc('finish_scheduled_run', {
				p_job: job.name,
				p_result: { ...result, at: now.toISOString() }
			});
			if (error) console.error(`mentorship jobs: could not record ${job.name}:`, error.message);
		} catch (cause) {
			console.error(
				`mentorship jobs: ${job.name} failed:`,
				cause instanceof Error ? cause.message : cause
			);
		}
	}
	if (results.some((r) => r.queued > 0)) void deliverOutbox();
	return results;
}

let timer: ReturnType<typeof setInterval> | undefined;

/** Starts this instance's timer (once); Postgres decides which instance runs each job. */
export function startMentorshipJobs(): void {
	if (timer) return;
	timer = setInterval(() => void runMentorshipJobs(), CHECK_EVERY_MS);
	timer.unref();
	setTimeout(() => void runMentorshipJobs(), 45_000).unref();
}
