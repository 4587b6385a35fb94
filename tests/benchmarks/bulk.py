"""Fill a profile with many fictional cases fast, straight through the store (benchmarks only).

Going through the referral service would take minutes for 50,000 cases and measure the wrong thing;
the rows written here have the same shape the services write.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta

from sqlalchemy import insert

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.store.models import Case, Client, Partner, Tenancy
from caseworker_desktop.store.profile import OpenStore

FIRST = [
    "Jan",
    "Els",
    "Karim",
    "Hélène",
    "Ayşe",
    "Piet",
    "Noor",
    "Mehmet",
    "Sofie",
    "Tomasz",
    "Fatima",
    "Wout",
    "Lotte",
    "Youssef",
    "Marie",
    "Bram",
    "Ilse",
    "Dirk",
    "Nadia",
    "Jonas",
]
LAST = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "Dubois",
    "El Amrani",
    "Yilmaz",
    "Kowalski",
    "Vermeulen",
    "Ünal",
    "Lambert",
    "Dumont",
]
STREETS = [
    "Kerkstraat",
    "Stationsstraat",
    "Molenstraat",
    "Schoolstraat",
    "Nieuwstraat",
    "Dorpsstraat",
    "Kouter",
    "Lindelaan",
    "Brugsesteenweg",
    "Leopoldlaan",
]
TOWNS = [
    ("9000", "Gent"),
    ("2000", "Antwerpen"),
    ("3000", "Leuven"),
    ("8000", "Brugge"),
    ("2800", "Mechelen"),
    ("9300", "Aalst"),
    ("8500", "Kortrijk"),
    ("3500", "Hasselt"),
]


def fill(store: OpenStore, cases: int, seed: int = 7, batch: int = 5000) -> None:
    rng = random.Random(seed)
    now = datetime(2026, 11, 24, 9, 0)
    statuses = list(CaseStatus)
    with store.engine.begin() as conn:
        landlords = []
        for n in range(40):
            pid = str(uuid.uuid4())
            landlords.append(pid)
            conn.execute(
                insert(Partner),
                [
                    {
                        "id": pid,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                        "author": "bench",
                        "scope": "care_team",
                        "deleted": False,
                        "partner_kind": "shm",
                        "name": f"Woonmaatschappij Bench {n}",
                        "street": "",
                        "postcode": "",
                        "municipality": "",
                        "phone": "",
                        "email": "",
                    }
                ],
            )
        for start in range(0, cases, batch):
            clients, files, tenancies = [], [], []
            for n in range(start, min(start + batch, cases)):
                cid, kid = str(uuid.uuid4()), str(uuid.uuid4())
                postcode, town = rng.choice(TOWNS)
                common = {
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                    "author": "bench",
                    "scope": "care_team",
                    "deleted": False,
                }
                clients.append(
                    {
                        **common,
                        "id": cid,
                        "first_name": rng.choice(FIRST),
                        "last_name": rng.choice(LAST),
                        "national_number": "",
                        "birth_date": None,
                        "phone": "",
                        "email": "",
                        "street": rng.choice(STREETS),
                        "house_number": str(rng.randint(1, 250)),
                        "box": "",
                        "postcode": postcode,
                        "municipality": town,
                    }
                )
                referred = date(2026, 11, 24) - timedelta(days=rng.randint(0, 900))
                files.append(
                    {
                        **common,
                        "id": kid,
                        "number": f"B-{n:06d}",
                        "client_id": cid,
                        "status": rng.choice(statuses).value,
                        "counsellor_id": "bench",
                        "counsellor_name": "Bench",
                        "previous_case_id": None,
                        "referral_date": referred,
                        "next_date": referred + timedelta(days=rng.randint(20, 200)),
                        "closing_reason": None,
                        "status_changed_at": now,
                    }
                )
                tenancies.append(
                    {
                        **common,
                        "id": str(uuid.uuid4()),
                        "case_id": kid,
                        "landlord_id": rng.choice(landlords),
                        "landlord_contact_id": None,
                        "monthly_rent_cents": rng.randint(250, 900) * 100,
                        "arrears_cents": None,
                        "arrears_months": None,
                    }
                )
            conn.execute(insert(Client), clients)
            conn.execute(insert(Case), files)
            conn.execute(insert(Tenancy), tenancies)
