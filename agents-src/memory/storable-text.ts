import { z } from "zod";
import { loneSurrogate } from "../kit/json-shape";

/** PostgreSQL text cannot hold NUL, and a lone surrogate would not survive UTF-8: both are refused up front. */
export const storableText = (maxChars: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maxChars)
    .refine((s) => !s.includes("\u0000"), "must not contain NUL characters")
    .refine((s) => !loneSurrogate.test(s), "must be well-formed Unicode");
