import { deepFreeze } from "../../core/freeze.js";
import type { Questionnaire } from "../questionnaire.schema.js";
import { coreSubjectSectionsV1 } from "./koploper-scan-1-core-subjects.js";
import { PROFILE, choice, maturity, multiple, section, t, yesNo, type Input } from "./scan-builders.js";

// The Koploper scan 1.0.0, as published: the project's own wording, for the owner of a small
// company. Every issue of ISO 26000 clause 6 has at least one question; principles (4),
// recognising social responsibility and stakeholders (5) and integration (7) have their own
// sections. A published questionnaire never changes: test/iso26000/koploper-scan-1.test.ts pins
// this definition to its published JSON. Version 2.0.0 is in koploper-scan.ts.

const profile = (): Input[] => [
  { ...PROFILE, key: "org_name", type: "text", multiline: false, title: t("Wat is de naam van uw organisatie?", "What is the name of your organisation?") },
  {
    ...PROFILE,
    key: "sector",
    type: "single-choice",
    title: t("In welke sector werkt u vooral?", "Which sector do you mainly work in?"),
    options: [
      { code: "manufacturing", label: t("Productie en industrie", "Manufacturing and industry") },
      { code: "construction", label: t("Bouw en installatie", "Construction and installation") },
      { code: "retail", label: t("Handel en winkels", "Trade and retail") },
      { code: "hospitality", label: t("Horeca en recreatie", "Hospitality and leisure") },
      { code: "services", label: t("Zakelijke dienstverlening", "Business services") },
      { code: "care", label: t("Zorg, welzijn en onderwijs", "Care, welfare and education") },
      { code: "agriculture", label: t("Land- en tuinbouw", "Agriculture and horticulture") },
      { code: "transport", label: t("Transport en logistiek", "Transport and logistics") },
      { code: "other", label: t("Anders", "Other") },
    ],
  },
  {
    ...PROFILE,
    key: "staff",
    type: "number",
    integer: false,
    unit: "FTE",
    min: 0,
    title: t(
      "Hoeveel mensen werken er bij u, omgerekend naar fulltime banen (FTE), uzelf meegeteld?",
      "How many people work for you, in full-time equivalents (FTE), yourself included?",
    ),
  },
  {
    ...PROFILE,
    key: "has_employees",
    type: "yes-no",
    title: t("Heeft u medewerkers in loondienst?", "Do you have employees on the payroll?"),
    help: t("Alleen uzelf, of alleen zzp'ers? Kies dan nee.", "Only yourself, or only freelancers? Then choose no."),
  },
  {
    ...PROFILE,
    key: "offering",
    type: "single-choice",
    title: t("Levert u vooral producten of diensten?", "Do you mainly supply products or services?"),
    options: [
      { code: "products", label: t("Producten", "Products") },
      { code: "services", label: t("Diensten", "Services") },
      { code: "both", label: t("Allebei", "Both") },
    ],
  },
  {
    ...PROFILE,
    key: "market",
    type: "single-choice",
    title: t("Waar zitten uw klanten vooral?", "Where are most of your customers?"),
    options: [
      { code: "local", label: t("In de eigen regio", "In our own region") },
      { code: "national", label: t("In heel Nederland", "Across the Netherlands") },
      { code: "international", label: t("Ook in het buitenland", "Abroad as well") },
    ],
  },
  {
    ...PROFILE,
    key: "buys_outside_eu",
    type: "yes-no",
    required: false,
    allowUnknown: true,
    title: t("Koopt u producten of grondstoffen in die van buiten de EU komen?", "Do you buy products or raw materials that come from outside the EU?"),
  },
];

const principles = (): Input[] => [
  maturity(
    "pr_accountability",
    ["4.2"],
    t(
      "Neemt u verantwoordelijkheid voor de gevolgen van uw bedrijf voor mensen en milieu, en legt u daar verantwoording over af?",
      "Do you take responsibility for the effects of your business on people and the environment, and account for them?",
    ),
  ),
  choice(
    "pr_transparency",
    ["4.3", ["7.5", 0.5]],
    t(
      "Hoe open bent u over wat uw bedrijf doet en wat dat betekent voor mens en milieu?",
      "How open are you about what your business does and what it means for people and the environment?",
    ),
    [
      ["nothing", 0, t("We vertellen er niets over", "We say nothing about it")],
      ["on_request", 1, t("Alleen als iemand ernaar vraagt", "Only when someone asks")],
      ["website", 2, t("We vertellen erover op onze website of in gesprekken", "We talk about it on our website or in meetings")],
      ["yearly", 3, t("We publiceren elk jaar wat we doen en bereiken", "We publish every year what we do and achieve")],
      ["verified", 4, t("Ons jaarlijkse verhaal wordt door een ander gecontroleerd", "Our yearly account is checked by someone else")],
    ],
    { evidence: t("Website, jaarverslag of MVO-verslag", "Website, annual report or CSR report") },
  ),
  maturity(
    "pr_ethics",
    ["4.4"],
    t(
      "Zijn er duidelijke waarden of gedragsregels die iedereen in uw bedrijf kent en volgt?",
      "Are there clear values or rules of conduct that everyone in your business knows and follows?",
    ),
    { evidence: t("Gedragscode of huisregels", "Code of conduct or house rules") },
  ),
  maturity(
    "pr_stakeholder_interests",
    ["4.5"],
    t(
      "Houdt u bij beslissingen rekening met de belangen van klanten, medewerkers, buren en leveranciers?",
      "When you decide, do you take the interests of customers, employees, neighbours and suppliers into account?",
    ),
  ),
  choice(
    "pr_rule_of_law",
    ["4.6"],
    t(
      "Weet u aan welke wetten en vergunningen uw bedrijf moet voldoen, en houdt u dat bij?",
      "Do you know which laws and permits apply to your business, and do you keep track?",
    ),
    [
      ["not_sure", 0, t("Dat weet ik niet precies", "I am not sure")],
      ["mostly", 1, t("Grotendeels, het zit in mijn hoofd", "Mostly, I keep it in my head")],
      ["overview", 2, t("We hebben een overzicht van wetten en vergunningen", "We have an overview of laws and permits")],
      ["checked", 3, t("We controleren regelmatig of we eraan voldoen", "We regularly check that we comply")],
      ["audited", 4, t("Een ander toetst het ook, bijvoorbeeld bij een certificering", "Someone else checks it too, for example for a certification")],
    ],
    { evidence: t("Overzicht van vergunningen en wettelijke eisen", "Overview of permits and legal requirements") },
  ),
  maturity(
    "pr_international_norms",
    ["4.7"],
    t(
      "Volgt u internationale afspraken (zoals de OESO-richtlijnen) ook waar de wet in een land minder streng is?",
      "Do you follow international norms (such as the OECD Guidelines) also where a country's law is less strict?",
    ),
    { help: t("Vooral van belang als u in het buitenland inkoopt of verkoopt.", "Mainly relevant if you buy or sell abroad.") },
  ),
  maturity("pr_human_rights", ["4.8"], t("Respecteert u mensenrechten, en spreekt u dat ook uit?", "Do you respect human rights, and do you say so?")),
];

const stakeholders = (): Input[] => [
  maturity(
    "sh_recognise",
    ["5.2"],
    t(
      "Weet u op welke onderwerpen uw bedrijf invloed heeft op mens, milieu en omgeving, en wat de samenleving van u verwacht?",
      "Do you know where your business affects people, the environment and its surroundings, and what society expects of you?",
    ),
  ),
  yesNo(
    "sh_identify",
    ["5.3"],
    t(
      "Heeft u op een rij wie uw belangrijkste stakeholders zijn (medewerkers, klanten, leveranciers, buren, gemeente)?",
      "Have you listed who your main stakeholders are (employees, customers, suppliers, neighbours, municipality)?",
    ),
    2,
    { evidence: t("Lijst of schema van stakeholders", "List or map of stakeholders") },
  ),
  choice(
    "sh_engage",
    ["5.3", ["4.5", 0.5]],
    t("Hoe betrekt u deze stakeholders bij uw bedrijf?", "How do you involve these stakeholders in your business?"),
    [
      ["not", 0, t("Niet", "Not at all")],
      ["informal", 1, t("Alleen in toevallige, informele gesprekken", "Only in chance, informal conversations")],
      ["sometimes", 2, t("We vragen af en toe bewust hun mening", "We ask their opinion on purpose now and then")],
      ["structured", 3, t("We vragen regelmatig hun mening en doen er iets mee", "We ask their opinion regularly and act on it")],
      [
        "partners",
        4,
        t(
          "We werken met hen samen aan verbeteringen en laten zien wat we met hun inbreng deden",
          "We work with them on improvements and show what we did with their input",
        ),
      ],
    ],
    { visibleIf: { op: "equals", question: "sh_identify", value: true }, evidence: t("Verslag van een gesprek of enquête", "Notes of a meeting or survey") },
  ),
];

const integration = (): Input[] => [
  maturity(
    "int_characteristics",
    ["7.2"],
    t(
      "Weet u hoe de kenmerken van uw bedrijf (sector, omvang, waar u werkt) bepalen welke MVO-onderwerpen voor u spelen?",
      "Do you know how the characteristics of your business (sector, size, where you work) decide which CSR topics matter to you?",
    ),
  ),
  maturity(
    "int_risks",
    ["7.3.1"],
    t(
      "Brengt u regelmatig in kaart welke nadelige gevolgen uw bedrijf kan hebben voor mens en milieu, en hoe u die voorkomt?",
      "Do you regularly map which negative effects your business could have on people and the environment, and how you prevent them?",
    ),
  ),
  maturity(
    "int_relevance",
    ["7.3.2"],
    t(
      "Heeft u bepaald welke MVO-onderwerpen voor uw bedrijf het belangrijkst zijn, en waarom?",
      "Have you decided which CSR topics matter most for your business, and why?",
    ),
    { evidence: t("Overzicht van belangrijke onderwerpen met onderbouwing", "Overview of important topics with reasons") },
  ),
  maturity(
    "int_influence",
    ["7.3.3"],
    t(
      "Gebruikt u uw invloed op leveranciers, klanten of opdrachtgevers om duurzaamheid te bevorderen?",
      "Do you use your influence on suppliers, customers or clients to promote sustainability?",
    ),
  ),
  yesNo(
    "int_priorities",
    ["7.3.4", ["7.4", 0.5]],
    t(
      "Heeft u een actieplan met prioriteiten, doelen en een verantwoordelijke per actie?",
      "Do you have an action plan with priorities, targets and someone responsible for each action?",
    ),
    3,
    { evidence: t("Actieplan of duurzaamheidsagenda", "Action plan or sustainability agenda") },
  ),
  maturity(
    "int_awareness",
    ["7.4"],
    t(
      "Weten uw medewerkers wat uw bedrijf aan MVO doet, en denken zij mee?",
      "Do your employees know what your business does on CSR, and do they contribute ideas?",
    ),
  ),
  maturity(
    "int_communication",
    ["7.5"],
    t(
      "Vertelt u klanten en anderen over uw MVO-aanpak en resultaten, eerlijk en zonder te overdrijven?",
      "Do you tell customers and others about your CSR approach and results, honestly and without exaggerating?",
    ),
  ),
  multiple("int_credibility", ["7.6"], t("Hoe maakt u uw MVO-aanpak geloofwaardig?", "How do you make your CSR approach credible?"), 3, [
    ["label", 1, t("Met een keurmerk of certificaat", "With a label or certificate")],
    ["external_check", 1, t("Een ander controleert onze gegevens", "Someone else checks our data")],
    ["stakeholder_feedback", 1, t("We vragen stakeholders om een oordeel", "We ask stakeholders for their view")],
    ["report", 1, t("We publiceren cijfers, ook als die tegenvallen", "We publish figures, also when they disappoint")],
  ]),
  maturity(
    "int_review",
    ["7.7"],
    t(
      "Kijkt u minstens één keer per jaar terug op uw MVO-resultaten en stelt u uw plannen bij?",
      "Do you look back on your CSR results at least once a year and adjust your plans?",
    ),
  ),
  yesNo(
    "int_initiatives",
    ["7.8"],
    t(
      "Doet u mee aan een vrijwillig initiatief, zoals een keurmerk, een branche-afspraak of het Koploperproject?",
      "Do you take part in a voluntary initiative, such as a label, a sector agreement or the Koploperproject?",
    ),
    2,
  ),
  {
    ...PROFILE,
    required: false,
    key: "notes",
    type: "text",
    multiline: true,
    title: t("Wilt u nog iets kwijt over uw aanpak?", "Anything else you would like to say about your approach?"),
  },
];

const definition = (): Questionnaire => ({
  id: "koploper-scan",
  version: "1.0.0",
  defaultLocale: "nl",
  locales: ["nl", "en"],
  title: t("Koploper-scan maatschappelijk verantwoord ondernemen", "Koploper scan for corporate social responsibility"),
  introduction: t(
    "Deze scan volgt de richtlijn ISO 26000. Beantwoord de vragen zo eerlijk mogelijk: het gaat om waar u nu staat. Weet u iets niet, of past een vraag niet bij uw bedrijf? Kies dan 'weet niet' of 'niet van toepassing'.",
    "This scan follows the ISO 26000 guidance. Answer as honestly as you can: it is about where you stand today. If you do not know, or a question does not fit your business, choose 'unknown' or 'not applicable'.",
  ),
  sections: [
    section("profile", t("Uw organisatie", "Your organisation"), profile()),
    section("principles", t("Principes", "Principles"), principles()),
    section("stakeholders", t("MVO herkennen en stakeholders", "Recognising CSR and stakeholders"), stakeholders(), "5.3"),
    ...coreSubjectSectionsV1(),
    section("integration", t("MVO in uw organisatie", "Integrating CSR in your organisation"), integration()),
  ],
});

/**
 * The Koploper scan as first published (`koploper-scan@1.0.0`), kept unchanged so that responses
 * to it still parse and score: a published questionnaire never changes. New scans use
 * {@link koploperScan} (2.0.0); {@link compareAssessments} compares a 1.0.0 baseline with a 2.0.0
 * re-assessment per issue and core subject, and per question for the keys both versions share.
 * Sections: the organisation profile, the principles (4.2-4.8), recognising social responsibility
 * and stakeholders (5.2, 5.3), the seven core subjects with at least one question on every one of
 * the 37 issues, and integration (7.2-7.8). Maturity questions use the 0-4 scale. Deeply frozen.
 *
 * @see ISO 26000:2010 clauses 4, 5, 6 and 7
 *
 * @example
 * ```ts
 * import { koploperScanV1, parseResponse, scoreAssessment } from "koploper";
 *
 * const baseline = parseResponse(koploperScanV1, { questionnaire: "koploper-scan@1.0.0", answers: { env_climate: 1 } }, { partial: true });
 * scoreAssessment(koploperScanV1, baseline).issues["6.5.5"]?.level?.toString(); //=> "1"
 * ```
 */
export const koploperScanV1: Questionnaire = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ definition());
