import { area } from './area';

// Times in India Standard Time.
export const calendar = area(
	{
		'calendar.ist': 'India Standard Time (IST)',
		'calendar.timeRange': '{range} IST',
		'calendar.dateTimeInvalid':
			'Enter a date and time that exists, such as 3 December 2026, 15:30.',
		'calendar.instantInvalid':
			'Give a date and time with its offset, such as 2026-12-03T15:30:00+05:30 or 2026-12-03T10:00:00Z.'
	},
	{
		'calendar.ist': 'भारतीय मानक समय (IST)',
		'calendar.timeRange': '{range} भारतीय समय',
		'calendar.dateTimeInvalid': 'ऐसी तारीख और समय दर्ज करें जो मौजूद हो, जैसे 3 दिसंबर 2026, 15:30।',
		'calendar.instantInvalid':
			'तारीख और समय उसके ऑफ़सेट के साथ दें, जैसे 2026-12-03T15:30:00+05:30 या 2026-12-03T10:00:00Z।'
	}
);
