"""The article's own short lines survive `fix --unsafe-fixes` with every rule on, while the chrome around them
goes: the sections it goes on with below a box set into it, a list of names under a subhead or with a closing
statement, and its closing line above a thread of comments. A block of teasers and a footer's menu still go."""

from __future__ import annotations

import json

from artlint.article import Article
from artlint.articleparts import _introduced_list
from artlint.layout import layout
from artlint.lexicons import builtin_lexicons
from artlint.testing import fix_text


def fixed_lines(title: str, lines: list[str]) -> list[str]:
    record = json.dumps({"title": title, "text": "\n".join(lines)}, ensure_ascii=False) + "\n"
    return json.loads(fix_text(record, "articles.jsonl", unsafe=True))["text"].split("\n")


def introduced(lines: list[str]) -> list[str]:
    """The lines of the lists, timelines and boxes that the article lays its own text out in (_introduced_list)."""
    article = Article.from_values({"title": "Council news", "body": "\n".join(lines)})
    view = layout(article)
    found = builtin_lexicons().index().lines(article)
    return [view.texts[i] for i in _introduced_list(view, found, [hits is not None for hits in found], set())]


def test_two_sections_below_a_read_also_label_whose_links_were_dropped() -> None:
    lines = ["Deportes", "El estadio cerrará todo el verano por obras", "Por Ana Ruiz", "4 de marzo de 2025",
             ("El estadio municipal permanecerá cerrado entre junio y agosto para cambiar por completo el césped y el "
             "sistema de drenaje, informó el club."),
             ("Los dos equipos de la ciudad tendrán que jugar como locales en otras sedes durante ese periodo, y todavía "
             "negocian con dos municipios vecinos."),
             "Te puede interesar:", "Una cancha híbrida",
             ("La nueva superficie combinará césped natural con fibras sintéticas, un sistema que ya usan varios "
             "estadios europeos y que resiste mejor la lluvia."),
             "Conciertos aplazados",
             ("Los dos conciertos previstos para el verano se trasladarán a septiembre, según el promotor, y las "
             "entradas vendidas seguirán siendo válidas."),
             ("La alcaldía calcula que las obras costarán unos dos millones de euros, que pagarán a medias el club y el "
             "ayuntamiento."),
             ("Las obras empezarán el primer lunes de junio y el club espera reabrir el estadio a tiempo para el primer "
             "partido de la liga."),
             "Publicidad", "Lo más leído", "Huelga de autobuses: qué líneas funcionan", "Abre el nuevo carril bici",
             "© 2025 Diario del Río"]
    after = fixed_lines("El estadio cerrará todo el verano por obras", lines)
    assert "Una cancha híbrida" in after and "Conciertos aplazados" in after
    assert "Te puede interesar:" not in after and "Lo más leído" not in after
    assert after[after.index("Una cancha híbrida") + 1] == lines[8]


def test_the_closing_line_above_a_thread_of_comments() -> None:
    lines = ["Club rugby", "Harbour and Valley meet again in the club final", "Mere Walker 23 Jul, 2026 05:30 PM",
             "Last year's finalists finished first and second after fourteen rounds of the club competition.",
             "The final kicks off at 2.30pm on Saturday at the Domain, with the women's final at 12.15pm.",
             "Tickets cost $12.", "Tags: Club rugby Harbour Valley", "Comments",
             "Have your say. Comments close after 48 hours.",
             "Wiremu K 23 Jul 2026 6:10pm", "Valley by fifteen. Their forwards are far too strong for Harbour this year.",
             "Reply Like", "Bev S 23 Jul 2026 7:44pm",
             "Good to see the women's final on the same day as the men's. Well done to the union.", "Reply Like",
             "tp_fan 24 Jul 2026 8:02am", "See you all at the Domain.", "Reply Like"]
    after = fixed_lines("Harbour and Valley meet again in the club final", lines)
    assert "Tickets cost $12." in after
    assert "See you all at the Domain." not in after and "Reply Like" not in after


def test_names_that_a_sentence_under_a_subhead_introduces_below_a_photo() -> None:
    lines = ["Harbour", "Ferry timetable overhaul cuts some stops to hourly", "By Jess Tran",
             "The council will change its ferry timetable from Monday, with faster trips between the city and the coast.",
             "Council says patronage on the river has recovered to 2019 levels but is concentrated at a few terminals.",
             "Image source, Harbour News: Liam Foster", "Image caption, A ferry leaves the Riverside terminal",
             "Changes", "These terminals will have hourly services outside peak times:",
             "Bulimba", "Hawthorne", "Apollo Road", "Northshore Hamilton",
             "Ferries between the city and the university will run every ten minutes from 6am to 7pm on weekdays.",
             "The new timetable starts on Monday.", "Most read", "Bus strike: which lines run", "New cycle lane opens"]
    after = fixed_lines("Ferry timetable overhaul cuts some stops to hourly", lines)
    start = after.index("Changes")
    assert after[start : start + 6] == lines[7:13]
    assert "Image caption, A ferry leaves the Riverside terminal" not in after and "Most read" not in after


def test_a_list_of_names_and_a_closing_statement_that_end_the_article() -> None:
    lines = ["Lue myös", "Liukkaat tiet hidastavat liikennettä koko maassa",
             "Myrsky katkaisi sähköt tuhansilta taloilta Pohjois-Karjalassa, ja korjaustyöt jatkuvat koko päivän.",
             "Korjaukset",
             "Verkkoyhtiön mukaan korjauksia hidastaa raskas lumi, jonka painosta puita kaatuu yhä sähkölinjoille.",
             "Asukkaita pyydetään ilmoittamaan kaatuneista puista yhtiölle eikä menemään itse lähelle johtoja.",
             "Mainos", "Katkoja on eniten näissä kunnissa:", "Lieksa", "Nurmes", "Valtimo", "Juuka",
             "Tuuli heikkenee yöllä.", "Kommentoi", "Aiheet", "Sää", "Sähkökatkot"]
    after = fixed_lines("Myrsky katkaisi sähköt Pohjois-Karjalassa", lines)
    start = after.index("Katkoja on eniten näissä kunnissa:")
    assert after[start : start + 6] == lines[7:13]
    assert "Kommentoi" not in after and "Mainos" not in after


def test_the_first_headline_of_a_teaser_block_is_no_section_subhead() -> None:
    paragraphs = [("El estadio municipal permanecerá cerrado entre junio y agosto para cambiar por completo el césped y el "
                   "sistema de drenaje, informó el club."),
                  ("Los dos equipos de la ciudad tendrán que jugar como locales en otras sedes durante ese periodo, y "
                   "todavía negocian con dos municipios vecinos."),
                  ("La alcaldía calcula que las obras costarán unos dos millones de euros, que pagarán a medias el club y "
                   "el ayuntamiento.")]
    teasers = ["Te puede interesar:", "Huelga de autobuses",
               ("Los conductores de la empresa municipal pararán el lunes y el martes por un conflicto sobre los turnos "
                "de noche."),
               "Nuevo carril bici",
               ("El ayuntamiento abrirá en mayo un carril bici de cuatro kilómetros que unirá el centro con el campus "
                "universitario."),
               "Mercado renovado",
               ("El mercado central reabre tras dos años de obras con cuarenta puestos nuevos y un aparcamiento "
                "subterráneo ampliado.")]
    lines = ["Deportes", "El estadio cerrará", "Por Ana Ruiz", *paragraphs, *teasers, "© 2025 Diario"]
    after = fixed_lines("El estadio cerrará", lines)
    assert "Huelga de autobuses" not in after and "Te puede interesar:" not in after


def test_a_footer_menu_under_a_sentence_still_goes() -> None:
    header = ["Home", "News", "City", "Sport", "Business", "Share Facebook X WhatsApp Copy link", "City",
              "Council raises bus fares", "By Ana Ruiz", "March 4, 2025"]
    paragraphs = ["The city council approved a rise in bus fares on Thursday, the first in two years, after a long debate.",
                  ("The new fares take effect on the first of next month for all routes, including the night buses and "
                   "trams."),
                  ("The mayor defended the rise and said the national transport subsidy for the region had halved in the "
                   "past year.")]
    about = ("The Valley Post has covered the towns of the valley since 1887 and is owned by its readers through a "
             "cooperative.")
    menu = ["Local Politics", "Opinion", "Weekend"]
    lines = [*header, *paragraphs, "Topics: City Transport", "From the newsroom",
             "Our newsroom has more. The sections our readers visit most often are:", *menu, about, "© 2025 Valley Post"]
    after = fixed_lines("Council raises bus fares", lines)
    assert not set(menu) & set(after)


def test_a_last_paragraph_with_a_magazines_end_mark() -> None:
    last = "Tourism operators say they will ask the state government to review the policy. ■"
    lines = ["The council voted on Thursday to keep its limits on short-stay rentals in the town centre for two years.",
             "Every house that goes back to a local family is a nurse or a teacher who can stay, the mayor said.",
             "Next", last, "Topics", "Housing", "Tourism", "Share this article"]
    after = fixed_lines("Council keeps its rental limits", lines)
    assert after[-1] == last
    assert "Share this article" not in after and "Housing" not in after


def test_a_live_blogs_first_entry_time_under_the_standfirst() -> None:
    entries = [("12.24 GMT", "Harrogate line partly reopens",
                "Trains have started running again between Leeds and Harrogate after engineers cleared a fallen tree."),
               ("11.58 GMT", "Buses replace trains north of Lancaster",
                "Replacement buses are running between Lancaster and Carlisle every thirty minutes until further notice."),
               ("11.31 GMT", "Disruption likely to continue tomorrow",
                "Northern says some routes will stay closed until at least midday on Tuesday while the lines are checked.")]
    standfirst = "Network Rail tells passengers not to travel as winds of up to 85mph bring down trees across the north."
    lines = [standfirst, *(line for entry in entries for line in entry)]
    assert fixed_lines("Storm closes rail lines across the north - live", lines) == lines


def test_a_timeline_that_the_article_introduces_and_goes_on_from() -> None:
    from artlint.article import Article
    from artlint.articleparts import _timeline
    from artlint.layout import layout
    from artlint.lexicons import builtin_lexicons

    lead = "Drivers at the rail operator will walk out on Thursday, leaving most lines with an hourly service at best."
    lead_in = "The operator published the following times for the main station:"
    timeline = ["06:15", "First departure to York", "07:00", "Hourly trains begin to Bradford", "18:30",
                "Last departures on all routes"]
    after = ["Refunds", "Anyone with a ticket for Thursday can travel on Friday instead or claim a full refund."]

    def timeline_lines(lines: list[str]) -> list[int]:
        article = Article.from_values({"title": "Rail strike", "body": "\n".join(lines)})
        index = lines.index(lead_in)
        return _timeline(layout(article), builtin_lexicons().index().lines(article), index, index, set())

    assert timeline_lines([lead, lead_in, *timeline, *after]) == list(range(1, 9))  # and the subhead below
    assert timeline_lines([lead, lead_in, *timeline[:4], *after]) == []  # two entries make no timeline
    assert timeline_lines([lead, lead_in, *timeline, "Most read", "Bus strike: which lines run"]) == []


def test_names_past_a_read_more_link_with_its_kicker_and_no_colon() -> None:
    lines = ["By Priya Nair", "Water supply will stop for a day in four wards as the corporation replaces a leaking main.",
             "The following wards will have no supply on Thursday:", "K West (Juhu)", "P (Malad)", "R (Borivali)",
             "G (Dadar)", "Read more CIVIC Corporation budget sets aside Rs 400 crore for new mains",
             "Supply will resume at low pressure on Friday morning and return to normal by the weekend, officials said.",
             "Residents have been asked to store water in advance and to boil it once supply resumes.",
             "Share this article", "Facebook", "WhatsApp"]
    after = fixed_lines("Water cut in four wards this week", lines)
    start = after.index(lines[2])
    assert after[start : start + 5] == lines[2:7]
    assert lines[7] not in after and "Share this article" not in after


def test_a_timeline_under_a_subhead_of_the_article() -> None:
    lead = "A dust storm closed the airport for most of Saturday and schools will stay shut on Sunday, officials said."
    timeline = ["Timeline", "06:30", "Forecasters warn of strong winds", "09:00", "Visibility drops at the airport",
                "13:15", "Ministry closes schools"]
    after = ["Image source, Gulf Public News", "Fourteen flights were diverted to nearby airports during the day."]

    assert introduced([lead, *timeline, *after]) == timeline
    assert introduced([lead, *timeline, "Most read", "Bus strike: which lines run"]) == []  # the article does not go on
    assert introduced([lead, "Share this article", *timeline, *after]) == []  # not right below the article's text


def test_a_list_of_titles_that_open_with_read_more_stays() -> None:
    lines = ["By Omar Haddad", ("Librarians in the county say borrowing rose by a fifth last year, and they asked "
             "readers what kept them coming back."), "Their top tips:", "Read more Dickens", "Join a book club",
             "Visit your library weekly", "Read more Poetry Aloud",
             "The library's winter programme starts in January and every event is free to attend.",
             "Share this article", "Facebook", "WhatsApp"]
    after = fixed_lines("What keeps readers coming back", lines)
    start = after.index("Their top tips:")
    assert after[start : start + 5] == lines[2:7]


def test_a_comment_button_above_the_lead_opens_no_thread() -> None:
    lines = ["Local news", "Cable car to the hill village reopens before Christmas",
             "After eight months of work the cabin links the town and the village again.", "By Anna Berg",
             "19 December 2025 - 11:00", "Reading time: 2 minutes", "Gift this article", "Save", "Comment",
             "The new cabin above the river. Photo: Tom Weller",
             "The cable car from the town to the hill village reopens on Saturday after eight months of repairs.",
             "The new cabins carry fifteen people instead of twelve and have a space for bicycles on every trip.",
             "Advertisement",
             "During the works villagers had to take the bus, which needs half an hour to climb the hairpin bends.",
             "Tickets stay the same as for the town's buses, and services will run until 11pm over the holidays.",
             "All rights reserved", "Comments (4)", "From the same section", "Christmas market breaks record",
             "New car park opens by the river"]
    after = fixed_lines("Cable car to the hill village reopens before Christmas", lines)
    for paragraph in (lines[10], lines[11], lines[13], lines[14]):
        assert paragraph in after
    assert "Comments (4)" not in after and "Save" not in after


def test_the_rows_of_a_table_below_its_header() -> None:
    from artlint.tables import table_rows

    texts = ["The new fares are:", "Zone | Before | From March", "City | $2.10 | $2.40", "Suburbs | $3.20 | $3.60",
             "Airport | $5.00 | $5.50", "You've read 3 of your 5 free articles this month"]
    assert list(table_rows(texts, [1])) == [2, 3, 4]
    markdown = ["| Zone | Before | After |", "|---|---|---|", "| City | $2.10 | $2.40 |", "Subscribe now"]
    assert list(table_rows(markdown, [0])) == [1, 2]


def test_a_table_above_a_paywall_box_stays() -> None:
    lines = ["Rural", "Subscribers only", "Irrigators get more water after a wet winter",
             "Rain in the hills has eased pressure on farmers across the northern plains.", "By Sam Reid",
             "November 14, 2025 — 6.00am", "2 min read", "Gift this article", "Save", "Comments",
             ("Farmers along the river will be able to draw more water this summer after the state raised its seasonal "
              "allocations on Thursday."),
             "The changes for the main entitlements are:", "System | Previous allocation | New allocation",
             "Upper river, high reliability | 80% | 100%", "Lower river, general security | 30% | 45%",
             "Western plains, high reliability | 70% | 85%", "You've read 3 of your 5 free articles this month",
             "Subscribe for unlimited access to our journalism, on any device.", "See subscription options",
             "Already a subscriber? Log in",
             "Rice growers said the increase came too late to plant a full crop but would help with the winter wheat.",
             "Water prices on the temporary market fell by about a fifth overnight."]
    after = fixed_lines("Irrigators get more water after a wet winter", lines)
    start = after.index(lines[12])
    assert after[start : start + 4] == lines[12:16]
    assert "Already a subscriber? Log in" not in after


def test_a_table_set_one_cell_a_line() -> None:
    from artlint.tables import one_cell_a_line

    cells = ["Route", "Distance", "Fuel", "City", "38 km", "0.2 l", "Motorway", "210 km", "6.4 l", "Mountain pass",
             "95 km", "5.1 l", "Specifications"]
    assert one_cell_a_line(cells) == 12
    assert one_cell_a_line(cells[:9]) == 9
    assert one_cell_a_line(cells[:6]) == 0  # one row is no table
    numbered = ["Route", "Distance", "Fuel", "Route 1", "38 km", "0.2 l", "Route 2", "210 km", "6.4 l", "Newsletter"]
    assert one_cell_a_line(numbered) == 9  # two columns also read as rows, but stop short of the last cell
    assert one_cell_a_line(["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel"]) == 0
    assert one_cell_a_line(["FTSE 100", "8,120", "DAX", "18,234", "CAC 40", "7,410"]) == 0  # a ticker: no header


def test_a_table_set_one_cell_a_line_below_a_caption_stays() -> None:
    lines = ["Motoring", "We drove the best-selling plug-in hybrid on three kinds of road",
             ("The Corvia plug-in hybrid has been the country's best-selling plug-in for a year, so we used one as our "
              "only car for a week and measured what it used."),
             "The charging cable lives in a box under the boot floor.",
             "We set off with a full battery every time. These were the results:", "Route", "Distance", "Fuel used",
             "City centre", "38 km", "0.2 l/100 km", "Motorway", "210 km", "6.4 l/100 km", "Mountain pass", "95 km",
             "5.1 l/100 km", "Newsletter", "The weekend drive, every Friday",
             "On the motorway the petrol engine did most of the work, and the battery was empty within 60 kilometres.",
             "In town it never started at all, and over the whole week it averaged 3.9 litres per 100 kilometres."]
    after = fixed_lines("We drove the best-selling plug-in hybrid on three kinds of road", lines)
    start = after.index(lines[4])
    assert after[start : start + 13] == lines[4:17]


def test_a_lead_in_over_a_list_of_steps() -> None:
    lead = "The new grant for double glazing opened last week and covers up to half the cost of new windows."
    steps = ["Applying takes half an hour online if you have your papers ready:",
             "Ask a certified installer for a written quote.", "Open an account on the agency's site with your tax number.",
             "Upload the quote and wait for the agency's reply."]

    assert introduced([lead, *steps]) == steps
    assert introduced([lead, steps[0], "Sign up today!", "Join us now!"]) == []  # prompts are no steps
    assert introduced([lead, *steps[:2]]) == []  # one statement is no list


def test_a_live_blogs_entry_headed_by_a_summary_label() -> None:
    lines = ["11:40", "Schools send pupils home", ("Three primary schools near the depot have asked families to collect "
             "their children at lunchtime because their kitchens have no power."), "Share this update", "10:55",
             ("Mobile generators are on their way from the coast and should be connected by the middle of the "
              "afternoon, the network operator says."), "Share this update", "09:30", "Roads closed around the site",
             ("Police have shut the high street between the station and the market square, and two bus routes are "
              "being diverted."), "Share this update", "07:05", "What we know so far",
             "A fire broke out at an electricity substation in the north of the town just before five this morning.",
             "About 14,000 homes and businesses lost power, and the fire service says nobody has been hurt.",
             "Share this update"]
    after = fixed_lines("Substation fire cuts power to 14,000 homes", lines)
    assert "07:05" in after and "What we know so far" in after
    assert "Share this update" not in after


def test_a_box_of_facts_set_into_the_article() -> None:
    lead = "The first rapid bus service on the ring road carried passengers on Tuesday, six years after work began."
    box = ["The line at a glance", "Length: 15.4 km", "Stations: 13", "Flat fare: 80 shillings", "Hours: 5am to 11pm daily"]
    after = ["Photo gallery (12)", "Minibus operators on the route have been offered a share of the company that runs it."]

    assert introduced([lead, *box, *after]) == box
    assert introduced([lead, *box]) == []  # the article does not go on: a block at the page's end
    assert introduced([lead, *box[:3], *after]) == []  # two facts make no box


def test_a_press_releases_end_mark_and_what_follows_it_go() -> None:
    lines = ["News release", "Harbour University opens a tidal energy test site", "3 March 2026",
             "Harbour University has opened a test site for tidal turbines in the estuary, the first of its kind in the region.",
             "The site will let engineers test small turbines in real currents before they are built at full size.",
             "Students from three faculties will take part in the first trials this spring, the university said.",
             "ENDS", "Notes to editors", "About Harbour University",
             "Harbour University is a public research university with 18,000 students on two campuses.",
             "Media contact", "Jo Barnes, press officer", "press@harbour.example | 01234 555 0100"]
    after = fixed_lines("Harbour University opens a tidal energy test site", lines)
    assert lines[5] in after and lines[3] in after
    assert "ENDS" not in after and "Media contact" not in after and lines[9] not in after
