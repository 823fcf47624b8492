-- Change notices: every statement that changes what public pages, reference data or search show
-- sends `NOTIFY citysetu_changes` with the table's name. Each app instance listens on one
-- connection and drops what it keeps in memory for that table (reference data, validators of
-- cached pages), so every instance shows a change at once rather than when a timer runs out.
-- Statement-level, so a bulk import sends one notice per table, and Postgres folds identical
-- notices within a transaction into one.

create or replace function app.notify_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
	perform pg_notify('citysetu_changes', tg_table_name);
	return null;
end;
$$;

revoke all on function app.notify_change() from public;

do $$
declare
	t text;
begin
	foreach t in array array[
		'action_items', 'adoption_categories', 'adoption_comments', 'adoption_step_figures',
		'adoption_steps', 'adoptions', 'assessment_results', 'assessment_rounds',
		'assessment_scores', 'category_progress', 'cities', 'city_components', 'framework_nodes',
		'frameworks', 'iccc_components', 'mentor_profiles', 'mentor_programmes',
		'mentorship_briefs', 'mentorship_checkins', 'mentorship_events', 'mentorship_goals',
		'mentorship_officers', 'mentorship_sessions', 'mentorships', 'practice_revisions',
		'practices', 'programme_cities', 'programmes', 'sectors', 'session_attendees',
		'session_guests', 'users'
	] loop
		execute format(
			'create trigger notify_change after insert or update or delete or truncate on public.%I '
			'for each statement execute function app.notify_change()',
			t
		);
	end loop;
end;
$$;
