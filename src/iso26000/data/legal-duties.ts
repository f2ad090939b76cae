import type { Localized } from "../../core/localized.js";
import { deepFreeze } from "../../core/freeze.js";

/**
 * A Dutch legal duty behind an ISO 26000 issue: the law, what it asks (with who it applies to),
 * and the page where the duty was confirmed. The recommendation for the first step (0 to 1) of
 * that issue asks to comply with it; no other recommendation mentions the law.
 *
 * @example
 * ```ts
 * import { LEGAL_DUTIES, type LegalDuty } from "koploper/iso26000";
 *
 * const riAndE: LegalDuty | undefined = LEGAL_DUTIES.find((duty) => duty.issue === "6.4.6");
 * riAndE?.law.nl; //=> "Arbeidsomstandighedenwet, artikel 5"
 * ```
 */
export interface LegalDuty {
  /** The issue clause, e.g. `"6.4.6"`. */
  readonly issue: string;
  /** The law and, where one article carries the duty, the article. */
  readonly law: Localized;
  /** What the law asks and of whom, as one sentence. */
  readonly duty: Localized;
  /** The page the duty was confirmed on. */
  readonly source: string;
}

const duty = (issue: string, law: [nl: string, en: string], text: [nl: string, en: string], source: string): LegalDuty => ({
  issue,
  law: { nl: law[0], en: law[1] },
  duty: { nl: text[0], en: text[1] },
  source,
});

/**
 * The Dutch legal duties behind ISO 26000 issues, one per issue, in the order of the standard: the
 * issues whose first recommendation (0 to 1) is "voldoe aan de wet". Only duties confirmed on the
 * page in `source` are listed; for the other 27 issues no Dutch legal duty is claimed (which does
 * not mean no law touches them: the list is what the library can show with a source). Some duties
 * apply only above a threshold; the sentence says so. Deeply frozen.
 *
 * @example
 * ```ts
 * import { LEGAL_DUTIES } from "koploper/iso26000";
 *
 * LEGAL_DUTIES.map((duty) => duty.issue); //=> ["6.3.6", "6.3.7", "6.4.4", "6.4.6", "6.5.5", "6.6.3", "6.6.5", "6.7.3", "6.7.4", "6.7.7"]
 * ```
 */
export const LEGAL_DUTIES: readonly LegalDuty[] = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ duties());

function duties(): LegalDuty[] {
  return [
    duty(
      "6.3.6",
      ["Wet bescherming klokkenluiders", "Whistleblower Protection Act (Wet bescherming klokkenluiders)"],
      [
        "een werkgever bij wie in de regel 50 of meer mensen werken, moet een interne meldprocedure voor vermoedens van misstanden hebben",
        "an employer where 50 or more people usually work must have an internal procedure for reporting suspected wrongdoing",
      ],
      "https://wetbeschermingklokkenluiders.nl/veelgestelde-vragen-faq",
    ),
    duty(
      "6.3.7",
      ["Algemene wet gelijke behandeling, artikel 5", "Equal Treatment Act (Algemene wet gelijke behandeling), article 5"],
      [
        "onderscheid is verboden bij werving en selectie, arbeidsvoorwaarden, scholing, bevordering en ontslag",
        "discrimination is forbidden in recruitment and selection, terms of employment, training, promotion and dismissal",
      ],
      "http://www.wetboek-online.nl/wet/Algemene%20wet%20gelijke%20behandeling/artikel%205.html",
    ),
    duty(
      "6.4.4",
      ["Wet minimumloon en minimumvakantiebijslag", "Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en minimumvakantiebijslag)"],
      [
        "elke werkgever betaalt minstens het wettelijk minimumloon en de minimumvakantiebijslag",
        "every employer pays at least the statutory minimum wage and minimum holiday allowance",
      ],
      "https://wetten.overheid.nl/BWBR0002638/2024-01-01/0/informatie",
    ),
    duty(
      "6.4.6",
      ["Arbeidsomstandighedenwet, artikel 5", "Working Conditions Act (Arbeidsomstandighedenwet), article 5"],
      [
        "elke werkgever legt de risico's van het werk schriftelijk vast in een risico-inventarisatie en -evaluatie (RI&E) met een plan van aanpak",
        "every employer records the risks of the work in writing in a risk inventory and evaluation (RI&E) with a plan of action",
      ],
      "http://www.wetboek-online.nl/wet/Arbeidsomstandighedenwet/5.html",
    ),
    duty(
      "6.5.5",
      [
        "Besluit activiteiten leefomgeving, artikel 5.15 (energiebesparingsplicht en informatieplicht)",
        "Environmental Activities Decree (Besluit activiteiten leefomgeving), article 5.15 (energy saving duty and reporting duty)",
      ],
      [
        "een locatie die per jaar 50.000 kWh elektriciteit of 25.000 m3 aardgas(equivalent) of meer gebruikt, neemt alle energiebesparende maatregelen met een terugverdientijd van 5 jaar of minder en meldt die elke 4 jaar bij RVO",
        "a site that uses 50,000 kWh of electricity or 25,000 m3 of natural gas (equivalent) a year or more takes every energy-saving measure with a payback of 5 years or less and reports them to RVO every 4 years",
      ],
      "https://www.rvo.nl/onderwerpen/energiebesparingsplicht/informatieplicht-energiebesparing",
    ),
    duty(
      "6.6.3",
      [
        "Wetboek van Strafrecht, artikel 328ter (niet-ambtelijke omkoping)",
        "Criminal Code (Wetboek van Strafrecht), article 328ter (bribery outside the public sector)",
      ],
      ["omkopen en zich laten omkopen is strafbaar, ook tussen bedrijven", "bribing and accepting bribes is a criminal offence, also between businesses"],
      "https://trip.nl/commuun-strafrecht/niet-ambtelijke-omkoping-corruptie/",
    ),
    duty(
      "6.6.5",
      ["Mededingingswet, artikel 6", "Competition Act (Mededingingswet), article 6"],
      [
        "afspraken tussen ondernemingen die de concurrentie beperken, zoals prijsafspraken, zijn verboden",
        "agreements between businesses that restrict competition, such as price-fixing, are forbidden",
      ],
      "https://wetten.legaltools.nl/mededingingswet/hoofdstuk-3/paragraaf-1",
    ),
    duty(
      "6.7.3",
      ["Burgerlijk Wetboek Boek 6, artikel 193b (oneerlijke handelspraktijken)", "Civil Code Book 6, article 193b (unfair commercial practices)"],
      [
        "wie aan consumenten verkoopt, mag hen niet misleiden of onder druk zetten, bijvoorbeeld met onjuiste informatie over prijs of product",
        "whoever sells to consumers must not mislead or pressure them, for example with wrong information on price or product",
      ],
      "https://wetboekplus.nl/burgerlijk-wetboek-boek-6-artikel-193b-oneerlijke-handelspraktijk/",
    ),
    duty(
      "6.7.4",
      ["Warenwet", "Commodities Act (Warenwet)"],
      [
        "wie levensmiddelen of andere consumentenproducten maakt, bereidt of verkoopt, zorgt dat ze veilig zijn en geeft juiste informatie over de risico's",
        "whoever makes, prepares or sells food or other consumer products makes sure they are safe and gives correct information on the risks",
      ],
      "https://ondernemersplein.kvk.nl/warenwet-algemene-regels-voor-consumentenproducten/",
    ),
    duty(
      "6.7.7",
      [
        "Algemene verordening gegevensbescherming (AVG) en Uitvoeringswet AVG",
        "General Data Protection Regulation (GDPR) and the Dutch GDPR Implementation Act",
      ],
      [
        "wie persoonsgegevens verwerkt, zoals klantgegevens, moet ze rechtmatig, zo beperkt mogelijk en veilig verwerken",
        "whoever processes personal data, such as customer data, must process it lawfully, as little as possible and securely",
      ],
      "https://wetten.overheid.nl/BWBR0040940/2021-07-01",
    ),
  ];
}
