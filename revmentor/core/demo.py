"""A believable demo organisation, generated the same way every time (fixed random seed)."""

from __future__ import annotations

import csv
import io
import random

from revmentor.people.importing import COLUMNS

FIRST_NAMES = (
    "Sanne",
    "Daan",
    "Emma",
    "Lars",
    "Fleur",
    "Bram",
    "Julia",
    "Sem",
    "Lotte",
    "Thijs",
    "Anouk",
    "Jesse",
    "Iris",
    "Ruben",
    "Noor",
    "Milan",
    "Eva",
    "Luuk",
    "Sophie",
    "Stijn",
    "Femke",
    "Niels",
    "Maud",
    "Joost",
    "Ilse",
    "Mohamed",
    "Fatima",
    "Yusuf",
    "Aisha",
    "Priya",
    "Arjun",
    "Mei",
    "Wei",
    "Lucas",
    "Olivia",
    "Mateo",
    "Camila",
    "Kwame",
    "Amara",
    "Sven",
    "Ingrid",
    "Tomasz",
    "Agnieszka",
    "Elif",
    "Emre",
    "Chiara",
    "Luca",
    "Sofia",
    "Hiroshi",
    "Yuki",
    "Ana",
    "João",
)
LAST_NAMES = (
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "Kok",
    "Jacobs",
    "El Amrani",
    "Yılmaz",
    "Kaya",
    "Nguyen",
    "Patel",
    "Sharma",
    "Chen",
    "Wang",
    "Silva",
    "Santos",
    "García",
    "Rossi",
    "Kowalski",
    "Nowak",
    "Müller",
    "Schmidt",
    "Andersen",
    "Mensah",
    "Okafor",
    "Tanaka",
)
DEPARTMENTS: dict[str, tuple[str, ...]] = {
    "Marketing": ("Digital", "Brand"),
    "Sales": ("Retail", "Business"),
    "Customer Service": ("Contact Centre", "Quality"),
    "IT": ("Platform", "Data"),
    "Finance": ("Control", "Treasury"),
    "HR": ("Talent", "Learning"),
    "Legal": ("Contracts",),
    "Operations": ("Logistics", "Facilities"),
    "Product": ("Mobile", "Web"),
    "Communications": ("Internal", "Press"),
    "Risk & Compliance": ("Audit",),
}
LOCATIONS = ("Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Groningen")
# The demo file has exactly the columns the import expects.
HEADER = COLUMNS


def _email(name: str, employee_id: str) -> str:
    ascii_name = (
        name.lower()
        .replace("ı", "i")
        .replace("ã", "a")
        .replace("í", "i")
        .replace("é", "e")
        .replace("ü", "u")
        .replace(" ", ".")
    )
    return f"{ascii_name}.{employee_id.lower()}@demo.example.org"


def demo_people_rows(seed: int = 7) -> list[dict[str, str]]:
    """About 300 people in 12 departments (with sub-departments) and 5 levels."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    counter = iter(range(1001, 100000))

    def person(department: str, manager: str, title: str, grade: int) -> str:
        employee_id = f"E{next(counter)}"
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        languages = (
            "nl;en" if rng.random() < 0.8 else rng.choice(("en", "en;de", "nl;en;fr", "en;tr"))
        )
        rows.append(
            {
                "employee_id": employee_id,
                "name": name,
                "email": _email(name, employee_id),
                "department": department,
                "manager_id": manager,
                "job_title": title,
                "grade": str(grade),
                "languages": languages,
                "location": rng.choice(LOCATIONS),
                "time_zone": "Europe/Amsterdam",
                "external": "no",
                "institution": "",
            }
        )
        return employee_id

    ceo = person("Executive Board", "", "Chief Executive Officer", 10)
    for _ in range(2):
        person("Executive Board", ceo, "Executive Assistant", 4)
    for department, teams in DEPARTMENTS.items():
        director = person(department, ceo, f"Director {department}", 9)
        for team in teams:
            path = f"{department}/{team}"
            manager = person(path, director, f"Manager {team}", 7)
            for _ in range(rng.randint(2, 3)):
                lead = person(path, manager, f"Team lead {team}", 5)
                for _ in range(rng.randint(3, 6)):
                    grade = rng.choice((1, 2, 2, 3, 3, 4))
                    title = (
                        "Trainee"
                        if grade == 1
                        else ("Junior specialist" if grade <= 2 else "Specialist")
                    )
                    person(path, lead, f"{title} {team}", grade)
    return rows


def rows_to_csv(rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER)
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
