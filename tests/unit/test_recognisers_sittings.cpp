// The rules, the tagger and the resolver together on the sittings of bodies a release reports: a cabinet's meeting
// its headline dates by the release's own date, a numbered assembly, a gathering whose name is also a body's. Texts
// and names invented for these tests.

#include <algorithm>
#include <string>

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;
using test::hasEvent;

namespace {

const auto run = test::extractDatedRelease;

// How many of the release's events have the key ("meeting@2025-10-14").
long count(const Extraction& x, const std::string& key) {
    const auto keys = test::eventKeys(x);
    return static_cast<long>(std::count(keys.begin(), keys.end(), key));
}

}  // namespace

TEST_CASE("sittings: a headline's meeting held on the release's own date is that day's, beside a conference to come",
          "[recognisers][events]") {
    const auto x =
        run("01. Hosting the 12th Asia Pacific Ministerial Conference on Rural Roads in Velmarsk\n\n"
            "Quorvale has been selected to host the conference in November 2024. Accordingly, the Cabinet of Ministers "
            "approved the proposal to host the conference.",
            "Decisions taken by the Cabinet of Ministers at its meeting held on 2024-05-13", "2024-05-13");
    CHECK(hasEvent(x, "meeting@2024-05-13"));
    CHECK(hasEvent(x, "conference@2024-11"));
}

TEST_CASE("sittings: an award or a fund after to is a verb and names no event of its own", "[recognisers][events]") {
    const auto x =
        run("01. A new ward for the Velmarsk hospital\n\n"
            "The Cabinet of Ministers approved the proposal presented by the Minister of Health to award the contract "
            "to the lowest bidder. The Ministry launched efforts to fund the repairs.",
            "Decisions taken by the Cabinet of Ministers at its meeting held on 2024-05-13", "2024-05-13");
    CHECK(hasEvent(x, "meeting@2024-05-13"));
    CHECK(test::eventKeys(x).size() == 1);
    const auto y = run("The Minister presented the awards to the winners of the Velmarsk science fair.",
                       "Science fair winners", "2024-05-13");
    CHECK(hasEvent(y, "other@2024-05-13"));
}

TEST_CASE("sittings: a numbered assembly is a conference on its own dates, a legislature's numbered term is not",
          "[recognisers][events]") {
    const auto x =
        run("The Minister of Health will participate in the 81st World Rural Health Assembly to be held in Velmarsk "
            "from 27 May to 1 June 2024.",
            "Cabinet decisions", "2024-05-13");
    CHECK(hasEvent(x, "conference@2024-05-27/2024-06-01"));
    const auto term = run("The 118th Congress passed the bill on 2 May 2024.", "Bill passed", "2024-05-13");
    CHECK(test::eventKeys(term).empty());
}

TEST_CASE("sittings: a school where a workshop was conducted is its venue, and the town after it a place",
          "[recognisers][events]") {
    const auto x =
        run("A workshop on community policing was conducted for officers of the Northern Province at the Police "
            "Training School, Kalutara on 10th May 2024.",
            "Workshop for officers", "2024-05-13");
    CHECK(has(x, EntityType::Location, "Police Training School"));
    CHECK(has(x, EntityType::Location, "Kalutara"));
    CHECK(hasEvent(x, "workshop@2024-05-10"));
}

TEST_CASE("sittings: a gathering of another kind introduced at another venue is another event of the day",
          "[recognisers][events]") {
    const std::string lead =
        "A special meeting chaired by the Inspector General of Police Dilan Perera was held at Police "
        "Headquarters today with the participation of senior officers.\n\n";
    const auto two = run(lead +
                             "An awareness programme on road safety was held at Ananda College, Colombo with the "
                             "participation of 500 students.",
                         "Meeting at Police Headquarters", "2024-05-13");
    CHECK(count(two, "meeting@2024-05-13") == 1);
    CHECK(count(two, "training@2024-05-13") == 1);
    // (The same kind told again, or told as one named before, is the same event.)
    const auto one = run(lead + "The meeting was held at the conference hall of Police Headquarters in Colombo.",
                         "Meeting at Police Headquarters", "2024-05-13");
    CHECK(test::eventKeys(one).size() == 1);
}

TEST_CASE("sittings: gatherings a visit's programme says are to come are events of their own, undated",
          "[recognisers][events]") {
    const auto x =
        run("The Minister of Foreign Affairs arrived in Velmarsk today on an official visit.\n\n"
            "The Minister is expected to attend a business forum organised by the Quorvale Trade Organization.\n\n"
            "He will also address a seminar at the University of Velmarsk.\n\n"
            "The Minister will take part in the Velmarsk Global Summit.",
            "Minister visits Quorvale", "2024-11-02");
    CHECK(hasEvent(x, "other@2024-11-02"));
    CHECK(hasEvent(x, "workshop@-"));
    CHECK(count(x, "conference@-") == 2);
}

TEST_CASE("sittings: a conference named in a decision's heading is told by the paragraph under it, on its dates",
          "[recognisers][events]") {
    const auto x =
        run("06. Participating in the 41st Conference of the Parties (COP41)\n\n"
            "The delegation will participate in the COP41 to be held in Velmarsk from 11 to 22 November 2024.",
            "Cabinet Decisions", "2024-05-13");
    CHECK(hasEvent(x, "conference@2024-11-11/2024-11-22"));
    CHECK_FALSE(hasEvent(x, "conference@2024-05-13"));
    // So is a visit named in a numbered heading of nouns; a heading that dates its meeting keeps it.
    const auto y =
        run("03. Agreements signed during the State Visit of the President to Quorvania\n"
            "The following agreements were signed during the State visit of the President to Quorvania from 14 to "
            "17 January 2025.\n\n04. Joint Commission meeting on 15.03.2025\nThe meeting will be held in Velmarsk.",
            "Cabinet Decisions", "2025-01-20");
    CHECK(hasEvent(y, "other@2025-01-14/2025-01-17"));
    CHECK_FALSE(hasEvent(y, "other@2025-01-20"));
    CHECK(hasEvent(y, "meeting@2025-03-15"));
}

TEST_CASE("sittings: a camp named in one word with its project's is a gathering on its own dates",
          "[recognisers][events]") {
    const auto x =
        run("QuorConf25 will take place in Velmarsk from July 14 to July 19, 2025, preceded by QuorCamp from "
            "July 7 to July 13.",
            "QuorConf25", "2025-05-03");
    CHECK(hasEvent(x, "conference@2025-07-14/2025-07-19"));
    CHECK(hasEvent(x, "conference@2025-07-07/2025-07-13"));
}

TEST_CASE("sittings: a small or remote edition of a gathering written as one word is that gathering",
          "[recognisers][events]") {
    const auto x =
        run("The Quorix Project has decided to hold its next mini-conference in Velmarsk on 16 and 17 November "
            "2025. Its translators will meet at an e-workshop on 2 December 2025.",
            "Quorix news", "2025-01-11");
    CHECK(hasEvent(x, "conference@2025-11-16/2025-11-17"));
    CHECK(hasEvent(x, "workshop@2025-12-02"));
}

TEST_CASE("sittings: the ceremony of a launch told before is on the launch's day", "[recognisers][events]") {
    const auto x =
        run("The Ministry of Health launched the Clean Streets campaign at Velmar Park yesterday.\n\n"
            "The launch ceremony was attended by Minister Ilse Varga and 500 residents.",
            "Campaign launched", "2024-11-03");
    CHECK(hasEvent(x, "announcement@2024-11-02"));
    CHECK(hasEvent(x, "other@2024-11-02"));
    CHECK_FALSE(hasEvent(x, "other@2024-11-03"));
}

TEST_CASE("sittings: a rally and a vigil are events on their own dates", "[recognisers][events]") {
    const auto x =
        run("The District Attorney's Office will hold its annual community safety rally on April 20, 2026. The "
            "Assistant District Attorney spoke at a candlelight vigil on April 12, 2026.",
            "Community safety rally", "2026-04-14");
    CHECK(hasEvent(x, "other@2026-04-20"));
    CHECK(hasEvent(x, "other@2026-04-12"));
}

TEST_CASE("sittings: a panel discussion, a reception and a funeral attended are events of their day",
          "[recognisers][events]") {
    const auto panel = run("Minister Ilse Varga participated in a panel discussion on climate finance on Tuesday.",
                           "Panel", "2026-12-03");
    CHECK(hasEvent(panel, "conference@2026-12-01"));
    const auto reception = run("Minister Ilse Varga attended a reception hosted by the Embassy of Quorvale on Tuesday.",
                               "Reception", "2026-12-03");
    CHECK(hasEvent(reception, "other@2026-12-01"));
    const auto funeral = run("Minister Ilse Varga attended the funeral of former President Tomas Brenner on Tuesday.",
                             "Funeral", "2026-12-03");
    CHECK(hasEvent(funeral, "other@2026-12-01"));
}

TEST_CASE("sittings: meeting officers, residents or investors is a meeting", "[recognisers][events]") {
    const auto x = run("The Inspector General of Police met senior officers at Police Headquarters yesterday (13).",
                       "Meeting at Police Headquarters", "2024-05-14");
    CHECK(hasEvent(x, "meeting@2024-05-13"));
    const auto y =
        run("Minister Ilse Varga met foreign investors in Velmarsk on 10 May 2024.", "Investors", "2024-05-14");
    CHECK(hasEvent(y, "meeting@2024-05-10"));
}

TEST_CASE("sittings: a meeting told \"earlier in the day\" is another of that day, with its own participants",
          "[recognisers][events]") {
    const std::string lead =
        "President Tomas Brenner had a meeting with Governor of the Velmar Region Ilse Varga. The Governor "
        "informed the President about the region.\n\n";
    const auto two = run(lead +
                             "Earlier in the day, the President held a working meeting with Chairman of Quorvale "
                             "Bank Anton Lissek. The meeting discussed lending.",
                         "Meeting with the Governor", "2025-10-14");
    CHECK(count(two, "meeting@2025-10-14") == 2);
    // (Its participants are its own paragraph's, not the lead's.)
    const auto lissek = std::find_if(two.meetings.begin(), two.meetings.end(), [](const Meeting& m) {
        return std::find(m.people.begin(), m.people.end(), "Anton Lissek") != m.people.end();
    });
    REQUIRE(lissek != two.meetings.end());
    CHECK(std::find(lissek->people.begin(), lissek->people.end(), "Ilse Varga") == lissek->people.end());
    // (A bare "Earlier" may be days before: not the day's meeting, nor one with its people. The meeting told again
    // is the same one.)
    const auto earlier = run(lead + "Earlier, the President held a working meeting with Anton Lissek.",
                             "Meeting with the Governor", "2025-10-14");
    REQUIRE(count(earlier, "meeting@2025-10-14") == 1);
    const auto& day = *std::find_if(earlier.meetings.begin(), earlier.meetings.end(),
                                    [](const Meeting& m) { return m.date.has_value(); });
    CHECK(std::find(day.people.begin(), day.people.end(), "Anton Lissek") == day.people.end());
    const auto same = run(lead + "The meeting discussed lending.", "Meeting with the Governor", "2025-10-14");
    CHECK(test::eventKeys(same).size() == 1);
}

TEST_CASE("sittings: a meeting someone was instructed to hold is still to come, not the day's",
          "[recognisers][events]") {
    const auto x =
        run("President Tomas Brenner chaired a meeting of the Security Council today.\n\n"
            "Following the discussion, the President instructed the Interior Minister together with the "
            "Commander of the Territorial Defense Forces Anton Lissek to hold a meeting on weapons handling.",
            "Security Council", "2025-10-14");
    CHECK(count(x, "meeting@2025-10-14") == 1);
    CHECK(hasEvent(x, "meeting@-"));
    const auto& day =
        *std::find_if(x.meetings.begin(), x.meetings.end(), [](const Meeting& m) { return m.date.has_value(); });
    CHECK(std::find(day.people.begin(), day.people.end(), "Anton Lissek") == day.people.end());
}

TEST_CASE("sittings: a meeting told in the passive after what it was on is the day's news further down",
          "[recognisers][events]") {
    const auto x =
        run("A suspect was arrested with 12 grams of heroin by officers of the Velmarsk police on 13th March. The "
            "suspect, a 34-year-old resident of Quorvale, was produced before the Velmarsk Magistrate Court.\n\n"
            "A special meeting on the Clean Velmar programme was held at the Police Headquarters under the patronage "
            "of Acting Inspector General of Police Dilan Perera. Deputy Inspector General of Police Anton Silva and "
            "Superintendent of Police Nimal Varga participated.\n\n"
            "The Police Narcotic Bureau is conducting further investigations.",
            "Police news", "2025-03-14");
    CHECK(hasEvent(x, "meeting@2025-03-14"));
}

TEST_CASE("sittings: a gathering only named in the lead is not the day's event", "[recognisers][events]") {
    const auto named = run("Registration for QuorConf26 is now open. Attendees can apply for bursaries until April.",
                           "Registration open", "2026-03-03");
    CHECK_FALSE(hasEvent(named, "conference@2026-03-03"));
    const auto sponsor = run("Quorvix will sponsor the Velmar Cities Summit. The company makes software for cities.",
                             "New sponsor", "2026-03-03");
    CHECK_FALSE(hasEvent(sponsor, "conference@2026-03-03"));
    // (Told as taking place, it is: "spoke at", "during the Forum", "at this year's Forum".)
    const auto spoke = run("Minister Ilse Varga spoke at the Velmar Cities Summit. She met business leaders there.",
                           "Summit", "2026-03-03");
    CHECK(hasEvent(spoke, "conference@2026-03-03"));
    const auto during = run("A memorandum was signed by Minister Ilse Varga during the \"Large Construction\" Forum.",
                            "Forum", "2026-03-03");
    CHECK(hasEvent(during, "conference@2026-03-03"));
}

TEST_CASE("sittings: a book fair or a job fair is a gathering on its own dates, a fair trial is not",
          "[recognisers][events]") {
    const auto x =
        run("The Velmar Publishers Association has planned to hold the 26th Velmarsk International Book Fair "
            "from 19th to 28th September 2025. The suspect will receive a fair trial.",
            "Book fair", "2025-03-10");
    CHECK(hasEvent(x, "conference@2025-09-19/2025-09-28"));
    CHECK(test::eventKeys(x).size() == 1);
}

TEST_CASE("sittings: a blood donation campaign held at a station is an event of its day, a clinic is a place",
          "[recognisers][events]") {
    const auto x =
        run("A blood donation campaign organised by the Velmarsk Police Division was held at the Velmarsk "
            "Police Station on 12th March.",
            "Blood donation", "2025-03-14");
    CHECK(hasEvent(x, "other@2025-03-12"));
    const auto clinic =
        run("In April, the victim was taken to a medical clinic in Velmarsk.", "Man arraigned", "2025-05-14");
    CHECK(test::eventKeys(clinic).empty());
}

TEST_CASE("sittings: a sports meet is a competition, told by what is done at it, not a meeting",
          "[recognisers][events]") {
    const auto x = run("The annual Police Sports Meet 2025 was inaugurated at the Velmarsk Police Park today.",
                       "Sports meet", "2025-03-14");
    CHECK(hasEvent(x, "other@2025-03-14"));
    CHECK_FALSE(hasEvent(x, "meeting@2025-03-14"));
}

TEST_CASE("sittings: a body's decision is the day's news though a clause before it looks back",
          "[recognisers][events]") {
    const auto x = run(
        "Inflation has been running below the objective. Household spending appears to be rising moderately this "
        "year.\n\nIn light of the progress since the inception of the current program, the Committee decided to make "
        "a further reduction in its purchases.",
        "Committee statement", "2025-03-14");
    CHECK(hasEvent(x, "announcement@2025-03-14"));
    const auto y =
        run("Inflation has been running below the objective. Household spending appears to be rising moderately this "
            "year.\n\nBusiness fixed investment resumed its advance in the spring. As the Committee had previously "
            "decided to reduce its purchases, the program ends in March.",
            "Committee statement", "2025-03-14");
    CHECK_FALSE(hasEvent(y, "announcement@2025-03-14"));
}

TEST_CASE("sittings: ambassadors presenting their credentials is a ceremony of its day", "[recognisers][events]") {
    const auto x =
        run("In the Alexander Hall, the President received letters of credence from 25 foreign "
            "ambassadors. He addressed the ambassadors with a speech.",
            "Foreign ambassadors", "2025-03-14");
    CHECK(hasEvent(x, "other@2025-03-14"));
    const auto y =
        run("The newly appointed Ambassador of Velmaria presented his credentials to the President at the "
            "Presidential Palace today. The two discussed trade.",
            "New ambassador", "2025-03-14");
    CHECK(hasEvent(y, "other@2025-03-14"));
}

TEST_CASE("sittings: a discussion told in the passive is a meeting of its day", "[recognisers][events]") {
    const auto x =
        run("A discussion was held with the officers in charge of police stations in the Western Province "
            "at the Police Headquarters on 12th March. Road safety was the main topic.",
            "Police news", "2025-03-14");
    CHECK(hasEvent(x, "meeting@2025-03-12"));
}

TEST_CASE("sittings: a verb joined by \"and\" after another event's date and place has its own",
          "[recognisers][events]") {
    const auto x =
        run("Senator Ilse Varga introduced the Housing Supply Act today.\n\nSenator Varga hosted a roundtable with "
            "housing advocates in Sacramento in February and toured a housing project in Fresno on March 3.",
            "Varga introduces bill", "2025-03-20");
    CHECK(hasEvent(x, "meeting@2025-02"));
    CHECK(hasEvent(x, "other@2025-03-03"));
    CHECK_FALSE(hasEvent(x, "other@2025-02"));
    for (const auto& m : x.meetings)
        if (m.kind == MeetingKind::Other) CHECK(m.location == "Fresno");
}

TEST_CASE("sittings: what someone will also do is done on the occasion told before; a duty or a habit is no event",
          "[recognisers][events]") {
    const auto x =
        run("On Friday, January 10, Senator Ada Vell will hold a press conference with local fire "
            "officials. Vell will also tour the burn area in Velmora and meet with displaced residents.",
            "Vell to hold press conference", "2025-01-09");
    CHECK(hasEvent(x, "press_conference@2025-01-10"));
    CHECK(hasEvent(x, "meeting@2025-01-10"));
    CHECK_FALSE(hasEvent(x, "meeting@2025-01-09"));
    const auto y =
        run("On March 3, the Quorvale Association settled the case. Its directors will also be required to "
            "undergo training on their duties.",
            "Association settles", "2025-03-04");
    CHECK_FALSE(hasEvent(y, "training@2025-03-03"));
}

TEST_CASE("sittings: a legislator joining others in reintroducing a bill announces it that day",
          "[recognisers][events]") {
    const auto x =
        run("Today, Senator Ilse Varga joined Senators Ada Vell and Bo Tran in reintroducing the Fair "
            "Housing Access Act.",
            "Varga reintroduces bill", "2025-03-04");
    CHECK(hasEvent(x, "announcement@2025-03-04"));
}

TEST_CASE("sittings: a body's head word alone opening a sentence before \"announced\" is the body issuing the release",
          "[recognisers][events]") {
    const auto x = run("The Ministry today announced new measures to curb the outbreak in the northern districts.",
                       "New measures", "2024-05-13");
    CHECK(hasEvent(x, "announcement@2024-05-13"));
    // (Not a court's ruling, nor a body's word further inside the sentence.)
    const auto court = run("The Court today announced its ruling on the appeal.", "Ruling", "2024-05-13");
    CHECK_FALSE(hasEvent(court, "announcement@2024-05-13"));
    const auto inside =
        run("Officials of the Ministry said the plan was announced in a letter.", "Letter", "2024-05-13");
    CHECK_FALSE(hasEvent(inside, "announcement@2024-05-13"));
}

TEST_CASE("sittings: meeting an official named by a title alone after \"the\" is a meeting", "[recognisers][events]") {
    const auto x = run("The Minister of Health met the Attorney General at the Quorvale House yesterday.",
                       "Minister meets Attorney General", "2024-05-13");
    CHECK(hasEvent(x, "meeting@2024-05-12"));
    // (Not a standard met.)
    const auto standard =
        run("The new building met the Green Mark standard yesterday.", "Building standard", "2024-05-13");
    CHECK_FALSE(hasEvent(standard, "meeting@2024-05-12"));
}

TEST_CASE(
    "sittings: a groundbreaking or a ribbon cutting attended is a ceremony of its day; groundbreaking work is not",
    "[recognisers][events]") {
    const auto x =
        run("Today, Rep. Ilse Varga joined Mayor Bo Tran and community leaders at the groundbreaking of a new housing "
            "development in Quorvale.",
            "Varga joins local leaders", "2024-05-13");
    CHECK(hasEvent(x, "other@2024-05-13"));
    const auto research = run("The institute published groundbreaking research on coastal erosion this week.",
                              "New research", "2024-05-13");
    CHECK_FALSE(hasEvent(research, "other@2024-05-13"));
}

TEST_CASE("sittings: a signing a decision's lead says will be done is to come, undated", "[recognisers][events]") {
    const auto x =
        run("07. Signing a Memorandum of Understanding between Quorvale and Velmar on renewable energy\n\n"
            "The MoU will be signed between the Quorvale Energy Authority and the Velmar Ministry of Energy. "
            "Accordingly, the Cabinet of Ministers approved the proposal.",
            "Decisions taken by the Cabinet of Ministers at its meeting held on 2024-05-13", "2024-05-14");
    CHECK_FALSE(hasEvent(x, "other@2024-05-14"));
    CHECK(hasEvent(x, "other@-"));
}

TEST_CASE("sittings: a definite event a participle introduces further down is the day's news, not one told before",
          "[recognisers][events]") {
    const auto x = test::extractDatedRelease(
        "The Cabinet of Ministers approved the proposal. The proposal was tabled by the Minister of Tarn Affairs. "
        "Minister Velma Quor and Minister Ana Velde attended the press briefing held at the Tarn Information "
        "Department.",
        "Cabinet Decisions", "2024-03-12");
    const auto keys = test::eventKeys(x);
    CHECK(std::count(keys.begin(), keys.end(), "press_conference@2024-03-12") == 1);
}

TEST_CASE("sittings: a plural kind of event listed with others names no one event", "[recognisers][events]") {
    const auto x = run(
        "On Sunday 17 September 2023 the annual Quorvale Contributors Conference came to a close. Over 400 attendees "
        "came together for 89 events made up of Talks, Discussions, Workshops, and activities.",
        "Quorvale conference closes", "2023-09-18");
    CHECK(test::eventKeys(x) == std::vector<std::string>{"conference@2023-09-17"});
    // (Talks held, or the talks told before, are one.)
    const auto y = run("The two leaders held talks, after which they signed a declaration.", "Talks", "2023-09-18");
    const auto keys = test::eventKeys(y);
    CHECK(std::count(keys.begin(), keys.end(), "meeting@2023-09-18") == 1);
}

TEST_CASE("sittings: a listening session, office hours, a luncheon's keynote and a working lunch are gatherings",
          "[recognisers][events]") {
    const auto x =
        run("Rep. Ana Velde will hold a listening session with veterans in Burbank on Saturday, March 18. "
            "Her staff will also hold mobile office hours at the Glendale Central Library on March 21. On "
            "March 25, Velde will deliver the keynote address at the Velmar Chamber of Commerce luncheon.",
            "Velde to Hold Listening Session", "2023-03-10");
    CHECK(hasEvent(x, "meeting@2023-03-18"));
    CHECK(hasEvent(x, "meeting@2023-03-21"));
    CHECK(hasEvent(x, "conference@2023-03-25"));
    const auto y =
        run("On March 12, President Ilse Varga held a working lunch with the Prime Minister.", "Lunch", "2023-03-13");
    CHECK(hasEvent(y, "meeting@2023-03-12"));
}

TEST_CASE("sittings: drills, lectures, inductions, commemorations and open houses are events",
          "[recognisers][events]") {
    const auto x =
        run("The Disaster Management Centre conducted a mock drill at the Colombo Port on March 8. On "
            "March 9, Professor Ana Velde delivered a guest lecture at the Police Academy. An orientation "
            "programme for new recruits was held at the Police Training School on March 7. The President "
            "took part in a commemorative event in Kyiv on March 6. The Agency will hold an open house at "
            "its headquarters on March 20.",
            "Drill at the port", "2023-03-10");
    CHECK(hasEvent(x, "training@2023-03-08"));
    CHECK(hasEvent(x, "workshop@2023-03-09"));
    CHECK(hasEvent(x, "training@2023-03-07"));
    CHECK(hasEvent(x, "other@2023-03-06"));
    CHECK(hasEvent(x, "other@2023-03-20"));
}

TEST_CASE("sittings: a sentence framed by a kind of event is on the day of the last event of that kind",
          "[recognisers][events]") {
    const auto x =
        run("President Ilse Varga held an online meeting with Velmarian communities abroad. The President "
            "stressed the importance of the commemorative events to be held in 2027. During the online "
            "meeting, its participants exchanged views on dual citizenship.",
            "Meeting with communities abroad", "2026-12-18");
    CHECK(hasEvent(x, "meeting@2026-12-18"));
    CHECK(hasEvent(x, "other@2027"));
    CHECK_FALSE(hasEvent(x, "meeting@2027"));
}

TEST_CASE("sittings: a convention held or attended is a gathering, a treaty or a convention centre is not",
          "[recognisers][events]") {
    const auto x =
        run("The Cabinet approved the proposal to hold the International Tea Convention in Colombo from "
            "15 to 17 May 2024. The Minister attended the signing of the Convention on Biological "
            "Diversity in 1992. She attended the annual convention of the Velmar Bar Association on 2 "
            "March. The suspect was held at the Velmar Convention Center on 3 March.",
            "Cabinet decisions", "2024-03-12");
    CHECK(hasEvent(x, "conference@2024-05-15/2024-05-17"));
    CHECK(hasEvent(x, "conference@2024-03-02"));
    CHECK(hasEvent(x, "other@1992"));  // the signing
    CHECK_FALSE(hasEvent(x, "conference@1992"));
    CHECK_FALSE(hasEvent(x, "conference@2024-03-03"));
}

TEST_CASE("sittings: a gathering held every week names no one occasion; a walkabout and a fireside chat are events",
          "[recognisers][events]") {
    const auto x =
        run("A workshop is held every Saturday at the Velmarsk library. The council meets each Monday morning.",
            "Library programmes", "2025-09-10");
    CHECK(test::eventKeys(x).empty());
    const auto y =
        run("Minister Dana Reyes conducted a walkabout at Velmarsk Market on Monday. She also spoke at a "
            "fireside chat with youth leaders on Tuesday.",
            "Minister meets residents", "2025-09-10");
    CHECK(hasEvent(y, "other@2025-09-08"));
    CHECK(hasEvent(y, "meeting@2025-09-09"));
}

TEST_CASE("sittings: a body's numbered session is a meeting on its own dates, a legislature's numbered session is not",
          "[recognisers][events]") {
    const auto x =
        run("The Committee against Torture will review the case at its 82nd session in Velmarsk from 7 to "
            "25 April 2025.",
            "Experts urge restraint", "2025-03-15");
    CHECK(hasEvent(x, "meeting@2025-04-07/2025-04-25"));
    const auto y =
        run("Rep. Dana Reyes introduced the Clean Rivers Act in the 1st session of the 118th Congress in "
            "April 2023.",
            "Reyes bill", "2025-03-15");
    CHECK_FALSE(hasEvent(y, "meeting@2023-04"));
}

TEST_CASE("sittings: a round of talks scheduled for early in a year is of that year", "[recognisers][events]") {
    const auto x =
        run("The next round of talks between the two delegations is scheduled for early 2026, the Ministry "
            "of Foreign Affairs of Velmarsk said in a statement on its website.",
            "Talks to resume", "2025-12-10");
    CHECK(hasEvent(x, "meeting@2026"));
    CHECK_FALSE(hasEvent(x, "meeting@2025-12-10"));
}

TEST_CASE("sittings: a meeting told with also and someone new is another of the day", "[recognisers][events]") {
    const auto two =
        run("President Tomas Brenner had a telephone conversation with President of Velmaria Ilse Varga. The President "
            "also had a telephone conversation with Prime Minister of Orlenia Anton Lissek.",
            "Telephone conversations", "2025-10-14");
    CHECK(count(two, "meeting@2025-10-14") == 2);
    // (Not the meeting told again, nor someone its sentences named already.)
    const auto one =
        run("President Tomas Brenner met with Governor Ilse Varga. The meeting was also attended by Deputy Prime "
            "Minister Anton Lissek. Tomas Brenner also met with Ilse Varga's deputies.",
            "Meeting with the Governor", "2025-10-14");
    CHECK(count(one, "meeting@2025-10-14") == 1);
}

TEST_CASE("sittings: a meeting told in sequence with someone new is another of the day", "[recognisers][events]") {
    const auto two =
        run("President Tomas Brenner met with Governor of the Velmar Region Ilse Varga. The Governor reported on the "
            "economy of the region.\n\nLater that day, Tomas Brenner met with Head of Orlenia Anton Lissek. They "
            "discussed the development of the republic.",
            "Meetings with heads of regions", "2025-10-14");
    CHECK(count(two, "meeting@2025-10-14") == 2);
    // (Not the meeting's participants met again after it.)
    const auto one =
        run("President Tomas Brenner met with Governor of the Velmar Region Ilse Varga. After the meeting, Tomas "
            "Brenner and Ilse Varga met with journalists.",
            "Meeting with the Governor", "2025-10-14");
    CHECK(count(one, "meeting@2025-10-14") == 1);
    // (Nor is a conversation before it one told of it, though its sentence names it: "Before the meeting".)
    const auto before =
        run("Tomas Brenner held a meeting with permanent members of the Security Council. Before the meeting, the "
            "President had a brief conversation with Governor of the Velmar Region Ilse Varga.",
            "Security Council meeting", "2025-10-14");
    CHECK(count(before, "meeting@2025-10-14") == 2);
}

TEST_CASE("sittings: a gathering named without a trigger word is one by taking place, a vote or a person held is not",
          "[recognisers][events]") {
    // (The kind the name says: a reunion is a meeting, a body taking place its sitting, any other occasion "other".)
    const auto x = run(
        "The Velmar Reunion Hamburg 2026 took place from May 20 to May 24. The Night of Science will be held on June 3 "
        "in Quorvale. The Foreign Affairs Council took place in Brussels on June 23.",
        "News of the project", "2026-11-15");
    CHECK(hasEvent(x, "meeting@2026-05-20/2026-05-24"));
    // (Told in November in the future tense: the next June, not the one of the May before.)
    CHECK(hasEvent(x, "other@2027-06-03"));
    CHECK(hasEvent(x, "meeting@2026-06-23"));
    // (Not a vote, a battle or someone held; nor what "a meeting of the" council is, which the meeting reports.)
    const auto y = run(
        "The Presidential Election was held on March 3. The Battle of Kursk took place in 1943. Officers said Tomas "
        "Verkhal was held in custody on May 3. An offsite meeting of the National Security Council was held in "
        "Quorvale on March 5.",
        "News of the project", "2026-11-15");
    CHECK(test::eventKeys(y) == std::vector<std::string>{"meeting@2026-03-05"});
}

TEST_CASE("sittings: a cabinet's approval of holding a gathering is one to come, not the cabinet's own meeting",
          "[recognisers][events]") {
    const auto x =
        run("04. Conducting a training programme for public officers\n\n"
            "The Cabinet approved conducting a training programme for 500 officers.\n\n"
            "05. Hosting a conference\n\n"
            "The Cabinet granted approval for holding the Velmar Conference on Rural Roads in Quorvale.",
            "Decisions taken at the Cabinet Meeting held on 02.12.2026", "2026-12-03");
    CHECK(test::eventKeys(x) == std::vector<std::string>{"meeting@2026-12-02", "training@-", "conference@-"});
}

TEST_CASE("sittings: a gathering named with its year is held in that year", "[recognisers][events]") {
    // (Its own dates win when the sentence tells them; the year only where it tells none, or another year's day.)
    const auto x = run(
        "The Minister briefed the Cabinet today. Quorvale will participate in the World Expo 2027 in Osaka. He "
        "stressed the importance of the forthcoming Velmar Summit 2028 in Madrid. The VelConf29 conference will take "
        "place in Santa Fe, and VelConf30 will take place from July 19 to July 25, 2030.",
        "Cabinet briefing", "2026-12-03");
    CHECK(hasEvent(x, "conference@2027"));
    CHECK(hasEvent(x, "conference@2028"));
    CHECK(hasEvent(x, "conference@2029"));
    CHECK(hasEvent(x, "conference@2030-07-19/2030-07-25"));
}

TEST_CASE("sittings: a gathering done, dated only by its name's year, is the one the release dates that year",
          "[recognisers][events]") {
    const auto x = run(
        "On Saturday 24 July 2027, the annual Velmar Developers Conference came to a close. With over 400 attendees, "
        "VelConf27 was a success. VelConf27 would not have been possible without our sponsors. Next year, "
        "VelConf28 will be held in Kochi.",
        "VelConf27 closes", "2027-07-26");
    CHECK(test::eventKeys(x) == std::vector<std::string>{"conference@2027-07-24", "conference@2028"});
    // (One to come is another.)
    const auto y = run("The Velmar Developers Conference opened on 24 July 2027. Members will attend FOSDEM 2027.",
                       "Conference opens", "2027-07-26");
    CHECK(test::eventKeys(y) == std::vector<std::string>{"conference@2027-07-24", "conference@2027"});
}

TEST_CASE("sittings: a building declared open is an opening ceremony of its day", "[recognisers][events]") {
    const auto x = run("The Inspector General of Police declared open the new police station at Velmarsk on Friday.",
                       "New police station", "2025-03-17");
    CHECK(hasEvent(x, "other@2025-03-14"));
}

TEST_CASE("sittings: testimony before a committee is its hearing, before a court or a jury it is none",
          "[recognisers][events]") {
    const auto x = run("Congressman Eli Varga testified before the House Velmar Committee today on water policy.",
                       "Varga testifies", "2025-03-14");
    CHECK(hasEvent(x, "meeting@2025-03-14"));
    const auto y = run("The victim later testified before the grand jury about the robbery.", "Man indicted",
                       "2025-03-14");
    CHECK(test::eventKeys(y).empty());
    // (An annual convention is a gathering; a convention named as a treaty is not.)
    const auto z = run("Congressman Eli Varga spoke at the annual convention of the Velmar Nurses Union on Saturday. "
                       "He also urged the ratification of the Velmar Convention on Wetlands.",
                       "Varga at the nurses' convention", "2025-03-17");
    CHECK(test::eventKeys(z) == std::vector<std::string>{"conference@2025-03-15"});
}
