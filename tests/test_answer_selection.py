"""What the composer picks and how it frames it: abbreviations, near-miss names
and numbers, units that say nothing, and the manager's checklist only for duties."""

from __future__ import annotations

import pytest

from assistant import ask
from assistant.answer.abstain import answer_type_gap
from assistant.answer.citations import CITE, split_statements
from assistant.answer.units import says_something


def test_an_abbreviation_the_sources_spell_out_is_understood(corpus_settings) -> None:
    # The guide says "Joint Consultative Committees", never "JCC".
    answer = ask("Should we raise the new scanners at our JCC?", persona="manager", settings=corpus_settings)
    assert not answer.abstained
    assert "Joint Consultative Committees" in answer.answer


def test_an_abbreviation_nobody_spells_out_still_abstains(corpus_settings) -> None:
    answer = ask("What does the QZX framework require of employers?", settings=corpus_settings)
    assert answer.abstained


def test_a_person_the_capture_leaves_unnamed_is_not_invented(corpus_settings) -> None:
    # The press release prints "Minister for Social Partnership, , said:" with the name missing.
    answer = ask("Who is the Minister for Social Partnership quoted about the AI guidance?", settings=corpus_settings)
    assert answer.abstained
    assert "name" in answer.answer


def test_a_count_the_case_study_never_gives_abstains(corpus_settings) -> None:
    answer = ask("How many domiciliary care staff in Caerphilly got hand held devices?", settings=corpus_settings)
    assert answer.abstained


def test_number_words_inside_other_words_are_not_numbers() -> None:
    question = "How many carers were given devices?"
    assert answer_type_gap(question, "the potential for intrusive monitoring") == "a number"
    assert answer_type_gap(question, "ten carers were given devices") is None


def test_how_much_notice_asks_for_a_length_of_time_and_how_much_money_for_an_amount() -> None:
    notice = "How much notice do they have to give the unions?"
    assert answer_type_gap(notice, "the unions must be told at least 28 days before") is None
    assert answer_type_gap(notice, "the unions are given early notice") == "a length of notice"
    assert answer_type_gap(notice, "a pool of 1,200 hours a year of paid facility time") == "a length of notice"
    assert answer_type_gap("How much did the chatbot cost?", "it was live within 28 days") == "an amount of money"
    # costing jobs is losing them, not money
    assert answer_type_gap("will it cost jobs?", "no posts are being cut because of it") is None
    assert answer_type_gap("will this cost me my job", "no posts are being cut because of it") is None


def test_what_happens_if_asks_what_follows_not_about_a_thing_called_happens() -> None:
    from assistant.text.questions import asked_for

    assert asked_for("what happens if the robot takes my job?") is None
    assert asked_for("who can see it?") is None  # a person is asked for; "see" is what they do
    assert asked_for("What should I ask for in writing about a new monitoring tool?") == "monitoring"
    assert asked_for("what is the weather in Cardiff?") == "weather"


def test_a_person_name_is_not_an_organisation_or_a_report_title() -> None:
    question = "What is the name of the minister who launched it?"
    common = {"managing", "technology", "people", "manages"}
    assert answer_type_gap(question, "the ‘Managing Technology that Manages People’ report", common) == "a person's name"
    assert answer_type_gap(question, "the Welsh Government and the Workforce Partnership Council", common) == "a person's name"
    assert answer_type_gap(question, "said Jon Manzoni, the then chief executive", common) is None


def test_units_that_state_nothing_are_never_statements() -> None:
    assert not says_something("1. 2.")
    assert not says_something("(Robots Lend Government a Helping Hand, Civil Service Quarterly, 2018)")
    assert says_something("Training and development is made available")
    assert not says_something("(Name of Contractor) (Name of Contracting Company) (mm/dd/yyyy)")  # a form's blanks
    assert says_something("The council (Neath Port Talbot) agreed (in 2019).")


def test_a_managers_case_study_answer_is_not_dressed_up_as_duties(corpus_settings) -> None:
    facts = ask("Did anyone lose their job when Neath Port Talbot brought in RPA?", persona="manager", settings=corpus_settings)
    assert not facts.abstained
    assert "Before roll-out you must" not in facts.answer and "[ ]" not in facts.answer
    duties = ask("What must we do before introducing a new digital system?", persona="manager", settings=corpus_settings)
    assert "Before roll-out you must" in duties.answer and "- [ ] " in duties.answer


def test_a_permission_question_leads_with_the_agreement(corpus_settings) -> None:
    answer = ask("My council is bringing in software robots for HR. Can they just do that?", settings=corpus_settings)
    first = answer.answer.strip().splitlines()[0]
    assert "the following steps take place" in first


def test_a_quotation_is_shown_with_who_said_it(corpus_settings) -> None:
    # The chunk that holds the quote does not hold the "… said:" line before it.
    answer = ask("Who from TUC Cymru is quoted welcoming the AI guidance?", persona="rep", settings=corpus_settings)
    assert not answer.abstained
    assert "Shavanah Taj, General Secretary, TUC Cymru said:" in answer.answer
    said = next(c for c in answer.citations if "Shavanah Taj" in c.passage)
    assert said.highlights, "the attribution line is highlighted in its passage"


def test_what_a_minister_said_is_not_a_question_about_a_name(corpus_settings) -> None:
    answer = ask("What did the Minister say about AI in workplaces?", settings=corpus_settings)
    assert not answer.abstained


def test_what_something_was_called_wants_the_name_it_was_given() -> None:
    question = "What was the laptop project called when it was launched?"
    assert answer_type_gap(question, "Offices outside of Cardiff received the kit first.") == "a name"
    assert answer_type_gap(question, "the project was branded as 'future ways of working’.") is None
    assert answer_type_gap(question, "They named the robot ‘George’.") is None
    # A word in scare quotes is not a name given to anything.
    assert answer_type_gap(question, "'team' lap tops tended to be hogged by senior staff.") == "a name"


def test_an_ordinal_is_not_a_fraction() -> None:
    question = "What share of staff will work remotely?"
    assert answer_type_gap(question, "The third is the recent Welsh Government statement.") == "a percentage"
    assert answer_type_gap(question, "around 30% of the workforce") is None
    assert answer_type_gap(question, "in 60 percent of jobs at least a third of tasks") is None


def test_the_same_question_always_gets_the_same_passages(corpus_settings) -> None:
    from assistant.retrieval.retrieve import retrieve
    from assistant.service import get_kb

    kb = get_kb(corpus_settings)
    question = "In what share of jobs could at least a third of the tasks be automated?"
    first = [p.chunk_id for p in retrieve(kb, question, corpus_settings).passages]
    for other in ("What must my employer do before introducing RPA?", "Who built the RPA system?"):
        retrieve(kb, other, corpus_settings)
    assert [p.chunk_id for p in retrieve(kb, question, corpus_settings).passages] == first


def test_exact_and_approximate_dense_search_agree_on_the_corpus(corpus_settings) -> None:
    # Exact search is the default up to `exact_search_max_chunks`; Chroma's HNSW index above it.
    from assistant.retrieval.retrieve import retrieve
    from assistant.service import get_kb

    kb = get_kb(corpus_settings)
    ann = corpus_settings.model_copy(update={"exact_search_max_chunks": 0, "retrieval_mode": "dense"})
    exact = corpus_settings.model_copy(update={"retrieval_mode": "dense"})
    question = "What must my employer do before introducing RPA?"
    top_ann = [p.chunk_id for p in retrieve(kb, question, ann).passages[:5]]
    top_exact = [p.chunk_id for p in retrieve(kb, question, exact).passages[:5]]
    assert set(top_ann) == set(top_exact)


def test_a_list_split_across_chunks_is_shown_whole_with_its_intro(corpus_settings) -> None:
    # The Why Not Lab's four clauses: the intro and three in one chunk, the fourth
    # alone in the next, and the first clause runs to three sentences.
    answer = ask("What bargaining clauses does the Why Not Lab report recommend unions push for?", persona="rep", settings=corpus_settings)
    text = answer.answer
    assert "The recommendations offered expand on the TUCs principles by adding:" in text
    clauses = ["Anti-commodification clause", "Governance clause", "Responsibility clause", "Explainability clause"]
    where = [text.find(c) for c in clauses]
    assert all(i > 0 for i in where) and where == sorted(where), "all four, in the document's order"
    item = next(line for line in text.splitlines() if "Anti-commodification clause" in line)
    assert "Note: The Californian" in item, "a list item's later sentences stay on its line"


def test_a_quotation_introduced_with_a_colon_is_shown_whole(corpus_settings) -> None:
    answer = ask("What good did the former civil service chief exec think software robots could do?", settings=corpus_settings)
    assert "According to Jon Manzoni" in answer.answer
    assert "divert staff to other tasks" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What did staff think about the training once the Welsh Government laptop roll-out was over?",
        "Is the Welsh Government planning remote working hubs near where people live?",
        "Why do council workers end up using workarounds on their systems?",
    ],
)
def test_an_answer_never_says_the_same_sentence_twice(corpus_settings, question: str) -> None:
    answer = ask(question, settings=corpus_settings)
    said = [" ".join(CITE.sub("", s.text).split()) for s in split_statements(answer.answer)]
    said = [s for s in said if len(s) > 30]
    assert len(said) == len(set(said)), [s for s in said if said.count(s) > 1]


def test_the_focus_of_a_question_is_what_the_passages_found_do_not_all_share() -> None:
    from assistant.answer.features import focus_words

    passages = [
        "The council uses AI to sort emails.",
        "AI guidance for councils was published today.",
        "The council will review how AI is used in public services.",
        "Staff at the council were consulted on AI.",
    ]
    focus = focus_words("Will a real person be keeping an eye on the AI my council uses?", passages).lower().split()
    assert {"real", "person", "eye"} <= set(focus)
    assert "ai" not in focus and "council" not in focus
    # When every word is shared, the question is its own focus.
    assert focus_words("AI council", passages) == "AI council"


def test_what_kind_of_answer_a_question_wants_is_read_from_what_it_asks() -> None:
    # "What will the company do…?" asks what it does, not which company.
    assert answer_type_gap("What will the company do if they change the privacy policy?", "We will notify you by email of material changes.") is None
    # "Who receives…?" is answered by a kind of party as well as by a name.
    assert answer_type_gap("Who receives my information from this website?", "We will share information with our business partners.") is None
    # "How long…?" is answered by "as long as necessary"; "how many days" still wants a number of days.
    assert answer_type_gap("How long will you keep my data?", "We keep your data for as long as necessary to run the service.") is None
    assert answer_type_gap("How many days' notice must they give?", "They must give notice as long as practicable.") == "a length of time"
    # "What time…?" wants a time of day, not a mention of the place.
    assert answer_type_gap("What time does the Cardiff office open?", "Offices outside of Cardiff received the kit first.") == "a time of day"
    assert answer_type_gap("What time does the Cardiff office open?", "The Cardiff office opens at 9am.") is None
    # The name of a contractor is not the robot's nickname.
    assert answer_type_gap("What's the name of the IT contractor that built the robot?", "Staff named the robot ‘George’.") == "a name"


def test_another_form_of_a_word_counts_as_the_sources_using_it() -> None:
    from assistant.text.lexical import LexicalIndex, content_terms

    index = LexicalIndex(["Your California privacy rights are set out here.", "We share data with European partners."])
    assert index.has_term_or_form(content_terms("Californian")[0])
    assert index.has_term_or_form(content_terms("California")[0])
    assert index.has_term_or_form(content_terms("Europe")[0])  # "European"
    assert not index.has_term_or_form(content_terms("Canadian")[0])


def _lone_blocks(text: str) -> dict[str, bool]:
    """Each line of `text` as a block of its own: is it a bare heading?"""
    from assistant.answer.reading import bare_heading
    from assistant.answer.units import Block, Unit
    from assistant.models import Passage

    passage = Passage(doc_id="nda", text=text, ordinal=0, score=1.0, start=0, end=len(text), chunk_id="nda#0")
    out: dict[str, bool] = {}
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            start = text.index(line, pos)
            unit = Unit(0, passage, 0, start, start + len(line), line, is_item=line.lstrip()[:2] in ("- ", "2.", "3."))
            out[line.strip()] = bare_heading(Block([unit]))
        pos += len(line) + 1
    return out


def test_a_heading_alone_is_never_a_statement_even_when_laid_out_as_an_item() -> None:
    verdicts = _lone_blocks(
        "Fronius will provide confidential information in the course of business dealings.\n"
        "2. Subject matter of non-disclosure agreement\n"
        "For the purposes of this agreement, confidential information means information marked as such.\n"
        "Survival.\n"
        "Table 1: Content of the agreement compared with the union's guide\n"
        "The obligations survive for three years.\n"
        "The employer must:\n"
        "- Consult trade unions at an early stage\n"
        "- Training and development is made available\n"
        "Workers were consulted.\n"
        "- END OF AGREEMENT -\n"
    )
    assert verdicts["- END OF AGREEMENT -"]
    assert verdicts["2. Subject matter of non-disclosure agreement"]
    assert verdicts["Survival."]
    assert verdicts["Table 1: Content of the agreement compared with the union's guide"]  # a caption
    # Short items of a list, and short sentences, say something.
    assert not verdicts["- Training and development is made available"]
    assert not verdicts["- Consult trade unions at an early stage"]
    assert not verdicts["Workers were consulted."]
    assert not verdicts["The obligations survive for three years."]


_LEANING_LINE = r"^\s*(?:-|\d+\.)\s+(?:\[ \] )?(?:It|They|This|These|Those)\b"


@pytest.mark.parametrize(
    "question",
    [
        "did anybody get sacked when NPT brought in the robot",
        "who built the NPT robot",
        "my manager says robots r coming for our HR admin next month lol. do they have to ask us first",
    ],
)
def test_a_list_item_that_leans_on_its_intro_is_shown_under_it(corpus_settings, question: str) -> None:
    import re

    answer = ask(question, settings=corpus_settings)
    lines = [line for line in answer.answer.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if re.match(_LEANING_LINE, line) and line.startswith(("- ", "1.")):
            # A top-level point that leans back ("- It meant that…") must follow its intro.
            assert i > 0 and lines[i - 1].rstrip().split(" [")[0].endswith(":"), line


def test_the_nearest_text_offered_when_declining_stands_on_its_own(corpus_settings) -> None:
    import re

    answer = ask("How much did the Welsh Government laptop roll-out cost?", settings=corpus_settings)
    assert answer.abstained
    nearest = [line for line in answer.answer.splitlines() if line.startswith("- ")]
    assert not any(re.match(_LEANING_LINE, line) for line in nearest), nearest


def test_a_sentence_that_needs_the_one_before_it_is_recognised() -> None:
    from assistant.answer.features import leans_back

    for text in (
        "This was particularly the case with the Welsh Government's roll out.",
        "They continue by recommending clauses that also demand:",
        "Although this was for a different reason - Cardiff being the largest office it was important.",
        "However, the council has a no compulsory redundancy policy.",
        "Currently it is programmed to answer common questions on annual leave and flexible working.",
    ):
        assert leans_back(text), text
    for text in (
        "Offices outside of Cardiff received the kit first.",
        "Although staff were worried, no jobs were lost.",
        "As the largest office, Cardiff went last.",
        "Currently staff book leave on paper.",
    ):
        assert not leans_back(text), text


def test_a_sentence_leaning_only_on_a_connective_stands_alone_at_the_start_of_a_passage() -> None:
    from assistant.answer.reading import context_for
    from assistant.answer.units import Block, Unit, tidy
    from assistant.models import Passage

    def opening(text: str) -> Block:
        passage = Passage(doc_id="report", text=text, ordinal=3, score=1.0, start=500, end=500 + len(text), chunk_id="r#3")
        return Block([Unit(0, passage, 0, 500, 500 + len(text), text, is_item=False)])

    however = opening("However, the council has a no compulsory redundancy policy.")
    assert context_for(however.units, however) is None  # shown, without "However"
    assert tidy(however.units[0].text) == "The council has a no compulsory redundancy policy."
    this = opening("This was particularly the case with the Welsh Government's roll out of its new lap tops.")
    assert context_for(this.units, this) is False  # what "this" is was not retrieved: never shown

    # Mid-passage it is shown with the sentence before, unless that one leans further
    # back itself: then the connective is dropped rather than show a dangling "This…".
    text = (
        "We may disclose your information to comply with law. This may include fraud protection. "
        "In addition, we may transfer your information in a merger."
    )
    passage = Passage(doc_id="policy", text=text, ordinal=1, score=1.0, start=0, end=len(text), chunk_id="p#1")
    ends = [text.index(s) + len(s) for s in ("law.", "protection.", "merger.")]
    starts = [0, ends[0] + 1, ends[1] + 1]
    units = [Unit(0, passage, i, a, b, text[a:b], is_item=False) for i, (a, b) in enumerate(zip(starts, ends, strict=True))]
    assert context_for(units, Block([units[2]])) is None
    assert context_for(units, Block([units[1]])) is units[0]  # "This may include…" needs what it refers to


def test_a_quotation_is_introduced_by_its_own_sentence_not_the_whole_paragraph(corpus_settings) -> None:
    answer = ask("What good did the former civil service chief exec think software robots could do?", settings=corpus_settings)
    first = answer.answer.lstrip().splitlines()[0]
    assert first.startswith("According to Jon Manzoni"), first
    assert "peak workloads" in answer.answer
    # The sentence left out is kept when it holds the fact asked for (here, the year).
    year = ask("What year did the UK government set up its centre of excellence for robotic process automation?", settings=corpus_settings)
    assert "2017" in year.answer.lstrip().splitlines()[0]


def test_who_said_a_quotation_is_said_once(corpus_settings) -> None:
    answer = ask("will a real human be watching the AI at my council or what", settings=corpus_settings)
    said = [line for line in answer.answer.splitlines() if "said:" in line]
    assert len(said) == 1, said
    assert "human oversight" in answer.answer.splitlines()[0]


def test_how_things_were_is_shown_with_how_they_are_now(corpus_settings) -> None:
    answer = ask("How did the handheld devices change the carers' routes in Caerphilly?", settings=corpus_settings)
    text = answer.answer
    if "Previously staff were always expected to follow routes" in text:
        assert "actual journeys" in text.split("Previously staff were always expected")[1].split("\n")[0]
    else:  # the lead is the change itself
        assert "actual journeys" in text


def test_a_list_is_wanted_after_a_plural_noun_not_after_a_verb() -> None:
    from assistant.answer.features import asks_for_list

    assert asks_for_list("What bargaining clauses does the report recommend?")
    assert asks_for_list("which bodies does the agreement cover?")
    assert not asks_for_list("what happens now it's out?")
    assert not asks_for_list("What counts as confidential information?")


def test_a_speaker_and_the_words_they_said_from_one_passage_share_one_marker(corpus_settings) -> None:
    answer = ask("will a real human be watching the AI at my council or what", settings=corpus_settings)
    first = answer.answer.lstrip().splitlines()[0]
    assert "said:" in first and "said: [" not in first and "  " not in first, first
    assert first.rstrip().endswith("]")


def test_the_list_a_lead_introduces_is_set_apart_from_the_other_points(corpus_settings) -> None:
    answer = ask("Did anyone lose their job when Neath Port Talbot brought in RPA?", settings=corpus_settings)
    lines = [line for line in answer.answer.splitlines() if line.strip()]
    if lines[0].startswith("Co-production brought 2 benefits:"):  # the lead introduces its two benefits
        n = next(i for i, line in enumerate(lines[1:], 1) if not line.startswith("- "))
        assert n == 3, lines[:4]  # the two benefits, and nothing else, under it
        assert lines[n] == "**Also:**" or not lines[n].startswith("- ")


def test_a_list_item_that_only_names_something_leads_under_its_intro(corpus_settings) -> None:
    # "Local authorities and schools" alone doesn't say the agreement applies to them.
    answer = ask("does the agreement cover schools?", persona="worker", settings=corpus_settings)
    lines = [line for line in answer.answer.splitlines() if line.strip()]
    assert "applies to all those public bodies which are part of the WPC, namely: Local authorities and schools" in lines[0], \
        answer.answer


def test_examples_of_something_asks_for_the_list_and_any_examples_for_one() -> None:
    from assistant.answer.features import asks_for_list

    assert asks_for_list("examples of new tech in welsh public services?")
    assert not asks_for_list("Any examples of a union negotiating better job design when new tech came in?")


def test_a_questions_answer_does_not_depend_on_what_was_asked_before(corpus_settings) -> None:
    # The int8 model quantizes a batch with one scale: a word embedded beside others got
    # another vector, so the ranking's near words, cached as they came, depended on the
    # questions asked earlier in the process.
    import numpy as np

    from assistant.service import ask
    from assistant.store.knowledge_base import KnowledgeBase
    from assistant.store.word_vectors import WordVectors

    embedder = KnowledgeBase(corpus_settings).embedder
    alone = WordVectors(embedder).matrix(["orally"])[0]
    beside = WordVectors(embedder).matrix(["counterrevolutionaries", "orally", "indistinguishably"])[1]
    assert np.array_equal(alone, beside)
    question = "what could go wrong for us when new tech arrives"
    fresh = KnowledgeBase(corpus_settings)
    first = ask(question, "rep", settings=corpus_settings, kb=fresh)
    later = KnowledgeBase(corpus_settings)
    for other in ("heads up if jobs get reshuffled cos of new tech? will they tell us",
                  "What did staff say about training after the Welsh Government laptop project?"):
        ask(other, "rep", settings=corpus_settings, kb=later)
    again = ask(question, "rep", settings=corpus_settings, kb=later)
    assert [p.chunk_id for p in again.passages] == [p.chunk_id for p in first.passages]
    assert again.answer == first.answer


def test_the_modal_may_is_not_the_month() -> None:
    question = "When was the guidance published?"
    assert answer_type_gap(question, "A first written warning may be issued at a Stage 2 meeting.") == "a date"
    assert answer_type_gap(question, "It was published in May.") is None
