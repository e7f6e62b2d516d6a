// The rules, the tagger and the resolver on places inside names and in headlines, and on what stands around a
// body's name: a state university's campus town as part of its name, a parent's name after a patronymic connector, a
// county only a headline names, a project a body funds, what a body is against, where it is based. Texts invented
// for these tests; the universities' systems, the towns and the counties are real, for the gazetteer must know them.

#include <string>

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;
using test::names;

namespace {

Extraction run(const std::string& body) {
    return test::extractWithBoth(body, "News", DateValue::fromIso("2025-05-03"));
}

}  // namespace

TEST_CASE("institutions: a state university's campus town after a comma or a dash is part of its name",
          "[recognisers]") {
    const auto x =
        run("Researchers at California State University, Fullerton found it. A student at the University of "
            "California, Irvine spoke, and the University of Wisconsin–Madison agreed.");
    CHECK(has(x, EntityType::Agency, "California State University, Fullerton"));
    CHECK(has(x, EntityType::Agency, "University of California, Irvine"));
    CHECK(has(x, EntityType::Agency, "University of Wisconsin–Madison"));
    for (const auto& place : names(x, EntityType::Location))
        CHECK((place != "Fullerton" && place != "Irvine" && place != "Madison"));
    // (Not a list's next item, nor a university with no place in its name.)
    const auto y =
        run("Talks between the University of Minnesota, Fairview, and Essentia Health went on. Harvard "
            "University, Cambridge, hosted them.");
    CHECK(has(y, EntityType::Agency, "University of Minnesota"));
    for (const auto& body : names(y, EntityType::Agency))
        CHECK((body != "University of Minnesota, Fairview" && body != "Harvard University, Cambridge"));
}

TEST_CASE("institutions: a parent's name after a patronymic connector is no town, by the rules alone",
          "[recognisers]") {
    static const extract::Extractor rules(extract::Gazetteer::shared(), extract::Recognisers::Rules);
    const auto x =
        test::extractRelease(rules, "Lukmanulhakim Bin Samsun, 38, was charged. Ravindran S/O Madras was fined.",
                             "News", DateValue::fromIso("2025-05-03"));
    CHECK_FALSE(has(x, EntityType::Location, "Samsun"));
    CHECK_FALSE(has(x, EntityType::Location, "Madras"));
}

TEST_CASE("institutions: a county or a region of two words that only the headline names is a place of the release",
          "[recognisers]") {
    const std::string body = "Today the funding was announced for the families who lost their homes.";
    const auto x = test::extractDatedRelease(
        body, "Quorvan Secures Funding for Wildfire Recovery in Los Angeles County", "2025-03-05");
    CHECK(has(x, EntityType::Location, "Los Angeles County"));
    // (In a headline in capitals, only where a preposition places the news there: not a phrase of another language.)
    const auto y = test::extractDatedRelease(body, "VICTIMA ADVIERTE CONTRA LA LIBERTAD DE ABUSADOR", "2025-03-05");
    CHECK_FALSE(has(y, EntityType::Location, "La Libertad"));
    const auto z = test::extractDatedRelease(body, "FUGITIVE EXTRADITED FROM NEW MEXICO", "2025-03-05");
    CHECK(has(z, EntityType::Location, "New Mexico"));
}

TEST_CASE("institutions: a place opening a project's name in lower case is no part of the body that funds it",
          "[recognisers]") {
    const auto x =
        run("The Government has requested assistance from the Export-Import Bank of Korea for the Colombo water supply "
            "project, and from the Quorvale Development Fund for Kandy road programme works.");
    CHECK(has(x, EntityType::Agency, "Export-Import Bank of Korea"));
    CHECK(has(x, EntityType::Location, "Colombo"));
    for (const auto& body : names(x, EntityType::Agency)) CHECK(body.find("Colombo") == std::string::npos);
    // (What a body is for, named in full, stays its name: "the Ministry for the Environment said".)
    const auto y = run("The Ministry for the Environment said the Agency for the Environment water report was due.");
    CHECK(has(y, EntityType::Agency, "Ministry for the Environment"));
}

TEST_CASE("institutions: a body or a country against another is two names, what a committee is against its own",
          "[recognisers]") {
    const auto x =
        run("The decision was made due to the military aggression of the Russian Federation against Ukraine. The "
            "petition of the Orange County Superior Court against the Board of Parole Hearings was heard. The UN "
            "Committee against Torture met in Geneva.");
    CHECK(has(x, EntityType::Agency, "Orange County Superior Court"));
    CHECK(has(x, EntityType::Agency, "Board of Parole Hearings"));
    CHECK(has(x, EntityType::Agency, "UN Committee against Torture"));
    CHECK(has(x, EntityType::Location, "Ukraine"));
    for (const auto type : {EntityType::Agency, EntityType::Location, EntityType::Person})
        for (const auto& name : names(x, type))
            CHECK((name.find("against Ukraine") == std::string::npos && name.find("against the") == std::string::npos));
}

TEST_CASE("institutions: where a body is based or who leads it, hyphened before its name, is no part of it",
          "[recognisers]") {
    const auto x =
        run("The Attorney General sued Florida-based Quorvale Realty PBC, LLC on Monday. The HSI-led Velmar County "
            "Child Exploitation Task Force arrested him, and the Texas-based Harwick Outreach Foundation agreed.");
    CHECK(has(x, EntityType::Agency, "Quorvale Realty PBC, LLC"));
    CHECK(has(x, EntityType::Agency, "Velmar County Child Exploitation Task Force"));
    CHECK(has(x, EntityType::Agency, "Harwick Outreach Foundation"));
    for (const auto& body : names(x, EntityType::Agency))
        CHECK((body.find("-based") == std::string::npos && body.find("-led") == std::string::npos));
}

TEST_CASE("institutions: an employee's title and its \"of\" before a firm are no part of the firm's name",
          "[recognisers]") {
    const auto x =
        run("Tan Ah Kow, a Senior Team Leader of Harwick Provisions Co-operative Ltd, was charged. Ong Wei Ming, a "
            "Network Administrator of Quorvale Trading Pte Ltd, was charged too.");
    CHECK(has(x, EntityType::Agency, "Harwick Provisions Co-operative Ltd"));
    CHECK(has(x, EntityType::Agency, "Quorvale Trading Pte Ltd"));
    for (const auto& body : names(x, EntityType::Agency))
        CHECK((body.find("Leader") == std::string::npos && body.find("Administrator") == std::string::npos));
}

TEST_CASE(
    "institutions: a title's \"of\" or \"on the\" before a body's name spelled out with its acronym stays the "
    "title's",
    "[recognisers]") {
    const auto x =
        run("Lim Boon Heng, the Executive Director of Harwick Prime Trading Pte Ltd (HPT), was charged. HPT denied it. "
            "Jason Matheny, Commissioner on the National Commission on Quorvan Affairs, spoke.");
    CHECK(has(x, EntityType::Agency, "Harwick Prime Trading Pte Ltd"));
    CHECK(has(x, EntityType::Agency, "National Commission on Quorvan Affairs"));
    for (const auto& body : names(x, EntityType::Agency))
        CHECK((body.find("Director") == std::string::npos && body.rfind("on the", 0) == std::string::npos));
}

TEST_CASE("institutions: a company's make before a model or a vehicle's word is a product, the company acting a body",
          "[recognisers]") {
    const auto x =
        run("He crashed his 2006 Toyota Prius into a Toyota Tacoma truck. The victim's red Toyota Corolla was found. "
            "The log is a Microsoft Word document. He banked at a JPMorgan Chase branch.");
    for (const auto type : {EntityType::Agency, EntityType::Location, EntityType::Person})
        for (const auto& name : names(x, type))
            CHECK((name.find("Toyota") == std::string::npos && name.find("Microsoft") == std::string::npos));
    CHECK(has(x, EntityType::Agency, "JPMorgan Chase"));
    const auto y = run("The District Attorney filed a lawsuit against Toyota for selling defective vehicles.");
    CHECK(has(y, EntityType::Agency, "Toyota"));
}

TEST_CASE("institutions: a building's word then \"of\" or \"for\" and capitalised words is one venue's name",
          "[recognisers]") {
    const auto x =
        run("The President attended a service at the Cathedral of Saint Quorin the Healer. He then visited the Museum "
            "of Modern Quilts and the Palace of Culture in Tver. A girl was admitted to the Velbury Hospital for "
            "Children. They met at the Church of Peace and Glory.");
    CHECK(has(x, EntityType::Location, "Cathedral of Saint Quorin the Healer"));
    CHECK(has(x, EntityType::Location, "Museum of Modern Quilts"));
    CHECK(has(x, EntityType::Location, "Palace of Culture"));
    CHECK(has(x, EntityType::Location, "Velbury Hospital for Children"));
    CHECK(has(x, EntityType::Location, "Church of Peace and Glory"));
    // A building in another is two venues; a patient's name after "for" is none of the hospital's.
    const auto y =
        run("He visited the White Hall of the Quorvinsky Palace. While seeking treatment at Velbury General Hospital "
            "for Zhong, Lei had attempted to bribe him.");
    CHECK(has(y, EntityType::Location, "Velbury General Hospital"));
    for (const auto& place : names(y, EntityType::Location))
        CHECK((place.find("White Hall of") == std::string::npos && place.find("Zhong") == std::string::npos));
    // A list of sponsors names bodies, not venues.
    const auto z =
        run("We thank the sponsors: Cottonwood Church, Vineyard Church of Quellby, Wells Fargo, Magnolia "
            "Baptist Church and the Quellby Rotary Club.");
    CHECK_FALSE(has(z, EntityType::Location, "Vineyard Church of Quellby"));
}

TEST_CASE("institutions: a tax and its acronym name no body", "[recognisers]") {
    const auto x =
        run("He evaded the Goods and Services Tax (GST) on the goods, and the GST refund was paid out by the "
            "Quorvale Revenue Authority. A Carbon Levy was also due.");
    CHECK(has(x, EntityType::Agency, "Quorvale Revenue Authority"));
    for (const auto& body : names(x, EntityType::Agency))
        CHECK((body.find("Goods") == std::string::npos && body.find("Levy") == std::string::npos));
}

TEST_CASE("institutions: an armory, fairgrounds or an amphitheater closing a name is a venue", "[recognisers]") {
    const auto x =
        run("The fair was held at the Quorvale Armory. Workers built the stage at the Velmar County "
            "Fairgrounds and the Pacific Quorn Amphitheater.");
    CHECK(has(x, EntityType::Location, "Quorvale Armory"));
    CHECK(has(x, EntityType::Location, "Velmar County Fairgrounds"));
    CHECK(has(x, EntityType::Location, "Pacific Quorn Amphitheater"));
}

TEST_CASE("institutions: a known body's national chapter keeps its country in the name", "[recognisers]") {
    const auto x =
        run("Transparency International Sri Lanka and Amnesty International UK welcomed the ruling. Transparency "
            "International Sri Lanka Executive Director Velma Tarnquist spoke. Transparency International said so.");
    CHECK(has(x, EntityType::Agency, "Transparency International Sri Lanka"));
    CHECK(has(x, EntityType::Agency, "Amnesty International UK"));
    CHECK(has(x, EntityType::Agency, "Transparency International"));
    CHECK(has(x, EntityType::Person, "Velma Tarnquist"));
    // (A place inside an organisation's name is no place of its own.)
    CHECK_FALSE(has(x, EntityType::Location, "Sri Lanka"));
    CHECK_FALSE(has(x, EntityType::Location, "United Kingdom"));
    // (The chapter's name is complete before an "and": the body after it is another.)
    const auto y = run("Greenpeace India and Quorvale Rights Foundation protested.");
    CHECK(has(y, EntityType::Agency, "Greenpeace India"));
    CHECK(has(y, EntityType::Agency, "Quorvale Rights Foundation"));
    // (Not where an event's word follows: the two name what the talks are between.)
    const auto z = run("The Transparency International Sri Lanka talks ended.");
    CHECK_FALSE(has(z, EntityType::Agency, "Transparency International Sri Lanka"));
}

TEST_CASE("institutions: an office of a titled person names no body of its own, the person is read", "[recognisers]") {
    const auto x =
        run("Press Office of Congressman Adam Velde\n\nThe Office of Senator Velma Brask wrote to the Office of the "
            "President.");
    CHECK(has(x, EntityType::Person, "Adam Velde"));
    CHECK(has(x, EntityType::Person, "Velma Brask"));
    CHECK(has(x, EntityType::Agency, "Office of the President"));
    CHECK_FALSE(has(x, EntityType::Agency, "Press Office of Congressman"));
    CHECK_FALSE(has(x, EntityType::Agency, "Office of Senator"));
}

TEST_CASE("institutions: a street or room number before a building is no word of its name", "[recognisers]") {
    const auto x = run("The hearing was held at 2141 Tarnwell House Office Building.");
    CHECK(has(x, EntityType::Location, "Tarnwell House Office Building"));
    CHECK_FALSE(has(x, EntityType::Location, "2141 Tarnwell House Office Building"));
}

TEST_CASE("institutions: a panel list's role between a name and its organisation says what the organisation is",
          "[recognisers]") {
    const auto x =
        run("Panel I:\nJane Myers, Partner, Hogan Lovells\nMark Tam, Senior Counsel, Eversheds Sutherland\n"
            "Christopher Wolf (Partner, Covington Lorne)\nMichael Bahar, Partner, Quorvale Dunn’s Global "
            "Privacy Practice, Former Staff Director.\n\nJane Myers, Partner, said the hearing was useful. "
            "Tom Reed, Director, Velmar County, spoke. Ann Chen, Director, Project on Freedom, Security & "
            "Technology, Center for Democracy and Technology, spoke too.");
    for (const char* body : {"Hogan Lovells", "Eversheds Sutherland", "Covington Lorne", "Quorvale Dunn"})
        CHECK(has(x, EntityType::Agency, body));
    // A place by its kind, and a unit's name cut short at a comma, are no organisation of the role.
    CHECK_FALSE(has(x, EntityType::Agency, "Velmar County"));
    CHECK_FALSE(has(x, EntityType::Agency, "Project on Freedom"));
    for (const auto& a : names(x, EntityType::Agency)) CHECK(a.find("said") == std::string::npos);
}

TEST_CASE("institutions: a place right after an unknown acronym is a word of an institution's name", "[recognisers]") {
    const auto x =
        run("The sprint was hosted at the QMT Atlantique campus in Brest. Experts from the WHO African "
            "Region attended.");
    CHECK_FALSE(has(x, EntityType::Location, "Atlantique"));
    CHECK(has(x, EntityType::Location, "Brest"));
    // (After a body the gazetteer knows by its acronym, a region of the world stays a place; so does a town after
    // a heading in capitals.)
    CHECK(has(x, EntityType::Location, "African Region"));
    const auto y = run("MEDIA ADVISORY Santa Ana officers will meet residents at the park on Saturday morning.");
    CHECK(has(y, EntityType::Location, "Santa Ana"));
}

TEST_CASE("institutions: a town whose name is also a surname, after a city's kind opening the sentence",
          "[recognisers]") {
    const auto x =
        run("The City of Burbank and the City of Glendale will share the grant. Officials of the county "
            "welcomed it.");
    CHECK(has(x, EntityType::Location, "Burbank"));
    CHECK(has(x, EntityType::Location, "Glendale"));
    CHECK_FALSE(has(x, EntityType::Person, "Burbank"));
}

TEST_CASE("institutions: an acronym's body that acts for the country it serves, though headless", "[recognisers]") {
    const auto x =
        run("Last week the Velmar Treaty (VT) National Contact Point (NCP) for Chile notified the regional office of a "
            "case. The Quorvale Liaison Point (QLP) of Kenya reported two more.");
    CHECK(has(x, EntityType::Agency, "National Contact Point"));
    CHECK(has(x, EntityType::Agency, "Quorvale Liaison Point"));
    // (What a programme stands for is no body: nothing acts after it.)
    const auto y = run("The Official Cash Rate (OCR) for Kenya remains at 5 percent.");
    CHECK_FALSE(has(y, EntityType::Agency, "Official Cash Rate"));
}

TEST_CASE("institutions: a standing conference of office holders is a body, no gathering", "[recognisers]") {
    const auto x =
        run("The Attorney General joined 18 states and the U.S. Conference of Mayors in filing a brief at the Supreme "
            "Court.");
    CHECK(has(x, EntityType::Agency, "United States Conference of Mayors"));
    CHECK(x.meetings.empty());
}
