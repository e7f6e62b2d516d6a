// The rules, the tagger and the resolver together on how a readout of talks and a board's notice tell their events:
// remarks to the press after talks, thanks for a visit, a body named again by its head word, an announcement of a
// dated gathering, an earlier announcement recalled, and a page's record of its own edits. Texts and names invented
// for these tests.

#include <set>
#include <string>

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;
using test::hasEvent;
using test::names;

namespace {

const auto run = test::extractDatedRelease;

}  // namespace

TEST_CASE("readouts: remarks to the press after talks are a press conference of the day, wherever told",
          "[recognisers][events]") {
    const auto x =
        run("At a meeting in Velmarsk, President Ilse Varga and Chancellor Tomas Brenner discussed trade "
            "and energy. The leaders agreed to expand the rail link between the two capitals. \"Several "
            "important issues were discussed. We want a quick agreement,\" the President said during a "
            "meeting with media representatives following the talks. The President thanked Tomas Brenner "
            "for his visit to Velmarsk at this difficult time.",
            "Talks in Velmarsk", "2024-04-09");
    CHECK(hasEvent(x, "meeting@2024-04-09"));
    CHECK(hasEvent(x, "press_conference@2024-04-09"));
    CHECK(hasEvent(x, "other@2024-04-09"));  // the guest's visit
    const auto y =
        run("The Ukrainian leader held talks with President Ilse Varga. The trade between the countries "
            "grew last year by a third. The President made this statement to the media following the "
            "talks in Velmarsk.",
            "Talks", "2024-02-03");
    CHECK(hasEvent(y, "press_conference@2024-02-03"));
    // (Not a statement about someone else's visit long ago.)
    const auto z =
        run("Minister Ilse Varga opened the new bridge over the Orlen river. The bridge took three years "
            "to build and cost less than planned. Residents have thanked the builders for their patience.",
            "Bridge opened", "2024-05-06");
    CHECK_FALSE(hasEvent(z, "press_conference@2024-05-06"));
}

TEST_CASE(
    "readouts: a board named again by its head word announces, and a gathering's own date is not the "
    "announcement's",
    "[recognisers][events]") {
    const auto x =
        run("The Harbour Rights Review Board (HRRB) is an independent agency. At its public meeting on "
            "July 23, 2024, the Board announced its agenda for the coming year.",
            "HRRB agenda", "2024-08-07");
    CHECK(hasEvent(x, "meeting@2024-07-23"));
    CHECK(hasEvent(x, "announcement@2024-07-23"));
    const auto y =
        run("Harbour Rights Review Board Chairman Tomas Brenner and Board Member Ilse Varga have announced "
            "a May 31, 2024 public forum in Velmarsk to examine the new port rules.",
            "Board to hold a public forum", "2024-05-14");
    CHECK(hasEvent(y, "announcement@2024-05-14"));
    CHECK_FALSE(hasEvent(y, "announcement@2024-05-31"));
    CHECK(hasEvent(y, "conference@2024-05-31"));
    // (An earlier announcement recalled is no event of its own.)
    const auto z =
        run("Information received since the Harbour Rights Review Board met in January suggests that "
            "trade is recovering. To help ensure that prices stay low, the Board decided today to continue "
            "expanding its review of port contracts as announced in November.",
            "Board statement", "2024-03-15");
    CHECK(hasEvent(z, "announcement@2024-03-15"));
    CHECK_FALSE(hasEvent(z, "announcement@2023-11"));
}

TEST_CASE("readouts: a page's record of its own edits is no date of the release", "[recognisers][dates]") {
    const auto x =
        run("Posted: August 7, 2024\nUpdated: September 3, 2024\n\nThe Harbour Rights Review Board met "
            "on July 23, 2024. Comments closed on August 29, 2024.",
            "Board agenda", "2024-08-07");
    std::set<std::string> isos;
    for (const auto& d : x.dates) isos.insert(d.value.iso());
    CHECK(isos.count("2024-07-23") == 1);
    CHECK(isos.count("2024-08-29") == 1);
    CHECK(isos.count("2024-09-03") == 0);
    // (A sentence telling of an update is text: "the rules were updated on 3 September 2024".)
    const auto y = run("The port rules were updated on September 3, 2024 after the review.", "Rules", "2024-09-10");
    bool updated = false;
    for (const auto& d : y.dates) updated = updated || d.value.iso() == "2024-09-03";
    CHECK(updated);
}

TEST_CASE("readouts: a central bank's rate decision is its announcement of the day", "[recognisers][events]") {
    const auto x =
        run("The Reserve Bank of Velmarsk today left the Official Cash Rate (OCR) unchanged at 2.5 percent. "
            "Governor Ilse Varga said the outlook had weakened.",
            "Official Cash Rate decision", "2024-12-08");
    CHECK(hasEvent(x, "announcement@2024-12-08"));
    const auto y =
        run("The Reserve Bank of Velmarsk today increased the Official Cash Rate (OCR) by 25 basis points "
            "to 2.75 percent.",
            "Official Cash Rate decision", "2024-06-10");
    CHECK(hasEvent(y, "announcement@2024-06-10"));
}

TEST_CASE("readouts: a date from which something starts does not date the meeting that discussed it",
          "[recognisers][events]") {
    const auto x =
        run("President Ilse Varga held a working meeting with members of the Cabinet of Ministers. Among "
            "the issues of the meeting were the end of the school year and proposals for the educational "
            "process starting from September 1.",
            "President held a meeting", "2024-05-27");
    CHECK(hasEvent(x, "meeting@2024-05-27"));
    CHECK_FALSE(hasEvent(x, "meeting@2024-09-01"));
}

TEST_CASE("readouts: the place a guest's title is of is not where they met", "[recognisers][events]") {
    const auto x = run("The President met with Governor of the Dravia Region Anton Velsky to discuss the harvest.",
                       "President met with the Governor", "2024-05-09");
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings.front().location.empty());
    const auto y = run("The Prime Minister of Sweden, Ulf Kristersson, met the President in Stockholm on Monday.",
                       "President met the Prime Minister of Sweden", "2024-05-09");
    REQUIRE(y.meetings.size() == 1);
    CHECK(y.meetings.front().location == "Stockholm");
}

TEST_CASE("readouts: a call on an office holder is a meeting, a call on others to act is not",
          "[recognisers][events]") {
    const auto x =
        run("The Foreign Minister of Velmarsk called on President Dana Reyes at the Presidential "
            "Secretariat on Tuesday.",
            "Foreign Minister calls on the President", "2024-05-09");
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings.front().date->iso() == "2024-05-07");
    const auto y =
        run("The Government called on the international community to act. The Minister called on "
            "Velmarsk to withdraw its troops. The President called on the Speaker to resign.",
            "Statement", "2024-05-09");
    CHECK(y.meetings.empty());
}

TEST_CASE("readouts: a briefing someone hosts is a meeting", "[recognisers][events]") {
    const auto x = run("Senator Ada Morel hosted a virtual briefing with local mayors on Tuesday.",
                       "Senator hosts mayors", "2024-05-09");
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings.front().date->iso() == "2024-05-07");
}

TEST_CASE("readouts: statements for the press after talks are the day's press event", "[recognisers][events]") {
    const auto x =
        run("President Ilse Varga held talks with Chancellor Tomas Brenner in Velmarsk.\n\nIlse Varga and "
            "Tomas Brenner made statements for the press.",
            "Talks with the Chancellor", "2024-05-09");
    CHECK(test::hasEvent(x, "press_conference@2024-05-09"));
    CHECK(test::hasEvent(x, "meeting@2024-05-09"));
    // Past the lead, with no determiner before the plural.
    const auto y =
        run("President Ilse Varga held talks with Chancellor Tomas Brenner in Velmarsk. Following the "
            "talks, the leaders signed a treaty. Ilse Varga and Tomas Brenner then made press statements.",
            "Talks with the Chancellor", "2024-05-09");
    CHECK(test::hasEvent(y, "press_conference@2024-05-09"));
}

TEST_CASE("readouts: a delegation's visit and a small edition of a named conference are events",
          "[recognisers][events]") {
    const auto x =
        run("The delegation paid a working visit to the Port of Tellimont on Friday.\n\nThe mini-OrvConf "
            "will take place in Velmarsk on 15-18 May.",
            "Delegation visits the port", "2024-05-09");
    CHECK(test::hasEvent(x, "other@2024-05-03"));
    CHECK(test::hasEvent(x, "conference@2024-05-15/2024-05-18"));
}

TEST_CASE("readouts: a launch attended and a conclave are events", "[recognisers][events]") {
    const auto x =
        run("Minister Dana Whitlock attended the launch of the Harwick Water Masterplan at the Tarn "
            "Barrage on 3 May.\n\nThe Prime Minister took part in the Velmarsk Security Conclave on "
            "7 May.",
            "Minister at a launch", "2024-05-09");
    CHECK(test::hasEvent(x, "announcement@2024-05-03"));
    CHECK(test::hasEvent(x, "conference@2024-05-07"));
}

TEST_CASE("readouts: a party named for what is done at it is a gathering, not a political party",
          "[recognisers][events]") {
    const auto x =
        run("The Quorvane project announced its plans.\n\nA Bug Squashing Party will be held in Salzburg "
            "on April 20. The Velmarsk Labour Party was not invited.",
            "Plans", "2024-05-09");
    CHECK_FALSE(test::has(x, EntityType::Agency, "Bug Squashing Party"));
    CHECK(test::has(x, EntityType::Agency, "Velmarsk Labour Party"));
    CHECK(test::hasEvent(x, "meeting@2024-04-20"));
}

TEST_CASE("readouts: a legislator leads a delegation and a committee holds an open hearing", "[recognisers][events]") {
    const auto x =
        run("Today, Rep. Dana Whitlock led a bipartisan congressional delegation to Velmarsk.\n\nThe "
            "Harwick Oversight Committee held an open hearing on election security on March 3.",
            "Delegation", "2024-05-09");
    CHECK(test::hasEvent(x, "other@2024-05-09"));
    CHECK(test::hasEvent(x, "meeting@2024-03-03"));
    const auto court = run("The judge held a closed hearing on March 4 in the murder case.", "Case", "2024-05-09");
    CHECK_FALSE(test::hasEvent(court, "meeting@2024-03-04"));
}

TEST_CASE("readouts: a doorstop interview is a press conference", "[recognisers][events]") {
    const auto x = run("Question: What are the plans? Minister: We will do more.",
                       "Transcript of Remarks by Minister Dana Whitlock at the Doorstop Interview on the Climate "
                       "Package",
                       "2024-03-05");
    CHECK(test::hasEvent(x, "press_conference@2024-03-05"));
}

TEST_CASE("readouts: a regional consultation is a meeting, working in consultation with partners is not",
          "[recognisers][events]") {
    const auto x =
        run("The Harwick Health Agency reported new cases.\n\nA regional consultation was organised in "
            "Velmarsk from 3 to 5 September 2024.\n\nThe plan was drafted in consultation with partners "
            "on 4 May.",
            "Outbreak news", "2024-09-20");
    CHECK(test::hasEvent(x, "meeting@2024-09-03/2024-09-05"));
    CHECK_FALSE(test::hasEvent(x, "meeting@2024-05-04"));
}

TEST_CASE("readouts: a headline's title ends at a kind of place, the name follows it", "[recognisers]") {
    const auto x =
        run("Vladislav Orlin held a meeting with Governor of Velmar Region Arkady Belin. The Governor briefed the "
            "President on the situation in the region.\n\nThe President also discussed with Mr Belin the regional "
            "elections and the Velmar Development Fund.",
            "Meeting with Governor of Velmar Region Arkady Belin", "2023-03-12");
    CHECK(test::has(x, EntityType::Person, "Arkady Belin"));
    CHECK_FALSE(test::has(x, EntityType::Person, "Velmar Region Arkady Belin"));
    for (const auto& e : x.entities)
        if (e.type == EntityType::Person)
            for (const auto& alias : e.aliases) CHECK(alias.find("Region") == std::string::npos);
}

TEST_CASE("readouts: a sentence-case headline's subject is named though the body calls him by his title",
          "[recognisers]") {
    const auto x = run("The President of Russia held talks with Prime Minister of Velmaria Arkady Belin in Orlensk.",
                       "Vladislav Orlin held talks with Arkady Belin", "2024-06-20");
    CHECK(test::has(x, EntityType::Person, "Vladislav Orlin"));
    CHECK(test::has(x, EntityType::Person, "Arkady Belin"));
    // (A headline in title case capitalises its verb: the name's end is not sure there.)
    const auto y =
        run("The President of Russia held talks in Orlensk.", "Vladislav Orlin Holds Talks In Orlensk", "2024-06-20");
    CHECK_FALSE(test::has(y, EntityType::Person, "Vladislav Orlin Holds Talks"));
}

TEST_CASE("readouts: a case history's visits and trips are no events, a minister's visit to patients is",
          "[recognisers][events]") {
    const auto x = run(
        "On 2 September 2024, the Ministry of Health of Quorvale notified WHO of a case of avian influenza.\n\nUpon "
        "confirmation, the Upper Velm Regional Health Directorate visited the patient. After the patient was "
        "discharged, he travelled to Velmarsk on 5 September.",
        "Avian influenza - Quorvale", "2024-09-20");
    CHECK(x.meetings.empty());
    const auto y = run("Minister of Health Dana Reyes visited patients at the Harbourton General Hospital today.",
                       "Minister visits hospital", "2024-09-20");
    CHECK(hasEvent(y, "other@2024-09-20"));
}

TEST_CASE("readouts: a meeting on the sidelines of a summit and the summit are two events of the day",
          "[recognisers][events]") {
    const auto x =
        run("On the sidelines of the Tarn Sea Summit in Velmarsk, President Ilse Varga met with Chancellor "
            "Tomas Brenner. They discussed energy.",
            "President met with the Chancellor", "2024-04-09");
    CHECK(hasEvent(x, "meeting@2024-04-09"));
    CHECK(hasEvent(x, "conference@2024-04-09"));
    // (A meeting a call took place before is another of the day; the talks a declaration closed are the day's.)
    const auto y =
        run("President Ilse Varga had a phone conversation with Chancellor Tomas Brenner. They discussed energy "
            "and trade between the two countries.\n\nThe conversation took place before the beginning of a meeting "
            "of Tarn Union leaders in Velmarsk chaired by the Chancellor.",
            "Phone conversation with the Chancellor", "2024-04-10");
    CHECK(test::eventKeys(y) == std::vector<std::string>{"meeting@2024-04-10", "meeting@2024-04-10"});
    const auto z =
        run("President Ilse Varga held talks with Chancellor Tomas Brenner in Velmarsk. At the end of the "
            "talks, the leaders adopted a declaration.",
            "Talks in Velmarsk", "2024-04-11");
    CHECK(test::eventKeys(z) == std::vector<std::string>{"meeting@2024-04-11"});
}

TEST_CASE("readouts: an autonomous area is a place, and an island after a university's name is where it stands",
          "[recognisers]") {
    const auto x =
        run("Officials from the Kolvat Autonomous Area took part. Earlier the President visited the Far Eastern Velmar "
            "University on Quorvy Island.",
            "Working trip", "2024-03-12");
    CHECK(test::has(x, EntityType::Location, "Kolvat Autonomous Area"));
    CHECK(test::has(x, EntityType::Agency, "Far Eastern Velmar University"));
    CHECK(test::has(x, EntityType::Location, "Quorvy Island"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Far Eastern Velmar University on Quorvy Island"));
}

TEST_CASE("readouts: a headline that opens with a visit reports it, to the place it names", "[recognisers][events]") {
    const auto x = run("Vladimir Putin took part in the events of the day. The participants discussed the economy.",
                       "State visit to China", "2024-03-12");
    REQUIRE(x.meetings.size() == 1);
    CHECK(test::hasEvent(x, "other@2024-03-12"));
    CHECK(x.meetings.front().location == "China");
    const auto y = run("The participants discussed the economy and the weather in the north.", "A visit to remember",
                       "2024-03-12");
    CHECK(y.meetings.empty());
}

TEST_CASE("readouts: residents of districts listed are of each district, named with its kind", "[recognisers]") {
    const auto x = run("With the help of the ministry, we evacuated residents of Kolvatsk and Brenovo districts.",
                       "Meeting with the Governor", "2024-03-12");
    CHECK(test::has(x, EntityType::Location, "Kolvatsk district"));
    CHECK(test::has(x, EntityType::Location, "Brenovo district"));
    CHECK_FALSE(test::has(x, EntityType::Location, "Brenovo"));
}

TEST_CASE("readouts: a movement's front is a body, a war's front is not", "[recognisers]") {
    const auto x =
        run("Volunteers of the All-Korvian People’s Front helped. Olga Vosk of the Velmar Popular Front spoke. Troops "
            "on the Eastern Front held their positions.",
            "Meeting with volunteers", "2024-03-12");
    CHECK(test::has(x, EntityType::Agency, "All-Korvian People’s Front"));
    CHECK(test::has(x, EntityType::Agency, "Velmar Popular Front"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Eastern Front"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Troops on the Eastern Front"));
}

TEST_CASE("readouts: a leader after the official name of his country with a possessive in it", "[recognisers]") {
    const auto x =
        run("Ilse Varga held talks with President of the People's Republic of Velmaria Tomas Brenner in "
            "Velmarsk. Chairman of the Lao People's Revolutionary Party Anouvong Kethsana also attended.",
            "Talks", "2026-03-03");
    CHECK(test::has(x, EntityType::Person, "Tomas Brenner"));
    CHECK(test::has(x, EntityType::Person, "Anouvong Kethsana"));
    CHECK_FALSE(test::has(x, EntityType::Location, "People"));
}

TEST_CASE("readouts: the title of a leader named in three words after his country ends before the name",
          "[recognisers]") {
    const auto x =
        run("Ilse Varga received credentials from Ambassador of the Republic of Chile Tomas Anton "
            "Brenner and Mayor of Velmarsk Ivo Kessel.",
            "Credentials", "2026-03-03");
    const auto* brenner = test::entity(x, "Tomas Anton Brenner");
    REQUIRE(brenner != nullptr);
    CHECK(brenner->role == "Ambassador of the Republic of Chile");
    const auto* kessel = test::entity(x, "Ivo Kessel");
    REQUIRE(kessel != nullptr);
    CHECK(kessel->role == "Mayor of Velmarsk");
}

TEST_CASE("readouts: a session of a forum or a summit is the conference, of a council a meeting",
          "[recognisers][events]") {
    const auto x = run("Ilse Varga took part in the plenary session of the Velmar Economic Forum in Velmarsk.", "Forum",
                       "2026-10-03");
    CHECK(hasEvent(x, "conference@2026-10-03"));
    CHECK_FALSE(hasEvent(x, "meeting@2026-10-03"));
    const auto y =
        run("Ilse Varga chaired the plenary session of the Velmar State Council in Velmarsk.", "Council", "2026-10-03");
    CHECK(hasEvent(y, "meeting@2026-10-03"));
}

TEST_CASE("readouts: a company named with and without its kind is one body, under its full name", "[recognisers]") {
    // (Companies the gazetteer knows by their short names, so that the rules find both forms.)
    const auto x =
        run("Rosatom, together with the Ministry of Energy, has prepared a plan.\n\nIlse Varga: Mr "
            "President, the Rosatom State Corporation has completed the first stage. Gazprom Group and "
            "Gazprom signed.",
            "Meeting", "2026-03-04");
    CHECK(test::has(x, EntityType::Agency, "Rosatom State Corporation"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Rosatom"));
    CHECK(test::has(x, EntityType::Agency, "Gazprom Group"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Gazprom"));
}

TEST_CASE("readouts: a body named with its field before its kind and after it is one body", "[recognisers]") {
    const auto x =
        run("The Ministry of Fisheries has prepared a plan, and the Fisheries Ministry will publish it. The House "
            "Committee on Coastal Affairs met the Senate Coastal Affairs Committee. The Ministry of Foreign "
            "Affairs said the Foreign Ministry would reply.",
            "Plan", "2026-03-04");
    CHECK(test::has(x, EntityType::Agency, "Ministry of Fisheries"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Fisheries Ministry"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Foreign Ministry"));
    // (Another house's committee of the same field is another body.)
    CHECK(test::has(x, EntityType::Agency, "House Committee on Coastal Affairs"));
}

TEST_CASE("readouts: a platform of states or parties is a body, the region it is named for a place", "[recognisers]") {
    const auto x =
        run("The leaders discussed the next summit of the Crimea Platform and the situation in Donbas. "
            "Members of the Velmar Opposition Platform also spoke.",
            "Talks", "2026-03-04");
    CHECK(test::has(x, EntityType::Agency, "Crimea Platform"));
    CHECK_FALSE(test::has(x, EntityType::Location, "Crimea Platform"));
    CHECK(test::has(x, EntityType::Location, "Donbas"));
    CHECK(test::has(x, EntityType::Agency, "Velmar Opposition Platform"));
}

TEST_CASE("readouts: a visit named with its visitor's title after it, planned or held, on its own date",
          "[recognisers]") {
    const auto x =
        run("The leaders discussed preparations for the upcoming visit of the President of Kovalia to Velmarsk in "
            "April. The visit of the delegation ended.",
            "Telephone conversation with the President of Kovalia", "2026-03-04");
    CHECK(hasEvent(x, "other@2026-04"));
    CHECK_FALSE(hasEvent(x, "other@-"));
}

TEST_CASE("readouts: the upcoming summit of a body named before it is one to come, undated", "[recognisers]") {
    const auto x =
        run("The President had a telephone conversation with the President of Kovalia. The leaders discussed the "
            "situation in the region. They agreed to continue contacts, including at the upcoming V20 summit in "
            "Velmarsk.",
            "Telephone conversation with the President of Kovalia", "2026-11-12");
    CHECK(test::eventKeys(x) == std::vector<std::string>{"meeting@2026-11-12", "conference@-"});
}

TEST_CASE("readouts: the days inside a week an event is dated with say when it is", "[recognisers]") {
    const auto x = run(
        "The Bureau will host the second Velmar Network meeting this week from 19 to 20 February 2026 at the Quorra "
        "Hotel. Delegates will be participating in the upcoming Velmar Network meeting.",
        "Network meets", "2026-02-18");
    CHECK(test::eventKeys(x) == std::vector<std::string>{"meeting@2026-02-19/2026-02-20"});
}

TEST_CASE("readouts: the republics proclaimed in Donbas are places, in either spelling of their apostrophe",
          "[recognisers]") {
    const auto x =
        run("They discussed the situation in the Donetsk People's Republic and the Luhansk People’s "
            "Republic.",
            "Meeting on the situation in the regions", "2026-03-04");
    CHECK(test::has(x, EntityType::Location, "Donetsk People's Republic"));
    CHECK(test::has(x, EntityType::Location, "Lugansk People's Republic"));
    CHECK_FALSE(test::has(x, EntityType::Location, "Donetsk People"));
}

TEST_CASE("readouts: the next meeting of a format is an event still to come, apart from the day's and the past's",
          "[recognisers]") {
    const auto x =
        run("The two presidents had a long phone conversation today about many things. They welcomed the meeting "
            "of advisers held in Velmarsk on February 26. The parties agreed to accelerate the next meeting of "
            "advisers.",
            "Phone conversation with the President of Kovalia", "2026-03-04");
    CHECK(hasEvent(x, "meeting@2026-03-04"));
    CHECK(hasEvent(x, "meeting@2026-02-26"));
    CHECK(hasEvent(x, "meeting@-"));
}

TEST_CASE("readouts: a head of state after a country's name of two words, and a patronymic after it", "[recognisers]") {
    const auto x =
        run("The President had a conversation with Crown Prince of Saudi Arabia Faisal bin Khaled. He later met "
            "the President of Sri Lanka Ananda Kumara Wijesena and the Mayor of San Juan Capistrano Dale Orvick.",
            "Telephone conversation", "2025-03-12");
    // ("Saudi", a people's word, starts no name; the patronymic's name does not reach back over "Arabia".)
    CHECK(has(x, EntityType::Person, "Faisal bin Khaled"));
    CHECK_FALSE(has(x, EntityType::Person, "Arabia Faisal bin Khaled"));
    CHECK(has(x, EntityType::Location, "Saudi Arabia"));
    // (The country's two words are the title's, not the name's: not "Kumara Wijesena".)
    CHECK(has(x, EntityType::Person, "Ananda Kumara Wijesena"));
    CHECK(has(x, EntityType::Location, "Sri Lanka"));
    CHECK(has(x, EntityType::Person, "Dale Orvick"));
}

TEST_CASE("readouts: a lower-case title after the sentence's opening \"The\" is a title before a name",
          "[recognisers]") {
    const auto x =
        run("The head of Velmaria Rustam Orlovsky reported on the harvest. The head of the Kovalian "
            "Republic Arkady Belin attended. The leader of the Orange County Mexican Mafia was arrested.",
            "Meeting on the harvest", "2026-12-02");
    CHECK(has(x, EntityType::Person, "Rustam Orlovsky"));
    CHECK(has(x, EntityType::Person, "Arkady Belin"));
    CHECK_FALSE(has(x, EntityType::Location, "Kovalian Republic Arkady Belin"));
    // (A people's adjective opens no name after such a title.)
    for (const auto& p : test::names(x, EntityType::Person)) CHECK(p.find("Mafia") == std::string::npos);
}

TEST_CASE("readouts: the occasion a speech's headline names, welcomed in the body undated, is of the release's day",
          "[recognisers][events]") {
    const auto x =
        run("Good morning. Welcome to the 10th Velmar International Water Week. Last year we met in Geneva.",
            "Speech by Minister Ilse Varga at the Velmar International Water Week 2024 Opening Ceremony", "2024-06-19");
    CHECK(hasEvent(x, "conference@2024-06-19"));
    CHECK_FALSE(hasEvent(x, "conference@-"));
    // (Not without a speech in the headline: an occasion named undated stays undated.)
    const auto y = run("The 10th Velmar International Water Week drew many visitors.", "Water news", "2024-06-19");
    CHECK_FALSE(hasEvent(y, "conference@2024-06-19"));
}

TEST_CASE("readouts: a gathering's name and the kind of gathering after it are one event", "[recognisers][events]") {
    const auto x =
        run("Ilse Varga sent greetings to the participants, organisers and guests of the Velmar Energy Week "
            "international forum.\n\nThe message reads, in part: \"I am pleased to welcome you to the opening of the "
            "forum in Velmarsk.\"",
            "Greetings to participants of the Velmar Energy Week international forum", "2025-10-11");
    CHECK(test::eventKeys(x) == std::vector<std::string>{"conference@2025-10-11"});
}

TEST_CASE("readouts: a given name and a patronymic in a transcript address the one person with that given name",
          "[recognisers]") {
    const auto x = test::extractDatedRelease(
        "Vladislav Quorvanov: Thank you. Velmar Ostrakov held talks with Vladislav Quorvanov.\n\n"
        "Velmar Ostrakov: Thank you, Vladislav Grigoryevich. We discussed everything.",
        "Talks with President of Quorvania", "2024-03-05");
    CHECK(has(x, EntityType::Person, "Vladislav Quorvanov"));
    for (const auto& person : names(x, EntityType::Person)) CHECK(person != "Vladislav Grigoryevich");
}

TEST_CASE("readouts: a headline's region after a title names no person in the body", "[recognisers]") {
    const auto x = test::extractDatedRelease(
        "Velmar Ostrakov had a meeting with Governor of Quorsk Region Dmitry Valyayev. The Governor of Quorsk Region "
        "reported on the harvest.",
        "Meeting with Governor of Quorsk Region", "2024-03-05");
    CHECK(has(x, EntityType::Person, "Dmitry Valyayev"));
    for (const auto& person : names(x, EntityType::Person)) CHECK((person != "Quorsk Region" && person != "Quorsk"));
}

TEST_CASE("readouts: summits scheduled for a month are a gathering of that month", "[recognisers][events]") {
    const auto x =
        run("Velmar Ostrakov held a meeting with members of the Government. The Velmar Union and the "
            "Quorvan Treaty summits are scheduled for May.",
            "Meeting with Government members", "2025-02-12");
    CHECK(hasEvent(x, "meeting@2025-02-12"));
    CHECK(hasEvent(x, "conference@2025-05"));
}

TEST_CASE("readouts: in a speech, the speaker's own visit is an event of its date", "[recognisers][events]") {
    const auto x =
        run("Good morning. In March, I visited the Quorvale Water Reclamation Plant. Last year we also toured the "
            "Velmar depot.",
            "Speech by Minister Ilse Varga at the Velmar Water Week", "2024-06-19");
    CHECK(hasEvent(x, "other@2024-03"));
    CHECK(hasEvent(x, "other@2023"));
    // (Not in a release that is no speech: "I" there is nobody the release names.)
    const auto y = run("In March, I visited the Quorvale Water Reclamation Plant.", "Water news", "2024-06-19");
    CHECK_FALSE(hasEvent(y, "other@2024-03"));
}

TEST_CASE("readouts: the following day and days later count from the event told before the sentence",
          "[recognisers][events]") {
    const auto x =
        run("On 3 March the Minister arrived in Orlensk. The next morning, he held talks with President Arkady Belin "
            "and visited the Orlen Bridge. Two days later, he attended a seminar at the Orlen Academy.",
            "Minister visits Velmaria", "2024-03-07");
    const auto keys = test::eventKeys(x);
    CHECK(std::count(keys.begin(), keys.end(), "other@2024-03-03") == 1);
    CHECK(std::count(keys.begin(), keys.end(), "meeting@2024-03-04") == 1);
    CHECK(std::count(keys.begin(), keys.end(), "other@2024-03-04") == 1);
    CHECK(std::count(keys.begin(), keys.end(), "workshop@2024-03-06") == 1);
    // (No date is added for the words: "the next day" is resolved for the event only.)
    for (const auto& d : x.dates) CHECK(d.value.iso() != "2024-03-04");
}

TEST_CASE("readouts: the same day is the day of the event told before, wherever the sentence says it",
          "[recognisers][events]") {
    const auto x =
        run("The ministers signed a memorandum on 14 November 2025 in Orlensk. Both sides also held the 3rd "
            "Velmar-Orlen Environmental Dialogue on the same day.",
            "Velmaria and Orlenia sign memorandum", "2025-11-17");
    CHECK(hasEvent(x, "other@2025-11-14"));
    CHECK(hasEvent(x, "conference@2025-11-14"));
    CHECK_FALSE(hasEvent(x, "conference@2025-11-17"));
    // (Not a day the words say otherwise: "on the same day as the summit" is told by the summit.)
    const auto y =
        run("The ministers signed a memorandum on 14 November 2025 in Orlensk. Both sides will hold the 3rd "
            "Velmar-Orlen Environmental Dialogue on the same day as the Orlen summit next year.",
            "Velmaria and Orlenia sign memorandum", "2025-11-17");
    CHECK_FALSE(hasEvent(y, "conference@2025-11-14"));
}

TEST_CASE("readouts: a gathering of another kind someone also attended is another event of the day",
          "[recognisers][events]") {
    const auto x =
        run("On 12 November the Minister arrived in Orlensk and met the Prime Minister. He also attended "
            "a business forum.",
            "Minister visits Orlenia", "2025-11-17");
    const auto keys = test::eventKeys(x);
    CHECK(std::count(keys.begin(), keys.end(), "meeting@2025-11-12") == 1);
    CHECK(std::count(keys.begin(), keys.end(), "conference@2025-11-12") == 1);
}

TEST_CASE("readouts: an aide to a title holder is titled with the whole phrase, not the title it ends with",
          "[recognisers]") {
    const auto x = run("Taking part were Aide to the President Maxim Oreshkin and Presidential Aide Yury Ushakov.",
                       "Meeting on economic issues", "2023-03-03");
    const auto* oreshkin = test::entity(x, "Maxim Oreshkin");
    REQUIRE(oreshkin != nullptr);
    CHECK(oreshkin->role == "Aide to the President");
    const auto* ushakov = test::entity(x, "Yury Ushakov");
    REQUIRE(ushakov != nullptr);
    CHECK(ushakov->role.find("Aide") != std::string::npos);
    // An adviser to the holder of a title of office and what it is of.
    const auto y = run("Adviser to the Head of the Office Ivan Petrenko spoke.", "Briefing", "2023-03-03");
    const auto* petrenko = test::entity(y, "Ivan Petrenko");
    REQUIRE(petrenko != nullptr);
    CHECK(petrenko->role == "Adviser to the Head of the Office");
    // A title before the name that ends what another title is of: the whole phrase is the role.
    const auto z =
        run("Head of the Office of the President Andriy Velmar spoke. Adviser to the Head of the Office of "
            "the President Ivo Dask spoke.",
            "Briefing", "2023-03-03");
    const auto* velmar = test::entity(z, "Andriy Velmar");
    REQUIRE(velmar != nullptr);
    CHECK(velmar->role == "Head of the Office of the President");
    const auto* dask = test::entity(z, "Ivo Dask");
    REQUIRE(dask != nullptr);
    CHECK(dask->role == "Adviser to the Head of the Office of the President");
}

TEST_CASE("readouts: documents said signed at the talks are the day's signing, documents signed in a crime are not",
          "[recognisers][events]") {
    const auto x =
        run("Talks between President Ilse Varga and President Tomas Brenner took place in Velmarsk. A "
            "number of documents were signed in the presence of the two leaders.",
            "Velmarian-Kovalian talks", "2024-10-03");
    CHECK(hasEvent(x, "other@2024-10-03"));
    const auto y =
        run("Between 2004 and 2009, Dana Reyes committed perjury by signing official documents using "
            "false names. Warrants are documents issued by a court and signed by a judge.",
            "Former clerk convicted of perjury", "2024-10-03");
    CHECK(test::eventKeys(y).empty());
}

TEST_CASE(
    "readouts: preparations for a summit spoken of today are no summit of the day, nor do they hide the "
    "day's meeting",
    "[recognisers][events]") {
    const auto x =
        run("President Ilse Varga held a briefing session with members of the Security Council via "
            "videoconference.\n\nTaking part in the meeting were Prime Minister Tomas Brenner and Foreign "
            "Minister Dana Reyes.\n\n* * *\n\nIlse Varga: Good afternoon, colleagues.\n\nToday we will "
            "discuss preparations for the Velmar summit in Kovalsk.",
            "Meeting with members of the Security Council", "2024-10-04");
    CHECK(hasEvent(x, "meeting@2024-10-04"));
    CHECK_FALSE(hasEvent(x, "conference@2024-10-04"));
    // ("as a result of today's talks": the day's talks, told again.)
    const auto y =
        run("President Ilse Varga and President Tomas Brenner held talks in Velmarsk. The leaders signed a "
            "joint statement as a result of today's talks.",
            "Velmarian-Kovalian talks", "2024-10-04");
    CHECK(hasEvent(y, "meeting@2024-10-04"));
    CHECK_FALSE(hasEvent(y, "meeting@-"));
}

TEST_CASE(
    "readouts: what was done after the meeting is on the day of the meeting the release reports, not of one "
    "a speech recalls or announces",
    "[recognisers][events]") {
    const auto x = run(
        "The President held a meeting with Government members, via videoconference.\n\n"
        "Ilse Varga: Good afternoon, colleagues. Yesterday I met with the leaders of the parliamentary parties. Next "
        "week we will hold a meeting of the State Council Presidium.\n\n* * *\n\n"
        "After the meeting, Ilse Varga had a brief conversation with Tomas Brenner.",
        "Meeting with Government members", "2026-12-03");
    CHECK(test::eventKeys(x) == std::vector<std::string>{"meeting@2026-12-03", "meeting@2026-12-02",
                                                         "meeting@2026-12-07/2026-12-13", "meeting@2026-12-03"});
}

TEST_CASE("readouts: leaders who spoke by telephone on a day gone held a call of that day", "[recognisers][events]") {
    const auto x = run(
        "President Ilse Varga will hold talks with Chancellor Tomas Brenner in Velmarsk next week. Earlier, on "
        "December 1, the two leaders spoke by telephone.",
        "Talks with the Chancellor to come", "2026-12-03");
    CHECK(hasEvent(x, "meeting@2026-12-07/2026-12-13"));
    CHECK(hasEvent(x, "meeting@2026-12-01"));
}

TEST_CASE("readouts: a head of state named in four words after the country's name keeps them all", "[recognisers]") {
    const auto x = run(
        "President Ilse Varga had a telephone conversation with President of the Federative Republic of Brazil Joao "
        "Ricardo Velmar da Costa. The leaders discussed trade.",
        "Telephone conversation with the President of Brazil", "2026-12-03");
    CHECK(has(x, EntityType::Person, "Joao Ricardo Velmar da Costa"));
    CHECK_FALSE(has(x, EntityType::Person, "Velmar da Costa"));
}
