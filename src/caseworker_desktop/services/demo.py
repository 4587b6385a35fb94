"""Demo data: a fictional partner directory and caseload to try the application out with.

Every case is taken along its trajectory as far as its status says: outreach attempts, the decision
to start, consents, the intake, agreed action plans and their evaluations, home visits and other
contacts, the court procedure, payment plans, closure and aftercare. Everything goes through the
public services, each step on the day it happened (the services run on a clock moved back to that
day), so the outbox and the audit trail fill up exactly as they would when a counsellor typed it all
in over the past months. People, organisations, e-mail domains and street names
are invented; e-mail addresses end in .example or .test, so nothing real is ever contacted. Client
addresses use real Flemish towns with their real postcodes. The same seed and the same day give the
same caseload.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from caseworker_desktop.domain import followup
from caseworker_desktop.domain.consent import ConsentInput, ConsentRecipient, InformedHow
from caseworker_desktop.domain.court import (
    CourtEventInput,
    CourtEventKind,
    FbuInput,
    FbuStatus,
    LacInput,
    PaymentInput,
    PaymentPlanInput,
    schedule,
)
from caseworker_desktop.domain.court import validate_plan as payment_terms
from caseworker_desktop.domain.engagement import (
    Attitude,
    DomainInput,
    IntakeInput,
    LifeDomain,
    OutreachChannel,
    OutreachInput,
    OutreachResult,
    domain_key,
)
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.fields import format_cents
from caseworker_desktop.domain.followup import ClosureInput, ContactKind, GoalsAchieved, add_months
from caseworker_desktop.domain.partners import ContactInput, PartnerInput, PartnerKind
from caseworker_desktop.domain.plan import (
    ConditionInput,
    EvaluationDecision,
    EvaluationInput,
    GoalActor,
    GoalInput,
    GoalResult,
    GoalResultInput,
    PlanInput,
)
from caseworker_desktop.domain.referral import (
    HouseholdMemberInput,
    Problem,
    ReferralInput,
    ReferralSource,
    Relation,
)
from caseworker_desktop.domain.scopes import SPECIAL_CATEGORIES, DataCategory
from caseworker_desktop.domain.status import RUNNING, CaseStatus, ClosingReason
from caseworker_desktop.services import demo_agreements
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.uow import Clock, local_date

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


# Belgian public holidays on a fixed date (month, day): no visits, hearings or letters then.
_HOLIDAYS = frozenset({(1, 1), (5, 1), (7, 21), (8, 15), (11, 1), (11, 11), (12, 25)})


def _working(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in _HOLIDAYS


def _weekday(day: date) -> date:
    """Referrals, letters and hearings fall on working days."""
    while not _working(day):
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
# The status mix
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


@dataclass(frozen=True)
class _Referral:
    """A referral as built, with the facts the rest of its story needs."""

    data: ReferralInput
    person: _Person
    landlord: _SavedPartner
    service: _SavedPartner | None
    rent_cents: int
    arrears_cents: int | None
    arrears_months: int | None
    hearing: date  # the hearing the referral text names; used only with an eviction procedure
    referred_on: date

    @property
    def title(self) -> str:
        return "mevrouw" if self.person.female else "meneer"

    @property
    def addressed(self) -> str:
        """How the tenant is named in the contact log: "Mevrouw Peeters"."""
        return f"{self.title.capitalize()} {self.data.last_name}"


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

    def referral(self, referral_date: date, final: CaseStatus) -> _Referral:
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
            if rng.random() < 0.1 and overdue > referral_date:
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
        return _Referral(data, client, landlord, service, rent, arrears_cents, months, hearing, referral_date)

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
# Trajectory texts: what a counsellor writes along the way
# --------------------------------------------------------------------------------------------------

_MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def _nl_date(day: date) -> str:
    return f"{day.day} {_MONTHS_NL[day.month - 1]} {day.year}"


_Attempt = tuple[OutreachChannel, OutreachResult, str]

# Attempts that did not reach the tenant, in the order a counsellor usually escalates.
_OUTREACH_MISSED: tuple[_Attempt, ...] = (
    (
        OutreachChannel.LETTER,
        OutreachResult.NO_ANSWER,
        "Brief gestuurd met een voorstel voor een huisbezoek op {weekday} om 10 uur.",
    ),
    (
        OutreachChannel.POSTCARD,
        OutreachResult.NO_ANSWER,
        "Oranje kaart in de bus gestoken met mijn gsm-nummer en de uren van de permanentie.",
    ),
    (OutreachChannel.TEXT_MESSAGE, OutreachResult.NO_ANSWER, "Sms gestuurd; afgeleverd, maar geen antwoord."),
    (
        OutreachChannel.PHONE,
        OutreachResult.MESSAGE_LEFT,
        "Voicemail ingesproken met de vraag om terug te bellen.",
    ),
    (
        OutreachChannel.HOME_VISIT,
        OutreachResult.DOOR_NOT_OPENED,
        "Aangebeld op het voorgestelde uur; er brandde licht, maar niemand deed open.",
    ),
    (
        OutreachChannel.VIA_SERVICE,
        OutreachResult.OTHER,
        "Maatschappelijk werker van het OCMW gevraagd om mijn briefje mee te geven op de afspraak.",
    ),
    (
        OutreachChannel.SOCIAL_MEDIA,
        OutreachResult.NO_ANSWER,
        "Bericht via Messenger gestuurd, op aanraden van de buurvrouw.",
    ),
    (
        OutreachChannel.HOME_VISIT,
        OutreachResult.DOOR_NOT_OPENED,
        "Opnieuw langsgegaan; kaartje met een nieuwe afspraak achtergelaten.",
    ),
    (
        OutreachChannel.LETTER,
        OutreachResult.RETURNED_MAIL,
        "Brief teruggekomen: de brievenbus puilt uit en de naam is niet meer leesbaar.",
    ),
)
_OUTREACH_HOSPITAL: _Attempt = (
    OutreachChannel.VIA_HOSPITAL,
    OutreachResult.MESSAGE_LEFT,
    "De sociale dienst van het ziekenhuis heeft mijn kaartje aan {title} gegeven.",
)
_OUTREACH_REACHED: tuple[_Attempt, ...] = (
    (
        OutreachChannel.PHONE,
        OutreachResult.APPOINTMENT_MADE,
        "Telefonisch bereikt; afspraak voor een huisbezoek gemaakt.",
    ),
    (
        OutreachChannel.HOME_VISIT,
        OutreachResult.REACHED,
        "{Title} deed open; kort gesprek aan de deur en akkoord voor een nieuw bezoek.",
    ),
    (
        OutreachChannel.TEXT_MESSAGE,
        OutreachResult.APPOINTMENT_MADE,
        "{Title} stuurde een sms terug; afspraak gemaakt voor een huisbezoek.",
    ),
    (
        OutreachChannel.VIA_SERVICE,
        OutreachResult.APPOINTMENT_MADE,
        "Via de maatschappelijk werker samen een afspraak gemaakt op de sociale dienst.",
    ),
)
_OUTREACH_REFUSED: tuple[_Attempt, ...] = (
    (
        OutreachChannel.HOME_VISIT,
        OutreachResult.REFUSED,
        "{Title} wil geen begeleiding en vraagt om niet meer langs te komen.",
    ),
    (
        OutreachChannel.PHONE,
        OutreachResult.REFUSED,
        "{Title} zegt dat alles in orde is en dat er geen hulp nodig is.",
    ),
)

# Per life domain: (lowest rating, highest rating, notes, category, the problem it goes with).
_DomainNote = tuple[int, int, str, DataCategory, Problem | None]
_GENERAL = DataCategory.GENERAL
_DOMAIN_NOTES: dict[LifeDomain, tuple[_DomainNote, ...]] = {
    LifeDomain.PHYSICAL_SOCIAL: (
        (3, 4, "Fysiek in orde; komt dagelijks buiten voor boodschappen en de school.", _GENERAL, None),
        (
            2,
            3,
            "Rugklachten na een arbeidsongeval; de trappen naar de derde verdieping zijn zwaar.",
            DataCategory.HEALTH,
            None,
        ),
        (
            2,
            3,
            "Diabetes; neemt de medicatie niet altijd. De huisarts komt om de maand langs.",
            DataCategory.HEALTH,
            None,
        ),
        (2, 3, "Komt weinig buiten en ziet bijna niemand buiten de familie.", _GENERAL, None),
    ),
    LifeDomain.MENTAL_WELLBEING: (
        (
            1,
            2,
            "Depressieve klachten sinds de scheiding; in behandeling bij het CGG.",
            DataCategory.PSYCHIATRIC,
            None,
        ),
        (
            2,
            2,
            "Psychose in het verleden; medicatie via de psychiater, opvolging door het mobiel team.",
            DataCategory.PSYCHIATRIC,
            None,
        ),
        (
            2,
            3,
            "Voelt zich overweldigd door de schulden en slaapt slecht, maar wil er zelf iets aan doen.",
            _GENERAL,
            Problem.ARREARS,
        ),
        (2, 3, "Durft de post niet te openen; brieven van de verhuurder blijven liggen.", _GENERAL, None),
        (3, 4, "Stabiel; geeft aan dat het beter gaat sinds de nieuwe job.", _GENERAL, None),
    ),
    LifeDomain.DAYTIME_LEISURE: (
        (2, 2, "Geen dagbesteding sinds het ontslag; slaapt overdag veel.", _GENERAL, None),
        (3, 3, "Werkt deeltijds als poetshulp met dienstencheques, vooral in de voormiddag.", _GENERAL, None),
        (3, 4, "Vrijwilliger in de sociale kruidenier, twee voormiddagen per week.", _GENERAL, None),
        (
            1,
            2,
            "Drinkt dagelijks vanaf de middag; wil daar nu nog niet over praten.",
            DataCategory.ADDICTION,
            None,
        ),
        (2, 3, "Zorgt voltijds voor de kinderen; weinig tijd voor zichzelf.", _GENERAL, None),
    ),
    LifeDomain.ADMINISTRATION_FINANCES: (
        (
            1,
            1,
            "Stapel ongeopende post; huur en energiefactuur al maanden niet betaald.",
            _GENERAL,
            Problem.ARREARS,
        ),
        (
            1,
            2,
            "Leefloon; vaste kosten niet op een rij en geen overzicht van de schulden.",
            _GENERAL,
            Problem.ARREARS,
        ),
        (
            2,
            2,
            "Meerdere schuldeisers (gsm-operator, ziekenhuis, energie); één deurwaarder actief.",
            _GENERAL,
            Problem.ARREARS,
        ),
        (2, 3, "Werkloosheidsuitkering; betaalt wel, maar bijna altijd te laat.", _GENERAL, None),
        (3, 4, "Administratie grotendeels in orde; de zoon helpt met de bankapp.", _GENERAL, None),
    ),
    LifeDomain.RELATIONSHIPS_NETWORK: (
        (2, 2, "Contact met de familie verbroken; de buurvrouw helpt af en toe.", _GENERAL, None),
        (3, 4, "Zus woont dichtbij en wil mee helpen met de administratie.", _GENERAL, None),
        (3, 4, "Goede vrienden uit de voetbalclub; de kinderen helpen met brieven.", _GENERAL, None),
        (1, 2, "Conflicten met de bovenburen; ruzies lopen soms hoog op.", _GENERAL, Problem.NUISANCE),
        (2, 3, "Ex-partner komt nog geregeld langs; spanningen in de woning.", _GENERAL, Problem.NUISANCE),
        (
            2,
            2,
            "Een probatieassistent volgt de voorwaarden op na een veroordeling.",
            DataCategory.JUSTICE,
            None,
        ),
    ),
    LifeDomain.HOUSEHOLD_TASKS: (
        (
            1,
            1,
            "Woning sterk vervuild; keuken en badkamer nauwelijks bruikbaar, afval in de berging.",
            _GENERAL,
            Problem.UPKEEP,
        ),
        (
            1,
            2,
            "Vaat en was stapelen op; er wordt niet verlucht en er zit schimmel in de slaapkamer.",
            _GENERAL,
            Problem.UPKEEP,
        ),
        (3, 3, "Woonkamer netjes, maar de tuin en de berging zijn verwaarloosd.", _GENERAL, Problem.UPKEEP),
        (3, 4, "Huishouden loopt; kookt dagelijks voor het gezin.", _GENERAL, None),
    ),
}
_HOUSING_SKILLS = (
    "Kent de afspraken uit het huurcontract niet; weet niet bij wie herstellingen te melden.",
    "Weet hoe de huur betaald wordt, maar vergeet de datum; geen doorlopende opdracht.",
    "Verlucht en verwarmt de woning niet goed; weet niet hoe de thermostaat werkt.",
    "Goede basis; vooral hulp nodig bij het contact met de verhuurder.",
)
_OWN_QUESTIONS: dict[Attitude, tuple[str, ...]] = {
    Attitude.ASKS_FOR_HELP: (
        "Ik wil hier blijven wonen; de kinderen gaan hier naar school.",
        "Hulp om de brieven en rekeningen weer op orde te krijgen.",
        "Dat de verhuurder mij niet op straat zet.",
    ),
    Attitude.ACCEPTS_VISITS: (
        "Ziet zelf geen groot probleem; wil vooral dat de verhuurder stopt met brieven sturen.",
        "Wil wel dat er iemand langskomt, maar weet nog niet goed waarvoor.",
    ),
    Attitude.AVOIDS_HELP: (
        "Geen eigen vraag; gaat akkoord met een paar bezoeken omdat de verhuurder aandringt.",
    ),
}


@dataclass(frozen=True)
class _GoalText:
    """A SMART goal as counsellor and tenant write it down; the {fields} in braces are filled per case."""

    description: str
    measure: str
    realism: str
    steps: str
    domain: LifeDomain
    actor: GoalActor
    category: DataCategory
    months: int  # the deadline, this many months after the plan is agreed
    landlords_concern: bool  # shared with the landlord when a landlord consent is in force


_GOALS: dict[str, _GoalText] = {
    "rent": _GoalText(
        "Elke maand vóór de 5de de huur van {rent} betalen, plus {instalment} afbetaling op de achterstal.",
        "Huuroverzicht van de verhuurder: geen nieuwe achterstal en elke maand de afbetaling ontvangen.",
        "Het budgetplan laat na de vaste kosten ruimte voor deze afbetaling.",
        "Doorlopende betalingsopdracht instellen bij de bank; betaalbewijs tonen op het huisbezoek.",
        LifeDomain.ADMINISTRATION_FINANCES,
        GoalActor.TENANT,
        DataCategory.FINANCIAL,
        6,
        True,
    ),
    "tech": _GoalText(
        "{Party} binnenlaten voor het ketelonderhoud en de herstelling in de badkamer vóór {deadline}.",
        "Werkbon ondertekend; ketel nagekeken en badkamer hersteld.",
        "{Title} is overdag thuis; de afspraak wordt een week vooraf bevestigd.",
        "Woonbegeleider legt de afspraak vast met de verhuurder en belt de dag ervoor.",
        LifeDomain.HOUSEHOLD_TASKS,
        GoalActor.TENANT,
        _GENERAL,
        2,
        True,
    ),
    "cleaning": _GoalText(
        "Een poetsschema volgen: keuken en badkamer elke week, de andere kamers om de twee weken.",
        "Checklist samen overlopen op elk huisbezoek; na drie maanden geen vuilniszakken meer in de gang.",
        "Kleine taken per dag; de eerste grote opruimbeurt gebeurt samen.",
        "Poetsschema hangt op de koelkast; afvinken na elke beurt.",
        LifeDomain.HOUSEHOLD_TASKS,
        GoalActor.TENANT,
        _GENERAL,
        3,
        True,
    ),
    "waste": _GoalText(
        "Het afval elke dinsdagavond buitenzetten volgens de ophaalkalender van de gemeente.",
        "Geen afval meer op het balkon of in de berging bij de controle van de verhuurder.",
        "Ophaalkalender hangt aan de deur; de buurman geeft een seintje.",
        "Samen de huisvuilzakken en een ophaalkalender gehaald.",
        LifeDomain.HOUSEHOLD_TASKS,
        GoalActor.TENANT,
        _GENERAL,
        2,
        True,
    ),
    "quiet": _GoalText(
        "Na 22 uur geen luide muziek of bezoek meer; drie maanden zonder nieuwe klacht bij de verhuurder.",
        "Klachtenregister van de verhuurder; kort gesprek met de buren bij de evaluatie.",
        "{Title} wil de woning houden en heeft zelf voorgesteld om bezoek vroeger te laten vertrekken.",
        "Afspraken op papier gezet en aan de buren bezorgd.",
        LifeDomain.RELATIONSHIPS_NETWORK,
        GoalActor.TENANT,
        _GENERAL,
        3,
        True,
    ),
    "hearing": _GoalText(
        "Op {hearing} samen met de woonbegeleider naar de zitting bij de vrederechter gaan.",
        "Aanwezig op de zitting; het afbetalingsvoorstel is aan de vrederechter voorgelegd.",
        "De woonbegeleider haalt {title} thuis op; de kinderen gaan die dag naar de opvang.",
        "Afbetalingsvoorstel en budgetplan vooraf samen klaargelegd.",
        LifeDomain.ADMINISTRATION_FINANCES,
        GoalActor.TENANT,
        _GENERAL,
        1,
        False,
    ),
    "mail": _GoalText(
        "Elke dinsdag samen met de budgetbegeleider van het OCMW de post openen en de facturen ordenen.",
        "Geordende map; na drie maanden geen nieuwe aanmaningen of kosten van de deurwaarder.",
        "Vaste dag en vaste begeleider; {title} zegt dat het samen minder schrik geeft.",
        "Map met tabbladen gekocht; de budgetbegeleider belt op maandag als herinnering.",
        LifeDomain.ADMINISTRATION_FINANCES,
        GoalActor.TENANT,
        _GENERAL,
        3,
        False,
    ),
    "standing_order": _GoalText(
        "Vóór {deadline} een doorlopende betalingsopdracht voor de huur instellen bij de bank.",
        "Bewijs van de bank, samen bekeken op het huisbezoek.",
        "{Title} heeft een bankapp en doet het samen met de woonbegeleider.",
        "",
        LifeDomain.ADMINISTRATION_FINANCES,
        GoalActor.TENANT,
        DataCategory.FINANCIAL,
        1,
        False,
    ),
    "budget_request": _GoalText(
        "Vóór {deadline} budgetbegeleiding aanvragen bij het OCMW, samen met de woonbegeleider.",
        "Aanvraag ingediend en eerste afspraak bij het OCMW vastgelegd.",
        "{Title} staat er zelf voor open na het budgetgesprek op het huisbezoek.",
        "Woonbegeleider maakt de afspraak en gaat de eerste keer mee.",
        LifeDomain.ADMINISTRATION_FINANCES,
        GoalActor.TENANT,
        DataCategory.FINANCIAL,
        1,
        False,
    ),
    "cgg": _GoalText(
        "Vóór {deadline} een eerste afspraak maken bij het CGG en die afspraak ook nakomen.",
        "Afspraak gemaakt en bijgewoond; {title} vertelt het zelf op het volgende huisbezoek.",
        "{Title} vroeg er zelf naar; de huisarts schreef een verwijsbrief.",
        "",
        LifeDomain.MENTAL_WELLBEING,
        GoalActor.TENANT,
        DataCategory.PSYCHIATRIC,
        2,
        False,
    ),
    "cad": _GoalText(
        "Vóór {deadline} opnieuw contact opnemen met het CAD en twee gesprekken volgen.",
        "Twee gesprekken bijgewoond.",
        "{Title} wil minder drinken omwille van de kinderen; een eerdere begeleiding liep goed.",
        "",
        LifeDomain.MENTAL_WELLBEING,
        GoalActor.TENANT,
        DataCategory.ADDICTION,
        2,
        False,
    ),
    "doctor": _GoalText(
        "Elke maand op controle gaan bij de huisarts voor de diabetes.",
        "Afsprakenkaart van de huisarts.",
        "De praktijk ligt om de hoek; de afspraken staan in de agenda op de gsm.",
        "",
        LifeDomain.PHYSICAL_SOCIAL,
        GoalActor.TENANT,
        DataCategory.HEALTH,
        3,
        False,
    ),
    "daytime": _GoalText(
        "Twee voormiddagen per week meehelpen in de sociale kruidenier of het buurtrestaurant.",
        "Aanwezigheidslijst van de vrijwilligerswerking.",
        "{Title} zocht zelf naar iets om te doen en kent de coördinator al.",
        "Kennismaking met de coördinator samen gepland.",
        LifeDomain.DAYTIME_LEISURE,
        GoalActor.TENANT,
        _GENERAL,
        3,
        False,
    ),
    "mediation": _GoalText(
        "Vóór {deadline} deelnemen aan een gesprek met de buren via de buurtbemiddeling.",
        "Gesprek heeft plaatsgevonden en de afspraken staan op papier.",
        "{Title} wil rust in het gebouw; de buren staan er ook voor open.",
        "Woonbegeleider meldt de vraag aan bij de buurtbemiddeling.",
        LifeDomain.RELATIONSHIPS_NETWORK,
        GoalActor.TENANT,
        _GENERAL,
        2,
        False,
    ),
}
_MAIN_GOALS: dict[Problem, tuple[str, ...]] = {
    Problem.ARREARS: ("rent",),
    Problem.UPKEEP: ("tech", "cleaning", "waste"),
    Problem.NUISANCE: ("quiet",),
}
# What evaluations write per goal and result; goals without their own lines use the general ones.
_RESULT_NOTES: dict[str, dict[GoalResult, tuple[str, ...]]] = {
    "rent": {
        GoalResult.ACHIEVED: (
            "Huur en afbetaling de voorbije maanden stipt betaald.",
            "Elke maand op tijd betaald; de achterstal daalt volgens plan.",
        ),
        GoalResult.PARTLY: (
            "Huur betaald, de afbetaling één keer overgeslagen en later ingehaald.",
            "Twee keer te laat betaald, maar wel volledig.",
        ),
        GoalResult.NOT_ACHIEVED: ("Opnieuw achterstal sinds de vorige evaluatie.",),
    },
    "tech": {
        GoalResult.ACHIEVED: ("Technische dienst is binnen geweest; ketel nagekeken en badkamer hersteld.",),
        GoalResult.PARTLY: ("Ketel nagekeken; de herstelling in de badkamer moet nog gepland worden.",),
        GoalResult.NOT_ACHIEVED: ("Afspraak met de technische dienst twee keer gemist.",),
    },
    "cleaning": {
        GoalResult.ACHIEVED: ("Woning bij elk bezoek proper; de gang is vrij.",),
        GoalResult.PARTLY: ("Keuken in orde, badkamer en slaapkamer nog niet.",),
        GoalResult.NOT_ACHIEVED: ("Poetsschema na twee weken losgelaten.",),
    },
    "waste": {
        GoalResult.ACHIEVED: ("Afval wordt elke week buitengezet; geen opmerkingen meer van de verhuurder.",),
        GoalResult.PARTLY: ("Meestal buitengezet; één melding van de buren.",),
        GoalResult.NOT_ACHIEVED: ("Opnieuw zakken op het balkon.",),
    },
    "quiet": {
        GoalResult.ACHIEVED: ("Geen nieuwe klachten bij de verhuurder.",),
        GoalResult.PARTLY: ("Eén klacht over een verjaardagsfeest; verder rustig.",),
        GoalResult.NOT_ACHIEVED: ("Nieuwe klachten van de bovenburen.",),
    },
    "hearing": {
        GoalResult.ACHIEVED: ("Samen naar de zitting geweest; afbetalingsvoorstel aanvaard.",),
        GoalResult.PARTLY: ("Zitting voorbereid; de zaak werd uitgesteld.",),
        GoalResult.NOT_ACHIEVED: ("Niet op de zitting verschenen.",),
    },
    "mail": {
        GoalResult.ACHIEVED: ("Post wordt elke week samen geopend; geen nieuwe aanmaningen.",),
        GoalResult.PARTLY: ("Meestal aanwezig op dinsdag; twee keer afgezegd.",),
        GoalResult.NOT_ACHIEVED: ("Afspraken met de budgetbegeleider niet nagekomen.",),
    },
}
_RESULT_GENERAL: dict[GoalResult, tuple[str, ...]] = {
    GoalResult.ACHIEVED: ("Gehaald.", "Afspraak volledig nagekomen."),
    GoalResult.PARTLY: ("Deels gelukt; blijft een aandachtspunt.", "Goed begonnen, nog niet volgehouden."),
    GoalResult.NOT_ACHIEVED: ("Niet gelukt; samen bekeken wat in de weg zat.", "Nog niet aan begonnen."),
}
_EVALUATION_NOTES = (
    "Motivatie wisselend; korte afspraken werken beter dan lange gesprekken.",
    "Gaat vooruit; durft nu zelf te bellen naar de energieleverancier.",
    "Spanning in het gezin; volgende keer apart met {title} spreken.",
    "Budget blijft krap; nagaan of er recht is op een verhoogde tegemoetkoming.",
    "Tevreden over de samenwerking; {title} neemt meer zelf het initiatief.",
)
_CONDITIONS: dict[Problem, tuple[str, ...]] = {
    Problem.ARREARS: ("De maandelijkse huur stipt betalen, plus {instalment} per maand op de achterstal.",),
    Problem.UPKEEP: (
        "De technische dienst na afspraak toegang geven tot de woning.",
        "De woning en de gemeenschappelijke delen proper houden.",
    ),
    Problem.NUISANCE: ("Geen geluidsoverlast na 22 uur; respectvol omgaan met de buren.",),
}
_CONDITION_SUPPORT = "Meewerken aan de woonbegeleiding: minstens twee huisbezoeken per maand toelaten."

# Contact summaries: (text, the problem it is about or None).
_VISITS: tuple[tuple[str, Problem | None], ...] = (
    (
        "Huisbezoek: post samen geopend en gesorteerd; twee aanmaningen doorgegeven aan de budgetbegeleider.",
        Problem.ARREARS,
    ),
    ("Huisbezoek: afbetalingsplan overlopen; betaalbewijs van deze maand gezien.", Problem.ARREARS),
    ("Huisbezoek: budgetplan opgemaakt; inkomsten en vaste kosten op een rij gezet.", Problem.ARREARS),
    ("Huisbezoek: samen het sociaal tarief voor energie aangevraagd.", Problem.ARREARS),
    ("Huisbezoek: poetsschema overlopen; keuken in orde, badkamer nog niet.", Problem.UPKEEP),
    ("Huisbezoek: samen vuilniszakken naar het containerpark gebracht; de berging is vrij.", Problem.UPKEEP),
    (
        "Huisbezoek: uitgelegd hoe de woning te verluchten tegen schimmel; vochtmeter achtergelaten.",
        Problem.UPKEEP,
    ),
    (
        "Huisbezoek: klachten van de buren besproken; afspraken over bezoek na 22 uur herhaald.",
        Problem.NUISANCE,
    ),
    (
        "Huisbezoek: gesprek over de ruzie met de bovenburen; {title} staat open voor bemiddeling.",
        Problem.NUISANCE,
    ),
    ("Huisbezoek: goed gesprek; {title} heeft zelf de energieleverancier gebeld voor een afbetaling.", None),
    ("Huisbezoek: kort bezoek, de kinderen waren ziek. Nieuwe afspraak vastgelegd.", None),
    ("Huisbezoek: stand van zaken van het handelingsplan overlopen; {title} ziet vooruitgang.", None),
)
_PHONE_CALLS = (
    "Telefonisch contact: afspraak voor het volgende huisbezoek bevestigd.",
    "{Title} belde: brief van de deurwaarder ontvangen; samen bekeken wat te doen.",
    "Telefonisch: {title} meldt dat de huur van deze maand betaald is.",
    "Herinnering gegeven voor de afspraak bij het OCMW.",
)
_LANDLORD_TALKS: tuple[tuple[str, Problem | None], ...] = (
    (
        "Overleg met {landlord}: stand van zaken van de afbetaling; de verhuurder is tevreden.",
        Problem.ARREARS,
    ),
    ("Overleg met {landlord} over de planning van de technische dienst.", Problem.UPKEEP),
    (
        "Overleg met {landlord}: nieuwe klacht van de buren besproken; samen langsgaan afgesproken.",
        Problem.NUISANCE,
    ),
    ("Begeleidingsovereenkomst overlopen met {landlord}; vaste contactpersoon bevestigd.", None),
)
_OCMW_TALKS = (
    "Overleg met de budgetbegeleider van het OCMW: het budgetplan is sluitend.",
    "Overleg met het OCMW over een tussenkomst in de huurachterstal.",
)
_CGG_TALK = "Afstemming met het mobiel team van het CGG, met toestemming van {title}."
_OFFICE_TALK = "Gesprek op kantoor: documenten voor de budgetbegeleiding binnengebracht."
_INTAKE_VISIT = (
    "Intakegesprek aan huis: levensdomeinen overlopen; uitgelegd dat het team het dossier deelt "
    "onder gedeeld beroepsgeheim."
)
_AFTERCARE_TALKS = (
    "Nazorg: telefonisch opgevolgd; de huur is deze maand op tijd betaald.",
    "Nazorg: kort huisbezoek, alles loopt goed.",
    "Nazorg: {title} belde zelf met een vraag over de afrekening van de verwarming.",
)
_PLANNED_VISITS = (
    "Post en betalingen overlopen.",
    "Evaluatie voorbereiden.",
    "Poetsschema en afbetaling opvolgen.",
    "",
)
_PERSONAL_NOTES = (
    "Let op: {title} schaamt zich voor de schulden; niet over bedragen praten als de kinderen erbij zijn.",
    "Eigen indruk: meer gesloten dan vorige keer. Volgende keer vragen hoe het met de slaap gaat.",
    "Twijfel of budgetbegeleiding volstaat; bespreken op de intervisie.",
    "Niet vergeten: verjaardag van de dochter volgende week, afspraak niet op woensdag leggen.",
)
_CASE_NOTES = (
    "Werkhypothese: de achterstal begon toen het tweede inkomen wegviel.",
    "Intervisie: afspraken kort en concreet houden, telkens op papier meegeven.",
    "Voor mezelf: de zus stuurt sterk mee; voorzichtig mee omgaan.",
    "Vermoeden van schulden die {title} nog niet vertelde; rustig laten komen.",
)

_PETITION_NOTES: dict[Problem, str] = {
    Problem.ARREARS: "Verzoekschrift tot ontbinding van de huurovereenkomst en uithuiszetting wegens huurachterstal.",
    Problem.UPKEEP: "Verzoekschrift tot ontbinding van de huurovereenkomst wegens gebrekkig onderhoud.",
    Problem.NUISANCE: "Verzoekschrift tot ontbinding van de huurovereenkomst wegens aanhoudende overlast.",
}
_HEARING_NOTE = "Inleidende zitting bij het vredegerecht."
_POSTPONED_NOTE = "Zaak uitgesteld op de vorige zitting, zodat de begeleiding kan starten."
_ADJOURNED_AGAIN_NOTE = (
    "Opnieuw uitgesteld: de vrederechter wil eerst zien of het afbetalingsplan wordt nagekomen."
)
_JUDGMENT_KEPT = (
    "Vonnis: de huurovereenkomst blijft behouden mits stipte betaling van de huur en {instalment} per "
    "maand op de achterstal."
)
_JUDGMENT_EVICTION = "Vonnis bij verstek: ontbinding van de huurovereenkomst, uithuiszetting na één maand."
_ANNOUNCED_NOTE = "Gerechtsdeurwaarder kondigt de uithuiszetting aan."
_DONE_NOTE = "Uithuiszetting uitgevoerd in aanwezigheid van de gerechtsdeurwaarder."
_HEARING_VISIT = "Samen met {title} naar de zitting bij de vrederechter geweest."

_FBU_NOTES: dict[FbuStatus, tuple[str, str]] = {
    FbuStatus.GRANTED: (
        "Dossier ingediend via het OCMW, met budgetplan.",
        "FBU betaalt een deel van de achterstal rechtstreeks aan de verhuurder; de rest via het afbetalingsplan.",
    ),
    FbuStatus.REFUSED: (
        "Dossier ingediend via het OCMW.",
        "Geweigerd: het budgetplan is niet sluitend.",
    ),
    FbuStatus.SUBMITTED: ("Dossier ingediend via het OCMW, met budgetplan; beslissing afwachten.", ""),
}
_LAC_DECISIONS = (
    "Het OCMW neemt {part} van de achterstal ten laste; de huurder betaalt de rest af aan {instalment} per maand.",
    "Renteloze voorschot van {part} toegekend, terug te betalen aan {instalment} per maand.",
)

_HOUSING_AFTER: dict[ClosingReason, tuple[str, ...]] = {
    ClosingReason.GOALS_REACHED: (
        "Blijft in de woning; de huurovereenkomst loopt gewoon verder.",
        "Blijft in de woning; huur en afbetaling lopen stipt en de verhuurder is tevreden.",
    ),
    ClosingReason.TENANT_STOPPED: (
        "Woont nog in de woning; de achterstal is niet volledig afbetaald.",
        "Woont nog in de woning; de verhuurder volgt de afspraken zelf verder op.",
    ),
    ClosingReason.MOVED: (
        "Verhuisd naar een kleinere, betaalbare sociale woning in {town}.",
        "Verhuisd naar een studio bij familie in de buurt.",
        "Samen met de partner verhuisd naar een private huurwoning in {town}.",
    ),
    ClosingReason.EVICTED: (
        "Na de uithuiszetting tijdelijk opgevangen bij familie.",
        "Verblijft na de uithuiszetting in de nachtopvang; doorverwezen naar het OCMW.",
    ),
    ClosingReason.REFERRED_ON: ("Blijft in de woning; verdere begeleiding door {referred}.",),
    ClosingReason.DECEASED: (
        "Huurder overleden; de familie heeft de huur opgezegd en de woning leeggemaakt.",
    ),
    ClosingReason.OTHER: ("Woont nog in de woning.",),
    ClosingReason.NOT_REACHED: ("Woont nog in de woning; geen contact gekregen ondanks herhaalde pogingen.",),
}
_HOUSING_EVICTION_STOPPED = (
    "Blijft in de woning; de verhuurder heeft de procedure bij de vrederechter stopgezet."
)
_HOUSING_EARLY_MOVED = "Huurder is zelf verhuisd; het nieuwe adres is doorgegeven aan de verhuurder."
_REFERRED_TO = (
    "Schuldbemiddeling CAW Brielmeer",
    "Mobiel team CGG Kalvenhout, langdurige begeleiding",
    "OCMW, budgetbeheer",
    "Beschut wonen Kalvenhout",
)


# --------------------------------------------------------------------------------------------------
# Running every step on its own day
# --------------------------------------------------------------------------------------------------

_Action = Callable[[Workspace], object]


class _TimeMachine:
    """The clock the demo's services run on: the real clock moved back to the day of each step, so
    every record, status change and audit entry carries the day it would have been typed. Steps run
    in date order, so the clock only moves forward; on the last day it is the real clock again."""

    def __init__(self, base: Clock, today: date) -> None:
        self._base = base
        self._today = today
        self._offset = timedelta(0)

    def go(self, day: date) -> None:
        offset = timedelta(days=(self._today - day).days)
        now = self._base()
        for hours in (0, 1, -1, 2, -2):  # a change of summer time between then and now
            if local_date(now - offset - timedelta(hours=hours)) == day:
                offset += timedelta(hours=hours)
                break
        self._offset = offset

    def __call__(self) -> datetime:
        return self._base() - self._offset


class _Agenda:
    """Every step of every case, run in date order; one case's steps of one day in the order given."""

    def __init__(self) -> None:
        self._steps: list[tuple[date, int, int, _Action]] = []

    def at(self, day: date, lane: int, action: _Action) -> None:
        self._steps.append((day, lane, len(self._steps), action))

    def run(self, clock: _TimeMachine, workspace: Workspace) -> None:
        for day, _, _, action in sorted(self._steps, key=lambda step: step[:3]):
            clock.go(day)
            action(workspace)


def _days(count: int) -> timedelta:
    return timedelta(days=count)


def _fit(day: date, low: date, high: date) -> date:
    """`day` kept within [low, high] and moved onto a working day when the bounds allow it."""
    high = max(low, high)
    day = min(max(day, low), high)
    back = day
    while not _working(back):
        back -= _days(1)
    if back >= low:
        return back
    forward = day
    while not _working(forward):
        forward += _days(1)
    return forward if forward <= high else day


def _spaced(first: date, last: date, count: int) -> list[date]:
    """`count` working days spread from `first` to `last` (both included when count > 1)."""
    if count <= 1:
        return [last]
    span = (last - first).days
    return [_fit(first + _days(span * k // (count - 1)), first, last) for k in range(count)]


# --------------------------------------------------------------------------------------------------
# One case's trajectory
# --------------------------------------------------------------------------------------------------


@dataclass
class _Ids:
    """What the services hand back while the steps run, for the steps after them."""

    case: str = ""
    goals: dict[str, str] = field(default_factory=dict)  # goal kind -> id in the plan in force
    evaluation: str = ""  # the next planned evaluation
    payment_plan: str = ""
    consents: dict[str, str] = field(default_factory=dict)
    fbu: str = ""


@dataclass
class _Case:
    lane: int
    referral: _Referral
    final: CaseStatus
    ids: _Ids = field(default_factory=_Ids)
    reason: ClosingReason | None = None
    finished_on: date | None = None  # closed or ended: the earliest a relapse can follow
    had_plan: bool = False


@dataclass
class _Shape:
    """How far a case gets and when: decided before anything is scheduled."""

    stage: CaseStatus  # the furthest running status it reaches
    reason: ClosingReason | None
    early: bool  # closed before support started
    outreach: bool
    stop: date  # the end of the running part: the closure, or today
    closed_on: date | None = None
    aftercare_months: int = 0
    aftercare_until: date | None = None
    ended_on: date | None = None
    end_by: str = ""  # "auto" (aftercare ran out), "hand" (aftercare ended early), "direct", ""
    judgment_on: date | None = None  # an eviction carried out: its judgment and the day itself
    evicted_on: date | None = None


@dataclass
class _Consents:
    landlord: date | None = None
    ocmw: tuple[date, date | None] | None = None  # given, withdrawn
    cgg: date | None = None
    ocmw_partner: _SavedPartner | None = None

    def ocmw_on(self, day: date) -> bool:
        if self.ocmw is None:
            return False
        given, withdrawn = self.ocmw
        return given <= day and (withdrawn is None or withdrawn > day)


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _say(referral: _Referral, text: str, **values: str) -> str:
    """A text with the tenant's title and any other {fields} in braces filled in."""
    return text.format_map(_Values(title=referral.title, Title=referral.title.capitalize(), **values))


def _next_month(day: date) -> date:
    return (day.replace(day=1) + _days(32)).replace(day=1)


class _Planner:
    """Decides each case's trajectory and puts its steps in the agenda, each on its own day."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        agenda: _Agenda,
        partners: list[_SavedPartner],
        hearing_soon: set[int],
    ) -> None:
        self.rng = rng
        self.today = today
        self.agenda = agenda
        self.hearing_soon = hearing_soon
        self.ocmws = [p for p in partners if p.spec.kind == PartnerKind.OCMW]
        self.cgg = next(p for p in partners if "CGG" in p.spec.name)
        # Things the demo should show at least once, handed out to the first cases that fit.
        self.overdue_made = False
        self.overdue_visits = 2
        self.fbu_left = [FbuStatus.GRANTED, FbuStatus.REFUSED, FbuStatus.SUBMITTED]
        self.lac_held = 2
        self.lac_planned = 1
        self.withdrawals = 1
        self.not_recorded = 1
        self.evicted_made = False
        self.aftercare_ended = False

    def _at(self, case: _Case, day: date, action: _Action) -> None:
        self.agenda.at(day, case.lane, action)

    # --- the shape of a case ---------------------------------------------------------------------------
    def _shape(self, case: _Case) -> _Shape:
        rng, today = self.rng, self.today
        referral = case.referral
        start = referral.referred_on
        eviction = referral.data.eviction_procedure
        final = case.final
        early = False
        reason: ClosingReason | None = None
        if final in RUNNING:
            stage = final
        elif final == CaseStatus.AFTERCARE:
            stage = CaseStatus.ACTIVE
            reason = rng.choices(
                (ClosingReason.GOALS_REACHED, ClosingReason.MOVED, ClosingReason.REFERRED_ON), (75, 10, 15)
            )[0]
        elif rng.random() < 0.3:
            early = True
            stage = rng.choice((CaseStatus.REFERRED, CaseStatus.OUTREACH, CaseStatus.INTAKE))
            options = [ClosingReason.NOT_STARTED, ClosingReason.MOVED, ClosingReason.REFERRED_ON]
            weights = [45, 10, 15]
            if stage == CaseStatus.OUTREACH:
                options.append(ClosingReason.NOT_REACHED)
                weights.append(30)
            reason = rng.choices(options, weights)[0]
        else:
            stage = CaseStatus.ACTIVE
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
            elif eviction and not self.evicted_made:
                reason = ClosingReason.EVICTED  # some tenants still get evicted: the demo shows one
        outreach = stage == CaseStatus.OUTREACH or (stage != CaseStatus.REFERRED and rng.random() < 0.65)
        shape = _Shape(stage, reason, early, outreach, stop=today)
        if final in RUNNING:
            return shape

        latest = today - _days(1) if final == CaseStatus.ENDED else today
        if early:
            closed_on = _fit(start + _days(rng.randint(10, 45)), start, latest)
        elif final == CaseStatus.CLOSED:
            closed_on = _fit(today - _days(rng.randint(1, 20)), min(start + _days(45), today), today)
        elif final == CaseStatus.AFTERCARE:
            shape.aftercare_months = rng.choices((3, 6), (80, 20))[0]
            wanted = add_months(today + _days(rng.randint(4, 45)), -shape.aftercare_months)
            closed_on = _fit(wanted, min(start + _days(60), today), today)
        else:
            closed_on = _fit(
                start + _days(rng.randint(150, 300)), max(start, min(start + _days(30), latest)), latest
            )
        if reason == ClosingReason.EVICTED:
            # Judgment, the announced day and the eviction itself, then the closure.
            judgment = _fit(referral.hearing + _days(rng.randint(14, 30)), referral.hearing, today)
            evicted = _fit(judgment + _days(rng.randint(25, 45)), judgment, today)
            if evicted < latest - _days(2):
                self.evicted_made = True
                shape.judgment_on, shape.evicted_on = judgment, evicted
                closed_on = _fit(evicted + _days(rng.randint(0, 10)), evicted, latest)
            else:
                reason = shape.reason = ClosingReason.TENANT_STOPPED
        shape.closed_on = shape.stop = closed_on

        if final == CaseStatus.AFTERCARE:
            shape.aftercare_until = add_months(closed_on, shape.aftercare_months)
        elif final == CaseStatus.ENDED:
            via_aftercare = (
                not early
                and reason in (ClosingReason.GOALS_REACHED, ClosingReason.MOVED, ClosingReason.REFERRED_ON)
                and (rng.random() < 0.6 or not self.aftercare_ended)
            )
            until = add_months(closed_on, 3)
            if via_aftercare and until < today - _days(1):
                shape.aftercare_months, shape.aftercare_until = 3, until
                self.aftercare_ended = True
                if rng.random() < 0.7:
                    shape.end_by, shape.ended_on = "auto", until
                else:
                    shape.end_by = "hand"
                    shape.ended_on = _fit(
                        closed_on + _days(rng.randint(30, 75)), closed_on + _days(1), until - _days(1)
                    )
            else:
                shape.end_by = "direct"
                shape.ended_on = _fit(closed_on + _days(rng.randint(0, 14)), closed_on, today)
        return shape

    def _attitude(self, case: _Case, shape: _Shape) -> Attitude | None:
        rng = self.rng
        if shape.stage == CaseStatus.REFERRED:
            return None
        if case.final == CaseStatus.OUTREACH:  # not reached yet: no one who asked for help waits that long
            return rng.choices((Attitude.AVOIDS_HELP, Attitude.ACCEPTS_VISITS, None), (40, 30, 30))[0]
        if case.referral.data.source == ReferralSource.TENANT:
            return Attitude.ASKS_FOR_HELP
        if shape.stage == CaseStatus.OUTREACH and shape.reason in (
            ClosingReason.NOT_REACHED,
            ClosingReason.NOT_STARTED,
        ):
            return Attitude.AVOIDS_HELP
        return rng.choices(
            (Attitude.ASKS_FOR_HELP, Attitude.ACCEPTS_VISITS, Attitude.AVOIDS_HELP), (30, 50, 20)
        )[0]

    # --- the whole case -------------------------------------------------------------------------------
    def plan(self, case: _Case) -> None:
        rng, today = self.rng, self.today
        referral = case.referral
        data = referral.data
        ids = case.ids

        def register(ws: Workspace) -> None:
            ids.case = ws.referrals.register(data)

        self._at(case, referral.referred_on, register)
        shape = self._shape(case)
        case.reason = shape.reason
        stop = shape.stop
        span = (stop - referral.referred_on).days
        full = shape.stage == CaseStatus.ACTIVE

        def cap(fraction: float) -> date:
            return referral.referred_on + _days(int(span * fraction))

        # The dates of the running part, squeezed into the time the case has.
        attitude = self._attitude(case, shape)
        outreach = shape.outreach
        started: date | None = None
        intake_on: date | None = None
        agreed_on: date | None = None
        if shape.stage in (CaseStatus.INTAKE, CaseStatus.ACTIVE):
            # Reaching someone who asks for help takes days, someone who avoids it weeks.
            wanted = rng.randint(2, 14)
            if outreach:
                wanted = {
                    Attitude.ASKS_FOR_HELP: rng.randint(3, 12),
                    Attitude.AVOIDS_HELP: rng.randint(21, 45),
                }.get(attitude or Attitude.ACCEPTS_VISITS, rng.randint(7, 25))
            if case.final == CaseStatus.INTAKE:
                # Still in intake: the tenant agreed only recently.
                started = _fit(
                    max(referral.referred_on + _days(wanted), today - _days(rng.randint(5, 40))),
                    referral.referred_on,
                    today,
                )
                if (started - referral.referred_on).days > 30:
                    outreach = True  # weeks of trying before the tenant agreed
                    if attitude == Attitude.ASKS_FOR_HELP:
                        attitude = Attitude.ACCEPTS_VISITS
            else:
                started = _fit(
                    referral.referred_on + _days(wanted), referral.referred_on, cap(0.3 if full else 0.6)
                )
            if full or rng.random() < (0.7 if case.final == CaseStatus.INTAKE else 0.5):
                high = today if case.final == CaseStatus.INTAKE else cap(0.4 if full else 0.85)
                intake_on = _fit(started + _days(rng.randint(0, 12)), started, high)
            if full and intake_on is not None:
                agreed_on = _fit(intake_on + _days(rng.randint(7, 24)), intake_on, cap(0.55))
        outreach_from: date | None = None
        if outreach:
            outreach_from = _fit(
                referral.referred_on + _days(rng.randint(1, 4)),
                referral.referred_on,
                min(started or stop, cap(0.15 if full else 0.4)),
            )

        hearings = self._court(case, shape, started)
        if outreach_from is not None:
            self._outreach(case, shape, outreach_from, started, attitude)
        elif attitude is not None and started is not None:
            self._at(case, started, _set_attitude(ids, attitude))
        if started is not None:
            mandate: date | None = None
            if data.source == ReferralSource.LANDLORD:
                mandate = referral.referred_on
            elif rng.random() < 0.5:
                mandate = _fit(referral.referred_on + _days(rng.randint(1, 7)), referral.referred_on, started)
            self._at(case, started, _record_start(ids, mandate, started))

        consents = _Consents()
        special: frozenset[DataCategory] = frozenset()
        if intake_on is not None:
            special = self._intake(case, attitude, intake_on, active=case.final == CaseStatus.ACTIVE)
            if rng.random() < (0.85 if full else 0.7):
                consents.landlord = intake_on
                self._consent(case, "landlord", self._landlord_consent(case, intake_on))
            if full:
                self._other_consents(case, shape, intake_on, consents, special)

        if case.final == CaseStatus.INTAKE:
            assert started is not None
            self._intake_phase(case, started, intake_on, consents, special)
        if full:
            assert intake_on is not None and agreed_on is not None
            self._support(case, shape, intake_on, agreed_on, consents, special, hearings)
        if shape.closed_on is not None:
            self._close(case, shape)
        elif case.final != CaseStatus.REFERRED and rng.random() < 0.15 and started is not None:
            self._at(
                case,
                _fit(today - _days(rng.randint(0, 20)), started, today),
                _note(ids, self._case_note(case)),
            )

    # --- reaching the tenant and the decision to start ---------------------------------------------
    def _outreach(
        self, case: _Case, shape: _Shape, first: date, started: date | None, attitude: Attitude | None
    ) -> None:
        rng, today = self.rng, self.today
        referral = case.referral
        ids = case.ids
        self._at(case, first, _start_outreach(ids, first))
        if started is not None:
            last = _fit(started - _days(rng.randint(0, 5)), first, started)
        elif case.final == CaseStatus.OUTREACH:
            last = _fit(today - _days(rng.randint(0, 10)), first, today)
        else:
            last = _fit(shape.stop - _days(rng.randint(0, 7)), first, shape.stop)
        count = {
            Attitude.ASKS_FOR_HELP: rng.randint(1, 2),
            Attitude.ACCEPTS_VISITS: rng.randint(2, 3),
            Attitude.AVOIDS_HELP: rng.randint(3, 6),
            None: rng.randint(1, 3),
        }[attitude]
        if (last - first).days > 42:
            count = max(count, min(8, 1 + (last - first).days // 14))  # persistent: keeps coming back
        count = max(1, min(count, 1 + (last - first).days // 3))  # not every day
        appointment = False
        ending: _Attempt | None = None
        if started is not None:
            ending = rng.choice(_OUTREACH_REACHED)
        elif case.final == CaseStatus.OUTREACH and (
            attitude == Attitude.ASKS_FOR_HELP or rng.random() < 0.35
        ):
            ending, appointment = _OUTREACH_REACHED[0], True
        elif shape.reason == ClosingReason.NOT_STARTED:
            ending = rng.choice(_OUTREACH_REFUSED)
        missed_count = count - 1 if ending else count
        attempts = [
            _OUTREACH_MISSED[i] for i in sorted(rng.sample(range(len(_OUTREACH_MISSED)), missed_count))
        ]
        if attempts and referral.data.source == ReferralSource.HOSPITAL:
            attempts[0] = _OUTREACH_HOSPITAL
        if ending:
            attempts.append(ending)
        days = _spaced(first, last, len(attempts))
        for day, (channel, result, note) in zip(days, attempts, strict=True):
            weekday = _WEEKDAYS_NL[_fit(day + _days(7), day, day + _days(9)).weekday()]
            text = _say(referral, note, weekday=weekday)
            self._at(case, day, _add_outreach(ids, OutreachInput(day, channel, result, text)))
        if attitude is not None:
            self._at(case, days[-1], _set_attitude(ids, attitude))
        if appointment:
            visit = _fit(today + _days(rng.randint(1, 10)), today + _days(1), today + _days(14))
            self._visit(case, days[-1], visit, "Kennismaking en intakegesprek aan huis.")

    # --- the intake --------------------------------------------------------------------------------
    def _intake(
        self, case: _Case, attitude: Attitude | None, on: date, *, active: bool
    ) -> frozenset[DataCategory]:
        rng = self.rng
        referral = case.referral
        problems = referral.data.problems
        domains: dict[LifeDomain, DomainInput] = {}
        special: set[DataCategory] = set()
        for domain in LifeDomain:
            options = _DOMAIN_NOTES[domain]
            fitting = [o for o in options if o[4] is not None and o[4] in problems]
            if fitting and rng.random() < 0.8:
                low, high, notes, category, _ = rng.choice(fitting)
            else:
                general = [o for o in options if o[4] is None]
                weights = [1 if o[3] in SPECIAL_CATEGORIES else 4 for o in general]
                low, high, notes, category, _ = rng.choices(general, weights)[0]
            domains[domain] = DomainInput(rng.randint(low, high), notes, category)
            if category in SPECIAL_CATEGORIES:
                special.add(category)
        not_recorded: set[str] = set()
        if self.not_recorded and active:
            # The tenant asked that what was said about mental well-being is not written down.
            self.not_recorded -= 1
            special.discard(domains[LifeDomain.MENTAL_WELLBEING].category)
            domains[LifeDomain.MENTAL_WELLBEING] = DomainInput()
            not_recorded.add(domain_key(LifeDomain.MENTAL_WELLBEING, "notes"))
        practical = min(
            domains[LifeDomain.ADMINISTRATION_FINANCES].rating or 3,
            domains[LifeDomain.HOUSEHOLD_TASKS].rating or 3,
        )
        intake = IntakeInput(
            held_on=on,
            domains=domains,
            housing_skills_rating=min(5, practical + rng.choice((0, 1))),
            housing_skills_notes=rng.choice(_HOUSING_SKILLS),
            own_question=rng.choice(_OWN_QUESTIONS[attitude or Attitude.ACCEPTS_VISITS]),
            services_involved=self._services_text(case, frozenset(special)),
            household_situation=_household_text(referral),
            not_recorded=not_recorded,
            team_informed_how=rng.choice((InformedHow.ORALLY, InformedHow.IN_WRITING, InformedHow.BROCHURE)),
        )
        ids = case.ids
        self._at(case, on, lambda ws: ws.engagement.save_intake(ids.case, intake))
        self._log(
            case,
            on,
            followup.ContactInput(
                on=on,
                kind=ContactKind.HOME_VISIT,
                duration=str(rng.randrange(60, 100, 5)),
                with_whom=referral.addressed,
                summary=_INTAKE_VISIT,
            ),
        )
        return frozenset(special)

    def _services_text(self, case: _Case, special: frozenset[DataCategory]) -> str:
        rng = self.rng
        referral = case.referral
        parts: list[str] = []
        if referral.service is not None:
            parts.append(referral.service.spec.name)
        if Problem.ARREARS in referral.data.problems and rng.random() < 0.5 and referral.service is None:
            parts.append(f"{rng.choice(self.ocmws).spec.name} (leefloon)")
        if DataCategory.PSYCHIATRIC in special and not any("CGG" in p for p in parts):
            parts.append("Mobiel team CGG")
        if rng.random() < 0.2:
            parts.append("Thuiszorg: poetshulp twee uur per week")
        if rng.random() < 0.1:
            parts.append("Bewindvoerder, aangesteld door de vrederechter")
        parts.append("Huisarts")
        return "; ".join(parts)

    # --- consents ----------------------------------------------------------------------------------
    def _consent(self, case: _Case, key: str, data: ConsentInput) -> None:
        ids = case.ids
        assert data.given_on is not None

        def give(ws: Workspace) -> None:
            ids.consents[key] = ws.engagement.add_consent(ids.case, data)

        self._at(case, data.given_on, give)

    def _landlord_consent(self, case: _Case, on: date) -> ConsentInput:
        categories = {DataCategory.GENERAL}
        if Problem.ARREARS in case.referral.data.problems:
            categories.add(DataCategory.FINANCIAL)
        return ConsentInput(
            recipient=ConsentRecipient.LANDLORD,
            given_on=on,
            informed_how=InformedHow.IN_WRITING,
            purpose="De afspraken over de huur en de woning opvolgen met de verhuurder.",
            categories=categories,
        )

    def _other_consents(
        self,
        case: _Case,
        shape: _Shape,
        intake_on: date,
        consents: _Consents,
        special: frozenset[DataCategory],
    ) -> None:
        rng = self.rng
        referral = case.referral
        end = min(shape.stop, self.today)
        arrears = Problem.ARREARS in referral.data.problems
        if arrears and (referral.data.source == ReferralSource.OCMW or rng.random() < 0.4):
            ocmw = (
                referral.service
                if referral.service is not None and referral.service.spec.kind == PartnerKind.OCMW
                else rng.choice(self.ocmws)
            )
            given = _fit(intake_on + _days(rng.randint(0, 21)), intake_on, end)
            withdrawn: date | None = None
            if self.withdrawals and (end - given).days >= 75:
                self.withdrawals -= 1
                withdrawn = _fit(given + _days(rng.randint(60, 70)), given + _days(1), end)
            consents.ocmw = (given, withdrawn)
            consents.ocmw_partner = ocmw
            self._consent(
                case,
                "ocmw",
                ConsentInput(
                    recipient=ConsentRecipient.ORGANISATION,
                    given_on=given,
                    informed_how=InformedHow.IN_WRITING,
                    organisation_id=ocmw.id,
                    purpose="Budgetbegeleiding en opvolging van het afbetalingsplan.",
                    categories={DataCategory.FINANCIAL, DataCategory.GENERAL},
                ),
            )
            if withdrawn is not None:
                ids = case.ids
                on = withdrawn
                self._at(case, on, lambda ws: ws.engagement.withdraw_consent(ids.consents["ocmw"], on))
        if DataCategory.PSYCHIATRIC in special and rng.random() < 0.6:
            given = _fit(intake_on + _days(rng.randint(7, 40)), intake_on, end)
            consents.cgg = given
            self._consent(
                case,
                "cgg",
                ConsentInput(
                    recipient=ConsentRecipient.ORGANISATION,
                    given_on=given,
                    informed_how=InformedHow.ORALLY,
                    organisation_id=self.cgg.id,
                    purpose="Afstemming van de begeleiding met het mobiel team.",
                    categories={DataCategory.PSYCHIATRIC, DataCategory.GENERAL},
                ),
            )

    # --- a case still in intake --------------------------------------------------------------------
    def _intake_phase(
        self,
        case: _Case,
        started: date,
        intake_on: date | None,
        consents: _Consents,
        special: frozenset[DataCategory],
    ) -> None:
        rng, today = self.rng, self.today
        ids = case.ids
        visit = _fit(today + _days(rng.randint(1, 14)), today + _days(1), today + _days(21))
        if intake_on is None:
            self._visit(case, started, visit, "Intakegesprek aan huis.")
            return
        logged = intake_on
        if rng.random() < 0.5:
            drafted = _fit(intake_on + _days(rng.randint(1, 10)), intake_on, today)
            instalment = self._instalment(case)
            goals = [g for _, g in self._goals(case, drafted, special, consents, instalment, None)]
            if rng.random() < 0.5:
                # A first idea, not yet SMART: the plan screen shows what is missing.
                goals.append(
                    GoalInput(description="Beter voor de woning zorgen.", domain=LifeDomain.HOUSEHOLD_TASKS)
                )
            plan = PlanInput(goals, self._conditions(case, instalment))
            self._at(case, drafted, lambda ws: ws.plans.save_draft(ids.case, plan))
            logged = drafted
        self._visit(case, logged, visit, "Handelingsplan bespreken en samen afspreken.")

    # --- support: plan, evaluations, contacts, arrears ---------------------------------------------------
    def _support(
        self,
        case: _Case,
        shape: _Shape,
        intake_on: date,
        agreed_on: date,
        consents: _Consents,
        special: frozenset[DataCategory],
        hearings: list[date],
    ) -> None:
        rng, today = self.rng, self.today
        ids = case.ids
        instalment = self._instalment(case)
        coming = [h for h in hearings if agreed_on + _days(7) <= h <= agreed_on + _days(150)]
        goals = self._goals(case, agreed_on, special, consents, instalment, coming[0] if coming else None)
        conditions = self._conditions(case, instalment)
        self._at(case, agreed_on, _agree(ids, goals, conditions, agreed_on))
        case.had_plan = True
        if consents.landlord is not None and consents.landlord <= agreed_on:
            self._agreement(case, agreed_on, min(shape.stop, today))
        open_evaluation = self._evaluations(case, shape, agreed_on, goals, consents, special, instalment)

        end = min(shape.stop, today)
        last = self._contacts(case, intake_on, end, consents)
        if case.final == CaseStatus.ACTIVE:
            base = last or agreed_on
            if self.overdue_visits and base < today - _days(4) and rng.random() < 0.3:
                self.overdue_visits -= 1
                missed = _fit(today - _days(rng.randint(2, 8)), base + _days(1), today - _days(1))
                self._visit(case, base, missed, rng.choice(_PLANNED_VISITS))
            elif rng.random() < 0.85:
                visit = _fit(today + _days(rng.randint(1, 20)), today + _days(1), today + _days(28))
                self._visit(case, base, visit, rng.choice(_PLANNED_VISITS))
        if shape.aftercare_until is not None and shape.closed_on is not None:
            after_end = min(shape.aftercare_until, today)
            if shape.ended_on is not None:
                after_end = min(after_end, shape.ended_on - _days(1))
            if after_end > shape.closed_on + _days(7):
                first = shape.closed_on + _days(7)
                for day in sorted(set(_spaced(first, after_end, rng.randint(1, 2)))):
                    phone = rng.random() < 0.6
                    self._log(
                        case,
                        day,
                        followup.ContactInput(
                            on=day,
                            kind=ContactKind.PHONE_CALL if phone else ContactKind.HOME_VISIT,
                            duration=str(rng.randint(5, 15) if phone else rng.randrange(30, 50, 5)),
                            with_whom=case.referral.addressed,
                            summary=_say(case.referral, rng.choice(_AFTERCARE_TALKS)),
                        ),
                    )
        self._payment_plan(case, shape, agreed_on, instalment)
        self._fbu(case, shape, agreed_on, consents)
        self._lac(case, shape, agreed_on, instalment)
        if rng.random() < 0.2:
            self._at(
                case,
                _fit(agreed_on + _days(rng.randint(5, 60)), agreed_on, end),
                _note(ids, self._case_note(case)),
            )
        if open_evaluation and shape.closed_on is not None:
            self._at(case, shape.closed_on, lambda ws: ws.evaluations.cancel(ids.evaluation))

    def _agreement(self, case: _Case, agreed_on: date, end: date) -> None:
        """Tenant and counsellor sign at the kitchen table a few days after the plan; the landlord's
        contact person signs at the office some days later, unless that day has not come yet."""
        rng, ids = self.rng, case.ids
        kitchen = agreed_on + _days(rng.randint(1, 8))
        if kitchen > end:
            return
        town = case.referral.data.municipality
        office = kitchen + _days(rng.randint(1, 12))
        seed = rng.randrange(1 << 30)
        self._at(case, kitchen, lambda ws: demo_agreements.prepare_action(ids.case)(ws))
        self._at(
            case,
            kitchen,
            lambda ws: demo_agreements.sign_action(
                ids.case, ("tenant", "co_tenant", "counsellor"), town, seed
            )(ws),
        )
        # Now and then the landlord's contact person has not come round to signing yet.
        waiting = case.final == CaseStatus.ACTIVE and rng.random() < 0.2
        if office <= end and not waiting:
            landlord_town = case.referral.landlord.spec.municipality or town
            self._at(
                case,
                office,
                lambda ws: demo_agreements.sign_action(ids.case, ("landlord",), landlord_town, seed + 1)(ws),
            )

    def _instalment(self, case: _Case) -> int:
        """A monthly instalment on the arrears: a round amount, paid off within two years."""
        wanted = self.rng.choice((50, 75, 100, 125, 150)) * 100
        arrears = case.referral.arrears_cents
        if not arrears:
            return wanted
        return min(arrears, max(wanted, -(-arrears // 24 // 500) * 500))

    def _goals(
        self,
        case: _Case,
        on: date,
        special: frozenset[DataCategory],
        consents: _Consents,
        instalment: int,
        hearing: date | None,
    ) -> list[tuple[str, GoalInput]]:
        rng = self.rng
        problems = case.referral.data.problems
        main = [
            rng.choice(_MAIN_GOALS[p])
            for p in (Problem.ARREARS, Problem.UPKEEP, Problem.NUISANCE)
            if p in problems
        ]
        rng.shuffle(main)
        kinds = main[:2]
        if hearing is not None:
            kinds.append("hearing")
        if DataCategory.PSYCHIATRIC in special:
            kinds.append("cgg")
        if DataCategory.ADDICTION in special:
            kinds.append("cad")
        if DataCategory.HEALTH in special and rng.random() < 0.5:
            kinds.append("doctor")
        if consents.ocmw is not None:
            kinds.append("mail")
        elif Problem.ARREARS in problems:
            kinds.append(rng.choice(("standing_order", "budget_request")))
        extras = ["daytime", *(["mediation"] if Problem.NUISANCE in problems else [])]
        extras = [k for k in extras if k not in kinds]
        if len(kinds) < 2 or (len(kinds) < 4 and rng.random() < 0.3):
            kinds.append(rng.choice(extras))
        landlord = consents.landlord is not None and consents.landlord <= on
        return [(kind, self._goal(case, kind, on, landlord, instalment, hearing)) for kind in kinds[:4]]

    def _goal(
        self, case: _Case, kind: str, on: date, landlord: bool, instalment: int, hearing: date | None
    ) -> GoalInput:
        referral = case.referral
        text = _GOALS[kind]
        if kind == "hearing" and hearing is not None:
            deadline = hearing
        else:
            deadline = _fit(add_months(on, text.months), on + _days(21), add_months(on, 11))
        social = referral.landlord.spec.kind != PartnerKind.PRIVATE_LANDLORD
        values = {
            "rent": _euro(referral.rent_cents),
            "instalment": _euro(instalment),
            "deadline": _nl_date(deadline),
            "hearing": _nl_date(hearing) if hearing else "",
            "Party": (
                f"De technische dienst van {referral.landlord.spec.name}"
                if social
                else "De eigenaar of zijn vakman"
            ),
        }
        return GoalInput(
            description=_say(referral, text.description, **values),
            measure=_say(referral, text.measure, **values),
            tenant_agrees=True,
            realism=_say(referral, text.realism, **values),
            deadline=deadline,
            domain=text.domain,
            actor=text.actor,
            steps=_say(referral, text.steps, **values),
            category=text.category,
            landlord_shared=text.landlords_concern and landlord,
        )

    def _conditions(self, case: _Case, instalment: int) -> list[ConditionInput]:
        referral = case.referral
        texts = [
            self.rng.choice(_CONDITIONS[p])
            for p in (Problem.ARREARS, Problem.UPKEEP, Problem.NUISANCE)
            if p in referral.data.problems
        ]
        texts.append(_CONDITION_SUPPORT)
        return [ConditionInput(_say(referral, t, instalment=_euro(instalment))) for t in texts]

    def _evaluations(
        self,
        case: _Case,
        shape: _Shape,
        agreed_on: date,
        goals: list[tuple[str, GoalInput]],
        consents: _Consents,
        special: frozenset[DataCategory],
        instalment: int,
    ) -> bool:
        """Schedule the evaluations and a second plan version where one was decided; True when a
        planned evaluation is still open when the case closes."""
        rng, today = self.rng, self.today
        referral = case.referral
        ids = case.ids
        stop = shape.stop
        running = case.final in RUNNING
        closing = not running and shape.reason == ClosingReason.GOALS_REACHED
        if not running and (stop - agreed_on).days < 14:
            return False

        def after(day: date) -> date:
            return _fit(day + _days(rng.randint(80, 100)), day + _days(60), day + _days(110))

        planned: list[date] = []
        day = agreed_on
        if running:
            while not planned or day < today:
                day = after(day)
                planned.append(day)
            held = len(planned) - 1
            if held and (not self.overdue_made or rng.random() < 0.15):
                self.overdue_made = True  # the last one's date has passed without it being held
                planned.pop()
                held -= 1
        elif closing:
            last = _fit(stop - _days(rng.randint(0, 7)), agreed_on + _days(7), stop)
            while (day := after(day)) < last - _days(20):
                planned.append(day)
            planned.append(last)
            held = len(planned)
        else:
            while day <= stop - _days(3):
                day = after(day)
                planned.append(day)
            held = len(planned) - 1

        self._at(case, agreed_on, _plan_evaluation(ids, planned[0]))
        kinds = [kind for kind, _ in goals]
        shared = {kind for kind, goal in goals if goal.landlord_shared}
        adjust = held >= 2 and rng.random() < 0.35
        landlord_contact = referral.landlord.fixed_contact()
        for index in range(held):
            planned_on = planned[index]
            coming = planned[index + 1] if index + 1 < len(planned) else None
            limit = min(stop, today) if coming is None else min(stop, today, coming - _days(1))
            held_on = _fit(planned_on + _days(rng.randint(0, 3)), planned_on, limit)
            final = closing and index == held - 1
            if final:
                mood = (80, 20, 0)
            elif index == held - 1 and shape.reason in (ClosingReason.TENANT_STOPPED, ClosingReason.EVICTED):
                mood = (10, 40, 50)
            elif index == 0:
                mood = (25, 50, 25)
            else:
                mood = (45, 40, 15)
            results = tuple(self._result(kind, mood) for kind in kinds)
            decision = EvaluationDecision.CLOSE if final else EvaluationDecision.CONTINUE
            revised_on: date | None = None
            if adjust and index == 0 and coming is not None:
                revised_on = _fit(held_on + _days(rng.randint(3, 10)), held_on + _days(1), limit)
                if not held_on < revised_on <= limit:
                    revised_on = None
                else:
                    decision = EvaluationDecision.ADJUST_PLAN
            summary = " ".join(note for kind, _, note in results if kind in shared)
            private = _say(referral, rng.choice(_EVALUATION_NOTES))
            self._at(
                case,
                held_on,
                _hold(
                    ids,
                    EvaluationInput(held_on, [], summary, private, decision, None if final else coming),
                    results,
                ),
            )
            with_landlord = bool(shared) and consents.landlord is not None
            self._log(
                case,
                held_on,
                followup.ContactInput(
                    on=held_on,
                    kind=ContactKind.LANDLORD_CONSULTATION if with_landlord else ContactKind.HOME_VISIT,
                    duration=str(rng.randrange(45, 95, 5)),
                    with_whom=(
                        f"{referral.addressed} en {landlord_contact.name} ({referral.landlord.spec.name})"
                        if with_landlord
                        else referral.addressed
                    ),
                    summary=(
                        "Evaluatie van het handelingsplan met de verhuurder: de afspraken over de woning overlopen."
                        if with_landlord
                        else _say(referral, "Evaluatie van het handelingsplan samen met {title}.")
                    ),
                ),
            )
            if revised_on is not None:
                achieved = {kind for kind, result, _ in results if result == GoalResult.ACHIEVED}
                revised = self._second_version(
                    case, kinds, achieved, revised_on, consents, special, instalment
                )
                self._at(case, revised_on, _agree_again(ids, kinds, revised, revised_on))
                kinds = [kind for kind, _ in revised]
                shared = {kind for kind, goal in revised if goal.landlord_shared}
        return not closing

    def _result(self, kind: str, mood: tuple[int, int, int]) -> tuple[str, GoalResult, str]:
        rng = self.rng
        result = rng.choices((GoalResult.ACHIEVED, GoalResult.PARTLY, GoalResult.NOT_ACHIEVED), mood)[0]
        notes = _RESULT_NOTES.get(kind, {}).get(result) or _RESULT_GENERAL[result]
        return kind, result, rng.choice(notes)

    def _second_version(
        self,
        case: _Case,
        kinds: list[str],
        achieved: set[str],
        on: date,
        consents: _Consents,
        special: frozenset[DataCategory],
        instalment: int,
    ) -> list[tuple[str, GoalInput]]:
        """The adjusted plan: reached goals and a hearing that has passed drop out, the others get a new
        deadline, and one new goal comes in."""
        problems = case.referral.data.problems
        kept = [k for k in kinds if k not in achieved and k != "hearing"]
        if not any(_GOALS[k].landlords_concern for k in kept):
            kept.insert(0, next(k for k in kinds if _GOALS[k].landlords_concern))
        candidates = ["daytime"]
        if Problem.ARREARS in problems:
            candidates.append("standing_order")
        if Problem.NUISANCE in problems:
            candidates.append("mediation")
        if Problem.UPKEEP in problems:
            candidates.extend(("cleaning", "waste"))
        new = [k for k in candidates if k not in kinds]
        if new:
            kept.append(self.rng.choice(new))
        landlord = consents.landlord is not None and consents.landlord <= on
        return [(kind, self._goal(case, kind, on, landlord, instalment, None)) for kind in kept[:4]]

    def _contacts(self, case: _Case, first: date, last: date, consents: _Consents) -> date | None:
        """Home visits, calls and consultations after the intake; returns the day of the last one."""
        rng = self.rng
        referral = case.referral
        span = (last - first).days
        if span < 10:
            return None
        low = max(10, span // 12)
        day, latest = first, None
        while True:
            day = _fit(day + _days(rng.randint(low, low + 14)), day + _days(1), day + _days(low + 17))
            if day > last:
                return latest
            kinds = [ContactKind.HOME_VISIT, ContactKind.PHONE_CALL, ContactKind.OFFICE_MEETING]
            weights = [55, 20, 4]
            if consents.landlord is not None and consents.landlord <= day:
                kinds.append(ContactKind.LANDLORD_CONSULTATION)
                weights.append(12)
            ocmw = consents.ocmw_on(day)
            cgg = consents.cgg is not None and consents.cgg <= day
            if ocmw or cgg:
                kinds.append(ContactKind.SERVICE_MEETING)
                weights.append(9)
            kind = rng.choices(kinds, weights)[0]
            with_whom = referral.addressed
            if kind == ContactKind.HOME_VISIT:
                fitting = [t for t, p in _VISITS if p is None or p in referral.data.problems]
                summary, minutes = rng.choice(fitting), rng.randrange(45, 95, 5)
            elif kind == ContactKind.PHONE_CALL:
                summary, minutes = rng.choice(_PHONE_CALLS), rng.randint(5, 20)
            elif kind == ContactKind.OFFICE_MEETING:
                summary, minutes = _OFFICE_TALK, rng.randrange(30, 50, 5)
            elif kind == ContactKind.LANDLORD_CONSULTATION:
                contact = referral.landlord.fixed_contact()
                fitting = [t for t, p in _LANDLORD_TALKS if p is None or p in referral.data.problems]
                summary = rng.choice(fitting).replace("{landlord}", contact.name)
                minutes = rng.randrange(15, 50, 5)
                with_whom = f"{contact.name} ({referral.landlord.spec.name})"
            else:
                partner = consents.ocmw_partner if ocmw and (not cgg or rng.random() < 0.6) else self.cgg
                assert partner is not None
                summary = rng.choice(_OCMW_TALKS) if partner is not self.cgg else _CGG_TALK
                minutes = rng.randrange(30, 65, 5)
                with_whom = f"{partner.fixed_contact().name} ({partner.spec.name})"
            note = _say(referral, rng.choice(_PERSONAL_NOTES)) if rng.random() < 0.08 else ""
            self._log(
                case,
                day,
                followup.ContactInput(
                    on=day,
                    kind=kind,
                    duration=str(minutes),
                    with_whom=with_whom,
                    summary=_say(referral, summary),
                    personal_note=note,
                ),
            )
            latest = day

    def _log(self, case: _Case, day: date, data: followup.ContactInput) -> None:
        ids = case.ids
        self._at(case, day, lambda ws: ws.contacts.log(ids.case, data))

    def _visit(self, case: _Case, logged_on: date, on: date, summary: str) -> None:
        """A home visit agreed on `logged_on` for the day `on`."""
        self._log(
            case,
            logged_on,
            followup.ContactInput(
                on=on,
                kind=ContactKind.HOME_VISIT,
                with_whom=case.referral.addressed,
                summary=summary,
                planned=True,
            ),
        )

    def _case_note(self, case: _Case) -> str:
        return _say(case.referral, self.rng.choice(_CASE_NOTES))

    # --- the court, the arrears, the FBU and the LAC --------------------------------------------------
    def _court(self, case: _Case, shape: _Shape, started: date | None) -> list[date]:
        """The procedure's events; returns the hearing dates."""
        rng, today = self.rng, self.today
        referral = case.referral
        if not referral.data.eviction_procedure:
            return []
        ids = case.ids
        opened = referral.referred_on
        problem = next(
            p for p in (Problem.ARREARS, Problem.UPKEEP, Problem.NUISANCE) if p in referral.data.problems
        )
        petition = _fit(opened - _days(rng.randint(5, 30)), opened - _days(40), opened)
        first = referral.hearing
        self._at(case, opened, _court_event(ids, CourtEventKind.PETITION, petition, _PETITION_NOTES[problem]))
        self._at(case, opened, _court_event(ids, CourtEventKind.HEARING, first, _HEARING_NOTE))
        hearings = [first]
        end = min(shape.stop, today)
        if shape.judgment_on is not None and shape.evicted_on is not None:
            judged, evicted = shape.judgment_on, shape.evicted_on
            self._at(case, judged, _court_event(ids, CourtEventKind.JUDGMENT, judged, _JUDGMENT_EVICTION))
            told = _fit(judged + _days(rng.randint(3, 10)), judged, evicted)
            self._at(
                case, told, _court_event(ids, CourtEventKind.EVICTION_ANNOUNCED, evicted, _ANNOUNCED_NOTE)
            )
            self._at(case, evicted, _court_event(ids, CourtEventKind.EVICTION_DONE, evicted, _DONE_NOTE))
        elif case.lane in self.hearing_soon:
            # Adjourned until the next hearing falls within two weeks from now.
            soon = _fit(today + _days(rng.randint(2, 12)), today + _days(1), today + _days(13))
            held = first
            while held < today:
                adjourned = _fit(held + _days(rng.randint(42, 70)), held + _days(28), held + _days(80))
                if adjourned >= today - _days(14):
                    adjourned = soon
                note = _POSTPONED_NOTE if held == first else _ADJOURNED_AGAIN_NOTE
                self._at(case, held, _court_event(ids, CourtEventKind.HEARING, adjourned, note))
                hearings.append(adjourned)
                held = adjourned
        elif started is not None and first <= end:
            base = first
            if rng.random() < 0.5:
                base = _fit(first + _days(rng.randint(28, 56)), first + _days(1), first + _days(70))
                self._at(case, first, _court_event(ids, CourtEventKind.HEARING, base, _POSTPONED_NOTE))
                hearings.append(base)
            judged = _fit(base + _days(rng.randint(7, 28)), base, base + _days(35))
            if judged <= end:
                text = _say(referral, _JUDGMENT_KEPT, instalment=_euro(self._instalment(case)))
                self._at(case, judged, _court_event(ids, CourtEventKind.JUDGMENT, judged, text))
        if started is not None:
            for hearing in hearings:
                if started <= hearing <= end and rng.random() < 0.6:
                    self._log(
                        case,
                        hearing,
                        followup.ContactInput(
                            on=hearing,
                            kind=ContactKind.OTHER,
                            duration=str(rng.randrange(90, 185, 15)),
                            with_whom=f"Vrederechter, {referral.addressed}, advocaat van de verhuurder",
                            summary=_say(referral, _HEARING_VISIT),
                        ),
                    )
        return hearings

    def _payment_plan(self, case: _Case, shape: _Shape, agreed_on: date, instalment: int) -> None:
        rng, today = self.rng, self.today
        referral = case.referral
        arrears = referral.arrears_cents
        if not arrears or Problem.ARREARS not in referral.data.problems or rng.random() > 0.65:
            return
        ids = case.ids
        made = _fit(agreed_on + _days(rng.randint(0, 14)), agreed_on, min(shape.stop, today))
        entry = PaymentPlanInput(
            total=format_cents(arrears),
            instalment=format_cents(instalment),
            first_due_on=_next_month(made),
        )
        terms = payment_terms(entry, made)

        def save(ws: Workspace) -> None:
            ids.payment_plan = ws.arrears.save_plan(ids.case, entry)

        self._at(case, made, save)
        paid_until = shape.ended_on or today
        stopped = shape.reason in (ClosingReason.TENANT_STOPPED, ClosingReason.EVICTED)
        if stopped:
            paid_until = shape.stop - _days(rng.randint(20, 50))
        elif shape.reason in (ClosingReason.MOVED, ClosingReason.DECEASED, ClosingReason.OTHER):
            paid_until = shape.stop
        paid_until = min(paid_until, today)
        dues = [item for item in schedule(terms) if item.due_on <= paid_until]
        missed = rng.randint(1, len(dues) - 2) if len(dues) >= 3 and rng.random() < 0.45 else None
        carry = 0
        for index, item in enumerate(dues):
            if index == missed:
                noticed = _fit(item.due_on + _days(10), item.due_on, paid_until)
                self._at(case, noticed, _mark_missed(ids, item.due_on))
                carry = item.amount_cents
                continue
            paid = _fit(item.due_on + _days(rng.randint(-4, 3)), made, paid_until)
            amount = format_cents(item.amount_cents + carry)
            carry = 0
            self._at(case, paid, _pay(ids, PaymentInput(item.due_on, paid, amount)))
        if stopped:
            after = [
                i for i in schedule(terms) if paid_until < i.due_on <= min(shape.stop, today) - _days(10)
            ]
            for item in after[:2]:
                self._at(case, item.due_on + _days(10), _mark_missed(ids, item.due_on))

    def _fbu(self, case: _Case, shape: _Shape, agreed_on: date, consents: _Consents) -> None:
        rng, today = self.rng, self.today
        months = case.referral.arrears_months
        if not self.fbu_left or months is None or not 2 <= months <= 6 or rng.random() > 0.5:
            return
        ids = case.ids
        end = min(shape.stop, today)
        status = self.fbu_left.pop(0)
        applied = _fit(agreed_on + _days(rng.randint(3, 20)), agreed_on, end)
        decided = _fit(applied + _days(rng.randint(20, 45)), applied, end)
        if status != FbuStatus.SUBMITTED and (decided - applied).days < 14:
            self.fbu_left.insert(0, status)  # no time for a decision: it is still pending
            status = FbuStatus.SUBMITTED
        applied_note, decided_note = _FBU_NOTES[status]
        data = FbuInput(
            applied_on=applied,
            arrears_months=str(months),
            support_accepted=True,
            budget_counselling=consents.ocmw is not None or status == FbuStatus.GRANTED,
            positive_budget_plan=status != FbuStatus.REFUSED,
            notes=applied_note,
        )

        def apply(ws: Workspace) -> None:
            ids.fbu = ws.arrears.add_fbu(ids.case, data).id

        self._at(case, applied, apply)
        if status != FbuStatus.SUBMITTED:
            outcome = replace(data, status=status, decided_on=decided, notes=f"{applied_note} {decided_note}")
            self._at(case, decided, lambda ws: ws.arrears.edit_fbu(ids.fbu, outcome))

    def _lac(self, case: _Case, shape: _Shape, agreed_on: date, instalment: int) -> None:
        rng, today = self.rng, self.today
        referral = case.referral
        arrears = referral.arrears_cents
        if not arrears or Problem.ARREARS not in referral.data.problems:
            return
        ids = case.ids
        if self.lac_held and rng.random() < 0.25:
            self.lac_held -= 1
            on = _fit(agreed_on + _days(rng.randint(10, 40)), agreed_on, min(shape.stop, today))
            part = arrears * rng.randint(30, 50) // 100 // 5000 * 5000 or arrears // 2
            decision = _say(
                referral, rng.choice(_LAC_DECISIONS), part=_euro(part), instalment=_euro(instalment)
            )
            meeting = LacInput(on, decision)
            self._at(case, on, lambda ws: ws.arrears.add_lac(ids.case, meeting))
        elif case.final == CaseStatus.ACTIVE and self.lac_planned and rng.random() < 0.3:
            self.lac_planned -= 1
            planned = LacInput(_fit(today + _days(rng.randint(5, 25)), today + _days(1), today + _days(30)))
            logged = _fit(today - _days(rng.randint(0, 10)), agreed_on, today)
            self._at(case, logged, lambda ws: ws.arrears.add_lac(ids.case, planned))

    # --- closure, aftercare, end ---------------------------------------------------------------------
    def _close(self, case: _Case, shape: _Shape) -> None:
        rng = self.rng
        ids = case.ids
        closed_on = shape.closed_on
        reason = shape.reason
        assert closed_on is not None and reason is not None
        if reason == ClosingReason.NOT_STARTED:
            pool = (
                _NOT_STARTED_MOTIVATIONS[1:]
                if shape.stage == CaseStatus.REFERRED
                else _NOT_STARTED_MOTIVATIONS
            )
            if Problem.ARREARS in case.referral.data.problems:
                pool = (*pool, _ARREARS_PAID)
            motivation = rng.choice(pool)
            self._at(
                case, closed_on, lambda ws: ws.engagement.decide_not_to_start(ids.case, motivation, closed_on)
            )
        else:
            closure = self._closure(case, shape, closed_on, reason)
            self._at(case, closed_on, lambda ws: ws.closure.close(ids.case, closure))
        months = shape.aftercare_months
        if months:
            self._at(case, closed_on, lambda ws: ws.closure.start_aftercare(ids.case, months))
        ended_on = shape.ended_on
        if shape.end_by == "auto" and shape.aftercare_until is not None:
            self._at(case, shape.aftercare_until + _days(1), lambda ws: ws.closure.end_due_aftercare())
        elif shape.end_by == "hand" and ended_on is not None:
            self._at(case, ended_on, lambda ws: ws.closure.end_aftercare(ids.case))
        elif shape.end_by == "direct" and ended_on is not None:
            self._at(case, ended_on, lambda ws: ws.closure.end_without_aftercare(ids.case))
        case.finished_on = ended_on or closed_on

    def _closure(self, case: _Case, shape: _Shape, closed_on: date, reason: ClosingReason) -> ClosureInput:
        rng = self.rng
        data = case.referral.data
        eviction = data.eviction_procedure
        referred = rng.choice(_REFERRED_TO) if reason == ClosingReason.REFERRED_ON else ""
        motivation = ""
        if reason == ClosingReason.OTHER:
            motivation = rng.choice(_OTHER_MOTIVATIONS)
        elif reason == ClosingReason.EVICTED:
            motivation = rng.choice(_EVICTED_MOTIVATIONS)
        if shape.early:
            goals = GoalsAchieved.NO
            avoided = reason != ClosingReason.NOT_REACHED  # never reached: no result to count
            if reason == ClosingReason.MOVED:
                housing = _HOUSING_EARLY_MOVED
            elif reason == ClosingReason.REFERRED_ON:
                housing = f"Woont nog in de woning; verder opgevolgd door {referred}."
            else:
                housing = _HOUSING_AFTER[reason][0]
        else:
            goals = {
                ClosingReason.GOALS_REACHED: GoalsAchieved.YES
                if rng.random() < 0.85
                else GoalsAchieved.PARTLY,
                ClosingReason.TENANT_STOPPED: rng.choice((GoalsAchieved.NO, GoalsAchieved.PARTLY)),
                ClosingReason.EVICTED: GoalsAchieved.NO,
            }.get(reason, GoalsAchieved.PARTLY)
            # A tenant who stopped with the arrears still open is not counted as a housing result.
            avoided = reason != ClosingReason.EVICTED and (
                reason != ClosingReason.TENANT_STOPPED or (not eviction and rng.random() < 0.4)
            )
            if reason == ClosingReason.GOALS_REACHED and eviction:
                housing = _HOUSING_EVICTION_STOPPED
            else:
                housing = _say(
                    case.referral,
                    rng.choice(_HOUSING_AFTER[reason]),
                    town=data.municipality,
                    referred=referred,
                )
        return ClosureInput(
            closed_on=closed_on,
            reason=reason,
            motivation=motivation,
            goals_achieved=goals,
            eviction_avoided=avoided,
            housing_situation=housing,
            referred_to=referred,
        )

    # --- relapse ------------------------------------------------------------------------------------
    def relapse(self, old: _Case, new: _Case, index: int) -> None:
        """Reopen a finished case as a new episode linked to it, with a fresh referral."""
        rng, today = self.rng, self.today
        assert old.finished_on is not None
        referral = old.referral
        ids = new.ids
        day = _fit(today - _days(rng.randint(0, 12)), old.finished_on + _days(1), today)
        months = rng.randint(2, 3)
        referrer = referral.landlord.fixed_contact()
        text, problems = rng.choice(_RELAPSE_STEPS)
        next_date = today + _days(rng.randint(2, 14))

        def reopen(ws: Workspace) -> None:
            ids.case = ws.referrals.reopen(old.ids.case)
            earlier = ws.referrals.load(ids.case).referral
            ws.referrals.update(
                ids.case,
                replace(
                    earlier,
                    referral_date=day,
                    source=ReferralSource.LANDLORD,
                    referrer_name=f"{referrer.name} ({referrer.role.lower()})",
                    referrer_contact=referrer.phone or referrer.email,
                    problems=set(problems),
                    eviction_procedure=False,
                    arrears_amount=format_cents(referral.rent_cents * months),
                    arrears_months=str(months),
                    steps_taken=_fill(text, {"months": str(months)}),
                    question=_RELAPSE_QUESTION,
                    next_date=next_date,
                ),
            )

        self._at(new, day, reopen)
        if index % 3 == 1:
            first = _fit(day + _days(rng.randint(0, 3)), day, today)
            self._at(new, first, _start_outreach(ids, first))
            letter = _OUTREACH_MISSED[0]
            note = _say(referral, letter[2], weekday=_WEEKDAYS_NL[rng.randint(0, 4)])
            self._at(new, first, _add_outreach(ids, OutreachInput(first, letter[0], letter[1], note)))
        elif index % 3 == 2:
            started = _fit(day + _days(rng.randint(1, 5)), day, today)
            self._at(new, started, _record_start(ids, day, started))
            if old.had_plan:
                self._at(new, started, lambda ws: ws.plans.start_from_previous(ids.case))
            visit = _fit(today + _days(rng.randint(1, 10)), today + _days(1), today + _days(14))
            self._visit(new, started, visit, "Intakegesprek aan huis; het vorige handelingsplan meenemen.")


# Small step builders: each binds its own values, so a step scheduled in a loop keeps its own.
def _set_attitude(ids: _Ids, attitude: Attitude) -> _Action:
    return lambda ws: ws.engagement.set_attitude(ids.case, attitude)


def _start_outreach(ids: _Ids, on: date) -> _Action:
    return lambda ws: ws.engagement.start_outreach(ids.case, on)


def _add_outreach(ids: _Ids, data: OutreachInput) -> _Action:
    return lambda ws: ws.engagement.add_outreach(ids.case, data)


def _record_start(ids: _Ids, mandate: date | None, agreed: date) -> _Action:
    return lambda ws: ws.engagement.record_start(ids.case, mandate, agreed)


def _note(ids: _Ids, text: str) -> _Action:
    return lambda ws: ws.contacts.add_note(ids.case, text)


def _court_event(ids: _Ids, kind: CourtEventKind, on: date, notes: str) -> _Action:
    return lambda ws: ws.court.add(ids.case, CourtEventInput(kind, on, notes))


def _mark_missed(ids: _Ids, due_on: date) -> _Action:
    return lambda ws: ws.arrears.mark_missed(ids.payment_plan, due_on)


def _pay(ids: _Ids, data: PaymentInput) -> _Action:
    return lambda ws: ws.arrears.record_payment(ids.payment_plan, data)


def _plan_evaluation(ids: _Ids, on: date) -> _Action:
    def plan(ws: Workspace) -> None:
        ids.evaluation = ws.evaluations.plan(ids.case, on)

    return plan


def _agree(
    ids: _Ids, goals: list[tuple[str, GoalInput]], conditions: list[ConditionInput], on: date
) -> _Action:
    def agree(ws: Workspace) -> None:
        view = ws.plans.agree(ids.case, PlanInput([g for _, g in goals], conditions), agreed_on=on)
        ids.goals = {kind: goal.id for (kind, _), goal in zip(goals, view.goals, strict=True)}

    return agree


def _agree_again(ids: _Ids, kinds: list[str], goals: list[tuple[str, GoalInput]], on: date) -> _Action:
    """Agree the draft an evaluation opened: copied goals keep their identity, dropped ones go."""

    def agree(ws: Workspace) -> None:
        draft = ws.plans.current(ids.case)
        assert draft is not None
        copies = {kind: goal.id for kind, goal in zip(kinds, draft.goals, strict=True)}
        revised = [replace(goal, id=copies.get(kind)) for kind, goal in goals]
        conditions = [ConditionInput(c.text, c.id) for c in draft.conditions]
        view = ws.plans.agree(ids.case, PlanInput(revised, conditions), agreed_on=on)
        ids.goals = {kind: goal.id for (kind, _), goal in zip(goals, view.goals, strict=True)}

    return agree


def _hold(ids: _Ids, data: EvaluationInput, results: tuple[tuple[str, GoalResult, str], ...]) -> _Action:
    def hold(ws: Workspace) -> None:
        data.results = [GoalResultInput(ids.goals[kind], result, notes) for kind, result, notes in results]
        recorded = ws.evaluations.record(ids.evaluation, data)
        ids.evaluation = recorded.next_evaluation_id or ""

    return hold


def _household_text(referral: _Referral) -> str:
    members = referral.data.household
    year = referral.referred_on.year
    partner = next((m for m in members if m.relation == Relation.PARTNER), None)
    ages = sorted(year - int(m.birth_year) for m in members if m.relation == Relation.CHILD and m.birth_year)
    kids = ""
    if ages:
        listed = " en ".join(
            [", ".join(str(a) for a in ages[:-1]), str(ages[-1])] if len(ages) > 1 else [str(ages[0])]
        )
        kids = f"één kind ({listed} jaar)" if len(ages) == 1 else f"{len(ages)} kinderen ({listed} jaar)"
    if partner is not None and kids:
        return f"Gezin: partner {partner.first_name} en {kids}."
    if partner is not None:
        return f"Woont samen met partner {partner.first_name}."
    if kids:
        return f"Alleenstaande {'moeder' if referral.person.female else 'vader'} met {kids}."
    if any(m.relation == Relation.PARENT for m in members):
        return "Woont samen met de moeder."
    return "Woont alleen."


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


def _nobody_to_ask(_passphrase: str) -> None:
    return None


def populate_demo(workspace: Workspace, *, seed: int = 2026, cases: int = 60) -> None:
    """Fill a freshly set-up profile with a fictional partner directory and `cases` referrals, each
    taken as far along its trajectory as its status says.

    Statuses cover the whole trajectory, older referrals being further along, and a few finished
    cases are reopened as linked episodes (on top of `cases`). Every step goes through the public
    services on the day it happened (the services run on a clock moved back to that day), so dates,
    status history, outbox and audit trail read as if a counsellor had typed it all in over the past
    months. Deterministic for a given seed and day.
    """
    if workspace.partners.summaries():
        raise RuleViolation("demo_profile_not_empty")
    rng = random.Random(seed)
    today = workspace.today()
    dates = sorted(_weekday(today - timedelta(days=rng.randint(0, _HISTORY_DAYS))) for _ in range(cases))
    # Older referrals tend to be further along: rank by age plus noise, then hand out statuses in order.
    by_progress = sorted(range(cases), key=lambda i: (today - dates[i]).days + rng.uniform(-60, 60))
    finals: list[CaseStatus] = [CaseStatus.REFERRED] * cases
    position = 0
    for status, count in zip(_ORDER, _spread(cases, _WEIGHTS), strict=True):
        for index in by_progress[position : position + count]:
            finals[index] = status
        position += count

    clock = _TimeMachine(workspace.clock, today)
    # The fictional history is written by the program, not signed by anyone at a laptop: there is no
    # one whose passphrase the signatures could ask for.
    past = Workspace(workspace.store, clock, confirm=_nobody_to_ask)
    clock.go(_weekday((dates[0] if dates else today) - timedelta(days=30)))
    partners = _save_directory(past)
    builder = _Builder(rng, today, partners)
    story = [
        _Case(lane, builder.referral(day, final), final)
        for lane, (day, final) in enumerate(zip(dates, finals, strict=True))
    ]
    # A couple of running cases get a hearing within the next two weeks (the court banner's case).
    due = [
        case.lane
        for case in story
        if case.referral.data.eviction_procedure
        and case.final in RUNNING
        and case.referral.hearing <= today + timedelta(days=13)
    ]
    agenda = _Agenda()
    planner = _Planner(rng, today, agenda, partners, set(rng.sample(due, min(2, len(due)))))
    for case in story:
        planner.plan(case)

    reopenable = [
        case
        for case in story
        if case.final in (CaseStatus.CLOSED, CaseStatus.ENDED)
        and case.reason not in (ClosingReason.DECEASED, ClosingReason.MOVED, ClosingReason.EVICTED)
        and case.finished_on is not None
        and case.finished_on <= today - timedelta(days=20)
    ]
    reopenable.sort(key=lambda case: 0 if case.reason == ClosingReason.GOALS_REACHED else 1)
    relapses = max(3, cases // 20) if cases >= 10 else min(1, len(reopenable))
    chosen = rng.sample(reopenable[: max(relapses, len(reopenable) // 2)], min(relapses, len(reopenable)))
    chosen.sort(key=lambda case: case.had_plan)  # the third episode starts from the earlier plan
    for index, old in enumerate(chosen):
        planner.relapse(old, _Case(cases + index, old.referral, CaseStatus.REFERRED), index)

    agenda.run(clock, past)
