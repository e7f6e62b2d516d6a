#include <set>

#include "core/date_scanner.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
std::set<std::string> isos(std::string_view text, DateContext ctx = {}) {
    std::set<std::string> out;
    for (const auto& h : scanDates(text, ctx)) out.insert(h.value.iso());
    return out;
}
}  // namespace

TEST_CASE("absolute dates in the common English forms", "[dates]") {
    CHECK(isos("The meeting was held on 25th May 2017, at MNDF Headquarters.") == std::set<std::string>{"2017-05-25"});
    CHECK(isos("Published July 27, 2022 in Islamabad") == std::set<std::string>{"2022-07-27"});
    CHECK(isos("occurred Feb. 8, 2010, on the campus") == std::set<std::string>{"2010-02-08"});
    CHECK(isos("dated 27/07/2022 and 2017-05-25") == std::set<std::string>{"2022-07-27", "2017-05-25"});
    CHECK(isos("on Sept. 23, 2011") == std::set<std::string>{"2011-09-23"});
}

TEST_CASE("the style guides' short ordinals \"2d\" and \"3d\" are days; \"3D\" and \"12d\" are not", "[dates]") {
    CHECK(isos("held September 3d through September 9th, 2023") == std::set<std::string>{"2023-09-03/2023-09-09"});
    CHECK(isos("on June 22d, 2021") == std::set<std::string>{"2021-06-22"});
    CHECK(isos("a 3D model of May 2021") == std::set<std::string>{"2021-05"});
    CHECK(isos("item 12d of May 2021") == std::set<std::string>{"2021-05"});
}

TEST_CASE("partial dates and year spans", "[dates]") {
    CHECK(isos("In May 2017 the office opened") == std::set<std::string>{"2017-05"});
    CHECK(isos("the workplan for 2022-23 and the programme 2022-2025") ==
          std::set<std::string>{"2022/2023", "2022/2025"});
    CHECK(isos("reviewed UNODC's 2014 - 2015 Workplan to implement its Country Programme (2010 - 2015)") ==
          std::set<std::string>{"2014/2015", "2010/2015"});
    CHECK(isos("their implementation in 2013 and the status") == std::set<std::string>{"2013"});
}

TEST_CASE("ranges of days and months", "[dates]") {
    CHECK(isos("at the DGTR from 22-24 October 2018.") == std::set<std::string>{"2018-10-22/2018-10-24"});
    CHECK(isos("between November 2014 and May 2015") == std::set<std::string>{"2014-11/2015-05"});
    CHECK(isos("held October 22-24, 2018") == std::set<std::string>{"2018-10-22/2018-10-24"});
    DateContext ctx;
    ctx.defaultYear = 2017;
    CHECK(isos("slated to be held from the 11-13 of July in Maldives", ctx) ==
          std::set<std::string>{"2017-07-11/2017-07-13"});
    CHECK(isos("slated to be held from the 11-13 of July in Maldives").empty());  // no year known
}

TEST_CASE("a year the sentence goes on after is a year, a year before what was counted is not", "[dates]") {
    CHECK(isos("He was arrested in 2021 under Section 302 of the Penal Code.") == std::set<std::string>{"2021"});
    CHECK(isos("The firm filed for bankruptcy in 2016 amid investigations.") == std::set<std::string>{"2016"});
    CHECK(isos("The patent was sold in 1922 because the inventors wanted it shared.") == std::set<std::string>{"1922"});
    CHECK(isos("He died in 1977 without ever being identified.") == std::set<std::string>{"1977"});
    CHECK(isos("Nearly 2000 volunteers came.").empty());
    // A year joined to a year by "and" or "or" is one too, whatever follows it; not a room's number.
    CHECK(isos("For the 2009 and 2010 tax years, they filed no returns.") == std::set<std::string>{"2009", "2010"});
    CHECK(isos("Cases filed in 2022 or 2023 increased.") == std::set<std::string>{"2022", "2023"});
    CHECK(isos("Room 2001 and 2002 officers waited.").empty());
}

TEST_CASE("ages, durations, money and identifiers are not dates", "[dates]") {
    CHECK(isos("served for 19 years as a 60-year-old officer").empty());
    CHECK(isos("a Two-Year-old child and 2000 people attended").empty());
    CHECK(isos("Case #11CM1351, call 714-347-8408").empty());
    CHECK(isos("embezzling over $150,000 and $2,014").empty());
    CHECK(isos("Sustainable Development Goal 16").empty());
}

TEST_CASE("relative dates resolve against the reference date", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2024, 5, 10};  // a Friday
    CHECK(isos("met on Thursday to talk", ctx) == std::set<std::string>{"2024-05-09"});
    CHECK(isos("convicted 10 defendants today", ctx) == std::set<std::string>{"2024-05-10"});
    CHECK(isos("arrested yesterday", ctx) == std::set<std::string>{"2024-05-09"});
    CHECK(isos("last week the office", ctx) == std::set<std::string>{"2024-04-29/2024-05-05"});
    CHECK(isos("the delegation's visit to Paris the day before.", ctx) == std::set<std::string>{"2024-05-09"});
    CHECK(isos("talks held the previous day", ctx) == std::set<std::string>{"2024-05-09"});
    CHECK(isos("Two years ago the law passed", ctx) == std::set<std::string>{"2022"});
    CHECK(isos("six months ago the plan began", ctx) == std::set<std::string>{"2023-11"});
    CHECK(isos("a year ago", ctx) == std::set<std::string>{"2023"});
    CHECK(isos("The team will travel on Monday; on Thursday it returned", ctx) ==
          std::set<std::string>{"2024-05-13", "2024-05-09"});
    CHECK(isos("signed the day before yesterday", ctx) == std::set<std::string>{"2024-05-08"});
    CHECK(isos("met the day before the vote", ctx).empty());
    CHECK(isos("met on Thursday to talk").empty());  // nothing to resolve against
    // A day and month after a date that states its year are of that year, not the release's.
    ctx.defaultYear = 2024;
    CHECK(isos("attends the conference from 30 November to 12 December 2025. She visits Abu Dhabi on 4 December.",
               ctx) == std::set<std::string>{"2025-11-30/2025-12-12", "2025-12-04"});
}

TEST_CASE("month names need a capital and abbreviations are known", "[dates]") {
    CHECK(monthFromName("Sept") == 9);
    CHECK(monthFromName("october") == 10);
    CHECK(isos("officials may 2017 review").empty());
}

TEST_CASE("a bare number is a year only in a date-like context", "[dates]") {
    CHECK(isos("The office is located at 2100 Main Street in Santa Ana.").empty());
    CHECK(isos("Visit 700 Civic Center Drive W. or 2100 North Broadway Avenue").empty());
    CHECK(isos("under the Implementing Recommendations of the 9/11 Commission Act of 2007").empty());
    CHECK(isos("amending the Finance Act No. 35 of 2018 and Gazette No 2345 of 2023").empty());
    CHECK(isos("the budget of 2018") == std::set<std::string>{"2018"});
    CHECK(isos("in line with the Singapore Green Plan 2030: City in Nature").empty());
    CHECK(isos("Room 2000, 600 Robert St N").empty());
    CHECK(isos("an offence under Section 2019 of the code").empty());
    CHECK(isos("a model year 2012 sedan").empty());
    CHECK(isos("D/Media/Out/1073/2025 2025.05.25 1045 hrs") == std::set<std::string>{"2025-05-25"});
    // ... and the same numbers as years where the context is a date.
    CHECK(isos("The Foundation was founded in 2002 by Erin Runnion") == std::set<std::string>{"2002"});
    CHECK(isos("a 1994 cold case, reopened in 2017") == std::set<std::string>{"1994", "2017"});
    CHECK(isos("by 2050, and since 2008") == std::set<std::string>{"2050", "2008"});
    // (A capitalised determiner opening a sentence is no name the year belongs to, as "Plan" is.)
    CHECK(isos("Paddy for the Maha season. The 2023/2024 Yala season.") == std::set<std::string>{"2023/2024"});
    CHECK(isos("It was held on Saturday. The 2012 Tet Festival is a celebration.") == std::set<std::string>{"2012"});
}

TEST_CASE("numeric dates with the year first or a two-digit year", "[dates]") {
    CHECK(isos("D/Media/Out/1784/2025 2025.09.22") == std::set<std::string>{"2025-09-22"});
    CHECK(isos("For Immediate Distribution: 12/13/23") == std::set<std::string>{"2023-12-13"});
    CHECK(isos("reference 1/2/34/5 and 2025.09.22.1").empty());
    CHECK(isos("Ref. No. PR/2024/11/05 was issued").empty());
}

TEST_CASE("numeric dates with dashes read in the context's order unless the day cannot be a month", "[dates]") {
    DateContext dayFirst;
    dayFirst.monthFirst = false;
    CHECK(isos("at its meeting held on 01-12-2026", dayFirst) == std::set<std::string>{"2026-12-01"});
    CHECK(isos("at its meeting held on 01-12-2026") == std::set<std::string>{"2026-01-12"});
    CHECK(isos("filed 12-13-2023", dayFirst) == std::set<std::string>{"2023-12-13"});
    CHECK(isos("filed 27-07-2022") == std::set<std::string>{"2022-07-27"});
    CHECK(isos("case No. 14-01-12-2026 and ref 01-12-2026-7").empty());
}

TEST_CASE("ranges between two full dates and month ranges sharing a year", "[dates]") {
    CHECK(isos("Between Jan. 1, 2008, and Dec. 19, 2008, she met") == std::set<std::string>{"2008-01-01/2008-12-19"});
    CHECK(isos("Between July and September 2009, he was accused") == std::set<std::string>{"2009-07/2009-09"});
    CHECK(isos("from 3 May 2021 to 5 June 2021") == std::set<std::string>{"2021-05-03/2021-06-05"});
}

TEST_CASE("weekdays, months and years without a year resolve against the reference and the tense", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2023, 12, 13};  // a Wednesday
    ctx.defaultYear = 2023;
    CHECK(isos("A suspect was arrested Tuesday morning, it was announced today", ctx) ==
          std::set<std::string>{"2023-12-12", "2023-12-13"});
    CHECK(isos("He will be arraigned Friday in Santa Ana", ctx) == std::set<std::string>{"2023-12-15"});
    CHECK(isos("convicted Thursday, Feb. 11, 2016, of rape", ctx) == std::set<std::string>{"2016-02-11"});
    CHECK(isos("Monday\nMeeting notes", ctx).empty());  // a weekday heading
    CHECK(isos("since we reviewed the rate in January", ctx) == std::set<std::string>{"2023-01"});
    CHECK(isos("provisions that will sunset in March unless renewed", ctx) == std::set<std::string>{"2024-03"});
    CHECK(isos("the September Monetary Policy Statement", ctx) == std::set<std::string>{"2023-09"});
    CHECK(isos("inflation returned to the band in the September quarter", ctx).empty());  // a statistic's period
    CHECK(isos("You may also call. May the best win.", ctx).empty());
    CHECK(isos("Thank you. In July, I visited the plant.", ctx) == std::set<std::string>{"2023-07"});
    CHECK(isos("He was arrested on the 11th at about 10.30 p.m. and will appear on the 20th.", ctx) ==
          std::set<std::string>{"2023-12-11", "2023-12-20"});
    CHECK(isos("He was arrested on the 20th.", ctx) == std::set<std::string>{"2023-11-20"});
    CHECK(isos("placed on the 1st, 6th, and 10th floors; on the 5th floor; on the 25th anniversary", ctx).empty());
    // (Without the article too, as some police write it; not an ordinal joined to the next word.)
    CHECK(isos("An awareness programme was conducted on 11th.", ctx) == std::set<std::string>{"2023-12-11"});
    CHECK(isos("the Task Force on 21st-Century Policing; on 13th Street", ctx).empty());
    // (A word of who did it or of the day's part after the day; the night or the morning "of the" day.)
    CHECK(isos("He was arrested on the 11th by Kotahena Police.", ctx) == std::set<std::string>{"2023-12-11"});
    CHECK(isos("A meeting was held on 11th under the patronage of the IGP.", ctx) ==
          std::set<std::string>{"2023-12-11"});
    CHECK(isos("The robbery occurred on the night of the 10th.", ctx) == std::set<std::string>{"2023-12-10"});
    CHECK(isos("He died on the 3rd day of treatment; the cost of the 5th year rose.", ctx).empty());
    CHECK(isos("The Deputy Minister In July Smith", ctx).empty());  // a capital inside a line is no time word
    // (A speech's numbered paragraph opens after its number; a number inside a line opens nothing.)
    CHECK(isos("2 Thank you.\n3 In July, we will host the week.", ctx) == std::set<std::string>{"2024-07"});
    CHECK(isos("Room 3 In July Smith", ctx).empty());
    CHECK(isos("In March this year, we hosted the week; in May last year, the forum.", ctx) ==
          std::set<std::string>{"2023-03", "2022-05"});
    CHECK(isos("Earlier this year, and next year", ctx) == std::set<std::string>{"2023", "2024"});
    ctx.reference = CalendarDate{2022, 12, 19};
    ctx.defaultYear = 2022;
    CHECK(isos("DATE: Tuesday, January 10", ctx) == std::set<std::string>{"2023-01-10"});
}

TEST_CASE("fiscal years, quarters and a year after mid-, not a numbered document", "[dates]") {
    CHECK(isos("the budget for 2024/25 and the plan for 2023/2024") == std::set<std::string>{"2024/2025", "2023/2024"});
    CHECK(isos("In Q3 2023, exports fell") == std::set<std::string>{"2023-07/2023-09"});
    CHECK(isos("inflation peaked in mid-2022") == std::set<std::string>{"2022"});
    CHECK(isos("Case No. 2023/24 and Resolution No. 2021 were heard").empty());
    CHECK(isos("grew 2023/2029 fold").empty());  // not consecutive years
}

TEST_CASE("a weekday or a month before \"will\" is the coming one", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2023, 10, 28};  // a Saturday
    CHECK(isos("On Monday, Minister Joly will host a meeting", ctx) == std::set<std::string>{"2023-10-30"});
    CHECK(isos("On Monday, the minister said the talks had ended", ctx) == std::set<std::string>{"2023-10-23"});
    CHECK(isos("confirmed cooperation toward the summit in December", ctx) == std::set<std::string>{"2023-12"});
    // An abbreviation's dot between "will" and the weekday does not end the sentence.
    CHECK(isos("Schiff will hold a press conference at 10 a.m. on Monday.", ctx) ==
          std::set<std::string>{"2023-10-30"});
    CHECK(isos("The hearing ended at 4 p.m. on Monday.", ctx) == std::set<std::string>{"2023-10-23"});
}

TEST_CASE("a weekday after \"every\" or \"each\" comes back and names no date", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2023, 10, 28};
    CHECK(isos("A workshop is held every Saturday at the library.", ctx).empty());
    CHECK(isos("The council meets each Monday morning.", ctx).empty());
    CHECK(isos("The council met on Monday.", ctx) == std::set<std::string>{"2023-10-23"});
}

TEST_CASE("a month alone that a past sentence intends is the coming one, a weekday's ruling is past", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2023, 10, 3};  // a Tuesday
    CHECK(isos("They reaffirmed their intention to meet at the summit in Astana in November", ctx) ==
          std::set<std::string>{"2023-11"});
    CHECK(isos("The two sides agreed to meet again in February", ctx) == std::set<std::string>{"2024-02"});
    CHECK(isos("as announced in September, the programme continued", ctx) == std::set<std::string>{"2023-09"});
    CHECK(isos("his intention to appeal Friday's ruling", ctx) == std::set<std::string>{"2023-09-29"});
}

TEST_CASE("last night is the day before the reference, tonight its own day; not \"the last night of\"", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2025, 3, 4};
    CHECK(isos("A shooting was reported from the town last night.", ctx) == std::set<std::string>{"2025-03-03"});
    CHECK(isos("The council meets tonight at 7 p.m.", ctx) == std::set<std::string>{"2025-03-04"});
    CHECK(isos("The last night of the festival was calm.", ctx).empty());
}

TEST_CASE("\"this year and next\" names two years, \"last year and this\" two", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2010, 6, 10};
    CHECK(isos("growth is expected this year and next.", ctx) == std::set<std::string>{"2010", "2011"});
    CHECK(isos("prices fell last year and this.", ctx) == std::set<std::string>{"2009", "2010"});
    // (Not a word that "next" qualifies: "this year and next month".)
    CHECK(isos("this year and next month", ctx) == std::set<std::string>{"2010", "2010-07"});
}

TEST_CASE("between a month and a day is a range of months", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2024, 8, 23};
    ctx.defaultYear = 2024;
    CHECK(isos("Between early June and 15 August 2024, 245 cases were reported", ctx) ==
          std::set<std::string>{"2024-06/2024-08"});
    CHECK(isos("Sometime between November 2011 and Jan. 20, 2012, he called", ctx) ==
          std::set<std::string>{"2011-11/2012-01"});
    // (Two days stay a range of days; a day whose year is guessed gives no range of months.)
    CHECK(isos("between Jan. 1, 2008, and Dec. 19, 2008", ctx) == std::set<std::string>{"2008-01-01/2008-12-19"});
    CHECK(isos("between June and August 15 the river rose", ctx) != std::set<std::string>{"2024-06/2024-08"});
}

TEST_CASE("a month alone something is scheduled or postponed for is the coming one, \"May\" too", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2025, 2, 12};
    CHECK(isos("The next summit is scheduled for May", ctx) == std::set<std::string>{"2025-05"});
    CHECK(isos("The vote was postponed for January", ctx) == std::set<std::string>{"2026-01"});
    // (Not "for" alone before "May", a verb or a name as often: "calls for May to resign".)
    CHECK(isos("The opposition calls for May to resign", ctx).empty());
}

TEST_CASE("a month alone after reported speech's \"would\" is the nearest one; after \"would have\", gone", "[dates]") {
    DateContext ctx;
    ctx.reference = CalendarDate{2026, 11, 18};
    CHECK(isos("He said the next round of consultations would be held in Abu Dhabi in December", ctx) ==
          std::set<std::string>{"2026-12"});
    CHECK(isos("He said he would have visited in March but for the war", ctx) == std::set<std::string>{"2026-03"});
    // (A future told in the past may have come by the release's day: the nearest such month.)
    ctx.reference = CalendarDate{2026, 4, 9};
    CHECK(isos("The college confirmed that its campus would close in March", ctx) == std::set<std::string>{"2026-03"});
    CHECK(isos("I would like to recall that the format was proposed in March", ctx) ==
          std::set<std::string>{"2026-03"});
}

TEST_CASE("street numbers with a direction or a block are no years", "[dates]") {
    CHECK(bulletin::scanDates("The event is at Poderosa Park, 2100 S. Haster Street, in Anaheim.").empty());
    CHECK(bulletin::scanDates("They were found in the 2100 block of East 15th Street in Newport Beach.").empty());
    CHECK(bulletin::scanDates("He will be eligible for parole in 2030.").size() == 1);
}

TEST_CASE("a season said in words is the year it falls in", "[dates]") {
    DateContext may;
    may.reference = CalendarDate{1999, 5, 18};
    CHECK(isos("markets have recovered since last fall", may) == std::set<std::string>{"1998"});
    CHECK(isos("growth slowed last spring", may) == std::set<std::string>{"1998"});
    CHECK(isos("the plant opens next spring", may) == std::set<std::string>{"2000"});
    CHECK(isos("the review ends this autumn", may) == std::set<std::string>{"1999"});
    DateContext january;
    january.reference = CalendarDate{2020, 1, 15};
    CHECK(isos("heating costs rose this winter", january) == std::set<std::string>{"2019"});
    CHECK(isos("prices may fall sharply", january).empty());
}

TEST_CASE("a model year before a vehicle's make is no date", "[dates]") {
    CHECK(scanDates("The defendant was driving a 2015 Ford F-150 east.").empty());
    CHECK(scanDates("He sold his 2008 Honda Civic to the victim.").empty());
    // A year after "in" is a date still, capital after it or not.
    CHECK(scanDates("In 2015 Ford opened a plant.").size() == 1);
}

TEST_CASE("a day of this, next or last month is that day of the month the reference names", "[dates]") {
    DateContext december;
    december.reference = CalendarDate{2023, 12, 13};
    CHECK(isos("The contract will be signed on the 20th of this month.", december) ==
          std::set<std::string>{"2023-12-20"});
    CHECK(isos("A review follows on the 3rd of next month", december) == std::set<std::string>{"2024-01-03"});
    CHECK(isos("the talks ended on the 28th of last month", december) == std::set<std::string>{"2023-11-28"});
    // ("instant": this month, as official letters write it; a day after the reference's too.)
    CHECK(isos("A workshop was held on 12th instant.", december) == std::set<std::string>{"2023-12-12"});
    CHECK(isos("The board meets on the 18th inst. at the ministry", december) == std::set<std::string>{"2023-12-18"});
    DateContext march;
    march.reference = CalendarDate{2024, 3, 12};
    // (April has no 31st: the month alone stands, not a day that does not exist.)
    CHECK(isos("by the 31st of next month", march) == std::set<std::string>{"2024-04"});
    CHECK(isos("the 5th of this month's report", march) == std::set<std::string>{"2024-03-05"});
}

TEST_CASE("the last month, week or year after the is a span back from now, not the calendar month before", "[dates]") {
    DateContext november;
    november.reference = CalendarDate{2011, 11, 10};
    CHECK(isos("This is the third failed attack within the last month.", november).empty());
    CHECK(isos("Prices rose over the last year.", november).empty());
    CHECK(isos("Sales rose last month.", november) == std::set<std::string>{"2011-10"});
    CHECK(isos("The last week of June is busy.", november) == std::set<std::string>{"2011-06"});
}

TEST_CASE("the day before a named event, or to the day before, is no day before the release", "[dates]") {
    DateContext april;
    april.reference = CalendarDate{2019, 4, 1};
    CHECK(isos("Today, one year to the day before Census 2020 is held, the coalition filed a brief.", april) ==
          std::set<std::string>{"2019-04-01"});
    CHECK(isos("The lawyers met the day before Independence Day.", april).empty());
    CHECK(isos("The suspect was arrested the day before.", april) == std::set<std::string>{"2019-03-31"});
}

TEST_CASE("a day and month to come without a year is the next one, not a day just gone or recalled", "[dates]") {
    DateContext may;
    may.reference = CalendarDate{2024, 5, 3};
    may.defaultYear = 2024;
    CHECK(isos("The conference will be held on November 16 and 17 in Toulouse.", may) ==
          std::set<std::string>{"2024-11-16/2024-11-17"});
    CHECK(isos("The workshop will take place on 2 February.", may) == std::set<std::string>{"2025-02-02"});
    // (A visit under way, scheduled for days around the release's; a day recalled "since" it.)
    CHECK(isos("He is on a working visit scheduled for May 2-4.", may) ==
          std::set<std::string>{"2024-05-02/2024-05-04"});
    CHECK(isos("I will remind you, not since February 24.", may) == std::set<std::string>{"2024-02-24"});
}

TEST_CASE("a day and month done in the past tense is the one gone, though the next is nearer", "[dates]") {
    DateContext january;
    january.reference = CalendarDate{2025, 1, 10};
    january.defaultYear = 2025;
    CHECK(isos("The Judiciary Committee held a hearing on the bill on February 5.", january) ==
          std::set<std::string>{"2024-02-05"});
    CHECK(isos("The delegation visited the plant on March 20.", january) == std::set<std::string>{"2024-03-20"});
    // (Not a day moved ahead, one to come told in the past, nor the day after the release's.)
    CHECK(isos("The vote was postponed to February 12.", january) == std::set<std::string>{"2025-02-12"});
    CHECK(isos("The talks were to be held on March 3.", january) == std::set<std::string>{"2025-03-03"});
    CHECK(isos("The Minister visited Kandy on January 11.", january) == std::set<std::string>{"2025-01-11"});
    // (The release's own date line is no stated year that would keep a day done in its year.)
    CHECK(isos("January 10, 2025\n\nThe committee held a hearing on the bill on February 5.", january) ==
          std::set<std::string>{"2025-01-10", "2024-02-05"});
}

TEST_CASE("a stated year the clause's tense rules out is not a later day and month's year", "[dates]") {
    DateContext july;
    july.reference = CalendarDate{2025, 7, 26};
    july.defaultYear = 2025;
    // (Done in the past: not in the year to come that the sentence before stated.)
    CHECK(isos("The next summit will be held in Oslo in August 2026. Before the summit, a workshop was held from 7 to "
               "9 July.",
               july) == std::set<std::string>{"2026-08", "2025-07-07/2025-07-09"});
    // (To come: not in the year gone that the sentence before stated.)
    CHECK(isos("The first forum met in Lima in May 2023. The second forum will be held on 12 May.", july) ==
          std::set<std::string>{"2023-05", "2026-05-12"});
    // (Told in the same tense, the stated year holds.)
    CHECK(isos("The next summit will be held in Oslo in August 2026. A workshop will be held from 7 to 9 July.",
               july) == std::set<std::string>{"2026-08", "2026-07-07/2026-07-09"});
}

TEST_CASE("a weekend said from the release's day is its Saturday and Sunday, unless the day is said after it",
          "[dates]") {
    DateContext friday;
    friday.reference = CalendarDate{2014, 1, 31};  // a Friday
    CHECK(isos("The parade is this weekend in Westminster.", friday) == std::set<std::string>{"2014-02-01/2014-02-02"});
    CHECK(isos("Volunteers met last weekend.", friday) == std::set<std::string>{"2014-01-25/2014-01-26"});
    CHECK(isos("The booth opens next weekend.", friday) == std::set<std::string>{"2014-02-08/2014-02-09"});
    CHECK(isos("The workshop, held over the weekend, trained 40 officers.", friday) ==
          std::set<std::string>{"2014-01-25/2014-01-26"});
    // (On a Sunday, the weekend just gone is the one under way.)
    DateContext sunday;
    sunday.reference = CalendarDate{2014, 2, 2};
    CHECK(isos("The festival drew crowds over the weekend.", sunday) == std::set<std::string>{"2014-02-01/2014-02-02"});
    CHECK(isos("the Tet Festival this weekend, Saturday, Feb. 8, 2014.", friday) ==
          std::set<std::string>{"2014-02-08"});
    CHECK(isos("The parade is this weekend.").empty());  // nothing to resolve against
}

TEST_CASE("a day and month followed by a verb in the past tense, irregular too, is the one gone", "[dates]") {
    DateContext december;
    december.reference = CalendarDate{2024, 12, 20};
    december.defaultYear = 2024;
    CHECK(isos("Victory Day celebrations on May 9 drew thousands to the square.", december) ==
          std::set<std::string>{"2024-05-09"});
    CHECK(isos("On April 24, the suspect loaded the van and drove north.", december) ==
          std::set<std::string>{"2024-04-24"});
    // (Not a clause of its own after the date: "as previously announced".)
    DateContext january;
    january.reference = CalendarDate{2010, 1, 27};
    january.defaultYear = 2010;
    CHECK(isos("The facilities will close on February 1, as previously announced.", january) ==
          std::set<std::string>{"2010-02-01"});
}
