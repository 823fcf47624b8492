// Strings of the assessment admin area (rounds and score imports). The problems of an uploaded
// file are keyed by the codes of score-file.ts.
export const assessmentAdmin = {
	'assessmentAdmin.nav': 'Assessment rounds',
	'assessmentAdmin.title': 'Assessment rounds and imports',
	'assessmentAdmin.intro':
		'Each framework’s rounds, whether the public may see them, and their scores. Open a round to import its scores from a CSV or Excel file.',
	'assessmentAdmin.none':
		'No framework yet. Frameworks are data: they are added with an import, not here.',
	'assessmentAdmin.roundsCaption': 'Rounds of {framework}',
	'assessmentAdmin.noRounds': 'No round yet.',
	'assessmentAdmin.col.round': 'Round',
	'assessmentAdmin.col.year': 'Year',
	'assessmentAdmin.col.body': 'Assessed by',
	'assessmentAdmin.col.visibility': 'Who may see it',
	'assessmentAdmin.col.scores': 'Scores',
	'assessmentAdmin.col.lastImport': 'Last import',
	'assessmentAdmin.public': 'Public',
	'assessmentAdmin.private': 'Admins only',
	'assessmentAdmin.makePublic': 'Make {round} public',
	'assessmentAdmin.makePrivate': 'Make {round} private',
	'assessmentAdmin.madePublic': '{round} is now public.',
	'assessmentAdmin.madePrivate': '{round} is now for admins only.',
	'assessmentAdmin.lastImport': '{when} by {who}',
	'assessmentAdmin.never': 'None yet',
	'assessmentAdmin.someone': 'a former user',
	'assessmentAdmin.gone': 'This round is no longer there.',
	'assessmentAdmin.newRound': 'New round of {framework}',
	'assessmentAdmin.round.name': 'Name (English)',
	'assessmentAdmin.round.nameHint': 'For example: IMAF 2.0',
	'assessmentAdmin.round.nameHi': 'Name in Hindi (optional)',
	'assessmentAdmin.round.slug': 'Slug (optional)',
	'assessmentAdmin.round.slugHint':
		'Part of the round’s address. Left empty, it is made from the name: IMAF 2.0 becomes imaf-2-0.',
	'assessmentAdmin.round.year': 'Year',
	'assessmentAdmin.round.body': 'Assessing body',
	'assessmentAdmin.round.bodyHint': 'For example: Quality Council of India',
	'assessmentAdmin.round.resultsOn': 'Results announced on (optional)',
	'assessmentAdmin.round.public': 'Public: everyone may see the round and its scores',
	'assessmentAdmin.round.create': 'Create the round',
	'assessmentAdmin.round.created': 'Round {round} created.',
	'assessmentAdmin.round.slugInvalid':
		'Use lower-case letters and digits joined by single hyphens, such as imaf-2-0.',
	'assessmentAdmin.round.slugNeeded':
		'Give a slug: the name has no Latin letters or digits to make one from.',
	'assessmentAdmin.round.duplicate': 'This framework already has a round with the slug {slug}.',
	'assessmentAdmin.round.yearRange': 'Enter a year from 2015 to 2100.',
	'assessmentAdmin.round.dateInvalid': 'Enter a date such as 2024-06-27.',
	'assessmentAdmin.back': 'All assessment rounds',
	'assessmentAdmin.details': 'About the round',
	'assessmentAdmin.scoreCount': {
		one: '{count} value stored.',
		other: '{count} values stored.'
	},
	'assessmentAdmin.export': 'Download the round’s scores (CSV)',
	'assessmentAdmin.exportHint':
		'The same three columns as an import, so the file can be edited and imported again. Sample values are included; imported again unchanged, they stay marked as sample.',
	'assessmentAdmin.import.heading': 'Import scores',
	'assessmentAdmin.import.intro':
		'A CSV (UTF-8) or Excel (.xlsx) file with a header row and the columns city, parameter and value, in any order: the city’s slug (such as bilaspur), the parameter’s slug, and the value on the parameter’s scale. At most {rows} rows and {size} KB.',
	'assessmentAdmin.import.replaces':
		'The file replaces the round’s values: values it leaves out are removed, equal values stay as they are. Every row is checked first; if any has a problem, nothing is imported.',
	'assessmentAdmin.import.file': 'CSV or Excel file',
	'assessmentAdmin.import.fileHint':
		'For example: city,parameter,value then bilaspur,team-management,95',
	'assessmentAdmin.import.submit': 'Check and import',
	'assessmentAdmin.import.importing': 'Checking and importing…',
	'assessmentAdmin.import.missing': 'Choose a file.',
	'assessmentAdmin.import.kind':
		'Choose a .csv or .xlsx file. An older Excel file (.xls) can be saved as .xlsx in Excel.',
	'assessmentAdmin.import.parameters': 'The parameters of {framework}',
	'assessmentAdmin.import.parametersHint':
		'Their slugs and scales, for the parameter and value columns.',
	'assessmentAdmin.import.col.slug': 'Slug',
	'assessmentAdmin.import.col.name': 'Name',
	'assessmentAdmin.import.col.scale': 'Scale',
	'assessmentAdmin.scale.percentage': '0 to 100, up to two decimals',
	'assessmentAdmin.scale.level': 'level 1 to 5',
	'assessmentAdmin.scale.stars': '0 to 5 stars',
	'assessmentAdmin.report.heading': 'Problems in {file}',
	'assessmentAdmin.report.nothing': 'Nothing was imported.',
	'assessmentAdmin.report.count': {
		one: 'The file has {count} problem. Correct it and upload the file again.',
		other: 'The file has {count} problems. Correct them and upload the file again.'
	},
	'assessmentAdmin.report.shown': 'The first {shown} are listed here; the report has all {count}.',
	'assessmentAdmin.report.caption': 'Problems by row and column',
	'assessmentAdmin.report.download': 'Download the whole report (CSV)',
	'assessmentAdmin.report.col.row': 'Row',
	'assessmentAdmin.report.col.column': 'Column',
	'assessmentAdmin.report.col.message': 'Problem',
	'assessmentAdmin.report.wholeFile': 'the file',
	'assessmentAdmin.report.wholeRow': 'the row',
	'assessmentAdmin.done.heading': 'Imported {file}',
	'assessmentAdmin.done.counts': '{imported} imported, {unchanged} unchanged, {removed} removed.',
	'assessmentAdmin.done.same': 'The file holds the round’s values as they are: nothing changed.',
	'assessmentAdmin.history.heading': 'Import history',
	'assessmentAdmin.history.none': 'No import yet.',
	'assessmentAdmin.history.entry': '{file} ({kind}), {when}, by {who}',
	'assessmentAdmin.history.caption': 'Changes made by {file}, {when}',
	'assessmentAdmin.history.more': 'The first {shown} of {count} changes are shown.',
	'assessmentAdmin.history.col.city': 'City',
	'assessmentAdmin.history.col.parameter': 'Parameter',
	'assessmentAdmin.history.col.old': 'Before',
	'assessmentAdmin.history.col.new': 'After',
	'assessmentAdmin.history.empty': 'none',
	'assessmentAdmin.problem.empty': 'The file has no rows under a header row.',
	'assessmentAdmin.problem.tooLarge':
		'The file is larger than {size} KB. Split it, or save it as .xlsx, which is smaller.',
	'assessmentAdmin.problem.tooManyRows': 'The file has more than {rows} rows.',
	'assessmentAdmin.problem.notUtf8':
		'The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, or as .xlsx.',
	'assessmentAdmin.problem.malformedCsv':
		'The file is not valid CSV from here on: check the quotation marks on this row.',
	'assessmentAdmin.problem.unreadableXlsx':
		'The file cannot be read as an Excel workbook (.xlsx). Save it again from Excel.',
	'assessmentAdmin.problem.missingColumn': 'The header row has no column of this name.',
	'assessmentAdmin.problem.unknownColumn':
		'“{name}” is not a column of the format: only city, parameter and value are imported. Remove the column.',
	'assessmentAdmin.problem.repeatedColumn': 'The header row has the column {name} twice.',
	'assessmentAdmin.problem.unnamedColumn':
		'Column {number} has values but no name in the header row.',
	'assessmentAdmin.problem.extraCells': 'The row has cells beyond the header’s columns.',
	'assessmentAdmin.problem.cityMissing': 'The city is missing.',
	'assessmentAdmin.problem.cityUnknown': '“{value}” is not a city slug.',
	'assessmentAdmin.problem.cityUnknownSuggest':
		'“{value}” is not a city slug. Did you mean {suggestion}?',
	'assessmentAdmin.problem.parameterMissing': 'The parameter is missing.',
	'assessmentAdmin.problem.parameterUnknown': '“{value}” is not a parameter of this framework.',
	'assessmentAdmin.problem.parameterUnknownSuggest':
		'“{value}” is not a parameter slug. Did you mean {suggestion}?',
	'assessmentAdmin.problem.valueMissing': 'The value is missing.',
	'assessmentAdmin.problem.valueNotNumber':
		'“{value}” is not a number. Write it with digits and a decimal point, such as 85.5.',
	'assessmentAdmin.problem.valueRangePercentage':
		'{value} is not a percentage from 0 to 100 with at most two decimals.',
	'assessmentAdmin.problem.valueRangeLevel': '{value} is not a level: a whole number from 1 to 5.',
	'assessmentAdmin.problem.valueRangeStars':
		'{value} is not a star rating: a whole number from 0 to 5.',
	'assessmentAdmin.problem.duplicate': 'The same city and parameter are already on row {first}.'
} as const;
