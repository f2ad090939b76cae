import { deepFreeze, type Condition, type Question, type Questionnaire } from "./questionnaire-schema.js";

// The Koploper scan: the project's own wording, for the owner of a small company. Every issue of
// ISO 26000 clause 6 has at least one question; principles (4), recognising social responsibility
// and stakeholders (5) and integration (7) have their own sections. Written with every default
// filled in, so that importing it costs no parsing; a test checks that parseQuestionnaire returns
// it unchanged.

type Text = { readonly nl: string; readonly en: string };
type Input = Question;
type Measures = readonly (string | readonly [clause: string, weight: number])[];
interface Extra {
  readonly help?: Text;
  readonly evidence?: Text;
  readonly visibleIf?: Condition;
}

const t = (nl: string, en: string): Text => ({ nl, en });

/** The 0-4 maturity scale of the Koploper scan: the project's own (docs/iso26000.md, "The Koploper scan"). */
const scale = (): [Text, Text, Text, Text, Text] => [
  t("Niet opgepakt: we zijn hier (nog) niet mee bezig.", "Not addressed: we are not (yet) working on this."),
  t("Ad hoc: we doen wat de wet vraagt of pakken het af en toe op.", "Ad hoc: we do what the law asks or act on it now and then."),
  t(
    "Beleid en plan: we hebben afspraken of een plan op papier, en iemand is verantwoordelijk.",
    "Policy and plan: we have written agreements or a plan, and someone is responsible.",
  ),
  t("Ingevoerd en gemeten: we doen het en houden bij wat het oplevert.", "Implemented and measured: we do it and keep track of the results."),
  t(
    "Geborgd en in de keten: het hoort bij hoe we werken, we verbeteren elk jaar en betrekken leveranciers of klanten.",
    "Embedded and in the chain: it is part of how we work, we improve every year and involve suppliers or customers.",
  ),
];

const EMPLOYEES: Condition = { op: "equals", question: "has_employees", value: true };

function measures(list: Measures): { clause: string; weight: number }[] {
  return list.map((entry) => (typeof entry === "string" ? { clause: entry, weight: 1 } : { clause: entry[0], weight: entry[1] }));
}

function common(key: string, title: Text, list: Measures, extra: Extra) {
  return {
    key,
    title,
    measures: measures(list),
    required: true,
    allowNotApplicable: true,
    allowUnknown: true,
    ...(extra.help === undefined ? {} : { help: extra.help }),
    ...(extra.evidence === undefined ? {} : { evidencePrompt: extra.evidence }),
    ...(extra.visibleIf === undefined ? {} : { visibleIf: extra.visibleIf }),
  };
}

function maturity(key: string, list: Measures, title: Text, extra: Extra = {}): Input {
  return { ...common(key, title, list, extra), type: "maturity", levels: scale() };
}

function choice(key: string, list: Measures, title: Text, options: readonly [code: string, score: number, label: Text][], extra: Extra = {}): Input {
  return { ...common(key, title, list, extra), type: "single-choice", options: options.map(([code, score, label]) => ({ code, label, score })) };
}

function yesNo(key: string, list: Measures, title: Text, yes: number, extra: Extra = {}): Input {
  return { ...common(key, title, list, extra), type: "yes-no", scores: { yes, no: 0 } };
}

function multiple(key: string, list: Measures, title: Text, maxPoints: number, options: readonly [code: string, points: number, label: Text][], extra: Extra = {}): Input {
  return { ...common(key, title, list, extra), type: "multiple-choice", maxPoints, options: options.map(([code, points, label]) => ({ code, label, points })) };
}

/** The defaults of a profile question: required, no explicit states, measures nothing. */
const PROFILE: Pick<Question, "required" | "allowNotApplicable" | "allowUnknown" | "measures"> = { required: true, allowNotApplicable: false, allowUnknown: false, measures: [] };

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
    title: t("Hoeveel mensen werken er bij u, omgerekend naar fulltime banen (FTE), uzelf meegeteld?", "How many people work for you, in full-time equivalents (FTE), yourself included?"),
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
  maturity("pr_accountability", ["4.2"], t(
    "Neemt u verantwoordelijkheid voor de gevolgen van uw bedrijf voor mensen en milieu, en legt u daar verantwoording over af?",
    "Do you take responsibility for the effects of your business on people and the environment, and account for them?",
  )),
  choice("pr_transparency", ["4.3", ["7.5", 0.5]], t("Hoe open bent u over wat uw bedrijf doet en wat dat betekent voor mens en milieu?", "How open are you about what your business does and what it means for people and the environment?"), [
    ["nothing", 0, t("We vertellen er niets over", "We say nothing about it")],
    ["on_request", 1, t("Alleen als iemand ernaar vraagt", "Only when someone asks")],
    ["website", 2, t("We vertellen erover op onze website of in gesprekken", "We talk about it on our website or in meetings")],
    ["yearly", 3, t("We publiceren elk jaar wat we doen en bereiken", "We publish every year what we do and achieve")],
    ["verified", 4, t("Ons jaarlijkse verhaal wordt door een ander gecontroleerd", "Our yearly account is checked by someone else")],
  ], { evidence: t("Website, jaarverslag of MVO-verslag", "Website, annual report or CSR report") }),
  maturity("pr_ethics", ["4.4"], t(
    "Zijn er duidelijke waarden of gedragsregels die iedereen in uw bedrijf kent en volgt?",
    "Are there clear values or rules of conduct that everyone in your business knows and follows?",
  ), { evidence: t("Gedragscode of huisregels", "Code of conduct or house rules") }),
  maturity("pr_stakeholder_interests", ["4.5"], t(
    "Houdt u bij beslissingen rekening met de belangen van klanten, medewerkers, buren en leveranciers?",
    "When you decide, do you take the interests of customers, employees, neighbours and suppliers into account?",
  )),
  choice("pr_rule_of_law", ["4.6"], t("Weet u aan welke wetten en vergunningen uw bedrijf moet voldoen, en houdt u dat bij?", "Do you know which laws and permits apply to your business, and do you keep track?"), [
    ["not_sure", 0, t("Dat weet ik niet precies", "I am not sure")],
    ["mostly", 1, t("Grotendeels, het zit in mijn hoofd", "Mostly, I keep it in my head")],
    ["overview", 2, t("We hebben een overzicht van wetten en vergunningen", "We have an overview of laws and permits")],
    ["checked", 3, t("We controleren regelmatig of we eraan voldoen", "We regularly check that we comply")],
    ["audited", 4, t("Een ander toetst het ook, bijvoorbeeld bij een certificering", "Someone else checks it too, for example for a certification")],
  ], { evidence: t("Overzicht van vergunningen en wettelijke eisen", "Overview of permits and legal requirements") }),
  maturity("pr_international_norms", ["4.7"], t(
    "Volgt u internationale afspraken (zoals de OESO-richtlijnen) ook waar de wet in een land minder streng is?",
    "Do you follow international norms (such as the OECD Guidelines) also where a country's law is less strict?",
  ), { help: t("Vooral van belang als u in het buitenland inkoopt of verkoopt.", "Mainly relevant if you buy or sell abroad.") }),
  maturity("pr_human_rights", ["4.8"], t("Respecteert u mensenrechten, en spreekt u dat ook uit?", "Do you respect human rights, and do you say so?")),
];

const stakeholders = (): Input[] => [
  maturity("sh_recognise", ["5.2"], t(
    "Weet u op welke onderwerpen uw bedrijf invloed heeft op mens, milieu en omgeving, en wat de samenleving van u verwacht?",
    "Do you know where your business affects people, the environment and its surroundings, and what society expects of you?",
  )),
  yesNo("sh_identify", ["5.3"], t(
    "Heeft u op een rij wie uw belangrijkste stakeholders zijn (medewerkers, klanten, leveranciers, buren, gemeente)?",
    "Have you listed who your main stakeholders are (employees, customers, suppliers, neighbours, municipality)?",
  ), 2, { evidence: t("Lijst of schema van stakeholders", "List or map of stakeholders") }),
  choice("sh_engage", ["5.3", ["4.5", 0.5]], t("Hoe betrekt u deze stakeholders bij uw bedrijf?", "How do you involve these stakeholders in your business?"), [
    ["not", 0, t("Niet", "Not at all")],
    ["informal", 1, t("Alleen in toevallige, informele gesprekken", "Only in chance, informal conversations")],
    ["sometimes", 2, t("We vragen af en toe bewust hun mening", "We ask their opinion on purpose now and then")],
    ["structured", 3, t("We vragen regelmatig hun mening en doen er iets mee", "We ask their opinion regularly and act on it")],
    ["partners", 4, t("We werken met hen samen aan verbeteringen en laten zien wat we met hun inbreng deden", "We work with them on improvements and show what we did with their input")],
  ], { visibleIf: { op: "equals", question: "sh_identify", value: true }, evidence: t("Verslag van een gesprek of enquête", "Notes of a meeting or survey") }),
];

const governance = (): Input[] => [
  maturity("gov_decisions", ["6.2.3"], t(
    "Weegt u bij belangrijke besluiten de gevolgen voor mensen, milieu en omgeving mee?",
    "When you make important decisions, do you weigh the effects on people, the environment and your surroundings?",
  ), { evidence: t("Notulen of een besluitenlijst", "Minutes or a decision log") }),
  yesNo("gov_responsible", [["6.2.3", 0.5], "7.4"], t(
    "Is er iemand in uw bedrijf verantwoordelijk voor maatschappelijk verantwoord ondernemen (MVO)?",
    "Is someone in your business responsible for corporate social responsibility (CSR)?",
  ), 2),
];

const humanRights = (): Input[] => [
  maturity("hr_due_diligence", ["6.3.3", ["7.3.1", 0.5]], t(
    "Gaat u na waar uw bedrijf of uw leveranciers mensenrechten kunnen schaden, en doet u daar iets mee?",
    "Do you check where your business or your suppliers could harm human rights, and do you act on it?",
  ), { evidence: t("Risicoanalyse of lijst van leveranciers met hun risico's", "Risk analysis or list of suppliers with their risks") }),
  choice("hr_risk_situations", ["6.3.4"], t(
    "Doet u zaken in landen of sectoren met een bekend risico op bijvoorbeeld kinderarbeid of uitbuiting?",
    "Do you do business in countries or sectors with a known risk of, for example, child labour or exploitation?",
  ), [
    ["dont_know", 0, t("Dat weet ik niet", "I don't know")],
    ["yes_no_action", 1, t("Ja, maar we doen er nog niets mee", "Yes, but we do nothing about it yet")],
    ["checked_none", 3, t("We hebben het nagezocht: dat doen we niet", "We have checked: we do not")],
    ["requirements", 3, t("Ja, en we stellen eisen aan die leveranciers", "Yes, and we set requirements for those suppliers")],
    ["monitored", 4, t("Ja, en we controleren die leveranciers en werken met ze aan verbetering", "Yes, and we check those suppliers and work with them on improvements")],
  ]),
  maturity("hr_complicity", ["6.3.5"], t(
    "Let u erop dat u niet (indirect) meewerkt aan misstanden, bijvoorbeeld door zaken te doen met een partij die mensen uitbuit?",
    "Do you make sure you do not (indirectly) take part in abuses, for example by doing business with a party that exploits people?",
  )),
  maturity("hr_grievances", ["6.3.6"], t(
    "Kunnen medewerkers, klanten en buren bij u terecht met een klacht of zorg, en weten ze hoe?",
    "Can employees, customers and neighbours come to you with a complaint or concern, and do they know how?",
  ), { evidence: t("Klachtenregeling of vertrouwenspersoon", "Complaints procedure or confidential adviser") }),
  maturity("hr_discrimination", ["6.3.7"], t(
    "Behandelt u iedereen gelijk bij werving, beloning en in de omgang, en staat u open voor mensen die kwetsbaar zijn?",
    "Do you treat everyone equally in hiring, pay and daily contact, and are you open to people in a vulnerable position?",
  )),
  maturity("hr_civil_rights", ["6.3.8"], t(
    "Respecteert u de privacy en de vrije mening van medewerkers, ook als zij lid zijn van een vakbond of partij?",
    "Do you respect the privacy and free opinion of employees, also when they belong to a trade union or party?",
  )),
  maturity("hr_economic_social_rights", ["6.3.9"], t(
    "Draagt u bij aan een fatsoenlijk bestaan (inkomen, huisvesting, gezondheid) van de mensen die voor u werken, ook bij leveranciers?",
    "Do you contribute to a decent living (income, housing, health) for the people who work for you, also at suppliers?",
  )),
  choice("hr_rights_at_work", ["6.3.10", ["4.8", 0.5]], t(
    "Hoe zeker weet u dat er in uw bedrijf en bij uw leveranciers geen kinderarbeid, dwangarbeid of discriminatie voorkomt?",
    "How sure are you that there is no child labour, forced labour or discrimination in your business and at your suppliers?",
  ), [
    ["not_checked", 0, t("Daar heb ik niet naar gekeken", "I have not looked into it")],
    ["own_business", 1, t("In ons eigen bedrijf wel, bij leveranciers niet", "In our own business yes, at suppliers no")],
    ["code", 2, t("Onze leveranciers hebben een gedragscode getekend", "Our suppliers have signed a code of conduct")],
    ["verified", 3, t("We controleren het, bijvoorbeeld met audits of keurmerken", "We check it, for example through audits or labels")],
    ["improving", 4, t("We controleren het en helpen leveranciers verbeteren", "We check it and help suppliers improve")],
  ]),
];

const labour = (): Input[] => [
  maturity("lab_employment", ["6.4.3"], t(
    "Biedt u medewerkers goede contracten en zekerheid, en behandelt u uitzendkrachten en zzp'ers eerlijk?",
    "Do you offer employees good contracts and security, and do you treat temporary staff and freelancers fairly?",
  ), { visibleIf: EMPLOYEES }),
  maturity("lab_conditions", ["6.4.4"], t(
    "Zijn loon, werktijden, verlof en sociale zekerheid goed geregeld, minstens volgens de wet en de cao?",
    "Are pay, working hours, leave and social security well arranged, at least as the law and the collective agreement require?",
  ), { visibleIf: EMPLOYEES }),
  choice("lab_dialogue", ["6.4.5"], t("Hoe overlegt u met uw medewerkers over het werk en het bedrijf?", "How do you consult your employees about the work and the business?"), [
    ["none", 0, t("Niet", "Not at all")],
    ["informal", 1, t("Informeel, als het zo uitkomt", "Informally, when it happens")],
    ["meetings", 2, t("In vast werkoverleg", "In regular team meetings")],
    ["agreements", 3, t("In vast overleg, met afspraken die we nakomen (en een personeelsvertegenwoordiging of OR als die er is)", "In regular meetings, with agreements we keep (and staff representation or a works council if there is one)")],
    ["co_create", 4, t("Medewerkers denken mee over de koers en het MVO-beleid", "Employees help shape our direction and CSR policy")],
  ], { visibleIf: EMPLOYEES }),
  maturity("lab_health_safety", ["6.4.6"], t(
    "Zorgt u voor gezond en veilig werk, en leert u van ongelukken en bijna-ongelukken?",
    "Do you provide healthy and safe work, and do you learn from accidents and near misses?",
  ), { visibleIf: EMPLOYEES, evidence: t("Registratie van ongevallen en verzuim", "Records of accidents and absence") }),
  yesNo("lab_risk_assessment", ["6.4.6", ["4.6", 0.5]], t(
    "Heeft u een actuele RI&E (risico-inventarisatie en -evaluatie) met een plan van aanpak?",
    "Do you have an up-to-date RI&E (risk inventory and evaluation) with an action plan?",
  ), 3, {
    visibleIf: EMPLOYEES,
    help: t("Elke werkgever in Nederland is verplicht een RI&E te hebben.", "Every employer in the Netherlands must have an RI&E."),
    evidence: t("RI&E en plan van aanpak, met datum", "RI&E and action plan, dated"),
  }),
  maturity("lab_training", ["6.4.7"], t(
    "Krijgen medewerkers de kans om te leren en zich te ontwikkelen, bijvoorbeeld met opleidingen en ontwikkelgesprekken?",
    "Do employees get the chance to learn and grow, for example through training and development talks?",
  ), { visibleIf: EMPLOYEES }),
];

const environment = (): Input[] => [
  maturity("env_pollution", ["6.5.3"], t(
    "Voorkomt u vervuiling van lucht, water en bodem, en beperkt en scheidt u uw afval?",
    "Do you prevent pollution of air, water and soil, and do you reduce and separate your waste?",
  ), { evidence: t("Afvalcontracten en -cijfers, vergunningen", "Waste contracts and figures, permits") }),
  multiple("env_resources", ["6.5.4", ["6.5.5", 0.5]], t(
    "Welke van deze maatregelen neemt u al om zuinig te zijn met energie, water en materialen?",
    "Which of these measures do you already take to save energy, water and materials?",
  ), 6, [
    ["led", 1, t("LED-verlichting", "LED lighting")],
    ["insulation", 1, t("Isolatie of zuinige verwarming", "Insulation or efficient heating")],
    ["green_power", 1, t("Groene stroom", "Green electricity")],
    ["solar", 1, t("Eigen zonnepanelen", "Own solar panels")],
    ["water", 1, t("Water besparen", "Saving water")],
    ["recycled", 1, t("Gerecyclede of hernieuwbare materialen", "Recycled or renewable materials")],
    ["repair", 1, t("Repareren en hergebruiken", "Repair and reuse")],
    ["monitoring", 1, t("We houden ons verbruik bij", "We track our consumption")],
  ], { evidence: t("Energierekeningen, Milieubarometer", "Energy bills, Milieubarometer") }),
  maturity("env_climate", ["6.5.5"], t(
    "Kent u uw CO2-uitstoot (bijvoorbeeld met de Milieubarometer) en werkt u aan minder uitstoot en aan aanpassing aan het klimaat (hitte, wateroverlast)?",
    "Do you know your CO2 emissions (for example through the Milieubarometer), and do you work on reducing them and on adapting to the climate (heat, flooding)?",
  ), { evidence: t("CO2-voetafdruk en reductiedoelen", "CO2 footprint and reduction targets") }),
  maturity("env_biodiversity", ["6.5.6"], t(
    "Houdt u rekening met natuur, bijvoorbeeld met een groen terrein, minder verharding of inkoop die de natuur niet schaadt?",
    "Do you take nature into account, for example with green grounds, less paving or purchasing that does not harm nature?",
  )),
];

const fairOperating = (): Input[] => [
  choice("fair_corruption", ["6.6.3", ["4.4", 0.5]], t("Heeft u afspraken over omkoping, smeergeld en (te dure) geschenken?", "Do you have rules on bribery, kickbacks and (too expensive) gifts?"), [
    ["none", 0, t("Nee", "No")],
    ["unwritten", 1, t("Ja, maar niet op papier", "Yes, but not in writing")],
    ["written", 2, t("Ja, op papier, bijvoorbeeld in een gedragscode", "Yes, in writing, for example in a code of conduct")],
    ["practised", 3, t("Ja, besproken met medewerkers en we houden ons eraan", "Yes, discussed with employees and we keep to them")],
    ["partners", 4, t("Ja, en ook met zakenpartners afgesproken", "Yes, and agreed with business partners too")],
  ]),
  yesNo("fair_political", ["6.6.4", ["4.3", 0.5]], t(
    "Als u invloed uitoefent op politiek of overheid (bijvoorbeeld via een branchevereniging), doet u dat dan open en eerlijk?",
    "If you try to influence politics or government (for example through a trade association), do you do so openly and honestly?",
  ), 3, { help: t("Oefent u geen invloed uit? Kies dan 'niet van toepassing'.", "No such influence? Then choose 'not applicable'.") }),
  maturity("fair_competition", ["6.6.5"], t(
    "Concurreert u eerlijk: geen prijsafspraken met concurrenten en geen misleidende vergelijkingen?",
    "Do you compete fairly: no price-fixing with competitors and no misleading comparisons?",
  )),
  maturity("fair_value_chain", ["6.6.6", ["7.3.3", 0.5]], t(
    "Stimuleert u leveranciers en zakenpartners om ook duurzaam en sociaal te werken, bijvoorbeeld via uw inkoopvoorwaarden, en betaalt u hen op tijd?",
    "Do you encourage suppliers and business partners to work sustainably and socially too, for example through your purchasing terms, and do you pay them on time?",
  ), { evidence: t("Inkoopvoorwaarden of leveranciersbeoordeling", "Purchasing terms or supplier assessment") }),
  maturity("fair_property", ["6.6.7"], t(
    "Gebruikt u alleen software, beelden en ontwerpen waarvoor u rechten of licenties heeft, en respecteert u eigendom van anderen?",
    "Do you only use software, images and designs you hold rights or licences for, and do you respect the property of others?",
  )),
];

const consumers = (): Input[] => [
  maturity("cons_marketing", ["6.7.3"], t(
    "Is uw reclame eerlijk en duidelijk, met juiste informatie over prijs en product, en zijn uw voorwaarden begrijpelijk en redelijk?",
    "Is your advertising fair and clear, with correct information on price and product, and are your terms understandable and reasonable?",
  )),
  maturity("cons_safety", ["6.7.4"], t(
    "Zorgt u dat uw producten of diensten veilig en gezond zijn voor wie ze gebruikt?",
    "Do you make sure your products or services are safe and healthy for those who use them?",
  )),
  maturity("cons_sustainable", ["6.7.5"], t(
    "Helpt u klanten duurzamer te kiezen, bijvoorbeeld met een duurzaam alternatief of advies over zuinig gebruik?",
    "Do you help customers choose more sustainably, for example with a sustainable alternative or advice on economical use?",
  )),
  yesNo("cons_product_life", [["6.7.5", 0.5], ["6.7.9", 0.5]], t(
    "Vertelt u klanten hoe ze uw producten lang kunnen gebruiken, laten repareren of kunnen recyclen?",
    "Do you tell customers how to use your products for a long time, have them repaired or recycle them?",
  ), 3, { visibleIf: { op: "in", question: "offering", values: ["products", "both"] } }),
  choice("cons_service", ["6.7.6"], t("Hoe gaat u om met vragen, klachten en geschillen van klanten?", "How do you handle customer questions, complaints and disputes?"), [
    ["none", 0, t("Daar hebben we niets voor geregeld", "We have nothing in place for that")],
    ["case_by_case", 1, t("We lossen het per geval op", "We solve them case by case")],
    ["procedure", 2, t("We hebben een vaste werkwijze of klachtenregeling", "We have a set procedure or complaints policy")],
    ["registered", 3, t("We registreren klachten en kijken wat we ervan leren", "We record complaints and look at what we learn from them")],
    ["improving", 4, t("We verbeteren aantoonbaar op basis van klachten en laten klanten dat weten", "We demonstrably improve based on complaints and tell customers so")],
  ], { evidence: t("Klachtenregistratie", "Complaints log") }),
  choice("cons_privacy", ["6.7.7", ["4.6", 0.5]], t("Hoe beschermt u de gegevens van uw klanten (AVG)?", "How do you protect your customers' data (GDPR)?"), [
    ["nothing", 0, t("Daar hebben we niets voor geregeld", "We have nothing in place for that")],
    ["basic", 1, t("Het basale: wachtwoorden en back-ups", "The basics: passwords and backups")],
    ["register", 2, t("We hebben een privacyverklaring en een verwerkingsregister", "We have a privacy statement and a record of processing")],
    ["secured", 3, t("Ook afspraken met verwerkers, en we testen onze beveiliging", "Also agreements with processors, and we test our security")],
    ["reviewed", 4, t("We kijken het elk jaar na, ook bij onze leveranciers", "We review it every year, including at our suppliers")],
  ], { evidence: t("Privacyverklaring en verwerkingsregister", "Privacy statement and record of processing") }),
  maturity("cons_access", ["6.7.8"], t(
    "Kunnen ook mensen met weinig geld, een beperking of moeite met lezen gebruikmaken van uw producten of diensten?",
    "Can people with little money, a disability or difficulty reading also use your products or services?",
  ), { help: t("Vooral van belang als u basisvoorzieningen levert, zoals energie, water, zorg of vervoer.", "Mainly relevant if you provide essential services, such as energy, water, care or transport.") }),
  maturity("cons_education", ["6.7.9"], t(
    "Geeft u klanten uitleg over veilig, gezond en duurzaam gebruik van uw producten of diensten?",
    "Do you explain to customers how to use your products or services safely, healthily and sustainably?",
  )),
];

const community = (): Input[] => [
  maturity("com_involvement", ["6.8.3"], t(
    "Bent u betrokken bij uw buurt of gemeente, bijvoorbeeld in overleg met buren, een ondernemersvereniging of lokale projecten?",
    "Are you involved in your neighbourhood or municipality, for example through talks with neighbours, a business association or local projects?",
  )),
  maturity("com_education_culture", ["6.8.4"], t(
    "Steunt u onderwijs of cultuur in de regio, bijvoorbeeld met gastlessen, rondleidingen of sponsoring?",
    "Do you support education or culture in the region, for example with guest lessons, tours or sponsorship?",
  )),
  choice("com_jobs_skills", ["6.8.5"], t(
    "Biedt u leer- of werkplekken aan mensen die dat nodig hebben (stagiairs, leerlingen, mensen met een afstand tot de arbeidsmarkt)?",
    "Do you offer learning or work places to people who need them (interns, apprentices, people distanced from the labour market)?",
  ), [
    ["none", 0, t("Nee", "No")],
    ["occasionally", 1, t("Af en toe", "Now and then")],
    ["regular", 2, t("Regelmatig", "Regularly")],
    ["structural", 3, t("Structureel, met goede begeleiding", "Structurally, with good supervision")],
    ["partnership", 4, t("Samen met school, gemeente of sociaal werkbedrijf, en mensen stromen door", "Together with a school, municipality or sheltered employer, and people move on to jobs")],
  ]),
  maturity("com_technology", ["6.8.6"], t(
    "Deelt u kennis of technologie met anderen in de regio, of helpt u mensen met nieuwe technologie om te gaan?",
    "Do you share knowledge or technology with others in the region, or help people deal with new technology?",
  )),
  maturity("com_wealth", ["6.8.7"], t(
    "Koopt u waar het kan in de regio in, en betaalt u uw belastingen eerlijk en op tijd?",
    "Do you buy locally where you can, and do you pay your taxes fairly and on time?",
  )),
  maturity("com_health", ["6.8.8"], t(
    "Draagt u bij aan de gezondheid van mensen in uw omgeving, bijvoorbeeld door overlast (geluid, stof, verkeer) te beperken?",
    "Do you contribute to the health of people around you, for example by limiting nuisance (noise, dust, traffic)?",
  )),
  multiple("com_social_investment", ["6.8.9"], t("Hoe draagt u bij aan maatschappelijke doelen?", "How do you contribute to social causes?"), 4, [
    ["donations", 1, t("We doneren geld", "We donate money")],
    ["in_kind", 1, t("We geven producten of diensten weg", "We give away products or services")],
    ["volunteering", 1, t("Medewerkers doen vrijwilligerswerk in werktijd", "Employees volunteer during working hours")],
    ["partnership", 2, t("We hebben een langlopende samenwerking met een lokale organisatie", "We have a long-term partnership with a local organisation")],
    ["measured", 1, t("We houden bij wat onze bijdrage oplevert", "We track what our contribution achieves")],
  ]),
];

const integration = (): Input[] => [
  maturity("int_characteristics", ["7.2"], t(
    "Weet u hoe de kenmerken van uw bedrijf (sector, omvang, waar u werkt) bepalen welke MVO-onderwerpen voor u spelen?",
    "Do you know how the characteristics of your business (sector, size, where you work) decide which CSR topics matter to you?",
  )),
  maturity("int_risks", ["7.3.1"], t(
    "Brengt u regelmatig in kaart welke nadelige gevolgen uw bedrijf kan hebben voor mens en milieu, en hoe u die voorkomt?",
    "Do you regularly map which negative effects your business could have on people and the environment, and how you prevent them?",
  )),
  maturity("int_relevance", ["7.3.2"], t(
    "Heeft u bepaald welke MVO-onderwerpen voor uw bedrijf het belangrijkst zijn, en waarom?",
    "Have you decided which CSR topics matter most for your business, and why?",
  ), { evidence: t("Overzicht van belangrijke onderwerpen met onderbouwing", "Overview of important topics with reasons") }),
  maturity("int_influence", ["7.3.3"], t(
    "Gebruikt u uw invloed op leveranciers, klanten of opdrachtgevers om duurzaamheid te bevorderen?",
    "Do you use your influence on suppliers, customers or clients to promote sustainability?",
  )),
  yesNo("int_priorities", ["7.3.4", ["7.4", 0.5]], t(
    "Heeft u een actieplan met prioriteiten, doelen en een verantwoordelijke per actie?",
    "Do you have an action plan with priorities, targets and someone responsible for each action?",
  ), 3, { evidence: t("Actieplan of duurzaamheidsagenda", "Action plan or sustainability agenda") }),
  maturity("int_awareness", ["7.4"], t(
    "Weten uw medewerkers wat uw bedrijf aan MVO doet, en denken zij mee?",
    "Do your employees know what your business does on CSR, and do they contribute ideas?",
  )),
  maturity("int_communication", ["7.5"], t(
    "Vertelt u klanten en anderen over uw MVO-aanpak en resultaten, eerlijk en zonder te overdrijven?",
    "Do you tell customers and others about your CSR approach and results, honestly and without exaggerating?",
  )),
  multiple("int_credibility", ["7.6"], t("Hoe maakt u uw MVO-aanpak geloofwaardig?", "How do you make your CSR approach credible?"), 3, [
    ["label", 1, t("Met een keurmerk of certificaat", "With a label or certificate")],
    ["external_check", 1, t("Een ander controleert onze gegevens", "Someone else checks our data")],
    ["stakeholder_feedback", 1, t("We vragen stakeholders om een oordeel", "We ask stakeholders for their view")],
    ["report", 1, t("We publiceren cijfers, ook als die tegenvallen", "We publish figures, also when they disappoint")],
  ]),
  maturity("int_review", ["7.7"], t(
    "Kijkt u minstens één keer per jaar terug op uw MVO-resultaten en stelt u uw plannen bij?",
    "Do you look back on your CSR results at least once a year and adjust your plans?",
  )),
  yesNo("int_initiatives", ["7.8"], t(
    "Doet u mee aan een vrijwillig initiatief, zoals een keurmerk, een branche-afspraak of het Koploperproject?",
    "Do you take part in a voluntary initiative, such as a label, a sector agreement or the Koploperproject?",
  ), 2),
  { ...PROFILE, required: false, key: "notes", type: "text", multiline: true, title: t("Wilt u nog iets kwijt over uw aanpak?", "Anything else you would like to say about your approach?") },
];

function section(key: string, title: Text, questions: Input[], clause?: string) {
  return { key, title, questions, ...(clause === undefined ? {} : { clause }) };
}

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
    section("governance", t("Behoorlijk bestuur", "Organizational governance"), governance(), "6.2"),
    section("human_rights", t("Mensenrechten", "Human rights"), humanRights(), "6.3"),
    section("labour", t("Arbeidspraktijken", "Labour practices"), labour(), "6.4"),
    section("environment", t("Milieu", "The environment"), environment(), "6.5"),
    section("fair_operating", t("Eerlijk zakendoen", "Fair operating practices"), fairOperating(), "6.6"),
    section("consumers", t("Consumentenaangelegenheden", "Consumer issues"), consumers(), "6.7"),
    section("community", t("Betrokkenheid bij en ontwikkeling van de gemeenschap", "Community involvement and development"), community(), "6.8"),
    section("integration", t("MVO in uw organisatie", "Integrating CSR in your organisation"), integration()),
  ],
});

/**
 * The Koploper scan (`koploper-scan@1.0.0`): a complete ISO 26000 questionnaire for small and
 * medium-sized companies, in Dutch and English. Sections: the organisation profile (sector, size,
 * employees, products or services, market, purchasing outside the EU), the principles (4.2-4.8),
 * recognising social responsibility and stakeholders (5.2, 5.3), the seven core subjects with at
 * least one question on every one of the 37 issues, and integration (7.2-7.8). Maturity questions
 * use the 0-4 scale (0 not addressed ... 4 embedded, improving and extended into the value chain).
 * Labour questions show only for companies with employees. Deeply frozen.
 *
 * @see ISO 26000:2010 clauses 4, 5, 6 and 7
 *
 * @example
 * ```ts
 * import { koploperScan } from "koploper";
 *
 * koploperScan.sections.map((section) => section.key)[0]; //=> "profile"
 * ```
 */
export const koploperScan: Questionnaire = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ definition());
