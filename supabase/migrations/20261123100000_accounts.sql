-- Accounts, sessions, invitations, API tokens and the audit log.
--
-- The server talks to PostgREST as the signed-in user with a short-lived JWT whose claims carry
-- the user id (sub), the app role and the city. The policies below read those claims, so access
-- is enforced here as well as in the server. Tables with no policy for a role are reachable only
-- by the service role: system work (authentication itself, mail, seeding).

create schema if not exists app;
grant usage on schema app to anon, authenticated, service_role;

create function app.claims() returns jsonb
language sql stable
set search_path = ''
as $$
	select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb;
$$;

create function app.user_id() returns uuid
language sql stable
set search_path = ''
as $$
	select nullif(app.claims() ->> 'sub', '')::uuid;
$$;

create table public.users (
	id uuid primary key default gen_random_uuid(),
	email text not null unique check (email = lower(email) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'
		and length(email) <= 254),
	name text not null check (length(name) between 1 and 120),
	designation text check (length(designation) <= 120),
	role text not null check (role in ('mission_admin', 'mentor', 'city_member')),
	city_id uuid references public.cities (id),
	status text not null default 'active' check (status in ('active', 'deactivated')),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now(),
	last_sign_in_at timestamptz,
	-- Mentors and city members belong to a city; admins may have none.
	constraint users_city_required check (role = 'mission_admin' or city_id is not null)
);

create index users_city_idx on public.users (city_id);

-- Is the caller an active user? Security definer: it must see the users table whatever the
-- caller's own policies allow, and a deactivated user's still-valid token then opens nothing.
create function app.active_role() returns text
language sql stable security definer
set search_path = ''
as $$
	select u.role from public.users u where u.id = app.user_id() and u.status = 'active';
$$;

create function app.active_city() returns uuid
language sql stable security definer
set search_path = ''
as $$
	select u.city_id from public.users u where u.id = app.user_id() and u.status = 'active';
$$;

create function app.is_admin() returns boolean
language sql stable
set search_path = ''
as $$
	select coalesce(app.active_role() = 'mission_admin', false);
$$;

grant execute on all functions in schema app to anon, authenticated, service_role;

-- Password hashes live apart from the profile so no policy on users can ever expose them.
create table public.user_credentials (
	user_id uuid primary key references public.users (id) on delete cascade,
	password_hash text not null,
	updated_at timestamptz not null default now()
);

create table public.sessions (
	-- SHA-256 of the session token, hex: the token itself is never stored.
	id text primary key check (id ~ '^[0-9a-f]{64}$'),
	user_id uuid not null references public.users (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	absolute_expires_at timestamptz not null,
	last_seen_at timestamptz not null default now(),
	user_agent text check (length(user_agent) <= 300),
	ip text check (length(ip) <= 64)
);

create index sessions_user_idx on public.sessions (user_id);

create table public.invitations (
	id uuid primary key default gen_random_uuid(),
	email text not null check (email = lower(email) and length(email) <= 254),
	role text not null check (role in ('mission_admin', 'mentor', 'city_member')),
	city_id uuid references public.cities (id),
	token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
	invited_by uuid references public.users (id) on delete set null,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	accepted_at timestamptz,
	revoked_at timestamptz,
	constraint invitations_city_required check (role = 'mission_admin' or city_id is not null)
);

create index invitations_email_idx on public.invitations (email);

create table public.password_resets (
	token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
	user_id uuid not null references public.users (id) on delete cascade,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	used_at timestamptz
);

create table public.outbox_emails (
	id uuid primary key default gen_random_uuid(),
	to_email text not null,
	subject text not null,
	body text not null,
	-- The link the message carries, shown to admins when no mail server is configured.
	link text,
	purpose text not null check (purpose in ('invitation', 'password_reset')),
	related_id uuid,
	created_at timestamptz not null default now(),
	sent_at timestamptz,
	attempts int not null default 0,
	last_error text
);

create table public.auth_attempts (
	id bigint generated always as identity primary key,
	email text,
	ip text,
	succeeded boolean not null,
	created_at timestamptz not null default now()
);

create index auth_attempts_email_idx on public.auth_attempts (email, created_at);
create index auth_attempts_ip_idx on public.auth_attempts (ip, created_at);

create table public.api_tokens (
	id uuid primary key default gen_random_uuid(),
	user_id uuid not null references public.users (id) on delete cascade default app.user_id(),
	name text not null check (length(name) between 1 and 80),
	token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
	created_at timestamptz not null default now(),
	last_used_at timestamptz,
	revoked_at timestamptz
);

create index api_tokens_user_idx on public.api_tokens (user_id);

create table public.audit_log (
	id bigint generated always as identity primary key,
	actor_id uuid references public.users (id) on delete set null,
	actor_email text,
	action text not null check (length(action) <= 60),
	entity text not null check (length(entity) <= 60),
	entity_id text check (length(entity_id) <= 100),
	summary text check (length(summary) <= 500),
	created_at timestamptz not null default now()
);

create index audit_log_created_idx on public.audit_log (created_at desc);
create index audit_log_actor_idx on public.audit_log (actor_id, created_at desc);

create trigger users_touch_updated_at before update on public.users
	for each row execute function public.touch_updated_at();

-- Only admins change role, city, status or email; everyone may edit their own name and title.
create function app.guard_user_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if current_user in ('authenticated', 'anon') and not app.is_admin() and (
		new.role is distinct from old.role or new.city_id is distinct from old.city_id
		or new.status is distinct from old.status or new.email is distinct from old.email
	) then
		raise exception 'only a mission admin may change role, city, status or email'
			using errcode = '42501';
	end if;
	return new;
end
$$;

create trigger users_guard_update before update on public.users
	for each row execute function app.guard_user_update();

-- Every write records who did what to which row. Column names say what changed; values are not
-- copied, so no secret or personal detail ends up in the log.
create function app.audit_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
	row_id text;
	changed text;
	actor uuid := app.user_id();
begin
	row_id := coalesce(to_jsonb(coalesce(new, old)) ->> 'id', to_jsonb(coalesce(new, old)) ->> 'user_id');
	if tg_op = 'UPDATE' then
		select string_agg(key, ', ' order by key) into changed
		from jsonb_each(to_jsonb(new)) n
		where n.value is distinct from (to_jsonb(old) -> n.key)
			and key not in ('updated_at', 'last_seen_at', 'expires_at', 'token_hash', 'password_hash');
		if changed is null then
			return new;
		end if;
	end if;
	insert into public.audit_log (actor_id, actor_email, action, entity, entity_id, summary)
	values (
		actor,
		(select email from public.users where id = actor),
		lower(tg_op),
		tg_table_name,
		row_id,
		case tg_op when 'UPDATE' then 'changed ' || changed else null end
	);
	return coalesce(new, old);
end
$$;

create trigger users_audit after insert or update or delete on public.users
	for each row execute function app.audit_write();
create trigger invitations_audit after insert or update or delete on public.invitations
	for each row execute function app.audit_write();
create trigger api_tokens_audit after insert or update or delete on public.api_tokens
	for each row execute function app.audit_write();
create trigger user_credentials_audit after insert or update on public.user_credentials
	for each row execute function app.audit_write();

-- Row-level security on every table.
alter table public.users enable row level security;
alter table public.user_credentials enable row level security;
alter table public.sessions enable row level security;
alter table public.invitations enable row level security;
alter table public.password_resets enable row level security;
alter table public.outbox_emails enable row level security;
alter table public.auth_attempts enable row level security;
alter table public.api_tokens enable row level security;
alter table public.audit_log enable row level security;

-- users: yourself, your city's colleagues; admins everyone.
create policy "users read themselves, their city and admins all" on public.users
	for select to authenticated
	using (app.active_role() is not null and (
		id = app.user_id() or app.is_admin() or city_id = app.active_city()
	));
create policy "users edit themselves" on public.users
	for update to authenticated
	using (id = app.user_id() and app.active_role() is not null)
	with check (id = app.user_id());
create policy "admins edit users" on public.users
	for update to authenticated using (app.is_admin()) with check (app.is_admin());
create policy "admins add users" on public.users
	for insert to authenticated with check (app.is_admin());

-- user_credentials, password_resets, auth_attempts: no policy. Only system work touches them.

-- sessions: users see and end their own.
create policy "users see their sessions" on public.sessions
	for select to authenticated using (user_id = app.user_id() and app.active_role() is not null);
create policy "users end their sessions" on public.sessions
	for delete to authenticated using (user_id = app.user_id() and app.active_role() is not null);

-- invitations and the mail outbox: admins only.
create policy "admins manage invitations" on public.invitations
	for all to authenticated using (app.is_admin()) with check (app.is_admin());
create policy "admins read the outbox" on public.outbox_emails
	for select to authenticated using (app.is_admin());
create policy "admins queue mail" on public.outbox_emails
	for insert to authenticated with check (app.is_admin());

-- api_tokens: each user their own.
create policy "users see their tokens" on public.api_tokens
	for select to authenticated using (user_id = app.user_id() and app.active_role() is not null);
create policy "users create their tokens" on public.api_tokens
	for insert to authenticated
	with check (user_id = app.user_id() and app.active_role() is not null);
create policy "users revoke their tokens" on public.api_tokens
	for update to authenticated
	using (user_id = app.user_id() and app.active_role() is not null)
	with check (user_id = app.user_id());

-- audit_log: admins read; rows come from triggers and system work only.
create policy "admins read the audit log" on public.audit_log
	for select to authenticated using (app.is_admin());

revoke all on public.user_credentials, public.password_resets, public.auth_attempts
	from anon, authenticated;
revoke all on public.users, public.sessions, public.invitations, public.outbox_emails,
	public.api_tokens, public.audit_log from anon;
grant select, insert, update on public.users to authenticated;
grant select, delete on public.sessions to authenticated;
grant select, insert, update on public.invitations to authenticated;
grant select, insert on public.outbox_emails to authenticated;
grant select, insert, update on public.api_tokens to authenticated;
grant select on public.audit_log to authenticated;
grant all on all tables in schema public to service_role;

-- Sign-in throttling, counted in Postgres so it holds across server instances: seconds to wait
-- before the next attempt (0 when allowed). 5 failures for an account or 20 from an address
-- within 15 minutes lock further attempts until the oldest of them is 15 minutes old.
create function public.sign_in_wait_seconds(p_email text, p_ip text)
returns int
language sql stable security invoker
set search_path = ''
as $$
	with window_start as (select now() - interval '15 minutes' as t),
	by_email as (
		select created_at from public.auth_attempts, window_start
		where email = lower(p_email) and not succeeded and created_at > window_start.t
		order by created_at desc limit 5
	),
	by_ip as (
		select created_at from public.auth_attempts, window_start
		where ip = p_ip and not succeeded and created_at > window_start.t
		order by created_at desc limit 20
	)
	select greatest(
		case when (select count(*) from by_email) >= 5 then
			ceil(extract(epoch from (select min(created_at) from by_email) + interval '15 minutes' - now()))::int
		else 0 end,
		case when (select count(*) from by_ip) >= 20 then
			ceil(extract(epoch from (select min(created_at) from by_ip) + interval '15 minutes' - now()))::int
		else 0 end,
		0
	);
$$;

revoke execute on function public.sign_in_wait_seconds(text, text) from public, anon, authenticated;
grant execute on function public.sign_in_wait_seconds(text, text) to service_role;

-- Accepting an invitation (system work: the invitee has no account yet): creates the user and
-- their password in one transaction and marks the invitation used. Null when the token is
-- unknown, used, revoked or expired, or the email already has an account.
create function public.accept_invitation(
	p_token_hash text, p_name text, p_designation text, p_password_hash text
)
returns uuid
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	inv public.invitations;
	new_id uuid;
begin
	select * into inv from public.invitations
	where token_hash = p_token_hash and accepted_at is null and revoked_at is null
		and expires_at > now()
	for update;
	if not found or exists (select 1 from public.users where email = inv.email) then
		return null;
	end if;
	insert into public.users (email, name, designation, role, city_id)
	values (inv.email, p_name, nullif(p_designation, ''), inv.role, inv.city_id)
	returning id into new_id;
	insert into public.user_credentials (user_id, password_hash) values (new_id, p_password_hash);
	update public.invitations set accepted_at = now() where id = inv.id;
	return new_id;
end
$$;

revoke execute on function public.accept_invitation(text, text, text, text) from public, anon, authenticated;
grant execute on function public.accept_invitation(text, text, text, text) to service_role;

-- Resetting a password with a single-use token: sets the hash, uses the token, ends every
-- session of the user. Returns the user id, or null for an unknown, used or expired token.
create function public.reset_password(p_token_hash text, p_password_hash text)
returns uuid
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	target uuid;
begin
	update public.password_resets set used_at = now()
	where token_hash = p_token_hash and used_at is null and expires_at > now()
	returning user_id into target;
	if target is null or not exists (
		select 1 from public.users where id = target and status = 'active'
	) then
		return null;
	end if;
	update public.user_credentials set password_hash = p_password_hash, updated_at = now()
	where user_id = target;
	delete from public.sessions where user_id = target;
	return target;
end
$$;

revoke execute on function public.reset_password(text, text) from public, anon, authenticated;
grant execute on function public.reset_password(text, text) to service_role;

-- Creating an invitation and its e-mail in one transaction, as the admin (RLS applies).
create function public.create_invitation(
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
	-- A new invitation replaces any still open for the same address.
	update public.invitations set revoked_at = now()
	where email = lower(p_email) and accepted_at is null and revoked_at is null;
	insert into public.invitations (email, role, city_id, token_hash, invited_by, expires_at)
	values (lower(p_email), p_role, p_city_id, p_token_hash, app.user_id(), now() + interval '7 days')
	returning id into inv_id;
	insert into public.outbox_emails (to_email, subject, body, link, purpose, related_id)
	values (lower(p_email), p_subject, p_body, p_link, 'invitation', inv_id);
	return inv_id;
end
$$;

revoke execute on function public.create_invitation(text, text, uuid, text, text, text, text) from public, anon;
grant execute on function public.create_invitation(text, text, uuid, text, text, text, text)
	to authenticated, service_role;

-- Demo accounts for the local stack (system work; never called against production). Creates the
-- account when the email has none; an existing account is left exactly as it is.
create function public.seed_demo_account(
	p_email text, p_name text, p_designation text, p_role text, p_city_slug text,
	p_password_hash text
)
returns boolean
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	new_id uuid;
begin
	if exists (select 1 from public.users where email = lower(p_email)) then
		return false;
	end if;
	insert into public.users (email, name, designation, role, city_id)
	values (lower(p_email), p_name, p_designation, p_role,
		(select id from public.cities where slug = p_city_slug))
	returning id into new_id;
	insert into public.user_credentials (user_id, password_hash) values (new_id, p_password_hash);
	return true;
end
$$;

revoke execute on function public.seed_demo_account(text, text, text, text, text, text)
	from public, anon, authenticated;
grant execute on function public.seed_demo_account(text, text, text, text, text, text) to service_role;
