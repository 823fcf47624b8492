-- Scheduled mentorship jobs: request expiry, session reminders, the action-item digest and the
-- nudges that keep quiet mentorships from dying unseen. Several app instances may run at once,
-- so each job claims its run in Postgres, and every message is written to the outbox in the
-- same transaction as the notification_log row that keeps it from going out twice.

-- The outbox carries more kinds of mail than invitations and resets now: a reminder, a digest,
-- a nudge. The purpose stays a short word, which the clean-up and admins can group by.
alter table public.outbox_emails drop constraint if exists outbox_emails_purpose_check;
alter table public.outbox_emails
	add constraint outbox_emails_purpose_word check (purpose ~ '^[a-z][a-z0-9_]{0,39}$');

-- Claims a job's run: true for exactly one caller per `p_every`, whatever the number of
-- instances. Two callers at once: the second waits on the first's row and then finds it fresh.
create function public.claim_scheduled_run(p_job text, p_every interval)
returns boolean
language sql volatile security invoker
set search_path = ''
as $$
	insert into public.scheduled_runs as r (job, last_run_at) values (p_job, now())
	on conflict (job) do update set last_run_at = excluded.last_run_at
		where r.last_run_at <= now() - p_every
	returning true;
$$;

-- Records what a claimed run did, for admins reading scheduled_runs.
create function public.finish_scheduled_run(p_job text, p_result jsonb)
returns void
language sql volatile security invoker
set search_path = ''
as $$
	update public.scheduled_runs set last_result = p_result where job = p_job;
$$;

-- Queues scheduled mail: for each message, a notification_log row (kind, subject_id, user_id,
-- period) and the mail itself, or neither when that row exists already. A job run twice, or on
-- two instances at once, so sends each message once. `p`: [{ kind, subject_id, user_id, period,
-- to_email, subject, body }]. Returns how many were queued.
create function public.queue_notifications(p jsonb)
returns int
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	n jsonb;
	added int;
	queued int := 0;
begin
	for n in select value from jsonb_array_elements(p) loop
		insert into public.notification_log (kind, subject_id, user_id, period)
		values (n ->> 'kind', (n ->> 'subject_id')::uuid, (n ->> 'user_id')::uuid,
			coalesce(n ->> 'period', ''))
		on conflict do nothing;
		get diagnostics added = row_count;
		if added = 1 then
			insert into public.outbox_emails (to_email, subject, body, purpose, related_id)
			values (n ->> 'to_email', n ->> 'subject', n ->> 'body', n ->> 'kind',
				(n ->> 'subject_id')::uuid);
			queued := queued + 1;
		end if;
	end loop;
	return queued;
end
$$;

revoke execute on function public.claim_scheduled_run(text, interval),
	public.finish_scheduled_run(text, jsonb),
	public.queue_notifications(jsonb)
	from public, anon, authenticated;
grant execute on function public.claim_scheduled_run(text, interval),
	public.finish_scheduled_run(text, jsonb),
	public.queue_notifications(jsonb)
	to service_role;
