#include "search/light_stemmer.hpp"
#include "search/query_parser.hpp"
#include "store/sqlite/fts5_expression.hpp"
#include "support/test_support.hpp"

using namespace bulletin::search;
namespace store = bulletin::store;

namespace {
// The text condition as the SQLite engine will run it.
std::string fts5(const QueryPlan& p) {
    return store::fts5Expression(p.text);
}

bool mentions(const QueryPlan& p, const std::string& fragment) {
    for (const auto& n : p.notices)
        if (n.message.find(fragment) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("words, phrases, OR, NOT, prefixes and groups become quoted FTS5", "[query]") {
    CHECK(fts5(parseQuery("UNODC training")) == "(\"UNODC\") AND (\"training\")");
    CHECK(fts5(parseQuery("\"working group\"")) == "\"working group\"");
    CHECK(fts5(parseQuery("Karachi OR Islamabad")) == "(\"Karachi\") OR (\"Islamabad\")");
    CHECK(fts5(parseQuery("terror*")) == "\"terror\"*");
    CHECK(fts5(parseQuery("UNODC -Karachi")) == "((\"UNODC\")) NOT ((\"Karachi\"))");
    CHECK(fts5(parseQuery("UNODC NOT Karachi")) == "((\"UNODC\")) NOT ((\"Karachi\"))");
    CHECK(fts5(parseQuery("(UNODC OR NACTA) meeting")) == "((\"UNODC\") OR (\"NACTA\")) AND (\"meeting\")");
    CHECK(fts5(parseQuery("title:meeting")) == "title : \"meeting\"");
    // A group that only excludes excludes from the group around it.
    CHECK(fts5(parseQuery("UNODC (-Karachi -Quetta)")) == "((\"UNODC\")) NOT ((\"Karachi\") OR (\"Quetta\"))");
    CHECK(fts5(parseQuery("")).empty());
}

TEST_CASE("user text cannot inject FTS5 syntax", "[query]") {
    CHECK(fts5(parseQuery("NEAR(a b)")) == "(\"NEAR\") AND (\"a\") AND (\"b\")");
    CHECK(fts5(parseQuery("body:secret")) == "\"body:secret\"");
    CHECK(fts5(parseQuery("a\"b")).find("\"a\"") != std::string::npos);
    CHECK(store::fts5Quote("say \"hi\"") == "\"say \"\"hi\"\"\"");
}

TEST_CASE("notices about exclusions and filters point at them, not at the query's start", "[query]") {
    auto q = parseQuery("UNODC training OR -Karachi");
    REQUIRE(mentions(q, "OR alternative made only of excluded words"));
    CHECK(q.notices.at(0).position == 18);
    q = parseQuery("  -Karachi -Quetta");
    REQUIRE(q.hasErrors());
    CHECK(q.notices.at(0).position == 2);
    q = parseQuery("meeting person:\"Jane Roe\" -agency:NACTA");
    REQUIRE(q.entityFilters.size() == 2);
    CHECK(q.entityFilters[0].position == 8);
    CHECK(q.entityFilters[1].position == 27);
}

TEST_CASE("malformed queries are repaired with a positioned notice", "[query]") {
    auto q = parseQuery("\"unbalanced quote");
    CHECK(fts5(q) == "\"unbalanced quote\"");
    CHECK(mentions(q, "closing quote added"));
    CHECK(q.notices[0].position == 0);
    q = parseQuery("(UNODC OR NACTA");
    CHECK(fts5(q) == "(\"UNODC\") OR (\"NACTA\")");
    CHECK(mentions(q, "closing ')' added"));
    q = parseQuery("UNODC)");
    CHECK(fts5(q) == "\"UNODC\"");
    CHECK(q.notices.at(0).position == 5);
    q = parseQuery("OR UNODC OR");
    CHECK(fts5(q) == "\"UNODC\"");
    CHECK(mentions(q, "'OR' needs a term"));
    q = parseQuery("UNODC NOT");
    CHECK(fts5(q) == "\"UNODC\"");
    CHECK(mentions(q, "needs a term after it"));
    CHECK_FALSE(q.hasErrors());
}

TEST_CASE("curly quotes are accepted", "[query]") {
    auto q = parseQuery("\xE2\x80\x9Cworking group\xE2\x80\x9D");
    CHECK(fts5(q) == "\"working group\"");
    CHECK(q.notices.empty());
}

TEST_CASE("a query of only exclusions is reported, not run", "[query]") {
    auto q = parseQuery("-Karachi");
    CHECK(q.hasErrors());
    CHECK(fts5(q).empty());
}

TEST_CASE("date and path filters", "[query]") {
    auto q = parseQuery("date:2018");
    CHECK(q.dateFrom == "2018-01-01");
    CHECK(q.dateTo == "2018-12-31");
    q = parseQuery("date:2018-05..2019-12 UNODC");
    CHECK(q.dateFrom == "2018-05-01");
    CHECK(q.dateTo == "2019-12-31");
    CHECK(fts5(q) == "\"UNODC\"");
    q = parseQuery("date:>2020-01-01");
    CHECK(q.dateFrom == "2020-01-02");
    q = parseQuery("date:<=2019");
    CHECK(q.dateTo == "2019-12-31");
    q = parseQuery("date:yesterday");
    CHECK(q.hasErrors());
    q = parseQuery("date:2019..2018");
    CHECK(q.hasErrors());
    // held: reads the same forms for the events' dates, apart from date:.
    q = parseQuery("held:2014-03 date:2015");
    CHECK(q.heldFrom == "2014-03-01");
    CHECK(q.heldTo == "2014-03-31");
    CHECK(q.dateFrom == "2015-01-01");
    q = parseQuery("held:..2019");
    CHECK_FALSE(q.heldFrom);
    CHECK(q.heldTo == "2019-12-31");
    q = parseQuery("held:someday");
    REQUIRE(q.hasErrors());
    CHECK(q.notices.front().message.find("held filter 'someday'") == 0);
    CHECK(parseQuery("-held:2014").hasErrors());
    q = parseQuery("path:orange_ca/press_1*");
    CHECK(q.pathLike == "%orange\\_ca/press\\_1%%");
}

TEST_CASE("entity filters are collected with their quoted values", "[query]") {
    auto q = parseQuery("person:\"Zakariyya Mansoor\" -agency:UNODC");
    REQUIRE(q.entityFilters.size() == 2);
    CHECK(q.entityFilters[0].field == "person");
    CHECK(q.entityFilters[0].value == "Zakariyya Mansoor");
    CHECK(q.entityFilters[1].negated);
}

TEST_CASE("control characters separate words and never reach FTS5 (fuzz_query regression)", "[query]") {
    // A NUL inside the text ended FTS5's expression early: "unterminated string".
    const auto p = parseQuery(std::string("locatio\0\0\0n:Karachi date:>2020-01-01", 36));
    CHECK_FALSE(p.hasErrors());
    CHECK(fts5(p).find('\0') == std::string::npos);
    CHECK(fts5(parseQuery(std::string("UNODC\x01training\x7F", 15))) == "(\"UNODC\") AND (\"training\")");
}

TEST_CASE("filter terms are found with their spans, and removing one tidies the query", "[query]") {
    const std::string q =
        "UNODC agency:\"United Nations Office on Drugs and Crime\" training -person:Mansoor date:2018";
    const auto terms = filterTerms(q);
    REQUIRE(terms.size() == 3);
    CHECK(terms[0].field == "agency");
    CHECK(terms[0].value == "United Nations Office on Drugs and Crime");
    CHECK(q.substr(terms[0].begin, terms[0].end - terms[0].begin) ==
          "agency:\"United Nations Office on Drugs and Crime\"");
    CHECK(terms[1].negated);
    CHECK(q.substr(terms[1].begin, terms[1].end - terms[1].begin) == "-person:Mansoor");
    CHECK(withoutRange(q, terms[1].begin, terms[1].end) ==
          "UNODC agency:\"United Nations Office on Drugs and Crime\" training date:2018");
    CHECK(withoutRange(q, terms[2].begin, terms[2].end) ==
          "UNODC agency:\"United Nations Office on Drugs and Crime\" training -person:Mansoor");
    CHECK(withoutRange("agency:UNODC", 0, 12).empty());
    // Curly quotes keep their byte length through the parser's straightening, so spans stay those of the input.
    const std::string curly = "kind:training person:\xE2\x80\x9CNoor Samoo\xE2\x80\x9D x";
    const auto c = filterTerms(curly);
    REQUIRE(c.size() == 2);
    CHECK(curly.substr(c[1].begin, c[1].end - c[1].begin) == "person:\xE2\x80\x9CNoor Samoo\xE2\x80\x9D");
    CHECK(filterTerms("plain words \"and phrases\"").empty());
}

TEST_CASE("groups and exclusions nested too deep are refused with a position (fuzz_query regression)", "[query]") {
    // FTS5's parser overflowed its stack on a query like this one; a query of thousands of '(' would overflow ours.
    std::string deep = "j h";
    for (int i = 0; i < 40; ++i) deep += " -(OD";
    const auto p = parseQuery(deep);
    CHECK(p.hasErrors());
    CHECK(mentions(p, "nest more than 16 deep"));
    CHECK(parseQuery(std::string(100000, '(') + "x").hasErrors());
    // Sixteen levels still run.
    std::string ok = "a";
    for (int i = 0; i < 8; ++i) ok += " -(b";
    CHECK_FALSE(parseQuery(ok).hasErrors());
}

TEST_CASE("a date range from the timeline replaces the query's date filters and keeps the rest", "[query]") {
    CHECK(withDateFilter("", "2018-05..2019-12") == "date:2018-05..2019-12");
    CHECK(withDateFilter("UNODC date:2017 agency:NCA date:>2015-01-01", "2018-05..2019-12") ==
          "UNODC agency:NCA date:2018-05..2019-12");
    // An excluded date range is the analyst's own: it stays.
    CHECK(withDateFilter("-date:2019 meeting", "2018") == "-date:2019 meeting date:2018");
    const auto plan = parseQuery(withDateFilter("meeting date:2001", "2018-05..2019-12"));
    CHECK_FALSE(plan.hasErrors());
    // The meetings' timeline narrows by the events' dates: held: ranges are replaced, date: ones stay.
    CHECK(withDateFilter("UNODC date:2017 held:2015", "2014-03", "held") == "UNODC date:2017 held:2014-03");
}

TEST_CASE("a light English stem gives ~word the word's forms", "[query][stem]") {
    CHECK(lightStem("trafficking") == "traffick");
    CHECK(lightStem("Trafficked") == "traffick");
    CHECK(lightStem("traffickers") == "traffick");
    CHECK(lightStem("terrorism") == "terror");
    CHECK(lightStem("terrorists") == "terror");
    CHECK(lightStem("agencies") == "agenc");
    CHECK(lightStem("investigation") == "investigat");
    CHECK(lightStem("investigate") == "investigat");
    CHECK(lightStem("meetings") == "meet");
    CHECK(lightStem("news") == "news");            // too short to touch
    CHECK(lightStem("Zakariyyā") == "Zakariyyā");  // not plain ASCII letters: left alone
    CHECK(fts5(parseQuery("~trafficking")) == "\"traffick\"*");
    CHECK(fts5(parseQuery("~trafficking UNODC")) == "(\"traffick\"*) AND (\"UNODC\")");
    CHECK(fts5(parseQuery("-~arrests x")).find("\"arrest\"*") != std::string::npos);
    CHECK(fts5(parseQuery("~")) == "\"~\"");  // a lone tilde is an ordinary word
}

TEST_CASE("mark filters: is:starred, tag:, has:tag, has:note and note: become constraints, not text", "[query]") {
    const auto p = parseQuery("police is:starred tag:\"to verify\" -tag:done has:note -has:tag note:witness");
    CHECK_FALSE(p.hasErrors());
    CHECK(fts5(p) == "\"police\"");
    REQUIRE(p.markFilters.size() == 6);
    using store::MarkFilter;
    CHECK(p.markFilters[0].constraint.filter == MarkFilter::Starred);
    CHECK(p.markFilters[1].constraint.filter == MarkFilter::Tag);
    CHECK(p.markFilters[1].constraint.value == "to verify");
    CHECK_FALSE(p.markFilters[1].constraint.negated);
    CHECK(p.markFilters[2].constraint.value == "done");
    CHECK(p.markFilters[2].constraint.negated);
    CHECK(p.markFilters[3].constraint.filter == MarkFilter::AnyNote);
    CHECK(p.markFilters[4].constraint.filter == MarkFilter::AnyTag);
    CHECK(p.markFilters[4].constraint.negated);
    CHECK(p.markFilters[5].constraint.filter == MarkFilter::NoteText);
    CHECK(p.markFilters[5].position ==
          std::string("police is:starred tag:\"to verify\" -tag:done has:note -has:tag ").size());

    CHECK(parseQuery("IS:Starred").markFilters.size() == 1);  // field names and is:/has: values ignore case
    const auto bad = parseQuery("UNODC is:unread");
    CHECK(bad.hasErrors());
    CHECK(mentions(bad, "'is:starred'"));
    REQUIRE_FALSE(bad.notices.empty());
    CHECK(bad.notices.front().position == 6);
    CHECK(parseQuery("has:stars").hasErrors());
    // The filters show as removable chips like the others.
    const auto chips = filterTerms("tag:\"to verify\" -is:starred");
    REQUIRE(chips.size() == 2);
    CHECK(chips[0].field == "tag");
    CHECK(chips[1].negated);
}
