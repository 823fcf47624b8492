-- What the mentorship page needs beyond the mentorship schema: the names of the people on a
-- mentorship, attendees of either city (and checked however they are written), and mail about a
-- session that changes shortly before it starts.

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

-- Whether a user may attend a mentorship's sessions: an active officer of one of its two
-- cities. Security definer: a city's officers may not read the other city's users, so
-- save_session (security invoker) could not check its attendees as the caller; it asks here.
create function app.takes_part_in(p_mentorship_id uuid, p_user_id uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
	select exists (
		select 1 from public.users u join public.mentorships m on m.id = p_mentorship_id
		where u.id = p_user_id and u.status = 'active'
			and u.city_id in (m.mentor_city_id, m.mentee_city_id)
	);
$$;

revoke execute on function app.takes_part_in(uuid, uuid) from public, anon;
grant execute on function app.takes_part_in(uuid, uuid) to authenticated, service_role;

-- Attendees written straight through PostgREST are checked too.
create function app.check_session_attendee() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if not app.takes_part_in(app.session_mentorship(new.session_id), new.user_id) then
		raise exception 'attendees must be active officers of the two cities'
			using errcode = '22023', hint = 'attendees';
	end if;
	return new;
end
$$;

revoke execute on function app.check_session_attendee() from public, anon, authenticated;

create trigger session_attendees_check before insert or update on public.session_attendees
	for each row execute function app.check_session_attendee();

-- save_session as before, but its attendees are checked by app.takes_part_in: as the caller it
-- saw only its own city's users, so a city member could not invite the other side.
create or replace function public.save_session(p jsonb)
returns jsonb
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	current public.mentorship_sessions;
	saved public.mentorship_sessions;
	m public.mentorships;
begin
	if p ? 'id' and p ->> 'id' is not null then
		select * into current from public.mentorship_sessions where id = (p ->> 'id')::uuid for update;
		if not found then
			return jsonb_build_object('status', 'not_found');
		end if;
		if current.version <> (p ->> 'version')::int then
			return jsonb_build_object('status', 'conflict', 'current', to_jsonb(current));
		end if;
		update public.mentorship_sessions set
			title = coalesce(normalize(p ->> 'title', nfc), title),
			starts_at = coalesce((p ->> 'starts_at')::timestamptz, starts_at),
			duration_minutes = coalesce((p ->> 'duration_minutes')::smallint, duration_minutes),
			mode = coalesce((p ->> 'mode')::public.session_mode, mode),
			location = case when p ? 'location' then nullif(trim(p ->> 'location'), '') else location end,
			meeting_url = case when p ? 'meeting_url' then nullif(trim(p ->> 'meeting_url'), '')
				else meeting_url end,
			agenda_markdown = coalesce(normalize(p ->> 'agenda', nfc), agenda_markdown),
			notes_markdown = coalesce(normalize(p ->> 'notes', nfc), notes_markdown),
			status = coalesce((p ->> 'status')::public.session_status, status)
		where id = current.id
		returning * into saved;
		if not found then
			return jsonb_build_object('status', 'forbidden');
		end if;
	else
		select * into m from public.mentorships where id = (p ->> 'mentorship_id')::uuid;
		if not found or not app.can_read_mentorship(m.id) then
			return jsonb_build_object('status', 'not_found');
		end if;
		if not app.can_work_on_mentorship(m.id) then
			return jsonb_build_object('status', 'forbidden');
		end if;
		insert into public.mentorship_sessions (
			mentorship_id, title, starts_at, duration_minutes, mode, location, meeting_url,
			agenda_markdown, status
		) values (
			m.id, normalize(p ->> 'title', nfc), (p ->> 'starts_at')::timestamptz,
			(p ->> 'duration_minutes')::smallint, (p ->> 'mode')::public.session_mode,
			nullif(trim(p ->> 'location'), ''), nullif(trim(p ->> 'meeting_url'), ''),
			normalize(coalesce(p ->> 'agenda', ''), nfc), 'scheduled'
		) returning * into saved;
	end if;
	if p ? 'attendees' then
		if exists (
			select 1 from jsonb_array_elements_text(p -> 'attendees') a
			where not app.takes_part_in(saved.mentorship_id, a::uuid)
		) then
			raise exception 'attendees must be active officers of the two cities'
				using errcode = '22023', hint = 'attendees';
		end if;
		delete from public.session_attendees where session_id = saved.id
			and user_id not in (select a::uuid from jsonb_array_elements_text(p -> 'attendees') a);
		insert into public.session_attendees (session_id, user_id)
		select saved.id, a::uuid from jsonb_array_elements_text(p -> 'attendees') a
		on conflict do nothing;
	end if;
	if p ? 'guests' then
		delete from public.session_guests where session_id = saved.id;
		insert into public.session_guests (session_id, name, designation)
		select saved.id, trim(g ->> 'name'), nullif(trim(g ->> 'designation'), '')
		from jsonb_array_elements(p -> 'guests') g;
	end if;
	return jsonb_build_object('status', 'saved', 'id', saved.id, 'version', saved.version,
		'sequence', saved.sequence);
end
$$;

-- A change to a session that starts within a day is mailed to its attendees, since calendar
-- apps refresh feeds slowly. The outbox's purposes grow by it (and keep the mentorship mail's).
alter table public.outbox_emails drop constraint outbox_emails_purpose_check;
alter table public.outbox_emails add constraint outbox_emails_purpose_check
	check (purpose in ('invitation', 'password_reset', 'mentorship_request', 'mentorship_decision',
		'session_change'));
