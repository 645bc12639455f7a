"""Benchmark: bounded uploads — time and peak memory of big and hostile files (not a timed test).

Run with `.venv/bin/python bench/uploads.py`. Each case runs in a new process (so its peak
resident memory is its own) against a throw-away SQLite database unless DATABASE_URL is set:

- the 118 MB CSV of the issue, posted to the import page as a browser would (a multipart body
  streamed from disk through Django's WSGI handler, with a logged-in program manager);
- a 10 MB CSV (the default size limit) of 100,000 people, read by the task up to the row cap;
- a 50,000-person CSV (the row cap), read and checked by the task as it would be for a preview;
- an .xlsx zip bomb (a small file whose sheet unpacks to 600 MB of XML), through the import page
  and through the reader the task uses.

Peak memory includes the interpreter with Django loaded (the "baseline" row) and, for the
requests, every view module (the matching engine's NumPy, SciPy and Numba among them: the
"web baseline" row).
"""

from __future__ import annotations

import io
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_OWN_WORK = not os.environ.get("BENCH_UPLOADS_DIR")
WORK = Path(os.environ.get("BENCH_UPLOADS_DIR") or tempfile.mkdtemp(prefix="revmentor-uploads-"))
os.environ["BENCH_UPLOADS_DIR"] = str(WORK)
os.environ.setdefault("DATABASE_URL", f"sqlite:///{WORK}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "revmentor.settings")

HEADER = b"employee_id,name,email,department,manager_id,job_title,grade,languages,location,time_zone,external,institution\r\n"
BOUNDARY = "benchboundary7MA4YWxkTrZu0gW"


def _person_line(index: int) -> bytes:
    return (
        f"B{index:07d},Person {index},p{index}@bench.example.org,Department {index % 12}/Team "
        f"{index % 8},,Role,5,nl;en,Utrecht,Europe/Amsterdam,no,\r\n"
    ).encode()


def _csv_file(path: Path, *, people: int = 0, megabytes: int = 0) -> None:
    with path.open("wb") as out:
        out.write(HEADER)
        index = 0
        while (people and index < people) or (megabytes and out.tell() < megabytes * 1024 * 1024):
            batch = min(1000, people - index) if people else 1000
            out.write(b"".join(_person_line(index + i) for i in range(batch)))
            index += batch


def _zip_bomb(path: Path, unpacked_mb: int) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["employee_id", "name"])
    plain_buffer = io.BytesIO()
    workbook.save(plain_buffer)
    plain = zipfile.ZipFile(plain_buffer)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for info in plain.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(info, plain.read(info))
                continue
            with bomb.open(info.filename, "w") as out:
                out.write(
                    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                    b'spreadsheetml/2006/main"><sheetData>'
                )
                chunk = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 20_000
                for _ in range(unpacked_mb * 1024 * 1024 // len(chunk)):
                    out.write(chunk)
                out.write(b"</sheetData></worksheet>")


def _multipart(path: Path, upload: Path, file_name: str) -> None:
    with path.open("wb") as out, upload.open("rb") as source:
        out.write(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="{file_name}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        )
        while chunk := source.read(1024 * 1024):
            out.write(chunk)
        out.write(f"\r\n--{BOUNDARY}--\r\n".encode())


def prepare() -> None:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    _csv_file(WORK / "118mb.csv", megabytes=118)
    _csv_file(WORK / "10mb.csv", megabytes=10)
    _csv_file(WORK / "50k.csv", people=50_000)
    _zip_bomb(WORK / "bomb.xlsx", 600)
    _csv_file(WORK / "small.csv", people=3)
    _multipart(WORK / "small.body", WORK / "small.csv", "small.csv")
    _multipart(WORK / "118mb.body", WORK / "118mb.csv", "118mb.csv")
    _multipart(WORK / "bomb.body", WORK / "bomb.xlsx", "bomb.xlsx")


def _post(body: Path) -> tuple[int, str]:
    """POST a multipart body from disk to the import page through Django's WSGI handler."""
    from django.contrib.auth import get_user_model
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import Client

    User = get_user_model()
    user = User.objects.filter(email="bench-pm@example.org").first() or User.objects.create_user(
        "bench-pm@example.org", None, full_name="Bench", role="program_manager"
    )
    client = Client()
    client.force_login(user)
    session = client.cookies["sessionid"].value
    csrf = "b" * 32
    status: list[str] = []
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/organisation/import/",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "CONTENT_TYPE": f"multipart/form-data; boundary={BOUNDARY}",
        "CONTENT_LENGTH": str(body.stat().st_size),
        "HTTP_COOKIE": f"sessionid={session}; csrftoken={csrf}",
        "HTTP_X_CSRFTOKEN": csrf,
        "HTTP_REFERER": "http://127.0.0.1/organisation/import/",
        "wsgi.errors": sys.stderr,
    }
    with body.open("rb") as stream:
        environ["wsgi.input"] = stream

        def start_response(code: str, _headers: Any, _exc_info: Any = None) -> Any:
            status.append(code)
            return sys.stdout.buffer.write

        chunks = WSGIHandler()(environ, start_response)
        page = b"".join(chunks).decode()
    refusal = "refused: size" if "files up to" in page else ""
    refusal = refusal or ("refused: unpacked size" if "unpacks to" in page else "")
    return int(status[0].split()[0]), refusal or "not refused"


def run_case(case: str) -> dict[str, object]:
    import django

    django.setup()
    from revmentor.people.importing import build_plan

    started = time.perf_counter()
    if case == "baseline":
        outcome = "Django loaded, nothing read"
    elif case == "web-small":
        code, what = _post(WORK / "small.body")
        outcome = f"{code}, {'preview stored' if code == 302 else what}"
    elif case == "web-118mb":
        code, what = _post(WORK / "118mb.body")
        outcome = f"{code}, {what}"
    elif case == "web-bomb":
        code, what = _post(WORK / "bomb.body")
        # Over UPLOAD_BACKGROUND_KB: stored unread and handed to the task (the next row).
        outcome = f"{code}, {'handed to the task' if code == 302 else what}"
    else:
        name = {"task-10mb": "10mb.csv", "task-50k": "50k.csv", "task-bomb": "bomb.xlsx"}[case]
        content = (WORK / name).read_bytes()
        started = time.perf_counter()
        plan = build_plan(name, content)
        if plan.problems:
            outcome = f"refused: {plan.problems[0].message[:60]}…"
        else:
            outcome = f"{len(plan.creates)} people checked"
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": case, "seconds": elapsed, "peak_mb": peak_mb, "outcome": outcome}


CASES = [
    ("baseline", "baseline (interpreter and Django)"),
    ("web-small", "web baseline: a 3-person CSV posted to the import page"),
    ("web-118mb", "118 MB CSV posted to the import page"),
    ("task-10mb", "10 MB CSV (100,000 people) read by the task"),
    ("task-50k", "50,000-person CSV (5 MB) read and checked by the task"),
    ("web-bomb", "xlsx zip bomb (600 MB of XML) posted to the import page"),
    ("task-bomb", "xlsx zip bomb read by the task's reader"),
]


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        print(json.dumps(run_case(sys.argv[2])))
        return
    try:
        _measure_all()
    finally:
        if _OWN_WORK:
            shutil.rmtree(WORK, ignore_errors=True)  # about 260 MB of generated files


def _measure_all() -> None:
    prepare()
    sizes = {
        "118mb.csv": (WORK / "118mb.csv").stat().st_size,
        "10mb.csv": (WORK / "10mb.csv").stat().st_size,
        "50k.csv": (WORK / "50k.csv").stat().st_size,
        "bomb.xlsx": (WORK / "bomb.xlsx").stat().st_size,
    }
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    print(
        "files: " + ", ".join(f"{name} {size / 1024 / 1024:.1f} MB" for name, size in sizes.items())
    )
    print()
    print("| case | seconds | peak MB | outcome |")
    print("|---|---|---|---|")
    for case, label in CASES:
        result = subprocess.run(
            [sys.executable, __file__, "--case", case],
            check=True,
            capture_output=True,
            text=True,
            env=os.environ,
        )
        data = json.loads(result.stdout.strip().splitlines()[-1])
        print(f"| {label} | {data['seconds']:.2f} | {data['peak_mb']:.0f} | {data['outcome']} |")


if __name__ == "__main__":
    main()
