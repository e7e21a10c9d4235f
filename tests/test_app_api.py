"""The app through its HTTP API (`gradio_client`), with login on: what integrators and load see.

One `app.py` process, started with two users (an admin and a plain user), serves
the module. A second, tiny one checks first start on an empty data dir.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.settings import Settings
from assistant.ui.app import EXAMPLES
from assistant.ui.auth import hash_password
from tests.apprunner import RunningApp, copy_index, run_app_once, start_app

gradio_client = pytest.importorskip("gradio_client")

ADMIN = ("ada", "correct horse battery staple")
USER = ("bryn", "another long passphrase")
CONCURRENT = 16


@pytest.fixture(scope="module")
def app(corpus_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    data = copy_index(corpus_settings.data_dir, tmp_path_factory.mktemp("api") / "data")
    users = ";".join(
        [f"{ADMIN[0]}:admin:{hash_password(ADMIN[1])}", f"{USER[0]}:user:{hash_password(USER[1])}"]
    )
    running = start_app(data, {"LLAIS_AUTH_USERS": users})
    yield running
    running.stop()


def client(app: RunningApp, who: tuple[str, str] = ADMIN):  # -> gradio_client.Client
    return gradio_client.Client(app.url, auth=who, verbose=False)


def last_message(chat: list) -> str:
    """The text of the newest answer (the conversation is newest first), whatever shape
    the client returns it in."""
    content = next(m for m in chat if m["role"] == "assistant")["content"]
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def test_16_concurrent_questions_are_all_answered(app: RunningApp) -> None:
    questions = [q for qs in EXAMPLES.values() for q in qs]
    personas = [p for p, qs in EXAMPLES.items() for _ in qs]
    start = threading.Barrier(CONCURRENT)

    def one_user(i: int) -> str:
        c = client(app)
        start.wait()  # all 16 ask at the same moment
        chat, _sources, box = c.predict(
            questions[i % len(questions)], [], personas[i % len(personas)], [], api_name="/ask"
        )
        return last_message(chat)

    with ThreadPoolExecutor(CONCURRENT) as pool:
        replies = list(pool.map(one_user, range(CONCURRENT)))
    assert len(replies) == CONCURRENT
    for reply in replies:
        assert "llais-error" not in reply, reply
        assert 'class="llais-answer' in reply, reply
    # The example questions the app offers are all answerable, with linked citations.
    for reply in replies:
        assert "llais-abstained" not in reply, reply
        assert re.search(r'<a class="cite" href="#src-0-\d+"', reply), reply


def test_answer_endpoint_returns_the_answer_contract(app: RunningApp) -> None:
    data = client(app, USER).predict("What must my employer do before introducing RPA?", "manager", api_name="/answer")
    assert data["abstained"] is False
    assert data["persona"] == "manager"
    assert data["citations"] and {"n", "doc_id", "title", "section", "start", "end"} <= set(data["citations"][0])


def test_kind_filter_limits_the_sources(app: RunningApp) -> None:
    chat, sources, _box = client(app).predict(
        "What must my employer do before introducing new technology?", [], "worker", ["report"], api_name="/ask"
    )
    kinds = re.findall(r"<dt>Kind</dt><dd>([^<]*)</dd>", sources)
    assert kinds and set(kinds) == {"report"}


def test_a_letter_can_be_asked_to_quote_documents_and_an_unknown_one_is_named(app: RunningApp) -> None:
    fields = ("Cyngor Sir Enghraifft", "an AI chatbot", "", "", "", "", "", "auto", "en")
    drafted = client(app).predict(*fields, [], api_name="/draft_letter")
    assert drafted[0].startswith("# Request for consultation: an AI chatbot") and "Drafted:" in drafted[1]
    refused = client(app).predict(*fields, ["no-such-policy"], api_name="/draft_letter")
    assert "No indexed document 'no-such-policy'" in refused[1]
    checklist = client(app).predict("an AI chatbot", "auto", ["no-such-policy"], api_name="/make_checklist")
    assert "No indexed document 'no-such-policy'" in checklist[0]


@pytest.mark.parametrize(
    ("question", "message"),
    [("", "Please type a question."), ("   \n ", "Please type a question."), ("x" * 2001, "characters long")],
)
def test_the_answer_api_reports_a_bad_question_as_its_message(app: RunningApp, question: str, message: str) -> None:
    # Not {"error": null}: the caller gets the one-line message a user would see.
    with pytest.raises(Exception) as err:
        client(app, USER).predict(question, "worker", api_name="/answer")
    assert message in str(err.value)
    assert "verbose error reporting" not in str(err.value)


def test_a_50kb_question_gets_a_clear_message(app: RunningApp) -> None:
    chat, _sources, box = client(app).predict("Why? " * 10_000, [], "worker", [], api_name="/ask")
    reply = last_message(chat)
    assert "llais-error" in reply and "characters long" in reply
    assert "Traceback" not in reply


def test_login_is_required(app: RunningApp) -> None:
    with pytest.raises(Exception):  # noqa: B017  (the client raises a plain ValueError/HTTP error)
        gradio_client.Client(app.url, verbose=False).predict("Hello?", "worker", api_name="/answer")
    with pytest.raises(Exception):  # noqa: B017
        gradio_client.Client(app.url, auth=(ADMIN[0], "wrong password"), verbose=False)


def test_only_admins_may_add_or_remove_documents(app: RunningApp, tmp_path: Path) -> None:
    doc = tmp_path / "admin-only-note.md"
    doc.write_text("# Admin note\n\nThe Caerphilly kiosk pilot ends in March after a staff survey.\n", encoding="utf-8")
    handle = gradio_client.handle_file(str(doc))

    with pytest.raises(Exception):  # noqa: B017  (the file upload itself is refused)
        client(app, USER).predict([handle], api_name="/add_documents")
    assert not (app.data_dir / "uploads" / doc.name).exists()
    # Gradio's upload route too: a signed-in non-admin can't fill the disk through it.
    import httpx

    for who, status in ((USER, 403), (ADMIN, 200)):
        with httpx.Client(base_url=app.url, timeout=60) as h:
            h.post("/login", data={"username": who[0], "password": who[1]})
            r = h.post("/gradio_api/upload", files={"files": ("x.md", b"# x\n\nhello\n")})
        assert r.status_code == status, r.text
        if status == 403:
            assert "Only administrators can add documents" in r.text
    denied = client(app, USER).predict("why-not-lab-digitisation-in-the-public-sector", api_name="/remove")
    assert "Only administrators can remove documents" in denied[0]
    # Not even an administrator removes a built-in document from the page.
    built_in = client(app, ADMIN).predict("why-not-lab-digitisation-in-the-public-sector", api_name="/remove")
    assert "Built-in documents can&#x27;t be removed here" in built_in[0]

    as_admin = client(app, ADMIN).predict([handle], api_name="/add_documents")
    assert "Added" in as_admin[0] and doc.name in as_admin[0]
    assert (app.data_dir / "uploads" / doc.name).exists()
    removed = client(app, ADMIN).predict("admin-only-note", api_name="/remove")
    assert "Removed" in removed[0]
    assert not (app.data_dir / "uploads" / doc.name).exists()


def test_a_slow_upload_does_not_hold_up_another_users_upload(app: RunningApp, tmp_path: Path) -> None:
    # Issue 16 item 4: files are read and embedded before the index lock is taken, so
    # a long handbook being indexed for one user doesn't queue a short note behind it.
    topics = ["rota", "training", "overtime", "leave", "monitoring", "consultation", "pay", "equipment"]
    sentences = [
        f"Section {i}: the {topics[i % 8]} rule number {i} applies to team {i % 37} from week {i % 52}."
        for i in range(3000)
    ]
    big = tmp_path / "long-handbook.md"
    big.write_text("# Long handbook\n\n" + "\n\n".join(" ".join(sentences[i : i + 6]) for i in range(0, 3000, 6)))
    small = tmp_path / "rota-note.md"
    small.write_text("# Rota note\n\nThe Llandeilo rota changes only after two weeks' notice to staff.\n")

    slow = client(app).submit([gradio_client.handle_file(str(big))], api_name="/add_documents")
    saved = app.data_dir / "uploads" / big.name
    for _ in range(600):  # the slow file is saved, and being indexed, before the note is sent
        if saved.exists():
            break
        threading.Event().wait(0.1)
    assert saved.exists() and not slow.done()
    quick = client(app).predict([gradio_client.handle_file(str(small))], api_name="/add_documents")
    assert "Added" in quick[0] and small.name in quick[0]
    assert not slow.done(), "the short note waited for the long handbook"
    status = slow.result(timeout=300)
    assert "Added" in status[0] and big.name in status[0]
    for doc_id in ("rota-note", "long-handbook"):
        assert "Removed" in client(app).predict(doc_id, api_name="/remove")[0]


def test_feedback_records_the_username_only_when_asked(app: RunningApp) -> None:
    """Through the API there is no session history, so rating needs an answer first: same session."""
    import sqlite3

    c = client(app, USER)
    c.predict("What must my employer do before introducing RPA?", [], "worker", [], api_name="/ask")
    c.predict("anonymous", False, api_name="/feedback_up")
    c.predict("named", True, api_name="/feedback_down")
    with sqlite3.connect(app.data_dir / "feedback.sqlite") as db:
        rows = dict(db.execute("SELECT comment, username FROM feedback WHERE comment IN ('anonymous', 'named')"))
    assert rows == {"anonymous": None, "named": USER[0]}


def test_first_start_indexes_the_built_in_documents(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "robots.md").write_text(
        "# Robot rota\n\n## Rule\n\nThe Tenby robot rota is agreed with the union every April.\n", encoding="utf-8"
    )
    running = start_app(tmp_path / "data", {"LLAIS_KNOWLEDGE_DIR": str(knowledge)})
    try:
        assert "First start: indexing" in running.output
        data = gradio_client.Client(running.url, verbose=False).predict(
            "When is the Tenby robot rota agreed?", "worker", api_name="/answer"
        )
        assert data["citations"][0]["doc_id"] == "robots"
    finally:
        running.stop()


def test_bad_settings_stop_the_app_with_one_clear_line(tmp_path: Path) -> None:
    proc = run_app_once(tmp_path / "data", {"GRADIO_SERVER_PORT": "99999"})
    assert proc.returncode == 2
    assert "GRADIO_SERVER_PORT" in proc.stderr and "Traceback" not in proc.stderr
    bad_users = run_app_once(tmp_path / "data", {"LLAIS_AUTH_USERS": "ada:superuser:nothash"})
    assert bad_users.returncode == 2
    assert "role must be one of admin, user" in bad_users.stderr and "Traceback" not in bad_users.stderr


def test_run_history_is_off_so_questions_are_not_kept_in_the_browser(app: RunningApp) -> None:
    config = client(app, USER).config
    assert config.get("run_history") is False


def test_a_long_session_keeps_its_responses_the_same_size(app: RunningApp) -> None:
    # Issue 16 item 6: each response re-sent every earlier turn's sources, so a session of
    # 200 questions sent 1.8 MB per answer and the server kept all of it.
    from assistant.ui.app import CHAT_TURNS
    from assistant.ui.render import FULL_TURNS

    c = client(app)
    chat: list = []
    sizes = []
    for i in range(CHAT_TURNS + 4):
        chat, sources, _box = c.predict(f"What must my employer do before introducing RPA? ({i})", chat, "worker", [], api_name="/ask")
        sizes.append(len(str(chat)) + len(sources))
    questions = [m for m in chat if m["role"] == "user"]
    assert len(questions) == CHAT_TURNS
    assert "(23)" in str(chat[0]["content"]), "newest first"
    assert "4 earlier questions and answers folded away" in str(chat[-1]["content"])
    assert "Earlier questions (" in sources and sources.count('class="open-turn"') == CHAT_TURNS + 4 - FULL_TURNS
    # Once the chat is full, a response is as big as the one before it (give or take an answer).
    assert max(sizes[CHAT_TURNS:]) < 1.2 * min(sizes[CHAT_TURNS:])


def test_a_shared_server_without_login_turns_adding_and_removing_off(corpus_settings: Settings, tmp_path: Path) -> None:
    # Issue 17 item 4: listening beyond loopback with login off, anyone who reaches the
    # page could fill the disk or empty the shared index, so neither is offered.
    import httpx

    data = copy_index(corpus_settings.data_dir, tmp_path / "data")
    running = start_app(data, {"GRADIO_SERVER_NAME": "0.0.0.0"})
    try:
        port = running.url.rstrip("/").rsplit(":", 1)[1]
        url = f"http://127.0.0.1:{port}/"
        config = httpx.get(url + "config", timeout=60).json()
        shown = {c["props"].get("elem_id"): c["props"].get("visible", True) for c in config["components"]}
        for control in ("upload", "add-docs", "remove-choice", "remove-doc"):
            assert shown[control] is False, control
        assert "LLAIS_AUTH_USERS" in str(config), "the page says how an administrator turns login on"

        c = gradio_client.Client(url, verbose=False)
        removed = c.predict("why-not-lab-digitisation-in-the-public-sector", api_name="/remove")
        assert "turned off" in removed[0] and "LLAIS_AUTH_USERS" in removed[0]
        r = httpx.post(url + "gradio_api/upload", files={"files": ("x.md", b"# x\n\nhello\n")}, timeout=60)
        assert r.status_code == 403 and "LLAIS_AUTH_USERS" in r.text
        doc = tmp_path / "note.md"
        doc.write_text("# Note\n\nThe Caerphilly kiosk pilot ends in March.\n", encoding="utf-8")
        with pytest.raises(Exception):  # noqa: B017  (the file never reaches the server)
            c.predict([gradio_client.handle_file(str(doc))], api_name="/add_documents")
        assert not (data / "uploads" / doc.name).exists()
        # Asking still works for everyone.
        assert c.predict("What must my employer do before introducing RPA?", "worker", api_name="/answer")["citations"]
    finally:
        running.stop()
