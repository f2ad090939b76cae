import { step, t, type IssueTemplate } from "./recommendation-template-kit.js";

// Recommendation texts for the environment (6.5) and fair operating practices (6.6): the
// project's own wording, per issue and per step (0-1, 1-2, 2-3, 3-4), each with an example from a
// small organisation. Only an issue listed in legal-duties.ts may mention a law;
// recommendations.ts adds that duty to its first step.

/** Per issue of 6.5-6.6: topic, theme and the four steps. */
export const templates6_5To6_6 = (): Readonly<Record<string, IssueTemplate>> => ({
  "6.5.3": {
    topic: t("het voorkomen van vervuiling en afval", "preventing pollution and waste"),
    theme: "waste",
    steps: [
      step(
        "Scheid uw afval in meer stromen",
        "Separate your waste into more streams",
        "Een lunchroom zet naast de bak voor restafval aparte bakken voor gft, plastic en papier.",
        "A lunchroom puts separate bins for organic waste, plastics and paper next to the residual-waste bin.",
      ),
      step(
        "Stel een doel voor minder restafval en wijs iemand aan die het bijhoudt",
        "Set a target for less residual waste and appoint someone to track it",
        "Een drukkerij spreekt met haar afvalinzamelaar een doel af voor minder restafval, en de bedrijfsleider houdt het bij.",
        "A printer agrees a target for less residual waste with its waste collector, and the manager keeps track.",
      ),
      step(
        "Meet uw afval en voorkom lekken en lozingen",
        "Measure your waste and prevent leaks and spills",
        "Een garagebedrijf weegt elke maand zijn afvalstromen en zet olie en koelvloeistof in lekbakken.",
        "A garage weighs its waste streams every month and keeps oil and coolant in drip trays.",
      ),
      step(
        "Voorkom afval samen met leveranciers en klanten",
        "Prevent waste together with suppliers and customers",
        "Een bakkerij spreekt met de meelleverancier retourverpakking af en geeft het brood van gisteren aan de voedselbank.",
        "A bakery agrees returnable packaging with its flour supplier and gives yesterday's bread to the food bank.",
      ),
    ],
  },
  "6.5.4": {
    topic: t("zuinig gebruik van water, energie en grondstoffen", "careful use of water, energy and materials"),
    theme: "water",
    steps: [
      step(
        "Lees uw meters af en zoek de grootste verbruikers",
        "Read your meters and find the largest users",
        "Een camping leest een maand lang elke week de watermeter van het sanitairgebouw af.",
        "A camping reads the water meter of its washroom block every week for a month.",
      ),
      step(
        "Stel doelen voor minder water, energie en materiaal",
        "Set targets for using less water, energy and materials",
        "Een wasserette stelt een doel voor minder water per kilo was en maakt de bedrijfsleider er verantwoordelijk voor.",
        "A launderette sets a target for less water per kilo of laundry and makes its manager responsible.",
      ),
      step(
        "Neem besparende maatregelen en volg het verbruik per maand",
        "Take saving measures and track use every month",
        "Een camping plaatst waterbesparende douchekoppen en vergelijkt het verbruik per overnachting met vorig jaar.",
        "A camping fits water-saving shower heads and compares use per overnight stay with last year.",
      ),
      step(
        "Kies hergebruikt en hernieuwbaar materiaal, samen met leveranciers",
        "Choose reused and renewable materials, together with suppliers",
        "Een meubelmaker koopt restpartijen hout van een bouwbedrijf en neemt oude meubels van klanten terug.",
        "A furniture maker buys leftover timber from a builder and takes back old furniture from customers.",
      ),
    ],
  },
  "6.5.5": {
    topic: t("het beperken van en aanpassen aan klimaatverandering", "limiting and adapting to climate change"),
    theme: "energy",
    steps: [
      step(
        "Bereken uw CO2-voetafdruk en ga na of de energiebesparingsplicht voor u geldt",
        "Calculate your CO2 footprint and check whether the energy saving duty applies to you",
        "Een bakkerij telt uit de jaarafrekeningen haar kWh en m3 gas op, legt ze naast de drempels en vult de Milieubarometer in.",
        "A bakery adds up its kWh and m3 of gas from the annual bills, compares them with the thresholds and fills in the Milieubarometer.",
      ),
      step(
        "Stel een CO2-doel en kies de maatregelen die het meest besparen",
        "Set a CO2 target and choose the measures that save the most",
        "Een transportbedrijf stelt een doel voor minder diesel per kilometer en kiest voor een training zuinig rijden en vaste controle van de bandenspanning.",
        "A transport firm sets a target for less diesel per kilometre and chooses eco-driving training and regular tyre-pressure checks.",
      ),
      step(
        "Voer de maatregelen uit en bereken uw uitstoot elk jaar opnieuw",
        "Carry out the measures and recalculate your emissions every year",
        "Een IT-kantoor stapt over op groene stroom uit Nederland, zet de servers 's nachts in een zuinige stand en berekent elk jaar zijn voetafdruk.",
        "An IT office switches to green electricity from Dutch sources, sets its servers to an economical mode at night and calculates its footprint every year.",
      ),
      step(
        "Bereid u voor op hitte en wateroverlast en beperk ook de uitstoot in de keten",
        "Prepare for heat and flooding and cut emissions in the chain too",
        "Een camping legt een waterberging aan voor hevige buien en vraagt leveranciers om gebundelde leveringen met minder ritten.",
        "A camping builds water storage for heavy downpours and asks suppliers for bundled deliveries with fewer trips.",
      ),
    ],
  },
  "6.5.6": {
    topic: t("natuur en biodiversiteit", "nature and biodiversity"),
    theme: "purchasing",
    steps: [
      step(
        "Kijk welke natuur er op en rond uw terrein is",
        "Look at what nature there is on and around your site",
        "Een hovenier telt met zijn medewerkers een middag de vogels en insecten op het eigen terrein.",
        "A landscaper spends an afternoon with staff counting the birds and insects on its own grounds.",
      ),
      step(
        "Maak een plan voor meer groen en minder verharding",
        "Make a plan for more green and less paving",
        "Een garagebedrijf spreekt met de gemeente af een deel van de parkeerplaats te vervangen door een bloemrijke strook.",
        "A garage agrees with the municipality to replace part of its car park with a strip of wild flowers.",
      ),
      step(
        "Voer het plan uit en koop hout en papier met een keurmerk",
        "Carry out the plan and buy certified wood and paper",
        "Een kinderopvang legt een groen speelplein aan en koopt alleen nog papier met een FSC-keurmerk.",
        "A childcare centre lays out a green playground and buys only FSC-labelled paper.",
      ),
      step(
        "Werk met buren en gemeente aan natuur in de omgeving",
        "Work with neighbours and the municipality on nature in the area",
        "Een camping plant met de gemeente en de boeren ernaast een houtwal en laat elk jaar de vogels tellen.",
        "A camping plants a hedgerow with the municipality and the neighbouring farmers and has the birds counted every year.",
      ),
    ],
  },
  "6.6.3": {
    topic: t("het tegengaan van corruptie", "preventing corruption"),
    theme: "governance",
    steps: [
      step(
        "Spreek regels af over geschenken en uitnodigingen",
        "Agree rules on gifts and invitations",
        "Een installatiebedrijf spreekt af dat monteurs van leveranciers niets aannemen dat meer waard is dan een fles wijn.",
        "An installer agrees that technicians accept nothing from suppliers worth more than a bottle of wine.",
      ),
      step(
        "Leg uw regels tegen omkoping vast in een gedragscode",
        "Record your rules against bribery in a code of conduct",
        "Een aannemer legt in zijn gedragscode vast dat twee mensen elke betaling goedkeuren en dat geschenken worden gemeld bij de directie.",
        "A contractor records in its code of conduct that two people approve every payment and that gifts are reported to management.",
      ),
      step(
        "Bespreek de regels met medewerkers en houd een register van geschenken bij",
        "Discuss the rules with staff and keep a register of gifts",
        "Een gemeente houdt een register bij van geschenken en uitnodigingen die ambtenaren krijgen en bespreekt het elk jaar.",
        "A municipality keeps a register of the gifts and invitations officials receive and reviews it every year.",
      ),
      step(
        "Spreek de regels ook af met zakenpartners",
        "Agree the rules with business partners too",
        "Een groothandel zet in haar inkoopvoorwaarden dat leveranciers geen geschenken aan inkopers geven, en stopt de samenwerking bij overtreding.",
        "A wholesaler states in its purchasing terms that suppliers give no gifts to buyers, and ends the relationship on a breach.",
      ),
    ],
  },
  "6.6.4": {
    topic: t("verantwoorde politieke betrokkenheid", "responsible political involvement"),
    theme: "governance",
    steps: [
      step(
        "Zet op een rij via wie u invloed uitoefent op politiek en overheid",
        "List through whom you influence politics and government",
        "Een agrarisch bedrijf noteert bij welke brancheorganisaties het lid is en welke standpunten die innemen.",
        "A farm writes down which sector organisations it belongs to and what positions they take.",
      ),
      step(
        "Spreek af hoe u open en eerlijk opkomt voor uw belangen",
        "Agree how you stand up for your interests openly and honestly",
        "Een transportbedrijf spreekt af dat het zijn standpunten bij de gemeente alleen schriftelijk en onder eigen naam inbrengt.",
        "A transport firm agrees to put its positions to the municipality only in writing and under its own name.",
      ),
      step(
        "Maak openbaar welke organisaties u steunt en wat u inbrengt",
        "Publish which organisations you support and what you put forward",
        "Een bouwbedrijf zet op zijn website van welke brancheverenigingen het lid is en wat het inbracht bij de inspraak over een bestemmingsplan.",
        "A builder lists on its website the trade associations it belongs to and what it submitted in the consultation on a zoning plan.",
      ),
      step(
        "Kijk of uw brancheorganisatie past bij uw duurzaamheidsdoelen",
        "Check whether your trade association fits your sustainability goals",
        "Een IT-bedrijf vraagt zijn brancheorganisatie de klimaatdoelen te steunen en heroverweegt het lidmaatschap als dat uitblijft.",
        "An IT company asks its trade association to back the climate goals and reconsiders its membership if it does not.",
      ),
    ],
  },
  "6.6.5": {
    topic: t("eerlijke concurrentie", "fair competition"),
    theme: "governance",
    steps: [
      step(
        "Leg medewerkers uit welke afspraken met concurrenten niet mogen",
        "Explain to staff which agreements with competitors are not allowed",
        "Een taxibedrijf legt chauffeurs en planners uit dat ze met andere taxibedrijven geen tarieven afspreken en geen klanten verdelen.",
        "A taxi company explains to drivers and planners that they agree no fares and divide no customers with other taxi companies.",
      ),
      step(
        "Leg de regels vast en wijs iemand aan voor vragen",
        "Record the rules and appoint someone for questions",
        "Een installatiebedrijf zet in het personeelshandboek wat wel en niet kan in de ondernemersvereniging en wie je bij twijfel vraagt.",
        "An installer states in its staff handbook what is and is not done in the business association and whom to ask when in doubt.",
      ),
      step(
        "Toets samenwerkingen met concurrenten vooraf",
        "Check partnerships with competitors beforehand",
        "Een bouwbedrijf laat elke samenwerking met een concurrent voor een aanbesteding vooraf toetsen en bewaart de afweging.",
        "A builder has every tender partnership with a competitor checked beforehand and keeps the assessment.",
      ),
      step(
        "Werk eerlijk samen aan duurzaamheid, ook met concurrenten",
        "Cooperate fairly on sustainability, with competitors too",
        "Bakkers in een gemeente kopen samen groene stroom in en laten vooraf nagaan of die afspraak binnen de regels blijft.",
        "Bakeries in a municipality buy green electricity together and have it checked beforehand that the arrangement stays within the rules.",
      ),
    ],
  },
  "6.6.6": {
    topic: t("maatschappelijk verantwoord inkopen in de keten", "responsible purchasing in the value chain"),
    theme: "purchasing",
    steps: [
      step(
        "Kies bij gelijke prijs de duurzamere leverancier",
        "Choose the more sustainable supplier at an equal price",
        "Een kantoor kiest voor de nieuwe koffieautomaat de leverancier met fairtrade-koffie en herbruikbare bekers.",
        "An office chooses the supplier with fair-trade coffee and reusable cups for its new coffee machine.",
      ),
      step(
        "Neem duurzaamheidseisen op in uw inkoopvoorwaarden",
        "Put sustainability requirements in your purchasing terms",
        "Een gemeente neemt in haar inkoopbeleid eisen op voor uitstootvrije leveringen in het centrum.",
        "A municipality puts requirements for zero-emission deliveries in the town centre in its purchasing policy.",
      ),
      step(
        "Beoordeel leveranciers op de eisen en betaal hen op tijd",
        "Assess suppliers on the requirements and pay them on time",
        "Een hotel beoordeelt elk jaar zijn tien grootste leveranciers op duurzaamheid en betaalt facturen binnen dertig dagen.",
        "A hotel assesses its ten largest suppliers on sustainability every year and pays invoices within thirty days.",
      ),
      step(
        "Werk met leveranciers aan verbetering en deel wat u leert",
        "Work with suppliers on improvements and share what you learn",
        "Een transportbedrijf maakt met zijn grootste verlader afspraken over volle vrachten en deelt de resultaten met andere Koplopers.",
        "A transport firm agrees full loads with its largest shipper and shares the results with other Koplopers.",
      ),
    ],
  },
  "6.6.7": {
    topic: t("respect voor eigendomsrechten", "respect for property rights"),
    theme: "governance",
    steps: [
      step(
        "Controleer of u licenties heeft voor wat u gebruikt",
        "Check that you hold licences for what you use",
        "Een reclamebureau loopt na of alle foto's op zijn website gekocht of zelf gemaakt zijn.",
        "An advertising agency checks that every photo on its website was bought or made in house.",
      ),
      step(
        "Houd een overzicht bij van licenties en rechten",
        "Keep an overview of licences and rights",
        "Een IT-kantoor houdt een lijst bij van alle softwarelicenties, met de einddatum en wie erover gaat.",
        "An IT office keeps a list of all software licences, with their end date and who is in charge of each.",
      ),
      step(
        "Controleer het overzicht elk jaar en verwijder wat zonder licentie is",
        "Check the overview every year and remove anything unlicensed",
        "Een architectenbureau controleert elk jaar de licenties van tekenprogramma's en lettertypen en verwijdert kopieën zonder licentie.",
        "An architects' office checks the licences of drawing software and fonts every year and removes unlicensed copies.",
      ),
      step(
        "Respecteer ook de rechten van anderen in uw keten",
        "Respect the rights of others in your chain too",
        "Een meubelmaker vraagt ontwerpers toestemming voordat hij hun ontwerp namaakt en noemt hun naam bij de verkoop.",
        "A furniture maker asks designers' permission before copying a design and credits them when selling it.",
      ),
    ],
  },
});
