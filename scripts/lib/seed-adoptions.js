// Seeds adoptions: Kanpur's own Safe City work (a published fact, seeded everywhere) and, on the
// local stack only, a demo adoption of Kanpur's playbook by Sagar through the Rajkot mentorship.
// System work through the service role: steps and progress keep the author given here.
import { demoAccounts } from './seed.js';

export const KANPUR_PLAYBOOK = 'safe-city-linking-private-cctv-cameras-to-iccc-kanpur';

function check(result, what) {
	if (result.error) throw new Error(`seeding ${what} failed: ${result.error.message}`);
	return result.data;
}

/** The date (YYYY-MM-DD) of a moment in India Standard Time. */
export function istDate(moment) {
	return new Date(new Date(moment).getTime() + 330 * 60 * 1000).toISOString().slice(0, 10);
}

// The categories of Kanpur's article (a Hindi report of the District Magistrate's review meeting,
// on the Jan Saamna web portal), each with its nodal officer by post as the article names them.
// No targets and no progress: the article gives no figures. Names are in Hindi, as written there.
export const KANPUR_CATEGORIES = [
	{
		slug: 'medical-stores',
		name: 'मुख्य मार्गों पर मेडिकल स्टोर',
		nodal_designation: 'अपर जिलाधिकारी (नगर)'
	},
	{ slug: 'shops', name: 'दुकानें', nodal_designation: 'अपर जिलाधिकारी (नगर)' },
	{ slug: 'hotels', name: 'होटल', nodal_designation: 'अपर जिलाधिकारी (नगर)' },
	// The article does not list petrol pumps among the nodal officers' categories; it directs the
	// ADM (Supply) to meet the oil companies and the pump owners' associations within a week.
	{ slug: 'petrol-pumps', name: 'पेट्रोल पंप', nodal_designation: 'अपर जिलाधिकारी (आपूर्ति)' },
	{
		slug: 'schools',
		name: 'स्कूल एवं शैक्षणिक संस्थान',
		nodal_designation: 'अपर जिलाधिकारी (न्यायिक)'
	},
	{
		slug: 'hospitals-and-pathology',
		name: 'चिकित्सालय एवं पैथोलॉजी',
		nodal_designation: 'मुख्य विकास अधिकारी'
	},
	{
		slug: 'industrial-establishments',
		name: 'औद्योगिक प्रतिष्ठान',
		nodal_designation: 'मुख्य विकास अधिकारी'
	},
	// The article asks for the pending work on the city buses' cameras but names no nodal officer.
	{ slug: 'city-buses', name: 'नगर परिवहन की बसें', nodal_designation: null }
];

// In Hindi, the article's language, in our own words. The article carries no date: the step is
// dated on the day the playbook was published on CitySetu, and the text says so.
export const KANPUR_EVIDENCE = `कानपुर नगर के जिलाधिकारी ने कलेक्ट्रेट सभागार में सेफ सिटी परियोजना के क्रियान्वयन की प्रगति पर अंतर्विभागीय बैठक ली। परियोजना में मुख्य मार्गों की ओर लगे निजी सीसीटीवी कैमरे (मेडिकल स्टोर, दुकानें, होटल, पेट्रोल पंप, स्कूल, अस्पताल व पैथोलॉजी, औद्योगिक प्रतिष्ठान और नगर बसों के) कानपुर स्मार्ट सिटी के इंटीग्रेटेड कमांड एंड कंट्रोल सेंटर (आईसीसीसी) से जोड़े जा रहे हैं, ताकि वहाँ से चौबीसों घंटे निगरानी हो। हर श्रेणी की प्रगति की निगरानी एक नोडल अधिकारी करेंगे।

बैठक में मेडिकल स्टोरों को जोड़ने की प्रगति कम पाई गई और नगर बसों के कैमरे जोड़ने का काम लंबित था; पेट्रोल पंप संघों के साथ एक सप्ताह में बैठक का निर्देश दिया गया।

स्रोत: "जन सामना" वेब न्यूज़ पोर्टल की ख़बर। ख़बर में न तारीख है, न आँकड़े: इसलिए यहाँ कोई संख्या नहीं दी गई है, और इस चरण की तारीख वह दिन है जब कानपुर की यह कार्य-पुस्तिका CitySetu पर प्रकाशित हुई, बैठक का दिन नहीं।`;

async function publishedPractice(db, slug) {
	return check(
		await db
			.from('practices')
			.select('id, published_at')
			.eq('slug', slug)
			.eq('status', 'published')
			.maybeSingle(),
		`practice ${slug}`
	);
}

async function cityBySlug(db, slug) {
	return check(await db.from('cities').select('id').eq('slug', slug).single(), `city ${slug}`);
}

/**
 * Seeds Kanpur's own adoption of its Safe City playbook, from its article: at `piloting`, with
 * its eight categories and their nodal officers, no targets and no figures. A published fact, so
 * it is seeded wherever the playbook exists (skipped, with a line in the log, where it does not).
 * Runs once: an existing adoption is left as it is.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 */
export async function seedKanpurSafeCity(db, log) {
	const practice = await publishedPractice(db, KANPUR_PLAYBOOK);
	if (!practice) {
		log.info(`no published practice ${KANPUR_PLAYBOOK}: Kanpur's Safe City adoption is skipped`);
		return null;
	}
	const kanpur = await cityBySlug(db, 'kanpur');
	const existing = check(
		await db
			.from('adoptions')
			.select('id')
			.eq('city_id', kanpur.id)
			.eq('practice_id', practice.id)
			.maybeSingle(),
		"Kanpur's adoption"
	);
	if (existing) return null;
	const on = istDate(practice.published_at ?? Date.now());
	// Piloting: the article reports a review of implementation already under way, with some
	// categories lagging (medical stores) and others pending (buses). Linking has begun but is
	// not complete: more than planning, not yet implemented.
	const adoption = check(
		await db
			.from('adoptions')
			.insert({
				city_id: kanpur.id,
				practice_id: practice.id,
				stage: 'piloting',
				stage_on: on,
				evidence_public: false,
				is_demo: false,
				// The article, as kept, has no address; one outlet: single.
				source_url: null,
				confidence: 'single'
			})
			.select('id')
			.single(),
		"Kanpur's adoption"
	);
	check(
		await db.from('adoption_steps').insert({
			adoption_id: adoption.id,
			stage: 'piloting',
			happened_on: on,
			evidence_markdown: KANPUR_EVIDENCE,
			links: []
		}),
		"Kanpur's step"
	);
	check(
		await db.from('adoption_categories').insert(
			KANPUR_CATEGORIES.map((c, position) => ({
				adoption_id: adoption.id,
				slug: c.slug,
				name: c.name,
				language: 'hi',
				target: null,
				unit: '',
				nodal_user_id: null,
				nodal_name: null,
				nodal_designation: c.nodal_designation,
				position
			}))
		),
		"Kanpur's categories"
	);
	log.info(`seeded Kanpur's Safe City adoption (${KANPUR_CATEGORIES.length} categories)`);
	return adoption.id;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Seeds the demo adoption (local stack only): Sagar taking up Kanpur's Safe City playbook
 * through the demo Rajkot → Sagar mentorship, exploring → planning → piloting over the last
 * month, with two categories (demo targets, one nodal officer a user, one named) and two
 * progress updates each. Labelled `is_demo`, and every text starts with "Demo". Runs once.
 * @param {import('@supabase/supabase-js').SupabaseClient} db a service-role client
 * @param {Date} [now]
 */
export async function seedDemoAdoptions(db, log, now = new Date()) {
	const practice = await publishedPractice(db, KANPUR_PLAYBOOK);
	const sagarEmail = demoAccounts.find((a) => a.city === 'sagar')?.email;
	const rajkotEmail = demoAccounts.find((a) => a.city === 'rajkot')?.email;
	const users = check(
		await db.from('users').select('id, email, city_id').in('email', [sagarEmail, rajkotEmail]),
		'demo users'
	);
	const member = users.find((u) => u.email === sagarEmail);
	const mentor = users.find((u) => u.email === rajkotEmail);
	if (!practice || !member || !mentor) {
		log.info('the demo adoption needs the Kanpur playbook and the demo accounts: skipped');
		return null;
	}
	const existing = check(
		await db
			.from('adoptions')
			.select('id')
			.eq('city_id', member.city_id)
			.eq('practice_id', practice.id)
			.maybeSingle(),
		"Sagar's demo adoption"
	);
	if (existing) return null;
	const mentorship = check(
		await db
			.from('mentorships')
			.select('id')
			.eq('lead_mentor_id', mentor.id)
			.eq('mentee_city_id', member.city_id)
			.order('requested_at')
			.limit(1)
			.maybeSingle(),
		'the demo Rajkot → Sagar mentorship'
	);
	if (!mentorship) {
		log.info('no demo Rajkot → Sagar mentorship: the demo adoption is skipped');
		return null;
	}
	const date = (offset) => istDate(now.getTime() + offset * DAY);
	const adoption = check(
		await db
			.from('adoptions')
			.insert({
				city_id: member.city_id,
				practice_id: practice.id,
				mentorship_id: mentorship.id,
				stage: 'exploring',
				stage_on: date(-30),
				evidence_public: false,
				is_demo: true,
				created_by: member.id
			})
			.select('id')
			.single(),
		"Sagar's demo adoption"
	);
	// One at a time, oldest first: the adoption follows its latest step. The author is set on
	// insert, because a step is never edited afterwards (only verified).
	const steps = [
		{
			stage: 'exploring',
			happened_on: date(-30),
			evidence_markdown:
				'Demo: Sagar read Kanpur’s Safe City playbook and discussed it with the Rajkot mentor in the first session.',
			links: ['https://example.org/demo/sagar-safe-city-notes']
		},
		{
			stage: 'planning',
			happened_on: date(-20),
			evidence_markdown:
				'Demo: a plan to link the street-facing cameras of hospitals and schools first, with a nodal officer for each category.',
			links: ['https://example.org/demo/sagar-camera-linking-plan']
		},
		{
			stage: 'piloting',
			happened_on: date(-7),
			evidence_markdown:
				'Demo: the pilot has begun. The first hospitals and schools have given written consent and their cameras show in the ICCC.',
			links: ['https://example.org/demo/sagar-pilot-report'],
			figures: [{ label: 'Demo: cameras linked in the pilot', value: 14, unit: 'cameras' }]
		}
	];
	for (const { figures = [], ...step } of steps) {
		const { id } = check(
			await db
				.from('adoption_steps')
				.insert({ ...step, adoption_id: adoption.id, author_id: member.id })
				.select('id')
				.single(),
			`demo step ${step.stage}`
		);
		if (figures.length) {
			check(
				await db
					.from('adoption_step_figures')
					.insert(figures.map((f, position) => ({ ...f, step_id: id, position }))),
				'demo figures'
			);
		}
	}
	const categories = check(
		await db
			.from('adoption_categories')
			.insert([
				{
					adoption_id: adoption.id,
					slug: 'hospitals',
					name: 'Demo: hospitals and pathology labs',
					language: 'en',
					target: 40,
					unit: 'cameras',
					nodal_user_id: member.id,
					nodal_name: null,
					nodal_designation: null,
					position: 0
				},
				{
					adoption_id: adoption.id,
					slug: 'schools',
					name: 'Demo: schools and colleges',
					language: 'en',
					target: 30,
					unit: 'cameras',
					nodal_user_id: null,
					nodal_name: 'Demo officer',
					nodal_designation: 'Demo: Assistant Engineer',
					position: 1
				}
			])
			.select('id, slug'),
		'demo categories'
	);
	const hospitals = categories.find((c) => c.slug === 'hospitals');
	const schools = categories.find((c) => c.slug === 'schools');
	// Cumulative counts: two updates per category, a fortnight and three days ago.
	check(
		await db.from('category_progress').insert([
			{
				category_id: hospitals.id,
				recorded_on: date(-14),
				value: 6,
				note: 'Demo: first hospitals linked',
				author_id: member.id
			},
			{
				category_id: hospitals.id,
				recorded_on: date(-3),
				value: 13,
				note: 'Demo: two pathology labs joined',
				author_id: member.id
			},
			{
				category_id: schools.id,
				recorded_on: date(-14),
				value: 4,
				note: 'Demo: consent letters sent to all schools',
				author_id: member.id
			},
			{
				category_id: schools.id,
				recorded_on: date(-3),
				value: 9,
				note: 'Demo: colleges on the main road linked',
				author_id: member.id
			}
		]),
		'demo progress'
	);
	log.info('seeded the demo adoption (Sagar takes up Kanpur’s Safe City playbook)');
	return adoption.id;
}
