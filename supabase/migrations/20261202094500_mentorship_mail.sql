-- What the request, answer and mentorship pages need beyond the mentorship schema.
--
-- Mail about mentorships goes through the same outbox as invitations and password resets: a
-- request or proposal to the mentor, the answer to the requester. The outbox's list of purposes
-- grows by these two.
alter table public.outbox_emails drop constraint outbox_emails_purpose_check;
alter table public.outbox_emails add constraint outbox_emails_purpose_check
	check (purpose in ('invitation', 'password_reset', 'mentorship_request', 'mentorship_decision'));

-- The officers of a mentorship and the people on its timeline, by name. A city's users read only
-- their own colleagues in `users`, yet both cities read who worked on their mentorship: these
-- views name them for the rows the caller may read. Security invoker, so the policies of
-- mentorship_officers and mentorship_events decide the rows; the names come from a definer
-- function that PostgREST does not expose on its own.
create function app.person_name(p_user_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
	select name from public.users where id = p_user_id;
$$;

create function app.person_designation(p_user_id uuid) returns text
language sql stable security definer
set search_path = ''
as $$
	select designation from public.users where id = p_user_id;
$$;

revoke execute on function app.person_name(uuid), app.person_designation(uuid) from public, anon;
grant execute on function app.person_name(uuid), app.person_designation(uuid) to authenticated;

create view public.mentorship_officer_periods with (security_invoker = true) as
	select o.id, o.mentorship_id, o.user_id, app.person_name(o.user_id) as name,
		app.person_designation(o.user_id) as designation, o.side, o.is_lead, o.started_at,
		o.ended_at, o.ended_reason
	from public.mentorship_officers o;

create view public.mentorship_timeline with (security_invoker = true) as
	select e.id, e.mentorship_id, e.status, e.actor_id, app.person_name(e.actor_id) as actor_name,
		e.note, e.created_at
	from public.mentorship_events e;

revoke all on public.mentorship_officer_periods, public.mentorship_timeline from anon, authenticated;
grant select on public.mentorship_officer_periods, public.mentorship_timeline to authenticated;
