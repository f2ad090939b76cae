import { step, t, type IssueTemplate } from "./recommendation-template-kit.js";

// Recommendation texts for organizational governance (6.2), human rights (6.3) and labour
// practices (6.4): the project's own wording, per issue and per step (0-1, 1-2, 2-3, 3-4), each with
// an example from a small organisation. Only an issue listed in legal-duties.ts may mention a law;
// recommendations.ts adds that duty to its first step.

/** Per issue of 6.2-6.4: topic, theme and the four steps. */
export const templates6_2To6_4 = (): Readonly<Record<string, IssueTemplate>> => ({
  "6.2.3": {
    topic: t("de manier waarop u besluiten neemt", "the way you take decisions"),
    theme: "governance",
    steps: [
      step(
        "Bespreek bij een groot besluit wat het betekent voor mens en milieu",
        "Discuss what a major decision means for people and the environment",
        "Een bakkerij die een nieuwe oven koopt, vergelijkt eerst het energieverbruik van de modellen.",
        "A bakery buying a new oven first compares the energy use of the models.",
      ),
      step(
        "Wijs een verantwoordelijke aan en leg vast hoe duurzaamheid meeweegt",
        "Appoint someone responsible and record how sustainability weighs in",
        "Een transportbedrijf legt vast dat de planner bij elke nieuwe vrachtwagen ook een elektrisch of zuiniger alternatief laat offreren.",
        "A transport firm records that the planner asks for a quote for an electric or more efficient alternative with every new lorry.",
      ),
      step(
        "Houd bij welke besluiten duurzaamheid meewogen en kijk terug",
        "Keep track of which decisions weighed sustainability and look back",
        "Een IT-kantoor zet in de besluitenlijst van het maandoverleg bij elk besluit de gevolgen voor mens en milieu en kijkt elk kwartaal terug.",
        "An IT office notes the effects on people and the environment of every decision in its monthly meeting log and looks back every quarter.",
      ),
      step(
        "Betrek anderen bij grote besluiten en maak de afweging openbaar",
        "Involve others in major decisions and publish the trade-off",
        "Een gemeente legt de keuze voor een nieuw wagenpark voor aan een klankbordgroep van inwoners en publiceert het besluit met de reden.",
        "A municipality puts the choice of a new vehicle fleet to a sounding board of residents and publishes the decision with its reasons.",
      ),
    ],
  },
  "6.3.3": {
    topic: t("het zorgvuldig nagaan van risico's voor mensenrechten", "checking carefully for human-rights risks"),
    theme: "purchasing",
    steps: [
      step(
        "Zet uw belangrijkste leveranciers op een rij",
        "List your main suppliers",
        "Een kledingwinkel noteert van zijn tien grootste leveranciers waar de kleding gemaakt wordt.",
        "A clothes shop writes down where its ten largest suppliers have the clothes made.",
      ),
      step(
        "Leg vast hoe u leveranciers nagaat op risico's voor mensen",
        "Record how you check suppliers for risks to people",
        "Een bouwbedrijf spreekt af dat het elke nieuwe leverancier van natuursteen vraagt uit welke groeve de steen komt.",
        "A builder agrees to ask every new natural-stone supplier which quarry the stone comes from.",
      ),
      step(
        "Controleer de leveranciers met het grootste risico en pak problemen aan",
        "Check the suppliers with the highest risk and tackle problems",
        "Een cateraar laat zijn koffieleverancier aantonen dat de koffie een keurmerk voor eerlijke handel heeft, en stapt over als dat niet lukt.",
        "A caterer has its coffee supplier show that the coffee carries a fair-trade label, and switches if it cannot.",
      ),
      step(
        "Herhaal de risicoanalyse elk jaar en werk met leveranciers aan verbetering",
        "Repeat the risk analysis every year and work with suppliers on improvements",
        "Een fietsenwinkel bespreekt elk jaar met zijn importeur de audits in de fabrieken en maakt samen een verbeterplan.",
        "A bicycle shop reviews the factory audits with its importer every year and makes an improvement plan together.",
      ),
    ],
  },
  "6.3.4": {
    topic: t("situaties met een risico voor mensenrechten", "situations with a risk to human rights"),
    theme: "purchasing",
    steps: [
      step(
        "Ga na of u inkoopt in landen of sectoren met bekende risico's",
        "Check whether you buy from countries or sectors with known risks",
        "Een bloemist zoekt uit of zijn rozen uit Kenia of Ecuador komen en welke risico's daar bekend zijn.",
        "A florist finds out whether its roses come from Kenya or Ecuador and which risks are known there.",
      ),
      step(
        "Leg vast wat u eist bij inkoop uit een risicogebied",
        "Record what you require when buying from a risk area",
        "Een groothandel in werkkleding legt vast dat kleding uit risicolanden alleen nog met een erkend keurmerk wordt ingekocht.",
        "A workwear wholesaler records that clothing from high-risk countries is only bought with a recognised label.",
      ),
      step(
        "Controleer leveranciers in risicogebieden op uw eisen",
        "Check suppliers in risk areas against your requirements",
        "Een bakkerij koopt cacao alleen met een keurmerk en vraagt elk jaar het certificaat op.",
        "A bakery buys cocoa only with a label and asks for the certificate every year.",
      ),
      step(
        "Werk met andere kopers aan betere omstandigheden ter plaatse",
        "Work with other buyers on better conditions on the ground",
        "Een koffiebranderij sluit zich aan bij een brancheafspraak en steunt met andere branders een project voor boeren in de herkomstregio.",
        "A coffee roaster joins a sector agreement and supports a farmers' project in the region of origin with other roasters.",
      ),
    ],
  },
  "6.3.5": {
    topic: t("het vermijden van medeplichtigheid", "avoiding complicity"),
    theme: "purchasing",
    steps: [
      step(
        "Kijk met wie u zaken doet",
        "Look at whom you do business with",
        "Een schoonmaakbedrijf controleert of de onderaannemers die het inhuurt bij de KvK staan ingeschreven en hun mensen een contract geven.",
        "A cleaning company checks that the subcontractors it hires are registered with the Chamber of Commerce and give their people a contract.",
      ),
      step(
        "Leg in een gedragscode vast wat u van partners verwacht",
        "Record in a code of conduct what you expect of partners",
        "Een installatiebedrijf laat onderaannemers een korte gedragscode tekenen over eerlijk loon en veilig werk.",
        "An installer has subcontractors sign a short code of conduct on fair pay and safe work.",
      ),
      step(
        "Controleer of partners zich aan de gedragscode houden",
        "Check that partners keep to the code of conduct",
        "Een hotel vraagt het schoonmaakbedrijf dat het inhuurt elk jaar de loonstroken van een steekproef van de schoonmakers.",
        "A hotel asks the cleaning firm it hires for the payslips of a sample of the cleaners every year.",
      ),
      step(
        "Spreek misstanden aan en stop met een partner die niet verbetert",
        "Raise abuses and stop working with a partner that does not improve",
        "Een transportbedrijf zegt het contract op met een vervoerder die zijn chauffeurs onderbetaalt, en legt vast waarom.",
        "A transport firm ends its contract with a haulier that underpays its drivers, and records why.",
      ),
    ],
  },
  "6.3.6": {
    topic: t("het oplossen van klachten", "resolving grievances"),
    theme: "social",
    steps: [
      step(
        "Richt een vast aanspreekpunt in voor klachten en meldingen",
        "Set up a fixed contact point for complaints and reports",
        "Een camping hangt bij de receptie en in het sanitairgebouw een kaart op met wie gasten, medewerkers en buren kunnen bellen of mailen.",
        "A camping puts up a card at reception and in the washrooms saying whom guests, staff and neighbours can call or e-mail.",
      ),
      step(
        "Schrijf een klachten- en meldregeling en wijs een vertrouwenspersoon aan",
        "Write a complaints and reporting procedure and appoint a confidential adviser",
        "Een zorginstelling met 60 medewerkers legt vast hoe een melding van een misstand vertrouwelijk wordt behandeld en wie de externe vertrouwenspersoon is.",
        "A care institution with 60 staff records how a report of wrongdoing is handled in confidence and who the external confidential adviser is.",
      ),
      step(
        "Registreer klachten en los ze op binnen een afgesproken termijn",
        "Log complaints and resolve them within an agreed period",
        "Een garagebedrijf houdt een logboek bij van klachten van buren over geluid en belt iedere melder binnen een week terug.",
        "A garage keeps a log of neighbours' complaints about noise and calls every complainant back within a week.",
      ),
      step(
        "Bespreek elk jaar wat de klachten leren en vertel wat u veranderde",
        "Review every year what the complaints teach and say what you changed",
        "Een recreatiepark bespreekt jaarlijks de klachten met de buurtvereniging en zet in de nieuwsbrief welke maatregelen volgden.",
        "A holiday park reviews the complaints with the residents' association every year and says in its newsletter which measures followed.",
      ),
    ],
  },
  "6.3.7": {
    topic: t("gelijke kansen en kwetsbare groepen", "equal opportunities and vulnerable groups"),
    theme: "social",
    steps: [
      step(
        "Controleer uw vacatures en uw selectie op onderscheid",
        "Check your vacancies and selection for discrimination",
        "Een bakkerij haalt 'jong en dynamisch' uit haar vacature en stelt alle sollicitanten dezelfde vragen.",
        "A bakery removes 'young and dynamic' from its vacancy and asks every applicant the same questions.",
      ),
      step(
        "Leg vast hoe u eerlijk werft, beloont en bevordert",
        "Record how you recruit, pay and promote fairly",
        "Een IT-kantoor legt loonschalen per functie vast, zodat mannen en vrouwen in dezelfde functie hetzelfde verdienen.",
        "An IT office records pay scales per job, so that men and women in the same job earn the same.",
      ),
      step(
        "Bied werk aan mensen die moeilijk een baan vinden en volg hoe het gaat",
        "Offer work to people who find it hard to get a job and follow how it goes",
        "Een hovenier neemt via het sociaal werkbedrijf twee mensen met een arbeidsbeperking aan en bespreekt elk kwartaal met hen hoe het gaat.",
        "A landscaper hires two people with a work-limiting disability through the sheltered employment company and reviews with them every quarter how it is going.",
      ),
      step(
        "Laat kwetsbare groepen meekijken hoe toegankelijk u bent",
        "Have vulnerable groups review how accessible you are",
        "Een gemeente laat haar loket en website testen door inwoners met een visuele beperking en past aan wat zij tegenkomen.",
        "A municipality has residents with a visual impairment test its service desk and website and fixes what they run into.",
      ),
    ],
  },
  "6.3.8": {
    topic: t("burgerrechten en politieke rechten", "civil and political rights"),
    theme: "social",
    steps: [
      step(
        "Maak duidelijk dat medewerkers vrij hun mening mogen geven",
        "Make clear that staff may speak freely",
        "De eigenaar van een installatiebedrijf zegt in het werkoverleg dat kritiek op de werkwijze welkom is en dat niemand daar last van krijgt.",
        "The owner of an installer says in the team meeting that criticism of how things are done is welcome and that nobody will suffer for it.",
      ),
      step(
        "Leg vast dat medewerkers vrij zijn in hun mening, vakbond en privéleven",
        "Record that staff are free in their opinions, union membership and private life",
        "Een transportbedrijf zet in het personeelshandboek dat vakbondslidmaatschap vrij is en dat het volgsysteem in de cabine buiten werktijd uit staat.",
        "A transport firm states in its staff handbook that union membership is free and that the cab tracking system is off outside working hours.",
      ),
      step(
        "Vraag medewerkers of zij zich vrij voelen om iets aan te kaarten",
        "Ask staff whether they feel free to raise issues",
        "Een zorginstelling neemt in het jaarlijkse medewerkersonderzoek de vraag op of medewerkers zich veilig voelen om misstanden te noemen.",
        "A care institution adds a question to its yearly staff survey on whether employees feel safe to name wrongdoing.",
      ),
      step(
        "Bespreek de uitkomsten en vraag partners dezelfde vrijheid te bieden",
        "Discuss the results and ask partners to offer the same freedom",
        "Een IT-bedrijf bespreekt de uitkomsten van de enquête met alle medewerkers en vraagt zijn uitzendbureau dezelfde vrijheid voor ingehuurde mensen.",
        "An IT company discusses the survey results with all staff and asks its staffing agency for the same freedom for hired people.",
      ),
    ],
  },
  "6.3.9": {
    topic: t("economische, sociale en culturele rechten", "economic, social and cultural rights"),
    theme: "social",
    steps: [
      step(
        "Ga na of uw werk raakt aan het wonen, inkomen of de gezondheid van mensen",
        "Check whether your work affects people's housing, income or health",
        "Een tuinbouwbedrijf kijkt hoe de seizoenwerkers die het inhuurt wonen en wat zij na aftrek van de huur overhouden.",
        "A horticulture firm looks at how the seasonal workers it hires are housed and what they keep after rent.",
      ),
      step(
        "Leg vast wat u verwacht van loon en huisvesting, ook bij leveranciers",
        "Record what you expect of pay and housing, at suppliers too",
        "Een camping die seizoenskrachten huisvest, legt vast hoeveel mensen er hoogstens in een stacaravan slapen en wat de huur hoogstens is.",
        "A camping that houses seasonal staff records the maximum number of people per mobile home and the maximum rent.",
      ),
      step(
        "Controleer de afspraken en los knelpunten op",
        "Check the agreements and fix problems",
        "Een tuinbouwbedrijf bezoekt twee keer per seizoen de huisvesting van de seizoenwerkers en laat gebreken binnen een maand herstellen.",
        "A horticulture firm visits the seasonal workers' housing twice a season and has defects repaired within a month.",
      ),
      step(
        "Betaal mee aan een leefbaar inkomen in de keten en vertel het",
        "Contribute to a living income in the chain and say so",
        "Een koffiebar koopt koffie voor een prijs die boeren een leefbaar inkomen geeft en vertelt klanten op de kaart wat de boer daardoor meer verdient.",
        "A coffee bar buys coffee at a price that gives farmers a living income and tells customers on the menu what the farmer earns extra.",
      ),
    ],
  },
  "6.3.10": {
    topic: t("fundamentele rechten op het werk", "fundamental rights at work"),
    theme: "purchasing",
    steps: [
      step(
        "Vraag leveranciers hoe zij kinderarbeid en dwangarbeid uitsluiten",
        "Ask suppliers how they rule out child labour and forced labour",
        "Een cadeauwinkel mailt zijn vijf grootste leveranciers met de vraag hoe zij kinderarbeid uitsluiten.",
        "A gift shop e-mails its five largest suppliers asking how they rule out child labour.",
      ),
      step(
        "Sluit kinderarbeid en dwangarbeid uit in uw inkoopvoorwaarden",
        "Rule out child labour and forced labour in your purchasing terms",
        "Een drukkerij zet in haar inkoopvoorwaarden dat papier en inkt zonder kinderarbeid en dwangarbeid gemaakt zijn.",
        "A printer states in its purchasing terms that paper and ink are made without child labour and forced labour.",
      ),
      step(
        "Controleer het met keurmerken of audits",
        "Check it with labels or audits",
        "Een sportzaak koopt voetballen alleen nog met een keurmerk dat kinderarbeid uitsluit en bewaart de certificaten.",
        "A sports shop buys footballs only with a label that rules out child labour and keeps the certificates.",
      ),
      step(
        "Help leveranciers verbeteren en vertel wat u bereikt",
        "Help suppliers improve and say what you achieve",
        "Een meubelmaker die hout uit Azië koopt, betaalt mee aan een audit bij de zagerij en zet de uitkomst op zijn website.",
        "A furniture maker that buys wood from Asia pays towards an audit at the sawmill and puts the outcome on its website.",
      ),
    ],
  },
  "6.4.3": {
    topic: t("goed werkgeverschap", "good employment practice"),
    theme: "social",
    steps: [
      step(
        "Geef iedereen een schriftelijk contract",
        "Give everyone a written contract",
        "Een snackbar geeft ook de scholieren die in het weekend werken een schriftelijk contract met hun uren en loon.",
        "A snack bar also gives the school pupils who work at weekends a written contract with their hours and pay.",
      ),
      step(
        "Leg vast wanneer u kiest voor een vaste baan",
        "Record when you choose a permanent job",
        "Een schoonmaakbedrijf legt vast dat wie een jaar vaste uren werkt, een vast contract aangeboden krijgt.",
        "A cleaning company records that anyone who works fixed hours for a year is offered a permanent contract.",
      ),
      step(
        "Volg het aandeel vaste banen en waarom mensen vertrekken",
        "Track the share of permanent jobs and why people leave",
        "Een transportbedrijf houdt per kwartaal bij hoeveel chauffeurs vast in dienst zijn en waarom mensen vertrekken.",
        "A transport firm tracks every quarter how many drivers are permanently employed and why people leave.",
      ),
      step(
        "Vraag dezelfde zekerheid van onderaannemers en vertel wat u bereikt",
        "Ask subcontractors for the same security and say what you achieve",
        "Een bouwbedrijf werkt alleen met onderaannemers die hun mensen in loondienst hebben en meldt het aandeel vaste banen in zijn jaarverslag.",
        "A builder works only with subcontractors that employ their people and reports the share of permanent jobs in its annual report.",
      ),
    ],
  },
  "6.4.4": {
    topic: t("arbeidsvoorwaarden en sociale bescherming", "working conditions and social protection"),
    theme: "social",
    steps: [
      step(
        "Controleer loon, werktijden en verlof",
        "Check pay, working hours and leave",
        "Een lunchroom legt de uurlonen naast het wettelijk minimumloon en de horeca-cao en betaalt bij waar het tekortschiet.",
        "A lunchroom compares its hourly wages with the statutory minimum wage and the hospitality collective agreement and pays extra where it falls short.",
      ),
      step(
        "Leg uw arbeidsvoorwaarden vast in een personeelsregeling",
        "Record your terms of employment in a staff regulation",
        "Een IT-kantoor zet loon, werktijden, thuiswerken, verlof en reiskosten in één personeelsregeling die iedereen krijgt.",
        "An IT office puts pay, working hours, working from home, leave and travel costs in one staff regulation that everyone receives.",
      ),
      step(
        "Houd werktijden en verlof bij en grijp in bij veel overwerk",
        "Track working hours and leave and act on frequent overtime",
        "Een transportbedrijf controleert elke maand de rij- en rusttijden en plant anders als chauffeurs te vaak overwerken.",
        "A transport firm checks driving and rest times every month and plans differently when drivers work overtime too often.",
      ),
      step(
        "Vergelijk uw voorwaarden elk jaar met de sector en verbeter ze",
        "Compare your terms with the sector every year and improve them",
        "Een camping vergelijkt elk jaar haar voorwaarden met andere recreatiebedrijven en geeft seizoenskrachten een extra vrije dag.",
        "A camping compares its terms with other leisure businesses every year and gives seasonal staff an extra day off.",
      ),
    ],
  },
  "6.4.5": {
    topic: t("overleg met medewerkers", "dialogue with staff"),
    theme: "social",
    steps: [
      step(
        "Vraag medewerkers wat zij van het werk vinden",
        "Ask staff what they think of the work",
        "De eigenaar van een bakkerij vraagt bij de koffie wat de medewerkers van het nieuwe rooster vinden.",
        "The owner of a bakery asks over coffee what the staff think of the new rota.",
      ),
      step(
        "Plan een vast werkoverleg met een agenda",
        "Schedule a regular staff meeting with an agenda",
        "Een installatiebedrijf houdt elke eerste maandag van de maand werkoverleg, waarin medewerkers zelf punten inbrengen.",
        "An installer holds a staff meeting every first Monday of the month, where employees raise their own points.",
      ),
      step(
        "Maak afspraken in het overleg en volg ze op",
        "Make agreements in the meeting and follow them up",
        "Een zorginstelling houdt een actielijst bij en begint elk overleg met wat er van de vorige afspraken terechtkwam.",
        "A care institution keeps an action list and starts every meeting with what came of the previous agreements.",
      ),
      step(
        "Laat medewerkers meedenken over de koers",
        "Let staff help shape the direction",
        "Een IT-bedrijf vraagt de personeelsvertegenwoordiging om advies over het duurzaamheidsplan voordat de directie het vaststelt.",
        "An IT company asks its staff representatives for advice on the sustainability plan before management adopts it.",
      ),
    ],
  },
  "6.4.6": {
    topic: t("gezondheid en veiligheid op het werk", "health and safety at work"),
    theme: "social",
    steps: [
      step(
        "Maak een RI&E met een plan van aanpak",
        "Make an RI&E with a plan of action",
        "Een bakkerij legt met de RI&E van de branche de risico's van hete ovens, meelstof en tillen vast.",
        "A bakery uses its sector's RI&E to record the risks of hot ovens, flour dust and lifting.",
      ),
      step(
        "Wijs een preventiemedewerker aan en plan de maatregelen",
        "Appoint a prevention officer and schedule the measures",
        "Een garagebedrijf wijst een monteur aan als preventiemedewerker en zet elke maatregel uit het plan van aanpak met een datum in de planning.",
        "A garage appoints a mechanic as prevention officer and puts every measure from the plan of action in the schedule with a date.",
      ),
      step(
        "Registreer ongevallen, bijna-ongevallen en verzuim en leer ervan",
        "Record accidents, near misses and absence and learn from them",
        "Een transportbedrijf laat chauffeurs bijna-ongelukken bij het laden melden met een app en bespreekt ze in het maandoverleg.",
        "A transport firm has drivers report near misses while loading through an app and discusses them in the monthly meeting.",
      ),
      step(
        "Werk de RI&E elk jaar bij en stel veiligheidseisen aan wie bij u werkt",
        "Update the RI&E every year and set safety requirements for whoever works on your site",
        "Een bouwbedrijf werkt de RI&E jaarlijks bij en laat onderaannemers voor de start een veiligheidsinstructie volgen.",
        "A builder updates its RI&E every year and has subcontractors follow a safety briefing before they start.",
      ),
    ],
  },
  "6.4.7": {
    topic: t("ontwikkeling en scholing van medewerkers", "staff development and training"),
    theme: "social",
    steps: [
      step(
        "Vraag elke medewerker wat hij of zij wil leren",
        "Ask every employee what they want to learn",
        "Een kapsalon vraagt elke medewerker welke nieuwe techniek zij dit jaar wil leren.",
        "A hair salon asks every employee which new technique she wants to learn this year.",
      ),
      step(
        "Maak een opleidingsplan met een budget",
        "Make a training plan with a budget",
        "Een installatiebedrijf reserveert per monteur een opleidingsbudget voor warmtepompen en zonnepanelen.",
        "An installer sets aside a training budget per technician for heat pumps and solar panels.",
      ),
      step(
        "Voer het plan uit en houd bij wie welke opleiding volgde",
        "Carry out the plan and track who took which training",
        "Een zorginstelling houdt per medewerker bij welke scholing zij volgde en bespreekt in het jaargesprek wat het opleverde.",
        "A care institution records the training each employee took and discusses in the annual review what it brought.",
      ),
      step(
        "Laat ook flexwerkers en stagiairs leren en werk samen met scholen",
        "Let flexible workers and interns learn too and work with schools",
        "Een IT-bedrijf laat ingehuurde ontwikkelaars meedoen met de interne trainingen en geeft les op het mbo in de regio.",
        "An IT company lets hired developers join its internal training and teaches at the regional vocational college.",
      ),
    ],
  },
});
