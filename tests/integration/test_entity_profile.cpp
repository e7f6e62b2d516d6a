// Entity profiles (the GUI's entity pages): names, counts, roles, co-occurring entities, releases and meetings of
// one entity on the sample releases, checked against the lists the searcher gives for the same filter, and after
// analyst corrections; and the entity, date, meeting and pair lists paged by key.

#include <algorithm>
#include <filesystem>

#include "core/text.hpp"
#include "export/list_export.hpp"
#include "extract/extractor.hpp"
#include "ingest/ingester.hpp"
#include "search/searcher.hpp"
#include "store/corrections.hpp"
#include "store/entity_profile.hpp"
#include "support/sample_archive.hpp"
#include "support/test_support.hpp"

using namespace bulletin;

namespace {
// The entity list the searcher gives for a filter query: what a page's co-occurring entities must equal.
std::vector<store::NamedCount> listFor(store::Archive& archive, EntityType type, const std::string& filter,
                                       const std::string& self) {
    search::Searcher searcher(archive);
    std::vector<store::NamedCount> out;
    for (const auto& e : searcher.entities().entities(type, test::planAll(searcher, filter)))
        if (e.name != self) out.push_back({e.name, e.documents});
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}
}  // namespace

TEST_CASE("a person's profile: names, roles, releases, meetings and the entities named with them", "[profile]") {
    test::SampleArchive s;
    const auto p = s.archive->entities().profile(EntityType::Person, "Kapinos");
    REQUIRE(p);
    CHECK(p->name == "Sergey Kapinos");
    CHECK(p->documents == 1);
    CHECK(p->mentions == 6);
    CHECK(p->firstDate == p->lastDate);
    REQUIRE(p->releases.size() == 1);
    CHECK(p->releases[0].title == "Director General of NCTC Meets with UNODC Regional Representative");
    CHECK(p->meetingCount == 2);  // the 2017 workshop and the May 2017 meeting
    REQUIRE(p->meetings.size() == 2);
    CHECK(p->meetings[0].date >= p->meetings[1].date);
    CHECK(p->roles.empty());  // the release gives him no role
    // Co-occurring entities are exactly the lists a person: filter gives, the entity itself left out.
    CHECK(p->people == listFor(*s.archive, EntityType::Person, "person:\"Sergey Kapinos\"", p->name));
    CHECK(p->agencies == listFor(*s.archive, EntityType::Agency, "person:\"Sergey Kapinos\"", p->name));
    CHECK(p->locations == listFor(*s.archive, EntityType::Location, "person:\"Sergey Kapinos\"", p->name));
    CHECK(std::any_of(p->people.begin(), p->people.end(), [](const auto& n) { return n.name == "Zakariyya Mansoor"; }));
}

TEST_CASE("an agency's profile is the same by acronym or name, and lists the people affiliated with it", "[profile]") {
    test::SampleArchive s;
    const auto byAcronym = s.archive->entities().profile(EntityType::Agency, "UNODC");
    const auto byName = s.archive->entities().profile(EntityType::Agency, "United Nations Office on Drugs and Crime");
    REQUIRE(byAcronym);
    REQUIRE(byName);
    CHECK(byAcronym->id == byName->id);
    CHECK(byName->name == "United Nations Office on Drugs and Crime");
    CHECK(contains(byName->aliases, "UNODC"));
    CHECK(byName->documents == 4);
    CHECK(byName->meetingCount == 5);  // every meeting but the UK one
    REQUIRE(byName->releases.size() == 4);
    CHECK(std::is_sorted(byName->releases.begin(), byName->releases.end(),
                         [](const auto& a, const auto& b) { return a.date > b.date; }));
    CHECK(byName->agencies == listFor(*s.archive, EntityType::Agency, "agency:UNODC", byName->name));
    for (const auto& r : byName->roles) CHECK_FALSE(r.person.empty());
    CHECK_FALSE(s.archive->entities().profile(EntityType::Agency, "No Such Agency Anywhere"));
}

TEST_CASE("roles and affiliations: a person's as the release gives them, and an agency's people", "[profile]") {
    test::SampleArchive s;
    const auto person = s.archive->entities().profile(EntityType::Person, "Graeme Biggar");
    REQUIRE(person);
    REQUIRE(person->roles.size() == 1);
    CHECK(person->roles[0].role.find("director general") == 0);
    CHECK(person->roles[0].affiliation == "National Crime Agency");
    const auto agency = s.archive->entities().profile(EntityType::Agency, "NCA");
    REQUIRE(agency);
    CHECK(agency->name == "National Crime Agency");
    REQUIRE(agency->roles.size() == 1);
    CHECK(agency->roles[0].person == "Graeme Biggar");
    CHECK(agency->roles[0].documents == 1);
}

TEST_CASE("a profile follows the analyst's corrections", "[profile]") {
    test::SampleArchive s;
    auto& corrections = s.archive->corrections();
    corrections.merge(EntityType::Person, "Zakariyya Mansoor", "Sergey Kapinos");
    corrections.addAlias(EntityType::Person, "Sergey Kapinos", "The Representative");
    const auto p = s.archive->entities().profile(EntityType::Person, "Sergey Kapinos");
    REQUIRE(p);
    CHECK(contains(p->aliases, "Zakariyya Mansoor"));
    CHECK(contains(p->aliases, "the representative"));  // analyst aliases are kept folded
    CHECK(std::none_of(p->people.begin(), p->people.end(), [](const auto& n) { return n.name == "Zakariyya Mansoor"; }));
    CHECK(s.archive->entities().profile(EntityType::Person, "the representative")->id == p->id);
    corrections.rename(EntityType::Person, "Sergey Kapinos", "S. Kapinos");
    const auto renamed = s.archive->entities().profile(EntityType::Person, "S. Kapinos");
    REQUIRE(renamed);
    CHECK(renamed->name == "S. Kapinos");
    CHECK(contains(renamed->aliases, "Sergey Kapinos"));
    CHECK(renamed->meetingCount == 2);
    corrections.hide(EntityType::Person, "S. Kapinos");
    CHECK_FALSE(s.archive->entities().profile(EntityType::Person, "S. Kapinos"));
}

TEST_CASE("every list pages by key: pages joined give the whole list in order, whatever the ties", "[lists][paging]") {
    test::SampleArchive s;
    search::Searcher searcher(*s.archive);
    using exporting::ListKind;
    for (const auto kind : {ListKind::People, ListKind::Agencies, ListKind::Locations, ListKind::Dates,
                            ListKind::Meetings, ListKind::Cooccurrence}) {
        for (const std::string query : {"", "UNODC", "-agency:UNODC", "sort by name"}) {
            INFO(exporting::listName(kind) << " for '" << query << "'");
            search::SearchRequest all;
            const bool byName = query == "sort by name";
            all.query = byName ? "" : query;
            all.sort = byName ? store::DocumentSort::Title : store::DocumentSort::Relevance;
            all.limit = -1;
            const auto whole = exporting::listRows(searcher, kind, all);
            REQUIRE(whole.ran);
            CHECK_FALSE(whole.next);
            std::vector<exporting::Row> joined;
            search::SearchRequest page = all;
            page.limit = 4;
            for (int pages = 0; pages < 1000; ++pages) {
                const auto part = exporting::listRows(searcher, kind, page);
                REQUIRE(part.ran);
                joined.insert(joined.end(), part.rows.begin(), part.rows.end());
                if (!part.next) break;
                CHECK(part.rows.size() == 4);
                page.after = part.next;
            }
            REQUIRE(joined.size() == whole.rows.size());
            if (byName && (kind == ListKind::People || kind == ListKind::Agencies || kind == ListKind::Locations))
                CHECK(std::is_sorted(whole.rows.begin(), whole.rows.end(), [](const auto& a, const auto& b) {
                    return text::foldForMatching(a[0].text) < text::foldForMatching(b[0].text);
                }));
            for (std::size_t i = 0; i < joined.size(); ++i)
                for (std::size_t c = 0; c < joined[i].size(); ++c) {
                    CHECK(joined[i][c].text == whole.rows[i][c].text);
                    CHECK(joined[i][c].values == whole.rows[i][c].values);
                }
        }
    }
}
