import { EMPLOYEES, choice, maturity, multiple, section, t, yesNo, type Input } from "./scan-builders.js";

// The Koploper scan 1.0.0 as published, part 2: the sections of the seven core subjects (ISO 26000
// clause 6). koploper-scan-1.ts has the rest. Never edit: a published questionnaire is immutable.

const governance = (): Input[] => [
  maturity(
    "gov_decisions",
    ["6.2.3"],
    t(
      "Weegt u bij belangrijke besluiten de gevolgen voor mensen, milieu en omgeving mee?",
      "When you make important decisions, do you weigh the effects on people, the environment and your surroundings?",
    ),
    { evidence: t("Notulen of een besluitenlijst", "Minutes or a decision log") },
  ),
  yesNo(
    "gov_responsible",
    [["6.2.3", 0.5], "7.4"],
    t(
      "Is er iemand in uw bedrijf verantwoordelijk voor maatschappelijk verantwoord ondernemen (MVO)?",
      "Is someone in your business responsible for corporate social responsibility (CSR)?",
    ),
    2,
  ),
];

const humanRights = (): Input[] => [
  maturity(
    "hr_due_diligence",
    ["6.3.3", ["7.3.1", 0.5]],
    t(
      "Gaat u na waar uw bedrijf of uw leveranciers mensenrechten kunnen schaden, en doet u daar iets mee?",
      "Do you check where your business or your suppliers could harm human rights, and do you act on it?",
    ),
    { evidence: t("Risicoanalyse of lijst van leveranciers met hun risico's", "Risk analysis or list of suppliers with their risks") },
  ),
  choice(
    "hr_risk_situations",
    ["6.3.4"],
    t(
      "Doet u zaken in landen of sectoren met een bekend risico op bijvoorbeeld kinderarbeid of uitbuiting?",
      "Do you do business in countries or sectors with a known risk of, for example, child labour or exploitation?",
    ),
    [
      ["dont_know", 0, t("Dat weet ik niet", "I don't know")],
      ["yes_no_action", 1, t("Ja, maar we doen er nog niets mee", "Yes, but we do nothing about it yet")],
      ["checked_none", 3, t("We hebben het nagezocht: dat doen we niet", "We have checked: we do not")],
      ["requirements", 3, t("Ja, en we stellen eisen aan die leveranciers", "Yes, and we set requirements for those suppliers")],
      [
        "monitored",
        4,
        t("Ja, en we controleren die leveranciers en werken met ze aan verbetering", "Yes, and we check those suppliers and work with them on improvements"),
      ],
    ],
  ),
  maturity(
    "hr_complicity",
    ["6.3.5"],
    t(
      "Let u erop dat u niet (indirect) meewerkt aan misstanden, bijvoorbeeld door zaken te doen met een partij die mensen uitbuit?",
      "Do you make sure you do not (indirectly) take part in abuses, for example by doing business with a party that exploits people?",
    ),
  ),
  maturity(
    "hr_grievances",
    ["6.3.6"],
    t(
      "Kunnen medewerkers, klanten en buren bij u terecht met een klacht of zorg, en weten ze hoe?",
      "Can employees, customers and neighbours come to you with a complaint or concern, and do they know how?",
    ),
    { evidence: t("Klachtenregeling of vertrouwenspersoon", "Complaints procedure or confidential adviser") },
  ),
  maturity(
    "hr_discrimination",
    ["6.3.7"],
    t(
      "Behandelt u iedereen gelijk bij werving, beloning en in de omgang, en staat u open voor mensen die kwetsbaar zijn?",
      "Do you treat everyone equally in hiring, pay and daily contact, and are you open to people in a vulnerable position?",
    ),
  ),
  maturity(
    "hr_civil_rights",
    ["6.3.8"],
    t(
      "Respecteert u de privacy en de vrije mening van medewerkers, ook als zij lid zijn van een vakbond of partij?",
      "Do you respect the privacy and free opinion of employees, also when they belong to a trade union or party?",
    ),
  ),
  maturity(
    "hr_economic_social_rights",
    ["6.3.9"],
    t(
      "Draagt u bij aan een fatsoenlijk bestaan (inkomen, huisvesting, gezondheid) van de mensen die voor u werken, ook bij leveranciers?",
      "Do you contribute to a decent living (income, housing, health) for the people who work for you, also at suppliers?",
    ),
  ),
  choice(
    "hr_rights_at_work",
    ["6.3.10", ["4.8", 0.5]],
    t(
      "Hoe zeker weet u dat er in uw bedrijf en bij uw leveranciers geen kinderarbeid, dwangarbeid of discriminatie voorkomt?",
      "How sure are you that there is no child labour, forced labour or discrimination in your business and at your suppliers?",
    ),
    [
      ["not_checked", 0, t("Daar heb ik niet naar gekeken", "I have not looked into it")],
      ["own_business", 1, t("In ons eigen bedrijf wel, bij leveranciers niet", "In our own business yes, at suppliers no")],
      ["code", 2, t("Onze leveranciers hebben een gedragscode getekend", "Our suppliers have signed a code of conduct")],
      ["verified", 3, t("We controleren het, bijvoorbeeld met audits of keurmerken", "We check it, for example through audits or labels")],
      ["improving", 4, t("We controleren het en helpen leveranciers verbeteren", "We check it and help suppliers improve")],
    ],
  ),
];

const labour = (): Input[] => [
  maturity(
    "lab_employment",
    ["6.4.3"],
    t(
      "Biedt u medewerkers goede contracten en zekerheid, en behandelt u uitzendkrachten en zzp'ers eerlijk?",
      "Do you offer employees good contracts and security, and do you treat temporary staff and freelancers fairly?",
    ),
    { visibleIf: EMPLOYEES },
  ),
  maturity(
    "lab_conditions",
    ["6.4.4"],
    t(
      "Zijn loon, werktijden, verlof en sociale zekerheid goed geregeld, minstens volgens de wet en de cao?",
      "Are pay, working hours, leave and social security well arranged, at least as the law and the collective agreement require?",
    ),
    { visibleIf: EMPLOYEES },
  ),
  choice(
    "lab_dialogue",
    ["6.4.5"],
    t("Hoe overlegt u met uw medewerkers over het werk en het bedrijf?", "How do you consult your employees about the work and the business?"),
    [
      ["none", 0, t("Niet", "Not at all")],
      ["informal", 1, t("Informeel, als het zo uitkomt", "Informally, when it happens")],
      ["meetings", 2, t("In vast werkoverleg", "In regular team meetings")],
      [
        "agreements",
        3,
        t(
          "In vast overleg, met afspraken die we nakomen (en een personeelsvertegenwoordiging of OR als die er is)",
          "In regular meetings, with agreements we keep (and staff representation or a works council if there is one)",
        ),
      ],
      ["co_create", 4, t("Medewerkers denken mee over de koers en het MVO-beleid", "Employees help shape our direction and CSR policy")],
    ],
    { visibleIf: EMPLOYEES },
  ),
  maturity(
    "lab_health_safety",
    ["6.4.6"],
    t(
      "Zorgt u voor gezond en veilig werk, en leert u van ongelukken en bijna-ongelukken?",
      "Do you provide healthy and safe work, and do you learn from accidents and near misses?",
    ),
    { visibleIf: EMPLOYEES, evidence: t("Registratie van ongevallen en verzuim", "Records of accidents and absence") },
  ),
  yesNo(
    "lab_risk_assessment",
    ["6.4.6", ["4.6", 0.5]],
    t(
      "Heeft u een actuele RI&E (risico-inventarisatie en -evaluatie) met een plan van aanpak?",
      "Do you have an up-to-date RI&E (risk inventory and evaluation) with an action plan?",
    ),
    3,
    {
      visibleIf: EMPLOYEES,
      help: t("Elke werkgever in Nederland is verplicht een RI&E te hebben.", "Every employer in the Netherlands must have an RI&E."),
      evidence: t("RI&E en plan van aanpak, met datum", "RI&E and action plan, dated"),
    },
  ),
  maturity(
    "lab_training",
    ["6.4.7"],
    t(
      "Krijgen medewerkers de kans om te leren en zich te ontwikkelen, bijvoorbeeld met opleidingen en ontwikkelgesprekken?",
      "Do employees get the chance to learn and grow, for example through training and development talks?",
    ),
    { visibleIf: EMPLOYEES },
  ),
];

const environment = (): Input[] => [
  maturity(
    "env_pollution",
    ["6.5.3"],
    t(
      "Voorkomt u vervuiling van lucht, water en bodem, en beperkt en scheidt u uw afval?",
      "Do you prevent pollution of air, water and soil, and do you reduce and separate your waste?",
    ),
    { evidence: t("Afvalcontracten en -cijfers, vergunningen", "Waste contracts and figures, permits") },
  ),
  multiple(
    "env_resources",
    ["6.5.4", ["6.5.5", 0.5]],
    t(
      "Welke van deze maatregelen neemt u al om zuinig te zijn met energie, water en materialen?",
      "Which of these measures do you already take to save energy, water and materials?",
    ),
    6,
    [
      ["led", 1, t("LED-verlichting", "LED lighting")],
      ["insulation", 1, t("Isolatie of zuinige verwarming", "Insulation or efficient heating")],
      ["green_power", 1, t("Groene stroom", "Green electricity")],
      ["solar", 1, t("Eigen zonnepanelen", "Own solar panels")],
      ["water", 1, t("Water besparen", "Saving water")],
      ["recycled", 1, t("Gerecyclede of hernieuwbare materialen", "Recycled or renewable materials")],
      ["repair", 1, t("Repareren en hergebruiken", "Repair and reuse")],
      ["monitoring", 1, t("We houden ons verbruik bij", "We track our consumption")],
    ],
    { evidence: t("Energierekeningen, Milieubarometer", "Energy bills, Milieubarometer") },
  ),
  maturity(
    "env_climate",
    ["6.5.5"],
    t(
      "Kent u uw CO2-uitstoot (bijvoorbeeld met de Milieubarometer) en werkt u aan minder uitstoot en aan aanpassing aan het klimaat (hitte, wateroverlast)?",
      "Do you know your CO2 emissions (for example through the Milieubarometer), and do you work on reducing them and on adapting to the climate (heat, flooding)?",
    ),
    { evidence: t("CO2-voetafdruk en reductiedoelen", "CO2 footprint and reduction targets") },
  ),
  maturity(
    "env_biodiversity",
    ["6.5.6"],
    t(
      "Houdt u rekening met natuur, bijvoorbeeld met een groen terrein, minder verharding of inkoop die de natuur niet schaadt?",
      "Do you take nature into account, for example with green grounds, less paving or purchasing that does not harm nature?",
    ),
  ),
];

const fairOperating = (): Input[] => [
  choice(
    "fair_corruption",
    ["6.6.3", ["4.4", 0.5]],
    t("Heeft u afspraken over omkoping, smeergeld en (te dure) geschenken?", "Do you have rules on bribery, kickbacks and (too expensive) gifts?"),
    [
      ["none", 0, t("Nee", "No")],
      ["unwritten", 1, t("Ja, maar niet op papier", "Yes, but not in writing")],
      ["written", 2, t("Ja, op papier, bijvoorbeeld in een gedragscode", "Yes, in writing, for example in a code of conduct")],
      ["practised", 3, t("Ja, besproken met medewerkers en we houden ons eraan", "Yes, discussed with employees and we keep to them")],
      ["partners", 4, t("Ja, en ook met zakenpartners afgesproken", "Yes, and agreed with business partners too")],
    ],
  ),
  yesNo(
    "fair_political",
    ["6.6.4", ["4.3", 0.5]],
    t(
      "Als u invloed uitoefent op politiek of overheid (bijvoorbeeld via een branchevereniging), doet u dat dan open en eerlijk?",
      "If you try to influence politics or government (for example through a trade association), do you do so openly and honestly?",
    ),
    3,
    { help: t("Oefent u geen invloed uit? Kies dan 'niet van toepassing'.", "No such influence? Then choose 'not applicable'.") },
  ),
  maturity(
    "fair_competition",
    ["6.6.5"],
    t(
      "Concurreert u eerlijk: geen prijsafspraken met concurrenten en geen misleidende vergelijkingen?",
      "Do you compete fairly: no price-fixing with competitors and no misleading comparisons?",
    ),
  ),
  maturity(
    "fair_value_chain",
    ["6.6.6", ["7.3.3", 0.5]],
    t(
      "Stimuleert u leveranciers en zakenpartners om ook duurzaam en sociaal te werken, bijvoorbeeld via uw inkoopvoorwaarden, en betaalt u hen op tijd?",
      "Do you encourage suppliers and business partners to work sustainably and socially too, for example through your purchasing terms, and do you pay them on time?",
    ),
    { evidence: t("Inkoopvoorwaarden of leveranciersbeoordeling", "Purchasing terms or supplier assessment") },
  ),
  maturity(
    "fair_property",
    ["6.6.7"],
    t(
      "Gebruikt u alleen software, beelden en ontwerpen waarvoor u rechten of licenties heeft, en respecteert u eigendom van anderen?",
      "Do you only use software, images and designs you hold rights or licences for, and do you respect the property of others?",
    ),
  ),
];

const consumers = (): Input[] => [
  maturity(
    "cons_marketing",
    ["6.7.3"],
    t(
      "Is uw reclame eerlijk en duidelijk, met juiste informatie over prijs en product, en zijn uw voorwaarden begrijpelijk en redelijk?",
      "Is your advertising fair and clear, with correct information on price and product, and are your terms understandable and reasonable?",
    ),
  ),
  maturity(
    "cons_safety",
    ["6.7.4"],
    t(
      "Zorgt u dat uw producten of diensten veilig en gezond zijn voor wie ze gebruikt?",
      "Do you make sure your products or services are safe and healthy for those who use them?",
    ),
  ),
  maturity(
    "cons_sustainable",
    ["6.7.5"],
    t(
      "Helpt u klanten duurzamer te kiezen, bijvoorbeeld met een duurzaam alternatief of advies over zuinig gebruik?",
      "Do you help customers choose more sustainably, for example with a sustainable alternative or advice on economical use?",
    ),
  ),
  yesNo(
    "cons_product_life",
    [
      ["6.7.5", 0.5],
      ["6.7.9", 0.5],
    ],
    t(
      "Vertelt u klanten hoe ze uw producten lang kunnen gebruiken, laten repareren of kunnen recyclen?",
      "Do you tell customers how to use your products for a long time, have them repaired or recycle them?",
    ),
    3,
    { visibleIf: { op: "in", question: "offering", values: ["products", "both"] } },
  ),
  choice(
    "cons_service",
    ["6.7.6"],
    t("Hoe gaat u om met vragen, klachten en geschillen van klanten?", "How do you handle customer questions, complaints and disputes?"),
    [
      ["none", 0, t("Daar hebben we niets voor geregeld", "We have nothing in place for that")],
      ["case_by_case", 1, t("We lossen het per geval op", "We solve them case by case")],
      ["procedure", 2, t("We hebben een vaste werkwijze of klachtenregeling", "We have a set procedure or complaints policy")],
      ["registered", 3, t("We registreren klachten en kijken wat we ervan leren", "We record complaints and look at what we learn from them")],
      [
        "improving",
        4,
        t("We verbeteren aantoonbaar op basis van klachten en laten klanten dat weten", "We demonstrably improve based on complaints and tell customers so"),
      ],
    ],
    { evidence: t("Klachtenregistratie", "Complaints log") },
  ),
  choice(
    "cons_privacy",
    ["6.7.7", ["4.6", 0.5]],
    t("Hoe beschermt u de gegevens van uw klanten (AVG)?", "How do you protect your customers' data (GDPR)?"),
    [
      ["nothing", 0, t("Daar hebben we niets voor geregeld", "We have nothing in place for that")],
      ["basic", 1, t("Het basale: wachtwoorden en back-ups", "The basics: passwords and backups")],
      ["register", 2, t("We hebben een privacyverklaring en een verwerkingsregister", "We have a privacy statement and a record of processing")],
      ["secured", 3, t("Ook afspraken met verwerkers, en we testen onze beveiliging", "Also agreements with processors, and we test our security")],
      ["reviewed", 4, t("We kijken het elk jaar na, ook bij onze leveranciers", "We review it every year, including at our suppliers")],
    ],
    { evidence: t("Privacyverklaring en verwerkingsregister", "Privacy statement and record of processing") },
  ),
  maturity(
    "cons_access",
    ["6.7.8"],
    t(
      "Kunnen ook mensen met weinig geld, een beperking of moeite met lezen gebruikmaken van uw producten of diensten?",
      "Can people with little money, a disability or difficulty reading also use your products or services?",
    ),
    {
      help: t(
        "Vooral van belang als u basisvoorzieningen levert, zoals energie, water, zorg of vervoer.",
        "Mainly relevant if you provide essential services, such as energy, water, care or transport.",
      ),
    },
  ),
  maturity(
    "cons_education",
    ["6.7.9"],
    t(
      "Geeft u klanten uitleg over veilig, gezond en duurzaam gebruik van uw producten of diensten?",
      "Do you explain to customers how to use your products or services safely, healthily and sustainably?",
    ),
  ),
];

const community = (): Input[] => [
  maturity(
    "com_involvement",
    ["6.8.3"],
    t(
      "Bent u betrokken bij uw buurt of gemeente, bijvoorbeeld in overleg met buren, een ondernemersvereniging of lokale projecten?",
      "Are you involved in your neighbourhood or municipality, for example through talks with neighbours, a business association or local projects?",
    ),
  ),
  maturity(
    "com_education_culture",
    ["6.8.4"],
    t(
      "Steunt u onderwijs of cultuur in de regio, bijvoorbeeld met gastlessen, rondleidingen of sponsoring?",
      "Do you support education or culture in the region, for example with guest lessons, tours or sponsorship?",
    ),
  ),
  choice(
    "com_jobs_skills",
    ["6.8.5"],
    t(
      "Biedt u leer- of werkplekken aan mensen die dat nodig hebben (stagiairs, leerlingen, mensen met een afstand tot de arbeidsmarkt)?",
      "Do you offer learning or work places to people who need them (interns, apprentices, people distanced from the labour market)?",
    ),
    [
      ["none", 0, t("Nee", "No")],
      ["occasionally", 1, t("Af en toe", "Now and then")],
      ["regular", 2, t("Regelmatig", "Regularly")],
      ["structural", 3, t("Structureel, met goede begeleiding", "Structurally, with good supervision")],
      [
        "partnership",
        4,
        t(
          "Samen met school, gemeente of sociaal werkbedrijf, en mensen stromen door",
          "Together with a school, municipality or sheltered employer, and people move on to jobs",
        ),
      ],
    ],
  ),
  maturity(
    "com_technology",
    ["6.8.6"],
    t(
      "Deelt u kennis of technologie met anderen in de regio, of helpt u mensen met nieuwe technologie om te gaan?",
      "Do you share knowledge or technology with others in the region, or help people deal with new technology?",
    ),
  ),
  maturity(
    "com_wealth",
    ["6.8.7"],
    t(
      "Koopt u waar het kan in de regio in, en betaalt u uw belastingen eerlijk en op tijd?",
      "Do you buy locally where you can, and do you pay your taxes fairly and on time?",
    ),
  ),
  maturity(
    "com_health",
    ["6.8.8"],
    t(
      "Draagt u bij aan de gezondheid van mensen in uw omgeving, bijvoorbeeld door overlast (geluid, stof, verkeer) te beperken?",
      "Do you contribute to the health of people around you, for example by limiting nuisance (noise, dust, traffic)?",
    ),
  ),
  multiple("com_social_investment", ["6.8.9"], t("Hoe draagt u bij aan maatschappelijke doelen?", "How do you contribute to social causes?"), 4, [
    ["donations", 1, t("We doneren geld", "We donate money")],
    ["in_kind", 1, t("We geven producten of diensten weg", "We give away products or services")],
    ["volunteering", 1, t("Medewerkers doen vrijwilligerswerk in werktijd", "Employees volunteer during working hours")],
    ["partnership", 2, t("We hebben een langlopende samenwerking met een lokale organisatie", "We have a long-term partnership with a local organisation")],
    ["measured", 1, t("We houden bij wat onze bijdrage oplevert", "We track what our contribution achieves")],
  ]),
];

/** The sections of the core subjects 6.2-6.8 of 1.0.0, in the order of the standard. */
export const coreSubjectSectionsV1 = () => [
  section("governance", t("Behoorlijk bestuur", "Organizational governance"), governance(), "6.2"),
  section("human_rights", t("Mensenrechten", "Human rights"), humanRights(), "6.3"),
  section("labour", t("Arbeidspraktijken", "Labour practices"), labour(), "6.4"),
  section("environment", t("Milieu", "The environment"), environment(), "6.5"),
  section("fair_operating", t("Eerlijk zakendoen", "Fair operating practices"), fairOperating(), "6.6"),
  section("consumers", t("Consumentenaangelegenheden", "Consumer issues"), consumers(), "6.7"),
  section("community", t("Betrokkenheid bij en ontwikkeling van de gemeenschap", "Community involvement and development"), community(), "6.8"),
];
