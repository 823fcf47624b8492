// The site's own pages (help, policies, contact) and their links, the sitemap for people, the
// accessibility statement's table of checks, and the admins' editor of those pages.
export const sitePages = {
	'sitePage.missing': 'There is no such page.',
	'sitePage.untranslated': 'This page is not yet written in {language}. It is shown in English.',
	'sitePage.updated': 'Last updated: {date}',
	'sitePage.noOwner': 'This copy of CitySetu does not name the body that runs it.',
	'sitePage.link.help': 'Help',
	'sitePage.link.contact': 'Contact us',
	'sitePage.link.accessibility': 'Accessibility statement',
	'sitePage.link.screen-reader': 'Screen reader access',
	'sitePage.link.privacy': 'Privacy policy',
	'sitePage.link.terms': 'Terms of use',
	'sitePage.link.copyright': 'Copyright policy',
	'sitePage.link.hyperlinking': 'Hyperlinking policy',
	'sitePage.link.archival': 'Content archival policy',
	'footer.about': 'About this site',

	'a11yChecks.none': 'No automated checks have been recorded yet.',
	'a11yChecks.summary': {
		one: 'axe {version} checked {count} page on {date}.',
		other: 'axe {version} checked {count} pages on {date}.'
	},
	'a11yChecks.allPass': 'No page broke any of the rules checked.',
	'a11yChecks.someFail': {
		one: '{count} page broke at least one rule.',
		other: '{count} pages broke at least one rule.'
	},
	'a11yChecks.caption': 'Automated accessibility checks, page by page',
	'a11yChecks.page': 'Page',
	'a11yChecks.passes': 'Rules passed',
	'a11yChecks.violations': 'Rules broken',
	'a11yChecks.incomplete': 'Left for a person to check',
	'a11yChecks.rules': 'Rule sets checked: {tags}.',

	'sitemap.title': 'Sitemap',
	'sitemap.intro': 'Every part of CitySetu, and the pages about the site itself.',
	'sitemap.sections': 'Sections',
	'sitemap.about': 'About this site',
	'sitemap.display': 'Text size and contrast',
	'sitemap.machine': 'For search engines, the list of every page with its last change:',

	'admin.sitePages.title': 'Site pages',
	'admin.sitePages.intro':
		'Help, the policies and the contact page, in each language. Edit them to fit this deployment’s own rules; every version is kept. A page not written in a language is shown in English.',
	'admin.sitePages.caption': 'Site pages by language',
	'admin.sitePages.page': 'Page',
	'admin.sitePages.edit': 'Edit',
	'admin.sitePages.write': 'Write',
	'admin.sitePages.default': 'Default text',
	'admin.sitePages.edited': 'Edited here',
	'admin.sitePages.version': 'version {version}',
	'admin.sitePages.notWritten': 'Not written in this language: readers get the English page.',
	'admin.sitePages.editTitle': '{page} ({language})',
	'admin.sitePages.back': 'All site pages',
	'admin.sitePages.saved': 'Saved as version {version}.',
	'admin.sitePages.view': 'See the page',
	'admin.sitePages.conflict':
		'Someone else saved this page (now version {version}) while you were editing. Your text is still below. Compare it with the page, then save again to replace their version with yours.',
	'admin.sitePages.fromEnglish':
		'The page is not written in this language yet. The English text is filled in below for you to translate.',
	'admin.sitePages.fromVersion':
		'The text of version {version} is filled in below. Save to make it the current text again.',
	'admin.sitePages.pageTitle': 'Title',
	'admin.sitePages.markdown': 'Text, in Markdown',
	'admin.sitePages.markdownHint':
		'At most {max} characters. ## starts a heading, **bold**, [text](/address) makes a link. On a line of its own, {{owner}} shows the body that runs this site, and {{axe-results}} the latest accessibility checks.',
	'admin.sitePages.note': 'What you changed (optional, kept with the version)',
	'admin.sitePages.save': 'Save',
	'admin.sitePages.preview': 'Preview',
	'admin.sitePages.previewHeading': 'Preview (not saved)',
	'admin.sitePages.block': 'Filled in by the site here: {name}',
	'admin.sitePages.history': 'Versions',
	'admin.sitePages.noHistory': 'No versions yet.',
	'admin.sitePages.release': 'Default text of the release',
	'admin.sitePages.unknown': 'An account since removed',
	'admin.sitePages.load': 'Load version {version} into the editor'
} as const;
