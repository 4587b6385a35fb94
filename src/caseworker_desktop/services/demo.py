"""Demo data: a fictional partner directory and caseload to try the application out with.

Everything goes through the public services, so the outbox and the audit trail fill up exactly as
they would when a counsellor typed it all in. People, organisations, e-mail domains and street names
are invented; e-mail addresses end in .example or .test, so nothing real is ever contacted. Client
addresses use real Flemish towns with their real postcodes. The same seed and the same day give the
same caseload.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.fields import amount_cents, format_cents
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
)
from caseworker_desktop.domain.status import CaseStatus, ClosingReason
from caseworker_desktop.services.workspace import Workspace

__all__ = ["DEMO_PASSPHRASE", "populate_demo"]

# Four ordinary Dutch words: long, easy to type on a home visit, and accepted by assess().
DEMO_PASSPHRASE = "keukentafel huisbezoek dakgoot vlinderstrik"

# How far back the referrals go, in days (about 14 months).
_HISTORY_DAYS = 425


# --------------------------------------------------------------------------------------------------
# The partner directory (all fictional; the towns Lindegem, Kalvenhout, Ravelsbeke, Brielmeer,
# Wervelde, Moerzande and Ostergem do not exist)
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Contact:
    name: str
    role: str
    phone: str
    email: str
    fixed: bool = False


@dataclass(frozen=True)
class _PartnerSpec:
    kind: PartnerKind
    name: str
    street: str
    postcode: str
    municipality: str
    phone: str
    email: str
    contacts: tuple[_Contact, ...]
    # For services that refer: what they write under "steps taken", and the problem that implies.
    referral_steps: tuple[str, ...] = ()
    implies: Problem | None = None


_DIRECTORY: tuple[_PartnerSpec, ...] = (
    _PartnerSpec(
        PartnerKind.SOCIAL_HOUSING_COMPANY,
        "Woonmaatschappij Zilverbeek",
        "Vlasgaardstraat 14",
        "9000",
        "Gent",
        "09 218 40 10",
        "info@zilverbeek-wonen.example",
        (
            _Contact(
                "Sofie Van Hecke",
                "Sociaal consulent",
                "09 218 40 23",
                "sofie.vanhecke@zilverbeek-wonen.example",
                True,
            ),
            _Contact(
                "Nadia Bouhaddi",
                "Huurdersbegeleider",
                "0472 31 85 09",
                "nadia.bouhaddi@zilverbeek-wonen.example",
            ),
            _Contact(
                "Kurt De Meulenaere", "Technische dienst", "09 218 40 41", "techniek@zilverbeek-wonen.example"
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.SOCIAL_HOUSING_COMPANY,
        "Woonmaatschappij Kalvenhout-Ravelsbeke",
        "Heidebloemlaan 2",
        "2395",
        "Kalvenhout",
        "014 62 71 00",
        "onthaal@wm-kalvenhout.example",
        (
            _Contact(
                "Liesbeth Van Roosbroeck",
                "Sociaal consulent",
                "014 62 71 12",
                "liesbeth.vanroosbroeck@wm-kalvenhout.example",
                True,
            ),
            _Contact(
                "Tom Verhoeven", "Dienst huurinning", "014 62 71 30", "huurinning@wm-kalvenhout.example"
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.SOCIAL_HOUSING_COMPANY,
        "Woonmaatschappij Brielmeer",
        "Meersstraat 77",
        "8825",
        "Brielmeer",
        "050 79 12 00",
        "info@woonbrielmeer.example",
        (
            _Contact(
                "Ward Vandewalle",
                "Huurdersbegeleider",
                "050 79 12 15",
                "ward.vandewalle@woonbrielmeer.example",
            ),
            _Contact(
                "Inge Debruyne",
                "Sociaal consulent",
                "0496 22 47 81",
                "inge.debruyne@woonbrielmeer.example",
                True,
            ),
            _Contact(
                "Jurgen Lams", "Technische dienst", "050 79 12 40", "technische.dienst@woonbrielmeer.example"
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.SOCIAL_RENTAL_AGENCY,
        "SVK Wervelde-Moerzande",
        "Stationsplein 5 bus 1",
        "8745",
        "Wervelde",
        "051 48 30 60",
        "svk@svk-wervelde.example",
        (
            _Contact(
                "Annelies Bogaert",
                "Sociaal medewerker",
                "051 48 30 62",
                "annelies.bogaert@svk-wervelde.example",
                True,
            ),
            _Contact(
                "Pieter-Jan Coucke", "Verhuurmedewerker", "0479 58 13 26", "pj.coucke@svk-wervelde.example"
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.SOCIAL_RENTAL_AGENCY,
        "Sociaal Verhuurkantoor Ostergem",
        "Lakenhalle 3",
        "8575",
        "Ostergem",
        "056 71 90 20",
        "info@svk-ostergem.test",
        (
            _Contact(
                "Evelien Vanneste",
                "Woonconsulent",
                "056 71 90 24",
                "evelien.vanneste@svk-ostergem.test",
                True,
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.PRIVATE_LANDLORD,
        "Gilbert Van Haverbeke",
        "Oude Molenweg 41",
        "9300",
        "Aalst",
        "053 70 18 44",
        "",
        (
            _Contact(
                "Gilbert Van Haverbeke", "Eigenaar", "0475 61 20 93", "gilbert.vh@telemail.example", True
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.PRIVATE_LANDLORD,
        "Rosette Delanghe-Verschuere",
        "Zonnewijzerstraat 8",
        "8500",
        "Kortrijk",
        "",
        "",
        (
            _Contact("Rosette Delanghe", "Eigenaar", "056 35 27 81", "", True),
            _Contact(
                "Filip Delanghe", "Zoon, beheert de verhuur", "0486 17 44 02", "filip.delanghe@post.example"
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.PRIVATE_LANDLORD,
        "Immo Ravelsbeke bv",
        "Kasteeldreef 120",
        "2975",
        "Ravelsbeke",
        "03 488 52 10",
        "beheer@immo-ravelsbeke.example",
        (
            _Contact(
                "Kevin Moens",
                "Vastgoedbeheerder",
                "0468 20 31 57",
                "kevin.moens@immo-ravelsbeke.example",
                True,
            ),
            _Contact("Martine Aerts", "Zaakvoerder", "03 488 52 11", "martine.aerts@immo-ravelsbeke.example"),
        ),
    ),
    _PartnerSpec(
        PartnerKind.OCMW,
        "OCMW Lindegem",
        "Gemeenteplein 1",
        "9885",
        "Lindegem",
        "09 376 60 00",
        "sociale.dienst@lindegem.example",
        (
            _Contact(
                "Hanne De Wilde",
                "Maatschappelijk werker",
                "09 376 60 31",
                "hanne.dewilde@lindegem.example",
                True,
            ),
            _Contact("Youssef Amrani", "Budgetbeheer", "09 376 60 38", "youssef.amrani@lindegem.example"),
            _Contact(
                "Greet Van Laere",
                "Diensthoofd sociale dienst",
                "09 376 60 30",
                "greet.vanlaere@lindegem.example",
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.OCMW,
        "OCMW Ravelsbeke",
        "Dorpsstraat 50",
        "2975",
        "Ravelsbeke",
        "03 488 90 00",
        "ocmw@ravelsbeke.example",
        (
            _Contact(
                "Jolien Smets",
                "Maatschappelijk werker",
                "03 488 90 14",
                "jolien.smets@ravelsbeke.example",
                True,
            ),
            _Contact(
                "Bram Wuyts",
                "Maatschappelijk werker woonkost",
                "03 488 90 17",
                "bram.wuyts@ravelsbeke.example",
            ),
        ),
    ),
    _PartnerSpec(
        PartnerKind.OTHER_SERVICE,
        "CAW Brielmeer - schuldbemiddeling",
        "Noordzand 12",
        "8825",
        "Brielmeer",
        "050 79 55 00",
        "schuldbemiddeling@caw-brielmeer.example",
        (
            _Contact(
                "Lotte Maertens",
                "Schuldbemiddelaar",
                "050 79 55 12",
                "lotte.maertens@caw-brielmeer.example",
                True,
            ),
            _Contact("Mehmet Kaplan", "Onthaalmedewerker", "050 79 55 01", "onthaal@caw-brielmeer.example"),
        ),
        (
            "Schuldbemiddeling loopt, maar de huur wordt niet meer prioritair betaald.",
            "Collectieve schuldenregeling aangevraagd; de huur bleef intussen onbetaald.",
        ),
        Problem.ARREARS,
    ),
    _PartnerSpec(
        PartnerKind.OTHER_SERVICE,
        "CGG Kalvenhout (geestelijke gezondheidszorg)",
        "Kloosterhof 9",
        "2395",
        "Kalvenhout",
        "014 62 88 70",
        "secretariaat@cgg-kalvenhout.test",
        (
            _Contact(
                "Dr. Hélène Courtois",
                "Psychiater",
                "014 62 88 71",
                "helene.courtois@cgg-kalvenhout.test",
                False,
            ),
            _Contact(
                "Stijn Geerts",
                "Mobiel team, maatschappelijk werker",
                "0491 36 72 15",
                "stijn.geerts@cgg-kalvenhout.test",
                True,
            ),
        ),
        (
            "Mobiel team ziet {title} om de twee weken; de woonsituatie gaat achteruit.",
            "{Title} is in behandeling bij het CGG; de post blijft ongeopend liggen.",
        ),
    ),
)


@dataclass(frozen=True)
class _SavedPartner:
    spec: _PartnerSpec
    id: str
    contact_ids: dict[str, str]  # contact name -> id

    def fixed_contact(self) -> _Contact:
        return next((c for c in self.spec.contacts if c.fixed), self.spec.contacts[0])


# --------------------------------------------------------------------------------------------------
# Clients: names, towns, streets
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Origin:
    weight: int
    men: tuple[str, ...]
    women: tuple[str, ...]
    surnames: tuple[str, ...]  # "Kowalski/Kowalska" where the surname has a male and a female form


# fmt: off
_ORIGINS: tuple[_Origin, ...] = (
    _Origin(  # Flemish
        40,
        ("Jan", "Dirk", "Wouter", "Pieter", "Koen", "Bart", "Luc", "Stijn", "Gert", "Jens", "Rudy",
         "Patrick", "Kevin", "Glenn", "Geert", "Frank", "Nico", "Sven"),
        ("Els", "Sofie", "Marleen", "Hilde", "Ann", "Kathleen", "Veerle", "Lien", "Nathalie", "Griet",
         "Mieke", "Sandra", "Jessica", "Kimberly", "Inge", "Rita", "Tinne", "Fien"),
        ("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
         "De Smet", "Van Damme", "Vermeulen", "Verhaeghe", "De Vos", "Van den Broeck", "Vandenberghe",
         "De Clercq", "Hermans", "Lemmens", "Vercruysse", "Van Acker", "Cools", "Verstraete", "D'Hondt",
         "Van de Velde", "Baert", "Timmermans", "Vanhoutte"),
    ),
    _Origin(  # Walloon / French-speaking Belgian
        8,
        ("François", "Benoît", "Jérôme", "Noël", "Frédéric", "Michel", "Thierry", "Raphaël"),
        ("Hélène", "Céline", "Anaïs", "Mélanie", "Chantal", "Véronique", "Françoise", "Zoé"),
        ("Dubois", "Lambert", "Dupont", "Lejeune", "Leclercq", "Renard", "Gérard", "Lefèvre", "Delhaye"),
    ),
    _Origin(  # Moroccan-Belgian
        20,
        ("Mohamed", "Youssef", "Rachid", "Karim", "Bilal", "Mustafa", "Abdelkader", "Hamza", "Said", "Ayoub"),
        ("Fatima", "Khadija", "Nadia", "Samira", "Latifa", "Malika", "Naïma", "Salma", "Imane", "Hafsa"),
        ("El Amrani", "Bouzid", "El Idrissi", "Azzouzi", "Benali", "Chaouki", "Ouali", "El Khattabi",
         "Bennani", "Aït Lahcen", "Boukhari", "Ziani", "El Ouardi", "Haddouchi"),
    ),
    _Origin(  # Turkish-Belgian
        12,
        ("Mehmet", "Emre", "Hüseyin", "Murat", "Ömer", "Kemal", "Ünal", "Serkan", "Cem"),
        ("Ayşe", "Zeynep", "Elif", "Gülsen", "Fatma", "Hatice", "Özlem", "Emine", "Derya"),
        ("Yılmaz", "Demir", "Şahin", "Öztürk", "Kaya", "Çelik", "Ünal", "Aydın", "Doğan", "Arslan", "Koç",
         "Güler", "Yıldırım"),
    ),
    _Origin(  # Polish
        5,
        ("Piotr", "Tomasz", "Michał", "Paweł", "Krzysztof"),
        ("Agnieszka", "Katarzyna", "Magdalena", "Małgorzata", "Joanna"),
        ("Kowalski/Kowalska", "Nowak", "Wiśniewski/Wiśniewska", "Lewandowski/Lewandowska", "Wójcik",
         "Zieliński/Zielińska"),
    ),
    _Origin(  # Romanian
        3,
        ("Andrei", "Mihai", "Ionuț", "Florin"),
        ("Ioana", "Elena", "Daniela", "Mădălina"),
        ("Popescu", "Ionescu", "Stoica", "Dumitru", "Constantin"),
    ),
    _Origin(  # Bulgarian
        3,
        ("Georgi", "Ivan", "Dimitar", "Nikolay"),
        ("Milena", "Desislava", "Svetla", "Yordanka"),
        ("Petrov/Petrova", "Dimitrov/Dimitrova", "Georgiev/Georgieva", "Ivanov/Ivanova"),
    ),
    _Origin(  # Slovak
        2,
        ("Marek", "Jozef", "Tibor", "Ladislav"),
        ("Zuzana", "Jana", "Renáta", "Monika"),
        ("Horváth/Horváthová", "Baláž/Balážová", "Kováč/Kováčová", "Oláh/Oláhová"),
    ),
    _Origin(  # Congolese-Belgian
        8,
        ("Patrick", "Jean-Paul", "Emmanuel", "Christian", "Junior"),
        ("Grâce", "Esther", "Nadège", "Bénédicte", "Clarisse"),
        ("Mbuyi", "Kabongo", "Tshibangu", "Ilunga", "Lukusa", "Mukendi"),
    ),
)

# (municipality, postcode, weight). Real towns and their real postcodes.
_TOWNS: tuple[tuple[str, str, int], ...] = (
    ("Gent", "9000", 8), ("Sint-Amandsberg", "9040", 2), ("Ledeberg", "9050", 2),
    ("Antwerpen", "2000", 3), ("Antwerpen", "2060", 4), ("Borgerhout", "2140", 3), ("Deurne", "2100", 2),
    ("Merksem", "2170", 2), ("Hoboken", "2660", 2), ("Leuven", "3000", 3), ("Kessel-Lo", "3010", 2),
    ("Brugge", "8000", 3), ("Assebroek", "8310", 1), ("Mechelen", "2800", 3), ("Aalst", "9300", 3),
    ("Kortrijk", "8500", 3), ("Hasselt", "3500", 3), ("Genk", "3600", 3), ("Oostende", "8400", 3),
    ("Sint-Niklaas", "9100", 3), ("Turnhout", "2300", 2), ("Roeselare", "8800", 2),
    ("Vilvoorde", "1800", 2), ("Lokeren", "9160", 1), ("Dendermonde", "9200", 1), ("Ieper", "8900", 1),
    ("Lier", "2500", 1), ("Tienen", "3300", 1), ("Menen", "8930", 1), ("Ronse", "9600", 1),
)

# Invented but ordinary-sounding street names.
_STREETS: tuple[str, ...] = (
    "Lindenhofstraat", "Berkenlaan", "Kastanjedreef", "Wilgenhof", "Populierenstraat", "Meidoornlaan",
    "Vlierbesstraat", "Hazelaarplein", "Korenbloemstraat", "Zwaluwenlaan", "Merelhof", "Reigersdreef",
    "Weversstraat", "Brouwersdijk", "Kuipersgang", "Vlasbloemstraat", "Beiaardplein", "Spoorwegstraat",
    "Kanaaldijk", "Dokwerkersplein", "Lakenmakersstraat", "Garenspinnersstraat", "Zeepziedersstraat",
    "Leeuwerikstraat", "Koekoekslaan", "Sleutelbloemhof", "Akeleistraat", "Ververijstraat",
    "Tichelrijstraat", "Blekerijstraat", "Schippersweg", "Pottenbakkersstraat", "Molenaarsdreef",
    "Hoppeveldstraat", "Kantwerkstersplein", "Zeemeeuwlaan", "Ijzergieterijstraat", "Boterbloemstraat",
)

_MOBILE_PREFIXES = (
    "0470", "0471", "0472", "0473", "0474", "0475", "0476", "0477", "0478", "0479", "0483", "0484",
    "0485", "0486", "0487", "0488", "0489", "0491", "0492", "0493", "0494", "0495", "0496", "0497",
    "0498", "0499",
)
# fmt: on

_MAIL_DOMAINS = ("mail.example", "post.example", "webmail.test", "telemail.example")


def _ascii(text: str) -> str:
    """A plain e-mail local part from a name: 'Yılmaz' -> 'yilmaz', 'D'Hondt' -> 'dhondt'."""
    text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return "".join(ch for ch in plain if ch.isascii() and (ch.isalnum() or ch == "-"))


def _surname(raw: str, female: bool) -> str:
    male_form, _, female_form = raw.partition("/")
    return female_form if female and female_form else male_form


def _mobile(rng: random.Random) -> str:
    return f"{rng.choice(_MOBILE_PREFIXES)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _national_number(rng: random.Random, birth: date, female: bool) -> str:
    """A number that passes the check-digit rule (men odd, women even serial), typed with dots."""
    serial = rng.randrange(1, 499) * 2 - (0 if female else 1)
    base = int(f"{birth:%y%m%d}{serial:03d}")
    checked = 2_000_000_000 + base if birth.year >= 2000 else base
    check = 97 - checked % 97
    digits = f"{base:09d}{check:02d}"
    return f"{digits[0:2]}.{digits[2:4]}.{digits[4:6]}-{digits[6:9]}.{digits[9:11]}"


def _weekday(day: date) -> date:
    """Referrals, letters and hearings fall on working days."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _euro(cents: int) -> str:
    """Belgian notation for running text: € 1.234,56."""
    euros, rest = divmod(cents, 100)
    return f"€ {euros:,}".replace(",", ".") + f",{rest:02d}"


# --------------------------------------------------------------------------------------------------
# Referral texts, composed from fragments
# --------------------------------------------------------------------------------------------------

_STEPS_ARREARS = (
    "Twee aangetekende herinneringen verstuurd, geen reactie.",
    "Huurder telefonisch gecontacteerd; de beloofde betaling is niet gebeurd.",
    "Afbetalingsplan van {instalment} per maand afgesproken, na twee termijnen stopgezet.",
    "Ingebrekestelling verstuurd op {letter}.",
    "Bij de maandelijkse controle een achterstal van {arrears} vastgesteld ({months} maanden).",
    "Huurder is niet op de uitnodiging voor een gesprek op kantoor ingegaan.",
    "Huurwaarborg is al aangesproken voor een eerdere achterstal.",
)
_STEPS_UPKEEP = (
    "Technische dienst kon bij het jaarlijkse ketelonderhoud niet binnen.",
    "Bij plaatsbezoek vochtproblemen en sterke vervuiling vastgesteld; tuin verwaarloosd.",
    "Schriftelijk gevraagd om de woning op te ruimen; bij het tweede bezoek geen verbetering.",
    "Rookmelder verwijderd en keuken zwaar beschadigd.",
    "Ongedierte gemeld door de onderburen; bestrijding kon niet doorgaan omdat niemand opendeed.",
)
_STEPS_NUISANCE = (
    "Meerdere klachten van buren over lawaai 's nachts.",
    "Bemiddelingsgesprek met de buren gepland, huurder kwam niet opdagen.",
    "Klachten over geurhinder en afval in de gemeenschappelijke gang.",
    "Conflict met de bovenburen escaleerde; waarschuwingsbrief van de verhuurder verstuurd.",
    "Bezoekers die tot laat blijven, deur van de inkomhal staat vaak open.",
)
# Per source: (fragment, the problem it is about or None).
_STEPS_BY_SOURCE: dict[ReferralSource, tuple[tuple[str, Problem | None], ...]] = {
    ReferralSource.OCMW: (
        ("Leefloon loopt; budgetbegeleiding eerder geweigerd door {title}.", Problem.ARREARS),
        ("{Title} kwam niet naar de afspraak op de sociale dienst.", None),
        ("Tussenkomst in de huur eenmalig toegekend, achterstal blijft oplopen.", Problem.ARREARS),
    ),
    ReferralSource.POLICE: (
        ("Interventie na een burenruzie; de bewoner leek overweldigd door de situatie.", None),
        ("Wijkinspecteur twee keer langs geweest na meldingen van burengerucht.", None),
    ),
    ReferralSource.NEIGHBOURS: (
        ("Buren melden dat de brievenbus al weken uitpuilt en de rolluiken dicht blijven.", None),
        ("Buren maken zich zorgen: {title} komt nauwelijks nog buiten.", None),
    ),
    ReferralSource.HOSPITAL: (
        (
            "{Title} is opgenomen geweest; bij het ontslag bleek de huur al maanden niet betaald.",
            Problem.ARREARS,
        ),
        (
            "Sociale dienst van het ziekenhuis bereidt het ontslag voor; de thuissituatie is zorgwekkend.",
            None,
        ),
    ),
    ReferralSource.TENANT: (
        ("{Title} belde zelf na het ontvangen van de ingebrekestelling.", Problem.ARREARS),
        ("{Title} kwam langs op het onthaal van het CAW met een brief van de verhuurder.", None),
    ),
    ReferralSource.OTHER: (
        ("Huisarts merkte bij een huisbezoek dat de woning sterk vervuild is.", Problem.UPKEEP),
        ("Huisarts maakt zich zorgen over de woonsituatie en de stapel ongeopende brieven.", None),
    ),
}
# The OCMW hears of every eviction claim from the court.
_STEP_OCMW_EVICTION = "Melding van het vredegerecht ontvangen over een verzoekschrift tot uithuiszetting."
_STEP_EVICTION = "Verzoekschrift neergelegd bij de vrederechter; zitting gepland op {hearing}."

_QUESTIONS_ARREARS = (
    "Kan de woonbegeleider polsen of {title} openstaat voor budgetbegeleiding?",
    "Graag ondersteuning bij het opmaken van een haalbaar afbetalingsplan.",
    "Kan samen met {title} bekeken worden welke inkomsten er zijn en wat er prioritair betaald moet worden?",
)
_QUESTION_FBU = "Kan er bekeken worden of een tussenkomst van het FBU mogelijk is?"
_QUESTIONS_UPKEEP = (
    "Vraag om samen met de huurder te werken aan het onderhoud van de woning.",
    "Kan de woonbegeleider helpen om de woning opnieuw toegankelijk te maken voor de technische dienst?",
)
_QUESTIONS_NUISANCE = (
    "Kan de woonbegeleider bemiddelen tussen {title} en de buren?",
    "Graag begeleiding rond het samenleven in het gebouw; de klachten blijven komen.",
)
_QUESTIONS_GENERAL = (
    "Graag een huisbezoek om de situatie in te schatten; wij krijgen de huurder niet te pakken.",
    "Wij willen de huur niet opzeggen als er begeleiding komt; kan er een begeleidingsovereenkomst komen?",
    "Is doorverwijzing naar de geestelijke gezondheidszorg aangewezen?",
)
_QUESTION_EVICTION = (
    "Kan {title} voorbereid en gemotiveerd worden om naar de zitting bij de vrederechter te gaan?"
)
_QUESTION_TENANT_ARREARS = "{Title} vraagt zelf hulp om de huur terug op orde te krijgen."
_QUESTION_TENANT = "{Title} vraagt zelf hulp en wil graag in de woning blijven."

_ARREARS_PAID = "Achterstal intussen volledig betaald door familie; geen nood aan woonbegeleiding."
_NOT_STARTED_MOTIVATIONS = (
    "Huurder weigert begeleiding na twee huisbezoeken; verhuurder op de hoogte gebracht.",
    "Problemen liggen vooral op psychisch vlak; doorverwezen naar het CGG.",
    "Huurder heeft al een bewindvoerder en begeleiding via het OCMW; dubbele begeleiding niet zinvol.",
)
_OTHER_MOTIVATIONS = (
    "Dossier overgedragen aan een collega van een ander werkingsgebied.",
    "Huurder opgenomen in een residentiële voorziening voor langere tijd.",
)
_EVICTED_MOTIVATIONS = (
    "Uithuiszetting uitgevoerd; tijdelijk opgevangen bij familie.",
    "Vonnis bij verstek; huurder verblijft nu in de nachtopvang, doorverwezen naar het OCMW.",
)
_RELAPSE_STEPS: tuple[tuple[str, frozenset[Problem]], ...] = (
    (
        "Na de vorige begeleiding liep het een tijd goed, nu opnieuw {months} maanden achterstal.",
        frozenset({Problem.ARREARS}),
    ),
    (
        "Opnieuw {months} maanden achterstal en klachten van de buren; huurder reageert niet op brieven.",
        frozenset({Problem.ARREARS, Problem.NUISANCE}),
    ),
    (
        "Huur wordt sinds {months} maanden maar gedeeltelijk betaald; woning opnieuw slecht onderhouden.",
        frozenset({Problem.ARREARS, Problem.UPKEEP}),
    ),
)
_RELAPSE_QUESTION = "Kan de begeleiding heropgestart worden? Wij willen de huurovereenkomst liefst behouden."


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format(**values)


# --------------------------------------------------------------------------------------------------
# Status paths
# --------------------------------------------------------------------------------------------------

_ORDER = (
    CaseStatus.REFERRED,
    CaseStatus.OUTREACH,
    CaseStatus.INTAKE,
    CaseStatus.ACTIVE,
    CaseStatus.CLOSED,
    CaseStatus.AFTERCARE,
    CaseStatus.ENDED,
)
_WEIGHTS = (0.10, 0.10, 0.08, 0.32, 0.10, 0.10, 0.20)


@dataclass(frozen=True)
class _Step:
    target: CaseStatus
    reason: ClosingReason | None = None
    motivation: str = ""


def _spread(total: int, weights: Sequence[float]) -> list[int]:
    """Whole counts proportional to the weights, at least one each when there is room."""
    floor = 1 if total >= len(weights) else 0
    counts = [max(floor, int(total * w)) for w in weights]
    order = sorted(
        range(len(weights)), key=lambda i: total * weights[i] - int(total * weights[i]), reverse=True
    )
    index = 0
    while sum(counts) < total:
        counts[order[index % len(order)]] += 1
        index += 1
    while sum(counts) > total:
        biggest = max(range(len(counts)), key=lambda i: counts[i])
        counts[biggest] -= 1
    return counts


def _start(rng: random.Random, upto: CaseStatus) -> list[_Step]:
    """The running part of a path, up to and including `upto`."""
    steps: list[_Step] = []
    if upto == CaseStatus.REFERRED:
        return steps
    if upto == CaseStatus.OUTREACH or rng.random() < 0.65:
        steps.append(_Step(CaseStatus.OUTREACH))
    if upto == CaseStatus.OUTREACH:
        return steps
    steps.append(_Step(CaseStatus.INTAKE))
    if upto == CaseStatus.ACTIVE:
        steps.append(_Step(CaseStatus.ACTIVE))
    return steps


def _close(
    rng: random.Random, *, aftercare: bool, eviction: bool, arrears: bool
) -> tuple[list[_Step], ClosingReason]:
    if aftercare:
        reason = rng.choices(
            (ClosingReason.GOALS_REACHED, ClosingReason.MOVED, ClosingReason.REFERRED_ON), (75, 10, 15)
        )[0]
        return [*_start(rng, CaseStatus.ACTIVE), _Step(CaseStatus.CLOSED, reason)], reason
    if rng.random() < 0.3:
        stage = rng.choice((CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE))
        options = [ClosingReason.NOT_STARTED, ClosingReason.MOVED, ClosingReason.REFERRED_ON]
        weights = [45, 10, 15]
        if stage != CaseStatus.INTAKE:
            options.append(ClosingReason.NOT_REACHED)
            weights.append(30)
        reason = rng.choices(options, weights)[0]
        steps = _start(rng, stage)
    else:
        reason = rng.choices(
            (
                ClosingReason.GOALS_REACHED,
                ClosingReason.TENANT_STOPPED,
                ClosingReason.MOVED,
                ClosingReason.EVICTED,
                ClosingReason.REFERRED_ON,
                ClosingReason.DECEASED,
                ClosingReason.OTHER,
            ),
            (50, 15, 8, 8, 10, 2, 7),
        )[0]
        if reason == ClosingReason.EVICTED and not eviction:
            reason = ClosingReason.TENANT_STOPPED  # no eviction without a court procedure
        steps = _start(rng, CaseStatus.ACTIVE)
    motivation = ""
    if reason == ClosingReason.NOT_STARTED:
        motivation = rng.choice(_NOT_STARTED_MOTIVATIONS + ((_ARREARS_PAID,) if arrears else ()))
    elif reason == ClosingReason.OTHER:
        motivation = rng.choice(_OTHER_MOTIVATIONS)
    elif reason == ClosingReason.EVICTED:
        motivation = rng.choice(_EVICTED_MOTIVATIONS)
    steps.append(_Step(CaseStatus.CLOSED, reason, motivation))
    return steps, reason


def _path(
    rng: random.Random, final: CaseStatus, referral: ReferralInput
) -> tuple[list[_Step], ClosingReason | None]:
    eviction = referral.eviction_procedure
    arrears = Problem.ARREARS in referral.problems
    if final in (CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.ACTIVE):
        return _start(rng, final), None
    if final == CaseStatus.AFTERCARE:
        steps, reason = _close(rng, aftercare=True, eviction=eviction, arrears=arrears)
        return [*steps, _Step(CaseStatus.AFTERCARE)], reason
    steps, reason = _close(rng, aftercare=False, eviction=eviction, arrears=arrears)
    if final == CaseStatus.ENDED:
        via_aftercare = reason in (
            ClosingReason.GOALS_REACHED,
            ClosingReason.MOVED,
            ClosingReason.REFERRED_ON,
        )
        if via_aftercare and rng.random() < 0.6:
            steps.append(_Step(CaseStatus.AFTERCARE))
        steps.append(_Step(CaseStatus.ENDED))
    return steps, reason


# --------------------------------------------------------------------------------------------------
# Building one referral
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
    first: str
    raw_last: str  # as in the pool, "Kowalski/Kowalska" for gendered surnames
    female: bool
    origin: _Origin

    @property
    def last(self) -> str:
        return _surname(self.raw_last, self.female)


class _Builder:
    def __init__(self, rng: random.Random, today: date, partners: list[_SavedPartner]) -> None:
        self.rng = rng
        self.today = today
        self.partners = partners
        self.used_names: set[tuple[str, str]] = set()

    def _of_kind(self, *kinds: PartnerKind) -> list[_SavedPartner]:
        return [p for p in self.partners if p.spec.kind in kinds]

    def person(self, origin: _Origin | None = None, female: bool | None = None) -> _Person:
        rng = self.rng
        if origin is None:
            origin = rng.choices(_ORIGINS, [o.weight for o in _ORIGINS])[0]
        if female is None:
            female = rng.random() < 0.55
        first = rng.choice(origin.women if female else origin.men)
        return _Person(first, rng.choice(origin.surnames), female, origin)

    def client(self) -> _Person:
        for _ in range(1000):
            person = self.person()
            if (person.first, person.last) not in self.used_names:
                self.used_names.add((person.first, person.last))
                return person
        return person  # pragma: no cover - the pools hold thousands of combinations

    def household(self, client: _Person, birth_year: int, referral_date: date) -> list[HouseholdMemberInput]:
        rng = self.rng
        shape = rng.choices(
            ("single", "couple", "single_parent", "family", "with_parent"), (40, 15, 25, 15, 5)
        )[0]
        if shape == "with_parent" and birth_year < 1975:
            shape = "single"
        members: list[HouseholdMemberInput] = []
        taken = {client.first}
        father_surname = client.raw_last
        if shape in ("couple", "family"):
            same_origin = client.origin if rng.random() < 0.8 else None
            partner = self.person(same_origin, not client.female)
            partner_year = max(1940, min(self.today.year - 18, birth_year + rng.randint(-6, 6)))
            members.append(
                HouseholdMemberInput(partner.first, partner.last, Relation.PARTNER, str(partner_year))
            )
            taken.add(partner.first)
            if client.female:
                father_surname = partner.raw_last
        if shape in ("single_parent", "family"):
            # Children still at home: born when the client was 18 to 45, and at most 24 years ago.
            years = range(
                max(birth_year + 18, referral_date.year - 24),
                min(referral_date.year - 1, birth_year + 45) + 1,
            )
            count = min(len(years), rng.choices((1, 2, 3, 4), (35, 35, 20, 10))[0])
            for year in sorted(rng.sample(years, count), reverse=True):
                child = self.person(client.origin)
                for _ in range(20):
                    if child.first not in taken:
                        break
                    child = self.person(client.origin)
                taken.add(child.first)
                surname = _surname(father_surname, child.female)
                members.append(HouseholdMemberInput(child.first, surname, Relation.CHILD, str(year)))
        if shape == "with_parent":
            parent = self.person(client.origin, True)
            members.append(
                HouseholdMemberInput(
                    parent.first, parent.last, Relation.PARENT, str(birth_year - rng.randint(20, 35))
                )
            )
        return members

    def referral(self, referral_date: date, final: CaseStatus) -> ReferralInput:
        rng = self.rng
        client = self.client()
        birth_year = referral_date.year - round(rng.triangular(20, 78, 38))

        national_number = ""
        if rng.random() < 1 / 3:
            birth = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
            national_number = _national_number(rng, birth, client.female)

        landlord_kind = rng.choices(
            (
                PartnerKind.SOCIAL_HOUSING_COMPANY,
                PartnerKind.SOCIAL_RENTAL_AGENCY,
                PartnerKind.PRIVATE_LANDLORD,
            ),
            (50, 20, 30),
        )[0]
        landlord = rng.choice(self._of_kind(landlord_kind))
        landlord_contact = landlord.fixed_contact()
        social = landlord_kind != PartnerKind.PRIVATE_LANDLORD

        town, postcode, _ = rng.choices(_TOWNS, [t[2] for t in _TOWNS])[0]
        house_number = str(rng.randint(1, 240))
        if rng.random() < 0.08:
            house_number += rng.choice("ABC")
        box = ""
        if rng.random() < (0.6 if social else 0.3):
            box = rng.choice(
                (
                    str(rng.randint(1, 24)),
                    f"{rng.randint(0, 4)}.{rng.randint(1, 6)}",
                    f"{rng.randint(1, 4)}01",
                )
            )

        rent = rng.randint(250_00, 650_00) if social else rng.randrange(650, 1051, 5) * 100

        source = rng.choices(
            (
                ReferralSource.LANDLORD,
                ReferralSource.OCMW,
                ReferralSource.TENANT,
                ReferralSource.NEIGHBOURS,
                ReferralSource.POLICE,
                ReferralSource.HOSPITAL,
                ReferralSource.OTHER_SERVICE,
                ReferralSource.OTHER,
            ),
            (55, 12, 8, 6, 6, 5, 6, 2),
        )[0]
        eviction = rng.random() < 0.2
        service: _SavedPartner | None = None
        if source == ReferralSource.OCMW:
            service = rng.choice(self._of_kind(PartnerKind.OCMW))
        elif source == ReferralSource.OTHER_SERVICE:
            service = rng.choice(self._of_kind(PartnerKind.OTHER_SERVICE))

        problems: set[Problem] = set()
        if service is not None and service.spec.implies is not None:
            problems.add(service.spec.implies)
        if eviction or rng.random() < (
            0.85 if source in (ReferralSource.OCMW, ReferralSource.HOSPITAL) else 0.7
        ):
            problems.add(Problem.ARREARS)
        if rng.random() < 0.35:
            problems.add(Problem.UPKEEP)
        if source in (ReferralSource.NEIGHBOURS, ReferralSource.POLICE) or rng.random() < 0.28:
            problems.add(Problem.NUISANCE)
        if not problems:
            problems.add(Problem.ARREARS)

        arrears_cents: int | None = None
        months: int | None = None
        if Problem.ARREARS in problems:
            months = (
                rng.randint(3, 9)
                if eviction
                else rng.choices((1, 2, 3, 4, 5, 6), (10, 25, 25, 18, 12, 10))[0]
            )
            arrears_cents = rent * months
            if rng.random() < 0.35:
                # A partial payment: still `months` months with rent (partly) unpaid.
                arrears_cents -= rent * rng.randint(10, 60) // 100

        hearing = _weekday(referral_date + timedelta(days=rng.randint(14, 50)))
        letter = _weekday(referral_date - timedelta(days=rng.randint(10, 45)))
        values = {
            "title": "mevrouw" if client.female else "meneer",
            "Title": "Mevrouw" if client.female else "Meneer",
            "arrears": _euro(arrears_cents or 0),
            "months": str(months or 0),
            "instalment": _euro(rng.choice((25, 40, 50, 75, 100)) * 100),
            "letter": f"{letter:%d/%m/%Y}",
            "hearing": f"{hearing:%d/%m/%Y}",
        }
        steps: list[str] = []
        if source == ReferralSource.OCMW and eviction:
            steps.append(_STEP_OCMW_EVICTION)
        elif service is not None and service.spec.referral_steps:
            steps.append(rng.choice(service.spec.referral_steps))
        elif source in _STEPS_BY_SOURCE:
            fitting = [text for text, need in _STEPS_BY_SOURCE[source] if need is None or need in problems]
            steps.append(rng.choice(fitting))
        for problem, pool in (
            (Problem.ARREARS, _STEPS_ARREARS),
            (Problem.UPKEEP, _STEPS_UPKEEP),
            (Problem.NUISANCE, _STEPS_NUISANCE),
        ):
            if problem in problems:
                steps.extend(
                    rng.sample(pool, 2 if source == ReferralSource.LANDLORD and rng.random() < 0.4 else 1)
                )
        if eviction and source != ReferralSource.OCMW:
            steps.append(_STEP_EVICTION)

        questions: list[str] = []
        if source == ReferralSource.TENANT:
            questions.append(_QUESTION_TENANT_ARREARS if Problem.ARREARS in problems else _QUESTION_TENANT)
        if eviction:
            questions.append(_QUESTION_EVICTION)
        if Problem.ARREARS in problems:
            if months is not None and 2 <= months <= 6 and rng.random() < 0.3:
                questions.append(_QUESTION_FBU)
            else:
                questions.append(rng.choice(_QUESTIONS_ARREARS))
        if Problem.UPKEEP in problems and rng.random() < 0.6:
            questions.append(rng.choice(_QUESTIONS_UPKEEP))
        if Problem.NUISANCE in problems and rng.random() < 0.6:
            questions.append(rng.choice(_QUESTIONS_NUISANCE))
        if not questions or (len(questions) < 2 and rng.random() < 0.4):
            questions.append(rng.choice(_QUESTIONS_GENERAL))

        referrer_name, referrer_contact = self._referrer(source, landlord, service, problems, client)

        next_date: date | None = None
        if final in (CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE, CaseStatus.ACTIVE):
            overdue = self.today - timedelta(days=rng.randint(1, 21))
            if rng.random() < 0.2 and overdue > referral_date:
                next_date = overdue
            else:
                next_date = self.today + timedelta(days=rng.randint(1, 35))
        elif final == CaseStatus.AFTERCARE:
            next_date = self.today + timedelta(days=rng.randint(7, 60))

        phone = _mobile(rng) if rng.random() < 0.75 else ""
        email = ""
        if rng.random() < 0.3:
            email = f"{_ascii(client.first)}.{_ascii(client.last)}@{rng.choice(_MAIL_DOMAINS)}"

        data = ReferralInput(
            first_name=client.first,
            last_name=client.last,
            national_number=national_number,
            phone=phone,
            email=email,
            street=rng.choice(_STREETS),
            house_number=house_number,
            box=box,
            postcode=postcode,
            municipality=town,
            household=self.household(client, birth_year, referral_date),
            landlord_id=landlord.id,
            landlord_contact_id=landlord.contact_ids[landlord_contact.name],
            monthly_rent=format_cents(rent),
            arrears_amount=format_cents(arrears_cents),
            arrears_months=str(months) if months is not None else "",
            referral_date=referral_date,
            source=source,
            referrer_name=referrer_name,
            referrer_contact=referrer_contact,
            problems=problems,
            steps_taken=" ".join(_fill(s, values) for s in steps),
            question=" ".join(_fill(q, values) for q in questions),
            eviction_procedure=eviction,
            next_date=next_date,
        )
        return data

    def _referrer(
        self,
        source: ReferralSource,
        landlord: _SavedPartner,
        service: _SavedPartner | None,
        problems: set[Problem],
        client: _Person,
    ) -> tuple[str, str]:
        rng = self.rng
        if source == ReferralSource.LANDLORD:
            # The technical service refers for upkeep, the rent collectors for arrears.
            fitting = [
                c
                for c in landlord.spec.contacts
                if not (c.role == "Technische dienst" and Problem.UPKEEP not in problems)
                and not (c.role == "Dienst huurinning" and Problem.ARREARS not in problems)
            ]
            contact = rng.choice(fitting or list(landlord.spec.contacts))
            return f"{contact.name} ({contact.role.lower()})", contact.phone or contact.email
        if service is not None:
            contact = rng.choice(service.spec.contacts)
            return f"{contact.name}, {service.spec.name}", contact.email or contact.phone
        person = self.person()
        name = f"{person.first} {person.last}"
        if source == ReferralSource.POLICE:
            return f"Inspecteur {name}, wijkteam", "wijkteam@politiezone.example"
        if source == ReferralSource.NEIGHBOURS:
            role = "buurvrouw" if person.female else "buurman"
            return f"{name}, {role}", _mobile(rng) if rng.random() < 0.6 else ""
        if source == ReferralSource.HOSPITAL:
            return f"{name}, sociale dienst ziekenhuis", "sociale.dienst@ziekenhuis.example"
        if source == ReferralSource.TENANT:
            return f"{client.first} {client.last} (huurder zelf)", ""
        return f"Dr. {person.last}, huisarts", _mobile(rng)


# --------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------


def _save_directory(workspace: Workspace) -> list[_SavedPartner]:
    saved: list[_SavedPartner] = []
    for spec in _DIRECTORY:
        partner_id = workspace.partners.save(
            PartnerInput(
                kind=spec.kind,
                name=spec.name,
                street=spec.street,
                postcode=spec.postcode,
                municipality=spec.municipality,
                phone=spec.phone,
                email=spec.email,
                contacts=[ContactInput(c.name, c.role, c.phone, c.email, c.fixed) for c in spec.contacts],
            )
        )
        ids = {c.name: c.id for c in workspace.partners.contacts(partner_id)}
        saved.append(_SavedPartner(spec, partner_id, ids))
    return saved


def _relapse(
    workspace: Workspace,
    rng: random.Random,
    partners: list[_SavedPartner],
    case_id: str,
    today: date,
    index: int,
) -> None:
    """Reopen a finished case as a new, linked episode and fill in the new referral."""
    new_id = workspace.referrals.reopen(case_id)
    detail = workspace.referrals.load(new_id)
    old = detail.referral
    parsed = amount_cents(old.monthly_rent)
    rent_cents = parsed if isinstance(parsed, int) else None
    months = rng.randint(2, 3)
    landlord = next(p for p in partners if p.id == old.landlord_id)
    referrer = landlord.fixed_contact()
    text, problems = rng.choice(_RELAPSE_STEPS)
    data = replace(
        old,
        referral_date=_weekday(today - timedelta(days=rng.randint(0, 12))),
        source=ReferralSource.LANDLORD,
        referrer_name=f"{referrer.name} ({referrer.role.lower()})",
        referrer_contact=referrer.phone or referrer.email,
        problems=set(problems),
        eviction_procedure=False,
        arrears_amount=format_cents(rent_cents * months) if rent_cents else "150,00",
        arrears_months=str(months),
        steps_taken=_fill(text, {"months": str(months)}),
        question=_RELAPSE_QUESTION,
        next_date=today + timedelta(days=rng.randint(2, 14)),
    )
    workspace.referrals.update(new_id, data)
    if index % 3 == 1:
        workspace.referrals.change_status(new_id, CaseStatus.OUTREACH)
    elif index % 3 == 2:
        workspace.referrals.change_status(new_id, CaseStatus.INTAKE)


def populate_demo(workspace: Workspace, *, seed: int = 2026, cases: int = 60) -> None:
    """Fill a freshly set-up profile with a fictional partner directory and `cases` referrals.

    Statuses cover the whole trajectory, older referrals being further along, and a few finished
    cases are reopened as linked episodes (on top of `cases`). Deterministic for a given seed and day.
    """
    if workspace.partners.summaries():
        raise RuleViolation("demo_profile_not_empty")
    rng = random.Random(seed)
    today = workspace.today()
    partners = _save_directory(workspace)
    builder = _Builder(rng, today, partners)

    dates = sorted(_weekday(today - timedelta(days=rng.randint(0, _HISTORY_DAYS))) for _ in range(cases))
    # Older referrals tend to be further along: rank by age plus noise, then hand out statuses in order.
    by_progress = sorted(range(cases), key=lambda i: (today - dates[i]).days + rng.uniform(-60, 60))
    finals: list[CaseStatus] = [CaseStatus.REFERRED] * cases
    position = 0
    for status, count in zip(_ORDER, _spread(cases, _WEIGHTS), strict=True):
        for index in by_progress[position : position + count]:
            finals[index] = status
        position += count

    reopenable: list[tuple[int, str]] = []  # (preference, case id)
    for referral_date, final in zip(dates, finals, strict=True):
        data = builder.referral(referral_date, final)
        case_id = workspace.referrals.register(data)
        steps, reason = _path(rng, final, data)
        for step in steps:
            workspace.referrals.change_status(
                case_id, step.target, reason=step.reason, motivation=step.motivation
            )
        if final in (CaseStatus.CLOSED, CaseStatus.ENDED) and reason not in (
            ClosingReason.DECEASED,
            ClosingReason.MOVED,
            ClosingReason.EVICTED,
        ):
            preference = 0 if reason == ClosingReason.GOALS_REACHED else 1
            reopenable.append((preference, case_id))

    reopenable.sort(key=lambda item: item[0])
    relapses = max(2, cases // 25) if cases >= 10 else min(1, len(reopenable))
    chosen = rng.sample(reopenable[: max(relapses, len(reopenable) // 2)], min(relapses, len(reopenable)))
    for index, (_, case_id) in enumerate(chosen):
        _relapse(workspace, rng, partners, case_id, today, index)
