-- Account security: sign-in attempts counted before the password is checked, API tokens with an
-- expiry, a scope and a limit, revoked when the password changes, links that do not outlive
-- their mail, and a scheduled clean-up that claims its run in Postgres.

-- ── Sign-in lock-out that a burst cannot race ──────────────────────────────────────────────
-- Checks the limits and counts the attempt in one transaction, serialised per account and per
-- address by advisory locks (always the email's first, then the address's, so two callers never
-- wait on each other in a circle). The attempt is counted as a failure until the server marks
-- it succeeded, so parallel attempts see each other before any password is verified. Returns
-- the attempt's id when it may go ahead, or the seconds to wait.
create function public.claim_sign_in_attempt(p_email text, p_ip text)
returns table (attempt_id bigint, wait_seconds int)
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	wait int;
	address text := left(lower(p_email), 254);
	client text := left(p_ip, 64);
begin
	perform pg_advisory_xact_lock(hashtextextended('sign-in email ' || address, 0));
	perform pg_advisory_xact_lock(hashtextextended('sign-in address ' || client, 0));
	wait := public.sign_in_wait_seconds(address, client);
	if wait > 0 then
		return query select null::bigint, wait;
		return;
	end if;
	return query
		insert into public.auth_attempts (email, ip, succeeded) values (address, client, false)
		returning id, 0;
end
$$;

revoke execute on function public.claim_sign_in_attempt(text, text) from public, anon, authenticated;
grant execute on function public.claim_sign_in_attempt(text, text) to service_role;

-- ── API tokens: expiry, scope, at most 10 active ───────────────────────────────────────────
create type public.api_token_scope as enum ('read', 'read_write');

alter table public.api_tokens
	add column scope public.api_token_scope not null default 'read',
	add column expires_at timestamptz;

-- Tokens made before scopes could write, so they keep that; they expire 90 days after creation.
update public.api_tokens set scope = 'read_write', expires_at = created_at + interval '90 days';

alter table public.api_tokens
	alter column expires_at set not null,
	alter column expires_at set default now() + interval '90 days',
	-- At most a year. The app computes the expiry on its own clock: five minutes allow for skew.
	add constraint api_tokens_expiry_range check (
		expires_at > created_at and expires_at <= created_at + interval '1 year 5 minutes'
	);

create index api_tokens_active_idx on public.api_tokens (user_id) where revoked_at is null;

-- Serialised per user so two parallel creations cannot both take the tenth place.
create function app.limit_active_api_tokens() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	perform pg_advisory_xact_lock(hashtextextended('api tokens ' || new.user_id::text, 0));
	if (
		select count(*) from public.api_tokens
		where user_id = new.user_id and revoked_at is null and expires_at > now()
	) >= 10 then
		raise exception 'at most 10 active API tokens per user' using errcode = '54000';
	end if;
	return new;
end
$$;

create trigger api_tokens_limit before insert on public.api_tokens
	for each row execute function app.limit_active_api_tokens();

-- A new password (changed or reset) revokes every API token: whoever knew the old password may
-- have made one. Security definer: a reset runs as system work, a change as the user.
create function app.revoke_api_tokens_on_new_password() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if new.password_hash is distinct from old.password_hash then
		update public.api_tokens set revoked_at = now()
		where user_id = new.user_id and revoked_at is null;
	end if;
	return new;
end
$$;

create trigger user_credentials_revoke_api_tokens after update of password_hash
	on public.user_credentials
	for each row execute function app.revoke_api_tokens_on_new_password();

-- ── Links in mail do not outlive the mail ──────────────────────────────────────────────────
-- The body holds `{link}` where the link goes; the link itself sits in `link` only until the
-- message is sent (the sender fills it in), and is then emptied.
comment on column public.outbox_emails.link is
	'The link the message carries, kept only until it is sent; the body holds {link} in its place.';

update public.outbox_emails
set body = replace(body, link, '[link removed after sending]'), link = null
where sent_at is not null and link is not null;

update public.outbox_emails set body = replace(body, link, '{link}')
where sent_at is null and link is not null;

create function app.forget_sent_link() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if new.sent_at is not null then
		new.link := null;
		new.body := replace(new.body, '{link}', '[link removed after sending]');
	end if;
	return new;
end
$$;

create trigger outbox_emails_forget_link before update of sent_at on public.outbox_emails
	for each row execute function app.forget_sent_link();

alter table public.outbox_emails
	add constraint outbox_emails_sent_without_link check (sent_at is null or link is null);

-- ── Scheduled clean-up ─────────────────────────────────────────────────────────────────────
-- When each scheduled job last ran, so that several app instances run it once between them.
create table public.scheduled_runs (
	job text primary key check (length(job) <= 60),
	last_run_at timestamptz not null,
	last_result jsonb
);

alter table public.scheduled_runs enable row level security;
revoke all on public.scheduled_runs from anon, authenticated;
grant all on public.scheduled_runs to service_role;

-- Prunes what accounts leave behind. Claims its run: one caller at a time (an advisory lock),
-- and none within `p_min_interval` of the last run. Returns what it removed, or null when
-- another instance ran it. Idempotent: a second run finds nothing more to remove.
create function public.run_account_cleanup(p_min_interval interval default interval '55 minutes')
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
	result := jsonb_build_object(
		'sign_in_attempts', attempts,
		'invitations', invitations,
		'password_resets', resets,
		'sent_mail', mails,
		'unsent_links', links,
		'sessions', sessions,
		'rate_limits', limits
	);
	insert into public.scheduled_runs (job, last_run_at, last_result)
	values ('account_cleanup', now(), result)
	on conflict (job) do update
		set last_run_at = excluded.last_run_at, last_result = excluded.last_result;
	return result;
end
$$;

revoke execute on function public.run_account_cleanup(interval) from public, anon, authenticated;
grant execute on function public.run_account_cleanup(interval) to service_role;

-- The token's scope and expiry: users read them and set them when they create a token (column
-- grants, as for the rest of api_tokens); the limits above are checked by the table itself.
grant select (scope, expires_at), insert (scope, expires_at) on public.api_tokens to authenticated;
