/** A message: plain text, or singular and plural forms picked by a `count` parameter. */
export type Message = string | { readonly one: string; readonly other: string };

/** A translation of a group of English messages: every key of it, each a message. */
export type Catalogue<T> = { readonly [K in keyof T]: Message };
