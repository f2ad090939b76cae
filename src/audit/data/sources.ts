// Source URLs that both the energy-duty rules and the measure catalogue cite.

/** RVO on the Erkende Maatregelenlijst (EML). */
export const RVO_EML = "https://www.rvo.nl/onderwerpen/energiebesparingsplicht/eml";
/** Staatscourant 2023-15844: EML 2023 as bijlage 10 of the Activiteitenregeling (parts and categories). */
export const STCRT_EML_2023 = "https://zoek.officielebekendmakingen.nl/stcrt-2023-15844.html";
/** The BZK proof of concept of machine-executable law, quoting EML 2023 v1.3 codes and names. */
export const BZK_POC = "https://github.com/MinBZK/poc-machine-law";
