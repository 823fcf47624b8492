-- The admin's users page at the scale of 100 cities: finding officers by name or email, at
-- most one open invitation per address, and invitations in bulk from a CSV file, checked first
-- and sent on confirmation, each row once however often the file is sent.

-- ── Finding officers ───────────────────────────────────────────────────────────────────────
-- The search matches part of a name or an email (ILIKE '%…%'), which a b-tree cannot serve:
-- trigram indexes can. pg_trgm's operator class is named with its schema, which is `public` on
-- the local stack and `extensions` on a hosted project.
do $$
declare
	trgm text := (
		select quote_ident(n.nspname) from pg_extension e
		join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'
	);
begin
	execute format(
		'create index users_name_trgm_idx on public.users using gin (name %s.gin_trgm_ops)', trgm);
	execute format(
		'create index users_email_trgm_idx on public.users using gin (email %s.gin_trgm_ops)', trgm);
end
$$;

-- The list is sorted by name (email breaks ties: it is unique), a page at a time. Role and
-- status take three and two values: an index on them would not be chosen over a scan.
create index users_name_email_idx on public.users (name, email);

-- ── One open invitation per address ────────────────────────────────────────────────────────
-- create_invitation already replaces an open invitation; the index makes it a rule that a
-- second path (the bulk insert, the API) cannot break even when two requests race. Any
-- duplicates left from before are withdrawn, keeping the newest.
update public.invitations i set revoked_at = now()
where i.accepted_at is null and i.revoked_at is null
	and exists (
		select 1 from public.invitations n
		where n.email = i.email and n.accepted_at is null and n.revoked_at is null
			and (n.created_at, n.id) > (i.created_at, i.id)
	);

create unique index invitations_one_open_per_email on public.invitations (email)
	where accepted_at is null and revoked_at is null;

-- Sending an invitation again while the first send is still saving (a double click): the
-- second waits for the first, then replaces its invitation, instead of colliding with it on
-- the index above.
create or replace function public.create_invitation(
	p_email text, p_role text, p_city_id uuid, p_token_hash text, p_link text,
	p_subject text, p_body text
)
returns uuid
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	inv_id uuid;
begin
	perform pg_advisory_xact_lock(hashtextextended('invitation ' || lower(p_email), 0));
	-- A new invitation replaces any still open for the same address.
	update public.invitations set revoked_at = now()
	where email = lower(p_email) and accepted_at is null and revoked_at is null;
	insert into public.invitations (email, role, city_id, token_hash, invited_by, expires_at)
	values (lower(p_email), p_role::public.app_role, p_city_id, p_token_hash, app.user_id(),
		now() + interval '7 days')
	returning id into inv_id;
	insert into public.outbox_emails (to_email, subject, body, link, purpose, related_id)
	values (lower(p_email), p_subject, p_body, p_link, 'invitation', inv_id);
	return inv_id;
end
$$;

-- ── Invitations in bulk ────────────────────────────────────────────────────────────────────
-- A CSV file an admin uploaded, as the server checked it: each row with its line, values and
-- problems. It waits here, not in the browser, until the admin confirms it; then `result`
-- records what was sent and skipped, so a second confirmation sends nothing and says the same.
create table public.invitation_batches (
	id uuid primary key default gen_random_uuid(),
	created_by uuid not null default app.user_id() references public.users (id) on delete cascade,
	created_at timestamptz not null default now(),
	rows jsonb not null
		check (jsonb_typeof(rows) = 'array' and jsonb_array_length(rows) <= 1000),
	confirmed_at timestamptz,
	result jsonb
);

create index invitation_batches_created_idx on public.invitation_batches (created_at);
create index invitation_batches_creator_idx on public.invitation_batches (created_by);

alter table public.invitation_batches enable row level security;

-- An admin sees and confirms the batches they uploaded, no one else's.
create policy "admins keep their own batches" on public.invitation_batches
	for all to authenticated
	using (created_by = app.user_id() and app.is_admin())
	with check (created_by = app.user_id() and app.is_admin());

grant select on public.invitation_batches to authenticated;
grant insert (rows) on public.invitation_batches to authenticated;
-- Set by create_invitations, which runs as the admin.
grant update (confirmed_at, result) on public.invitation_batches to authenticated;

create trigger invitation_batches_audit after insert or update or delete
	on public.invitation_batches
	for each row execute function app.audit_write();

-- Invites many officers in one transaction, as the admin (row-level security applies: only
-- admins may insert invitations). `p_invitations` is an array of { email, role, city_id,
-- token_hash, link }. An address that already has an account, or an invitation still open, is
-- skipped, not replaced: sending the same list twice, or twice at once, invites each officer
-- once (the unique index decides between racing calls). An open invitation that has expired
-- is withdrawn and replaced. Each invitation queues its mail.
--
-- With `p_batch`, the batch is confirmed in the same transaction: a batch already confirmed
-- returns its first result and inserts nothing. Returns { invited: [{ id, email, expires_at }],
-- skipped: [{ email, reason: 'account' | 'pending' }], repeated }, or { status: 'not_found' }
-- for a batch the caller cannot see.
create function public.create_invitations(
	p_invitations jsonb, p_subject text, p_body text, p_batch uuid default null
)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	batch public.invitation_batches;
	invitations jsonb;
	outcome jsonb;
begin
	if not app.is_admin() then
		raise exception 'only a mission admin may invite' using errcode = '42501';
	end if;
	if jsonb_typeof(p_invitations) is distinct from 'array'
		or jsonb_array_length(p_invitations) > 1000
	then
		raise exception 'p_invitations must be an array of at most 1000 invitations'
			using errcode = '22023';
	end if;
	if p_batch is not null then
		-- Two confirmations of one batch: the second waits here, then finds it confirmed.
		select * into batch from public.invitation_batches where id = p_batch for update;
		if not found then
			return jsonb_build_object('status', 'not_found');
		end if;
		if batch.confirmed_at is not null then
			return batch.result || jsonb_build_object('repeated', true);
		end if;
	end if;

	-- Each address once, in lower case.
	select coalesce(jsonb_agg(to_jsonb(x) order by x.email), '[]') into invitations
	from (
		select distinct on (lower(r.email))
			lower(r.email) as email, r.role, r.city_id, r.token_hash, r.link
		from jsonb_to_recordset(p_invitations)
			as r(email text, role text, city_id uuid, token_hash text, link text)
		order by lower(r.email)
	) x;

	update public.invitations i set revoked_at = now()
	from jsonb_to_recordset(invitations) as x(email text)
	where i.email = x.email and i.accepted_at is null and i.revoked_at is null
		and i.expires_at <= now();

	with input as (
		select * from jsonb_to_recordset(invitations)
			as x(email text, role public.app_role, city_id uuid, token_hash text, link text)
	),
	inserted as (
		insert into public.invitations (email, role, city_id, token_hash, invited_by, expires_at)
		select x.email, x.role, x.city_id, x.token_hash, app.user_id(), now() + interval '7 days'
		from input x
		where not exists (select 1 from public.users u where u.email = x.email)
		order by x.email
		on conflict (email) where accepted_at is null and revoked_at is null do nothing
		returning id, email, expires_at
	),
	mailed as (
		insert into public.outbox_emails (to_email, subject, body, link, purpose, related_id)
		select i.email, p_subject, p_body, x.link, 'invitation', i.id
		from inserted i join input x on x.email = i.email
		returning 1
	)
	select jsonb_build_object(
		'invited', coalesce((
			select jsonb_agg(jsonb_build_object('id', i.id, 'email', i.email,
				'expires_at', i.expires_at) order by i.email)
			from inserted i
		), '[]'),
		'skipped', coalesce((
			select jsonb_agg(jsonb_build_object('email', x.email, 'reason',
				case when exists (select 1 from public.users u where u.email = x.email)
					then 'account' else 'pending' end) order by x.email)
			from input x
			where not exists (select 1 from inserted i where i.email = x.email)
		), '[]'),
		'mailed', (select count(*) from mailed)
	) into outcome;

	if p_batch is not null then
		update public.invitation_batches set confirmed_at = now(), result = outcome
		where id = p_batch;
	end if;
	return outcome || jsonb_build_object('repeated', false);
end
$$;

revoke execute on function public.create_invitations(jsonb, text, text, uuid) from public, anon;
grant execute on function public.create_invitations(jsonb, text, text, uuid) to authenticated;

-- ── Clean-up ───────────────────────────────────────────────────────────────────────────────
-- The hourly clean-up also removes checked CSV files a day old, confirmed or not.
create or replace function public.run_account_cleanup(p_min_interval interval default interval '55 minutes')
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	result jsonb;
	attempts int;
	invitations int;
	resets int;
	mails int;
	links int;
	sessions int;
	limits int;
	batches int;
begin
	if not pg_try_advisory_xact_lock(hashtextextended('job account_cleanup', 0)) then
		return null;
	end if;
	if exists (
		select 1 from public.scheduled_runs
		where job = 'account_cleanup' and last_run_at > now() - p_min_interval
	) then
		return null;
	end if;
	with d as (
		delete from public.auth_attempts where created_at < now() - interval '30 days' returning 1
	) select count(*) into attempts from d;
	with d as (
		delete from public.invitations
		where accepted_at is not null or revoked_at is not null or expires_at < now()
		returning 1
	) select count(*) into invitations from d;
	with d as (
		delete from public.password_resets where used_at is not null or expires_at < now()
		returning 1
	) select count(*) into resets from d;
	with d as (
		delete from public.outbox_emails
		where sent_at is not null and sent_at < now() - interval '30 days'
		returning 1
	) select count(*) into mails from d;
	-- Mail never sent (no mail server) keeps its link no longer than any link can be valid.
	with d as (
		update public.outbox_emails
		set link = null, body = replace(body, '{link}', '[link expired]')
		where sent_at is null and link is not null and created_at < now() - interval '7 days'
		returning 1
	) select count(*) into links from d;
	with d as (
		delete from public.sessions where expires_at < now() or absolute_expires_at < now()
		returning 1
	) select count(*) into sessions from d;
	with d as (
		delete from public.rate_limits where updated_at < now() - interval '1 day' returning 1
	) select count(*) into limits from d;
	-- A checked CSV waits a day at most for its admin to confirm it.
	with d as (
		delete from public.invitation_batches where created_at < now() - interval '1 day'
		returning 1
	) select count(*) into batches from d;
	result := jsonb_build_object(
		'sign_in_attempts', attempts,
		'invitations', invitations,
		'password_resets', resets,
		'sent_mail', mails,
		'unsent_links', links,
		'sessions', sessions,
		'rate_limits', limits,
		'invitation_batches', batches
	);
	insert into public.scheduled_runs (job, last_run_at, last_result)
	values ('account_cleanup', now(), result)
	on conflict (job) do update
		set last_run_at = excluded.last_run_at, last_result = excluded.last_result;
	return result;
end
$$;

