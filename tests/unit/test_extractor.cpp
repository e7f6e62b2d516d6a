// Each rule family on real sentences (from the seeds and from ../shared/corpus), including the failure modes the
// extraction issue names. The rules run alone here (Recognisers::Rules); test_recognisers.cpp tests the rules,
// the tagger and the resolver together.

#include <algorithm>
#include <map>

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::entity;
using test::has;
using test::names;

namespace {
const extract::Gazetteer& gazetteer() {
    static const extract::Gazetteer g =
        extract::Gazetteer::load({std::filesystem::path(BULLETIN_SOURCE_DIR) / "data" / "gazetteers"});
    return g;
}

Extraction run(const std::string& body, const std::string& title = "Press release",
               std::optional<DateValue> published = std::nullopt) {
    return test::extractRelease(extract::Extractor(gazetteer(), extract::Recognisers::Rules), body, title,
                                std::move(published));
}

bool hasAlias(const Entity& e, const std::string& alias) {
    return std::find(e.aliases.begin(), e.aliases.end(), alias) != e.aliases.end();
}
}  // namespace

TEST_CASE("people: titles split off, surname mentions linked", "[extract][people]") {
    auto x =
        run("The Director General met Mr. Sergey Kapinos. Brigadier General Zakariyya Mansoor welcomed "
            "Mr. Kapinos to the Maldives. BG Mansoor also mentioned the workshop.");
    CHECK(names(x, EntityType::Person) == std::vector<std::string>{"Sergey Kapinos", "Zakariyya Mansoor"});
    const auto* mansoor = entity(x, "Zakariyya Mansoor");
    REQUIRE(mansoor);
    CHECK(mansoor->role == "Brigadier General");
    CHECK(mansoor->mentions.size() == 2);
    CHECK(hasAlias(*mansoor, "Mansoor"));
    REQUIRE(entity(x, "Sergey Kapinos"));
    CHECK(entity(x, "Sergey Kapinos")->mentions.size() == 2);
}

TEST_CASE("people: titles and headline verbs do not glue onto names", "[extract][people]") {
    auto x = run("Special Agent in Charge John Dorsey said the case was closed. Ogg said the office would appeal.",
                 "District Attorney Kim Ogg Reveals New Policy");
    CHECK(names(x, EntityType::Person) == std::vector<std::string>{"John Dorsey"});
    REQUIRE(entity(x, "John Dorsey"));
    CHECK(entity(x, "John Dorsey")->role == "Special Agent in Charge");
}

TEST_CASE("people: the general of a law officer's or an auditor's title is no rank", "[extract][people]") {
    auto x =
        run("Also taking part were Prosecutor General Ivor Kasnel and Auditor-General Kamal Perendu. Accountant "
            "General Nimal Sorawe spoke.");
    REQUIRE(entity(x, "Ivor Kasnel"));
    CHECK(entity(x, "Ivor Kasnel")->role == "Prosecutor General");
    REQUIRE(entity(x, "Kamal Perendu"));
    CHECK(entity(x, "Kamal Perendu")->role == "Auditor-General");
    REQUIRE(entity(x, "Nimal Sorawe"));
    CHECK(entity(x, "Nimal Sorawe")->role == "Accountant General");
}

TEST_CASE("people: appositions, ages and names from many cultures", "[extract][people]") {
    auto x =
        run("Mohsin Naqvi, the federal minister of interior, met with Graeme Biggar, the director general of "
            "the National Crime Agency (NCA). The defendants are: Mohamed Mohy-Eldeen Abdelgany, 24; "
            "Khalid Bahgat Akari, 19; and Asaad Mohamedidris Traina, 20. Dr Jeremy Milsom and "
            "Mr. Collie F. Brown attended.");
    CHECK(names(x, EntityType::Person) ==
          std::vector<std::string>{"Asaad Mohamedidris Traina", "Collie F. Brown", "Graeme Biggar", "Jeremy Milsom",
                                   "Khalid Bahgat Akari", "Mohamed Mohy-Eldeen Abdelgany", "Mohsin Naqvi"});
    REQUIRE(entity(x, "Graeme Biggar"));
    CHECK(entity(x, "Graeme Biggar")->affiliation == "National Crime Agency");
    REQUIRE(entity(x, "Mohsin Naqvi"));
    CHECK(entity(x, "Mohsin Naqvi")->role == "federal minister of interior");
    // A clause about the person ends the role even without a comma.
    auto y =
        run("After the opening remarks Syed Arslan, Advisor Sub-Programme IV in his presentation showcased "
            "the projects. Jane Marriott, the British High Commissioner who arrived on Monday, spoke.");
    REQUIRE(entity(y, "Syed Arslan"));
    CHECK(entity(y, "Syed Arslan")->role == "Advisor Sub-Programme IV");
    REQUIRE(entity(y, "Jane Marriott"));
    CHECK(entity(y, "Jane Marriott")->role == "British High Commissioner");
}

TEST_CASE("agencies: acronym definitions both ways, resolved later mentions", "[extract][agencies]") {
    auto x =
        run("The Director General of the National Counter Terrorism Centre (NCTC) met the United Nations "
            "Office on Drugs and Crime (UNODC). NCTC will work with UNODC. Officials of the CTD (Counter "
            "Terrorism Dept.) and FMU (Financial Monitoring Unit) attended.");
    const auto* nctc = entity(x, "National Counter Terrorism Centre");
    REQUIRE(nctc);
    CHECK(nctc->acronym == "NCTC");
    CHECK(nctc->mentions.size() == 3);
    REQUIRE(entity(x, "United Nations Office on Drugs and Crime"));
    CHECK(entity(x, "United Nations Office on Drugs and Crime")->mentions.size() == 3);
    CHECK(entity(x, "Financial Monitoring Unit"));
    CHECK(entity(x, "Counter Terrorism Department"));
    // (An aside in parentheses after an acronym is no long form, though its letters are in it.)
    auto y =
        run("They lived at Ivory Heights Condominium (\"IHC\"). A guard at IHC (in the employ of Harwick Secure "
            "Solutions Pte Ltd) agreed.");
    for (const auto& e : y.entities) CHECK(e.name.rfind("in the", 0) == std::string::npos);
    CHECK(entity(y, "Harwick Secure Solutions Pte Ltd"));
    // (Nor is a lower-case word the acronym has no letter of: what the body's member is.)
    auto z = run("Forces detained a Quorvan Liberation Movement facilitator (QLM). The QLM leader fled.");
    CHECK(entity(z, "Quorvan Liberation Movement"));
    CHECK_FALSE(entity(z, "Quorvan Liberation Movement facilitator"));
    // (Nor is a title of two words and its "of" before the long form.)
    auto w = run("Tan Ah Kow, a Council Member of Velmar Chinese Chamber of Commerce & Industry (VCCCI), spoke.");
    CHECK(entity(w, "Velmar Chinese Chamber of Commerce & Industry"));
    for (const auto& e : w.entities) CHECK(e.name.find("Member of") == std::string::npos);
}

TEST_CASE("agencies: head words, trimmed titles, lists and governments", "[extract][agencies]") {
    auto x =
        run("It was attended by representatives from the Ministries of Interior, Foreign Affairs, Finance, Law "
            "and Justice; Home Department Punjab, the Home & Tribal Affairs Department Khyber Pakhtunkhwa (KP), "
            "and the Intelligence Bureau. The meeting was chaired by the Additional Secretary of Prosecution "
            "Balochistan and Deputy Director FC Balochistan. The Federal Board of Revenue and Pakistan Customs "
            "thanked the Pakistani government.");
    const auto agencies = names(x, EntityType::Agency);
    for (const char* expected :
         {"Ministry of Interior", "Ministry of Foreign Affairs", "Ministry of Finance", "Ministry of Law and Justice",
          "Home Department Punjab", "Home & Tribal Affairs Department Khyber Pakhtunkhwa", "Intelligence Bureau",
          "Prosecution Balochistan", "Frontier Corps Balochistan", "Federal Board of Revenue", "Pakistan Customs",
          "Government of Pakistan"}) {
        INFO(expected);
        CHECK(std::find(agencies.begin(), agencies.end(), expected) != agencies.end());
    }
    // No nesting: places inside agency names are not places of their own; KP abbreviates a place.
    CHECK(names(x, EntityType::Location).empty());
    // A people's government is the one the release names in full, under that name.
    auto y = run("The Government of the Russian Federation approved the plan. The Russian Government will fund it.");
    CHECK(names(y, EntityType::Agency) == std::vector<std::string>{"Government of the Russian Federation"});
}

TEST_CASE("agencies: people and courtrooms are not agencies", "[extract][agencies]") {
    auto x =
        run("Deputy District Attorney Anna McIntire of the Homicide Unit prosecuted this case in Department "
            "CJ-1 at the Central Justice Center. WHO: the media. Andrade was taken to the University of "
            "California, Irvine (UCI) Medical Center.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::find(agencies.begin(), agencies.end(), "Homicide Unit") != agencies.end());
    for (const auto& a : agencies) {
        INFO(a);
        CHECK(a.find("McIntire") == std::string::npos);
        CHECK(a.find("CJ-1") == std::string::npos);
        CHECK(a != "World Health Organization");
        CHECK(a != "Medical Center");
    }
    CHECK(names(x, EntityType::Person) == std::vector<std::string>{"Anna McIntire"});
}

TEST_CASE("agencies: a date after the name is not part of it", "[extract][agencies]") {
    auto x =
        run("The Anti Narcotics Force (ANF) organized a working group meeting on cybercrime with the National "
            "Counter Terrorism Authority on April 22, 2018. The Commission on Narcotic Drugs met the Anti "
            "Narcotics Force on Sept. 3.");
    const auto agencies = names(x, EntityType::Agency);
    for (const char* expected :
         {"Anti Narcotics Force", "National Counter Terrorism Authority", "Commission on Narcotic Drugs"}) {
        INFO(expected);
        CHECK(std::find(agencies.begin(), agencies.end(), expected) != agencies.end());
    }
    for (const auto& a : agencies) {
        INFO(a);
        CHECK(a.find("April") == std::string::npos);
        CHECK(a.find("Sept") == std::string::npos);
    }
}

TEST_CASE("locations: countries, regions, cities with cues, none inside agencies", "[extract][locations]") {
    auto x =
        run("UNODC Field Office for South Asia covers Bangladesh, Bhutan, India, Maldives, Nepal and Sri Lanka. "
            "The meeting was held in Quetta, Balochistan. Felix Brito, 37, Costa Mesa, pleaded guilty in "
            "March. The Government of Japan funded it.");
    const auto places = names(x, EntityType::Location);
    CHECK(places == std::vector<std::string>{"Balochistan", "Bangladesh", "Bhutan", "Costa Mesa", "India", "Maldives",
                                             "Nepal", "Quetta", "Sri Lanka"});
    CHECK(entity(x, "UNODC Field Office for South Asia"));
}

TEST_CASE("locations: headquarters and UK", "[extract][locations]") {
    auto x =
        run("The meeting was held on 25th May 2017, at MNDF Headquarters, Bandaara Koshi. Pakistan and the UK "
            "signed.");
    const auto places = names(x, EntityType::Location);
    CHECK(std::find(places.begin(), places.end(), "MNDF Headquarters, Bandaara Koshi") != places.end());
    CHECK(std::find(places.begin(), places.end(), "United Kingdom") != places.end());
    CHECK(names(x, EntityType::Agency).empty());  // MNDF only names the place here
}

TEST_CASE("dates: roles, context year, relative dates, no ages", "[extract][dates]") {
    auto x =
        run("27 July 2022, Islamabad - The meeting on 26 July 2022 approved the workplan for 2022-23. "
            "A workshop is slated from the 11-13 of July. He served for 19 years; a 60-year-old attended "
            "on Thursday.",
            "Title", DateValue::fromIso("2022-07-27"));
    std::map<std::string, DateRole> roles;
    for (const auto& d : x.dates) roles[d.value.iso()] = d.role;
    CHECK(roles.at("2022-07-27") == DateRole::Publication);
    CHECK(roles.at("2022-07-26") == DateRole::Event);
    CHECK(roles.at("2022/2023") == DateRole::Other);
    CHECK(roles.count("2022-07-11/2022-07-13") == 1);
    CHECK(roles.count("2022-07-21") == 1);  // the Thursday before publication
    CHECK(roles.size() == 5);
}

TEST_CASE("meetings: kind, date and place from the reporting sentences", "[extract][meetings]") {
    auto x =
        run("Karachi, 24 October 2018. UNODC organized an interagency training at the Directorate General of "
            "Training and Research (DGTR) from 22-24 October 2018. The training was funded by Japan.",
            "Title", DateValue::fromIso("2018-10-24"));
    REQUIRE(x.meetings.size() == 1);
    CHECK(x.meetings[0].kind == MeetingKind::Training);
    CHECK(x.meetings[0].date->iso() == "2018-10-22/2018-10-24");
    CHECK(std::find(x.meetings[0].agencies.begin(), x.meetings[0].agencies.end(),
                    "Directorate General of Training and Research") != x.meetings[0].agencies.end());
}

TEST_CASE("every mention keeps offsets into the extraction text and its rule", "[extract][provenance]") {
    Document d;
    d.title = "Headline";
    d.body = "Mr. Sergey Kapinos met the National Crime Agency (NCA) in Islamabad.";
    const auto x = extract::Extractor(gazetteer(), extract::Recognisers::Rules).extract(d);
    const std::string text = extract::extractionText(d);
    REQUIRE_FALSE(x.entities.empty());
    for (const auto& e : x.entities)
        for (const auto& m : e.mentions) {
            CHECK(text.substr(m.span.begin, m.span.size()) == m.text);
            CHECK_FALSE(m.rule.empty());
        }
}

TEST_CASE("meetings: every participant is one of the document's entities (fuzz_meetings regression)",
          "[extract][meetings]") {
    // "Joint Technical Working Group" is named only in the headline, so it is no entity of the document; it used
    // to be listed as a participant nobody could look up.
    const auto x =
        run("On 18 March 2014, UNODC Pakistan and the Government of Balochistan jointly convened the 2014 "
            "Technical Working Group (TWG) meeting. The meeting was chaired by Mr. Noor Ahmed Samoo.",
            "Joint Technical Working Group Meeting Held in Quetta, Balochistan");
    REQUIRE_FALSE(x.meetings.empty());
    for (const auto& m : x.meetings) {
        for (const auto& a : m.agencies) {
            INFO(a);
            CHECK(std::any_of(x.entities.begin(), x.entities.end(),
                              [&](const Entity& e) { return e.type == EntityType::Agency && e.name == a; }));
        }
        CHECK(std::find(m.agencies.begin(), m.agencies.end(), "Joint Technical Working Group") == m.agencies.end());
        CHECK(std::find(m.agencies.begin(), m.agencies.end(), "Government of Balochistan") != m.agencies.end());
    }
}

TEST_CASE("agencies: companies by their legal form, with or without a comma", "[extract][agencies]") {
    auto x =
        run("The contract went to Brightwater Logistics, Inc. and to Kesteven Marine Supplies Ltd after a tender. "
            "A director of Orchid Lane (S) Pte Ltd and M/s Sunrise Caterers were charged. Residents of "
            "Minnesota limited their water use. M/S Velmar Engineering (Private) Limited won the bid.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::count(agencies.begin(), agencies.end(), "Brightwater Logistics, Inc.") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Kesteven Marine Supplies Ltd") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Orchid Lane (S) Pte Ltd") == 1);
    // (A firm's mark "M/s" is no part of its name, as "Mr" is none of a man's; the written form stays an alias.)
    CHECK(std::count(agencies.begin(), agencies.end(), "Sunrise Caterers") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Velmar Engineering (Private) Limited") == 1);
    const auto* velmar = entity(x, "Velmar Engineering (Private) Limited");
    REQUIRE(velmar);
    CHECK(hasAlias(*velmar, "M/S Velmar Engineering (Private) Limited"));
    // (The mark alone, at the text's end, names itself: nothing after it to take.)
    const auto y = run("The contract went to M/S");
    for (const auto& a : names(y, EntityType::Agency)) CHECK(a == "M/S");
    for (const auto& a : agencies) {
        CHECK(a.find("director") == std::string::npos);
        CHECK(a.find("Minnesota limited") == std::string::npos);
    }
}

TEST_CASE("agencies: a company named without its legal form elsewhere is the same company", "[extract][agencies]") {
    auto x = run(
        "Velmar Systems GmbH won the tender. Later, Velmar Systems said it would appeal. The Velmar Systems "
        "Foundation disagreed. He was an employee of Grocery Logistics of Singapore Pte Ltd at the time. Kim was "
        "the Director of Nursing for Quorvale Correctional Care, LLC. The Center for Harbour Testing, LLC closed. "
        "He was arrested in Las Vegas, NV on Monday. Money went to Minnesotans and Wall & Associates, Inc. paid.");
    const auto* velmar = entity(x, "Velmar Systems GmbH");
    REQUIRE(velmar);
    CHECK(velmar->mentions.size() == 2);
    CHECK(hasAlias(*velmar, "Velmar Systems"));
    CHECK_FALSE(has(x, EntityType::Person, "Velmar Systems"));
    CHECK(has(x, EntityType::Agency, "Velmar Systems Foundation"));
    // ("of" a country and "for" after a body's head word are inside the name; after a title's words, not.)
    CHECK(has(x, EntityType::Agency, "Grocery Logistics of Singapore Pte Ltd"));
    CHECK(has(x, EntityType::Agency, "Quorvale Correctional Care, LLC"));
    CHECK(has(x, EntityType::Agency, "Center for Harbour Testing, LLC"));
    // (Two capitals after a place are its state's code; a place's people are no body.)
    CHECK(has(x, EntityType::Location, "Las Vegas"));
    CHECK_FALSE(has(x, EntityType::Agency, "Las Vegas, NV"));
    CHECK_FALSE(has(x, EntityType::Agency, "Minnesotans"));
}

TEST_CASE("locations: venues by their last word, places by their kind", "[extract][locations]") {
    auto x =
        run("The hearing moved from the Fenwick Memorial Union Ballroom to the Larkspur Terrace Apartments. "
            "The task force meets in Room 316 of the Quorvale State Capitol. "
            "Troops searched compounds in Qarabagh Kalan district and Zerko valley, near Pakhtia province. "
            "The Orange County district attorney and the Lahore district court were not involved.");
    const auto places = names(x, EntityType::Location);
    auto has = [&](const std::string& n) { return std::find(places.begin(), places.end(), n) != places.end(); };
    CHECK(has("Fenwick Memorial Union Ballroom"));
    CHECK(has("Larkspur Terrace Apartments"));
    CHECK(has("Quorvale State Capitol"));
    CHECK(has("Qarabagh Kalan district"));
    CHECK(has("Zerko valley"));
    CHECK_FALSE(has("Orange County district"));
    CHECK_FALSE(has("Lahore district"));
    CHECK(names(x, EntityType::Agency).empty());
}

TEST_CASE("agencies: one-word institutions", "[extract][agencies]") {
    auto x =
        run("Congress passed the bill on Tuesday, and the Taliban rejected it. The congress of delegates "
            "met later.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::count(agencies.begin(), agencies.end(), "Congress") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Taliban") == 1);
}

TEST_CASE("agencies: chambers of a legislature named House of ..., and parliaments named in their language",
          "[extract][agencies]") {
    auto x =
        run("The bill passed the House of Representatives in May. The Leader of the House of Commons welcomed "
            "it, and the House of Lords will debate it. The Seimas and the Riigikogu sent greetings.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::count(agencies.begin(), agencies.end(), "House of Representatives") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "House of Commons") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "House of Lords") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Seimas") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Riigikogu") == 1);
    CHECK(names(x, EntityType::Location).empty());
}

TEST_CASE("people: a title of a place or body before the name", "[extract][people]") {
    auto x = run("President of Lanvia Tomas Reyka received Minister of Fisheries Ilse Vandor in the capital.");
    const auto people = names(x, EntityType::Person);
    CHECK(std::count(people.begin(), people.end(), "Tomas Reyka") == 1);
    CHECK(std::count(people.begin(), people.end(), "Ilse Vandor") == 1);
    REQUIRE(entity(x, "Tomas Reyka"));
    CHECK(entity(x, "Tomas Reyka")->role == "President of Lanvia");
}

TEST_CASE("people: family name first, three words", "[extract][people]") {
    auto x = run("The accused, Tan Kwee Heng, paid the bribe to an officer of the agency.");
    const auto people = names(x, EntityType::Person);
    CHECK(std::count(people.begin(), people.end(), "Tan Kwee Heng") == 1);
}

TEST_CASE("locations: a dateline in capitals, Washington, D.C. and AP state abbreviations", "[extract][locations]") {
    Document d;
    d.title = "Press release";
    d.body =
        "May 2, 2022 (SAINT PAUL) - The board met in Washington, DC, and in Austin, Tex., this week. "
        "Follow Us for updates.";
    d.datelinePlace = "Saint Paul";
    const auto x = extract::Extractor(gazetteer(), extract::Recognisers::Rules).extract(d);
    const auto places = names(x, EntityType::Location);
    auto has = [&](const std::string& n) { return std::find(places.begin(), places.end(), n) != places.end(); };
    CHECK(has("Saint Paul"));
    CHECK(has("Washington, D.C."));
    CHECK(has("Texas"));
    CHECK_FALSE(has("Paul"));
    CHECK_FALSE(has("United States"));
}

TEST_CASE("agencies: a place-qualified name and its short form are one agency", "[extract][agencies]") {
    auto x =
        run("The Ministry of Health of the Republic of Moldova reported two cases. The Ministry of Health "
            "asked hospitals to report more.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(agencies.size() == 1);
}

TEST_CASE("agencies: before a title and a name, after an acronym in parentheses, of a title", "[extract][agencies]") {
    auto x =
        run("Harbour Authority Commissioner Elena Varga opened the session. The Northland Department of "
            "Fisheries (NDF) Coastal Patrol Unit joined Head of the Office of the Governor Marek Holub.");
    const auto agencies = names(x, EntityType::Agency);
    auto has = [&](const std::string& n) { return std::find(agencies.begin(), agencies.end(), n) != agencies.end(); };
    CHECK(has("Harbour Authority"));
    CHECK(has("Coastal Patrol Unit"));
    CHECK(has("Office of the Governor"));
    for (const auto& a : agencies) CHECK(a.find("Holub") == std::string::npos);
    const auto* harbour = entity(x, "Harbour Authority");
    REQUIRE(harbour);
    CHECK(harbour->mentions.front().rule == "agency.before_title");
}

TEST_CASE("agencies: known acronyms that are also words need the full name", "[extract][agencies]") {
    auto x = run("The package was built with GCC 12 and uploaded on Monday. The NSA declined to comment.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::count(agencies.begin(), agencies.end(), "Gulf Cooperation Council") == 0);
    CHECK(std::count(agencies.begin(), agencies.end(), "National Security Agency") == 1);
}

TEST_CASE("meetings: an undated event outside the lead is no event of its own", "[extract][meetings]") {
    auto x =
        run("Minister Ilse Vandor met Governor Tomas Reyka in Northport on 3 May 2021 to discuss the harbour. "
            "They agreed on a plan to dredge the eastern channel before the winter storms.\n\n"
            "The ministry holds regular meetings with stakeholders, and a workshop is planned.",
            "Minister meets Governor", DateValue::fromIso("2021-05-04"));
    REQUIRE(x.meetings.size() == 1);
    REQUIRE(x.meetings[0].date);
    CHECK(x.meetings[0].date->iso() == "2021-05-03");
}

TEST_CASE("agencies: legal forms as written, in capitals where they are written so", "[extract][agencies]") {
    auto x =
        run("Orders went to Pellham Tool Works Inc and to Varden Holdings AG. Staff of Marlow Freight as "
            "well as others left.");
    const auto agencies = names(x, EntityType::Agency);
    CHECK(std::count(agencies.begin(), agencies.end(), "Pellham Tool Works Inc") == 1);
    CHECK(std::count(agencies.begin(), agencies.end(), "Varden Holdings AG") == 1);
    for (const auto& a : agencies) CHECK(a.find("Marlow") == std::string::npos);  // "as" is no legal form
}

TEST_CASE("people: a title of two words in the plural lists names, one person with or without an initial",
          "[extract][people]") {
    const auto x =
        run("Chair Arlen Vosk, along with Board Members Dana Nitze and Tomas Felten, opened two reviews. The "
            "Board's Members are Chair Arlen I. Vosk and Board Members Dana E. Nitze and Tomas W. Felten. Council "
            "Members Ilse Varga and Marit K. Osk.");
    const auto* nitze = test::entity(x, "Dana Nitze");
    REQUIRE(nitze);
    CHECK(hasAlias(*nitze, "Dana E. Nitze"));
    CHECK_FALSE(test::entity(x, "Dana E. Nitze"));
    CHECK(test::has(x, EntityType::Person, "Tomas Felten"));
    CHECK(test::has(x, EntityType::Person, "Ilse Varga"));
    // (An initial's period goes on a name; a sentence's does not.)
    CHECK(test::has(x, EntityType::Person, "Marit K. Osk"));
    CHECK_FALSE(test::has(x, EntityType::Person, "Marit K. Osk."));
}

TEST_CASE("agencies: the names a bill is endorsed by are organisations", "[extract][agencies]") {
    const auto x = run("The Harbour Workers Act is endorsed by Quorvane, the Harbourmen and Civic Watch.");
    CHECK(test::has(x, EntityType::Agency, "Quorvane"));
    CHECK(test::has(x, EntityType::Agency, "Harbourmen"));
    CHECK(test::has(x, EntityType::Agency, "Civic Watch"));
}

TEST_CASE("locations: a town of less than half a million before its residents or its mayor", "[extract][locations]") {
    const auto x = run("Austria will help evacuate Mariupol residents. The Mariupol mayor spoke.");
    CHECK(test::has(x, EntityType::Location, "Mariupol"));
}

TEST_CASE("agencies: an and inside a company's name after a list's own and", "[extract][agencies]") {
    const auto x =
        run("He took bribes from staff of Velmor Trading Pte Ltd, Nordic Hoist Pte Ltd and Cycle and Quorn Industries "
            "Pte Ltd as inducements.");
    CHECK(test::has(x, EntityType::Agency, "Cycle and Quorn Industries Pte Ltd"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Quorn Industries Pte Ltd"));
}

TEST_CASE("agencies: a sentence's opening verb in -ing and its article are no part of a body's name",
          "[extract][agencies]") {
    const auto x =
        run("\"Asking the Supreme Court to review the ruling is the right step,\" she said. Joining the "
            "Department of Justice, the board filed a brief.");
    CHECK(test::has(x, EntityType::Agency, "Supreme Court"));
    CHECK(test::has(x, EntityType::Agency, "Department of Justice"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Asking the Supreme Court"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Joining the Department of Justice"));
}

TEST_CASE("agencies: a people's adjective listed with a body names no body", "[extract][agencies]") {
    const auto x = run("He was captured by the United States Marshals Service and Mexican authorities in Tijuana.");
    CHECK(test::has(x, EntityType::Agency, "United States Marshals Service"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Mexican"));
}

TEST_CASE("agencies: a bare the joins no name to another, except in what a body is for", "[extract][agencies]") {
    const auto x =
        run("The minister said in Velmarsk the Quorvale Housing Board met on Monday. The Task Force on Lowering the "
            "Cost of Harbour Fees reported.");
    CHECK(test::has(x, EntityType::Agency, "Quorvale Housing Board"));
    CHECK_FALSE(test::has(x, EntityType::Agency, "Velmarsk the Quorvale Housing Board"));
    CHECK(test::has(x, EntityType::Agency, "Task Force on Lowering the Cost of Harbour Fees"));
}

TEST_CASE("agencies: an institution's one-word name after an opening quote and \"The\"", "[extract][agencies]") {
    const auto x = run("“The Senate must act now,” the senator said on Tuesday.");
    CHECK(has(x, EntityType::Agency, "Senate"));
}

TEST_CASE("people: a corporal's rank is a title, not part of the name", "[extract][people]") {
    const auto x = run("Corporal Jay Velmarin testified on Tuesday. Cpl. Ana Quist also testified.");
    CHECK(has(x, EntityType::Person, "Jay Velmarin"));
    CHECK(has(x, EntityType::Person, "Ana Quist"));
    CHECK_FALSE(has(x, EntityType::Person, "Corporal Jay Velmarin"));
}
