/**
 * The recommendation texts: the project's own wording (not quoted from ISO 26000), one entry per
 * issue of clause 6 with the topic it is about, a concrete example and the action-plan theme, plus
 * one pattern per maturity step. A recommendation is the pattern of a step filled in with an
 * issue's topic and example.
 */
import type { Localized } from "../core/localized.js";
import type { MeasureTheme } from "../core/measure-themes.js";

/** What the templates know about one issue. */
export interface IssueTemplate {
  /** A noun phrase that fits "voor ..." / "for ...". */
  readonly topic: Localized;
  /** One concrete thing a small company can do, as a full sentence. */
  readonly example: Localized;
  readonly theme: MeasureTheme;
}

const t = (nl: string, en: string): Localized => ({ nl, en });

/** Per issue (clause 6.2.3 and 6.3.3-6.8.9): topic, example and theme. */
export const ISSUE_TEMPLATES: Readonly<Record<string, IssueTemplate>> = /* @__PURE__ */ issueTemplates();

function issueTemplates(): Readonly<Record<string, IssueTemplate>> {
  return {
  "6.2.3": {
    topic: t("de manier waarop u besluiten neemt", "the way you take decisions"),
    example: t(
      "Bespreek duurzaamheid vast in het overleg van directie en team en leg de besluiten vast.",
      "Put sustainability on the agenda of every management and team meeting and record the decisions.",
    ),
    theme: "governance",
  },
  "6.3.3": {
    topic: t("het zorgvuldig nagaan van risico's voor mensenrechten", "checking carefully for human-rights risks"),
    example: t(
      "Loop uw belangrijkste leveranciers en producten na op risico's voor mensen en noteer wat u vindt.",
      "Go through your main suppliers and products for risks to people and write down what you find.",
    ),
    theme: "purchasing",
  },
  "6.3.4": {
    topic: t("situaties met een risico voor mensenrechten", "situations with a risk to human rights"),
    example: t(
      "Ga na of u zaken doet in landen of sectoren met bekende risico's en wat u daar kunt doen.",
      "Check whether you do business in countries or sectors with known risks and what you can do there.",
    ),
    theme: "purchasing",
  },
  "6.3.5": {
    topic: t("het vermijden van medeplichtigheid", "avoiding complicity"),
    example: t(
      "Vraag leveranciers en partners een gedragscode te ondertekenen en spreek af wat u doet bij misstanden.",
      "Ask suppliers and partners to sign a code of conduct and agree what you do when something is wrong.",
    ),
    theme: "purchasing",
  },
  "6.3.6": {
    topic: t("het oplossen van klachten", "resolving grievances"),
    example: t(
      "Maak een eenvoudige klachtenregeling waarmee medewerkers en buren veilig een klacht kunnen indienen.",
      "Set up a simple grievance procedure through which staff and neighbours can raise a complaint safely.",
    ),
    theme: "social",
  },
  "6.3.7": {
    topic: t("gelijke kansen en kwetsbare groepen", "equal opportunities and vulnerable groups"),
    example: t(
      "Bied een werkplek aan iemand met een afstand tot de arbeidsmarkt en controleer uw vacatures op uitsluiting.",
      "Offer a job to someone who has difficulty finding work and check your vacancies for exclusion.",
    ),
    theme: "social",
  },
  "6.3.8": {
    topic: t("burgerrechten en politieke rechten", "civil and political rights"),
    example: t(
      "Leg vast dat medewerkers vrij hun mening mogen geven en dat hun gegevens en privacy beschermd zijn.",
      "Record that staff may speak freely and that their data and privacy are protected.",
    ),
    theme: "social",
  },
  "6.3.9": {
    topic: t("economische, sociale en culturele rechten", "economic, social and cultural rights"),
    example: t(
      "Kijk of uw bedrijf invloed heeft op wonen, voedsel, water of onderwijs in de buurt en bespreek dat met betrokkenen.",
      "Check whether your business affects housing, food, water or education nearby and discuss it with those concerned.",
    ),
    theme: "social",
  },
  "6.3.10": {
    topic: t("fundamentele rechten op het werk", "fundamental rights at work"),
    example: t(
      "Vraag uw leveranciers te bevestigen dat zij geen kinderarbeid of dwangarbeid gebruiken.",
      "Ask your suppliers to confirm that they use no child labour or forced labour.",
    ),
    theme: "purchasing",
  },
  "6.4.3": {
    topic: t("goed werkgeverschap", "good employment practice"),
    example: t(
      "Geef iedereen een schriftelijk contract en kies waar het kan voor vaste banen in plaats van losse inhuur.",
      "Give everyone a written contract and prefer permanent jobs to casual hiring where you can.",
    ),
    theme: "social",
  },
  "6.4.4": {
    topic: t("arbeidsvoorwaarden en sociale bescherming", "working conditions and social protection"),
    example: t(
      "Vergelijk lonen, werktijden en verlof met de cao of de sector en verbeter waar u achterblijft.",
      "Compare wages, working hours and leave with the collective agreement or the sector and improve where you lag behind.",
    ),
    theme: "social",
  },
  "6.4.5": {
    topic: t("overleg met medewerkers", "dialogue with staff"),
    example: t(
      "Organiseer een vast werkoverleg waarin medewerkers meepraten over plannen die hen raken.",
      "Hold a regular staff meeting where employees have a say in plans that affect them.",
    ),
    theme: "social",
  },
  "6.4.6": {
    topic: t("gezondheid en veiligheid op het werk", "health and safety at work"),
    example: t(
      "Maak of actualiseer de risico-inventarisatie en -evaluatie (RI&E) en voer het plan van aanpak uit.",
      "Make or update the risk inventory and evaluation (RI&E) and carry out its plan of action.",
    ),
    theme: "social",
  },
  "6.4.7": {
    topic: t("ontwikkeling en scholing van medewerkers", "staff development and training"),
    example: t(
      "Voer met iedere medewerker een jaarlijks ontwikkelgesprek en reserveer een opleidingsbudget.",
      "Hold a yearly development talk with every employee and set aside a training budget.",
    ),
    theme: "social",
  },
  "6.5.3": {
    topic: t("het voorkomen van vervuiling en afval", "preventing pollution and waste"),
    example: t(
      "Scheid uw afval in meer stromen en spreek met uw afvalinzamelaar een doel voor minder restafval af.",
      "Separate your waste into more streams and agree a target for less residual waste with your waste collector.",
    ),
    theme: "waste",
  },
  "6.5.4": {
    topic: t("zuinig gebruik van water, energie en grondstoffen", "careful use of water, energy and materials"),
    example: t(
      "Lees maandelijks de meters af en pak de grootste verbruikers van water en grondstoffen als eerste aan.",
      "Read the meters every month and tackle the largest users of water and materials first.",
    ),
    theme: "water",
  },
  "6.5.5": {
    topic: t("het beperken van en aanpassen aan klimaatverandering", "limiting and adapting to climate change"),
    example: t(
      "Breng uw CO2-voetafdruk in kaart met de Milieubarometer en kies de drie maatregelen die het meest besparen.",
      "Map your CO2 footprint with the Milieubarometer and choose the three measures that save the most.",
    ),
    theme: "energy",
  },
  "6.5.6": {
    topic: t("natuur en biodiversiteit", "nature and biodiversity"),
    example: t(
      "Richt een deel van uw terrein of dak natuurvriendelijk in en koop hout en papier met een keurmerk.",
      "Make part of your grounds or roof nature-friendly and buy certified wood and paper.",
    ),
    theme: "purchasing",
  },
  "6.6.3": {
    topic: t("het tegengaan van corruptie", "preventing corruption"),
    example: t(
      "Spreek regels af over geschenken en uitnodigingen en maak het vier-ogenprincipe verplicht bij betalingen.",
      "Agree rules on gifts and invitations and require a second signature on payments.",
    ),
    theme: "governance",
  },
  "6.6.4": {
    topic: t("verantwoorde politieke betrokkenheid", "responsible political involvement"),
    example: t(
      "Maak openbaar welke brancheorganisaties u steunt en welke standpunten u daar inneemt.",
      "Publish which trade associations you support and the positions you take there.",
    ),
    theme: "governance",
  },
  "6.6.5": {
    topic: t("eerlijke concurrentie", "fair competition"),
    example: t(
      "Leg uit aan medewerkers welke afspraken met concurrenten niet mogen en leg dat vast.",
      "Explain to staff which agreements with competitors are not allowed and write it down.",
    ),
    theme: "governance",
  },
  "6.6.6": {
    topic: t("maatschappelijk verantwoord inkopen in de keten", "responsible purchasing in the value chain"),
    example: t(
      "Neem duurzaamheidseisen op in uw inkoopvoorwaarden en kies bij gelijke prijs de duurzamere leverancier.",
      "Put sustainability requirements in your purchasing terms and choose the more sustainable supplier at an equal price.",
    ),
    theme: "purchasing",
  },
  "6.6.7": {
    topic: t("respect voor eigendomsrechten", "respect for property rights"),
    example: t(
      "Controleer dat software, beelden en ontwerpen die u gebruikt een geldige licentie hebben.",
      "Check that the software, images and designs you use are properly licensed.",
    ),
    theme: "governance",
  },
  "6.7.3": {
    topic: t("eerlijke informatie en voorwaarden voor klanten", "fair information and terms for customers"),
    example: t(
      "Laat iemand buiten het bedrijf uw reclame en voorwaarden lezen op duidelijkheid en eerlijkheid.",
      "Have someone outside the company read your advertising and terms for clarity and fairness.",
    ),
    theme: "governance",
  },
  "6.7.4": {
    topic: t("de gezondheid en veiligheid van klanten", "the health and safety of customers"),
    example: t(
      "Zet per product of dienst de risico's voor klanten op een rij en geef duidelijke gebruiksinstructies.",
      "List the risks to customers for each product or service and give clear instructions for use.",
    ),
    theme: "social",
  },
  "6.7.5": {
    topic: t("duurzame consumptie", "sustainable consumption"),
    example: t(
      "Bied klanten een duurzamer alternatief aan en vertel hen hoe ze uw product langer kunnen gebruiken.",
      "Offer customers a more sustainable alternative and tell them how to use your product for longer.",
    ),
    theme: "purchasing",
  },
  "6.7.6": {
    topic: t("klantenservice en het oplossen van klachten", "customer service and complaint handling"),
    example: t(
      "Registreer elke klacht met de oplossing en bespreek de klachten eens per kwartaal.",
      "Record every complaint with its solution and review the complaints once a quarter.",
    ),
    theme: "social",
  },
  "6.7.7": {
    topic: t("de bescherming van klantgegevens en privacy", "the protection of customer data and privacy"),
    example: t(
      "Maak een overzicht van welke persoonsgegevens u bewaart, waarom en hoe lang, zoals de AVG vraagt.",
      "Make a record of which personal data you keep, why and for how long, as the GDPR requires.",
    ),
    theme: "governance",
  },
  "6.7.8": {
    topic: t("toegang tot essentiële diensten", "access to essential services"),
    example: t(
      "Spreek af hoe u klanten helpt die een rekening niet kunnen betalen, zonder hen af te sluiten.",
      "Agree how you help customers who cannot pay a bill, without cutting them off.",
    ),
    theme: "social",
  },
  "6.7.9": {
    topic: t("voorlichting aan klanten", "customer education and awareness"),
    example: t(
      "Geef klanten bij levering een korte uitleg over veilig, zuinig en duurzaam gebruik.",
      "Give customers a short explanation of safe, economical and sustainable use on delivery.",
    ),
    theme: "social",
  },
  "6.8.3": {
    topic: t("betrokkenheid bij de omgeving", "involvement in the community"),
    example: t(
      "Nodig buren of de dorpsraad eens per jaar uit en vraag wat zij van uw bedrijf verwachten.",
      "Invite neighbours or the village council once a year and ask what they expect of your business.",
    ),
    theme: "social",
  },
  "6.8.4": {
    topic: t("onderwijs en cultuur in de regio", "education and culture in the region"),
    example: t(
      "Bied stageplaatsen aan of geef een gastles op een school in de buurt.",
      "Offer internships or give a guest lesson at a school nearby.",
    ),
    theme: "social",
  },
  "6.8.5": {
    topic: t("werkgelegenheid en vaardigheden in de regio", "jobs and skills in the region"),
    example: t(
      "Werf eerst in de regio en leid mensen op in vakken waar tekorten zijn.",
      "Recruit in the region first and train people in trades where there are shortages.",
    ),
    theme: "social",
  },
  "6.8.6": {
    topic: t("het ontwikkelen en delen van technologie", "developing and sharing technology"),
    example: t(
      "Deel kennis of techniek met andere Koplopers of met een school of kennisinstelling.",
      "Share knowledge or technology with other Koplopers or with a school or research institute.",
    ),
    theme: "governance",
  },
  "6.8.7": {
    topic: t("welvaart en inkomen in de regio", "wealth and income in the region"),
    example: t(
      "Koop waar mogelijk in bij lokale leveranciers en betaal hen binnen dertig dagen.",
      "Buy from local suppliers where you can and pay them within thirty days.",
    ),
    theme: "purchasing",
  },
  "6.8.8": {
    topic: t("gezondheid in de omgeving", "health in the community"),
    example: t(
      "Beperk geluid, stof en verkeer rond uw bedrijf en steun een lokaal gezondheidsinitiatief.",
      "Limit noise, dust and traffic around your site and support a local health initiative.",
    ),
    theme: "mobility",
  },
  "6.8.9": {
    topic: t("maatschappelijke investeringen", "social investment"),
    example: t(
      "Kies één maatschappelijk doel in de buurt en steun het structureel met tijd, geld of materiaal.",
      "Choose one local cause and support it steadily with time, money or materials.",
    ),
    theme: "social",
  },
  };
}

/** What the templates know about one maturity step. */
export interface StepTemplate {
  /** Fills in an issue's topic. */
  readonly title: (topic: Localized) => Localized;
  /** Fills in an issue's topic; the issue's example follows it. */
  readonly text: (topic: Localized) => Localized;
  /** The integration clause the step serves, next to the issue itself. */
  readonly clause: string;
  /** Ease of implementation (ISO 26000 7.3.4): 1 is the quickest to do. */
  readonly effort: number;
}

/** Per step from level n to n + 1 (index n): the pattern of the recommendation. */
export const STEP_TEMPLATES: readonly StepTemplate[] = [
  {
    title: (topic) => t(`Voldoe aan de wet voor ${topic.nl}`, `Meet the legal requirements for ${topic.en}`),
    text: (topic) =>
      t(
        `Zoek uit welke wetten en regels gelden voor ${topic.nl} en zorg dat u er aantoonbaar aan voldoet.`,
        `Find out which laws and rules apply to ${topic.en} and make sure you can show that you comply.`,
      ),
    clause: "4.6",
    effort: 2,
  },
  {
    title: (topic) => t(`Leg beleid en een plan vast voor ${topic.nl}`, `Write down a policy and a plan for ${topic.en}`),
    text: (topic) =>
      t(
        `Schrijf op wat u wilt bereiken voor ${topic.nl}, wie ervoor verantwoordelijk is en wanneer het klaar moet zijn.`,
        `Write down what you want to achieve for ${topic.en}, who is responsible and when it must be done.`,
      ),
    clause: "7.4",
    effort: 1,
  },
  {
    title: (topic) => t(`Voer uit en meet de resultaten voor ${topic.nl}`, `Act on and measure the results for ${topic.en}`),
    text: (topic) =>
      t(
        `Voer de geplande maatregelen voor ${topic.nl} uit, volg een paar kengetallen en bespreek ze met de betrokkenen.`,
        `Carry out the planned measures for ${topic.en}, track a few indicators and discuss them with those concerned.`,
      ),
    clause: "7.7",
    effort: 2,
  },
  {
    title: (topic) => t(`Borg en verbeter ${topic.nl}, ook in de keten`, `Embed and improve ${topic.en}, also in the value chain`),
    text: (topic) =>
      t(
        `Evalueer ${topic.nl} elk jaar, verbeter wat beter kan, betrek leveranciers en klanten erbij en maak de resultaten openbaar.`,
        `Review ${topic.en} every year, improve what can be better, involve suppliers and customers and publish the results.`,
      ),
    clause: "7.3.3",
    effort: 3,
  },
];
