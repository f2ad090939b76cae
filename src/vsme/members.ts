// Members of the taxonomy's enumerations, and NACE codes as people write them.
import { TAXONOMY } from "./taxonomy/data.js";

/** The members of a concept's enumeration (`country:NL`, `nace:NACE_C1071`, ...); none for other concepts. */
export function membersOf(concept: keyof typeof TAXONOMY.concepts): readonly string[] {
  return TAXONOMY.concepts[concept].members ?? [];
}

/** A NACE code as people write it ("C10.71", "C1071", "10.71") to the taxonomy member (`nace:NACE_C1071`), or `undefined`. */
export function naceMember(code: string): string | undefined {
  const nace = membersOf("vsme:NaceSectorClassificationCodes");
  const compact = code.replace(/\./g, "").toUpperCase();
  if (compact === "") return undefined;
  const member = /^[A-Z]/.test(compact) ? `nace:NACE_${compact}` : nace.find((name) => name.slice("nace:NACE_".length + 1) === compact);
  return member !== undefined && nace.includes(member) ? member : undefined;
}
