import { step, t, type IssueTemplate } from "./recommendation-template-kit.js";

// Recommendation texts for consumer issues (6.7) and community involvement and development
// (6.8): the project's own wording, per issue and per step (0-1, 1-2, 2-3, 3-4), each with an
// example from a small organisation. Only an issue listed in legal-duties.ts may mention a law;
// recommendations.ts adds that duty to its first step.

/** Per issue of 6.7-6.8: topic, theme and the four steps. */
export const templates6_7To6_8 = (): Readonly<Record<string, IssueTemplate>> => ({
  "6.7.3": {
    topic: t("eerlijke informatie en voorwaarden voor klanten", "fair information and terms for customers"),
    theme: "governance",
    steps: [
      step(
        "Controleer of uw reclame, prijzen en voorwaarden kloppen",
        "Check that your advertising, prices and terms are correct",
        "Een webwinkel controleert of alle prijzen op de site inclusief btw en verzendkosten zijn.",
        "An online shop checks that every price on its site includes VAT and shipping costs.",
      ),
      step(
        "Leg vast wie reclame en voorwaarden leest voordat ze naar buiten gaan",
        "Record who reads advertising and terms before they go out",
        "Een camping spreekt af dat de eigenaar elke advertentie en elke duurzaamheidsclaim vooraf leest.",
        "A camping agrees that the owner reads every advertisement and every sustainability claim beforehand.",
      ),
      step(
        "Laat iemand van buiten uw teksten lezen en onderbouw uw claims",
        "Have an outsider read your texts and back up your claims",
        "Een schoonmaakbedrijf laat een klant de nieuwe voorwaarden lezen en haalt 'groen schoonmaken' van de site tot een keurmerk het onderbouwt.",
        "A cleaning company has a customer read its new terms and removes 'green cleaning' from its website until a label backs it.",
      ),
      step(
        "Vraag klanten wat onduidelijk was en schrijf het beter",
        "Ask customers what was unclear and rewrite it",
        "Een fietsenmaker vraagt klanten elk jaar welke informatie over prijzen en garantie onduidelijk was en past die aan.",
        "A bicycle repairer asks customers every year which information on prices and warranty was unclear and rewrites it.",
      ),
    ],
  },
  "6.7.4": {
    topic: t("de gezondheid en veiligheid van klanten", "the health and safety of customers"),
    theme: "social",
    steps: [
      step(
        "Zet per product of dienst de risico's voor klanten op een rij",
        "List the risks to customers for each product or service",
        "Een bakkerij zet per product de allergenen op een rij en legt de lijst bij de toonbank.",
        "A bakery lists the allergens of each product and puts the list at the counter.",
      ),
      step(
        "Leg vast hoe u de veiligheid bewaakt en wie dat doet",
        "Record how you safeguard safety and who does it",
        "Een camping legt vast wie de speeltoestellen controleert, hoe vaak, en wat er gebeurt bij een gebrek.",
        "A camping records who inspects the play equipment, how often, and what happens when there is a defect.",
      ),
      step(
        "Controleer volgens plan en houd incidenten bij",
        "Inspect as planned and record incidents",
        "Een kinderopvang doet elke maand een veiligheidsronde en noteert elk ongelukje met de oorzaak.",
        "A childcare centre does a safety round every month and records every little accident with its cause.",
      ),
      step(
        "Verbeter samen met leveranciers en wees open over terugroepacties",
        "Improve together with suppliers and be open about recalls",
        "Een speelgoedwinkel vraagt leveranciers om testrapporten en zet een terugroepactie meteen op de website.",
        "A toy shop asks suppliers for test reports and puts any recall on its website at once.",
      ),
    ],
  },
  "6.7.5": {
    topic: t("duurzame consumptie", "sustainable consumption"),
    theme: "purchasing",
    steps: [
      step(
        "Bied klanten één duurzamer alternatief aan",
        "Offer customers one more sustainable alternative",
        "Een lunchroom zet een vegetarische lunch bovenaan de kaart.",
        "A lunchroom puts a vegetarian lunch at the top of the menu.",
      ),
      step(
        "Maak een plan om het duurzame aanbod te laten groeien",
        "Make a plan to grow the sustainable range",
        "Een bouwmarkt legt vast welk deel van de verf en het hout een keurmerk moet hebben, en wanneer.",
        "A DIY store records which share of its paint and timber should carry a label, and by when.",
      ),
      step(
        "Volg de verkoop van duurzame producten en stuur bij",
        "Track sales of sustainable products and adjust",
        "Een fietsenwinkel houdt bij hoeveel opgeknapte fietsen hij verkoopt en geeft ze een betere plek in de winkel.",
        "A bicycle shop tracks how many refurbished bikes it sells and gives them a better spot in the shop.",
      ),
      step(
        "Maak de duurzame keuze de standaard, samen met leveranciers",
        "Make the sustainable choice the default, together with suppliers",
        "Een cateraar biedt standaard een plantaardig menu aan en stelt met telers uit de regio een seizoensaanbod samen.",
        "A caterer offers a plant-based menu by default and puts together a seasonal range with local growers.",
      ),
    ],
  },
  "6.7.6": {
    topic: t("klantenservice en het oplossen van klachten", "customer service and complaint handling"),
    theme: "social",
    steps: [
      step(
        "Noteer elke klacht met de oplossing",
        "Write down every complaint with its solution",
        "Een installatiebedrijf noteert in zijn planning elke klacht van een klant en hoe die is opgelost.",
        "An installer notes every customer complaint and how it was solved in its planning system.",
      ),
      step(
        "Maak een klachtenregeling met een vaste termijn voor antwoord",
        "Make a complaints procedure with a fixed reply time",
        "Een hotel zet op de website hoe gasten een klacht indienen en belooft binnen drie werkdagen te antwoorden.",
        "A hotel explains on its website how guests submit a complaint and promises a reply within three working days.",
      ),
      step(
        "Bespreek de klachten elk kwartaal en pak terugkerende oorzaken aan",
        "Review the complaints every quarter and tackle recurring causes",
        "Een transportbedrijf bespreekt elk kwartaal de klachten over te late leveringen en past de ritplanning aan.",
        "A transport firm reviews the complaints about late deliveries every quarter and adjusts its route planning.",
      ),
      step(
        "Vertel klanten wat u met hun klachten deed en sluit u aan bij een geschillencommissie",
        "Tell customers what you did with their complaints and join a disputes committee",
        "Een garagebedrijf sluit zich aan bij de geschillencommissie van de branche en zet in de nieuwsbrief wat het dankzij klachten verbeterde.",
        "A garage joins its sector's disputes committee and says in its newsletter what it improved thanks to complaints.",
      ),
    ],
  },
  "6.7.7": {
    topic: t("de bescherming van klantgegevens en privacy", "the protection of customer data and privacy"),
    theme: "governance",
    steps: [
      step(
        "Maak een overzicht van de persoonsgegevens die u bewaart",
        "Make an overview of the personal data you keep",
        "Een fysiotherapiepraktijk noteert welke gegevens van patiënten zij bewaart, waarom en hoe lang.",
        "A physiotherapy practice notes which patient data it keeps, why and for how long.",
      ),
      step(
        "Schrijf een privacyverklaring en maak afspraken met verwerkers",
        "Write a privacy statement and make agreements with processors",
        "Een camping zet een privacyverklaring op de reserveringssite en sluit een verwerkersovereenkomst met de leverancier van het boekingssysteem.",
        "A camping puts a privacy statement on its booking site and signs a data processing agreement with the supplier of its booking system.",
      ),
      step(
        "Beveilig de gegevens en test of het werkt",
        "Secure the data and test that it works",
        "Een IT-kantoor zet tweestapsverificatie aan voor alle accounts en oefent elk jaar het terugzetten van een back-up.",
        "An IT office turns on two-factor authentication for every account and practises restoring a backup every year.",
      ),
      step(
        "Kijk het elk jaar na, ook bij leveranciers, en bewaar niet meer dan nodig",
        "Review it every year, at suppliers too, and keep no more than needed",
        "Een gemeente controleert jaarlijks of haar leveranciers de afspraken nakomen en verwijdert gegevens na de bewaartermijn.",
        "A municipality checks every year that its suppliers keep the agreements and deletes data after the retention period.",
      ),
    ],
  },
  "6.7.8": {
    topic: t("toegang tot essentiële diensten", "access to essential services"),
    theme: "social",
    steps: [
      step(
        "Zoek uit wie moeite heeft om uw dienst te betalen of te gebruiken",
        "Find out who struggles to pay for or use your service",
        "Een energiecoöperatie kijkt welke leden een betalingsachterstand hebben.",
        "An energy cooperative looks at which members are behind on payments.",
      ),
      step(
        "Spreek af hoe u klanten helpt die niet kunnen betalen",
        "Agree how you help customers who cannot pay",
        "Een energiecoöperatie legt vast dat zij bij een achterstand eerst belt en een betalingsregeling aanbiedt.",
        "An energy cooperative records that when a member falls behind it first calls and offers a payment plan.",
      ),
      step(
        "Maak uw dienst bereikbaar en houd bij hoeveel mensen u zo helpt",
        "Make your service reachable and track how many people you help that way",
        "Een fysiotherapiepraktijk komt aan huis bij mensen die slecht ter been zijn en houdt bij hoe vaak.",
        "A physiotherapy practice visits people with limited mobility at home and tracks how often.",
      ),
      step(
        "Werk met gemeente en hulporganisaties aan toegang voor iedereen",
        "Work with the municipality and aid organisations on access for everyone",
        "Een vervoerder in een dorp regelt met de gemeente en de ouderenbond een belbus voor mensen zonder auto.",
        "A village transport company arranges a dial-a-ride bus for people without a car with the municipality and the senior citizens' association.",
      ),
    ],
  },
  "6.7.9": {
    topic: t("voorlichting aan klanten", "customer education and awareness"),
    theme: "social",
    steps: [
      step(
        "Geef klanten een korte uitleg over veilig en zuinig gebruik",
        "Give customers a short explanation of safe and economical use",
        "Een installatiebedrijf laat bij elke nieuwe cv-ketel of warmtepomp een kaart achter met de zuinigste instellingen.",
        "An installer leaves a card with the most economical settings with every new boiler or heat pump.",
      ),
      step(
        "Bepaal welke uitleg klanten van u krijgen",
        "Decide what explanation customers get from you",
        "Een camping legt vast welke tips over water en energie gasten bij aankomst krijgen.",
        "A camping records which tips on water and energy guests receive on arrival.",
      ),
      step(
        "Vraag klanten of de uitleg helpt en verbeter hem",
        "Ask customers whether the explanation helps and improve it",
        "Een fietsenwinkel vraagt kopers van een e-bike na een maand of de uitleg over de accu duidelijk was.",
        "A bicycle shop asks e-bike buyers after a month whether the explanation of the battery was clear.",
      ),
      step(
        "Geef voorlichting samen met anderen",
        "Run education together with others",
        "Een bouwmarkt geeft samen met het energieloket van de gemeente workshops over isoleren.",
        "A DIY store runs insulation workshops together with the municipality's energy desk.",
      ),
    ],
  },
  "6.8.3": {
    topic: t("betrokkenheid bij de omgeving", "involvement in the community"),
    theme: "social",
    steps: [
      step(
        "Maak kennis met uw buren",
        "Get to know your neighbours",
        "Een transportbedrijf nodigt de buren uit voor koffie en vraagt wat zij merken van de vrachtwagens.",
        "A transport firm invites the neighbours for coffee and asks what they notice of the lorries.",
      ),
      step(
        "Plan vast overleg met de omgeving",
        "Plan regular talks with the community",
        "Een camping spreekt met de dorpsraad af elk voorjaar samen het seizoen voor te bereiden.",
        "A camping agrees with the village council to prepare the season together every spring.",
      ),
      step(
        "Doe mee aan lokale projecten en houd bij wat ze opleveren",
        "Take part in local projects and track what they bring",
        "Een bakkerij doet mee met het buurtfeest en de ondernemersvereniging en noteert welke afspraken daaruit komen.",
        "A bakery takes part in the street party and the business association and notes which agreements come out of them.",
      ),
      step(
        "Werk met buurt en gemeente aan een gezamenlijk doel",
        "Work with the neighbourhood and municipality on a shared goal",
        "Een IT-bedrijf bouwt met de gemeente en de bewoners een app voor burenhulp en betaalt het onderhoud.",
        "An IT company builds a neighbourhood-help app with the municipality and residents and pays for its upkeep.",
      ),
    ],
  },
  "6.8.4": {
    topic: t("onderwijs en cultuur in de regio", "education and culture in the region"),
    theme: "social",
    steps: [
      step(
        "Bied één stageplaats of rondleiding aan",
        "Offer one internship or tour",
        "Een boerderij geeft een klas van de basisschool een rondleiding over waar melk vandaan komt.",
        "A farm gives a primary school class a tour about where milk comes from.",
      ),
      step(
        "Spreek met een school of culturele organisatie af wat u elk jaar doet",
        "Agree with a school or cultural organisation what you do every year",
        "Een installatiebedrijf spreekt met het mbo af elk jaar twee stageplaatsen en een gastles te geven.",
        "An installer agrees with the vocational college to offer two internships and a guest lesson every year.",
      ),
      step(
        "Doe wat u afsprak en vraag de school wat het oplevert",
        "Do what you agreed and ask the school what it brings",
        "Een IT-kantoor geeft programmeerlessen op een basisschool en bespreekt na afloop met de leerkracht wat de kinderen leerden.",
        "An IT office gives coding lessons at a primary school and discusses afterwards with the teacher what the children learned.",
      ),
      step(
        "Bouw een langdurige samenwerking op met onderwijs of cultuur",
        "Build a lasting partnership with education or culture",
        "Een drukkerij steunt al jaren het theater in de stad en drukt de programmaboekjes gratis, op gerecycled papier.",
        "A printer has supported the town theatre for years and prints its programmes for free, on recycled paper.",
      ),
    ],
  },
  "6.8.5": {
    topic: t("werkgelegenheid en vaardigheden in de regio", "jobs and skills in the region"),
    theme: "social",
    steps: [
      step(
        "Werf eerst in de regio",
        "Recruit in the region first",
        "Een bakkerij zet haar vacature eerst in het dorpsblad en bij het werkgeversservicepunt van de gemeente.",
        "A bakery advertises its vacancy first in the village paper and at the municipality's employer service desk.",
      ),
      step(
        "Maak een plan voor leerwerkplekken",
        "Make a plan for work-based learning places",
        "Een garagebedrijf legt vast dat het elk jaar een leerling-monteur opleidt in een leerwerktraject.",
        "A garage records that it trains one apprentice mechanic a year in a work-based learning programme.",
      ),
      step(
        "Begeleid leerlingen en nieuwe medewerkers en volg hoe het gaat",
        "Coach apprentices and new staff and follow how they do",
        "Een schoonmaakbedrijf geeft nieuwe medewerkers die uit de bijstand komen een vaste werkbegeleider en houdt bij wie na een jaar nog werkt.",
        "A cleaning company gives new staff coming off welfare a fixed job coach and tracks who is still working after a year.",
      ),
      step(
        "Werk met scholen, gemeente en andere werkgevers aan doorstroom",
        "Work with schools, the municipality and other employers on progression",
        "Een transportbedrijf leidt met de gemeente en andere vervoerders zij-instromers op tot chauffeur en helpt hen aan een baan.",
        "A transport firm trains career changers as drivers with the municipality and other hauliers and helps them into a job.",
      ),
    ],
  },
  "6.8.6": {
    topic: t("het ontwikkelen en delen van technologie", "developing and sharing technology"),
    theme: "governance",
    steps: [
      step(
        "Deel eens kennis met een andere ondernemer",
        "Share knowledge with another business once",
        "Een installatiebedrijf laat een andere Koploper zien hoe het zijn energieverbruik met een slimme meter volgt.",
        "An installer shows another Koploper how it tracks its energy use with a smart meter.",
      ),
      step(
        "Spreek af welke kennis u deelt en met wie",
        "Agree which knowledge you share and with whom",
        "Een IT-kantoor spreekt met de ondernemersvereniging een maandelijks spreekuur over digitale veiligheid af.",
        "An IT office agrees a monthly drop-in on digital security with the business association.",
      ),
      step(
        "Deel kennis volgens plan en vraag wat het anderen oplevert",
        "Share knowledge as planned and ask what it brings others",
        "Een boerderij houdt twee open dagen over haar mestvergister en vraagt bezoekers wat ze ervan meenemen.",
        "A farm holds two open days about its manure digester and asks visitors what they take away.",
      ),
      step(
        "Ontwikkel techniek met een kennisinstelling en deel de resultaten",
        "Develop technology with a research institute and share the results",
        "Een metaalbedrijf test met een hogeschool een zuiniger productieproces en publiceert de resultaten voor de branche.",
        "A metalworking firm tests a more efficient production process with a university of applied sciences and publishes the results for the sector.",
      ),
    ],
  },
  "6.8.7": {
    topic: t("welvaart en inkomen in de regio", "wealth and income in the region"),
    theme: "purchasing",
    steps: [
      step(
        "Kijk wat u in de regio kunt inkopen",
        "See what you can buy in the region",
        "Een hotel zet op een rij welke producten het van ver haalt en welke een leverancier uit de buurt ook kan leveren.",
        "A hotel lists which products it buys from far away and which a nearby supplier could also supply.",
      ),
      step(
        "Stel een doel voor inkoop in de regio",
        "Set a target for buying in the region",
        "Een gemeente neemt in haar inkoopbeleid op dat zij voor kleine opdrachten ook ondernemers uit de gemeente uitnodigt.",
        "A municipality puts in its purchasing policy that it also invites local businesses for small contracts.",
      ),
      step(
        "Koop in de regio in, betaal op tijd en volg het aandeel",
        "Buy in the region, pay on time and track the share",
        "Een camping koopt brood en groente bij bakkers en boeren uit de streek en houdt bij welk deel van de inkoop lokaal is.",
        "A camping buys bread and vegetables from local bakers and farmers and tracks what share of its purchasing is local.",
      ),
      step(
        "Help leveranciers uit de regio groeien",
        "Help suppliers in the region grow",
        "Een cateraar sluit meerjarige contracten met telers uit de regio, zodat zij durven te investeren.",
        "A caterer signs multi-year contracts with growers in the region so that they dare to invest.",
      ),
    ],
  },
  "6.8.8": {
    topic: t("gezondheid in de omgeving", "health in the community"),
    theme: "mobility",
    steps: [
      step(
        "Vraag buren welke overlast zij merken",
        "Ask neighbours what nuisance they notice",
        "Een bakkerij vraagt de buren of zij last hebben van de afzuiging of van het laden en lossen vroeg in de ochtend.",
        "A bakery asks the neighbours whether the extractor fan or early-morning loading bothers them.",
      ),
      step(
        "Maak een plan om geluid, stof, geur en verkeer te beperken",
        "Make a plan to limit noise, dust, smell and traffic",
        "Een transportbedrijf spreekt af dat vrachtwagens voor zeven uur 's ochtends niet meer door de woonstraat rijden.",
        "A transport firm agrees that lorries no longer drive through the residential street before seven in the morning.",
      ),
      step(
        "Voer het plan uit en houd meldingen van overlast bij",
        "Carry out the plan and track nuisance reports",
        "Een garagebedrijf zet een geluidsscherm bij de werkplaats en noteert elke melding van de buren.",
        "A garage puts a noise screen by its workshop and records every report from the neighbours.",
      ),
      step(
        "Werk met anderen aan de gezondheid in de buurt",
        "Work with others on health in the neighbourhood",
        "Een sportschool geeft samen met de huisartsenpraktijk gratis beweeglessen aan ouderen uit de wijk.",
        "A gym gives free exercise classes to older residents of the district together with the GP practice.",
      ),
    ],
  },
  "6.8.9": {
    topic: t("maatschappelijke investeringen", "social investment"),
    theme: "social",
    steps: [
      step(
        "Kies één maatschappelijk doel in de buurt",
        "Choose one local cause",
        "Een IT-kantoor kiest de voedselbank in de eigen gemeente als goed doel.",
        "An IT office chooses the food bank in its own municipality as its cause.",
      ),
      step(
        "Spreek af wat u elk jaar geeft aan tijd, geld of materiaal",
        "Agree what you give every year in time, money or materials",
        "Een bouwbedrijf spreekt af dat elke medewerker één werkdag per jaar klust voor het buurthuis.",
        "A builder agrees that every employee spends one working day a year on odd jobs for the community centre.",
      ),
      step(
        "Geef zoals afgesproken en houd bij wat het oplevert",
        "Give as agreed and track what it achieves",
        "Een bakkerij levert elke week brood aan de voedselbank en noteert hoeveel gezinnen daarmee geholpen worden.",
        "A bakery delivers bread to the food bank every week and notes how many families it helps.",
      ),
      step(
        "Bouw een langdurige samenwerking op en vertel over de resultaten",
        "Build a lasting partnership and report the results",
        "Een camping werkt al jaren samen met een stichting die vakanties regelt voor gezinnen met weinig geld, en zet de resultaten in het jaarverslag.",
        "A camping has worked for years with a foundation that arranges holidays for low-income families, and reports the results in its annual report.",
      ),
    ],
  },
});
