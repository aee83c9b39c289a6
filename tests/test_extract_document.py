"""Document-level reasoning: who "I" and "she" are, and whose a bare title is, read from the whole article."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2025-06-02")


POST = """Tomas Vieirinha
Head of Data | Logistics | ex-Quarry Freight

Big news!

I'm happy to announce that I've joined Ostrander Logistics as Head of Data Science.

I'll be reporting to Mirela Bakshi, our chief technology officer.
"""


def test_first_person_post_is_about_the_name_on_its_opening_line():
    got = triples(POST)
    assert ("join", "Tomas Vieirinha", "Ostrander Logistics") in got
    assert ("role", "Tomas Vieirinha", "Ostrander Logistics") in got
    assert ("reports_to", "Tomas Vieirinha", "Mirela Bakshi") in got


def test_quoted_first_person_is_not_the_post_author():
    text = (
        "Priya Venn\n\nA note on hiring.\n\n"
        "Our new hire Odile Marsh told me: \"I joined Corbel Robotics because of the team.\" "
        "I have been at Harlan Works for years.\n"
    )
    got = triples(text)
    assert not any(p == "Priya Venn" and o == "Corbel Robotics" for _, p, o in got)


LOCAL_NEWS = """Brookmere Medical Center names new chief after long search

By Ola Nygaard, staff writer

PORT ELLIS — Brookmere Medical Center has a new leader.

The hospital's trustees on Monday named Dr. Anika Strand, chief operating officer at Tidewell Health in Marlow, as its next chief executive.

Strand joined Tidewell in 2014 as a surgeon and became its chief operating officer in 2020.

Tidewell spokesman Rob Lindqvist said the health system would name an interim operations chief.
"""


def test_a_dateline_is_not_the_ledes_organisation():
    got = triples(LOCAL_NEWS)
    assert ("role", "Anika Strand", "Brookmere Medical Center") in got
    assert ("role", "Anika Strand", "Tidewell Health") in got
    assert ("role", "Rob Lindqvist", "Tidewell Health") in got


FAR_GROUP = """Harwood Foods shakes up its finance team

Harwood Foods said on Monday that Lena Okafor, currently treasurer at Brightwater Holdings Group, would become its finance director in March.

The appointment ends a six-month search. Investors had pressed for an outsider. The shares rose 2 per cent in early trading. Analysts called the choice a safe one.

Okafor will sit on the group executive committee alongside chief risk officer Tomas Brandt, who will now report to the chief executive.
"""


def test_the_group_far_from_another_group_is_the_articles_subject():
    got = triples(FAR_GROUP)
    assert ("role", "Tomas Brandt", "Harwood Foods") in got
    assert ("role", "Tomas Brandt", "Brightwater Holdings Group") not in got


PROFILE = """Corlan Biotech names new science chief

Corlan Biotech named Nadia Ferrante chief scientific officer on Tuesday.

Ms. Ferrante spent a decade at Aldine Pharma. She was hired there by Victor Lemaire, who now runs Ostwald Labs.

He said the company had never had a better chemist.

In 2019 she founded Quillon Diagnostics, which was sold in 2022.
"""


def test_she_is_the_latest_person_the_text_does_not_mark_as_a_man():
    got = triples(PROFILE)
    assert ("join", "Nadia Ferrante", "Quillon Diagnostics") in got
    assert ("join", "Victor Lemaire", "Quillon Diagnostics") not in got


OBITUARY = """Harriet Solberg, Who Ran Tamsin Rail, Dies at 91

Harriet Solberg, who led Tamsin Rail through its privatisation, died on Friday at her home. She was 91.

Ms. Solberg joined Tamsin Rail as a clerk in 1958 and became its chief executive in 1986.

Harriet Louise Brandvold was born on May 3, 1933, in Tromsø. Her father was a ferry captain.

In 1999 she founded the Solberg Trust, which funds engineering scholarships.
"""


def test_an_obituarys_birth_name_is_the_person_the_article_is_about():
    got = triples(OBITUARY)
    assert ("join", "Harriet Solberg", "Solberg Trust") in got
    assert not any(p == "Harriet Louise Brandvold" for _, p, _ in got)


CITY = """Harlow Springs city manager quits; new police chief named

HARLOW SPRINGS — City Manager Dana Whitcombe resigned on Monday after four years in the job, the City of Harlow Springs said in a statement.

Whitcombe was hired in 2021 from the City of Bellmont. Members of the Harlow Springs Town Council praised her work.

Before leaving, Whitcombe named Deputy Police Chief Omar Reyes as the next chief of the Harlow Springs Police Department.
"""


def test_a_city_or_police_title_before_a_name_belongs_to_the_documents_city_or_police_force():
    got = triples(CITY)
    assert ("leave", "Dana Whitcombe", "City of Harlow Springs") in got  # she resigned: the title is no longer held
    assert ("role", "Omar Reyes", "Harlow Springs Police Department") in got
    assert not any(o in ("HARLOW SPRINGS", "City of Bellmont") for k, _, o in got if k == "role")


def test_an_office_of_a_ministry_before_a_doctors_name():
    got = triples(
        "Lowland Republic reshuffles cabinet\n\n"
        "Deputy Minister of Transport Dr. Ana Vukovic was promoted to lead the ministry on Friday, the government said.\n"
    )
    assert ("role", "Ana Vukovic", "Ministry of Transport") in got


def test_an_index_before_a_descriptor_does_not_block_the_reference():
    got = triples(
        "Ostby Re reshuffles finance team\n\n"
        "Ostby Re has named a new finance chief.\n\n"
        "The STOXX 600 reinsurer said that Priya Okoro, currently deputy finance director at Norrland Mutual Group, "
        "would become its finance director in May, replacing Ewan Strachan, who is retiring.\n"
    )
    assert ("leave", "Ewan Strachan", "Ostby Re") in got
    assert ("leave", "Ewan Strachan", "Norrland Mutual Group") not in got


def test_initials_of_a_name_given_in_full_are_that_organisation():
    got = triples(
        "Tarvik Pension Board names deputy chief\n\n"
        "The Tarvik Pension Board said on Monday it had picked a new deputy.\n\n"
        "TPB also named Dr. Mona Reyes, head of fixed income, as acting deputy chief executive.\n"
    )
    assert ("role", "Mona Reyes", "Tarvik Pension Board") in got
    assert not any(o == "TPB" for _, _, o in got)
