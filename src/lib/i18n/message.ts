/** A message: plain text, or singular and plural forms picked by a `count` parameter. */
export type Message = string | { readonly one: string; readonly other: string };
