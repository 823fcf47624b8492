-- Closed lists become Postgres enums, so the generated types carry them (`Enums<'app_role'>`,
-- `Constants.public.Enums.practice_status`) and no TypeScript file keeps its own copy.
--
-- Postgres will not change a column's type while a policy, a check constraint or an index
-- predicate compares it with text, so those are dropped first and recreated after. Functions
-- that write text into these columns now cast it (a text value does not turn into an enum on
-- its own).

create type public.app_role as enum ('mission_admin', 'mentor', 'city_member');
create type public.user_status as enum ('active', 'deactivated');
create type public.practice_kind as enum ('case_study', 'playbook', 'agreement');
create type public.practice_status as enum ('draft', 'in_review', 'published', 'archived');

-- users and invitations --------------------------------------------------------------------------

alter table public.users drop constraint users_role_check;
alter table public.users drop constraint users_status_check;
alter table public.users drop constraint users_city_required;
alter table public.users alter column status drop default;
alter table public.users
	alter column role type public.app_role using role::public.app_role,
	alter column status type public.user_status using status::public.user_status;
alter table public.users alter column status set default 'active';
alter table public.users add constraint users_city_required
	check (role = 'mission_admin' or city_id is not null);

alter table public.invitations drop constraint invitations_role_check;
alter table public.invitations drop constraint invitations_city_required;
alter table public.invitations
	alter column role type public.app_role using role::public.app_role;
alter table public.invitations add constraint invitations_city_required
	check (role = 'mission_admin' or city_id is not null);

-- The policies compare app.active_role() with text literals; it keeps returning text.
create or replace function app.active_role() returns text
language sql stable security definer
set search_path = ''
as $$
	select u.role::text from public.users u where u.id = app.user_id() and u.status = 'active';
$$;

-- practices and their revisions ------------------------------------------------------------------

drop policy "published practices are public" on public.practices;
drop policy "members and mentors create for their city, admins for any" on public.practices;
drop policy "members edit their city's unpublished practices" on public.practices;

alter table public.practices drop constraint practices_kind_check;
alter table public.practices drop constraint practices_status_check;
alter table public.practices alter column status drop default;
alter table public.practices
	alter column kind type public.practice_kind using kind::public.practice_kind,
	alter column status type public.practice_status using status::public.practice_status;
alter table public.practices alter column status set default 'draft';

alter table public.practice_revisions
	alter column kind type public.practice_kind using kind::public.practice_kind,
	alter column status type public.practice_status using status::public.practice_status;

create policy "published practices are public" on public.practices
	for select to anon, authenticated using (status = 'published');
create policy "members and mentors create for their city, admins for any" on public.practices
	for insert to authenticated
	with check (
		author_id = app.user_id() and (
			app.is_admin()
			or (app.active_role() = 'mentor' and city_id = app.active_city())
			or (app.active_role() = 'city_member' and city_id = app.active_city()
				and status in ('draft', 'in_review'))
		)
	);
create policy "members edit their city's unpublished practices" on public.practices
	for update to authenticated
	using (app.active_role() = 'city_member' and city_id = app.active_city()
		and status in ('draft', 'in_review'))
	with check (app.active_role() = 'city_member' and city_id = app.active_city()
		and status in ('draft', 'in_review'));

-- Functions that write these columns from text ---------------------------------------------------

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

create or replace function public.seed_demo_account(
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
	values (lower(p_email), p_name, p_designation, p_role::public.app_role,
		(select id from public.cities where slug = p_city_slug))
	returning id into new_id;
	insert into public.user_credentials (user_id, password_hash) values (new_id, p_password_hash);
	return true;
end
$$;

-- create_practice, update_practice and search_fallback read kind and status from JSON text:
-- 20261201110000_least_privilege.sql replaces all three, casting them.
