<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AgendaLabels</name>
    <message>
        <source>Hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Other court date</source>
        <translation>Andere gerechtelijke datum</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Other planned contact</source>
        <translation>Ander gepland contact</translation>
    </message>
    <message>
        <source>Payment-plan check</source>
        <translation>Controle afbetalingsplan</translation>
    </message>
    <message>
        <source>End of aftercare</source>
        <translation>Einde nazorg</translation>
    </message>
    <message>
        <source>Next date of the case</source>
        <translation>Volgende datum van het dossier</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Verzoekschrift</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Vonnis</translation>
    </message>
    <message>
        <source>Announced eviction date</source>
        <translation>Aangekondigde datum van uithuiszetting</translation>
    </message>
    <message>
        <source>Eviction carried out</source>
        <translation>Uithuiszetting uitgevoerd</translation>
    </message>
    <message>
        <source>Court date</source>
        <translation>Gerechtelijke datum</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>Gesprek op kantoor</translation>
    </message>
    <message>
        <source>Consultation with the landlord</source>
        <translation>Overleg met de verhuurder</translation>
    </message>
    <message>
        <source>Meeting with another service</source>
        <translation>Overleg met een andere dienst</translation>
    </message>
    <message>
        <source>Planned contact</source>
        <translation>Gepland contact</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Komend</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>Over %1 dagen</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Komende 7 dagen</translation>
    </message>
    <message>
        <source>Next 30 days</source>
        <translation>Komende 30 dagen</translation>
    </message>
    <message>
        <source>Next 90 days</source>
        <translation>Komende 90 dagen</translation>
    </message>
    <message>
        <source>Everything ahead</source>
        <translation>Alles wat nog komt</translation>
    </message>
    <message>
        <source>Choose where to save the calendar file.</source>
        <translation>Kies waar je het agendabestand opslaat.</translation>
    </message>
    <message>
        <source>The calendar file could not be written there (%1). Choose another place.</source>
        <translation>Het agendabestand kon daar niet geschreven worden (%1). Kies een andere plaats.</translation>
    </message>
    <message>
        <source>There is nothing to export: the agenda shows no items for this choice.</source>
        <translation>Er is niets te exporteren: de agenda toont geen items voor deze keuze.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Dossiernr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>How far ahead to look</source>
        <translation>Hoe ver vooruit je kijkt</translation>
    </message>
    <message>
        <source>Show &amp;overdue</source>
        <translation>Ook te late &amp;tonen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Home visits and contacts</source>
        <translation>Huisbezoeken en contacten</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Hearings and court dates</source>
        <translation>Zittingen en gerechtelijke datums</translation>
    </message>
    <message>
        <source>Hearings only</source>
        <translation>Alleen zittingen</translation>
    </message>
    <message>
        <source>Payment-plan checks</source>
        <translation>Controles afbetalingsplan</translation>
    </message>
    <message>
        <source>Ends of aftercare</source>
        <translation>Einde nazorg</translation>
    </message>
    <message>
        <source>Next dates of cases</source>
        <translation>Volgende datums van dossiers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the agenda again (F5)</source>
        <translation>Lees de agenda opnieuw in (F5)</translation>
    </message>
    <message>
        <source>&amp;Export to calendar (.ics)…</source>
        <translation>&amp;Exporteren naar agenda (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>%1 items: %2 overdue, %3 today</source>
        <translation>%1 items: %2 te laat, %3 vandaag</translation>
    </message>
    <message>
        <source>Agenda housing support</source>
        <translation>Agenda woonbegeleiding</translation>
    </message>
    <message>
        <source>%1 — case %2</source>
        <translation>%1 — dossier %2</translation>
    </message>
    <message>
        <source>%1 — case %2 (%3)</source>
        <translation>%1 — dossier %2 (%3)</translation>
    </message>
    <message>
        <source>%1 items exported to %2</source>
        <translation>%1 items geëxporteerd naar %2</translation>
    </message>
</context>
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <source>Co-tenant</source>
        <translation>Medehuurder</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Verhuurder</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Copy for the tenant</source>
        <translation>Exemplaar voor de huurder</translation>
    </message>
    <message>
        <source>Copy for the landlord</source>
        <translation>Exemplaar voor de verhuurder</translation>
    </message>
    <message>
        <source>Copy for the counsellor</source>
        <translation>Exemplaar voor de woonbegeleider</translation>
    </message>
    <message>
        <source>Draft, not signed yet</source>
        <translation>Ontwerp, nog niet ondertekend</translation>
    </message>
    <message>
        <source>Being signed</source>
        <translation>Wordt ondertekend</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Replaced by a later version</source>
        <translation>Vervangen door een latere versie</translation>
    </message>
    <message>
        <source>The tenant has not given (or has withdrawn) consent to share with the landlord: nothing can go to the landlord.</source>
        <translation>De huurder heeft geen toestemming gegeven (of ze ingetrokken) om met de verhuurder te delen: er kan niets naar de verhuurder.</translation>
    </message>
    <message>
        <source>The agreement rests on the action plan: agree the plan with the tenant first.</source>
        <translation>De overeenkomst steunt op het actieplan: leg het plan eerst samen met de huurder vast.</translation>
    </message>
    <message>
        <source>The support has ended: an agreement can no longer be prepared or signed.</source>
        <translation>De begeleiding is afgelopen: er kan geen overeenkomst meer opgemaakt of ondertekend worden.</translation>
    </message>
    <message>
        <source>The referral names no landlord: choose the landlord in the referral first.</source>
        <translation>De aanmelding vermeldt geen verhuurder: kies eerst de verhuurder in de aanmelding.</translation>
    </message>
    <message>
        <source>The landlord has no fixed contact person: add one in the partner directory first.</source>
        <translation>De verhuurder heeft geen vaste contactpersoon: voeg die eerst toe in de partnerlijst.</translation>
    </message>
    <message>
        <source>The signed agreement still matches the plan: no new version is needed.</source>
        <translation>De ondertekende overeenkomst klopt nog met het plan: een nieuwe versie is niet nodig.</translation>
    </message>
    <message>
        <source>Someone has already signed this version: it can no longer be changed.</source>
        <translation>Iemand heeft deze versie al ondertekend: ze kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>This agreement no longer exists.</source>
        <translation>Deze overeenkomst bestaat niet meer.</translation>
    </message>
    <message>
        <source>This version has been replaced by a later one: sign the latest version.</source>
        <translation>Deze versie is vervangen door een latere: onderteken de laatste versie.</translation>
    </message>
    <message>
        <source>This person is not a party to this version.</source>
        <translation>Deze persoon is geen partij bij deze versie.</translation>
    </message>
    <message>
        <source>This party has already signed this version.</source>
        <translation>Deze partij heeft deze versie al ondertekend.</translation>
    </message>
    <message>
        <source>The text changed while it was on screen. Nothing was signed: open the signing again.</source>
        <translation>De tekst is gewijzigd terwijl hij op het scherm stond. Er is niets ondertekend: open het ondertekenen opnieuw.</translation>
    </message>
    <message>
        <source>Type the name of the person who signs.</source>
        <translation>Typ de naam van wie ondertekent.</translation>
    </message>
    <message>
        <source>Type the place where the signature is given.</source>
        <translation>Typ de plaats waar ondertekend wordt.</translation>
    </message>
    <message>
        <source>Draw the signature in the box (a dot or a short stripe is not a signature).</source>
        <translation>Teken de handtekening in het vak (een punt of een kort streepje is geen handtekening).</translation>
    </message>
    <message>
        <source>Choose the scan or photo of the page signed on paper.</source>
        <translation>Kies de scan of foto van de op papier ondertekende pagina.</translation>
    </message>
    <message>
        <source>Tick that the signer has read the text before signing.</source>
        <translation>Vink aan dat wie ondertekent de tekst gelezen heeft.</translation>
    </message>
    <message>
        <source>The closure letter can be made once the case is closed.</source>
        <translation>De afsluitbrief kan gemaakt worden zodra het dossier afgesloten is.</translation>
    </message>
    <message>
        <source>The report can be made once the evaluation has been held.</source>
        <translation>Het verslag kan gemaakt worden zodra de evaluatie gehouden is.</translation>
    </message>
    <message>
        <source>The organisation&apos;s own document text %1 cannot be read: fix or remove it.</source>
        <translation>De eigen documenttekst %1 van de organisatie kan niet gelezen worden: verbeter of verwijder ze.</translation>
    </message>
    <message>
        <source>The logo is too large (at most %1 kB).</source>
        <translation>Het logo is te groot (hoogstens %1 kB).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG picture.</source>
        <translation>Het logo moet een PNG- of JPEG-afbeelding zijn.</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <source>Agreement and documents</source>
        <translation>Overeenkomst en documenten</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Opmaken</translation>
    </message>
    <message>
        <source>Language of the agreement</source>
        <translation>Taal van de overeenkomst</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Copies of this version</source>
        <translation>Exemplaren van deze versie</translation>
    </message>
    <message>
        <source>Print to sign on paper</source>
        <translation>Afdrukken om op papier te ondertekenen</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documenten van dit dossier</translation>
    </message>
    <message>
        <source>Action plan (tenant)</source>
        <translation>Actieplan (huurder)</translation>
    </message>
    <message>
        <source>Action plan — landlord extract</source>
        <translation>Actieplan — uittreksel voor de verhuurder</translation>
    </message>
    <message>
        <source>Tenant&apos;s own file</source>
        <translation>Eigen dossier van de huurder</translation>
    </message>
    <message>
        <source>Latest evaluation report</source>
        <translation>Laatste evaluatieverslag</translation>
    </message>
    <message>
        <source>Latest evaluation — landlord extract</source>
        <translation>Laatste evaluatie — uittreksel voor de verhuurder</translation>
    </message>
    <message>
        <source>Closure letter to the landlord</source>
        <translation>Afsluitbrief aan de verhuurder</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Versie %1 — %2</translation>
    </message>
    <message>
        <source>%1 co-signs as co-tenant</source>
        <translation>%1 ondertekent mee als medehuurder</translation>
    </message>
    <message>
        <source>Version %1 is in force since %2.</source>
        <translation>Versie %1 is van kracht sinds %2.</translation>
    </message>
    <message>
        <source>No agreement is in force yet.</source>
        <translation>Er is nog geen overeenkomst van kracht.</translation>
    </message>
    <message>
        <source>Version %1: still to sign: %2.</source>
        <translation>Versie %1: nog te ondertekenen door: %2.</translation>
    </message>
    <message>
        <source>The plan changed on a point that concerns the landlord. The signed version stays as it is; prepare a new version and let everyone sign it again.</source>
        <translation>Het plan is gewijzigd op een punt dat de verhuurder aanbelangt. De ondertekende versie blijft zoals ze is; maak een nieuwe versie op en laat iedereen opnieuw ondertekenen.</translation>
    </message>
    <message>
        <source>The plan changed since this draft was made: update the draft before signing.</source>
        <translation>Het plan is gewijzigd sinds dit ontwerp gemaakt werd: werk het ontwerp bij voor het ondertekenen.</translation>
    </message>
    <message>
        <source>Prepare the agreement</source>
        <translation>Overeenkomst opmaken</translation>
    </message>
    <message>
        <source>Update the draft</source>
        <translation>Ontwerp bijwerken</translation>
    </message>
    <message>
        <source>Prepare version %1</source>
        <translation>Versie %1 opmaken</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Nog niet ondertekend</translation>
    </message>
    <message>
        <source>Signed in %1 on %2</source>
        <translation>Ondertekend te %1 op %2</translation>
    </message>
    <message>
        <source>Signed on paper in %1 on %2 (scan attached)</source>
        <translation>Op papier ondertekend te %1 op %2 (scan bijgevoegd)</translation>
    </message>
    <message>
        <source>Sign as %1 (%2)…</source>
        <translation>Onderteken als %1 (%2)…</translation>
    </message>
    <message>
        <source>agreement-%1-v%2-%3.pdf</source>
        <translation>overeenkomst-%1-v%2-%3.pdf</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Caseworker Desktop ran into an error. Everything you saved is safe. If this happens again, tell your team leader what you were doing.</source>
        <translation>Caseworker Desktop is op een fout gestoten. Alles wat je opgeslagen hebt, is veilig. Gebeurt dit opnieuw? Vertel dan aan je teamverantwoordelijke wat je aan het doen was.</translation>
    </message>
</context>
<context>
    <name>ApproveDeviceDialog</name>
    <message>
        <source>Approve a laptop</source>
        <translation>Een laptop goedkeuren</translation>
    </message>
    <message>
        <source>Ask %1 to open Caseworker Desktop on “%2” and read out the code it shows. Type that code here. Approve only a laptop whose code you heard from your colleague.</source>
        <translation>Vraag %1 om Caseworker Desktop te openen op “%2” en de code voor te lezen die daar staat. Typ die code hier. Keur alleen een laptop goed waarvan je de code van je collega zelf gehoord hebt.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Code read out by your colleague</source>
        <translation>Code die je collega voorleest</translation>
    </message>
    <message>
        <source>Type the code your colleague reads out.</source>
        <translation>Typ de code die je collega voorleest.</translation>
    </message>
</context>
<context>
    <name>ArrearsPanel</name>
    <message>
        <source>Payment plan</source>
        <translation>Afbetalingsplan</translation>
    </message>
    <message>
        <source>Total arrears (€)</source>
        <translation>Totale achterstal (€)</translation>
    </message>
    <message>
        <source>Monthly instalment (€)</source>
        <translation>Afbetaling per maand (€)</translation>
    </message>
    <message>
        <source>Number of instalments</source>
        <translation>Aantal termijnen</translation>
    </message>
    <message>
        <source>Fill in the instalment or the number of instalments; the other is computed.</source>
        <translation>Vul de afbetaling per maand of het aantal termijnen in; het andere wordt berekend.</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Eerste vervaldag</translation>
    </message>
    <message>
        <source>Payments are recorded on this plan, so its terms are fixed. Renegotiate to make a new plan.</source>
        <translation>Op dit plan zijn al betalingen geregistreerd, dus de afspraken liggen vast. Heronderhandel om een nieuw plan te maken.</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan opslaan</translation>
    </message>
    <message>
        <source>Renegotiate…</source>
        <translation>Heronderhandelen…</translation>
    </message>
    <message>
        <source>Cancel renegotiation</source>
        <translation>Heronderhandeling annuleren</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Plan verwijderen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record a payment or a missed instalment</source>
        <translation>Een betaling of een gemiste termijn registreren</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Betaald op</translation>
    </message>
    <message>
        <source>Amount paid (€)</source>
        <translation>Betaald bedrag (€)</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Betaling registreren</translation>
    </message>
    <message>
        <source>Mark as missed</source>
        <translation>Als gemist markeren</translation>
    </message>
    <message>
        <source>Payments and missed instalments</source>
        <translation>Betalingen en gemiste termijnen</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>Vervaldag termijn</translation>
    </message>
    <message>
        <source>Remove selected payment</source>
        <translation>Geselecteerde betaling verwijderen</translation>
    </message>
    <message>
        <source>FBU application (fund against evictions)</source>
        <translation>FBU-aanvraag (Fonds ter Bestrijding van Uithuiszettingen)</translation>
    </message>
    <message>
        <source>The fund can help when the arrears are between 2 and 6 months&apos; rent, if the tenant accepts housing support and budget counselling and has a positive budget plan.</source>
        <translation>Het fonds kan helpen wanneer de achterstal tussen 2 en 6 maanden huur ligt, op voorwaarde dat de huurder woonbegeleiding en budgetbegeleiding aanvaardt en een positief budgetplan heeft.</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nieuwe aanvraag</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Arrears in months of rent</source>
        <translation>Achterstal in maanden huur</translation>
    </message>
    <message>
        <source>The tenant accepts housing support</source>
        <translation>De huurder aanvaardt woonbegeleiding</translation>
    </message>
    <message>
        <source>The tenant accepts budget counselling</source>
        <translation>De huurder aanvaardt budgetbegeleiding</translation>
    </message>
    <message>
        <source>There is a positive budget plan</source>
        <translation>Er is een positief budgetplan</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Remove application</source>
        <translation>Aanvraag verwijderen</translation>
    </message>
    <message>
        <source>Save application</source>
        <translation>Aanvraag opslaan</translation>
    </message>
    <message>
        <source>Local advisory committee (LAC)</source>
        <translation>Lokaal adviescomité (LAC)</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nieuwe vergadering</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum van de vergadering</translation>
    </message>
    <message>
        <source>The payment arrangement or other decision, once held</source>
        <translation>De afbetalingsregeling of een andere beslissing, na de vergadering</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Vergadering verwijderen</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Vergadering opslaan</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Achterstal</translation>
    </message>
    <message>
        <source>Please check the marked fields. Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na. Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>The referral gave no amount of rent arrears.</source>
        <translation>De aanmelding vermeldde geen bedrag van huurachterstal.</translation>
    </message>
    <message>
        <source>Rent arrears at referral: %1</source>
        <translation>Huurachterstal bij aanmelding: %1</translation>
    </message>
    <message>
        <source>%1 months of rent</source>
        <translation>%1 maanden huur</translation>
    </message>
    <message>
        <source>monthly rent %1</source>
        <translation>huurprijs per maand %1</translation>
    </message>
    <message>
        <source>Plan: %1 in %2 monthly instalments of %3 from %4.</source>
        <translation>Plan: %1 in %2 maandelijkse termijnen van %3 vanaf %4.</translation>
    </message>
    <message>
        <source>Save renegotiated plan</source>
        <translation>Heronderhandeld plan opslaan</translation>
    </message>
    <message>
        <source>Earlier plan (renegotiated) from %1: total %2, paid %3, %4 instalments of %5.</source>
        <translation>Vorig plan (heronderhandeld) van %1: totaal %2, betaald %3, %4 termijnen van %5.</translation>
    </message>
    <message>
        <source>No payment plan yet.</source>
        <translation>Nog geen afbetalingsplan.</translation>
    </message>
    <message>
        <source>Paid %1 of %2 · remaining %3</source>
        <translation>%1 van %2 betaald · nog %3 open</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 gemist</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 te laat</translation>
    </message>
    <message>
        <source>behind by %1</source>
        <translation>%1 achter</translation>
    </message>
    <message>
        <source>overpaid by %1</source>
        <translation>%1 te veel betaald</translation>
    </message>
    <message>
        <source>paid off</source>
        <translation>afbetaald</translation>
    </message>
    <message>
        <source>next due %1: %2</source>
        <translation>volgende vervaldag %1: %2</translation>
    </message>
    <message>
        <source>(caught up)</source>
        <translation>(ingehaald)</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>gemist</translation>
    </message>
    <message>
        <source>Renegotiated plan saved.</source>
        <translation>Heronderhandeld plan opgeslagen.</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Plan opgeslagen.</translation>
    </message>
    <message>
        <source>Plan removed.</source>
        <translation>Plan verwijderd.</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Betaling geregistreerd.</translation>
    </message>
    <message>
        <source>Instalment marked as missed.</source>
        <translation>Termijn als gemist gemarkeerd.</translation>
    </message>
    <message>
        <source>Payment removed.</source>
        <translation>Betaling verwijderd.</translation>
    </message>
    <message>
        <source>Applied %1 · %2 months · %3</source>
        <translation>Aangevraagd %1 · %2 maanden · %3</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>%1 condition(s) not met</source>
        <translation>%1 voorwaarde(n) niet vervuld</translation>
    </message>
    <message>
        <source>Change application</source>
        <translation>Aanvraag wijzigen</translation>
    </message>
    <message>
        <source>Not (yet) eligible for the FBU:</source>
        <translation>(Nog) niet in aanmerking voor het FBU:</translation>
    </message>
    <message>
        <source>All FBU conditions are met.</source>
        <translation>Aan alle FBU-voorwaarden is voldaan.</translation>
    </message>
    <message>
        <source>Application saved.</source>
        <translation>Aanvraag opgeslagen.</translation>
    </message>
    <message>
        <source>Application removed.</source>
        <translation>Aanvraag verwijderd.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation>geen beslissing geregistreerd</translation>
    </message>
    <message>
        <source>Change meeting</source>
        <translation>Vergadering wijzigen</translation>
    </message>
    <message>
        <source>Meeting saved.</source>
        <translation>Vergadering opgeslagen.</translation>
    </message>
    <message>
        <source>Meeting removed.</source>
        <translation>Vergadering verwijderd.</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <source>Automatic lock</source>
        <translation>Automatisch vergrendelen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the application when nobody has used it for this long.</source>
        <translation>Vergrendel de toepassing als niemand ze zo lang gebruikt heeft.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exporteren naar agenda</translation>
    </message>
    <message>
        <source>%1 items of the agenda as shown will be written to a calendar file (.ics) that you can import in a calendar program.</source>
        <translation>%1 items uit de agenda, zoals ze nu getoond worden, komen in een agendabestand (.ics) dat je in een agendaprogramma kan importeren.</translation>
    </message>
    <message>
        <source>A calendar file leaves the encrypted case files: it can end up on a phone or in a cloud calendar. So each event only says what it is and the case number — no name, no address, no notes.</source>
        <translation>Een agendabestand verlaat de versleutelde dossiers: het kan op een gsm of in een agenda in de cloud terechtkomen. Daarom vermeldt elke gebeurtenis alleen wat ze is en het dossiernummer — geen naam, geen adres, geen notities.</translation>
    </message>
    <message>
        <source>Also put the client&apos;s &amp;name in each event</source>
        <translation>Ook de &amp;naam van de cliënt in elke gebeurtenis zetten</translation>
    </message>
    <message>
        <source>Only tick this if the calendar stays on a device and account that you alone use: a name next to a hearing or a home visit tells anyone who sees the calendar that this person is at risk of eviction.</source>
        <translation>Vink dit alleen aan als de agenda op een toestel en een account blijft die alleen jij gebruikt: een naam naast een zitting of een huisbezoek vertelt iedereen die de agenda ziet, dat deze persoon uit huis gezet dreigt te worden.</translation>
    </message>
    <message>
        <source>File to save, for example agenda.ics</source>
        <translation>Bestand om op te slaan, bijvoorbeeld agenda.ics</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>Op&amp;slaan als:</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Agendabestand opslaan</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Referral</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Outreach and start</source>
        <translation>Outreach en start</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handelingsplan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Closure and aftercare</source>
        <translation>Afsluiting en nazorg</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Gerecht</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Achterstal</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe aanmelding</translation>
    </message>
    <message>
        <source>%1 — case %2 — %3</source>
        <translation>%1 — dossier %2 — %3</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Case no.</source>
        <translation>Dossiernr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Verhuurder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Volgende datum</translation>
    </message>
    <message>
        <source>Days since referral</source>
        <translation>Dagen sinds aanm.</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search by name, address or case number</source>
        <translation>Zoek op naam, adres of dossiernummer</translation>
    </message>
    <message>
        <source>Running cases</source>
        <translation>Lopende dossiers</translation>
    </message>
    <message>
        <source>Closed and aftercare</source>
        <translation>Afgesloten en nazorg</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle dossiers</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe aanmelding</translation>
    </message>
    <message>
        <source>Showing the first %1 cases by next date; loading the others…</source>
        <translation>De eerste %1 dossiers volgens volgende datum worden getoond; de andere worden geladen…</translation>
    </message>
    <message>
        <source>Cases shown: %1 of %2</source>
        <translation>Getoonde dossiers: %1 van %2</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Nieuwe wachtwoordzin herhalen</translation>
    </message>
</context>
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Close the case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reden van afsluiting</translation>
    </message>
    <message>
        <source>Required for “other reason” and “decided not to start”; optional otherwise.</source>
        <translation>Verplicht bij “andere reden” en “beslist om niet te starten”; anders optioneel.</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Doelen bereikt</translation>
    </message>
    <message>
        <source>Eviction avoided</source>
        <translation>Uithuiszetting vermeden</translation>
    </message>
    <message>
        <source>e.g. stays in the dwelling, rent paid monthly; moved to a smaller flat …</source>
        <translation>bv. blijft in de woning, huur maandelijks betaald; verhuisd naar een kleiner appartement …</translation>
    </message>
    <message>
        <source>Housing situation at the end</source>
        <translation>Woonsituatie bij het einde</translation>
    </message>
    <message>
        <source>Referred on to</source>
        <translation>Doorverwezen naar</translation>
    </message>
    <message>
        <source>optional: the service the tenant was referred to</source>
        <translation>optioneel: de dienst waarnaar de huurder doorverwezen is</translation>
    </message>
    <message>
        <source>&amp;Close the case</source>
        <translation>Dossier &amp;afsluiten</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <source>After closure the tenant and the landlord can still call on you. Aftercare starts on the closing date and usually runs 3 months.</source>
        <translation>Na de afsluiting kunnen de huurder en de verhuurder nog een beroep op je doen. De nazorg begint op de datum van afsluiting en loopt meestal 3 maanden.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Length of aftercare</source>
        <translation>Duur van de nazorg</translation>
    </message>
    <message>
        <source>&amp;Start aftercare</source>
        <translation>&amp;Nazorg starten</translation>
    </message>
    <message>
        <source>End the case &amp;without aftercare</source>
        <translation>Dossier beëindigen &amp;zonder nazorg</translation>
    </message>
    <message>
        <source>Change &amp;end date</source>
        <translation>&amp;Einddatum wijzigen</translation>
    </message>
    <message>
        <source>Last day of aftercare</source>
        <translation>Laatste dag van de nazorg</translation>
    </message>
    <message>
        <source>End aftercare &amp;now</source>
        <translation>Nazorg nu &amp;beëindigen</translation>
    </message>
    <message>
        <source>Closure and aftercare</source>
        <translation>Afsluiting en nazorg</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>this summary is read-only</source>
        <translation>dit overzicht kan niet meer gewijzigd worden</translation>
    </message>
    <message>
        <source>Aftercare runs until %1 and ends on its own after that day. Contacts since closure: %2.</source>
        <translation>De nazorg loopt tot %1 en stopt vanzelf na die dag. Contacten sinds de afsluiting: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>from %1 to %2 · contacts: %3</source>
        <translation>van %1 tot %2 · contacten: %3</translation>
    </message>
    <message>
        <source>last day: %1</source>
        <translation>laatste dag: %1</translation>
    </message>
    <message>
        <source>Please check the marked fields (%1). Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na (%1). Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Het dossier is afgesloten.</translation>
    </message>
    <message>
        <source>Aftercare has started.</source>
        <translation>De nazorg is gestart.</translation>
    </message>
    <message>
        <source>The case has ended.</source>
        <translation>Het dossier is beëindigd.</translation>
    </message>
    <message>
        <source>The end of aftercare was changed.</source>
        <translation>Het einde van de nazorg is gewijzigd.</translation>
    </message>
    <message>
        <source>Aftercare has ended; so has the case.</source>
        <translation>De nazorg is beëindigd, en daarmee ook het dossier.</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>e.g. pay the rent plus 50 euro on the arrears each month</source>
        <translation>bv. elke maand de huur betalen plus 50 euro op de achterstal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Case %1 · %2</source>
        <translation>Dossier %1 · %2</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partnerlijst</translation>
    </message>
    <message>
        <source>Record without a case</source>
        <translation>Gegeven zonder dossier</translation>
    </message>
    <message>
        <source>%1 · field “%2”</source>
        <translation>%1 · veld “%2”</translation>
    </message>
    <message>
        <source>Changed on this laptop %1</source>
        <translation>Gewijzigd op deze laptop %1</translation>
    </message>
    <message>
        <source>Changed on this laptop</source>
        <translation>Gewijzigd op deze laptop</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>een collega</translation>
    </message>
    <message>
        <source>Changed by %1 %2</source>
        <translation>Gewijzigd door %1 %2</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Gewijzigd door %1</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun versie nemen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Hun versie</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>These fields were changed both on this laptop and on another one before they synced. Until you choose, this laptop&apos;s value is used and the record is not sent to the team.</source>
        <translation>Deze velden zijn zowel op deze laptop als op een andere gewijzigd voor ze gesynchroniseerd waren. Tot je kiest, geldt de waarde van deze laptop en gaat het gegeven niet naar het team.</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Er zijn geen conflicten op te lossen.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consents of this tenant</source>
        <translation>Toestemmingen van deze huurder</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Gedeeld met</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Geïnformeerd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Withdraw selected consent</source>
        <translation>Geselecteerde toestemming intrekken</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>Nieuwe toestemming</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>name of an organisation not in the directory</source>
        <translation>naam van een organisatie die niet in de partnerlijst staat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>e.g. apply for budget counselling at the OCMW</source>
        <translation>bv. budgetbegeleiding aanvragen bij het OCMW</translation>
    </message>
    <message>
        <source>Information that may be shared</source>
        <translation>Informatie die gedeeld mag worden</translation>
    </message>
    <message>
        <source>Tenant informed</source>
        <translation>Huurder geïnformeerd</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Toestemming toevoegen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>A landlord consent is in force: landlord-shared goals and documents are possible.</source>
        <translation>Er is een toestemming voor de verhuurder van kracht: doelen en documenten die met de verhuurder gedeeld worden, zijn mogelijk.</translation>
    </message>
    <message>
        <source>No landlord consent in force: nothing can be shared with the landlord until the tenant gives it.</source>
        <translation>Geen toestemming voor de verhuurder van kracht: er kan niets met de verhuurder gedeeld worden tot de huurder die toestemming geeft.</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Ingetrokken op %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>Niet van kracht</translation>
    </message>
    <message>
        <source>— not in the directory: type the name —</source>
        <translation>— niet in de partnerlijst: typ de naam —</translation>
    </message>
    <message>
        <source>Colleagues and the team leader share the file for continuity and supervision. It is recorded at the first intake save if it is not here yet.</source>
        <translation>Collega&apos;s en de teamverantwoordelijke delen het dossier voor continuïteit en supervisie. Deze toestemming wordt vastgelegd wanneer je de intake voor het eerst opslaat, als ze hier nog niet staat.</translation>
    </message>
    <message>
        <source>Only what concerns the housing problem the landlord raised: landlord-shared goals and conditions, their evaluations, the agreement, the housing result. Never health, addiction, psychiatric or justice information.</source>
        <translation>Alleen wat te maken heeft met het woonprobleem dat de verhuurder aankaartte: doelen en voorwaarden die met de verhuurder gedeeld worden, hun evaluaties, de overeenkomst, het woonresultaat. Nooit informatie over gezondheid, verslaving, psychiatrie of justitie.</translation>
    </message>
    <message>
        <source>Name the organisation, the purpose and the kinds of information the tenant agrees to share.</source>
        <translation>Vermeld de organisatie, het doel en de soorten informatie die de huurder wil laten delen.</translation>
    </message>
    <message>
        <source>Consent added.</source>
        <translation>Toestemming toegevoegd.</translation>
    </message>
    <message>
        <source>Consent withdrawn. It no longer counts anywhere, from that day on.</source>
        <translation>Toestemming ingetrokken. Vanaf die dag geldt ze nergens meer.</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Fixed contact</source>
        <translation>Vaste contactpersoon</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (gepland)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ContactsPanel</name>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nieuw contact</translation>
    </message>
    <message>
        <source>&amp;Edit selected</source>
        <translation>Selectie &amp;bewerken</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <source>Yes, remove</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Nee, behouden</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Contactenlog</translation>
    </message>
    <message>
        <source>My working notes on this case (stay on this laptop)</source>
        <translation>Mijn werknotities bij dit dossier (blijven op deze laptop)</translation>
    </message>
    <message>
        <source>A thought for yourself; your team does not see it.</source>
        <translation>Een gedachte voor jezelf; je team ziet ze niet.</translation>
    </message>
    <message>
        <source>Save &amp;working note</source>
        <translation>&amp;Werknotitie opslaan</translation>
    </message>
    <message>
        <source>New working note</source>
        <translation>Nieuwe werknotitie</translation>
    </message>
    <message>
        <source>Remove working note</source>
        <translation>Werknotitie verwijderen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nieuw contact</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Planned, not yet held (shows in the agenda)</source>
        <translation>Gepland, heeft nog niet plaatsgevonden (staat in de agenda)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duur (minuten)</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>bv. 45</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>e.g. the tenant and her sister</source>
        <translation>bv. de huurder en haar zus</translation>
    </message>
    <message>
        <source>What was discussed and agreed; your team reads this.</source>
        <translation>Wat besproken en afgesproken is; je team leest dit.</translation>
    </message>
    <message>
        <source>Summary (shared with the team)</source>
        <translation>Samenvatting (gedeeld met het team)</translation>
    </message>
    <message>
        <source>Personal working note (stays on this laptop)</source>
        <translation>Persoonlijke werknotitie (blijft op deze laptop)</translation>
    </message>
    <message>
        <source>Only you can read this note, and only on this laptop. It is never synced, shared with your team or put in any document.</source>
        <translation>Alleen jij kan deze notitie lezen, en alleen op deze laptop. Ze wordt nooit gesynchroniseerd, met je team gedeeld of in een document opgenomen.</translation>
    </message>
    <message>
        <source>This case has ended: its contact log can no longer change.</source>
        <translation>Dit dossier is beëindigd: de contactenlog kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Formulier leegmaken</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>Contact &amp;opslaan</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Contacts held: %1 (%2 h %3 min in all) · planned: %4</source>
        <translation>Contacten gehad: %1 (in totaal %2 u %3 min) · gepland: %4</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Contact bewerken</translation>
    </message>
    <message>
        <source>Please check the marked fields (%1). Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na (%1). Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Remove the contact of %1 (%2)?</source>
        <translation>Het contact van %1 (%2) verwijderen?</translation>
    </message>
</context>
<context>
    <name>CounsellorFiguresModel</name>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>VTE</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>Begeleid</translation>
    </message>
    <message>
        <source>Running at end</source>
        <translation>Lopend (einde)</translation>
    </message>
    <message>
        <source>Per FTE per year</source>
        <translation>Per VTE per jaar</translation>
    </message>
    <message>
        <source>Working time as a full-time equivalent. Double-click to change: 1 is full time, 0,5 half.</source>
        <translation>Werktijd als voltijds equivalent. Dubbelklik om te wijzigen: 1 is voltijds, 0,5 halftijds.</translation>
    </message>
</context>
<context>
    <name>CourtLabels</name>
    <message>
        <source>Petition filed</source>
        <translation>Verzoekschrift ingediend</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Zitting</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Vonnis</translation>
    </message>
    <message>
        <source>Eviction date announced</source>
        <translation>Datum van uithuiszetting aangekondigd</translation>
    </message>
    <message>
        <source>Eviction carried out</source>
        <translation>Uithuiszetting uitgevoerd</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Deels betaald</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>This date lies before %1: please check the year.</source>
        <translation>Deze datum ligt vóór %1: kijk het jaar na.</translation>
    </message>
    <message>
        <source>This date lies more than %1 years ahead: please check the year.</source>
        <translation>Deze datum ligt meer dan %1 jaar in de toekomst: kijk het jaar na.</translation>
    </message>
    <message>
        <source>“%1” on %2 cannot come before the petition that started the procedure (%3).</source>
        <translation>“%1” op %2 kan niet vóór het verzoekschrift vallen waarmee de procedure begon (%3).</translation>
    </message>
    <message>
        <source>No hearing is recorded before this judgment. Add it if you know the date.</source>
        <translation>Er is geen zitting geregistreerd vóór dit vonnis. Voeg ze toe als je de datum kent.</translation>
    </message>
    <message>
        <source>An eviction can only be announced after the judgment: the eviction date %1 lies before the judgment of %2.</source>
        <translation>Een uithuiszetting kan pas na het vonnis aangekondigd worden: de datum van uithuiszetting %1 ligt vóór het vonnis van %2.</translation>
    </message>
    <message>
        <source>No judgment is recorded before this eviction date. Add it if you know the date.</source>
        <translation>Er is geen vonnis geregistreerd vóór deze datum van uithuiszetting. Voeg het toe als je de datum kent.</translation>
    </message>
    <message>
        <source>An eviction carried out is already recorded for this case.</source>
        <translation>Voor dit dossier is al een uitgevoerde uithuiszetting geregistreerd.</translation>
    </message>
    <message>
        <source>An eviction carried out needs the announced eviction date: record that first (or keep it, as the eviction rests on it).</source>
        <translation>Een uitgevoerde uithuiszetting heeft de aangekondigde datum van uithuiszetting nodig: registreer die eerst (of behoud die, want de uithuiszetting steunt erop).</translation>
    </message>
    <message>
        <source>The eviction on %1 cannot come before the announced eviction date (%2).</source>
        <translation>De uithuiszetting op %1 kan niet vóór de aangekondigde datum van uithuiszetting (%2) vallen.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Dit dossier bestaat niet meer.</translation>
    </message>
    <message>
        <source>This event no longer exists (perhaps removed on another laptop).</source>
        <translation>Deze gebeurtenis bestaat niet meer (misschien verwijderd op een andere laptop).</translation>
    </message>
    <message>
        <source>Type an amount greater than zero.</source>
        <translation>Typ een bedrag groter dan nul.</translation>
    </message>
    <message>
        <source>Fill in the monthly instalment or the number of instalments.</source>
        <translation>Vul de afbetaling per maand of het aantal termijnen in.</translation>
    </message>
    <message>
        <source>The instalment is larger than the total arrears.</source>
        <translation>De afbetaling is groter dan de totale achterstal.</translation>
    </message>
    <message>
        <source>With this instalment the plan would take %1 months; at most %2 are possible.</source>
        <translation>Met deze afbetaling zou het plan %1 maanden duren; maximaal %2 is mogelijk.</translation>
    </message>
    <message>
        <source>With an instalment of € %1 the plan has %2 instalments, not %3.</source>
        <translation>Met een afbetaling van € %1 heeft het plan %2 termijnen, niet %3.</translation>
    </message>
    <message>
        <source>Choose one of the due dates of the payment plan.</source>
        <translation>Kies een van de vervaldagen van het afbetalingsplan.</translation>
    </message>
    <message>
        <source>This instalment is not due yet, so it cannot be missed yet.</source>
        <translation>Deze termijn is nog niet vervallen, dus hij kan nog niet gemist zijn.</translation>
    </message>
    <message>
        <source>This pays more than the € %1 that remained: the plan is paid off.</source>
        <translation>Dit is meer dan de € %1 die nog openstond: het plan is afbetaald.</translation>
    </message>
    <message>
        <source>This payment plan no longer exists.</source>
        <translation>Dit afbetalingsplan bestaat niet meer.</translation>
    </message>
    <message>
        <source>This plan was renegotiated: record payments on the current plan.</source>
        <translation>Dit plan is heronderhandeld: registreer betalingen op het huidige plan.</translation>
    </message>
    <message>
        <source>Payments are recorded on this plan, so its terms are fixed. Renegotiate to make a new plan.</source>
        <translation>Op dit plan zijn al betalingen geregistreerd, dus de afspraken liggen vast. Heronderhandel om een nieuw plan te maken.</translation>
    </message>
    <message>
        <source>There is no payment plan yet: save a first plan.</source>
        <translation>Er is nog geen afbetalingsplan: sla eerst een plan op.</translation>
    </message>
    <message>
        <source>This instalment is already marked as missed.</source>
        <translation>Deze termijn is al als gemist gemarkeerd.</translation>
    </message>
    <message>
        <source>This instalment is paid, so it cannot be marked as missed.</source>
        <translation>Deze termijn is betaald, dus hij kan niet als gemist gemarkeerd worden.</translation>
    </message>
    <message>
        <source>A missed instalment has no amount to change: remove the mark instead.</source>
        <translation>Een gemiste termijn heeft geen bedrag om te wijzigen: verwijder in de plaats de markering.</translation>
    </message>
    <message>
        <source>This payment no longer exists.</source>
        <translation>Deze betaling bestaat niet meer.</translation>
    </message>
    <message>
        <source>The decision cannot come before the application.</source>
        <translation>De beslissing kan niet vóór de aanvraag vallen.</translation>
    </message>
    <message>
        <source>Fill in the arrears in months of rent: the fund helps from %1 to %2 months.</source>
        <translation>Vul de achterstal in maanden huur in: het fonds helpt bij %1 tot %2 maanden.</translation>
    </message>
    <message>
        <source>Arrears of %1 months are below the fund&apos;s minimum of %2 months&apos; rent.</source>
        <translation>Een achterstal van %1 maanden ligt onder het minimum van het fonds: %2 maanden huur.</translation>
    </message>
    <message>
        <source>Arrears of %1 months are above the fund&apos;s maximum of %2 months&apos; rent.</source>
        <translation>Een achterstal van %1 maanden ligt boven het maximum van het fonds: %2 maanden huur.</translation>
    </message>
    <message>
        <source>The tenant has not accepted housing support.</source>
        <translation>De huurder heeft de woonbegeleiding niet aanvaard.</translation>
    </message>
    <message>
        <source>The tenant has not accepted budget counselling.</source>
        <translation>De huurder heeft de budgetbegeleiding niet aanvaard.</translation>
    </message>
    <message>
        <source>There is no positive budget plan.</source>
        <translation>Er is geen positief budgetplan.</translation>
    </message>
    <message>
        <source>This FBU application no longer exists.</source>
        <translation>Deze FBU-aanvraag bestaat niet meer.</translation>
    </message>
    <message>
        <source>The meeting has not taken place yet: write its decision afterwards.</source>
        <translation>De vergadering heeft nog niet plaatsgevonden: schrijf de beslissing achteraf op.</translation>
    </message>
    <message>
        <source>This meeting no longer exists.</source>
        <translation>Deze vergadering bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>CourtPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>No court events recorded. Add the petition or hearing below.</source>
        <translation>Nog geen gerechtelijke gebeurtenissen geregistreerd. Voeg hieronder het verzoekschrift of de zitting toe.</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nieuwe gebeurtenis</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>For an announced eviction: the day the bailiff announced for the eviction.</source>
        <translation>Bij een aangekondigde uithuiszetting: de dag die de gerechtsdeurwaarder voor de uithuiszetting aangekondigd heeft.</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Gebeurtenis verwijderen</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>Gebeurtenis opslaan</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Gerecht</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>over %1 dagen</translation>
    </message>
    <message>
        <source>No hearing planned.</source>
        <translation>Geen zitting gepland.</translation>
    </message>
    <message>
        <source>Next hearing: %1 — %2</source>
        <translation>Volgende zitting: %1 — %2</translation>
    </message>
    <message>
        <source>Within two weeks: remind the tenant, help them prepare, and offer to go along.</source>
        <translation>Binnen twee weken: herinner de huurder eraan, help bij de voorbereiding en bied aan om mee te gaan.</translation>
    </message>
    <message>
        <source>Eviction carried out on %1.</source>
        <translation>Uithuiszetting uitgevoerd op %1.</translation>
    </message>
    <message>
        <source>Eviction announced for %1 — %2</source>
        <translation>Uithuiszetting aangekondigd voor %1 — %2</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>Gebeurtenis wijzigen</translation>
    </message>
    <message>
        <source>Please check the marked fields. Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na. Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>DomainBox</name>
    <message>
        <source>— not rated —</source>
        <translation>— niet beoordeeld —</translation>
    </message>
    <message>
        <source>Mark health, addiction, psychiatric or justice information: it then never becomes visible to the landlord.</source>
        <translation>Markeer informatie over gezondheid, verslaving, psychiatrie of justitie: die wordt dan nooit zichtbaar voor de verhuurder.</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <source>Case no.</source>
        <translation>Dossiernr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Aangemeld op</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Volgende datum</translation>
    </message>
</context>
<context>
    <name>EngagementLabels</name>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Coloured postcard</source>
        <translation>Gekleurde postkaart</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Sms</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Via the hospital</source>
        <translation>Via het ziekenhuis</translation>
    </message>
    <message>
        <source>Via another service</source>
        <translation>Via een andere dienst</translation>
    </message>
    <message>
        <source>Other way</source>
        <translation>Andere manier</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Geen antwoord</translation>
    </message>
    <message>
        <source>Message left</source>
        <translation>Bericht achtergelaten</translation>
    </message>
    <message>
        <source>Door not opened</source>
        <translation>Deur niet opengedaan</translation>
    </message>
    <message>
        <source>Mail returned</source>
        <translation>Post teruggestuurd</translation>
    </message>
    <message>
        <source>Tenant reached</source>
        <translation>Huurder bereikt</translation>
    </message>
    <message>
        <source>Appointment made</source>
        <translation>Afspraak gemaakt</translation>
    </message>
    <message>
        <source>Tenant refused contact</source>
        <translation>Huurder weigerde contact</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>Ander resultaat</translation>
    </message>
    <message>
        <source>Avoids help</source>
        <translation>Vermijdt hulp</translation>
    </message>
    <message>
        <source>Accepts visits but sees no problem</source>
        <translation>Aanvaardt bezoeken maar ziet geen probleem</translation>
    </message>
    <message>
        <source>Asks for help</source>
        <translation>Vraagt hulp</translation>
    </message>
    <message>
        <source>Physical and social functioning</source>
        <translation>Fysiek en sociaal functioneren</translation>
    </message>
    <message>
        <source>Mental well-being</source>
        <translation>Psychisch welzijn</translation>
    </message>
    <message>
        <source>Daytime activities and leisure</source>
        <translation>Dagbesteding en vrije tijd</translation>
    </message>
    <message>
        <source>Administration and finances</source>
        <translation>Administratie en financiën</translation>
    </message>
    <message>
        <source>Relationships and network</source>
        <translation>Relaties en netwerk</translation>
    </message>
    <message>
        <source>Household tasks (cleaning, cooking, upkeep)</source>
        <translation>Huishouden (poetsen, koken, onderhoud)</translation>
    </message>
    <message>
        <source>Health, mobility, getting about, contact with others in daily life.</source>
        <translation>Gezondheid, mobiliteit, zich verplaatsen, contact met anderen in het dagelijkse leven.</translation>
    </message>
    <message>
        <source>Mood, stress, worries, how the tenant copes.</source>
        <translation>Stemming, stress, zorgen, hoe de huurder ermee omgaat.</translation>
    </message>
    <message>
        <source>Work, school, volunteering, a day structure, hobbies.</source>
        <translation>Werk, school, vrijwilligerswerk, een dagstructuur, hobby&apos;s.</translation>
    </message>
    <message>
        <source>Mail, forms, income, debts, paying rent and bills on time.</source>
        <translation>Post, formulieren, inkomen, schulden, huur en rekeningen op tijd betalen.</translation>
    </message>
    <message>
        <source>Family, friends, neighbours, people the tenant can call on.</source>
        <translation>Familie, vrienden, buren, mensen op wie de huurder een beroep kan doen.</translation>
    </message>
    <message>
        <source>Cleaning, cooking, laundry, ventilating, small repairs.</source>
        <translation>Poetsen, koken, de was doen, verluchten, kleine herstellingen.</translation>
    </message>
    <message>
        <source>1 – serious problems, acute help needed</source>
        <translation>1 – ernstige problemen, dringend hulp nodig</translation>
    </message>
    <message>
        <source>2 – clear problems</source>
        <translation>2 – duidelijke problemen</translation>
    </message>
    <message>
        <source>3 – some problems, partly manages</source>
        <translation>3 – enkele problemen, redt zich deels</translation>
    </message>
    <message>
        <source>4 – mostly manages</source>
        <translation>4 – redt zich grotendeels</translation>
    </message>
    <message>
        <source>5 – manages well, a strength</source>
        <translation>5 – redt zich goed, een sterkte</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financieel</translation>
    </message>
    <message>
        <source>Health (special category)</source>
        <translation>Gezondheid (bijzondere categorie)</translation>
    </message>
    <message>
        <source>Addiction (special category)</source>
        <translation>Verslaving (bijzondere categorie)</translation>
    </message>
    <message>
        <source>Psychiatric (special category)</source>
        <translation>Psychiatrie (bijzondere categorie)</translation>
    </message>
    <message>
        <source>Justice (special category)</source>
        <translation>Justitie (bijzondere categorie)</translation>
    </message>
    <message>
        <source>The counsellor&apos;s team</source>
        <translation>Het team van de woonbegeleider</translation>
    </message>
    <message>
        <source>The landlord (housing problem only)</source>
        <translation>De verhuurder (alleen het woonprobleem)</translation>
    </message>
    <message>
        <source>Another organisation</source>
        <translation>Een andere organisatie</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>Mondeling</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftelijk</translation>
    </message>
    <message>
        <source>With the brochure</source>
        <translation>Met de brochure</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Op een andere manier</translation>
    </message>
    <message>
        <source>(not recorded at the tenant&apos;s request)</source>
        <translation>(niet geregistreerd op vraag van de huurder)</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <source>This date lies before the date of referral (%1).</source>
        <translation>Deze datum ligt vóór de datum van aanmelding (%1).</translation>
    </message>
    <message>
        <source>Fill in the day the tenant agreed: support starts only with the tenant&apos;s agreement.</source>
        <translation>Vul de dag in waarop de huurder akkoord ging: de begeleiding start alleen met het akkoord van de huurder.</translation>
    </message>
    <message>
        <source>Write down why you decide not to start: a motivation is required.</source>
        <translation>Schrijf op waarom je beslist om niet te starten: een motivering is verplicht.</translation>
    </message>
    <message>
        <source>Mark this domain as general or as health, addiction, psychiatric or justice information.</source>
        <translation>Duid aan of dit domein algemene informatie bevat of informatie over gezondheid, verslaving, psychiatrie of justitie.</translation>
    </message>
    <message>
        <source>The intake can be saved once the tenant has agreed to start (see Outreach and start).</source>
        <translation>De intake kan opgeslagen worden zodra de huurder akkoord gaat om te starten (zie Outreach en start).</translation>
    </message>
    <message>
        <source>This part of the intake does not exist.</source>
        <translation>Dit onderdeel van de intake bestaat niet.</translation>
    </message>
    <message>
        <source>Choose the organisation from the partner directory or type its name.</source>
        <translation>Kies de organisatie uit de partnerlijst of typ de naam.</translation>
    </message>
    <message>
        <source>This organisation is no longer in the partner directory.</source>
        <translation>Deze organisatie staat niet meer in de partnerlijst.</translation>
    </message>
    <message>
        <source>This is the tenant&apos;s landlord: record a landlord consent instead, which covers the housing problem only.</source>
        <translation>Dit is de verhuurder van de huurder: registreer in de plaats een toestemming voor de verhuurder; die geldt alleen voor het woonprobleem.</translation>
    </message>
    <message>
        <source>Write down for what purpose the information may be shared.</source>
        <translation>Schrijf op met welk doel de informatie gedeeld mag worden.</translation>
    </message>
    <message>
        <source>Tick at least one kind of information that may be shared.</source>
        <translation>Vink minstens één soort informatie aan die gedeeld mag worden.</translation>
    </message>
    <message>
        <source>The landlord may never receive health, addiction, psychiatric or justice information (%1). Untick it.</source>
        <translation>De verhuurder mag nooit informatie over gezondheid, verslaving, psychiatrie of justitie krijgen (%1). Vink dit uit.</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given (%1).</source>
        <translation>Een toestemming kan niet ingetrokken worden vóór ze gegeven is (%1).</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on %1.</source>
        <translation>Deze toestemming is al ingetrokken op %1.</translation>
    </message>
    <message>
        <source>Sharing within the team is part of the support the tenant was told about at intake; it cannot be withdrawn. Stopping the support closes the case.</source>
        <translation>Delen binnen het team hoort bij de begeleiding waarover de huurder bij de intake ingelicht is; dat kan niet ingetrokken worden. Als de begeleiding stopt, wordt het dossier afgesloten.</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Volgende datum</translation>
    </message>
    <message>
        <source>Plan an evaluation</source>
        <translation>Een evaluatie plannen</translation>
    </message>
    <message>
        <source>&amp;Plan evaluation</source>
        <translation>Evaluatie &amp;plannen</translation>
    </message>
    <message>
        <source>&amp;Move selected to this date</source>
        <translation>Geselecteerde &amp;verplaatsen naar deze datum</translation>
    </message>
    <message>
        <source>Cancel selected</source>
        <translation>Geselecteerde annuleren</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Summary for the landlord</source>
        <translation>Samenvatting voor de verhuurder</translation>
    </message>
    <message>
        <source>The landlord may read this summary: only the housing goals and conditions, nothing private.</source>
        <translation>De verhuurder mag deze samenvatting lezen: alleen de doelen over het wonen en de voorwaarden, niets privé.</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Privénotities</translation>
    </message>
    <message>
        <source>For the tenant&apos;s file only: never shown to the landlord.</source>
        <translation>Alleen voor het dossier van de huurder: de verhuurder ziet dit nooit.</translation>
    </message>
    <message>
        <source>— choose the decision —</source>
        <translation>— kies de beslissing —</translation>
    </message>
    <message>
        <source>Plan the next evaluation on</source>
        <translation>Volgende evaluatie plannen op</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>&amp;Record evaluation</source>
        <translation>Evaluatie &amp;registreren</translation>
    </message>
    <message>
        <source>Choose an evaluation in the list, or plan one.</source>
        <translation>Kies een evaluatie in de lijst, of plan er een.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>The case is “%1”: no evaluations can be planned or held.</source>
        <translation>Het dossier staat op “%1”: er kunnen geen evaluaties gepland of gehouden worden.</translation>
    </message>
    <message>
        <source>No plan has been agreed yet: an evaluation looks at the agreed goals.</source>
        <translation>Er is nog geen plan afgesproken: een evaluatie kijkt naar de afgesproken doelen.</translation>
    </message>
    <message>
        <source>Evaluations look at the goals of plan version %1 (in force).</source>
        <translation>Evaluaties kijken naar de doelen van planversie %1 (van kracht).</translation>
    </message>
    <message>
        <source>%1 overdue.</source>
        <translation>%1 te laat.</translation>
    </message>
    <message>
        <source>%1 due within two weeks.</source>
        <translation>%1 te houden binnen twee weken.</translation>
    </message>
    <message>
        <source>Evaluation held on %1</source>
        <translation>Evaluatie gehouden op %1</translation>
    </message>
    <message>
        <source>Planned on %1; goals of plan version %2. Held evaluations are not changed.</source>
        <translation>Gepland op %1; doelen van planversie %2. Gehouden evaluaties worden niet meer gewijzigd.</translation>
    </message>
    <message>
        <source>Evaluation planned on %1</source>
        <translation>Evaluatie gepland op %1</translation>
    </message>
    <message>
        <source>goals of plan version %1</source>
        <translation>doelen van planversie %1</translation>
    </message>
    <message>
        <source>Agree the plan first: the evaluation looks at the goals of the agreed plan.</source>
        <translation>Spreek eerst het plan af: de evaluatie kijkt naar de doelen van het afgesproken plan.</translation>
    </message>
    <message>
        <source>The plan goes on as agreed.</source>
        <translation>Het plan loopt verder zoals afgesproken.</translation>
    </message>
    <message>
        <source>A new draft version of the plan is started; change it and agree it with the tenant in the Action plan tab.</source>
        <translation>Er wordt een nieuwe conceptversie van het plan gestart; pas ze aan en spreek ze af met de huurder in het tabblad Handelingsplan.</translation>
    </message>
    <message>
        <source>No next evaluation. Close the case under Closure and aftercare.</source>
        <translation>Geen volgende evaluatie. Sluit het dossier af onder Afsluiting en nazorg.</translation>
    </message>
    <message>
        <source>Please check the marked fields (%1). Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na (%1). Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>Evaluation planned on %1.</source>
        <translation>Evaluatie gepland op %1.</translation>
    </message>
    <message>
        <source>Evaluation moved to %1.</source>
        <translation>Evaluatie verplaatst naar %1.</translation>
    </message>
    <message>
        <source>The planned evaluation was cancelled.</source>
        <translation>De geplande evaluatie is geannuleerd.</translation>
    </message>
    <message>
        <source>Evaluation recorded.</source>
        <translation>Evaluatie geregistreerd.</translation>
    </message>
    <message>
        <source>The next one is planned on %1.</source>
        <translation>De volgende is gepland op %1.</translation>
    </message>
    <message>
        <source>Plan version %1 was started as a draft in the Action plan tab.</source>
        <translation>Planversie %1 is als concept gestart in het tabblad Handelingsplan.</translation>
    </message>
    <message>
        <source>%1 goal(s) are private in it: the landlord consent is no longer in force.</source>
        <translation>%1 doel(en) zijn daarin privé: de toestemming voor de verhuurder is niet meer van kracht.</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>The number of episodes the figure is computed from</source>
        <translation>Het aantal episodes waarop het cijfer berekend is</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Registration and outcome figures</source>
        <translation>Registratie- en resultaatcijfers</translation>
    </message>
    <message>
        <source>⚠ off the reference value · double-click a figure to list its cases</source>
        <translation>⚠ wijkt af van de referentiewaarde · dubbelklik op een cijfer om de dossiers ervan te tonen</translation>
    </message>
    <message>
        <source>Per counsellor</source>
        <translation>Per woonbegeleider</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodes</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Registration profile (episodes referred in the period)</source>
        <translation>Registratieprofiel (in de periode aangemelde episodes)</translation>
    </message>
    <message>
        <source>%1 episodes referred. An episode can have several problems, so those add up to more.</source>
        <translation>%1 aangemelde episodes. Een episode kan meerdere problemen hebben, dus die tellen samen op tot meer.</translation>
    </message>
</context>
<context>
    <name>FollowupLabels</name>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoongesprek</translation>
    </message>
    <message>
        <source>Office meeting</source>
        <translation>Gesprek op kantoor</translation>
    </message>
    <message>
        <source>Consultation with the landlord</source>
        <translation>Overleg met de verhuurder</translation>
    </message>
    <message>
        <source>Meeting with another service</source>
        <translation>Overleg met een andere dienst</translation>
    </message>
    <message>
        <source>Other contact</source>
        <translation>Ander contact</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>This date lies in the future. For a contact that has not happened yet, tick “Planned”.</source>
        <translation>Deze datum ligt in de toekomst. Vink “Gepland” aan voor een contact dat nog niet plaatsgevonden heeft.</translation>
    </message>
    <message>
        <source>A planned contact cannot lie in the past. If it took place, untick “Planned” and fill in how long it took.</source>
        <translation>Een gepland contact kan niet in het verleden liggen. Heeft het plaatsgevonden? Vink dan “Gepland” uit en vul in hoe lang het duurde.</translation>
    </message>
    <message>
        <source>This contact no longer exists; it may have been removed.</source>
        <translation>Dit contact bestaat niet meer; misschien is het verwijderd.</translation>
    </message>
    <message>
        <source>This case has ended: its contact log can no longer change.</source>
        <translation>Dit dossier is beëindigd: het contactenlog kan niet meer veranderen.</translation>
    </message>
    <message>
        <source>This working note no longer exists.</source>
        <translation>Deze werknotitie bestaat niet meer.</translation>
    </message>
    <message>
        <source>Choose whether the goals were achieved: yes, partly or no.</source>
        <translation>Kies of de doelen bereikt zijn: ja, gedeeltelijk of nee.</translation>
    </message>
    <message>
        <source>Choose yes or no: this answer is never filled in for you.</source>
        <translation>Kies ja of nee: dit antwoord wordt nooit voor jou ingevuld.</translation>
    </message>
    <message>
        <source>The reason says the tenant was evicted, so the eviction was not avoided.</source>
        <translation>Volgens de reden is de huurder uit huis gezet, dus de uithuiszetting is niet vermeden.</translation>
    </message>
    <message>
        <source>The reason is “referred on”: say to whom the tenant was referred.</source>
        <translation>De reden is “doorverwezen”: vermeld naar wie de huurder doorverwezen is.</translation>
    </message>
    <message>
        <source>The closing date lies before the date of referral.</source>
        <translation>De datum van afsluiting ligt vóór de datum van aanmelding.</translation>
    </message>
    <message>
        <source>This case is not running any more, so it cannot be closed again.</source>
        <translation>Dit dossier loopt niet meer en kan dus niet opnieuw afgesloten worden.</translation>
    </message>
    <message>
        <source>The closure of this case was already recorded.</source>
        <translation>De afsluiting van dit dossier is al geregistreerd.</translation>
    </message>
    <message>
        <source>Aftercare starts right after closure: close the case first.</source>
        <translation>Nazorg start meteen na de afsluiting: sluit eerst het dossier af.</translation>
    </message>
    <message>
        <source>This case is not in aftercare.</source>
        <translation>Dit dossier is niet in nazorg.</translation>
    </message>
    <message>
        <source>Aftercare would end on %1, which has already passed: choose a later end.</source>
        <translation>De nazorg zou eindigen op %1, en die datum is al voorbij: kies een later einde.</translation>
    </message>
    <message>
        <source>Choose a last day from %1 to %2.</source>
        <translation>Kies een laatste dag van %1 tot en met %2.</translation>
    </message>
</context>
<context>
    <name>GoalResultRow</name>
    <message>
        <source>Shared with the landlord: the landlord may read this result and its notes.</source>
        <translation>Gedeeld met de verhuurder: de verhuurder mag dit resultaat en de notities erbij lezen.</translation>
    </message>
    <message>
        <source>Private goal: never shown to the landlord.</source>
        <translation>Privédoel: de verhuurder ziet dit nooit.</translation>
    </message>
    <message>
        <source>— result —</source>
        <translation>— resultaat —</translation>
    </message>
    <message>
        <source>Notes on this goal</source>
        <translation>Notities bij dit doel</translation>
    </message>
    <message>
        <source>Result or indicator: %1</source>
        <translation>Resultaat of indicator: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Add household member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <source>Intake visit</source>
        <translation>Intakebezoek</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Told that the team shares the file</source>
        <translation>Ingelicht dat het team het dossier deelt</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Housing skills</source>
        <translation>Woonvaardigheden</translation>
    </message>
    <message>
        <source>Paying the rent, upkeep and cleaning, ventilating, dealing with neighbours and the landlord.</source>
        <translation>Huur betalen, onderhoud en poetsen, verluchten, omgaan met de buren en de verhuurder.</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— geen score —</translation>
    </message>
    <message>
        <source>The tenant and the people around</source>
        <translation>De huurder en de mensen rondom</translation>
    </message>
    <message>
        <source>— not asked —</source>
        <translation>— niet gevraagd —</translation>
    </message>
    <message>
        <source>Main income of the household</source>
        <translation>Hoofdinkomen van het gezin</translation>
    </message>
    <message>
        <source>The tenant&apos;s own question</source>
        <translation>De eigen vraag van de huurder</translation>
    </message>
    <message>
        <source>Services already involved</source>
        <translation>Diensten die al betrokken zijn</translation>
    </message>
    <message>
        <source>e.g. OCMW, mental health care, debt mediation, guardian, home care</source>
        <translation>bv. OCMW, geestelijke gezondheidszorg, schuldbemiddeling, bewindvoerder, thuiszorg</translation>
    </message>
    <message>
        <source>Household situation</source>
        <translation>Gezinssituatie</translation>
    </message>
    <message>
        <source>Save intake</source>
        <translation>Intake opslaan</translation>
    </message>
    <message>
        <source>Save the intake (Ctrl+S)</source>
        <translation>De intake opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Removed from the file at the tenant&apos;s request.</source>
        <translation>Op vraag van de huurder uit het dossier verwijderd.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>The tenant has not agreed to start yet. You can prepare the intake, but it can be saved only after “Tenant agrees: start intake” (tab Outreach and start).</source>
        <translation>De huurder is nog niet akkoord gegaan om te starten. Je kan de intake voorbereiden, maar ze kan pas opgeslagen worden na “Huurder gaat akkoord: intake starten” (tabblad Outreach en start).</translation>
    </message>
    <message>
        <source>Recorded on %1 (%2).</source>
        <translation>Geregistreerd op %1 (%2).</translation>
    </message>
    <message>
        <source>Recorded as the team consent when the intake is first saved.</source>
        <translation>Wordt als toestemming voor het team geregistreerd wanneer de intake voor het eerst opgeslagen wordt.</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Please check the marked fields (%1). Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na (%1). Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>Intake saved.</source>
        <translation>Intake opgeslagen.</translation>
    </message>
</context>
<context>
    <name>JoinTeamDialog</name>
    <message>
        <source>Join a team</source>
        <translation>Bij een team aansluiten</translation>
    </message>
    <message>
        <source>Your team leader gives you the server address and a one-time enrolment code. After joining, the team leader approves this laptop; only then are cases shared.</source>
        <translation>Je teamverantwoordelijke geeft je het serveradres en een eenmalige aanmeldcode. Na het aansluiten keurt de teamverantwoordelijke deze laptop goed; pas dan worden dossiers gedeeld.</translation>
    </message>
    <message>
        <source>Four groups of four letters or digits.</source>
        <translation>Vier groepjes van vier letters of cijfers.</translation>
    </message>
    <message>
        <source>How this laptop appears in the team leader&apos;s list.</source>
        <translation>Zo staat deze laptop in de lijst van de teamverantwoordelijke.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Naam van deze laptop</translation>
    </message>
    <message>
        <source>Contacting the team server…</source>
        <translation>Verbinden met de teamserver…</translation>
    </message>
    <message>
        <source>Read this code to your team leader: they must see the same code before approving this laptop.</source>
        <translation>Lees deze code voor aan je teamverantwoordelijke: die moet dezelfde code zien voor hij of zij deze laptop goedkeurt.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Aansluiten</translation>
    </message>
    <message>
        <source>Type the server address your team leader gave you.</source>
        <translation>Typ het serveradres dat je van je teamverantwoordelijke kreeg.</translation>
    </message>
    <message>
        <source>Type the enrolment code your team leader gave you (XXXX-XXXX-XXXX-XXXX).</source>
        <translation>Typ de aanmeldcode die je van je teamverantwoordelijke kreeg (XXXX-XXXX-XXXX-XXXX).</translation>
    </message>
    <message>
        <source>This laptop joined team %1 as %2 and is approved: the first sync starts shortly.</source>
        <translation>Deze laptop is aangesloten bij team %1 als %2 en is goedgekeurd: de eerste synchronisatie begint zo meteen.</translation>
    </message>
    <message>
        <source>This laptop joined team %1 as %2. Its fingerprint is:</source>
        <translation>Deze laptop is aangesloten bij team %1 als %2. De vingerafdruk is:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Referred</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Active support</source>
        <translation>Lopende begeleiding</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Back to referred</source>
        <translation>Terug naar aangemeld</translation>
    </message>
    <message>
        <source>Start outreach</source>
        <translation>Outreach starten</translation>
    </message>
    <message>
        <source>Start intake</source>
        <translation>Intake starten</translation>
    </message>
    <message>
        <source>Start support</source>
        <translation>Begeleiding starten</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Dossier afsluiten…</translation>
    </message>
    <message>
        <source>Start aftercare</source>
        <translation>Nazorg starten</translation>
    </message>
    <message>
        <source>End case</source>
        <translation>Dossier beëindigen</translation>
    </message>
    <message>
        <source>Rent arrears</source>
        <translation>Huurachterstal</translation>
    </message>
    <message>
        <source>Poor upkeep of the dwelling</source>
        <translation>Gebrekkig onderhoud van de woning</translation>
    </message>
    <message>
        <source>Nuisance / living-together problems</source>
        <translation>Overlast / samenlevingsproblemen</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Verhuurder</translation>
    </message>
    <message>
        <source>OCMW</source>
        <translation>OCMW</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Politie</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Buren</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ziekenhuis</translation>
    </message>
    <message>
        <source>Other service</source>
        <translation>Andere dienst</translation>
    </message>
    <message>
        <source>Tenant themselves</source>
        <translation>Huurder zelf</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Social housing company</source>
        <translation>Sociale huisvestingsmaatschappij</translation>
    </message>
    <message>
        <source>Social rental agency</source>
        <translation>Sociaal verhuurkantoor</translation>
    </message>
    <message>
        <source>Private landlord</source>
        <translation>Private verhuurder</translation>
    </message>
    <message>
        <source>Decided not to start</source>
        <translation>Beslist om niet te starten</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Doelen bereikt</translation>
    </message>
    <message>
        <source>Tenant stopped the support</source>
        <translation>Huurder stopte de begeleiding</translation>
    </message>
    <message>
        <source>Tenant could not be reached</source>
        <translation>Huurder was niet te bereiken</translation>
    </message>
    <message>
        <source>Tenant moved</source>
        <translation>Huurder is verhuisd</translation>
    </message>
    <message>
        <source>Tenant was evicted</source>
        <translation>Huurder is uit huis gezet</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Doorverwezen</translation>
    </message>
    <message>
        <source>Tenant deceased</source>
        <translation>Huurder overleden</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Andere reden</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dit veld is verplicht.</translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation>Dit is te lang (maximaal %1 tekens).</translation>
    </message>
    <message>
        <source>A Belgian postcode has four digits, for example 9000.</source>
        <translation>Een Belgische postcode heeft vier cijfers, bijvoorbeeld 9000.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (for example naam@voorbeeld.be).</source>
        <translation>Dit is geen e-mailadres (bijvoorbeeld naam@voorbeeld.be).</translation>
    </message>
    <message>
        <source>This is not a phone number (for example 09 123 45 67 or 0470 12 34 56).</source>
        <translation>Dit is geen telefoonnummer (bijvoorbeeld 09 123 45 67 of 0470 12 34 56).</translation>
    </message>
    <message>
        <source>Type an amount in euro, for example 1.250,00.</source>
        <translation>Typ een bedrag in euro, bijvoorbeeld 1.250,00.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Dit bedrag is te groot.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Typ een geheel getal.</translation>
    </message>
    <message>
        <source>Type a number from %1 to %2.</source>
        <translation>Typ een getal van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>A national register number has 11 digits (YY.MM.DD-SSS.CC).</source>
        <translation>Een rijksregisternummer heeft 11 cijfers (JJ.MM.DD-VVV.CC).</translation>
    </message>
    <message>
        <source>The check digits do not match: please check the number for typos.</source>
        <translation>De controlecijfers kloppen niet: kijk het nummer na op tikfouten.</translation>
    </message>
    <message>
        <source>The birth date in this national register number does not exist.</source>
        <translation>De geboortedatum in dit rijksregisternummer bestaat niet.</translation>
    </message>
    <message>
        <source>Choose the landlord (or add it to the partner directory).</source>
        <translation>Kies de verhuurder (of voeg hem toe aan de partnerlijst).</translation>
    </message>
    <message>
        <source>This landlord is no longer in the partner directory.</source>
        <translation>Deze verhuurder staat niet meer in de partnerlijst.</translation>
    </message>
    <message>
        <source>This partner is not a landlord: choose a housing company, rental agency or private landlord.</source>
        <translation>Deze partner is geen verhuurder: kies een huisvestingsmaatschappij, een sociaal verhuurkantoor of een private verhuurder.</translation>
    </message>
    <message>
        <source>This contact person does not belong to the chosen landlord.</source>
        <translation>Deze contactpersoon hoort niet bij de gekozen verhuurder.</translation>
    </message>
    <message>
        <source>The next date lies before the date of referral.</source>
        <translation>De volgende datum ligt vóór de datum van aanmelding.</translation>
    </message>
    <message>
        <source>Tick at least one problem.</source>
        <translation>Vink minstens één probleem aan.</translation>
    </message>
    <message>
        <source>Rent arrears is ticked: fill in the amount of the arrears.</source>
        <translation>Huurachterstal is aangevinkt: vul het bedrag van de achterstal in.</translation>
    </message>
    <message>
        <source>Only one contact person can be the fixed contact.</source>
        <translation>Er kan maar één contactpersoon de vaste contactpersoon zijn.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Typ een wachtwoordzin.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a short sentence works well.</source>
        <translation>Gebruik minstens %1 tekens; een korte zin werkt goed.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Gebruik maximaal %1 tekens.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess (a common password, name or pattern). Try a few unrelated words.</source>
        <translation>Deze wachtwoordzin is te makkelijk te raden (een veelgebruikt wachtwoord, een naam of een patroon). Probeer een paar woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>The case already has this status.</source>
        <translation>Het dossier heeft deze status al.</translation>
    </message>
    <message>
        <source>A case cannot go from “%1” to “%2”.</source>
        <translation>Een dossier kan niet van “%1” naar “%2” gaan.</translation>
    </message>
    <message>
        <source>A closed case is not reopened in place: start a new episode linked to it.</source>
        <translation>Een afgesloten dossier wordt niet zelf heropend: start een nieuwe episode die eraan gekoppeld is.</translation>
    </message>
    <message>
        <source>An ended case cannot change status; start a new episode instead.</source>
        <translation>Een beëindigd dossier kan niet meer van status veranderen; start in de plaats een nieuwe episode.</translation>
    </message>
    <message>
        <source>Choose the reason for closing.</source>
        <translation>Kies de reden van afsluiting.</translation>
    </message>
    <message>
        <source>Write down why: this reason needs a motivation.</source>
        <translation>Schrijf op waarom: deze reden vraagt een motivering.</translation>
    </message>
    <message>
        <source>Support has already started, so “decided not to start” cannot be the reason.</source>
        <translation>De begeleiding is al gestart, dus “beslist om niet te starten” kan niet de reden zijn.</translation>
    </message>
    <message>
        <source>Only a closed or ended case can get a new episode.</source>
        <translation>Alleen een afgesloten of beëindigd dossier kan een nieuwe episode krijgen.</translation>
    </message>
    <message>
        <source>Health, addiction, psychiatric and justice information can never be shared with the landlord.</source>
        <translation>Informatie over gezondheid, verslaving, psychiatrie en justitie mag nooit met de verhuurder gedeeld worden.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Deze waarde wordt niet aanvaard.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Organisation letterhead</source>
        <translation>Briefhoofd van de organisatie</translation>
    </message>
    <message>
        <source>Every letter, agreement and plan you print or save starts with your organisation&apos;s name, this logo and these lines.</source>
        <translation>Elke brief, overeenkomst en elk plan dat je afdrukt of bewaart, begint met de naam van je organisatie, dit logo en deze regels.</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo verwijderen</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture of at most %1 MB.</source>
        <translation>Een PNG- of JPEG-afbeelding van hoogstens %1 MB.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Kerkstraat 1, 9000 Gent
Tel. 09 123 45 67</source>
        <translation>Kerkstraat 1, 9000 Gent
Tel. 09 123 45 67</translation>
    </message>
    <message>
        <source>One per line, at most %1 lines, for example the address and the phone number.</source>
        <translation>Eén per regel, hoogstens %1 regels, bijvoorbeeld het adres en het telefoonnummer.</translation>
    </message>
    <message>
        <source>Address and phone lines under the name</source>
        <translation>Adres- en telefoonregels onder de naam</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>No logo: documents show a plain house mark.</source>
        <translation>Geen logo: documenten tonen een eenvoudig huisje.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This picture is larger than %1 kB. Choose a smaller file, or save the logo smaller in a picture editor.</source>
        <translation>Deze afbeelding is groter dan %1 kB. Kies een kleiner bestand, of bewaar het logo kleiner in een tekenprogramma.</translation>
    </message>
    <message>
        <source>This file is not a PNG or JPEG picture. Choose a PNG or JPEG file.</source>
        <translation>Dit bestand is geen PNG- of JPEG-afbeelding. Kies een PNG- of JPEG-bestand.</translation>
    </message>
    <message>
        <source>This logo cannot be used.</source>
        <translation>Dit logo kan niet gebruikt worden.</translation>
    </message>
    <message>
        <source>This file could not be read: %1</source>
        <translation>Dit bestand kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>At most %1 lines fit under the name; you typed %2.</source>
        <translation>Onder de naam passen hoogstens %1 regels; je typte er %2.</translation>
    </message>
    <message>
        <source>These lines are too long (at most %1 characters together).</source>
        <translation>Deze regels zijn te lang (samen hoogstens %1 tekens).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Caseworker Desktop</source>
        <translation>Caseworker Desktop</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;New referral</source>
        <translation>&amp;Nieuwe aanmelding</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Partner directory</source>
        <translation>&amp;Partnerlijst</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Automatic lock…</source>
        <translation>&amp;Automatisch vergrendelen…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>Organisation &amp;letterhead…</source>
        <translation>Briefhoofd van de &amp;organisatie…</translation>
    </message>
    <message>
        <source>&amp;Role…</source>
        <translation>&amp;Rol…</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Team view</source>
        <translation>&amp;Teamoverzicht</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisatie</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Nu synchroniseren</translation>
    </message>
    <message>
        <source>&amp;Join a team…</source>
        <translation>Bij een team &amp;aansluiten…</translation>
    </message>
    <message>
        <source>Team &amp;devices…</source>
        <translation>&amp;Toestellen van het team…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Over</translation>
    </message>
    <message>
        <source>Caseworker Desktop – recovery key</source>
        <translation>Caseworker Desktop – herstelsleutel</translation>
    </message>
    <message>
        <source>This key opens your profile if you forget your passphrase. Keep this sheet in a safe, locked place, away from the laptop. Anyone with this key and the laptop can read the case files.</source>
        <translation>Met deze sleutel open je je profiel als je je wachtwoordzin vergeten bent. Bewaar dit blad op een veilige, afgesloten plaats, niet bij de laptop. Wie deze sleutel en de laptop heeft, kan de dossiers lezen.</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Herstelsleutel:</translation>
    </message>
    <message>
        <source>Profile of:</source>
        <translation>Profiel van:</translation>
    </message>
    <message>
        <source>To use it: on the unlock screen choose &apos;Forgot your passphrase?&apos;, type this key and choose a new passphrase.</source>
        <translation>Zo gebruik je hem: kies op het ontgrendelscherm &apos;Wachtwoordzin vergeten?&apos;, typ deze sleutel en kies een nieuwe wachtwoordzin.</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <source>recovery-key.pdf</source>
        <translation>herstelsleutel.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Next attempt possible in %1 s.</source>
        <translation>Volgende poging mogelijk over %1 s.</translation>
    </message>
    <message>
        <source>This passphrase does not open the profile.</source>
        <translation>Deze wachtwoordzin opent het profiel niet.</translation>
    </message>
    <message>
        <source>This recovery key does not open the profile. Check it for typos.</source>
        <translation>Deze herstelsleutel opent het profiel niet. Kijk hem na op tikfouten.</translation>
    </message>
    <message>
        <source>%1 · %2 · team %3</source>
        <translation>%1 · %2 · team %3</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and discard them?</source>
        <translation>Dit formulier heeft wijzigingen die niet opgeslagen zijn. Wil je het sluiten en de wijzigingen verwerpen?</translation>
    </message>
    <message>
        <source>The team server is being contacted already: a moment, please.</source>
        <translation>Er is al verbinding met de teamserver: even geduld.</translation>
    </message>
    <message>
        <source>The team server does not know you as team leader: the team view stays closed.</source>
        <translation>De teamserver kent je niet als teamverantwoordelijke: het teamoverzicht blijft gesloten.</translation>
    </message>
    <message>
        <source>The letterhead was saved.</source>
        <translation>Het briefhoofd is bewaard.</translation>
    </message>
    <message>
        <source>This is not your current passphrase.</source>
        <translation>Dit is niet je huidige wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your passphrase was changed.</source>
        <translation>Je wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <source>About Caseworker Desktop</source>
        <translation>Over Caseworker Desktop</translation>
    </message>
    <message>
        <source>Caseworker Desktop %1
Case management for preventive housing support. Your case files are stored encrypted on this laptop.</source>
        <translation>Caseworker Desktop %1
Dossierbeheer voor preventieve woonbegeleiding. Je dossiers worden versleuteld bewaard op deze laptop.</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>NotesField</name>
    <message>
        <source>Tenant asks not to record this</source>
        <translation>Huurder vraagt om dit niet te registreren</translation>
    </message>
    <message>
        <source>Empties this field; text already in the file is removed at once. Only the fact that it was not recorded, at the tenant&apos;s request, is kept.</source>
        <translation>Maakt dit veld leeg; tekst die al in het dossier staat, wordt meteen verwijderd. Alleen het feit dat dit op vraag van de huurder niet geregistreerd is, wordt bewaard.</translation>
    </message>
    <message>
        <source>Record after all</source>
        <translation>Toch registreren</translation>
    </message>
</context>
<context>
    <name>OutreachPanel</name>
    <message>
        <source>Attempts to reach the tenant</source>
        <translation>Pogingen om de huurder te bereiken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Manier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Remove selected attempt</source>
        <translation>Geselecteerde poging verwijderen</translation>
    </message>
    <message>
        <source>Date of the attempt</source>
        <translation>Datum van de poging</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>optional, e.g. postcard left in the letter box</source>
        <translation>optioneel, bv. postkaart in de brievenbus gestoken</translation>
    </message>
    <message>
        <source>Add attempt</source>
        <translation>Poging toevoegen</translation>
    </message>
    <message>
        <source>The tenant&apos;s attitude to help</source>
        <translation>Houding van de huurder tegenover hulp</translation>
    </message>
    <message>
        <source>— not known yet —</source>
        <translation>— nog niet gekend —</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>The decision to start</source>
        <translation>De beslissing om te starten</translation>
    </message>
    <message>
        <source>Start outreach</source>
        <translation>Outreach starten</translation>
    </message>
    <message>
        <source>The tenant has not been reached yet: log every attempt in the list.</source>
        <translation>De huurder is nog niet bereikt: noteer elke poging in de lijst.</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Landlord&apos;s mandate (its referral)</source>
        <translation>Mandaat van de verhuurder (de aanmelding)</translation>
    </message>
    <message>
        <source>Tenant agreed on</source>
        <translation>Huurder akkoord op</translation>
    </message>
    <message>
        <source>Tenant agrees: start intake</source>
        <translation>Huurder gaat akkoord: intake starten</translation>
    </message>
    <message>
        <source>Decide not to start…</source>
        <translation>Beslissen om niet te starten…</translation>
    </message>
    <message>
        <source>Why support does not start (required)</source>
        <translation>Waarom de begeleiding niet start (verplicht)</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslist op</translation>
    </message>
    <message>
        <source>Close the case: not started</source>
        <translation>Dossier afsluiten: niet gestart</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Outreach and start</source>
        <translation>Outreach en start</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>no attempts to reach the tenant yet</source>
        <translation>nog geen pogingen om de huurder te bereiken</translation>
    </message>
    <message>
        <source>1 attempt to reach the tenant, on %1</source>
        <translation>1 poging om de huurder te bereiken, op %1</translation>
    </message>
    <message>
        <source>%1 attempts over %2 days (%3 – %4)</source>
        <translation>%1 pogingen gespreid over %2 dagen (%3 – %4)</translation>
    </message>
    <message>
        <source>Status: %1 · %2</source>
        <translation>Status: %1 · %2</translation>
    </message>
    <message>
        <source>Decided not to start. Motivation: %1</source>
        <translation>Beslist om niet te starten. Motivering: %1</translation>
    </message>
    <message>
        <source>Support started: the tenant agreed on %1.</source>
        <translation>Begeleiding gestart: de huurder ging akkoord op %1.</translation>
    </message>
    <message>
        <source>Landlord&apos;s mandate of %1.</source>
        <translation>Mandaat van de verhuurder gegeven op %1.</translation>
    </message>
    <message>
        <source>Support starts when the tenant agrees. The landlord&apos;s referral mandates you to explore; you may also decide not to start, with a written motivation.</source>
        <translation>De begeleiding start wanneer de huurder akkoord gaat. De aanmelding door de verhuurder geeft je het mandaat om de mogelijkheden te verkennen; je kan ook beslissen om niet te starten, met een schriftelijke motivering.</translation>
    </message>
    <message>
        <source>The case is past the decision to start (%1).</source>
        <translation>Dit dossier is al voorbij de beslissing om te starten (%1).</translation>
    </message>
    <message>
        <source>Attempt added.</source>
        <translation>Poging toegevoegd.</translation>
    </message>
    <message>
        <source>Attempt removed.</source>
        <translation>Poging verwijderd.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Outreach started.</source>
        <translation>Outreach gestart.</translation>
    </message>
    <message>
        <source>The tenant agreed: the case is now at intake.</source>
        <translation>De huurder ging akkoord: het dossier staat nu op intake.</translation>
    </message>
    <message>
        <source>The case is closed: support did not start.</source>
        <translation>Het dossier is afgesloten: de begeleiding is niet gestart.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Open the previous episode</source>
        <translation>Vorige episode openen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Next action: %1</source>
        <translation>Volgende stap: %1</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Ga erheen</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>%1 attempts over %2 days</source>
        <translation>%1 pogingen gespreid over %2 dagen</translation>
    </message>
    <message>
        <source>Landlord consent</source>
        <translation>Toestemming verhuurder</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>van kracht</translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>geen van kracht</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handelingsplan</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>versie %1 (%2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>%1, last on %2</source>
        <translation>%1, laatste op %2</translation>
    </message>
    <message>
        <source>Eviction procedure</source>
        <translation>Uithuiszettingsprocedure</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>none known</source>
        <translation>geen gekend</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>over %1 dagen</translation>
    </message>
    <message>
        <source>Hearing at the justice of the peace on %1 (%2): make sure the tenant attends.</source>
        <translation>Zitting bij de vrederechter op %1 (%2): zorg dat de huurder aanwezig is.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>version %1 in force since %2</source>
        <translation>versie %1 van kracht sinds %2</translation>
    </message>
    <message>
        <source>version %1 still to sign by: %2</source>
        <translation>versie %1 nog te ondertekenen door: %2</translation>
    </message>
    <message>
        <source>no attempts yet</source>
        <translation>nog geen pogingen</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 poging</translation>
    </message>
    <message>
        <source>%1 attempts on one day</source>
        <translation>%1 pogingen op één dag</translation>
    </message>
    <message>
        <source>was running during the support</source>
        <translation>liep tijdens de begeleiding</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>try to reach the tenant (outreach).</source>
        <translation>probeer de huurder te bereiken (outreach).</translation>
    </message>
    <message>
        <source>record the decision to start, or not to start, with the tenant.</source>
        <translation>registreer de beslissing om met de huurder te starten of niet.</translation>
    </message>
    <message>
        <source>hold the intake on a home visit.</source>
        <translation>doe de intake tijdens een huisbezoek.</translation>
    </message>
    <message>
        <source>draft the action plan with the tenant.</source>
        <translation>stel het handelingsplan op met de huurder.</translation>
    </message>
    <message>
        <source>agree the action plan with the tenant.</source>
        <translation>spreek het handelingsplan af met de huurder.</translation>
    </message>
    <message>
        <source>plan the first evaluation.</source>
        <translation>plan de eerste evaluatie.</translation>
    </message>
    <message>
        <source>evaluation planned on %1.</source>
        <translation>evaluatie gepland op %1.</translation>
    </message>
    <message>
        <source>the evaluation of %1 is overdue.</source>
        <translation>de evaluatie van %1 is te laat.</translation>
    </message>
    <message>
        <source>start aftercare or end the case.</source>
        <translation>start de nazorg of beëindig het dossier.</translation>
    </message>
    <message>
        <source>aftercare runs until %1.</source>
        <translation>nazorg loopt tot %1.</translation>
    </message>
    <message>
        <source>none: the case has ended. A relapse starts a new episode.</source>
        <translation>geen: het dossier is beëindigd. Bij herval start een nieuwe episode.</translation>
    </message>
    <message>
        <source>Referral received</source>
        <translation>Aanmelding ontvangen</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Outreach attempt</source>
        <translation>Outreachpoging</translation>
    </message>
    <message>
        <source>%1 outreach attempts so far, the last one here</source>
        <translation>%1 outreachpogingen tot nu toe, de laatste hier</translation>
    </message>
    <message>
        <source>Consent given: %1</source>
        <translation>Toestemming gegeven: %1</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1</source>
        <translation>Toestemming ingetrokken: %1</translation>
    </message>
    <message>
        <source>Intake held</source>
        <translation>Intake gehouden</translation>
    </message>
    <message>
        <source>Action plan version %1 agreed</source>
        <translation>Handelingsplan versie %1 afgesproken</translation>
    </message>
    <message>
        <source>Evaluation held</source>
        <translation>Evaluatie gehouden</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact geregistreerd</translation>
    </message>
    <message>
        <source>%1 contacts logged, the last one here</source>
        <translation>%1 contacten geregistreerd, het laatste hier</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>Rechtbank: %1</translation>
    </message>
    <message>
        <source>Agreement version %1 signed by everyone</source>
        <translation>Overeenkomst versie %1 door iedereen ondertekend</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Afgesloten: %1</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>het team</translation>
    </message>
    <message>
        <source>the landlord</source>
        <translation>de verhuurder</translation>
    </message>
    <message>
        <source>another organisation</source>
        <translation>een andere organisatie</translation>
    </message>
    <message>
        <source>petition filed</source>
        <translation>verzoekschrift ingediend</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>zitting</translation>
    </message>
    <message>
        <source>judgment</source>
        <translation>vonnis</translation>
    </message>
    <message>
        <source>eviction date announced</source>
        <translation>datum van uithuiszetting aangekondigd</translation>
    </message>
    <message>
        <source>eviction carried out</source>
        <translation>uithuiszetting uitgevoerd</translation>
    </message>
</context>
<context>
    <name>PartnerDirectory</name>
    <message>
        <source>Search partners</source>
        <translation>Zoek partners</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Save partner</source>
        <translation>Partner opslaan</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partnerlijst</translation>
    </message>
    <message>
        <source>Contact person %1: %2</source>
        <translation>Contactpersoon %1: %2</translation>
    </message>
    <message>
        <source>Please check the marked fields. Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na. Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Heel zwak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Heel sterk</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Te lang</translation>
    </message>
    <message>
        <source>Too easy to guess</source>
        <translation>Te makkelijk te raden</translation>
    </message>
    <message>
        <source>Good: this passphrase is accepted.</source>
        <translation>Goed: deze wachtwoordzin wordt aanvaard.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Zoom out</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Make the pages smaller (Ctrl+-)</source>
        <translation>Maak de pagina&apos;s kleiner (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Make the pages larger (Ctrl++)</source>
        <translation>Maak de pagina&apos;s groter (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window</source>
        <translation>Toon de pagina&apos;s zo breed als het venster</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>This document cannot be shown.</source>
        <translation>Dit document kan niet getoond worden.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Bewaren als…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Document bewaren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet bewaard</translation>
    </message>
    <message>
        <source>The document could not be saved as %1.

Reason: %2</source>
        <translation>Het document kon niet bewaard worden als %1.

Reden: %2</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer. Check the printer and try again.</source>
        <translation>Het document kon niet naar de printer gestuurd worden. Kijk de printer na en probeer opnieuw.</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Figures over</source>
        <translation>Cijfers over</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Tenant</source>
        <translation>Huurder</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Verhuurder</translation>
    </message>
    <message>
        <source>Another service</source>
        <translation>Een andere dienst</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Gedeeltelijk bereikt</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Continue the plan</source>
        <translation>Het plan voortzetten</translation>
    </message>
    <message>
        <source>Adjust the plan (new version)</source>
        <translation>Het plan aanpassen (nieuwe versie)</translation>
    </message>
    <message>
        <source>Close the support</source>
        <translation>De begeleiding afsluiten</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Specifiek</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Meetbaar</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aanvaardbaar</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realistisch</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Tijdsgebonden</translation>
    </message>
    <message>
        <source>Too short to be specific: describe in at least %1 words what will be different.</source>
        <translation>Te kort om specifiek te zijn: beschrijf in minstens %1 woorden wat er anders zal zijn.</translation>
    </message>
    <message>
        <source>Vague wording (%1): say what exactly, how much or how often, or by when.</source>
        <translation>Vage woorden (%1): zeg wat precies, hoeveel of hoe vaak, of tegen wanneer.</translation>
    </message>
    <message>
        <source>Nothing to measure: fill in the result or indicator, or put a number in the goal.</source>
        <translation>Niets om te meten: vul het resultaat of de indicator in, of zet een getal in het doel.</translation>
    </message>
    <message>
        <source>The tenant has not agreed with this goal yet (tick it once they have).</source>
        <translation>De huurder is nog niet akkoord met dit doel (vink het aan zodra dat zo is).</translation>
    </message>
    <message>
        <source>No realism note: write down why this goal is within the tenant&apos;s reach.</source>
        <translation>Realisme niet toegelicht: schrijf op waarom dit doel binnen het bereik van de huurder ligt.</translation>
    </message>
    <message>
        <source>No deadline: set the date by which the goal is reached.</source>
        <translation>Geen streefdatum: stel de datum in tegen wanneer het doel bereikt is.</translation>
    </message>
    <message>
        <source>The deadline has already passed.</source>
        <translation>De streefdatum is al voorbij.</translation>
    </message>
    <message>
        <source>The deadline is more than %1 months away: set an earlier intermediate goal.</source>
        <translation>De streefdatum ligt meer dan %1 maanden ver: stel een vroeger tussendoel.</translation>
    </message>
    <message>
        <source>This date is not plausible: it lies before 2000 or more than %1 years ahead.</source>
        <translation>Deze datum is niet aannemelijk: ze ligt vóór 2000 of meer dan %1 jaar in de toekomst.</translation>
    </message>
    <message>
        <source>At most %1 are possible.</source>
        <translation>Er zijn maximaal %1 mogelijk.</translation>
    </message>
    <message>
        <source>The tenant&apos;s consent to share with the landlord is not in force: record it under Consent first, or keep this goal private.</source>
        <translation>De toestemming van de huurder om met de verhuurder te delen is niet van kracht: registreer ze eerst onder Toestemming, of houd dit doel privé.</translation>
    </message>
    <message>
        <source>The previous version was agreed on %1: the new one cannot be agreed earlier.</source>
        <translation>De vorige versie is afgesproken op %1: de nieuwe kan niet vroeger afgesproken worden.</translation>
    </message>
    <message>
        <source>Add at least one goal before agreeing the plan.</source>
        <translation>Voeg minstens één doel toe voor je het plan afspreekt.</translation>
    </message>
    <message>
        <source>%1 goal(s) are not SMART yet: see the remarks next to each goal.</source>
        <translation>%1 doel(en) zijn nog niet SMART: zie de opmerkingen bij elk doel.</translation>
    </message>
    <message>
        <source>A plan is agreed after the intake has started; this case is now “%1”.</source>
        <translation>Een plan wordt afgesproken nadat de intake gestart is; dit dossier staat nu op “%1”.</translation>
    </message>
    <message>
        <source>This case is “%1”: its plan can be read but no longer changed.</source>
        <translation>Dit dossier staat op “%1”: het plan kan gelezen worden, maar niet meer gewijzigd.</translation>
    </message>
    <message>
        <source>An agreed plan is not changed in place: use “Change agreed plan” to start a new version.</source>
        <translation>Een afgesproken plan wordt niet zelf gewijzigd: gebruik “Afgesproken plan wijzigen” om een nieuwe versie te starten.</translation>
    </message>
    <message>
        <source>There is no agreed plan to change yet.</source>
        <translation>Er is nog geen afgesproken plan om te wijzigen.</translation>
    </message>
    <message>
        <source>This plan version no longer exists.</source>
        <translation>Deze planversie bestaat niet meer.</translation>
    </message>
    <message>
        <source>No plan has been agreed yet.</source>
        <translation>Er is nog geen plan afgesproken.</translation>
    </message>
    <message>
        <source>This case already has a plan.</source>
        <translation>Dit dossier heeft al een plan.</translation>
    </message>
    <message>
        <source>This case does not follow an earlier episode.</source>
        <translation>Dit dossier volgt niet op een eerdere episode.</translation>
    </message>
    <message>
        <source>The earlier episode had no plan.</source>
        <translation>De eerdere episode had geen plan.</translation>
    </message>
    <message>
        <source>There is no draft version to discard.</source>
        <translation>Er is geen conceptversie om te verwerpen.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Dit dossier bestaat niet meer.</translation>
    </message>
    <message>
        <source>A result was given for a goal that is not in the plan in force.</source>
        <translation>Er is een resultaat gegeven voor een doel dat niet in het geldende plan staat.</translation>
    </message>
    <message>
        <source>Choose the result for this goal.</source>
        <translation>Kies het resultaat voor dit doel.</translation>
    </message>
    <message>
        <source>Choose the decision.</source>
        <translation>Kies de beslissing.</translation>
    </message>
    <message>
        <source>The support is being closed: no next evaluation is planned.</source>
        <translation>De begeleiding wordt afgesloten: er wordt geen volgende evaluatie gepland.</translation>
    </message>
    <message>
        <source>Set the date of the next evaluation.</source>
        <translation>Stel de datum van de volgende evaluatie in.</translation>
    </message>
    <message>
        <source>The next evaluation must come after this one.</source>
        <translation>De volgende evaluatie moet na deze komen.</translation>
    </message>
    <message>
        <source>An evaluation is already planned on %1.</source>
        <translation>Er is al een evaluatie gepland op %1.</translation>
    </message>
    <message>
        <source>This case is “%1”: no evaluations can be planned or held.</source>
        <translation>Dit dossier staat op “%1”: er kunnen geen evaluaties gepland of gehouden worden.</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>Deze evaluatie bestaat niet meer.</translation>
    </message>
    <message>
        <source>This evaluation has been held; its record is no longer changed.</source>
        <translation>Deze evaluatie is gehouden; wat geregistreerd is, wordt niet meer gewijzigd.</translation>
    </message>
    <message>
        <source>Agree the plan first: an evaluation looks at the goals of the agreed plan.</source>
        <translation>Spreek eerst het plan af: een evaluatie kijkt naar de doelen van het afgesproken plan.</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>Doel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>Doel ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Conditions of the landlord</source>
        <translation>Voorwaarden van de verhuurder</translation>
    </message>
    <message>
        <source>What the landlord asks for not terminating the lease. The conditions are part of the agreement, so the landlord reads them.</source>
        <translation>Wat de verhuurder vraagt om de huurovereenkomst niet op te zeggen. De voorwaarden maken deel uit van de overeenkomst, dus de verhuurder leest ze.</translation>
    </message>
    <message>
        <source>Add c&amp;ondition</source>
        <translation>V&amp;oorwaarde toevoegen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Goal (what will be different)</source>
        <translation>Doel (wat zal er anders zijn)</translation>
    </message>
    <message>
        <source>e.g. pays the rent of 475 euro before the 5th each month</source>
        <translation>bv. betaalt elke maand de huur van 475 euro vóór de 5de</translation>
    </message>
    <message>
        <source>Result or indicator</source>
        <translation>Resultaat of indicator</translation>
    </message>
    <message>
        <source>how you will both see that it is reached</source>
        <translation>waaraan jullie allebei zien dat het bereikt is</translation>
    </message>
    <message>
        <source>The tenant agrees with this goal</source>
        <translation>De huurder gaat akkoord met dit doel</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aanvaardbaar</translation>
    </message>
    <message>
        <source>Why it is realistic</source>
        <translation>Waarom het realistisch is</translation>
    </message>
    <message>
        <source>Deadline set</source>
        <translation>Streefdatum vastgelegd</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>— choose a life domain —</source>
        <translation>— kies een levensdomein —</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Levensdomein</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Wie doet het</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Kind of information</source>
        <translation>Soort informatie</translation>
    </message>
    <message>
        <source>Share this goal with the landlord</source>
        <translation>Dit doel delen met de verhuurder</translation>
    </message>
    <message>
        <source>Only for a goal about the housing problem the landlord raised, and only with the tenant&apos;s consent. Otherwise the goal stays private to the tenant and the counsellor (and your team): the landlord never learns of it. Health, addiction, psychiatric and justice information is never shared.</source>
        <translation>Alleen voor een doel over het woonprobleem dat de verhuurder aankaartte, en alleen met toestemming van de huurder. Anders blijft het doel privé tussen de huurder en de woonbegeleider (en je team): de verhuurder komt het nooit te weten. Informatie over gezondheid, verslaving, psychiatrie en justitie wordt nooit gedeeld.</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Verhuurder</translation>
    </message>
    <message>
        <source>Add a goal to start writing the plan.</source>
        <translation>Voeg een doel toe om het plan te beginnen schrijven.</translation>
    </message>
    <message>
        <source>SMART check of this goal</source>
        <translation>SMART-controle van dit doel</translation>
    </message>
    <message>
        <source>Advice only: a draft can be saved with remarks. Agreeing asks you to confirm them.</source>
        <translation>Alleen advies: een concept kan met opmerkingen opgeslagen worden. Bij het afspreken moet je ze bevestigen.</translation>
    </message>
    <message>
        <source>Plan of the previous episode</source>
        <translation>Plan van de vorige episode</translation>
    </message>
    <message>
        <source>Start a new plan from it</source>
        <translation>Een nieuw plan op basis hiervan starten</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Concept verwerpen</translation>
    </message>
    <message>
        <source>Change agreed plan (&amp;new version)</source>
        <translation>Afgesproken plan wijzigen (&amp;nieuwe versie)</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>&amp;Agree plan</source>
        <translation>Plan &amp;afspreken</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Het concept opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handelingsplan</translation>
    </message>
    <message>
        <source>New plan (not saved yet)</source>
        <translation>Nieuw plan (nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>afgesproken op %1</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versie %1 · %2</translation>
    </message>
    <message>
        <source>Case %1, version %2</source>
        <translation>Dossier %1, versie %2</translation>
    </message>
    <message>
        <source>shared with the landlord</source>
        <translation>gedeeld met de verhuurder</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Streefdatum: %1</translation>
    </message>
    <message>
        <source>Conditions of the landlord:</source>
        <translation>Voorwaarden van de verhuurder:</translation>
    </message>
    <message>
        <source>No plan yet. Write the goals with the tenant; save a draft at any time.</source>
        <translation>Nog geen plan. Schrijf de doelen samen met de huurder; je kan op elk moment een concept opslaan.</translation>
    </message>
    <message>
        <source>Version %1 is a draft: not agreed yet.</source>
        <translation>Versie %1 is een concept: nog niet afgesproken.</translation>
    </message>
    <message>
        <source>Version %1 (agreed on %2) stays in force until this one is agreed.</source>
        <translation>Versie %1 (afgesproken op %2) blijft van kracht tot deze afgesproken is.</translation>
    </message>
    <message>
        <source>Version %1 was agreed on %2 and is in force.</source>
        <translation>Versie %1 is afgesproken op %2 en is van kracht.</translation>
    </message>
    <message>
        <source>A change is being drafted as version %1. Read only.</source>
        <translation>Er wordt een wijziging opgesteld als versie %1. Alleen lezen.</translation>
    </message>
    <message>
        <source>Version %1 was replaced by a later version. Read only.</source>
        <translation>Versie %1 is vervangen door een latere versie. Alleen lezen.</translation>
    </message>
    <message>
        <source>The case is “%1”: the plan can no longer be changed.</source>
        <translation>Het dossier staat op “%1”: het plan kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>The plan can be agreed once the intake has started (the case is now “%1”).</source>
        <translation>Het plan kan afgesproken worden zodra de intake gestart is (het dossier staat nu op “%1”).</translation>
    </message>
    <message>
        <source>(no description yet)</source>
        <translation>(nog geen omschrijving)</translation>
    </message>
    <message>
        <source>Shared with the landlord</source>
        <translation>Gedeeld met de verhuurder</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>%1 SMART remark(s)</source>
        <translation>%1 SMART-opmerking(en)</translation>
    </message>
    <message>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <source>This version has no goals.</source>
        <translation>Deze versie heeft geen doelen.</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Doel %1</translation>
    </message>
    <message>
        <source>✓ This goal is specific, measurable, acceptable, realistic and time-bound.</source>
        <translation>✓ Dit doel is specifiek, meetbaar, aanvaardbaar, realistisch en tijdsgebonden.</translation>
    </message>
    <message>
        <source>Please check the marked goals and fields (%1). Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde doelen en velden na (%1). Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>Draft version %1 saved.</source>
        <translation>Conceptversie %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Agree the plan anyway?</source>
        <translation>Het plan toch afspreken?</translation>
    </message>
    <message>
        <source>Agree anyway</source>
        <translation>Toch afspreken</translation>
    </message>
    <message>
        <source>Version %1 agreed on %2.</source>
        <translation>Versie %1 afgesproken op %2.</translation>
    </message>
    <message>
        <source>Version %1 started as a draft. Change it and agree it with the tenant.</source>
        <translation>Versie %1 is als concept gestart. Pas ze aan en spreek ze af met de huurder.</translation>
    </message>
    <message>
        <source>%1 goal(s) were shared with the landlord, but the landlord consent is no longer in force: in this version they are private.</source>
        <translation>%1 doel(en) waren gedeeld met de verhuurder, maar de toestemming voor de verhuurder is niet meer van kracht: in deze versie zijn ze privé.</translation>
    </message>
    <message>
        <source>Discard draft version %1? What was written in it is lost.</source>
        <translation>Conceptversie %1 verwerpen? Wat erin geschreven is, gaat verloren.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Het concept is verworpen.</translation>
    </message>
    <message>
        <source>A draft was started from the previous episode&apos;s plan.</source>
        <translation>Er is een concept gestart op basis van het plan van de vorige episode.</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign case %1</source>
        <translation>Dossier %1 overdragen</translation>
    </message>
    <message>
        <source>— choose a counsellor —</source>
        <translation>— kies een woonbegeleider —</translation>
    </message>
    <message>
        <source>e.g. caseload balance, counsellor on long leave, tenant asked for someone else</source>
        <translation>bv. evenwicht in de caseload, woonbegeleider langdurig afwezig, huurder vroeg om iemand anders</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Now with</source>
        <translation>Nu bij</translation>
    </message>
    <message>
        <source>Hand over to</source>
        <translation>Overdragen aan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>The case belongs to the new counsellor from today; the figures of earlier days stay with the current one. The handover and its reason are recorded and shared with the team.</source>
        <translation>Het dossier hoort vanaf vandaag bij de nieuwe woonbegeleider; de cijfers van de vorige dagen blijven bij de huidige. De overdracht en de reden ervan worden geregistreerd en met het team gedeeld.</translation>
    </message>
    <message>
        <source>No other counsellor is known on this laptop yet. Colleagues appear here once their cases have come in with a sync.</source>
        <translation>Op deze laptop is nog geen andere woonbegeleider gekend. Collega&apos;s verschijnen hier zodra hun dossiers met een synchronisatie binnengekomen zijn.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>Choose the counsellor who takes the case over.</source>
        <translation>Kies de woonbegeleider die het dossier overneemt.</translation>
    </message>
    <message>
        <source>Keep the reason short (at most %1 characters).</source>
        <translation>Hou de reden kort (hoogstens %1 tekens).</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <source>Your recovery key</source>
        <translation>Je herstelsleutel</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way back into your profile. It is shown only now. Print it or save it, and keep it somewhere safe away from the laptop (for example in the team&apos;s locked cabinet).</source>
        <translation>Als je je wachtwoordzin vergeet, is deze sleutel de enige manier om terug in je profiel te geraken. Hij wordt alleen nu getoond. Druk hem af of sla hem op, en bewaar hem op een veilige plaats, niet bij de laptop (bijvoorbeeld in de afgesloten kast van het team).</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>I have printed or saved my recovery key</source>
        <translation>Ik heb mijn herstelsleutel afgedrukt of opgeslagen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verdergaan</translation>
    </message>
</context>
<context>
    <name>RecoveryView</name>
    <message>
        <source>Reset your passphrase</source>
        <translation>Stel een nieuwe wachtwoordzin in</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you set up this profile, and choose a new passphrase. Your case files stay as they are.</source>
        <translation>Typ de herstelsleutel die je afgedrukt of opgeslagen hebt toen je dit profiel instelde, en kies een nieuwe wachtwoordzin. Je dossiers blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Nieuwe wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Reset passphrase</source>
        <translation>Nieuwe wachtwoordzin instellen</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>optional, e.g. 85.07.30-033.28</source>
        <translation>optioneel, bv. 85.07.30-033.28</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Huursituatie</translation>
    </message>
    <message>
        <source>Partner directory…</source>
        <translation>Partnerlijst…</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Verhuurder</translation>
    </message>
    <message>
        <source>Landlord&apos;s contact person</source>
        <translation>Contactpersoon bij de verhuurder</translation>
    </message>
    <message>
        <source>Monthly rent (€)</source>
        <translation>Huurprijs per maand (€)</translation>
    </message>
    <message>
        <source>Rent arrears (€)</source>
        <translation>Huurachterstal (€)</translation>
    </message>
    <message>
        <source>Arrears in months of rent</source>
        <translation>Achterstal in maanden huur</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Date of referral</source>
        <translation>Datum van aanmelding</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— kies —</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Aangemeld door</translation>
    </message>
    <message>
        <source>Name of the referrer</source>
        <translation>Naam van de aanmelder</translation>
    </message>
    <message>
        <source>Referrer&apos;s phone or e-mail</source>
        <translation>Telefoon of e-mail van de aanmelder</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Steps already taken</source>
        <translation>Al gezette stappen</translation>
    </message>
    <message>
        <source>Question to the counsellor</source>
        <translation>Vraag aan de woonbegeleider</translation>
    </message>
    <message>
        <source>An eviction procedure is running</source>
        <translation>Er loopt een uithuiszettingsprocedure</translation>
    </message>
    <message>
        <source>Date planned</source>
        <translation>Datum gepland</translation>
    </message>
    <message>
        <source>Next appointment or step</source>
        <translation>Volgende afspraak of stap</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>— choose a landlord —</source>
        <translation>— kies een verhuurder —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>Restored what you were typing before the lock. Not saved yet.</source>
        <translation>Wat je aan het typen was voor de vergrendeling, is teruggezet. Nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nieuwe aanmelding</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>voornaam</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>familienaam</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>geboortejaar</translation>
    </message>
    <message>
        <source>Household member %1, %2: %3</source>
        <translation>Gezinslid %1, %2: %3</translation>
    </message>
    <message>
        <source>Please check the marked fields (%1). Nothing you typed was lost.</source>
        <translation>Kijk de gemarkeerde velden na (%1). Wat je getypt hebt, is niet verloren.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Click to list these cases</source>
        <translation>Klik om deze dossiers te tonen</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>Flag running cases without contact for longer than</source>
        <translation>Lopende dossiers markeren zonder contact langer dan</translation>
    </message>
    <message>
        <source>Click a number to see the cases behind it.</source>
        <translation>Klik op een getal om de dossiers erachter te zien.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Dossier openen</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Overdragen…</translation>
    </message>
    <message>
        <source>Hand the selected case over to another counsellor</source>
        <translation>Het geselecteerde dossier overdragen aan een andere woonbegeleider</translation>
    </message>
    <message>
        <source>Click a number in the table above to list its cases.</source>
        <translation>Klik op een getal in de tabel hierboven om de dossiers ervan te tonen.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Which role do you have in the team?</source>
        <translation>Welke rol heb je in het team?</translation>
    </message>
    <message>
        <source>A team leader sees the caseloads and figures of the whole team and can hand cases over. When this laptop syncs with a team server, the server must know you as team leader too.</source>
        <translation>Een teamverantwoordelijke ziet de caseload en de cijfers van het hele team en kan dossiers overdragen. Als deze laptop synchroniseert met een teamserver, moet ook de server jou als teamverantwoordelijke kennen.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Welcome to Caseworker Desktop</source>
        <translation>Welkom bij Caseworker Desktop</translation>
    </message>
    <message>
        <source>Set up your protected profile. Everything you record is stored encrypted on this laptop and opens only with your passphrase.</source>
        <translation>Stel je beveiligde profiel in. Alles wat je registreert, wordt versleuteld bewaard op deze laptop en gaat alleen open met je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtwoordzin herhalen</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters: a few unrelated words are easy to remember and hard to guess. Pasting from a password manager is fine.</source>
        <translation>Kies een wachtwoordzin van minstens %1 tekens: enkele losse woorden zijn makkelijk te onthouden en moeilijk te raden. Plakken uit een wachtwoordbeheerder mag.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profiel aanmaken</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>Sign with the mouse, touchpad, pen or finger.</source>
        <translation>Teken met de muis, het touchpad, een pen of je vinger.</translation>
    </message>
</context>
<context>
    <name>SignaturePadBox</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Remove the last stroke</source>
        <translation>De laatste lijn weghalen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Start the signature again</source>
        <translation>Opnieuw beginnen met de handtekening</translation>
    </message>
    <message>
        <source>Sign with the mouse, touchpad, pen or finger.</source>
        <translation>Teken met de muis, het touchpad, een pen of je vinger.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Signature of the %1</source>
        <translation>Handtekening van de %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>This is exactly the text that will be signed (version %1, verification code %2). Let the signer read it at their own pace.</source>
        <translation>Dit is precies de tekst die ondertekend wordt (versie %1, verificatiecode %2). Laat wie ondertekent hem rustig lezen.</translation>
    </message>
    <message>
        <source>%1 %2 has read this text and wants to sign it.</source>
        <translation>%1 %2 heeft deze tekst gelezen en wil hem ondertekenen.</translation>
    </message>
    <message>
        <source>Name of the signer</source>
        <translation>Naam van wie ondertekent</translation>
    </message>
    <message>
        <source>Signed in (place)</source>
        <translation>Ondertekend te (plaats)</translation>
    </message>
    <message>
        <source>Sign here on the laptop</source>
        <translation>Hier op de laptop ondertekenen</translation>
    </message>
    <message>
        <source>Signed on paper: attach a scan or photo of the signed page</source>
        <translation>Op papier ondertekend: voeg een scan of foto van de ondertekende pagina toe</translation>
    </message>
    <message>
        <source>Choose scan or photo…</source>
        <translation>Scan of foto kiezen…</translation>
    </message>
    <message>
        <source>No scan chosen</source>
        <translation>Geen scan gekozen</translation>
    </message>
    <message>
        <source>As the counsellor, confirm with your passphrase that this signature was given here, by this person, on this text. The signature cannot be changed afterwards.</source>
        <translation>Bevestig als woonbegeleider met je wachtwoordzin dat deze handtekening hier gegeven is, door deze persoon, op deze tekst. De handtekening kan achteraf niet meer gewijzigd worden.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Je wachtwoordzin</translation>
    </message>
    <message>
        <source>Step 1 of 3 — read the agreement</source>
        <translation>Stap 1 van 3 — de overeenkomst lezen</translation>
    </message>
    <message>
        <source>Step 2 of 3 — sign</source>
        <translation>Stap 2 van 3 — ondertekenen</translation>
    </message>
    <message>
        <source>Step 3 of 3 — the counsellor confirms</source>
        <translation>Stap 3 van 3 — de woonbegeleider bevestigt</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>%1 %2 signs version %3 in %4.</source>
        <translation>%1 %2 ondertekent versie %3 te %4.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Nothing was signed.</source>
        <translation>Die wachtwoordzin klopt niet. Er is niets ondertekend.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: wait %1 seconds and try again.</source>
        <translation>Te veel foute pogingen: wacht %1 seconden en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Scan or photo of the signed page</source>
        <translation>Scan of foto van de ondertekende pagina</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Dit bestand kan niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG picture of at most 15 MB.</source>
        <translation>Kies een PNG- of JPEG-afbeelding van hoogstens 15 MB.</translation>
    </message>
    <message>
        <source>This picture cannot be opened.</source>
        <translation>Deze afbeelding kan niet geopend worden.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Case %1 · status: %2 · counsellor: %3</source>
        <translation>Dossier %1 · status: %2 · woonbegeleider: %3</translation>
    </message>
    <message>
        <source>new episode after case %1</source>
        <translation>nieuwe episode na dossier %1</translation>
    </message>
    <message>
        <source>Start new episode (relapse)</source>
        <translation>Nieuwe episode starten (herval)</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>There is no connection with the team server. Your work stays on this laptop and goes out with the next sync.</source>
        <translation>Er is geen verbinding met de teamserver. Je werk blijft op deze laptop en gaat mee met de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The team server did not answer in time. The app will try again by itself.</source>
        <translation>De teamserver antwoordde niet op tijd. De app probeert het vanzelf opnieuw.</translation>
    </message>
    <message>
        <source>The team server has a problem. The app will try again later by itself.</source>
        <translation>De teamserver heeft een probleem. De app probeert het later vanzelf opnieuw.</translation>
    </message>
    <message>
        <source>The answer did not come from a team server this app understands. Check the server address.</source>
        <translation>Het antwoord kwam niet van een teamserver die deze app begrijpt. Controleer het serveradres.</translation>
    </message>
    <message>
        <source>The team server does not recognise this laptop. Ask your team leader to check the team&apos;s devices.</source>
        <translation>De teamserver herkent deze laptop niet. Vraag je teamverantwoordelijke de toestellen van het team na te kijken.</translation>
    </message>
    <message>
        <source>This laptop&apos;s access to the team was withdrawn. Ask your team leader.</source>
        <translation>De toegang van deze laptop tot het team is ingetrokken. Vraag het aan je teamverantwoordelijke.</translation>
    </message>
    <message>
        <source>Your team leader has not approved this laptop yet. Nothing is shared until then.</source>
        <translation>Je teamverantwoordelijke heeft deze laptop nog niet goedgekeurd. Tot dan wordt niets gedeeld.</translation>
    </message>
    <message>
        <source>Your role in the team does not allow this.</source>
        <translation>Je rol in het team laat dit niet toe.</translation>
    </message>
    <message>
        <source>This enrolment code is not valid: it may be mistyped, already used or expired. Ask your team leader for a new code.</source>
        <translation>Deze aanmeldcode is niet geldig: misschien is ze verkeerd getypt, al gebruikt of verlopen. Vraag je teamverantwoordelijke een nieuwe code.</translation>
    </message>
    <message>
        <source>The team server refused what this laptop sent. Please tell your administrator.</source>
        <translation>De teamserver weigerde wat deze laptop stuurde. Meld het aan je beheerder.</translation>
    </message>
    <message>
        <source>A record is too large to send (a very large scanned page, for example). The rest is synced.</source>
        <translation>Een gegeven is te groot om te versturen (bijvoorbeeld een heel grote ingescande pagina). De rest wordt wel gesynchroniseerd.</translation>
    </message>
    <message>
        <source>The team server uses another version of the sync protocol. Install the latest version of Caseworker Desktop or ask your administrator.</source>
        <translation>De teamserver gebruikt een andere versie van het synchronisatieprotocol. Installeer de nieuwste versie van Caseworker Desktop of vraag het aan je beheerder.</translation>
    </message>
    <message>
        <source>The team server no longer knows this device. Refresh the list and try again.</source>
        <translation>De teamserver kent dit toestel niet meer. Vernieuw de lijst en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The team already has its key. This laptop receives it once the team leader approves it.</source>
        <translation>Het team heeft zijn sleutel al. Deze laptop krijgt hem zodra de teamverantwoordelijke hem goedkeurt.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Try again; if it keeps happening, tell your administrator.</source>
        <translation>Er liep iets onverwachts mis. Probeer opnieuw; blijft het gebeuren, meld het dan aan je beheerder.</translation>
    </message>
    <message>
        <source>Use an address that starts with https:// (plain http:// is only allowed to this computer itself).</source>
        <translation>Gebruik een adres dat begint met https:// (gewoon http:// mag alleen naar deze computer zelf).</translation>
    </message>
    <message>
        <source>This laptop has already joined a team.</source>
        <translation>Deze laptop is al bij een team aangesloten.</translation>
    </message>
    <message>
        <source>This laptop has not joined a team yet: choose Sync › Join a team…</source>
        <translation>Deze laptop is nog niet bij een team aangesloten: kies Synchronisatie › Bij een team aansluiten…</translation>
    </message>
    <message>
        <source>This conflict was already resolved (here, or by a newer change).</source>
        <translation>Dit conflict is al opgelost (hier, of door een nieuwere wijziging).</translation>
    </message>
    <message>
        <source>This is not the code of that laptop. Do not approve it: check that you picked the right device, and ask your colleague to read the code again.</source>
        <translation>Dit is niet de code van die laptop. Keur hem niet goed: kijk na of je het juiste toestel koos, en vraag je collega de code opnieuw voor te lezen.</translation>
    </message>
    <message>
        <source>This laptop does not hold the team key yet, so it cannot approve others. Sync once and try again.</source>
        <translation>Deze laptop heeft de teamsleutel nog niet en kan dus geen andere goedkeuren. Synchroniseer eerst en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamverantwoordelijke</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Access withdrawn</source>
        <translation>Toegang ingetrokken</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner contact person</source>
        <translation>Contactpersoon van een partner</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliënt</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Aanmelding</translation>
    </message>
    <message>
        <source>Tenancy</source>
        <translation>Huursituatie</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statuswijziging</translation>
    </message>
    <message>
        <source>Outreach attempt</source>
        <translation>Outreachpoging</translation>
    </message>
    <message>
        <source>Start of support</source>
        <translation>Start van de begeleiding</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Intake life domain</source>
        <translation>Levensdomein bij de intake</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handelingsplan</translation>
    </message>
    <message>
        <source>Landlord condition</source>
        <translation>Voorwaarde van de verhuurder</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Goal evaluation</source>
        <translation>Evaluatie van een doel</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Court procedure</source>
        <translation>Gerechtelijke procedure</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Afbetalingsplan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>FBU application</source>
        <translation>FBU-aanvraag</translation>
    </message>
    <message>
        <source>LAC meeting</source>
        <translation>LAC-vergadering</translation>
    </message>
    <message>
        <source>Support agreement</source>
        <translation>Begeleidingsovereenkomst</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Handtekening</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Familienaam</translation>
    </message>
    <message>
        <source>National register number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Volgende datum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Steps already taken</source>
        <translation>Al gezette stappen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Monthly rent</source>
        <translation>Maandhuur</translation>
    </message>
    <message>
        <source>Rent arrears</source>
        <translation>Huurachterstal</translation>
    </message>
    <message>
        <source>Months of arrears</source>
        <translation>Maanden achterstal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslissing</translation>
    </message>
    <message>
        <source>Summary for the landlord</source>
        <translation>Samenvatting voor de verhuurder</translation>
    </message>
    <message>
        <source>Household situation</source>
        <translation>Gezinssituatie</translation>
    </message>
    <message>
        <source>The tenant&apos;s own question</source>
        <translation>De eigen vraag van de huurder</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>at %1</source>
        <translation>om %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gisteren om %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>op %1 om %2</translation>
    </message>
    <message>
        <source>1 change waiting for the team consent</source>
        <translation>1 wijziging wacht op toestemming voor het team</translation>
    </message>
    <message>
        <source>%1 changes waiting for the team consent</source>
        <translation>%1 wijzigingen wachten op toestemming voor het team</translation>
    </message>
    <message>
        <source>%1 changes waiting, %2 for the team consent</source>
        <translation>%1 wijzigingen wachten, waarvan %2 op toestemming voor het team</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 wijziging wacht</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 wijzigingen wachten</translation>
    </message>
    <message>
        <source>1 conflict to resolve</source>
        <translation>1 conflict op te lossen</translation>
    </message>
    <message>
        <source>%1 conflicts to resolve</source>
        <translation>%1 conflicten op te lossen</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Not joined to a team</source>
        <translation>Niet bij een team aangesloten</translation>
    </message>
    <message>
        <source>Access to the team withdrawn · ask your team leader</source>
        <translation>Toegang tot het team ingetrokken · vraag het aan je teamverantwoordelijke</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchroniseren… %1 van %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Waiting for the team leader&apos;s approval (fingerprint %1)</source>
        <translation>Wacht op goedkeuring door de teamverantwoordelijke (vingerafdruk %1)</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>Approved · the first sync follows shortly</source>
        <translation>Goedgekeurd · de eerste synchronisatie volgt zo meteen</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Gesynchroniseerd %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <source>This laptop works on its own. Choose Sync › Join a team… to share cases with your team.</source>
        <translation>Deze laptop werkt op zichzelf. Kies Synchronisatie › Bij een team aansluiten… om dossiers met je team te delen.</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Your role: %1</source>
        <translation>Je rol: %1</translation>
    </message>
    <message>
        <source>This laptop: %1</source>
        <translation>Deze laptop: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Laatste geslaagde synchronisatie: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Last attempt %1: %2</source>
        <translation>Laatste poging %1: %2</translation>
    </message>
    <message>
        <source>A case&apos;s changes are shared only once the tenant was told about sharing with the team (the team consent).</source>
        <translation>Wijzigingen in een dossier worden pas gedeeld als de huurder ingelicht is dat het team het dossier deelt (de toestemming voor het team).</translation>
    </message>
    <message>
        <source>(click to see them)</source>
        <translation>(klik om ze te bekijken)</translation>
    </message>
</context>
<context>
    <name>TeamCharts</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>Referrals per month by source</source>
        <translation>Aanmeldingen per maand volgens aanmelder</translation>
    </message>
    <message>
        <source>Closed cases per quarter by outcome</source>
        <translation>Afgesloten dossiers per kwartaal volgens resultaat</translation>
    </message>
    <message>
        <source>No referrals in this period</source>
        <translation>Geen aanmeldingen in deze periode</translation>
    </message>
    <message>
        <source>No cases closed in this period</source>
        <translation>Geen dossiers afgesloten in deze periode</translation>
    </message>
    <message>
        <source>Running cases at the end of the period: the %1 counsellors with the most</source>
        <translation>Lopende dossiers op het einde van de periode: de %1 woonbegeleiders met de meeste</translation>
    </message>
    <message>
        <source>Running cases per counsellor at the end of the period</source>
        <translation>Lopende dossiers per woonbegeleider op het einde van de periode</translation>
    </message>
    <message>
        <source>Up to %1 (the usual caseload)</source>
        <translation>Tot %1 (de gebruikelijke caseload)</translation>
    </message>
    <message>
        <source>Above %1</source>
        <translation>Meer dan %1</translation>
    </message>
    <message>
        <source>No counsellors with cases</source>
        <translation>Geen woonbegeleiders met dossiers</translation>
    </message>
</context>
<context>
    <name>TeamDevicesDialog</name>
    <message>
        <source>Team devices</source>
        <translation>Toestellen van het team</translation>
    </message>
    <message>
        <source>The laptops of team %1. A new laptop gets the team&apos;s cases only after you approve it; withdraw access at once when a laptop is lost or a colleague leaves.</source>
        <translation>De laptops van team %1. Een nieuwe laptop krijgt de dossiers van het team pas als jij hem goedkeurt; trek de toegang meteen in als een laptop verloren is of een collega vertrekt.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aangesloten op</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>Withdraw access…</source>
        <translation>Toegang intrekken…</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (deze laptop)</translation>
    </message>
    <message>
        <source>%1&apos;s laptop “%2” is approved: it receives the team&apos;s cases with its next sync.</source>
        <translation>De laptop “%2” van %1 is goedgekeurd: hij krijgt de dossiers van het team bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Withdraw access</source>
        <translation>Toegang intrekken</translation>
    </message>
    <message>
        <source>Withdraw the access of “%1” (%2)? It can no longer send or receive the team&apos;s cases. What it already holds stays on it, encrypted.</source>
        <translation>De toegang van “%1” (%2) intrekken? Hij kan dan geen dossiers van het team meer versturen of ontvangen. Wat er al op staat, blijft er versleuteld op staan.</translation>
    </message>
    <message>
        <source>The access of “%1” was withdrawn.</source>
        <translation>De toegang van “%1” is ingetrokken.</translation>
    </message>
</context>
<context>
    <name>TeamExports</name>
    <message>
        <source>team-figures-%1.%2</source>
        <translation>teamcijfers-%1.%2</translation>
    </message>
    <message>
        <source>Export the figures as a spreadsheet</source>
        <translation>De cijfers exporteren als rekenblad</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>De cijfers exporteren als CSV</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be saved as %1. Reason: %2</source>
        <translation>Het bestand kon niet opgeslagen worden als %1. Reden: %2</translation>
    </message>
    <message>
        <source>Saved as %1 (anonymised: small groups are hidden).</source>
        <translation>Opgeslagen als %1 (geanonimiseerd: kleine groepen zijn verborgen).</translation>
    </message>
    <message>
        <source>team-report-%1.pdf</source>
        <translation>teamrapport-%1.pdf</translation>
    </message>
</context>
<context>
    <name>TeamLabels</name>
    <message>
        <source>Counsellor</source>
        <translation>Woonbegeleider</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Teamverantwoordelijke</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>Waiting for
first contact</source>
        <translation>Wacht op
eerste contact</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Outreach</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Closed
this year</source>
        <translation>Afgesloten
dit jaar</translation>
    </message>
    <message>
        <source>Overdue
evaluations</source>
        <translation>Evaluaties
te laat</translation>
    </message>
    <message>
        <source>Hearings in
next 30 days</source>
        <translation>Zittingen
≤ 30 dagen</translation>
    </message>
    <message>
        <source>No contact
&gt; %1 weeks</source>
        <translation>Geen contact
&gt; %1 weken</translation>
    </message>
    <message>
        <source>Running cases</source>
        <translation>Lopende dossiers</translation>
    </message>
    <message>
        <source>New referrals waiting for a first contact</source>
        <translation>Nieuwe aanmeldingen die wachten op een eerste contact</translation>
    </message>
    <message>
        <source>Cases in outreach</source>
        <translation>Dossiers in outreach</translation>
    </message>
    <message>
        <source>Cases in intake</source>
        <translation>Dossiers in intake</translation>
    </message>
    <message>
        <source>Cases in active support</source>
        <translation>Dossiers in lopende begeleiding</translation>
    </message>
    <message>
        <source>Cases in aftercare</source>
        <translation>Dossiers in nazorg</translation>
    </message>
    <message>
        <source>Cases closed this year</source>
        <translation>Dit jaar afgesloten dossiers</translation>
    </message>
    <message>
        <source>Cases with an overdue evaluation</source>
        <translation>Dossiers met een te late evaluatie</translation>
    </message>
    <message>
        <source>Cases with a hearing in the next 30 days</source>
        <translation>Dossiers met een zitting in de komende 30 dagen</translation>
    </message>
    <message>
        <source>Running cases without contact for more than %1 weeks</source>
        <translation>Lopende dossiers al meer dan %1 weken zonder contact</translation>
    </message>
    <message>
        <source>Average age
(weeks)</source>
        <translation>Gem. looptijd
(weken)</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Clients guided</source>
        <translation>Begeleide cliënten</translation>
    </message>
    <message>
        <source>Clients per FTE per year</source>
        <translation>Cliënten per VTE per jaar</translation>
    </message>
    <message>
        <source>Running per counsellor (at the end)</source>
        <translation>Lopend per woonbegeleider (op het einde)</translation>
    </message>
    <message>
        <source>Average trajectory (months)</source>
        <translation>Gemiddelde trajectduur (maanden)</translation>
    </message>
    <message>
        <source>Days from referral to intake</source>
        <translation>Dagen van aanmelding tot intake</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Afgesloten dossiers</translation>
    </message>
    <message>
        <source>Eviction avoided</source>
        <translation>Uithuiszetting vermeden</translation>
    </message>
    <message>
        <source>Goals achieved</source>
        <translation>Doelen bereikt</translation>
    </message>
    <message>
        <source>Episodes referred in the period.</source>
        <translation>In de periode aangemelde episodes.</translation>
    </message>
    <message>
        <source>Episodes guided at some time in the period: the intake was held.</source>
        <translation>Episodes die ergens in de periode begeleid werden: de intake heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>Clients guided divided by the team&apos;s full-time equivalents, scaled to a year. The funding norm is %1 per full-time counsellor.</source>
        <translation>Begeleide cliënten gedeeld door de voltijdse equivalenten (VTE) van het team, omgerekend naar een jaar. De subsidienorm is %1 per voltijdse woonbegeleider.</translation>
    </message>
    <message>
        <source>Running cases on the last day of the period, per counsellor holding cases.</source>
        <translation>Lopende dossiers op de laatste dag van de periode, per woonbegeleider met dossiers.</translation>
    </message>
    <message>
        <source>From referral to closure, over the episodes closed in the period.</source>
        <translation>Van aanmelding tot afsluiting, over de episodes die in de periode afgesloten zijn.</translation>
    </message>
    <message>
        <source>Average days from referral to intake, over the intakes held in the period.</source>
        <translation>Gemiddeld aantal dagen van aanmelding tot intake, over de intakes die in de periode gehouden zijn.</translation>
    </message>
    <message>
        <source>Episodes closed in the period.</source>
        <translation>In de periode afgesloten episodes.</translation>
    </message>
    <message>
        <source>Of the episodes closed in the period, leaving out those where support never started.</source>
        <translation>Van de episodes die in de periode afgesloten zijn, zonder die waarin de begeleiding nooit gestart is.</translation>
    </message>
    <message>
        <source>Goals fully achieved, of the same episodes as the eviction figure.</source>
        <translation>Doelen volledig bereikt, over dezelfde episodes als het cijfer voor uithuiszetting.</translation>
    </message>
    <message>
        <source>at least %1 (funding norm)</source>
        <translation>minstens %1 (subsidienorm)</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>ongeveer %1</translation>
    </message>
    <message>
        <source>about %1 months</source>
        <translation>ongeveer %1 maanden</translation>
    </message>
    <message>
        <source>within %1 days</source>
        <translation>binnen %1 dagen</translation>
    </message>
    <message>
        <source>%1–%2 % in the field</source>
        <translation>%1–%2 % in het werkveld</translation>
    </message>
    <message>
        <source>Below the funding norm.</source>
        <translation>Onder de subsidienorm.</translation>
    </message>
    <message>
        <source>Far from the usual caseload.</source>
        <translation>Ver van de gebruikelijke caseload.</translation>
    </message>
    <message>
        <source>Trajectories take much longer than usual.</source>
        <translation>Trajecten duren veel langer dan gebruikelijk.</translation>
    </message>
    <message>
        <source>Intakes come later than the aim.</source>
        <translation>Intakes vinden later plaats dan beoogd.</translation>
    </message>
    <message>
        <source>Below what is reported in the field.</source>
        <translation>Lager dan wat in het werkveld gerapporteerd wordt.</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Aanmelder</translation>
    </message>
    <message>
        <source>Problems at referral</source>
        <translation>Problemen bij aanmelding</translation>
    </message>
    <message>
        <source>Landlord type</source>
        <translation>Soort verhuurder</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Income source</source>
        <translation>Inkomensbron</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>Werkloosheidsuitkering</translation>
    </message>
    <message>
        <source>Sickness or disability benefit</source>
        <translation>Ziekte- of invaliditeitsuitkering</translation>
    </message>
    <message>
        <source>Living wage (OCMW)</source>
        <translation>Leefloon (OCMW)</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pensioen</translation>
    </message>
    <message>
        <source>No income</source>
        <translation>Geen inkomen</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Ander inkomen</translation>
    </message>
    <message>
        <source>Single</source>
        <translation>Alleenstaande</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Eenoudergezin</translation>
    </message>
    <message>
        <source>Couple without children</source>
        <translation>Koppel zonder kinderen</translation>
    </message>
    <message>
        <source>Couple with children</source>
        <translation>Koppel met kinderen</translation>
    </message>
    <message>
        <source>Other household</source>
        <translation>Andere gezinsvorm</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Jonger dan 25</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>35–49</translation>
    </message>
    <message>
        <source>50–64</source>
        <translation>50–64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 en ouder</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Leeftijd onbekend</translation>
    </message>
    <message>
        <source>Social housing company</source>
        <translation>Sociale huisvestingsmaatschappij</translation>
    </message>
    <message>
        <source>Social rental agency</source>
        <translation>Sociaal verhuurkantoor</translation>
    </message>
    <message>
        <source>Private landlord</source>
        <translation>Private verhuurder</translation>
    </message>
    <message>
        <source>Landlord type unknown</source>
        <translation>Soort verhuurder onbekend</translation>
    </message>
    <message>
        <source>Eviction not avoided</source>
        <translation>Uithuiszetting niet vermeden</translation>
    </message>
    <message>
        <source>Support not started</source>
        <translation>Begeleiding niet gestart</translation>
    </message>
    <message>
        <source>Goals partly achieved</source>
        <translation>Doelen gedeeltelijk bereikt</translation>
    </message>
    <message>
        <source>Goals not achieved</source>
        <translation>Doelen niet bereikt</translation>
    </message>
    <message>
        <source>Only a team leader can see the team&apos;s figures or reassign cases.</source>
        <translation>Alleen een teamverantwoordelijke kan de cijfers van het team bekijken of dossiers overdragen.</translation>
    </message>
    <message>
        <source>The case is already with this counsellor: choose another one.</source>
        <translation>Het dossier ligt al bij deze woonbegeleider: kies een andere.</translation>
    </message>
    <message>
        <source>Write down why the case is handed over.</source>
        <translation>Schrijf op waarom het dossier overgedragen wordt.</translation>
    </message>
    <message>
        <source>This case has ended; an ended case is not handed over.</source>
        <translation>Dit dossier is beëindigd; een beëindigd dossier wordt niet overgedragen.</translation>
    </message>
    <message>
        <source>Choose a counsellor from the list.</source>
        <translation>Kies een woonbegeleider uit de lijst.</translation>
    </message>
    <message>
        <source>Keep the reason shorter (at most %1 characters).</source>
        <translation>Hou de reden korter (hoogstens %1 tekens).</translation>
    </message>
    <message>
        <source>This case is no longer on this laptop.</source>
        <translation>Dit dossier staat niet meer op deze laptop.</translation>
    </message>
    <message>
        <source>The team server does not know you as team leader. Ask whoever manages the team&apos;s server to give you the team-leader role.</source>
        <translation>De teamserver kent je niet als teamverantwoordelijke. Vraag aan wie de teamserver beheert om jou de rol van teamverantwoordelijke te geven.</translation>
    </message>
    <message>
        <source>The end lies before the start, or the period is longer than five years.</source>
        <translation>Het einde ligt vóór het begin, of de periode is langer dan vijf jaar.</translation>
    </message>
    <message>
        <source>Type the working time as a part of a full-time job, from %1 to %2 (for example 0,8).</source>
        <translation>Typ de werktijd als deel van een voltijdse job, van %1 tot en met %2 (bijvoorbeeld 0,8).</translation>
    </message>
    <message>
        <source>Choose a counsellor first.</source>
        <translation>Kies eerst een woonbegeleider.</translation>
    </message>
    <message>
        <source>Type a number of weeks from %1 to %2.</source>
        <translation>Typ een aantal weken van %1 tot en met %2.</translation>
    </message>
    <message>
        <source>Choose counsellor or team leader.</source>
        <translation>Kies woonbegeleider of teamverantwoordelijke.</translation>
    </message>
    <message>
        <source>Choose an income source from the list.</source>
        <translation>Kies een inkomensbron uit de lijst.</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Reading the team&apos;s cases…</source>
        <translation>De dossiers van het team worden ingelezen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Read the cases on this laptop again</source>
        <translation>Lees de dossiers op deze laptop opnieuw in</translation>
    </message>
    <message>
        <source>Language of the exported files and the report</source>
        <translation>Taal van de geëxporteerde bestanden en het rapport</translation>
    </message>
    <message>
        <source>Export spreadsheet (.xlsx)…</source>
        <translation>Rekenblad exporteren (.xlsx)…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Rapport (PDF)…</translation>
    </message>
    <message>
        <source>Caseload review</source>
        <translation>Caseloadoverzicht</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The team&apos;s cases could not be read. Try Refresh, or lock and unlock.</source>
        <translation>De dossiers van het team konden niet gelezen worden. Probeer Vernieuwen, of vergrendel en ontgrendel.</translation>
    </message>
    <message>
        <source>Never synced — only the %1 cases on this laptop.</source>
        <translation>Nooit gesynchroniseerd — alleen de %1 dossiers op deze laptop.</translation>
    </message>
    <message>
        <source>Data of the last synchronisation: %1 · %2 cases</source>
        <translation>Gegevens van de laatste synchronisatie: %1 · %2 dossiers</translation>
    </message>
    <message>
        <source>Your team-leader role is not confirmed by a team server.</source>
        <translation>Je rol als teamverantwoordelijke is niet bevestigd door een teamserver.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Caseworker Desktop is locked</source>
        <translation>Caseworker Desktop is vergrendeld</translation>
    </message>
    <message>
        <source>Type your passphrase to open your case files.</source>
        <translation>Typ je wachtwoordzin om je dossiers te openen.</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Wachtwoordzin vergeten?</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Ontgrendelen</translation>
    </message>
    <message>
        <source>Demo profile with fictional cases. Passphrase: %1</source>
        <translation>Demoprofiel met fictieve dossiers. Wachtwoordzin: %1</translation>
    </message>
</context>
</TS>
