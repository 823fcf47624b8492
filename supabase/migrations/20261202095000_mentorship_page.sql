-- What the mentorship page needs beyond the mentorship schema: the names of the people on a
-- mentorship, attendees checked however they are written, and mail about a session that
-- changes shortly before it starts.

-- The people a mentorship's readers may see named: the active officers of the two cities (whom
-- sessions and action items can name) and anyone its history names (officers, attendees,
-- owners, who changed its status), even after a transfer. Readers may not read the users of the
-- other city (their policy shows a user's own city only), so this is security definer and lives
-- in `app`; it answers only to those who may read the mentorship, and never with an email.
create function app.mentorship_people(p_mentorship_id uuid)
returns table (
	id uuid,
	name text,
	designation text,
	-- The side the officer's city is on now; null once they work elsewhere.
	side public.mentorship_side,
	-- An active officer of one of the two cities: may attend sessions and own action items.
	can_take_part boolean
)
language sql stable security definer
set search_path = ''
as $$
	with m as (
		select mentor_city_id, mentee_city_id from public.mentorships
		where id = p_mentorship_id and app.can_read_mentorship(p_mentorship_id)
	),
	named as (
		select u.id from public.users u, m
		where u.status = 'active' and u.city_id in (m.mentor_city_id, m.mentee_city_id)
		union
		select o.user_id from public.mentorship_officers o where o.mentorship_id = p_mentorship_id
		union
		select a.user_id from public.session_attendees a
		join public.mentorship_sessions s on s.id = a.session_id
		where s.mentorship_id = p_mentorship_id
		union
		select i.owner_id from public.action_items i where i.mentorship_id = p_mentorship_id
		union
		select e.actor_id from public.mentorship_events e
		where e.mentorship_id = p_mentorship_id and e.actor_id is not null
	)
	select u.id, u.name, u.designation,
		case u.city_id
			when m.mentor_city_id then 'mentor'::public.mentorship_side
			when m.mentee_city_id then 'mentee'::public.mentorship_side
		end,
		u.status = 'active' and u.city_id in (m.mentor_city_id, m.mentee_city_id)
	from m cross join named join public.users u on u.id = named.id
	order by u.name, u.id;
$$;

revoke execute on function app.mentorship_people(uuid) from public, anon;
grant execute on function app.mentorship_people(uuid) to authenticated, service_role;

-- The same, where PostgREST reaches it (`.rpc('mentorship_people')`), as the caller.
create function public.mentorship_people(p_mentorship_id uuid)
returns table (
	id uuid,
	name text,
	designation text,
	side public.mentorship_side,
	can_take_part boolean
)
language sql stable security invoker
set search_path = ''
as $$
	select * from app.mentorship_people(p_mentorship_id);
$$;

revoke execute on function public.mentorship_people(uuid) from public, anon;
grant execute on function public.mentorship_people(uuid) to authenticated;

-- save_session checks its attendees; attendees written straight through PostgREST are checked
-- here too: active officers of the two cities only.
create function app.check_session_attendee() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
	if not exists (
		select 1 from public.mentorship_sessions s
		join public.mentorships m on m.id = s.mentorship_id
		join public.users u on u.id = new.user_id
		where s.id = new.session_id and u.status = 'active'
			and u.city_id in (m.mentor_city_id, m.mentee_city_id)
	) then
		raise exception 'attendees must be active officers of the two cities'
			using errcode = '22023', hint = 'attendees';
	end if;
	return new;
end
$$;

revoke execute on function app.check_session_attendee() from public, anon, authenticated;

create trigger session_attendees_check before insert or update on public.session_attendees
	for each row execute function app.check_session_attendee();

-- A change to a session that starts within a day is mailed to its attendees, since calendar
-- apps refresh feeds slowly. The outbox's purposes grow by it (and keep the mentorship mail's).
alter table public.outbox_emails drop constraint outbox_emails_purpose_check;
alter table public.outbox_emails add constraint outbox_emails_purpose_check
	check (purpose in ('invitation', 'password_reset', 'mentorship_request', 'mentorship_decision',
		'session_change'));
