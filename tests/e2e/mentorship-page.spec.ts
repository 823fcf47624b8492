// The mentorship page, as its officers use it: on the demo Rajkot → Sagar mentorship, Sagar
// schedules a session (its start typed in India time, whatever the browser's zone), Rajkot
// records it as held with notes and adds an action item, Sagar closes it; overdue items say so in
// words; the forms work without JavaScript; a third city sees none of the private parts.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
	demoMentorship,
	makeMentorship,
	MEMBER,
	MENTOR,
	OUTSIDER,
	signedIn
} from './mentorship-data';

/** A date some days from today in India, as a date input takes it. */
const indianDate = (days: number) =>
	new Date(Date.now() + 330 * 60_000 + days * 86_400_000).toISOString().slice(0, 10);

const sessionArticle = (page: Page, title: string) =>
	page.getByRole('article', { name: new RegExp(title) });

test('Sagar schedules, Rajkot records the session and adds an action item, Sagar closes it', async ({
	browser
}) => {
	const id = await demoMentorship();
	const title = `Emergency desk review ${Date.now()}`;
	const action = `Send the desk roster ${Date.now()}`;

	// A browser in New York: the start is still read, and shown, in India time.
	const sagar = await signedIn(browser, MEMBER, { timezoneId: 'America/New_York' });
	await sagar.goto(`/mentorships/${id}`);
	await expect(sagar.getByRole('heading', { level: 1 })).toHaveText('Rajkot mentors Sagar');
	// The demo's overdue item (due three days before the seed ran, by UTC) says so in words,
	// not by colour alone.
	await expect(sagar.getByText(/^⚠? ?Overdue by [34] days$/)).toBeVisible();

	const schedule = sagar.getByRole('form', { name: 'Schedule a session' });
	await schedule.getByLabel('Title').fill(title);
	// Yesterday at 15:30 IST: it has started, so it can be recorded as held.
	await schedule.getByLabel('Starts (India time)').fill(`${indianDate(-1)}T15:30`);
	await schedule.getByLabel('Duration in minutes').fill('60');
	await schedule.getByLabel('Mode').selectOption('online');
	await schedule.getByLabel('Meeting link').fill('https://meet.example.org/desk-review');
	await schedule.getByLabel('Agenda').fill('1. The emergency desk\n2. Its roster');
	await schedule.getByRole('checkbox', { name: /Demo Mentor, Rajkot/ }).check();
	await schedule.getByLabel('Name').first().fill('A. Consultant');
	await schedule.getByLabel('Designation').first().fill('Disaster management consultant');
	await schedule.getByRole('button', { name: 'Schedule the session' }).click();
	await expect(sagar.getByText('The session was scheduled.')).toBeVisible();

	const scheduled = sessionArticle(sagar, title);
	await expect(scheduled).toContainText('3:30');
	await expect(scheduled).toContainText('4:30 pm IST');
	await expect(scheduled).toContainText('A. Consultant (Disaster management consultant)');
	await expect(scheduled.getByRole('link', { name: /Download \.ics/ })).toHaveAttribute(
		'href',
		/\/api\/v1\/sessions\/[0-9a-f-]{36}\.ics$/
	);
	// The edit form gives the start back in India time.
	await scheduled.getByText(`Edit “${title}”`).click();
	await expect(scheduled.getByLabel('Starts (India time)')).toHaveValue(`${indianDate(-1)}T15:30`);

	const rajkot = await signedIn(browser, MENTOR);
	await rajkot.goto(`/mentorships/${id}`);
	const held = sessionArticle(rajkot, title);
	await held.getByText(`Record “${title}” as held, with notes`).click();
	await held
		.getByRole('textbox', { name: 'Notes' })
		.fill('**Agreed:** a roster of four officers for the desk.');
	await held.getByRole('button', { name: 'Save as held' }).click();
	await expect(held.getByText('The session was recorded as held.')).toBeVisible();
	await expect(held.getByRole('heading', { level: 3 })).toContainText('Held');
	await expect(held.locator('.prose strong')).toHaveText('Agreed:');

	const add = rajkot.getByRole('form', { name: 'Add an action item' });
	await add.getByLabel('What is to be done').fill(action);
	await add.getByLabel('Owner').selectOption({ label: 'Demo City Member, Sagar' });
	await add.getByLabel('Due date').fill(indianDate(-2));
	await add.getByLabel('From the session').selectOption({ label: title });
	await add.getByRole('button', { name: 'Add the action item' }).click();
	await expect(rajkot.getByText('The action item was added.')).toBeVisible();
	const item = rajkot
		.getByRole('region', { name: 'Action items' })
		.getByRole('listitem')
		.filter({ hasText: action });
	await expect(item).toContainText('Overdue by 2 days');
	await expect(item).toContainText(`from “${title}”`);

	await sagar.reload();
	await sagar.getByText(`Close “${action}”`).click();
	const close = sagar.getByRole('form', { name: `Close “${action}”` });
	await close.getByLabel('Close as').selectOption('done');
	await close.getByLabel('Closing comment').fill('Roster sent to Rajkot.');
	await close.getByRole('button', { name: 'Close the item' }).click();
	const closed = sagar
		.getByRole('region', { name: 'Action items' })
		.getByRole('listitem')
		.filter({ hasText: action });
	await expect(closed.getByText('The action item was saved.')).toBeVisible();
	await expect(closed).toContainText('Done');
	await expect(closed).toContainText('Roster sent to Rajkot.');
	await expect(closed).not.toContainText('Overdue');

	// The timeline has it all, in order.
	const timeline = sagar.getByRole('region', { name: 'Timeline' });
	await expect(timeline).toContainText(`Session: ${title}`);
	await expect(timeline).toContainText(`Done: ${action}`);
});

test('an edit overtaken by someone else keeps the text and shows their version', async ({
	browser
}) => {
	const id = await makeMentorship('active');
	const title = `Plan ${Date.now()}`;
	const sagar = await signedIn(browser, MEMBER);
	await sagar.goto(`/mentorships/${id}`);
	const schedule = sagar.getByRole('form', { name: 'Schedule a session' });
	await schedule.getByLabel('Title').fill(title);
	await schedule.getByLabel('Starts (India time)').fill(`${indianDate(45)}T11:00`);
	await schedule.getByLabel('Duration in minutes').fill('45');
	await schedule.getByRole('button', { name: 'Schedule the session' }).click();
	await expect(sessionArticle(sagar, title)).toBeVisible();

	const rajkot = await signedIn(browser, MENTOR);
	await rajkot.goto(`/mentorships/${id}`);
	const theirs = sessionArticle(rajkot, title);
	await theirs.getByText(`Edit “${title}”`).click();

	const ours = sessionArticle(sagar, title);
	await ours.getByText(`Edit “${title}”`).click();
	await ours.getByLabel('Agenda').fill('Sagar’s agenda');
	await ours.getByRole('button', { name: 'Save the session' }).click();
	await expect(ours.getByText('The session was saved.')).toBeVisible();

	await theirs.getByLabel('Agenda').fill('Rajkot’s agenda');
	await theirs.getByRole('button', { name: 'Save the session' }).click();
	await expect(theirs.getByRole('alert')).toContainText('Someone else saved this session');
	await expect(theirs.getByLabel('Agenda')).toHaveValue('Rajkot’s agenda');
	const current = theirs.getByRole('region', { name: /saved by someone else \(version 2\)/ });
	await expect(current).toContainText('Sagar’s agenda');
	// Saving again builds on their version.
	await theirs.getByRole('button', { name: 'Save the session' }).click();
	await expect(theirs.getByText('The session was saved.')).toBeVisible();
	await expect(theirs.locator('.prose').first()).toContainText('Rajkot’s agenda');
});

test('without JavaScript: errors beside the field, the input kept, then a goal added', async ({
	browser
}) => {
	const id = await makeMentorship('active');
	const sagar = await signedIn(browser, MEMBER, { javaScriptEnabled: false });
	await sagar.goto(`/mentorships/${id}`);
	const schedule = sagar.getByRole('form', { name: 'Schedule a session' });
	await schedule.getByLabel('Title').fill('No-script session');
	await schedule.getByLabel('Starts (India time)').fill(`${indianDate(40)}T10:00`);
	await schedule.getByLabel('Duration in minutes').fill('2000');
	await schedule.getByLabel('Meeting link').fill('http://meet.example.org/plain');
	await schedule.getByRole('button', { name: 'Schedule the session' }).click();

	const again = sagar.getByRole('form', { name: 'Schedule a session' });
	await expect(again.getByText('Give a secure link starting with https://')).toBeVisible();
	await expect(again.getByText('Give the duration in whole minutes, from 5 to 1440')).toBeVisible();
	await expect(again.getByLabel('Title')).toHaveValue('No-script session');
	await expect(again.getByLabel('Starts (India time)')).toHaveValue(`${indianDate(40)}T10:00`);
	await expect(again.getByLabel('Meeting link')).toHaveAttribute('aria-invalid', 'true');

	await again.getByLabel('Duration in minutes').fill('60');
	await again.getByLabel('Meeting link').fill('https://meet.example.org/plain');
	await again.getByRole('button', { name: 'Schedule the session' }).click();
	await expect(sagar.getByText('The session was scheduled.')).toBeVisible();
	await expect(sessionArticle(sagar, 'No-script session')).toContainText('10:00');

	const goal = sagar.getByRole('form', { name: 'Add a goal' });
	await goal.getByLabel('Goal').fill('A written camera-linking plan');
	await goal.getByRole('button', { name: 'Add the goal' }).click();
	await expect(sagar.getByText('The goal was added.')).toBeVisible();
	await expect(sagar.getByRole('region', { name: 'Goals' })).toContainText(
		'A written camera-linking plan'
	);
});

test('a third city sees the public part of a running pairing, and 404 for the rest', async ({
	browser
}) => {
	const demo = await demoMentorship();
	const requested = await makeMentorship('requested');
	const bilaspur = await signedIn(browser, OUTSIDER);
	const response = await bilaspur.goto(`/mentorships/${requested}`);
	expect(response?.status()).toBe(404);
	expect((await bilaspur.goto('/mentorships/00000000-0000-4000-8000-000000000000'))?.status()).toBe(
		404
	);

	await bilaspur.goto(`/mentorships/${demo}`);
	await expect(bilaspur.getByRole('heading', { level: 1 })).toHaveText('Rajkot mentors Sagar');
	await expect(bilaspur.getByText('Active', { exact: true })).toBeVisible();
	await expect(bilaspur.getByRole('heading', { name: 'Sessions' })).toHaveCount(0);
	await expect(bilaspur.getByText('Demo session')).toHaveCount(0);
	await expect(bilaspur.getByText('Demo request')).toHaveCount(0);
});

test('an open request offers the asking city its withdrawal, and then shows it withdrawn', async ({
	browser
}) => {
	const requested = await makeMentorship('requested');
	const sagar = await signedIn(browser, MEMBER);
	await sagar.goto(`/mentorships/${requested}`);
	const answer = sagar.getByRole('region', {
		name: 'This request is waiting for the mentor city’s answer.'
	});
	// Sagar asked: it may withdraw, not answer.
	await expect(answer.getByRole('button', { name: 'Accept' })).toHaveCount(0);
	await answer.getByRole('button', { name: 'Withdraw the request' }).click();
	await expect(sagar).toHaveURL(new RegExp(`/mentorships/${requested}$`));
	await expect(sagar.getByText('Withdrawn', { exact: true })).toBeVisible();
	await expect(sagar.getByRole('region', { name: /waiting for the mentor city/ })).toHaveCount(0);
});

test('without JavaScript, the text boxes hold what is saved: a held session’s notes are there to edit', async ({
	browser
}) => {
	const id = await demoMentorship();
	const sagar = await signedIn(browser, MEMBER, { javaScriptEnabled: false });
	await sagar.goto(`/mentorships/${id}`);
	// Server rendering leaves a textarea's defaultValue out: an empty box here, sent back, would
	// erase the notes.
	const held = sessionArticle(sagar, 'Demo session: camera linking plan');
	await expect(held.getByLabel('Notes', { exact: true })).toHaveValue(/Demo notes\./);
});
