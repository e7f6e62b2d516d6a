// The rules, the tagger and the resolver together on announcements and readouts written, for these tests, in the
// manner of publishers nobody tuned extraction on: who announces, what is announced and when, and names that put the
// family name first after a portfolio.

#include <algorithm>

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;
using test::hasEvent;
using test::names;

namespace {

Extraction run(const std::string& body, const std::string& title = "Press release",
               std::optional<DateValue> published = std::nullopt) {
    return test::extractWithBoth(body, title, std::move(published));
}

}  // namespace

TEST_CASE(
    "announcements: a project proud to present after an opening clause, or that also announces, is an "
    "organisation",
    "[recognisers][events]") {
    const auto x =
        run("After two years of development, the Quorvale project is proud to present its new stable "
            "version. The Quorvale Project also announces that its developers will meet in Tallinn.",
            "Quorvale 12 released", DateValue::fromIso("2023-06-10"));
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::any_of(agencies.begin(), agencies.end(),
                      [](const std::string& a) { return a == "Quorvale project" || a == "Quorvale Project"; }));
}

TEST_CASE("announcements: what is announced keeps its own date, the announcement takes the release's",
          "[recognisers][events]") {
    const auto x =
        run("The Quorvale Project is pleased to announce that its annual conference will take place in "
            "Tallinn from July 28 to August 4, 2024.",
            "Conference dates", DateValue::fromIso("2023-06-10"));
    CHECK(hasEvent(x, "announcement@2023-06-10"));
    CHECK_FALSE(hasEvent(x, "announcement@2024-07-28/2024-08-04"));
    CHECK(hasEvent(x, "conference@2024-07-28/2024-08-04"));
}

TEST_CASE("announcements: a conference named by a word and Conf or a numbered Con is a conference, a firm is not",
          "[recognisers][events]") {
    const auto x =
        run("The Quorvale Project also announces that QuorConf25 will take place in Tallinn from July 6 to "
            "July 12, 2025.",
            "Conference dates", DateValue::fromIso("2024-08-01"));
    CHECK(hasEvent(x, "conference@2025-07-06/2025-07-12"));
    const auto y =
        run("Attorney General Dana Reyes today announced a settlement with a clinic, Medical Concierge "
            "Wellness (MedCon Wellness), over misleading claims.",
            "Settlement", DateValue::fromIso("2023-06-14"));
    CHECK(hasEvent(y, "announcement@2023-06-14"));
    CHECK_FALSE(hasEvent(y, "conference@2023-06-14"));
}

TEST_CASE("announcements: a title after an opening clause acts, but is no organisation", "[recognisers]") {
    const auto x =
        run("Speaking in Rome, the Italian Prime Minister said the talks had gone well. In a statement, the "
            "Environmental Health Officer added that tests continue.");
    for (const auto& a : names(x, EntityType::Agency)) {
        CHECK(a.find("Prime Minister") == std::string::npos);
        CHECK(a.find("Officer") == std::string::npos);
    }
}

TEST_CASE("announcements: a family name before a two-part given name after a portfolio is part of the name",
          "[recognisers]") {
    const auto x = run("Minister for Trade Tan See Leng held talks with his counterpart in Tokyo on 13 March 2024.");
    CHECK(has(x, EntityType::Person, "Tan See Leng"));
    CHECK_FALSE(has(x, EntityType::Person, "See Leng"));
    // A compass point is no given name's part: "Park West Care" is a home's name.
    const auto y = run("Residents of Park West Care were moved to other homes.");
    CHECK_FALSE(has(y, EntityType::Person, "Park West Care"));
}

TEST_CASE("announcements: a body for another body is two bodies, a body for a field is one", "[recognisers]") {
    const auto x =
        run("Cabinet approved a loan from the Asian Development Bank for the Sri Lanka Ports Authority. The "
            "United Nations Office for the Coordination of Humanitarian Affairs welcomed it.");
    CHECK(has(x, EntityType::Agency, "Asian Development Bank"));
    CHECK(has(x, EntityType::Agency, "Sri Lanka Ports Authority"));
    CHECK(has(x, EntityType::Agency, "United Nations Office for the Coordination of Humanitarian Affairs"));
}

TEST_CASE("announcements: a kind of organisation as a label before a list names organisations, not people nor laws",
          "[recognisers]") {
    const auto x = run("The conference thanks its Platinum Sponsors Quorvex, Brindlemark, and Halvern Systems.");
    CHECK(has(x, EntityType::Agency, "Quorvex"));
    CHECK(has(x, EntityType::Agency, "Brindlemark"));
    const auto y =
        run("Broadcasters Rex Hudler and Terry Smith called the game. The firm violated the Nonprofit "
            "Corporations Act, Charitable Trusts Act, and Consumer Fraud Act.");
    for (const auto& a : names(y, EntityType::Agency)) {
        CHECK(a.find("Hudler") == std::string::npos);
        CHECK(a.find("Act") == std::string::npos);
    }
}

TEST_CASE("announcements: a transcript's speaker before a colon is a person, a hotline before its number is not",
          "[recognisers]") {
    const auto x =
        run("The Governor briefed the President on the economy.\n\nVladimir Putin: Mr Shapsha, let us "
            "begin with industry.\n\nVladislav Shapsha: Mr President, output grew by 8 percent.",
            "Meeting with Governor of Kaluga Region Vladislav Shapsha");
    CHECK(has(x, EntityType::Person, "Vladimir Putin"));
    CHECK_FALSE(has(x, EntityType::Location, "Vladimir"));
    const auto y =
        run("For help, call:\n\nTrevor Project Lifeline: (800) 788-7386\n\nMedia Contacts:\nOffice of "
            "Communications");
    CHECK_FALSE(has(y, EntityType::Person, "Trevor Project Lifeline"));
}

TEST_CASE("announcements: a name alone and a name opened by an acronym after \"and\" are two organisations",
          "[recognisers]") {
    const auto x = run("Rosatom and VTB Bank are also investing in the region's Research and Development Department.");
    // (The gazetteer knows the bank as "VTB": its name here is an alias of that entity.)
    CHECK(has(x, EntityType::Agency, "VTB"));
    CHECK(has(x, EntityType::Agency, "Rosatom"));
    for (const auto& a : names(x, EntityType::Agency)) CHECK(a != "Rosatom and VTB Bank");
    // (A body known by name before "and" is complete too.)
    const auto y = run("Sberbank, Aeroflot and Russian Railways signed the agreements.");
    CHECK(has(y, EntityType::Agency, "Aeroflot"));
    CHECK(has(y, EntityType::Agency, "Russian Railways"));
}

TEST_CASE(
    "announcements: an administrator's or a council member's title is no part of the name, nor is a town "
    "listed beside it",
    "[recognisers]") {
    const auto x =
        run("The letter went to Federal Aviation Administration (FAA) Administrator Michael Whitaker. Present "
            "were Councilwoman Leslie Daigle, Newport Beach, Council Member Tyler Diep, Westminster, and "
            "others.");
    CHECK(has(x, EntityType::Person, "Michael Whitaker"));
    CHECK_FALSE(has(x, EntityType::Person, "Administrator Michael Whitaker"));
    CHECK(has(x, EntityType::Person, "Tyler Diep"));
    CHECK_FALSE(has(x, EntityType::Person, "Newport Beach"));
}

TEST_CASE("announcements: a town after \"the city of\" and a building one is \"at\" are places", "[recognisers]") {
    const auto x =
        run("Whitcombe secured $2 million for the city of Pasadena. The luncheon was held at the Richard "
            "Nixon Library and Birthplace, and the forum at Glendale Central Library.");
    CHECK(has(x, EntityType::Location, "Pasadena"));
    CHECK(has(x, EntityType::Location, "Richard Nixon Library and Birthplace"));
    CHECK(has(x, EntityType::Location, "Glendale Central Library"));
    CHECK_FALSE(has(x, EntityType::Location, "Birthplace"));
}

TEST_CASE("announcements: a press contact is a person, labelled or over a title or a number", "[recognisers]") {
    const auto x =
        run("For Immediate Release\nJanuary 27th, 2005\nContact:\nMarcus Ellworth\nMedia Relations "
            "Director\n(714) 555-0199\n\nThe office filed charges today.");
    CHECK(has(x, EntityType::Person, "Marcus Ellworth"));
    const auto y =
        run("For Immediate Release\nJanuary 27th, 2005\nMarcus Ellworth\nMedia Relations Spokesperson(714) "
            "555-0199\n\nThe office filed charges today.");
    CHECK(has(y, EntityType::Person, "Marcus Ellworth"));
    for (const auto& p : names(y, EntityType::Person)) CHECK(p.find("Spokesperson") == std::string::npos);
}

TEST_CASE("announcements: a sentence opened by a name, \"and\" and a title names the first person too",
          "[recognisers]") {
    const auto x = run("Vladimir Putin and President of Turkey Recep Tayyip Erdogan held talks in Sochi.");
    CHECK(has(x, EntityType::Person, "Vladimir Putin"));
    CHECK(has(x, EntityType::Person, "Recep Tayyip Erdogan"));
}

TEST_CASE("announcements: no person is two people, a rank and a title, or a bill", "[recognisers]") {
    const auto x =
        run("Presidents Richard W. Fisher and Charles I. Plosser voted against the action. Senior "
            "Assistant District Attorney spoke. Senate Bill 1437 was argued today.");
    for (const auto& p : names(x, EntityType::Person)) {
        CHECK(p.find(" and ") == std::string::npos);
        CHECK(p != "Senior Assistant District Attorney");
        CHECK(p != "Senate Bill");
    }
}

TEST_CASE("announcements: places the gazetteer does not know, told by \"areas\" and \"a resident of\"",
          "[recognisers]") {
    const auto x =
        run("The suspects were arrested in Wellawatte, Dehiwala and Piliyandala areas. A 32-year-old "
            "resident of Kottawa was arrested in the Borella area. Residents of European cities rallied.");
    for (const char* place : {"Wellawatte", "Dehiwala", "Piliyandala", "Kottawa", "Borella"})
        CHECK(has(x, EntityType::Location, place));
    CHECK_FALSE(has(x, EntityType::Location, "European"));
    // A town's crossroads, named by the town.
    const auto y =
        run("A man was hit near the Velmaratota junction. Another was found at the Orlenwatta roundabout. "
            "The Main Street junction was closed.");
    CHECK(has(y, EntityType::Location, "Velmaratota"));
    CHECK(has(y, EntityType::Location, "Orlenwatta"));
    CHECK_FALSE(has(y, EntityType::Location, "Main Street"));
}

TEST_CASE("announcements: a second \"and\" in what a body is of starts another name", "[recognisers]") {
    const auto x = run("The plan was praised by the Los Angeles Department of Water and Power and Metro.");
    CHECK(has(x, EntityType::Agency, "Los Angeles Department of Water and Power"));
    for (const auto& a : names(x, EntityType::Agency)) CHECK(a.find("Metro") == std::string::npos);
    // (And "and the" before it.)
    const auto y = run("The Department of Immigration and Emigration and the Registrar of Companies agreed.");
    CHECK(has(y, EntityType::Agency, "Department of Immigration and Emigration"));
    for (const auto& a : names(y, EntityType::Agency)) CHECK(a.find("Emigration and") == std::string::npos);
}

TEST_CASE("announcements: a title and a name in the headline name a person the body does not repeat", "[recognisers]") {
    const auto x = run("Distinguished guests, ladies and gentlemen. It is my pleasure to join you at the summit today.",
                       "Opening Speech by Minister Grace Fu at the World Cities Summit 2024");
    CHECK(has(x, EntityType::Person, "Grace Fu"));
    const auto y = run("The court ruled today.", "District Attorney Todd Spitzer Prevails in Appeal");
    CHECK_FALSE(has(y, EntityType::Person, "Todd Spitzer Prevails"));
    // (After "by" and a title, a name the gazetteer's given names do not know, closed by a lower-case word.)
    const auto speech = run("Distinguished guests, ladies and gentlemen. It is my pleasure to join you today.",
                            "Speech by Senior Minister of State Janil Puthucheary at the Velmar Water Week");
    CHECK(has(speech, EntityType::Person, "Janil Puthucheary"));
    // (A common given name that a town bears too; the region the title is of is a place of the release.)
    const auto governor = run("The meeting took place in the Kremlin. The Governor reported on the situation.",
                              "Meeting with Governor of Kursk Region Alexander Khinshtein");
    CHECK(has(governor, EntityType::Person, "Alexander Khinshtein"));
    CHECK(has(governor, EntityType::Location, "Kursk Region"));
    // ("Bill" is a given name: the verb before it ends the name.)
    const auto z = run("Senator Marlowe introduced the Affordable Homes Act today. The bill lowers costs.",
                       "Senator Marlowe Introduces Bill to Lower Housing Costs");
    for (const auto& p : names(z, EntityType::Person)) CHECK(p.find("Introduces") == std::string::npos);
}

TEST_CASE("announcements: a place inside an event's or a programme's name is no place of its own", "[recognisers]") {
    const auto x =
        run("It is my pleasure to join you at the World Cities Summit today. The Halifax International "
            "Security Forum and the UNODC Pakistan Country Programme were discussed.");
    CHECK_FALSE(has(x, EntityType::Location, "World"));
    CHECK_FALSE(has(x, EntityType::Location, "Halifax"));
    CHECK_FALSE(has(x, EntityType::Location, "Pakistan"));
}

TEST_CASE("announcements: a conference's ceremony is part of the conference, a graduation's is its own event",
          "[recognisers][events]") {
    const auto x =
        run("The President took part in the opening ceremony of the UN Climate Change Conference in "
            "Glasgow.",
            "President at the conference", DateValue::fromIso("2021-11-01"));
    CHECK(hasEvent(x, "conference@2021-11-01"));
    CHECK_FALSE(hasEvent(x, "other@2021-11-01"));
    const auto y = run("After a week of activities the students will graduate in a ceremony at 11:45 a.m. on Aug. 10.",
                       "Students graduate", DateValue::fromIso("2001-08-01"));
    CHECK(hasEvent(y, "other@2001-08-10"));
}

TEST_CASE("announcements: a transcript's speaker who takes the floor twice is a person whatever the given name",
          "[recognisers]") {
    const auto x =
        run("The session took place in Sochi.\n\nFyodor Lukyanov: Good afternoon. Let us begin.\n\nVladimir "
            "Putin: Thank you.\n\nFyodor Lukyanov: My first question is about the economy.",
            "Valdai Club session");
    CHECK(has(x, EntityType::Person, "Fyodor Lukyanov"));
    CHECK(has(x, EntityType::Person, "Vladimir Putin"));
}

TEST_CASE(
    "announcements: a building named by its last word is a sure place, a kind of building or a lending "
    "programme is none",
    "[recognisers]") {
    const auto x =
        run("Inmates were moved to the Harwick Correctional Facility. Bags go to a material recovery "
            "facility (MRF). Under the new Term Securities Lending Facility (TSLF), dealers may borrow. "
            "Staff of the Training Facility helped.");
    CHECK(has(x, EntityType::Location, "Harwick Correctional Facility"));
    CHECK_FALSE(has(x, EntityType::Location, "material recovery facility"));
    CHECK_FALSE(has(x, EntityType::Location, "Term Securities Lending Facility"));
    CHECK_FALSE(has(x, EntityType::Location, "Training Facility"));
}

TEST_CASE("announcements: an organisation only the tagger reads is kept where it acts, not inside a longer name",
          "[recognisers]") {
    const auto x =
        run("The Corrupt Practices Investigation Bureau said the case was closed. Later, CPIB announced "
            "three more charges, and the staff contacted the Newport Beach Police Department (NBPD) Animal "
            "Control staff.");
    for (const auto& a : names(x, EntityType::Agency)) CHECK(a != "Control");
}

TEST_CASE("announcements: a surname after a state's name is not renamed with the state's last word", "[recognisers]") {
    const auto x =
        run("The President spoke with the Presidents of the Czech Republic and Slovakia, Prime Minister of "
            "the United Kingdom Johnson. Each conversation was useful.");
    CHECK_FALSE(has(x, EntityType::Person, "Kingdom Johnson"));
}

TEST_CASE("announcements: an awareness programme conducted for an audience is a training, a sentence's is not",
          "[recognisers][events]") {
    const auto x =
        run("The Marrowby Police conducted an awareness programme on road safety for students of Elmfield "
            "College on 12 February 2024.",
            "Police conduct awareness programme", DateValue::fromIso("2024-02-14"));
    CHECK(hasEvent(x, "training@2024-02-12"));
    const auto sentence =
        run("Jordan Pell, 41, pleaded guilty to one misdemeanor count of driving under the influence "
            "and was sentenced to 30 days in jail and an 18-month alcohol awareness program.",
            "Driver sentenced", DateValue::fromIso("2024-02-14"));
    CHECK(sentence.meetings.empty());
}

TEST_CASE(
    "announcements: a speaker's title and name in the headline, though a town shares the family name or the "
    "family name comes first",
    "[recognisers]") {
    const std::string body =
        "Distinguished guests,\n\nGood morning. It is my pleasure to join you today, and I thank "
        "the organisers for the invitation. Over the past year, our agencies have worked closely "
        "with residents, schools and businesses to keep our estates clean.";
    CHECK(has(
        run(body, "Speech by Senior Minister of State Dr Amy Smith at the Carnival", DateValue::fromIso("2024-11-03")),
        EntityType::Person, "Amy Smith"));
    CHECK(has(run(body, "Remarks by Minister of State Baey Yam Keng at the Launch", DateValue::fromIso("2024-08-30")),
              EntityType::Person, "Baey Yam Keng"));
}

TEST_CASE("announcements: a placeholder name listed beside a real one is nobody", "[recognisers]") {
    const auto x =
        run("Victim, 19-year-old Scottie Brell, and victim John Doe got into their vehicle and tried to "
            "leave the parking lot.",
            "Man charged with shooting", DateValue::fromIso("2016-01-05"));
    CHECK(has(x, EntityType::Person, "Scottie Brell"));
    CHECK_FALSE(has(x, EntityType::Person, "John Doe"));
}

TEST_CASE("announcements: a speech's occasion in the headline is the release's event, of the kind its name says",
          "[recognisers][events]") {
    const std::string body =
        "Distinguished guests,\n\nGood evening. It is my pleasure to join you tonight, and I "
        "thank the organisers for the invitation. Last month, I visited several schools in "
        "Marrowby and met teachers who are leading change in their classrooms.";
    const auto dinner =
        run(body, "Speech by Minister Grace Fu at the Eco Gala Dinner", DateValue::fromIso("2024-03-02"));
    CHECK(hasEvent(dinner, "other@2024-03-02"));
    const auto launch = run(body, "Remarks by Minister Grace Fu at the Launch of the Zero Waste Masterplan",
                            DateValue::fromIso("2024-08-30"));
    CHECK(hasEvent(launch, "announcement@2024-08-30"));
    // A speech at a body is given there, not at an occasion of its own.
    const auto body2 =
        "Dear friends of Elmfield House,\n\nThank you for inviting me. Elmfield House has studied our "
        "region for a century, and its fellows have advised governments on every continent.";
    const auto house =
        run(body2, "Speech by President Volodymyr Zelenskyy at Elmfield House", DateValue::fromIso("2022-05-06"));
    CHECK(house.meetings.empty());
}

TEST_CASE("announcements: a ministry's portfolios after commas are its name, a list of bodies is not",
          "[recognisers]") {
    const auto x =
        run("The Ministry of Urban Development, Construction and Housing proposed the programme with the "
            "Ceylon Electricity Board and the National Water Supply and Drainage Board.",
            "Cabinet decisions", DateValue::fromIso("2024-01-10"));
    CHECK(has(x, EntityType::Agency, "Ministry of Urban Development, Construction and Housing"));
    CHECK(has(x, EntityType::Agency, "National Water Supply and Drainage Board"));
    const auto list =
        run("Officers worked with Interpol, the State Department, Department of Justice, and Homeland "
            "Security, in a continuous effort to find him.",
            "Fugitive returned", DateValue::fromIso("2014-01-10"));
    const auto agencies = names(list, EntityType::Agency);
    CHECK(std::none_of(agencies.begin(), agencies.end(),
                       [](const std::string& a) { return a.find(',') != std::string::npos; }));
}

TEST_CASE("announcements: a small town named like a field is a portfolio in a ministry's name, a country ends it",
          "[recognisers]") {
    // "Commerce" is a town of 13,000 in California; "Trade" and "Food Security" are fields.
    const auto x =
        run("The Ministry of Trade, Commerce and Food Security said the Consumer Affairs Authority will "
            "inspect the markets this week.",
            "Cabinet decisions", DateValue::fromIso("2024-01-10"));
    CHECK(has(x, EntityType::Agency, "Ministry of Trade, Commerce and Food Security"));
    CHECK_FALSE(has(x, EntityType::Agency, "Ministry of Trade"));
    const auto country = run("The Ministry of Health, Sri Lanka and the Ministry of Education, Japan signed it.",
                             "Health news", DateValue::fromIso("2024-01-10"));
    const auto agencies = names(country, EntityType::Agency);
    CHECK(std::none_of(agencies.begin(), agencies.end(),
                       [](const std::string& a) { return a.find("Sri Lanka") != std::string::npos; }));
}

TEST_CASE("announcements: an exchange and a gendarmerie are bodies; foreign exchange is none", "[recognisers]") {
    const auto x =
        run("The Quorvale Stock Exchange and the central bank said foreign exchange reserves rose. The "
            "Foreign Exchange Reserves Act was not changed.",
            "Markets steady", DateValue::fromIso("2024-01-10"));
    CHECK(has(x, EntityType::Agency, "Quorvale Stock Exchange"));
    CHECK(has(run("Officers of the Quorvalian National Gendarmerie arrested the two men at the border post.",
                  "Two arrested", DateValue::fromIso("2024-01-10")),
              EntityType::Agency, "Quorvalian National Gendarmerie"));
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::none_of(agencies.begin(), agencies.end(),
                       [](const std::string& a) { return a.starts_with("Foreign Exchange"); }));
}

TEST_CASE("announcements: a body named for its members keeps them in its name", "[recognisers]") {
    const auto x =
        run("Representatives of the Association of Chief Police Officers and the Federation of Small "
            "Businesses attended the hearing in the city hall.",
            "Hearing held", DateValue::fromIso("2024-01-10"));
    CHECK(has(x, EntityType::Agency, "Association of Chief Police Officers"));
    CHECK_FALSE(has(x, EntityType::Agency, "Association of Chief Police"));
    // (A body's people after its name are none of it.)
    const auto officers = run("Quorvale Highway Patrol Officers arrested the driver on the freeway after a chase.",
                              "Driver arrested", DateValue::fromIso("2024-01-10"));
    CHECK_FALSE(has(officers, EntityType::Agency, "Quorvale Highway Patrol Officers"));
}

TEST_CASE(
    "announcements: celebrations, parades, inspections and programmes organised are events of kind other, not "
    "in a crime narrative",
    "[recognisers][events]") {
    const auto day = DateValue::fromIso("2024-03-14");
    CHECK(hasEvent(run("President Arlen Voss participated in the National Independence Day celebration held at the "
                       "Harbour Green on 4 February 2024.",
                       "Independence Day", day),
                   "other@2024-02-04"));
    CHECK(hasEvent(run("The Minister of Health Dara Quell inspected the new wing of the Marrowby General Hospital on "
                       "12 March 2024.",
                       "Minister inspects hospital", day),
                   "other@2024-03-12"));
    CHECK(hasEvent(run("The Marrowby Navy organised a beach cleaning programme at Elm Bay on 9 March 2024.",
                       "Beach cleaning", day),
                   "other@2024-03-09"));
    CHECK(hasEvent(
        run("The Finance Committee will convene on 20 March 2024 to review the draft budget.", "Budget review", day),
        "meeting@2024-03-20"));
    CHECK(run("On 28 August 2009, Jordan Pell cared for 2-year-old Toby Lane while his mother was out to attend a "
              "birthday celebration.",
              "Man Convicted of Beating Death of 2-Year-Old Child", day)
              .meetings.empty());
    CHECK(run("On 1 December 2011, Jordan Pell committed the robbery-murder of a man he met through a website.",
              "Man faces trial", day)
              .meetings.empty());
}

TEST_CASE("announcements: a numeric date is read day first when the release writes its dates day first",
          "[recognisers][dates]") {
    auto isos = [](const Extraction& x) {
        std::vector<std::string> out;
        for (const auto& d : x.dates) out.push_back(d.value.iso());
        return out;
    };
    const auto dayFirst = run("Decisions taken at the meeting held on 01-12-2026. The scheme opened on 4 March 2024.",
                              "Cabinet decisions");
    const auto d = isos(dayFirst);
    CHECK(std::count(d.begin(), d.end(), "2026-12-01") == 1);
    const auto monthFirst = run("The filing of 11-3-2000 was amended on March 4, 2024.", "Filing");
    const auto m = isos(monthFirst);
    CHECK(std::count(m.begin(), m.end(), "2000-11-03") == 1);
}

TEST_CASE("announcements: a minister's portfolio is no person", "[recognisers]") {
    const auto x =
        run("The proposal presented by the Minister of Urban Development, Construction and Housing was "
            "approved. The Minister of Health and Mass Media presented a second proposal. The "
            "Minister of Agriculture and Plantation Industries agreed.",
            "Cabinet decisions");
    CHECK(names(x, EntityType::Person).empty());
}

TEST_CASE("announcements: an acronym never spelled out that speaks or acts is an organisation", "[recognisers]") {
    const auto x = run("The QWA said households would benefit. The CEO said the plan was sound.", "Water campaign");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::find(agencies.begin(), agencies.end(), "QWA") != agencies.end());
    CHECK(std::find(agencies.begin(), agencies.end(), "CEO") == agencies.end());
    const auto y = run("Investigator Dana Quorle interviewed the witness. QUORLE said the man ran.", "Report");
    CHECK(names(y, EntityType::Agency).empty());
    const auto z = run(
        "Quorvale Offshore & Marine Ltd (\xE2\x80\x9CQOM\xE2\x80\x9D) was warned. QOM said it would pay.", "Warning");
    for (const auto& a : names(z, EntityType::Agency)) CHECK(a != "QOM");
}

TEST_CASE("announcements: a readout's headline names the meeting's participant and its country, the body need not",
          "[recognisers][events]") {
    const auto x = run("The Governor briefed the President on the situation in the region.",
                       "Meeting with Governor of Quorvale Region Alexei Dyumin", DateValue::fromIso("2026-11-01"));
    CHECK(has(x, EntityType::Person, "Alexei Dyumin"));
    REQUIRE(hasEvent(x, "meeting@2026-11-01"));
    const auto& people = x.meetings.front().people;
    CHECK(std::find(people.begin(), people.end(), "Alexei Dyumin") != people.end());
    const auto y =
        run("The President arrived on an official visit.", "Visit to Mongolia", DateValue::fromIso("2026-11-04"));
    CHECK(has(y, EntityType::Location, "Mongolia"));
    const auto z = run("The suspect was arrested on Tuesday.", "Man Held for Selling Stolen Goods in Grants",
                       DateValue::fromIso("2026-11-04"));
    CHECK_FALSE(has(z, EntityType::Location, "Grants"));
}

TEST_CASE("announcements: a signature's title is no person, a title after a name is not part of it", "[recognisers]") {
    const auto x = run("The suspects were produced before court.\n\nPolice Media Spokesman\nSSP Nihal Thalduwa",
                       "Suspects arrested");
    for (const auto& p : names(x, EntityType::Person)) CHECK(p.find("Spokesman") == std::string::npos);
}

TEST_CASE("announcements: a legislator's party is not part of the district", "[recognisers]") {
    const auto x = run("Rep. Dana Reyes (D-San Fernando Valley) wrote to the agency.", "Letter");
    CHECK(has(x, EntityType::Location, "San Fernando Valley"));
    CHECK_FALSE(has(x, EntityType::Location, "D-San Fernando Valley"));
}

TEST_CASE("announcements: a past meeting opened by its year is dated with it, criteria that are met are no meeting",
          "[recognisers][events]") {
    const auto x =
        run("Today the Congresswoman wrote to the agency. In 2023, Dana Reyes and her colleagues met with "
            "agency officials in Quorvale.",
            "Letter to the agency", DateValue::fromIso("2026-11-21"));
    CHECK(hasEvent(x, "meeting@2023"));
    const auto y = run("The court found that the criteria for commitment are met, and the man will remain in custody.",
                       "Commitment", DateValue::fromIso("2026-11-21"));
    CHECK(y.meetings.empty());
}

TEST_CASE("announcements: a country's ministry is the ministry, the country a place", "[recognisers]") {
    const auto x =
        run("We signed a memorandum with the Netherlands' Ministry of Infrastructure and Water Management. "
            "The Philippines' Department of Health also joined.",
            "Agreements signed");
    CHECK(has(x, EntityType::Agency, "Ministry of Infrastructure and Water Management"));
    CHECK(has(x, EntityType::Agency, "Department of Health"));
    CHECK(has(x, EntityType::Location, "Netherlands"));
    CHECK(has(x, EntityType::Location, "Philippines"));
}

TEST_CASE("announcements: a programme to raise awareness is a training", "[recognisers][events]") {
    const auto x =
        run("A programme to raise awareness among school children on the dangers of drugs was held at "
            "Quorvale College on 10th November 2026.",
            "Awareness", DateValue::fromIso("2026-11-12"));
    CHECK(hasEvent(x, "training@2026-11-10"));
}

TEST_CASE("announcements: an event spoken of as another occasion lends the day's meeting neither venue nor date",
          "[recognisers][events]") {
    const auto x =
        run("Vladimir Putin held a meeting with permanent members of the Security Council. The participants "
            "discussed the outcomes of the summit in Astana.",
            "Meeting with Security Council permanent members", DateValue::fromIso("2026-11-14"));
    REQUIRE(hasEvent(x, "meeting@2026-11-14"));
    for (const auto& m : x.meetings)
        if (m.date && m.date->iso() == "2026-11-14") CHECK(m.location.empty());
}

TEST_CASE("announcements: a signature's portfolios after the first are no person", "[recognisers]") {
    const auto x =
        run("The Cabinet of Ministers approved the proposal.\n\nDr. Nalinda Jayatissa\nMinister of Health and "
            "Mass Media and\nCabinet Spokesman",
            "Decisions taken at the Cabinet Meeting held on 18.11.2026");
    CHECK(names(x, EntityType::Person) == std::vector<std::string>{"Nalinda Jayatissa"});
}

TEST_CASE("announcements: a body's one word is its longer name of the release", "[recognisers]") {
    const auto x =
        run("The Cabinet of Ministers approved the proposal presented by the Minister. The committee was "
            "appointed by the Cabinet.",
            "Decisions taken at the Cabinet Meeting held on 18.11.2026");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::count(agencies.begin(), agencies.end(), "Cabinet of Ministers") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Cabinet") == 0);
}

TEST_CASE("announcements: a speech's recalled events keep their own dates, its occasion the release's",
          "[recognisers][events]") {
    const auto x =
        run("1. Good morning. Thank you for having me at this year's Climate Action Forum.\n\n2. Last year, "
            "at COP29 in Baku, countries agreed on a new goal. In July, I visited the Semakau Landfill "
            "with students from Nanyang Technological University.",
            "Speech by Ms Dana Reyes at the Climate Action Forum", DateValue::fromIso("2026-11-18"));
    CHECK(hasEvent(x, "conference@2026-11-18"));
    CHECK(hasEvent(x, "conference@2025"));
    CHECK(hasEvent(x, "other@2026-07"));
    CHECK_FALSE(hasEvent(x, "conference@2026"));
}

TEST_CASE("announcements: a conference named in run-together words, a council a minister co-chaired",
          "[recognisers][events]") {
    const auto x = run("A MiniQuorConf will be held in Berlin from 10 to 12 December 2026.", "Conference",
                       DateValue::fromIso("2026-11-05"));
    CHECK(hasEvent(x, "conference@2026-12-10/2026-12-12"));
    const auto y = run("Minister Dana Reyes co-chaired the 5th Quorvale-Harwick Joint Steering Council on Environment.",
                       "Joint council", DateValue::fromIso("2026-11-15"));
    CHECK(hasEvent(y, "meeting@2026-11-15"));
}

TEST_CASE("announcements: an official who secures funding or an agreement today announces it",
          "[recognisers][events]") {
    const auto x =
        run("Washington, D.C. - Today, Rep. Dana Reyes secured $5 million in federal funding for the "
            "Quorvale Water Reclamation Plant.",
            "Reyes Secures $5 Million for Water Project", DateValue::fromIso("2026-11-01"));
    CHECK(hasEvent(x, "announcement@2026-11-01"));
    const auto y = run("The suspect secured the door and fled.", "Burglary", DateValue::fromIso("2026-11-01"));
    CHECK(y.meetings.empty());
}

TEST_CASE("announcements: towns a police report names where suspects were arrested, not owners or targets",
          "[recognisers]") {
    const auto x =
        run("Officers arrested two suspects in Quorvagoda and Harwitiya on 25th November. Another suspect was "
            "arrested at Deltawela. A third was arrested near Pelwarigama with 2 kilograms of cannabis.",
            "Suspects arrested", DateValue::fromIso("2026-11-26"));
    CHECK(has(x, EntityType::Location, "Quorvagoda"));
    CHECK(has(x, EntityType::Location, "Harwitiya"));
    CHECK(has(x, EntityType::Location, "Deltawela"));
    CHECK(has(x, EntityType::Location, "Pelwarigama"));
    const auto y =
        run("Drugs were found in Haugen's apartment. A man living in Ft. Huachuca was arrested in Central "
            "and South America.",
            "Drugs found", DateValue::fromIso("2026-11-26"));
    CHECK_FALSE(has(y, EntityType::Location, "Haugen"));
    CHECK_FALSE(has(y, EntityType::Location, "Ft"));
    CHECK_FALSE(has(y, EntityType::Location, "Central"));
    const auto z = run("Officers found the ledgers in Spanish.", "Dealer settles", DateValue::fromIso("2026-11-26"));
    CHECK_FALSE(has(z, EntityType::Location, "Spanish"));
}

TEST_CASE("announcements: a project's team named before a lower-case team is a unit", "[recognisers]") {
    const auto x =
        run("The release team thanked the Quorvale Installer team and the Quorvale Long Term Support (LTS) "
            "team. The Orange County team won the game.",
            "Quorvale 14 released");
    CHECK(has(x, EntityType::Agency, "Quorvale Installer team"));
    CHECK(has(x, EntityType::Agency, "Quorvale Long Term Support team"));
    CHECK_FALSE(has(x, EntityType::Agency, "Orange County team"));
    // (A surname's word after the project's name is still the project's team; a person's team is no body.)
    const auto y =
        run("The Quorvale Ruby team and the Quorvale Med team thanked the Smith team and the John Baker "
            "team.",
            "Quorvale 14 released");
    CHECK(has(y, EntityType::Agency, "Quorvale Ruby team"));
    CHECK(has(y, EntityType::Agency, "Quorvale Med team"));
    CHECK_FALSE(has(y, EntityType::Agency, "Smith team"));
    CHECK_FALSE(has(y, EntityType::Agency, "John Baker team"));
}

TEST_CASE("announcements: a project's team named with its acronym is the team it spelled out", "[recognisers]") {
    const auto x =
        run("The Quorvale Long Term Support (LTS) Team announced the end of support for Quorvale 10. The Quorvale "
            "LTS team will hand over to volunteers. The Velmar County Sheriff's Department SMART team and the SWAT "
            "team helped.",
            "Quorvale 10 reaches its end of life");
    const auto* team = test::entity(x, "Quorvale Long Term Support Team");
    REQUIRE(team != nullptr);
    CHECK(team->acronym == "LTS");
    CHECK(std::find(team->aliases.begin(), team->aliases.end(), "Quorvale LTS team") != team->aliases.end());
    CHECK_FALSE(has(x, EntityType::Agency, "Quorvale LTS team"));
    // (Not a unit after its body's head word, nor a team named by an acronym alone.)
    CHECK_FALSE(has(x, EntityType::Agency, "Department SMART team"));
    CHECK_FALSE(has(x, EntityType::Agency, "SWAT team"));
}

TEST_CASE("announcements: what a transcript's speaker recalls does not stand for the headline's meeting",
          "[recognisers][events]") {
    const auto x =
        run("Alexander Khinshtein reported to the President on the situation in the region.\n\nVladimir Putin: "
            "Mr Khinshtein, let us begin.\n\nAlexander Khinshtein: Mr President, I met with residents of the "
            "district last week.\n\nVladimir Putin: Good.",
            "Meeting with Governor of Quorvale Region Alexander Khinshtein", DateValue::fromIso("2026-11-19"));
    CHECK(hasEvent(x, "meeting@2026-11-19"));
}

TEST_CASE("announcements: a dialogue session the public may attend is a meeting on its date", "[recognisers][events]") {
    const auto x =
        run("The agency is seeking public feedback. Members of the public may also attend a dialogue session "
            "at the Environment Building on 5 December 2026.",
            "Public consultation", DateValue::fromIso("2026-11-21"));
    CHECK(hasEvent(x, "meeting@2026-12-05"));
}

TEST_CASE("announcements: no person's name holds a programme's, a law's or a body's word", "[recognisers]") {
    const auto x =
        run("District Attorney Dana Reyes introduced the Vietnamese Outreach Program. She fought to pass the "
            "Crime Victims Justice Reform Act Proposition 115, with help from the Trevor Project and Orange "
            "County Probation.",
            "Outreach");
    CHECK(names(x, EntityType::Person) == std::vector<std::string>{"Dana Reyes"});
}

TEST_CASE("announcements: a company's country in parentheses is part of its name, a legal form alone none",
          "[recognisers]") {
    const auto x =
        run("An employee of Quorvale Airport Group (Singapore) Pte Ltd (QAG) will be charged in court.", "Charged");
    CHECK(has(x, EntityType::Agency, "Quorvale Airport Group (Singapore) Pte Ltd"));
    CHECK_FALSE(has(x, EntityType::Agency, "Pte Ltd"));
}

TEST_CASE("announcements: a person's office is the release's office of that person", "[recognisers]") {
    const auto x =
        run("Minnesota Attorney General Dana Reyes today sued the company. The Minnesota Attorney General's "
            "Office is seeking an injunction. Attorney General Reyes's Office received 40 complaints.",
            "Reyes sues company");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::find(agencies.begin(), agencies.end(), "Reyes's Office") == agencies.end());
}

TEST_CASE("announcements: a date before another noun dates that noun's event, not the announcement",
          "[recognisers][events]") {
    const auto x =
        run("Today, on the second anniversary of the May 25, 2020 death of Dana Reyes in Harbourton, "
            "Attorney General Tavo Renkasi issued the following statement. The District Attorney will hold "
            "a press conference to provide an update regarding the November 7, 2021 attack.",
            "Statement", DateValue::fromIso("2022-05-25"));
    // (The press conference and the statement are one event of the media family on the release's day.)
    CHECK(hasEvent(x, "announcement@2022-05-25"));
    CHECK_FALSE(hasEvent(x, "announcement@2020-05-25"));
    CHECK_FALSE(hasEvent(x, "press_conference@2021-11-07"));
    // (A date a few words before the event's own noun is its date.)
    const auto y = run("The President attended the 3 June bilateral meeting in Harbourton with other leaders.",
                       "Meeting", DateValue::fromIso("2024-06-07"));
    CHECK(hasEvent(y, "meeting@2024-06-03"));
}

TEST_CASE("announcements: an event still to come, told after the lead, is undated and no other event",
          "[recognisers][events]") {
    const auto x =
        run("The Cabinet of Ministers met today and approved the national budget. It was a long session."
            "\n\nApproval was granted to hold the Quorvale Conference on Tea in Harbourton on 3 June 2026."
            "\n\nThe Ministry of Health will hold a training workshop for nurses.",
            "Cabinet decisions", DateValue::fromIso("2026-05-12"));
    CHECK(hasEvent(x, "meeting@2026-05-12"));
    CHECK(hasEvent(x, "conference@2026-06-03"));
    // (The workshop to come is an event of its own, undated: neither the conference nor the day's meeting, it
    // lends them no participant. One event for "training workshop".)
    CHECK(hasEvent(x, "training@-"));
    CHECK(x.meetings.size() == 3);
    for (const auto& m : x.meetings)
        CHECK((std::find(m.agencies.begin(), m.agencies.end(), "Ministry of Health") == m.agencies.end()) ==
              m.date.has_value());
    // (Many to come are a duty, not an event: "will hold meetings with the board".)
    const auto z =
        run("The Cabinet of Ministers met today and approved the national budget. It was a long session."
            "\n\nUnder the plan, the Ministry of Health will hold meetings with nurses.",
            "Cabinet decisions", DateValue::fromIso("2026-05-12"));
    CHECK(z.meetings.size() == 1);
    // (An event to come that the release dates elsewhere is that event: "The hearing is scheduled for ...".)
    const auto y =
        run("The Board met today. It approved its plan.\n\nThe Board will conduct a public hearing on the "
            "Quorvale programme with the Harbourton Water Agency. The public hearing is scheduled for March "
            "19, 2026, at the Harbourton Hotel.",
            "Hearing", DateValue::fromIso("2026-02-10"));
    CHECK(hasEvent(y, "meeting@2026-03-19"));
    for (const auto& m : y.meetings)
        if (m.date && m.date->iso() == "2026-03-19")
            CHECK(std::find(m.agencies.begin(), m.agencies.end(), "Harbourton Water Agency") != m.agencies.end());
}

TEST_CASE("announcements: a kind listed among fields an acronym spells names a department, not an event",
          "[recognisers][events]") {
    const auto x =
        run("The firm named Tamsin Rhee, Training, Quality and Projects (TQP) Executive of Quorvale Ltd, "
            "as its new director today.",
            "New director named", DateValue::fromIso("2022-12-07"));
    CHECK(std::none_of(x.meetings.begin(), x.meetings.end(),
                       [](const Meeting& m) { return m.kind == MeetingKind::Training; }));
    // (The kind opening an event's name keeps it one.)
    const auto cop = run("The Minister attended the Conference of the Parties (COP) in Glasgow on 1 November 2021.",
                         "Minister at the summit", DateValue::fromIso("2021-11-02"));
    CHECK_FALSE(cop.meetings.empty());
}

TEST_CASE("announcements: also announced further down is the release's news, has also announced is not",
          "[recognisers][events]") {
    const std::string lead =
        "The Quorvale Oversight Board has voted to open three new reviews of harbour security.\n\nThe reviews "
        "will examine how the port checks cargo, from loading to delivery, at each of its terminals.\n\n";
    const auto x = run(lead +
                           "Chair Dana Reyes, along with Board Member Tomas Kirrin, also announced two other "
                           "reviews approved by the Board.",
                       "Board opens harbour reviews", DateValue::fromIso("2025-06-26"));
    CHECK(hasEvent(x, "announcement@2025-06-26"));
    const auto y = run(lead + "The Harbourton Port Agency has also announced further checks at two terminals.",
                       "Board opens harbour reviews", DateValue::fromIso("2025-06-26"));
    CHECK_FALSE(hasEvent(y, "announcement@2025-06-26"));
    // (Said at the event told before, a part of it.)
    const auto z =
        run("The Harbour Council held its first working group meeting in Harbourton on 24 June 2025. The meeting was "
            "chaired by Dana Reyes.\n\nThe members reviewed the workplan for the next two years in detail.\n\nIn "
            "her closing remarks, Chair Dana Reyes thanked the members. Ms Reyes also announced through this meeting "
            "the formal acceptance of the workplan.",
            "Working group meets", DateValue::fromIso("2025-06-25"));
    CHECK(hasEvent(z, "meeting@2025-06-24"));
    CHECK_FALSE(hasEvent(z, "announcement@2025-06-24"));
    CHECK_FALSE(hasEvent(z, "announcement@2025-06-25"));
}

TEST_CASE("announcements: a project proud to present its new version announces it that day", "[recognisers][events]") {
    const auto x = run(
        "After 1 year, 9 months, and 28 days of development, the Quorvale project is proud to present its new "
        "stable version 12 (code name lantern).\n\nQuorvale 12 will be supported for the next 5 years thanks to the "
        "work of the Quorvale Security team.",
        "Quorvale 12 lantern released", DateValue::fromIso("2023-06-10"));
    CHECK(hasEvent(x, "announcement@2023-06-10"));
}

TEST_CASE("announcements: a gerund opening a heading names a matter decided, not an event", "[recognisers][events]") {
    const auto x =
        run("01. Signing a Memorandum of Understanding between Quorvale and Velmarsk on cooperation in farming\n\nThe "
            "proposal presented by the Minister of Farming to sign the above memorandum was approved by the Cabinet of "
            "Ministers.\n\n02. Hosting the 5th Regional Ports Conference in Harbourton\n\nThe Cabinet of Ministers "
            "approved the proposal to host the conference in Harbourton from 10 to 12 October 2023.",
            "Decisions taken by the Cabinet of Ministers", DateValue::fromIso("2023-06-13"));
    CHECK_FALSE(hasEvent(x, "other@2023-06-13"));
    CHECK(hasEvent(x, "conference@2023-10-10/2023-10-12"));
    // (A line of running text that opens with one is a report: "Signing the agreement, the Minister said ...".)
    const auto y =
        run("Signing the agreement in Harbourton today, Minister Dana Reyes said the deal would help farmers.",
            "Agreement signed", DateValue::fromIso("2023-06-13"));
    CHECK(hasEvent(y, "other@2023-06-13"));
}

TEST_CASE("announcements: a resource or community fair a representative hosts is an event", "[recognisers][events]") {
    const auto x =
        run("Today, Rep. Dana Quellwood hosted a Veterans Resource Fair at the Quorvale Armory, connecting "
            "veterans with services. A Community Fair will follow on 20 June 2023.",
            "Quellwood hosts fair", DateValue::fromIso("2023-06-13"));
    CHECK(hasEvent(x, "conference@2023-06-13"));
    CHECK(hasEvent(x, "conference@2023-06-20"));
}

TEST_CASE("announcements: a gathering's name told again after \"the\" is the one told before",
          "[recognisers][events]") {
    const auto x =
        run("The Quorvale District Attorney's Office will take part in the Velmar Family Day Health and "
            "Resource Fair on Saturday, June 24, 2023. The Health and Resource Fair offers families the "
            "chance to meet county agencies.",
            "Office to take part in fair", DateValue::fromIso("2023-06-13"));
    CHECK(hasEvent(x, "conference@2023-06-24"));
    CHECK(x.meetings.size() == 1);
}

TEST_CASE(
    "announcements: a bill introduced with others today is the day's announcement, one asked for or to come is "
    "not",
    "[recognisers][events]") {
    const auto day = DateValue::fromIso("2025-03-04");
    const auto joined =
        run("Today, Rep. Maria Delgado joined Rep. Tom Ashby to introduce the Safe Homes Act. The "
            "bill would help families.",
            "Delgado on wildfire aid", day);
    CHECK(hasEvent(joined, "announcement@2025-03-04"));
    for (const std::string sentence :
         {"Rep. Maria Delgado urged Congress to introduce legislation.",
          "Rep. Maria Delgado intends to introduce a "
          "bill.",
          "Rep. Maria Delgado will introduce the bill.", "Rep. Maria Delgado voted to introduce the bill in 2023.",
          "Rep. Maria Delgado will join Rep. Tom Ashby to introduce the Safe Homes Act."}) {
        const auto x = run(sentence, "Delgado on wildfire aid", day);
        CHECK(test::eventKeys(x).empty());
    }
    const auto headline = run("Rep. Maria Delgado said the bill would help.",
                              "Delgado, Colleagues Introduce Bill to Protect Survivors", day);
    CHECK(hasEvent(headline, "announcement@2025-03-04"));
}

TEST_CASE("announcements: a headline's verb in title case ends the surname before it, whose act it reports",
          "[recognisers][events]") {
    const auto day = DateValue::fromIso("2025-03-04");
    for (const std::string headline :
         {"Delgado Secures Funding for River Restoration", "Delgado Launches Campaign for River Restoration"}) {
        const auto x =
            run("Washington, D.C. – Rep. Maria Delgado (D-Calif.) said the effort would help families in "
                "her district.",
                headline, day);
        CHECK(hasEvent(x, "announcement@2025-03-04"));
        for (const auto& p : names(x, EntityType::Person)) CHECK(p == "Maria Delgado");
    }
}
