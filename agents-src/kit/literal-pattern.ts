/** `text` as a regular expression that matches it literally: a name or subject put into a pattern ("dr. khan", "c++"). */
export const literalPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
