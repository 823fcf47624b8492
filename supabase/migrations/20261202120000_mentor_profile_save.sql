-- A mentor profile and the programmes it serves are saved together, in one transaction: a
-- failure halfway must not leave a profile that disagrees with its programmes. As the caller
-- (security invoker): the profiles' and programmes' policies decide who may save whose.
create function public.save_mentor_profile(p_user_id uuid, p jsonb)
returns void
language plpgsql volatile security invoker
set search_path = ''
as $$
declare
	wanted uuid[];
begin
	select coalesce(array_agg(pr.id), '{}') into wanted
	from jsonb_array_elements_text(coalesce(p -> 'programmes', '[]')) s
	join public.programmes pr on pr.slug = s.value;
	if cardinality(wanted) <> jsonb_array_length(coalesce(p -> 'programmes', '[]')) then
		raise exception 'unknown programme in %', p -> 'programmes'
			using errcode = '22023', hint = 'programmes';
	end if;
	insert into public.mentor_profiles (
		user_id, bio_markdown, languages, capacity, sectors, components, is_public
	) values (
		p_user_id,
		normalize(coalesce(p ->> 'bio_markdown', ''), nfc),
		array(select jsonb_array_elements_text(coalesce(p -> 'languages', '[]'))),
		coalesce((p ->> 'capacity')::smallint, 3),
		array(select jsonb_array_elements_text(coalesce(p -> 'sectors', '[]'))),
		array(select jsonb_array_elements_text(coalesce(p -> 'components', '[]'))),
		coalesce((p ->> 'is_public')::boolean, false)
	)
	on conflict (user_id) do update set
		bio_markdown = excluded.bio_markdown,
		languages = excluded.languages,
		capacity = excluded.capacity,
		sectors = excluded.sectors,
		components = excluded.components,
		is_public = excluded.is_public;
	delete from public.mentor_programmes
	where user_id = p_user_id and programme_id <> all (wanted);
	insert into public.mentor_programmes (user_id, programme_id)
	select p_user_id, w from unnest(wanted) w
	on conflict do nothing;
end
$$;

revoke execute on function public.save_mentor_profile(uuid, jsonb) from public, anon;
grant execute on function public.save_mentor_profile(uuid, jsonb) to authenticated;
