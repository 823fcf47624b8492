-- The pages every government site has (GIGW 3.0): help, the accessibility statement, screen-reader
-- access, the privacy, terms, copyright, hyperlinking and archival policies, and contact. They
-- are content, not code: a deployment fits them to its own rules without a release. Each page is
-- Markdown, per language, with every version kept.
--
-- The release ships default text (supabase/data/site-pages/), which the seed writes and keeps up
-- to date until an admin edits the page; from then on the page is the deployment's own and the
-- seed leaves it alone. Everyone reads the pages; only mission admins change them, and only
-- through public.save_site_page, which writes the revision in the same transaction.

create table public.site_pages (
	-- The audit log names a row by its id.
	id uuid not null unique default gen_random_uuid(),
	slug text not null check (slug in (
		'help', 'accessibility', 'screen-reader', 'privacy', 'terms', 'copyright',
		'hyperlinking', 'archival', 'contact'
	)),
	locale text not null check (locale in ('en', 'hi', 'gu', 'mr')),
	title text not null check (length(title) between 1 and 200),
	markdown text not null check (length(markdown) between 1 and 100000),
	version int not null default 1 check (version > 0),
	-- Still the release's default text: the seed may bring it up to date.
	is_default boolean not null default true,
	updated_at timestamptz not null default now(),
	updated_by uuid references public.users (id) on delete set null,
	primary key (slug, locale)
);

create table public.site_page_revisions (
	id bigint generated always as identity primary key,
	slug text not null,
	locale text not null,
	version int not null,
	title text not null,
	markdown text not null,
	is_default boolean not null,
	author_id uuid references public.users (id) on delete set null,
	note text check (length(note) <= 200),
	created_at timestamptz not null default now(),
	unique (slug, locale, version),
	foreign key (slug, locale) references public.site_pages (slug, locale) on delete cascade
);

create index site_page_revisions_author_idx on public.site_page_revisions (author_id);
create index site_pages_updated_by_idx on public.site_pages (updated_by);

alter table public.site_pages enable row level security;
alter table public.site_page_revisions enable row level security;

-- The pages are public. Their history, which names who changed what, is for admins.
create policy "site pages are public" on public.site_pages
	for select to anon, authenticated using (true);
create policy "admins read the history of site pages" on public.site_page_revisions
	for select to authenticated using (app.is_admin());

revoke all on public.site_pages, public.site_page_revisions from anon, authenticated;
grant select on public.site_pages to anon, authenticated;
grant select on public.site_page_revisions to authenticated;
grant all on public.site_pages, public.site_page_revisions to service_role;
revoke all on sequence public.site_page_revisions_id_seq from anon, authenticated;

create trigger site_pages_audit after insert or update or delete on public.site_pages
	for each row execute function app.audit_write();
-- Each instance keeps the public's copy of a page until it changes (20261205090000_change_notices.sql).
create trigger notify_change after insert or update or delete or truncate on public.site_pages
	for each statement execute function app.notify_change();

-- Saves a page (or its first text in a language) as the signed-in admin, with a revision.
-- `p_version` is the version the admin edited (0 for a page not yet written in that language):
-- if someone saved in between, nothing is written and the current page comes back.
-- Security definer, because the API roles may not write the tables; it checks the admin itself.
-- It lives in a schema PostgREST does not expose; the API calls public.save_site_page below.
create function app.write_site_page(
	p_slug text, p_locale text, p_version int, p_title text, p_markdown text, p_note text
)
returns jsonb
language plpgsql volatile security definer
set search_path = ''
as $$
declare
	current public.site_pages;
	saved public.site_pages;
begin
	if not app.is_admin() then
		return jsonb_build_object('status', 'forbidden');
	end if;
	select * into current from public.site_pages
	where slug = p_slug and locale = p_locale for update;
	if coalesce(current.version, 0) <> p_version then
		return jsonb_build_object('status', 'conflict', 'current', to_jsonb(current));
	end if;
	insert into public.site_pages as p (slug, locale, title, markdown, is_default, updated_by)
	values (p_slug, p_locale, normalize(btrim(p_title), nfc), normalize(p_markdown, nfc), false,
		app.user_id())
	on conflict (slug, locale) do update set
		title = excluded.title,
		markdown = excluded.markdown,
		is_default = false,
		version = p.version + 1,
		updated_at = now(),
		updated_by = excluded.updated_by
	returning * into saved;
	insert into public.site_page_revisions (
		slug, locale, version, title, markdown, is_default, author_id, note
	) values (
		saved.slug, saved.locale, saved.version, saved.title, saved.markdown, false,
		app.user_id(), nullif(left(btrim(p_note), 200), '')
	);
	return jsonb_build_object('status', 'saved', 'version', saved.version);
end
$$;

revoke execute on function app.write_site_page(text, text, int, text, text, text) from public;
grant execute on function app.write_site_page(text, text, int, text, text, text)
	to authenticated, service_role;

-- What the API calls (PostgREST's /rpc/save_site_page).
create function public.save_site_page(
	p_slug text, p_locale text, p_version int, p_title text, p_markdown text,
	p_note text default null
)
returns jsonb
language sql volatile security invoker
set search_path = ''
as $$
	select app.write_site_page(p_slug, p_locale, p_version, p_title, p_markdown, p_note);
$$;

revoke execute on function public.save_site_page(text, text, int, text, text, text) from public, anon;
grant execute on function public.save_site_page(text, text, int, text, text, text)
	to authenticated, service_role;

-- The seed's write (system work): each default page is added where missing, and brought up to
-- date where it is still the default and the release's text changed. A page an admin edited is
-- never touched. Returns how many pages were written.
create function public.seed_site_pages(p_pages jsonb)
returns int
language plpgsql volatile
set search_path = ''
as $$
declare
	written int;
begin
	with incoming as (
		select slug, locale, normalize(title, nfc) as title, normalize(markdown, nfc) as markdown
		from jsonb_to_recordset(p_pages) as r(slug text, locale text, title text, markdown text)
	), saved as (
		insert into public.site_pages as p (slug, locale, title, markdown)
		select slug, locale, title, markdown from incoming
		on conflict (slug, locale) do update set
			title = excluded.title,
			markdown = excluded.markdown,
			version = p.version + 1,
			updated_at = now()
		where p.is_default and (p.title, p.markdown) is distinct from (excluded.title, excluded.markdown)
		returning p.*
	)
	insert into public.site_page_revisions (slug, locale, version, title, markdown, is_default, note)
	select slug, locale, version, title, markdown, true, 'The release''s default text'
	from saved;
	get diagnostics written = row_count;
	return written;
end
$$;

revoke execute on function public.seed_site_pages(jsonb) from public, anon, authenticated;
grant execute on function public.seed_site_pages(jsonb) to service_role;
