// The rules, the tagger and the resolver together on visits and guests a release reports: an official's visit
// announced in the progressive with its own dates, what is done during it, the body whose members' meeting the
// visitor attends, a guest gracing an event, and the private visits of a crime narrative that are no events. Texts
// and names invented for these tests.

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;
using test::hasEvent;

namespace {

const auto run = test::extractDatedRelease;

}  // namespace

TEST_CASE("visits: an official who will be visiting a country on dates of its own", "[recognisers][events]") {
    const auto x =
        run("Minister for the Environment Ms Dana Reyes will be visiting Velmarsk, Moldova from 28 to 31 August 2023. "
            "During the visit, Minister Reyes will attend the Quorvale Zero Emission Community (QZEC) Ministerial "
            "Meeting.",
            "Visit by Minister for the Environment Ms Dana Reyes to Moldova", "2023-08-27");
    CHECK(hasEvent(x, "other@2023-08-28/2023-08-31"));
    CHECK_FALSE(hasEvent(x, "other@2023-08-27"));
    CHECK(has(x, EntityType::Agency, "Quorvale Zero Emission Community"));
    CHECK_FALSE(has(x, EntityType::Location, "Quorvale Zero Emission Community"));
}

TEST_CASE("visits: the opening of a clinic, a laboratory or a campus is an occasion", "[recognisers][events]") {
    const auto x = run("Minister Dana Reyes attended the opening of the new clinic in Velmar on Friday.",
                       "Minister opens clinic", "2026-12-07");
    CHECK(hasEvent(x, "other@2026-12-04"));
    const auto y =
        run("Governor Ilse Varga opened the Orlen Forensic Laboratory on Monday.", "New laboratory", "2026-12-07");
    CHECK(hasEvent(y, "other@2026-12-07"));
}

TEST_CASE("visits: an officer at the scene of a crime makes no official visit", "[recognisers][events]") {
    const auto x =
        run("Officers of the Velmar Narcotics Bureau arrested two suspects with heroin on Tuesday. Senior Deputy "
            "Inspector General of Police Dana Reyes visited the scene. The Minister of Public Security visited the "
            "spot later, and the district officer visited the crime scene.",
            "Two suspects arrested with heroin", "2026-12-03");
    CHECK(test::eventKeys(x).empty());
}

TEST_CASE("visits: a visit to kin or friends in a crime narrative is no event", "[recognisers][events]") {
    const auto x =
        run("On June 30, 2008, the defendant met the victim while she was visiting family in Velmar County. On "
            "December 1, 2008, Tarrow booked tickets for himself and Velk to visit his mother in Moldova.",
            "Man sentenced to nine years in prison for assault", "2010-03-02");
    CHECK(test::eventKeys(x).empty());
    // (A minister visiting a body is one: "was visiting" the agency.)
    const auto y = run("Minister Dana Reyes was visiting the Velmar Water Authority on Monday when the storm hit.",
                       "Minister visits water authority", "2024-03-06");
    CHECK(hasEvent(y, "other@2024-03-04"));
}

TEST_CASE("visits: a guest who graces an event is part of that event", "[recognisers][events]") {
    const auto x =
        run("Senior Minister of State Dr Dana Reyes graced the launch of the Clean Velmar 2024 campaign at Quorvale "
            "Lake Gardens on 2 November 2023. The Ministry of Sustainability and the Environment will host a "
            "dialogue with hawkers on 5 March.",
            "Clean Velmar campaign launched", "2023-11-06");
    CHECK(hasEvent(x, "announcement@2023-11-02"));
    CHECK_FALSE(hasEvent(x, "other@2023-11-02"));
    CHECK(has(x, EntityType::Agency, "Ministry of Sustainability and the Environment"));
    CHECK_FALSE(has(x, EntityType::Agency, "Ministry of Sustainability"));
    const auto y = run("Minister Dana Reyes graced the event at Quorvale Lake Gardens on 2 November 2023.",
                       "Minister at community day", "2023-11-06");
    CHECK(hasEvent(y, "other@2023-11-02"));
}

TEST_CASE("visits: what was done during the visit, said at the sentence's end, is on the visit's days",
          "[recognisers][events]") {
    const auto x =
        run("Decisions taken at the Cabinet Meeting held on 20.01.2025\n\n05. Memoranda of Understanding to be signed "
            "during the state visit of the President to Moldova\nThe President undertook a state visit to Moldova "
            "from 14th to 17th January 2025. Several Memoranda of Understanding were signed during the visit.",
            "Cabinet Decisions", "2025-01-20");
    CHECK(hasEvent(x, "other@2025-01-14/2025-01-17"));
    CHECK_FALSE(hasEvent(x, "other@2025-01-20"));
    // (What is still planned during it keeps no day of its own.)
    const auto y =
        run("The Minister arrived in Velmarsk for a visit from 16 to 18 May. Meetings with business "
            "circles are also planned during the visit.",
            "Minister visits Velmarsk", "2022-05-17");
    CHECK_FALSE(hasEvent(y, "meeting@2022-05-16/2022-05-18"));
}

TEST_CASE("visits: a hall of a seat of government is a place beside the seat", "[recognisers]") {
    const auto x = run("The President presented state decorations in the Kremlin's St Catherine Hall on Tuesday.",
                       "State awards ceremony", "2025-12-04");
    CHECK(has(x, EntityType::Location, "Kremlin"));
    CHECK(has(x, EntityType::Location, "St Catherine Hall"));
    CHECK_FALSE(has(x, EntityType::Location, "Kremlin's St Catherine Hall"));
}

TEST_CASE("visits: a festival this weekend is the festival the text dates on one of its days",
          "[recognisers][events]") {
    const auto x =
        run("The office will host an information booth at the Cinco de Mayo Festival this weekend.\n\n"
            "SANTA ANA – The Velmar County District Attorney's Office is proud to take part in the 15th "
            "Annual Cinco de Mayo Festival this Sunday, May 4, 2014, starting at 11:00 a.m.",
            "Booth at festival", "2014-05-02");
    CHECK(hasEvent(x, "other@2014-05-04"));
    CHECK_FALSE(hasEvent(x, "other@2014-05-03/2014-05-04"));
}

TEST_CASE("visits: the launch of a forum named after a plan launches the forum", "[recognisers][events]") {
    const auto x =
        run("Good morning. I am happy to join you at the launch of the Velmar Green Plan Youth Forum today, "
            "with 300 students from our schools.",
            "Speech by Minister Dana Reyes at the launch of the Velmar Green Plan Youth Forum", "2024-04-12");
    CHECK(hasEvent(x, "conference@2024-04-12"));
    CHECK_FALSE(hasEvent(x, "announcement@2024-04-12"));
    // (A headline in title case goes on with a preposition: "Releases Joint Statement About ...".)
    const auto y = run("The Members of the Velmar Oversight Board have released the following joint statement today.",
                       "Board Releases Joint Statement About Departing Board Member", "2018-12-17");
    CHECK(hasEvent(y, "announcement@2018-12-17"));
}

TEST_CASE("visits: an official's tour of a site is a visit, a tour of duty none", "[recognisers][events]") {
    const auto x =
        run("Rep. Dana Reyes joined Mayor Tom Velk for a tour of the Velmar River revitalization project on "
            "Monday. The project drew praise.",
            "Reyes tours river project", "2011-03-08");
    CHECK(hasEvent(x, "other@2011-03-07"));
    const auto y = run("Sergeant Tom Velk served a tour of duty in Afghanistan in 2009 with the Marines.",
                       "Veteran honoured", "2011-03-08");
    CHECK(test::eventKeys(y).empty());
}

TEST_CASE("visits: a tour by the official the sentence before named, told with \"she also toured\"",
          "[recognisers][events]") {
    const auto x = test::extractDatedRelease(
        "On 1 December, Minister Ilse Varga met with members of the Velmar Federation. She also toured the Quorvale "
        "Nexus facility on 2 December.",
        "Minister meets federation", "2026-12-03");
    CHECK(hasEvent(x, "meeting@2026-12-01"));
    CHECK(hasEvent(x, "other@2026-12-02"));
}
