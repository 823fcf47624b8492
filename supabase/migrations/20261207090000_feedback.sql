-- Feedback from anyone, signed in or not (GIGW 3.0 asks every government site for a channel):
-- a message with a category, and optionally the page it is about and the sender's name and
-- email. The sender gets a reference number; mission admins read the messages and close them.
--
-- Nobody reads feedback but admins: it may carry a name and an email. The API roles hold no
-- privilege on the table to write it; they call public.submit_feedback, which hands the checked
-- values to app.record_feedback (security definer, in a schema PostgREST does not expose), so a
-- visitor can add a message and learn its reference, and nothing else.

create type public.feedback_category as enum (
	'suggestion', 'problem', 'content', 'accessibility', 'other'
);
create type public.feedback_status as enum ('open', 'closed');

create table public.feedback (
	id uuid primary key default gen_random_uuid(),
	-- Counts every message ever sent: the reference's number, which readers can quote.
	number bigint generated always as identity,
	created_at timestamptz not null default now(),
	-- FB-2026-000123: the year it came in (Indian time) and its number, six digits at least.
	reference text not null unique generated always as (
		'FB-' || extract(year from timezone('Asia/Kolkata', created_at))::text || '-'
		|| case when number < 1000000 then lpad(number::text, 6, '0') else number::text end
	) stored,
	category public.feedback_category not null,
	message text not null check (length(message) between 1 and 5000),
	-- The page it is about, as the sender gave it: a path on this site or a web address.
	page_url text check (length(page_url) <= 500),
	name text check (length(name) between 1 and 120),
	email text check (length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
	-- The interface language the sender wrote from, so an admin knows what to expect.
	locale text not null default 'en' check (locale in ('en', 'hi', 'gu', 'mr')),
	status public.feedback_status not null default 'open',
	closed_at timestamptz,
	closed_by uuid references public.users (id) on delete set null,
	constraint feedback_closed_when check ((status = 'closed') = (closed_at is not null))
);

-- The admin's list: open or closed, newest first.
create index feedback_status_created_idx on public.feedback (status, created_at desc, id);
create index feedback_created_idx on public.feedback (created_at desc, id);
create index feedback_closed_by_idx on public.feedback (closed_by);

alter table public.feedback enable row level security;

-- Admins read every message and change its status; nobody else reads or writes the table.
create policy "admins read feedback" on public.feedback
	for select to authenticated
	using (app.is_admin());
create policy "admins close and reopen feedback" on public.feedback
	for update to authenticated
	using (app.is_admin())
	with check (app.is_admin());

revoke all on public.feedback from anon, authenticated;
grant select on public.feedback to authenticated;
-- Only the status: when and by whom it was closed follow from it (below).
grant update (status) on public.feedback to authenticated;
grant all on public.feedback to service_role;
-- The numbers come from app.record_feedback alone. (Where the API roles hold default privileges
-- on new sequences, as on a hosted project, the identity's sequence would otherwise be theirs.)
revoke all on sequence public.feedback_number_seq from anon, authenticated;

-- Closing records when and by whom; reopening clears both. Nothing else may change.
create function app.guard_feedback_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	if new.status is distinct from old.status then
		if new.status = 'closed' then
			new.closed_at := now();
			new.closed_by := app.user_id();
		else
			new.closed_at := null;
			new.closed_by := null;
		end if;
	else
		new.closed_at := old.closed_at;
		new.closed_by := old.closed_by;
	end if;
	return new;
end
$$;

create trigger feedback_guard_update before update on public.feedback
	for each row execute function app.guard_feedback_update();

-- Closing and reopening are logged; sending is not (anyone may send, and the table is the log).
create trigger feedback_audit after update on public.feedback
	for each row execute function app.audit_write();

-- Stores one message and returns its reference. Security definer: the caller holds no
-- privilege on the table. Empty optional values are stored as null.
create function app.record_feedback(
	p_category public.feedback_category, p_message text, p_page_url text, p_name text,
	p_email text, p_locale text
)
returns text
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	ref text;
begin
	insert into public.feedback (category, message, page_url, name, email, locale)
	values (p_category, p_message, nullif(p_page_url, ''), nullif(p_name, ''),
		nullif(lower(p_email), ''), coalesce(nullif(p_locale, ''), 'en'))
	returning reference into ref;
	return ref;
end
$$;

revoke execute on function app.record_feedback(
	public.feedback_category, text, text, text, text, text
) from public;
grant execute on function app.record_feedback(
	public.feedback_category, text, text, text, text, text
) to anon, authenticated, service_role;

-- What the API roles call (PostgREST's /rpc/submit_feedback): the new message's reference.
create function public.submit_feedback(
	p_category public.feedback_category, p_message text, p_page_url text default null,
	p_name text default null, p_email text default null, p_locale text default 'en'
)
returns text
language sql volatile security invoker
set search_path = ''
as $$
	select app.record_feedback(p_category, p_message, p_page_url, p_name, p_email, p_locale);
$$;

revoke execute on function public.submit_feedback(
	public.feedback_category, text, text, text, text, text
) from public;
grant execute on function public.submit_feedback(
	public.feedback_category, text, text, text, text, text
) to anon, authenticated, service_role;
