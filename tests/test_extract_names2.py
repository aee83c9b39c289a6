"""Names of people and organisations: legal forms, honours, honorifics and adjectives kept out of the name."""

from extract_helpers import article_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return article_triples(text, published="2024-05-01")


def test_nordic_and_british_legal_forms_are_not_part_of_the_name():
    got = triples("Tallvik Ferries A/S has appointed Sunniva Brekke as chief financial officer.")
    assert ("role", "Sunniva Brekke", "Tallvik Ferries") in got
    got = triples("Harrowgate Mills Plc has named Douglas Penrose its chief executive.")
    assert ("role", "Douglas Penrose", "Harrowgate Mills") in got


def test_honours_after_a_name_are_not_part_of_it():
    got = triples("Sir Malcolm Ferrier KCB, who led the Office of Rail Standards for a decade, will retire in June.")
    assert any(p == "Malcolm Ferrier" for _, p, _ in got)
    got = triples("Bridget Coyle OBE has been appointed chief executive of the Moorland Heritage Trust.")
    assert ("role", "Bridget Coyle", "Moorland Heritage Trust") in got


def test_forms_of_address_before_a_name_are_not_part_of_it():
    got = triples("The Rt Hon Ewan Galbraith MP, chair of the Northern Waterways Board, said the review would report in May.")
    assert ("role", "Ewan Galbraith", "Northern Waterways Board") in got
    got = triples("Kano Grain Mills said Alhaji Sani Bello, its deputy managing director, will become managing director.")
    assert any(p == "Sani Bello" for _, p, _ in got)


def test_a_based_or_listed_adjective_does_not_hide_the_name_after_it():
    got = triples("Oslo-listed Fjellvik Kraft named Ingeborg Tangen as its chief operating officer on Monday.")
    assert ("role", "Ingeborg Tangen", "Fjellvik Kraft") in got


def test_a_name_and_title_heading_introduces_a_person_later_called_by_first_name():
    got = triples(
        "Team Updates\n\nTwo new faces at Larkspur Analytics\n\nPosted by Imogen Shaw, CEO\n\n"
        "Today I am glad to welcome new colleagues to the team.\n\n"
        "Callum Brodie, Chief Technology Officer\n\n"
        "Callum joins us from Stravon Systems, where he ran the platform group for six years.\n"
    )
    assert any(p == "Callum Brodie" for _, p, _ in got)
    assert not any(p == "Team Updates" for _, p, _ in got)


def test_a_name_someone_has_led_or_that_is_owned_by_others_is_an_organisation():
    got = triples(
        "Regional carrier Solvik Ferje named Aud Brekke chair on Monday. Chief executive Tor Vinje, who has led Solvik Ferje "
        "since 2018, stays on. Solvik Ferje is owned by eleven municipalities."
    )
    assert ("role", "Tor Vinje", "Solvik Ferje") in got


def test_and_co_is_part_of_a_partnership_name():
    got = triples("Deniz Arslan, head of research at Tekin & Co., said margins would recover.")
    assert ("role", "Deniz Arslan", "Tekin & Co") in got


def test_a_person_called_by_first_name_later_is_not_read_as_an_organisation():
    got = triples(
        "Eilidh Carmody has been appointed chief operating officer of Tayside Grain. "
        "Eilidh is currently head of operations at Mornhill Foods. Eilidh Carmody said she was delighted."
    )
    assert ("role", "Eilidh Carmody", "Tayside Grain") in got


def test_a_malaysian_form_of_address_marks_a_person():
    got = triples("Brisa Marine chairman Datuk Razlan Hamid will step down in June. Datuk Razlan thanked the board.")
    assert any(p == "Razlan Hamid" for _, p, _ in got)


def test_a_name_with_and_is_kept_whole_when_the_text_gives_it_one_acronym():
    got = triples(
        "Delegates of the Coastal Ferry and Harbour Staff Union have elected Marguerite Aubin as national president. "
        "The Coastal Ferry and Harbour Staff Union (CFHSU) represents about 9,000 workers."
    )
    assert ("role", "Marguerite Aubin", "Coastal Ferry and Harbour Staff Union") in got


def test_a_plural_field_after_and_stays_in_a_department_name():
    got = triples("Imran Qadir left the Department for Energy and Communications after twelve years.")
    assert ("leave", "Imran Qadir", "Department for Energy and Communications") in got


def test_a_quoted_nickname_inside_a_name_belongs_to_that_person():
    got = triples(
        'Margaret "Peggy" Alcott, who built Fennick Mutual into a national insurer, has died. '
        "Alcott joined Fennick Mutual in 1968. \"Peggy never chased a fad,\" said Oren Lask, who left Fennick Mutual in 2020."
    )
    assert ("join", "Margaret Alcott", "Fennick Mutual") in got
    assert not any(org == "Peggy" for _, _, org in got)


def test_a_field_word_before_a_title_is_not_an_organisation():
    got = triples("Pellham Dray has lost two partners. Litigation partner Oskar Lind left for Brenner Hale in March.")
    assert not any(org == "Litigation" for _, _, org in got)
    assert any(p == "Oskar Lind" and org == "Pellham Dray" for _, p, org in got)


def test_a_unit_written_after_an_organisations_name_belongs_to_that_organisation():
    got = triples(
        "Harrow Lane Records is reorganising its classical music group. Odile Fenn will become president of "
        "Harrow Lane Records Classical Music Group next month. Fenn joined Harrow Lane Records in 2015."
    )
    assert ("role", "Odile Fenn", "Harrow Lane Records") in got
    assert not any(org.endswith("Classical Music Group") for _, _, org in got)


def test_an_english_name_before_a_chinese_name_leaves_the_family_name_second():
    got = triples(
        "Harbourfront Logistics named Mr Vincent Ng Wei Ming as its chief executive. "
        "Mr Ng, 49, joined Harbourfront Logistics in 2012. Ng will report to the board."
    )
    assert ("role", "Vincent Ng Wei Ming", "Harbourfront Logistics") in got
    assert not any(p == "Ng" for _, p, _ in got)


def test_a_short_form_used_before_the_full_industry_name_is_still_that_organisation():
    got = triples(
        "Co-president Liang Wenhao, who built Qinfeng's best-selling van, is leaving. "
        "Hangzhou-based Qinfeng Auto said on Monday that Liang would step down. Liang, 44, joined Qinfeng in 2019."
    )
    assert ("join", "Liang Wenhao", "Qinfeng Auto") in got
    assert not any(org == "Qinfeng" for _, _, org in got)


def test_a_letters_signers_are_read_with_their_titles():
    from orgtracker.extract.text import sentences

    text = "Our fund returned 4% in the quarter.\n\nBest regards,\n\nDesmond Achebe-Lund\nFounder and Managing Partner\n\n" \
        "Priya Ramaswamy\nChief Investment Officer\n"
    got = [s.text for s in sentences(text)]
    assert "Desmond Achebe-Lund\nFounder and Managing Partner" in got
    assert "Priya Ramaswamy\nChief Investment Officer" in got


def test_a_long_iberian_name_called_ms_surname_later_is_a_person():
    got = triples(
        "Ceres Graos named Mariana Lopes de Carvalho Filho as chief executive. \"Mariana knows the farmers,\" the chairman said. "
        "Ms. Lopes de Carvalho Filho, 51, left Cargill in 2023."
    )
    assert ("role", "Mariana Lopes de Carvalho Filho", "Ceres Graos") in got


def test_a_personnel_list_line_gives_the_post_before_the_name():
    got = triples(
        "Tamura Shoji & Co. announced the following changes on Friday, effective April 1.\n\n"
        "- Chairman of the Board: Okabe Tetsuo (President and CEO)\n"
        "- Outside Director: Sato Yumiko, former Deputy Governor, Bank of Kobe\n"
    )
    assert ("role", "Okabe Tetsuo", "Tamura Shoji & Co") in got


def test_a_board_named_in_german_is_neither_a_person_nor_an_organisation():
    got = triples(
        "Ventilwerk Hahn named Sabine Kessler-Vogt chair of the management board (Vorsitzende der Geschäftsführung). "
        "Her predecessor Lothar Hahn moves to the supervisory board (Aufsichtsrat) and will join the Beirat as well."
    )
    assert not any(p.startswith("Vorsitzende") or org.startswith("Vorsitzende") for _, p, org in got)
    assert not any(org in ("Aufsichtsrat", "Beirat") for _, _, org in got)


def test_a_county_or_council_before_a_title_belongs_to_the_organisation():
    got = triples("Marla Voss left to become press secretary for Tillman County Executive Dorothy Reyes, the mayor's office said.")
    assert not any(org == "Tillman" for _, _, org in got)
    got = triples("Brookline City Council member Oren Platt, a critic of the mayor, said the exits were a warning sign.")
    assert ("role", "Oren Platt", "Brookline City Council") in got


def test_a_game_studios_short_name_is_not_a_person_and_a_wire_tag_is_not_an_organisation():
    got = triples(
        "(LEAD) Game maker Stella Forge names new CEO\n\n"
        "SEOUL, May 2 (Yonhap) -- Stella Forge Games said Tuesday it has named Jang Mi-rae as its new chief executive officer. "
        "Jang, 41, joined Stella Forge in 2016 from Nexon."
    )
    assert ("role", "Jang Mi-rae", "Stella Forge Games") in got
    assert not any(org.upper() == "LEAD" for _, _, org in got)
    assert not any(p == "Stella Forge" for _, p, _ in got)


def test_a_sentence_ending_in_an_emoji_is_still_a_sentence():
    from orgtracker.extract.text import sentences

    text = "I'm happy to share that I'm starting a new position as Chief Financial Officer at Pellucid Care! 🎉\n\nMore soon."
    assert any("Pellucid Care" in s.text for s in sentences(text))


def test_a_month_before_an_organisations_name_is_not_part_of_it():
    got = triples("Two executives left this year, and in November Korvel's Asia head, Dita Sandoval, left Korvel Systems for a rival.")
    assert not any(org.startswith("November") for _, _, org in got)


def test_an_upper_case_dateline_with_a_colon_is_not_a_stock_ticker():
    got = triples(
        "HYDERABAD: Velmora Software Ltd said on Tuesday that Arvind Kelkar, president of its Europe business, has resigned. "
        "Kelkar, 52, joined Velmora in 2009."
    )
    assert any(org == "Velmora Software" for _, _, org in got)
