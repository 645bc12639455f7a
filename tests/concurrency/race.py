"""Helpers for races: calls released at the same moment, an HTTP visitor, and the pairs and
programs they race over."""

from __future__ import annotations

import http.client
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from django.db import connections
from django.test import Client

from revmentor.accounts.models import User
from revmentor.enrolment.models import Participant
from revmentor.enrolment.tests.factories import recruiting_program
from revmentor.matching.models import MatchingRun, Proposal
from revmentor.mentorships.tests import factories
from revmentor.programs.models import Program, Status


def at_once(*calls: Callable[[], Any]) -> list[Any]:
    """Run each call in its own thread, all released together; what each returned or raised."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int, call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[index] = call()
        except Exception as error:
            results[index] = error
        finally:
            # Each thread has its own connection; the test database cannot be dropped while open.
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


@dataclass(frozen=True)
class Page:
    status: int  # of the POST itself: 302 when the service ran, 200 for a form shown again
    body: str  # the page shown in the end (after the redirect), with its messages


CSRF = "c" * 32  # the live server checks CSRF; a token equal to the cookie's secret passes


class Visitor:
    """A logged-in browser without a browser: its own session and cookies, one request at a time
    (give each thread its own visitor, or their messages get mixed up)."""

    def __init__(self, live_server: Any, user: User) -> None:
        client = Client()
        client.force_login(user)
        self.cookies = {"sessionid": client.cookies["sessionid"].value, "csrftoken": CSRF}
        url = urllib.parse.urlsplit(live_server.url)
        self.host, self.port = url.hostname or "localhost", url.port or 80

    def _send(self, method: str, path: str, body: str = "") -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=120)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if method == "POST":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response

    def post(self, path: str, data: dict[str, str]) -> Page:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": CSRF})
        response = self._send("POST", path, body)
        status = response.status
        if status == 302:
            location = urllib.parse.urlsplit(response.headers["Location"])
            response.read()
            response = self._send("GET", location.path)
        return Page(status=status, body=response.read().decode())


class PollingWorker:
    """The database task worker (`manage.py db_worker`) in a thread, polling without pause, as
    `make run` starts it beside the web server (the tasks backend must be the database one)."""

    def __init__(self) -> None:
        from django_tasks_db.management.commands.db_worker import Worker

        self.worker = Worker(
            queue_names=["*"],
            interval=0.001,
            batch=False,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="test-worker",
            excluded_queue_names=[],
        )
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        try:
            self.worker.run()
        except BaseException as error:  # kept, so the test sees it rather than losing it
            self.error = error
        finally:
            connections.close_all()

    def __enter__(self) -> PollingWorker:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.worker.running = False
        self.thread.join(timeout=60)


def accepted_pair(program: Program, manager: User) -> tuple[Participant, Participant]:
    """A mentor and a mentee accepted into the program."""
    (mentor, _mentor_user), (mentee, _mentee_user) = factories.accepted_pair(program, manager)
    return mentor, mentee


def program_with_runs(manager: User, runs: int = 1) -> tuple[Program, list[MatchingRun]]:
    """A program in its matching stage with successful, unpublished runs proposing one pair."""
    program = recruiting_program()
    mentor, mentee = accepted_pair(program, manager)
    Program.objects.filter(pk=program.pk).update(status=Status.MATCHING)
    program.refresh_from_db()
    made = []
    for number in range(1, runs + 1):
        run = MatchingRun.objects.create(
            program=program, number=number, objective="most-matched", matched_count=1
        )
        Proposal.objects.create(
            run=run, mentor=mentor, mentee=mentee, score=0.8, topic_fit=0.8, top_topics=[]
        )
        made.append(run)
    return program, made
