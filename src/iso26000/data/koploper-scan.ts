import { deepFreeze } from "../../core/freeze.js";
import type { Question } from "../questionnaire-shape.schema.js";
import type { Questionnaire } from "../questionnaire.schema.js";
import { coreSubjectSections } from "./koploper-scan-core-subjects.js";
import { EMPLOYEES, PROFILE, choice, maturity, multiple, section, t, yesNo, type Input, type Text } from "./scan-builders.js";

// The Koploper scan 2.0.0: 1.0.0 (koploper-scan-1.ts) reviewed question by question. Each question
// asks one thing, in plain Dutch, to "uw organisatie" (municipalities and care institutions take
// part too); every question but a free text has exactly one "Weet ik niet", the explicit unknown
// value, and no option means "I don't know"; no question is one that every Koploper answers the
// same way. A key of 1.0.0 is kept only where the question still asks the same thing on the same
// answers; a question whose meaning changed has a new key (docs/iso26000.md lists them).

/** A profile question: required, "Weet ik niet" allowed, measures nothing. */
const FACT: Pick<Question, "required" | "allowNotApplicable" | "allowUnknown" | "measures"> = { ...PROFILE, allowUnknown: true };

const options = (list: readonly [code: string, label: Text][]) => list.map(([code, label]) => ({ code, label }));

const profile = (): Input[] => [
  { ...PROFILE, key: "org_name", type: "text", multiline: false, title: t("Wat is de naam van uw organisatie?", "What is the name of your organisation?") },
  {
    ...FACT,
    key: "sector",
    type: "single-choice",
    title: t("In welke sector werkt uw organisatie vooral?", "Which sector does your organisation mainly work in?"),
    options: options([
      ["manufacturing", t("Productie en industrie", "Manufacturing and industry")],
      ["construction", t("Bouw en installatie", "Construction and installation")],
      ["retail", t("Handel en winkels", "Trade and retail")],
      ["hospitality", t("Horeca en recreatie", "Hospitality and leisure")],
      ["services", t("Zakelijke dienstverlening", "Business services")],
      ["care", t("Zorg, welzijn en onderwijs", "Care, welfare and education")],
      ["government", t("Overheid, zoals een gemeente", "Government, such as a municipality")],
      ["agriculture", t("Land- en tuinbouw", "Agriculture and horticulture")],
      ["transport", t("Transport en logistiek", "Transport and logistics")],
      ["other", t("Anders", "Other")],
    ]),
  },
  {
    ...FACT,
    key: "staff",
    type: "number",
    integer: false,
    unit: "FTE",
    min: 0,
    title: t(
      "Hoeveel fulltime banen (FTE) telt uw organisatie? Tel uzelf mee.",
      "How many full-time jobs (FTE) does your organisation have? Count yourself in.",
    ),
  },
  {
    ...FACT,
    key: "has_employees",
    type: "yes-no",
    title: t("Heeft uw organisatie mensen in loondienst?", "Does your organisation have people on the payroll?"),
    help: t("Alleen uzelf, of alleen zzp'ers? Kies dan nee.", "Only yourself, or only freelancers? Then choose no."),
  },
  {
    ...FACT,
    key: "offering",
    type: "single-choice",
    title: t("Levert uw organisatie vooral producten of vooral diensten?", "Does your organisation mainly supply products or services?"),
    options: options([
      ["products", t("Producten", "Products")],
      ["services", t("Diensten", "Services")],
      ["both", t("Allebei", "Both")],
    ]),
  },
  {
    ...FACT,
    key: "market",
    type: "single-choice",
    title: t("Waar wonen of werken de meeste klanten van uw organisatie?", "Where do most of your organisation's customers live or work?"),
    options: options([
      ["local", t("In de eigen regio", "In our own region")],
      ["national", t("In heel Nederland", "Across the Netherlands")],
      ["international", t("Ook in het buitenland", "Abroad as well")],
    ]),
  },
  {
    ...FACT,
    key: "buys_outside_eu",
    type: "yes-no",
    required: false,
    title: t("Koopt uw organisatie producten of grondstoffen van buiten de EU?", "Does your organisation buy products or raw materials from outside the EU?"),
  },
];

const principles = (): Input[] => [
  maturity(
    "pr_account_for_effects",
    ["4.2"],
    t(
      "Vertelt uw organisatie aan anderen welke gevolgen haar werk heeft voor mensen en milieu?",
      "Does your organisation tell others what effects its work has on people and the environment?",
    ),
    { help: t("Bijvoorbeeld aan medewerkers, klanten, de gemeente of de buren.", "For example to employees, customers, the municipality or the neighbours.") },
  ),
  choice(
    "pr_transparency",
    ["4.3", ["7.5", 0.5]],
    t("Hoe open is uw organisatie over wat zij doet voor mens en milieu?", "How open is your organisation about what it does for people and the environment?"),
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
    t("Heeft uw organisatie gedragsregels die iedereen kent?", "Does your organisation have rules of conduct that everyone knows?"),
    {
      help: t("Regels over wat wel en niet hoort, op papier of afgesproken.", "Rules on what is and is not done, written or agreed."),
      evidence: t("Gedragscode of huisregels", "Code of conduct or house rules"),
    },
  ),
  maturity(
    "pr_stakeholder_interests",
    ["4.5"],
    t(
      "Houdt uw organisatie bij beslissingen rekening met wat klanten, medewerkers, buren en leveranciers belangrijk vinden?",
      "When your organisation decides, does it take into account what customers, employees, neighbours and suppliers find important?",
    ),
  ),
  choice(
    "pr_legal_overview",
    ["4.6"],
    t(
      "Heeft uw organisatie een overzicht van de wetten en vergunningen die voor haar gelden?",
      "Does your organisation have an overview of the laws and permits that apply to it?",
    ),
    [
      ["none", 0, t("Nee", "No")],
      ["in_head", 1, t("Nee, maar ik ken ze grotendeels uit mijn hoofd", "No, but I know most of them by heart")],
      ["overview", 2, t("Ja, we hebben een overzicht", "Yes, we have an overview")],
      ["checked", 3, t("Ja, en we controleren regelmatig of we eraan voldoen", "Yes, and we regularly check that we comply")],
      [
        "audited",
        4,
        t("Ja, en een ander controleert het ook, bijvoorbeeld bij een certificering", "Yes, and someone else checks it too, for example for a certification"),
      ],
    ],
    { evidence: t("Overzicht van vergunningen en wettelijke eisen", "Overview of permits and legal requirements") },
  ),
  maturity(
    "pr_international_norms",
    ["4.7"],
    t(
      "Houdt uw organisatie zich aan internationale afspraken over mensenrechten en milieu, ook in landen waar de wet minder streng is?",
      "Does your organisation keep to international norms on human rights and the environment, also in countries where the law is less strict?",
    ),
    {
      help: t(
        "Zoals de OESO-richtlijnen. Koopt en verkoopt uw organisatie alleen in Nederland? Kies dan 'Niet van toepassing'.",
        "Such as the OECD Guidelines. Does your organisation buy and sell only in the Netherlands? Then choose 'Not applicable'.",
      ),
    },
  ),
  maturity(
    "pr_human_rights_policy",
    ["4.8"],
    t(
      "Heeft uw organisatie op papier gezet dat zij mensenrechten respecteert, bijvoorbeeld in een gedragscode of in haar inkoopvoorwaarden?",
      "Has your organisation put in writing that it respects human rights, for example in a code of conduct or in its purchasing terms?",
    ),
  ),
];

const stakeholders = (): Input[] => [
  maturity(
    "sh_impacts",
    ["5.2"],
    t(
      "Weet uw organisatie waar zij invloed heeft op mensen, milieu en de omgeving?",
      "Does your organisation know where it affects people, the environment and its surroundings?",
    ),
  ),
  yesNo(
    "sh_identify",
    ["5.3"],
    t(
      "Heeft uw organisatie op een rij wie het meest met haar te maken heeft, zoals medewerkers, klanten, leveranciers, buren en de gemeente?",
      "Has your organisation listed who deals with it most, such as employees, customers, suppliers, neighbours and the municipality?",
    ),
    2,
    { evidence: t("Lijst of schema van betrokkenen", "List or map of stakeholders") },
  ),
  choice(
    "sh_engage",
    ["5.3", ["4.5", 0.5]],
    t(
      "Hoe vraagt uw organisatie deze mensen en organisaties om hun mening?",
      "How does your organisation ask these people and organisations for their opinion?",
    ),
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
      "Weet uw organisatie welke duurzaamheidsonderwerpen bij haar sector, omvang en vestigingsplaats horen?",
      "Does your organisation know which sustainability topics go with its sector, size and location?",
    ),
  ),
  maturity(
    "int_risks",
    ["7.3.1"],
    t(
      "Zet uw organisatie regelmatig op een rij welke schade zij kan doen aan mensen en milieu?",
      "Does your organisation regularly list the harm it could do to people and the environment?",
    ),
  ),
  maturity(
    "int_relevance",
    ["7.3.2"],
    t(
      "Heeft uw organisatie gekozen welke duurzaamheidsonderwerpen voor haar het belangrijkst zijn, en waarom?",
      "Has your organisation chosen which sustainability topics matter most to it, and why?",
    ),
    { evidence: t("Overzicht van belangrijke onderwerpen met onderbouwing", "Overview of important topics with reasons") },
  ),
  maturity(
    "int_influence",
    ["7.3.3"],
    t(
      "Gebruikt uw organisatie haar invloed op leveranciers, klanten of opdrachtgevers om duurzaamheid te bevorderen?",
      "Does your organisation use its influence on suppliers, customers or clients to promote sustainability?",
    ),
  ),
  choice(
    "int_action_plan",
    ["7.3.4", ["7.4", 0.5]],
    t("Hoe ver is het duurzaamheidsplan van uw organisatie?", "How far along is your organisation's sustainability plan?"),
    [
      ["none", 0, t("Er is (nog) geen plan", "There is no plan (yet)")],
      ["ideas", 1, t("We hebben een lijst met ideeën", "We have a list of ideas")],
      ["plan", 2, t("We hebben een plan met doelen en een verantwoordelijke per actie", "We have a plan with targets and someone responsible for each action")],
      ["tracking", 3, t("We voeren het plan uit en houden de voortgang bij", "We carry out the plan and track progress")],
      ["yearly", 4, t("We stellen het plan elk jaar bij met wat het opleverde", "We adjust the plan every year with what it achieved")],
    ],
    { evidence: t("Actieplan of duurzaamheidsagenda", "Action plan or sustainability agenda") },
  ),
  maturity(
    "int_staff_ideas",
    ["7.4"],
    t("Denken medewerkers mee over duurzaamheid in uw organisatie?", "Do employees contribute ideas on sustainability in your organisation?"),
    { visibleIf: EMPLOYEES },
  ),
  maturity(
    "int_tell_results",
    ["7.5"],
    t(
      "Vertelt uw organisatie klanten en anderen wat haar duurzaamheidsaanpak oplevert?",
      "Does your organisation tell customers and others what its sustainability approach achieves?",
    ),
  ),
  multiple(
    "int_credibility",
    ["7.6"],
    t("Hoe maakt uw organisatie haar duurzaamheidsaanpak geloofwaardig?", "How does your organisation make its sustainability approach credible?"),
    3,
    [
      ["label", 1, t("Met een keurmerk of certificaat", "With a label or certificate")],
      ["external_check", 1, t("Een ander controleert onze gegevens", "Someone else checks our data")],
      ["stakeholder_feedback", 1, t("We vragen klanten, buren of partners om een oordeel", "We ask customers, neighbours or partners for their view")],
      ["report", 1, t("We publiceren cijfers, ook als die tegenvallen", "We publish figures, also when they disappoint")],
    ],
  ),
  maturity(
    "int_review",
    ["7.7"],
    t(
      "Kijkt uw organisatie minstens één keer per jaar terug op wat haar duurzaamheidsaanpak opleverde?",
      "Does your organisation look back at least once a year on what its sustainability approach achieved?",
    ),
  ),
  yesNo(
    "int_other_initiatives",
    ["7.8"],
    t(
      "Doet uw organisatie naast het Koploperproject mee aan een ander vrijwillig initiatief, zoals een keurmerk of een afspraak in uw branche?",
      "Besides the Koploperproject, does your organisation take part in another voluntary initiative, such as a label or a sector agreement?",
    ),
    2,
  ),
  {
    ...PROFILE,
    required: false,
    key: "notes",
    type: "text",
    multiline: true,
    title: t("Wilt u nog iets kwijt over de aanpak van uw organisatie?", "Anything else you would like to say about your organisation's approach?"),
  },
];

const definition = (): Questionnaire => ({
  id: "koploper-scan",
  version: "2.0.0",
  defaultLocale: "nl",
  locales: ["nl", "en"],
  title: t("Koploper-scan maatschappelijk verantwoord ondernemen", "Koploper scan for corporate social responsibility"),
  introduction: t(
    "Deze scan volgt de richtlijn ISO 26000. Beantwoord de vragen zo eerlijk mogelijk: het gaat om waar uw organisatie nu staat. Weet u het antwoord niet, of past een vraag niet bij uw organisatie? Kies dan 'Weet ik niet' of 'Niet van toepassing'.",
    "This scan follows the ISO 26000 guidance. Answer as honestly as you can: it is about where your organisation stands today. If you do not know the answer, or a question does not fit your organisation, choose 'Don't know' or 'Not applicable'.",
  ),
  sections: [
    section("profile", t("Uw organisatie", "Your organisation"), profile()),
    section("principles", t("Principes", "Principles"), principles()),
    section("stakeholders", t("Invloed en betrokkenen", "Impacts and stakeholders"), stakeholders(), "5.3"),
    ...coreSubjectSections(),
    section("integration", t("Duurzaamheid in uw organisatie", "Sustainability in your organisation"), integration()),
  ],
});

/**
 * The Koploper scan (`koploper-scan@2.0.0`), the default scan: a complete ISO 26000 questionnaire
 * for small and medium-sized organisations (companies, municipalities, care institutions), in
 * Dutch and English. Every question asks one thing of "uw organisatie"; every question but a free
 * text has exactly one "Weet ik niet", the explicit unknown value. Sections: the organisation
 * profile, the principles (4.2-4.8), recognising social responsibility and stakeholders (5.2,
 * 5.3), the seven core subjects with at least one question on every one of the 37 issues, and
 * integration (7.2-7.8). Maturity questions use the 0-4 scale (0 not addressed ... 4 embedded,
 * improving and extended into the value chain). Labour questions show only for organisations
 * with employees. The first version stays available as {@link koploperScanV1}; keys the two
 * versions share ask the same thing. Deeply frozen.
 *
 * @see ISO 26000:2010 clauses 4, 5, 6 and 7
 *
 * @example
 * ```ts
 * import { koploperScan, questionnaireRef } from "koploper";
 *
 * questionnaireRef(koploperScan); //=> "koploper-scan@2.0.0"
 * koploperScan.sections.map((section) => section.key)[0]; //=> "profile"
 * ```
 */
export const koploperScan: Questionnaire = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ definition());
