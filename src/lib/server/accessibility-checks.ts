// The latest automated accessibility checks of the site's pages, which the accessibility statement
// reports page by page. The browser suite's accessibility report (tests/e2e/accessibility.spec.ts)
// runs axe on each page and, asked to (`AXE_RECORD=1`), writes what it found to the file below,
// which ships with the release.
import checks from './accessibility-checks.json';

export interface PageCheck {
	/** The page's address on the site. */
	path: string;
	/** Its <title> in English, when checked. */
	title: string;
	/** axe rules the page passed, failed, and left for a person to judge. */
	passes: number;
	violations: number;
	incomplete: number;
}

export interface AccessibilityChecks {
	/** When the checks ran (ISO 8601). */
	checkedAt: string;
	/** The axe-core version and the rule sets (WCAG tags) it ran. */
	axeVersion: string;
	tags: string[];
	pages: PageCheck[];
}

export function accessibilityChecks(): AccessibilityChecks {
	return checks;
}
