<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
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
        <translation>Dagen sinds aanmelding</translation>
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
    <name>HouseholdEditor</name>
    <message>
        <source>Add household member</source>
        <translation>Gezinslid toevoegen</translation>
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
    <name>StatusPanel</name>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Dossier afsluiten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
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
