import { EMPLOYEES, choice, maturity, multiple, section, t, yesNo, type Input } from "./scan-builders.js";

// The Koploper scan 2.0.0, part 2: the sections of the seven core subjects (ISO 26000 clause 6).
// koploper-scan.ts has the rest and says how the questions were written.

const governance = (): Input[] => [
  maturity(
    "gov_decisions",
    ["6.2.3"],
    t(
      "Weegt uw organisatie bij belangrijke besluiten de gevolgen voor mensen en milieu mee?",
      "When your organisation makes important decisions, does it weigh the effects on people and the environment?",
    ),
    { evidence: t("Notulen of een besluitenlijst", "Minutes or a decision log") },
  ),
  yesNo(
    "gov_responsible",
    [["6.2.3", 0.5], "7.4"],
    t(
      "Is er in uw organisatie iemand verantwoordelijk voor duurzaamheid en maatschappelijk verantwoord ondernemen (MVO)?",
      "Is someone in your organisation responsible for sustainability and corporate social responsibility (CSR)?",
    ),
    2,
  ),
];

const humanRights = (): Input[] => [
  maturity(
    "hr_due_diligence",
    ["6.3.3", ["7.3.1", 0.5]],
    t(
      "Zoekt uw organisatie uit waar zij of haar leveranciers mensen kunnen schaden, bijvoorbeeld door slechte arbeidsomstandigheden?",
      "Does your organisation find out where it or its suppliers could harm people, for example through poor working conditions?",
    ),
    { evidence: t("Risicoanalyse of lijst van leveranciers met hun risico's", "Risk analysis or list of suppliers with their risks") },
  ),
  choice(
    "hr_risk_countries",
    ["6.3.4"],
    t(
      "Wat doet uw organisatie tegen kinderarbeid en uitbuiting bij leveranciers in landen of sectoren waar die vaker voorkomen?",
      "What does your organisation do against child labour and exploitation at suppliers in countries or sectors where they are more common?",
    ),
    [
      ["nothing", 0, t("Nog niets", "Nothing yet")],
      ["asked", 1, t("We vragen leveranciers ernaar", "We ask suppliers about it")],
      ["requirements", 2, t("We stellen eisen in onze inkoopvoorwaarden", "We set requirements in our purchasing terms")],
      ["checked", 3, t("We controleren of leveranciers zich aan die eisen houden", "We check that suppliers meet those requirements")],
      ["improving", 4, t("We controleren het en werken met leveranciers aan verbetering", "We check it and work with suppliers on improvements")],
    ],
    {
      help: t(
        "Heeft uw organisatie zulke leveranciers niet? Kies dan 'Niet van toepassing'.",
        "Does your organisation have no such suppliers? Then choose 'Not applicable'.",
      ),
    },
  ),
  maturity(
    "hr_complicity",
    ["6.3.5"],
    t(
      "Let uw organisatie erop dat zij geen zaken doet met partijen die mensen uitbuiten of andere misstanden veroorzaken?",
      "Does your organisation make sure it does not do business with parties that exploit people or cause other abuses?",
    ),
  ),
  maturity(
    "hr_grievances",
    ["6.3.6"],
    t(
      "Weten medewerkers, klanten en buren bij wie zij in uw organisatie terechtkunnen met een klacht of zorg?",
      "Do employees, customers and neighbours know whom in your organisation to turn to with a complaint or concern?",
    ),
    { evidence: t("Klachtenregeling of vertrouwenspersoon", "Complaints procedure or confidential adviser") },
  ),
  maturity(
    "hr_equal_treatment",
    ["6.3.7"],
    t(
      "Heeft uw organisatie afspraken die voorkomen dat iemand wordt achtergesteld bij werving, selectie of beloning?",
      "Does your organisation have agreements that prevent anyone being disadvantaged in hiring, selection or pay?",
    ),
    { visibleIf: EMPLOYEES },
  ),
  maturity(
    "hr_free_opinion",
    ["6.3.8"],
    t(
      "Heeft uw organisatie vastgelegd dat medewerkers vrij hun mening mogen geven en lid mogen zijn van een vakbond?",
      "Has your organisation recorded that employees may speak freely and may join a trade union?",
    ),
    { visibleIf: EMPLOYEES },
  ),
  maturity(
    "hr_supplier_living_wage",
    ["6.3.9"],
    t(
      "Let uw organisatie erop dat mensen bij haar leveranciers een loon krijgen waarvan zij kunnen leven?",
      "Does your organisation make sure that people at its suppliers earn a wage they can live on?",
    ),
  ),
  choice(
    "hr_forced_child_labour",
    ["6.3.10", ["4.8", 0.5]],
    t(
      "Hoe zorgt uw organisatie dat er bij haar leveranciers geen kinderarbeid of dwangarbeid is?",
      "How does your organisation make sure there is no child labour or forced labour at its suppliers?",
    ),
    [
      ["nothing", 0, t("We doen hier nog niets aan", "We do nothing about it yet")],
      ["asked", 1, t("We hebben het leveranciers gevraagd", "We have asked suppliers")],
      ["code", 2, t("Onze leveranciers hebben een gedragscode ondertekend", "Our suppliers have signed a code of conduct")],
      ["verified", 3, t("We controleren het, bijvoorbeeld met audits of keurmerken", "We check it, for example through audits or labels")],
      ["improving", 4, t("We controleren het en helpen leveranciers verbeteren", "We check it and help suppliers improve")],
    ],
  ),
];

const labour = (): Input[] => [
  maturity(
    "lab_job_security",
    ["6.4.3"],
    t(
      "Geeft uw organisatie medewerkers zekerheid, met een schriftelijk contract en waar het kan een vaste baan?",
      "Does your organisation give employees security, with a written contract and a permanent job where possible?",
    ),
    { visibleIf: EMPLOYEES },
  ),
  maturity(
    "lab_conditions",
    ["6.4.4"],
    t(
      "Zijn loon, werktijden en verlof in uw organisatie goed geregeld, minstens zoals de wet en de cao vragen?",
      "Are pay, working hours and leave in your organisation well arranged, at least as the law and the collective agreement require?",
    ),
    { visibleIf: EMPLOYEES },
  ),
  choice(
    "lab_dialogue",
    ["6.4.5"],
    t("Hoe overlegt uw organisatie met medewerkers over het werk?", "How does your organisation consult employees about the work?"),
    [
      ["none", 0, t("Niet", "Not at all")],
      ["informal", 1, t("Informeel, als het zo uitkomt", "Informally, when it happens")],
      ["meetings", 2, t("In vast werkoverleg", "In regular team meetings")],
      [
        "agreements",
        3,
        t(
          "In vast overleg, met afspraken die we nakomen (en met een personeelsvertegenwoordiging of OR als die er is)",
          "In regular meetings, with agreements we keep (and with staff representation or a works council if there is one)",
        ),
      ],
      ["co_create", 4, t("Medewerkers denken mee over de koers van de organisatie", "Employees help shape the organisation's direction")],
    ],
    { visibleIf: EMPLOYEES },
  ),
  maturity(
    "lab_healthy_work",
    ["6.4.6"],
    t(
      "Let uw organisatie op gezond werk, zoals werkdruk, tillen, lawaai en beeldschermwerk?",
      "Does your organisation look after healthy work, such as workload, lifting, noise and screen work?",
    ),
    { visibleIf: EMPLOYEES, evidence: t("Registratie van ongevallen en verzuim", "Records of accidents and absence") },
  ),
  yesNo(
    "lab_risk_assessment",
    ["6.4.6", ["4.6", 0.5]],
    t(
      "Heeft uw organisatie een actuele RI&E (risico-inventarisatie en -evaluatie) met een plan van aanpak?",
      "Does your organisation have an up-to-date RI&E (risk inventory and evaluation) with an action plan?",
    ),
    3,
    {
      visibleIf: EMPLOYEES,
      help: t("Elke werkgever in Nederland moet een RI&E hebben.", "Every employer in the Netherlands must have an RI&E."),
      evidence: t("RI&E en plan van aanpak, met datum", "RI&E and action plan, dated"),
    },
  ),
  maturity(
    "lab_training",
    ["6.4.7"],
    t(
      "Krijgen medewerkers de kans om te leren, bijvoorbeeld met opleidingen en ontwikkelgesprekken?",
      "Do employees get the chance to learn, for example through training and development talks?",
    ),
    { visibleIf: EMPLOYEES },
  ),
];

const environment = (): Input[] => [
  maturity(
    "env_prevent_pollution",
    ["6.5.3"],
    t(
      "Voorkomt uw organisatie dat zij lucht, water of bodem vervuilt, bijvoorbeeld met olie, schoonmaakmiddelen of uitlaatgassen?",
      "Does your organisation prevent polluting air, water or soil, for example with oil, cleaning products or exhaust fumes?",
    ),
    { evidence: t("Vergunningen en controles", "Permits and inspections") },
  ),
  choice(
    "env_waste",
    ["6.5.3"],
    t("Hoe scheidt uw organisatie haar afval?", "How does your organisation separate its waste?"),
    [
      ["none", 0, t("We scheiden geen afval", "We do not separate waste")],
      ["basic", 1, t("Alleen papier en glas", "Only paper and glass")],
      ["more", 2, t("Ook plastic, gft of andere stromen", "Plastics, organic waste or other streams too")],
      [
        "target",
        3,
        t("We scheiden veel stromen en hebben een doel voor minder restafval", "We separate many streams and have a target for less residual waste"),
      ],
      ["chain", 4, t("We maken ook met leveranciers afspraken om afval te voorkomen", "We also agree with suppliers on preventing waste")],
    ],
    { evidence: t("Afvalcontracten en -cijfers", "Waste contracts and figures") },
  ),
  multiple(
    "env_resources",
    ["6.5.4", ["6.5.5", 0.5]],
    t(
      "Welke van deze maatregelen neemt uw organisatie al om zuinig te zijn met energie, water en materialen?",
      "Which of these measures does your organisation already take to save energy, water and materials?",
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
  choice(
    "env_footprint",
    ["6.5.5"],
    t("Weet uw organisatie hoeveel CO2 zij uitstoot?", "Does your organisation know how much CO2 it emits?"),
    [
      ["no", 0, t("Nee", "No")],
      ["estimate", 1, t("Ongeveer, we hebben een schatting", "Roughly, we have an estimate")],
      [
        "calculated",
        2,
        t(
          "Ja, we hebben onze CO2-voetafdruk berekend, bijvoorbeeld met de Milieubarometer",
          "Yes, we have calculated our CO2 footprint, for example with the Milieubarometer",
        ),
      ],
      ["yearly", 3, t("Ja, we berekenen hem elk jaar", "Yes, we calculate it every year")],
      ["verified", 4, t("Ja, elk jaar, en een ander controleert de berekening", "Yes, every year, and someone else checks the calculation")],
    ],
    { evidence: t("CO2-voetafdruk", "CO2 footprint") },
  ),
  maturity("env_co2_reduction", ["6.5.5"], t("Werkt uw organisatie aan minder CO2-uitstoot?", "Is your organisation working on lower CO2 emissions?"), {
    evidence: t("Reductiedoelen en maatregelen", "Reduction targets and measures"),
  }),
  maturity(
    "env_climate_adaptation",
    ["6.5.5"],
    t("Bereidt uw organisatie zich voor op hitte, droogte en wateroverlast?", "Is your organisation preparing for heat, drought and flooding?"),
  ),
  maturity(
    "env_biodiversity",
    ["6.5.6"],
    t(
      "Houdt uw organisatie rekening met de natuur, bijvoorbeeld met een groen terrein, minder tegels of inkoop die de natuur niet schaadt?",
      "Does your organisation take nature into account, for example with green grounds, less paving or purchasing that does not harm nature?",
    ),
  ),
];

const fairOperating = (): Input[] => [
  choice(
    "fair_corruption",
    ["6.6.3", ["4.4", 0.5]],
    t(
      "Heeft uw organisatie regels tegen omkoping en smeergeld, en over het aannemen van dure cadeaus?",
      "Does your organisation have rules against bribery and kickbacks, and on accepting expensive gifts?",
    ),
    [
      ["none", 0, t("Nee", "No")],
      ["unwritten", 1, t("Ja, maar niet op papier", "Yes, but not in writing")],
      ["written", 2, t("Ja, op papier, bijvoorbeeld in een gedragscode", "Yes, in writing, for example in a code of conduct")],
      ["practised", 3, t("Ja, besproken met medewerkers en we houden ons eraan", "Yes, discussed with employees and we keep to them")],
      ["partners", 4, t("Ja, en ook met zakenpartners afgesproken", "Yes, and agreed with business partners too")],
    ],
  ),
  yesNo(
    "fair_political_openness",
    ["6.6.4", ["4.3", 0.5]],
    t(
      "Maakt uw organisatie bekend via welke brancheverenigingen of contacten zij invloed uitoefent op politiek of overheid?",
      "Does your organisation make known through which trade associations or contacts it influences politics or government?",
    ),
    3,
    {
      help: t(
        "Oefent uw organisatie geen invloed uit op politiek of overheid? Kies dan 'Niet van toepassing'.",
        "Does your organisation not influence politics or government? Then choose 'Not applicable'.",
      ),
    },
  ),
  maturity(
    "fair_competition_rules",
    ["6.6.5"],
    t(
      "Weten de mensen in uw organisatie welke afspraken met concurrenten niet mogen, zoals prijsafspraken?",
      "Do the people in your organisation know which agreements with competitors are not allowed, such as price-fixing?",
    ),
  ),
  maturity(
    "fair_supplier_requirements",
    ["6.6.6", ["7.3.3", 0.5]],
    t(
      "Vraagt uw organisatie leveranciers om duurzaam en sociaal te werken, bijvoorbeeld in haar inkoopvoorwaarden?",
      "Does your organisation ask suppliers to work sustainably and socially, for example in its purchasing terms?",
    ),
    { evidence: t("Inkoopvoorwaarden of leveranciersbeoordeling", "Purchasing terms or supplier assessment") },
  ),
  maturity(
    "fair_licences",
    ["6.6.7"],
    t(
      "Heeft uw organisatie licenties voor alle software, foto's en ontwerpen die zij gebruikt?",
      "Does your organisation hold licences for all the software, photos and designs it uses?",
    ),
  ),
];

const consumers = (): Input[] => [
  maturity(
    "cons_fair_information",
    ["6.7.3"],
    t(
      "Hoe zorgt uw organisatie dat reclame, prijzen en voorwaarden kloppen en voor iedereen te begrijpen zijn?",
      "How does your organisation make sure its advertising, prices and terms are correct and clear to everyone?",
    ),
  ),
  maturity(
    "cons_safety",
    ["6.7.4"],
    t(
      "Hoe zorgt uw organisatie dat haar producten of diensten veilig zijn voor wie ze gebruikt?",
      "How does your organisation make sure its products or services are safe for those who use them?",
    ),
  ),
  maturity(
    "cons_sustainable",
    ["6.7.5"],
    t(
      "Helpt uw organisatie klanten duurzamer te kiezen, bijvoorbeeld met een duurzaam alternatief?",
      "Does your organisation help customers choose more sustainably, for example with a sustainable alternative?",
    ),
  ),
  yesNo(
    "cons_product_life",
    [
      ["6.7.5", 0.5],
      ["6.7.9", 0.5],
    ],
    t(
      "Vertelt uw organisatie klanten hoe zij haar producten langer kunnen gebruiken, bijvoorbeeld door onderhoud of reparatie?",
      "Does your organisation tell customers how to use its products for longer, for example through maintenance or repair?",
    ),
    3,
    { visibleIf: { op: "in", question: "offering", values: ["products", "both"] } },
  ),
  choice(
    "cons_service",
    ["6.7.6"],
    t("Hoe gaat uw organisatie om met klachten van klanten?", "How does your organisation handle customer complaints?"),
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
    t("Hoe beschermt uw organisatie de persoonsgegevens van klanten (AVG)?", "How does your organisation protect customers' personal data (GDPR)?"),
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
      "Kunnen ook mensen met weinig geld, een beperking of moeite met lezen gebruikmaken van wat uw organisatie levert?",
      "Can people with little money, a disability or difficulty reading also use what your organisation provides?",
    ),
    {
      help: t(
        "Vooral van belang bij basisvoorzieningen, zoals energie, water, zorg of vervoer.",
        "Mainly relevant for essential services, such as energy, water, care or transport.",
      ),
    },
  ),
  maturity(
    "cons_education",
    ["6.7.9"],
    t(
      "Legt uw organisatie klanten uit hoe zij haar producten of diensten veilig en zuinig gebruiken?",
      "Does your organisation explain to customers how to use its products or services safely and economically?",
    ),
  ),
];

const community = (): Input[] => [
  maturity(
    "com_involvement",
    ["6.8.3"],
    t(
      "Doet uw organisatie mee in de buurt, bijvoorbeeld in overleg met buren, een ondernemersvereniging of lokale projecten?",
      "Does your organisation take part in the neighbourhood, for example in talks with neighbours, a business association or local projects?",
    ),
  ),
  maturity(
    "com_education_culture",
    ["6.8.4"],
    t(
      "Steunt uw organisatie onderwijs of cultuur in de regio, bijvoorbeeld met gastlessen, rondleidingen of sponsoring?",
      "Does your organisation support education or culture in the region, for example with guest lessons, tours or sponsorship?",
    ),
  ),
  choice(
    "com_jobs_skills",
    ["6.8.5"],
    t(
      "Biedt uw organisatie leer- of werkplekken aan mensen die dat nodig hebben, zoals stagiairs, leerlingen of mensen die moeilijk werk vinden?",
      "Does your organisation offer learning or work places to people who need them, such as interns, apprentices or people who find it hard to get work?",
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
    "com_share_knowledge",
    ["6.8.6"],
    t(
      "Deelt uw organisatie kennis of techniek met anderen in de regio, zoals scholen of andere ondernemers?",
      "Does your organisation share knowledge or technology with others in the region, such as schools or other businesses?",
    ),
  ),
  maturity(
    "com_local_purchasing",
    ["6.8.7"],
    t("Koopt uw organisatie waar het kan in bij bedrijven uit de regio?", "Does your organisation buy from businesses in the region where it can?"),
  ),
  maturity(
    "com_health",
    ["6.8.8"],
    t(
      "Beperkt uw organisatie overlast voor de omgeving, zoals geluid, stof, geur en verkeer?",
      "Does your organisation limit nuisance to its surroundings, such as noise, dust, smell and traffic?",
    ),
  ),
  multiple(
    "com_social_investment",
    ["6.8.9"],
    t("Hoe draagt uw organisatie bij aan maatschappelijke doelen?", "How does your organisation contribute to social causes?"),
    4,
    [
      ["donations", 1, t("We doneren geld", "We donate money")],
      ["in_kind", 1, t("We geven producten of diensten weg", "We give away products or services")],
      ["volunteering", 1, t("Medewerkers doen vrijwilligerswerk in werktijd", "Employees volunteer during working hours")],
      ["partnership", 2, t("We werken langdurig samen met een lokale organisatie", "We have a long-term partnership with a local organisation")],
      ["measured", 1, t("We houden bij wat onze bijdrage oplevert", "We track what our contribution achieves")],
    ],
  ),
];

/** The sections of the core subjects 6.2-6.8, in the order of the standard. */
export const coreSubjectSections = () => [
  section("governance", t("Behoorlijk bestuur", "Organizational governance"), governance(), "6.2"),
  section("human_rights", t("Mensenrechten", "Human rights"), humanRights(), "6.3"),
  section("labour", t("Arbeidspraktijken", "Labour practices"), labour(), "6.4"),
  section("environment", t("Milieu", "The environment"), environment(), "6.5"),
  section("fair_operating", t("Eerlijk zakendoen", "Fair operating practices"), fairOperating(), "6.6"),
  section("consumers", t("Consumentenaangelegenheden", "Consumer issues"), consumers(), "6.7"),
  section("community", t("Betrokkenheid bij en ontwikkeling van de gemeenschap", "Community involvement and development"), community(), "6.8"),
];
