// The rules, the tagger and the resolver together on people named beside their role, their age or their initials,
// in names of cultures no list holds (invented for these tests, as the names of a publisher nobody tuned on would be
// unknown): the cue names the person, and the tagger, which never saw such names, does not overrule it. Also the
// gatherings such releases report with them.

#include <algorithm>

#include "extract/extractor.hpp"
#include "support/extraction_checks.hpp"
#include "support/test_support.hpp"

using namespace bulletin;
using test::has;
using test::hasEvent;
using test::names;

namespace {

Extraction run(const std::string& body, const std::string& title = "Talks",
               std::optional<DateValue> published = DateValue::fromIso("2024-06-05")) {
    return test::extractWithBoth(body, title, std::move(published));
}

}  // namespace

TEST_CASE("appositions: an unfamiliar name before its role", "[recognisers]") {
    const auto x =
        run("The minister held talks with Tavrek Ondulasi, Prime Minister of Quorvania, and with the "
            "delegation. He also met Mirelka Zhovtanu, the Estonian Minister of Foreign Affairs.");
    CHECK(has(x, EntityType::Person, "Tavrek Ondulasi"));
    CHECK(has(x, EntityType::Person, "Mirelka Zhovtanu"));
}

TEST_CASE("appositions: a people's or a union's adjective before the role", "[recognisers]") {
    const auto x =
        run("The minister received Oskelde Brannvuk, the European Commissioner for Coastal Affairs, in "
            "the capital.");
    CHECK(has(x, EntityType::Person, "Oskelde Brannvuk"));
}

TEST_CASE("appositions: the role with its article before a comma and the name", "[recognisers]") {
    const auto x =
        run("The agreement was signed by the Minister of Water Resources, Tavrek Ondulasi, and by the "
            "European Commissioner for Coastal Affairs, Oskelde Brannvuk.");
    CHECK(has(x, EntityType::Person, "Tavrek Ondulasi"));
    CHECK(has(x, EntityType::Person, "Oskelde Brannvuk"));
}

TEST_CASE("appositions: words of days, stores, buildings and peoples before a role are no name", "[recognisers]") {
    const auto x =
        run("The vote falls on Election Day, the day the Secretary of State certifies the count. Users of "
            "the Play Store, the director of the store said, had complained. At the Federal Courthouse, "
            "the Chief Judge spoke. An Indian National, a resident of the area, was arrested.");
    const auto people = names(x, EntityType::Person);
    for (const std::string wrong : {"Election Day", "Play Store", "Federal Courthouse", "Indian National"})
        CHECK(std::find(people.begin(), people.end(), wrong) == people.end());
}

TEST_CASE("appositions: a portfolio after the title's comma is no person", "[recognisers]") {
    const auto x =
        run("The proposal of the Minister of Health, Public Welfare and Indigenous Medicine was approved. "
            "The Minister of Trade, Commerce and Food Security presented it.");
    CHECK(names(x, EntityType::Person).empty());
}

TEST_CASE("appositions: meeting a body's representatives is a meeting of its date", "[recognisers][events]") {
    const auto x =
        run("Commissioner Oskelde Brannvuk met representatives of the Quorvanian Ministry of Water "
            "Resources in Harbourton on 3 June.");
    CHECK(hasEvent(x, "meeting@2024-06-03"));
}

TEST_CASE("appositions: a media conference today is a press conference of the release's day", "[recognisers][events]") {
    const auto x =
        run("Detective Sergeant Amanda Reid of the Harbourton Crime Investigation Unit will hold a media "
            "conference at the Harbourton Police Station at 2pm today.",
            "Police appeal");
    CHECK(hasEvent(x, "press_conference@2024-06-05"));
}

TEST_CASE("appositions: a compass word opening a unit's name is no place of its own", "[recognisers]") {
    const auto x =
        run("Investigators from the Southern Metro Crime Squad were told a man entered the store. Officers "
            "of the Northern Harbour Patrol Group assisted.",
            "Police appeal");
    const auto places = names(x, EntityType::Location);
    CHECK(std::find(places.begin(), places.end(), "Southern") == places.end());
    CHECK(std::find(places.begin(), places.end(), "Northern") == places.end());
}

TEST_CASE("appositions: a city before an office's title is no person's name", "[recognisers]") {
    const auto x =
        run("The ceremony was attended by Columbus Mayor Andrew Ginther. The plant in Columbus employs "
            "300 people.",
            "Plant opens");
    CHECK(has(x, EntityType::Person, "Andrew Ginther"));
    CHECK_FALSE(has(x, EntityType::Person, "Columbus Mayor"));
    CHECK_FALSE(has(x, EntityType::Person, "Columbus"));
}

TEST_CASE("appositions: a dateline of two places names both", "[recognisers]") {
    static const extract::Extractor extractor(extract::Gazetteer::shared(), extract::Recognisers::Both);
    Document d;
    d.title = "Aid delivered";
    d.body = "GENEVA/NEW YORK, 3 November 2023 - The agencies today delivered food to 20,000 families.";
    d.datelinePlace = "GENEVA/NEW YORK";
    const auto x = extractor.extract(d);
    CHECK(has(x, EntityType::Location, "Geneva"));
    CHECK(has(x, EntityType::Location, "New York"));
    CHECK_FALSE(has(x, EntityType::Location, "GENEVA/NEW YORK"));
}

TEST_CASE("appositions: a hyphenated title of a body, and the name after it", "[recognisers]") {
    const auto x =
        run("Commander-in-Chief of the Armed Forces Tavrek Ondulasi reported on the readiness of the troops.",
            "Council meeting");
    CHECK(has(x, EntityType::Person, "Tavrek Ondulasi"));
    CHECK(has(x, EntityType::Agency, "Armed Forces"));
}

TEST_CASE("appositions: an acronym the release never spells out that issues, seizes or approves is a body",
          "[recognisers]") {
    const auto x =
        run("Officers of the QRVB seized 12 grams of heroin on Friday. The HWDA approved the plan and the "
            "KTTC issued a warning.",
            "Seizure");
    CHECK(has(x, EntityType::Agency, "QRVB"));
    CHECK(has(x, EntityType::Agency, "HWDA"));
    CHECK(has(x, EntityType::Agency, "KTTC"));
}

TEST_CASE("appositions: initials written together or apart before a name", "[recognisers]") {
    const auto x =
        run("The suspect W.M.D.S. Tavrekara, 42, was arrested. Mr. W. A. Oskelde Brannvuk, Director "
            "General, and SSP K.B.M. Mirelka Zhovtanu spoke. D.A. Renkasi and the O.C. Register were "
            "informed.",
            "Arrest");
    CHECK(has(x, EntityType::Person, "W.M.D.S. Tavrekara"));
    CHECK(has(x, EntityType::Person, "K.B.M. Mirelka Zhovtanu"));
    const auto people = names(x, EntityType::Person);
    CHECK(std::any_of(people.begin(), people.end(),
                      [](const std::string& p) { return p.find("Oskelde Brannvuk") != std::string::npos; }));
    CHECK_FALSE(has(x, EntityType::Person, "D.A. Renkasi"));
    CHECK_FALSE(has(x, EntityType::Person, "O.C. Register"));
}

TEST_CASE("appositions: an unfamiliar name with an age is a person", "[recognisers]") {
    const auto x =
        run("Jaypravik Dhanoskar, 35, of Harbourton was sentenced. Tavo Renkasi, 28, was also charged.", "Sentenced");
    CHECK(has(x, EntityType::Person, "Jaypravik Dhanoskar"));
    CHECK(has(x, EntityType::Person, "Tavo Renkasi"));
}

TEST_CASE("appositions: every name a plural title lists, initials included", "[recognisers]") {
    const auto x =
        run("A sub-committee comprising Ministers Vimal Ratnakanthe, Anuk Karuvathilage and Sunel Handupelli was "
            "appointed. Taking part were Deputy Prime Ministers Kamal Werapitiya and W.M. Dissakara. The Ministers "
            "Bridge and Ministers Lane were closed.");
    CHECK(has(x, EntityType::Person, "Vimal Ratnakanthe"));
    CHECK(has(x, EntityType::Person, "Anuk Karuvathilage"));
    CHECK(has(x, EntityType::Person, "Sunel Handupelli"));
    CHECK(has(x, EntityType::Person, "Kamal Werapitiya"));
    CHECK(has(x, EntityType::Person, "W.M. Dissakara"));
    CHECK_FALSE(has(x, EntityType::Person, "Bridge"));
}

TEST_CASE("appositions: a rank abbreviated word by word before a name, after a speech verb too", "[recognisers]") {
    const auto x =
        run("\"The attack failed,\" said U.S. Brig. Gen. Tavo Renkasi, deputy commander of the eastern "
            "region. The convoy was met by Rear Adm. Ilse Varga and Lt. Cmdr. Dana Okonkwo at the port.");
    CHECK(has(x, EntityType::Person, "Tavo Renkasi"));
    CHECK(has(x, EntityType::Person, "Ilse Varga"));
    CHECK(has(x, EntityType::Person, "Dana Okonkwo"));
    const auto* renkasi = test::entity(x, "Tavo Renkasi");
    REQUIRE(renkasi);
    CHECK(renkasi->role.find("Gen") != std::string::npos);
    const auto* varga = test::entity(x, "Ilse Varga");
    REQUIRE(varga);
    CHECK(varga->role.find("Adm") != std::string::npos);
    // (The rank's period ends no sentence: nothing before it is cut off as a sentence of its own.)
    CHECK_FALSE(has(x, EntityType::Person, "Gen"));
}

TEST_CASE("appositions: one word told by its role is a person", "[recognisers]") {
    const auto x =
        run("The force confirmed Quorvash, a Taliban leader, was killed in the operation.\n"
            "Zarbek was a Taliban leader who provided logistical support to the insurgency.\n"
            "Monday was a day of rest. Nothing was a problem for the leaders.");
    CHECK(has(x, EntityType::Person, "Quorvash"));
    CHECK(has(x, EntityType::Person, "Zarbek"));
    CHECK_FALSE(has(x, EntityType::Person, "Monday"));
    CHECK_FALSE(has(x, EntityType::Person, "Nothing"));
    // (A place told by what it is stays a place: "Kabul was a city of gardens".)
    const auto y = run("Kabul was a city of gardens before the war.");
    CHECK_FALSE(has(y, EntityType::Person, "Kabul"));
}

TEST_CASE("appositions: letters after a name for an office, counsel or a degree are no part of it", "[recognisers]") {
    const auto x =
        run("Hon. Velan Dorasuriya Karunatilake MP raised the matter. Counsel Ilse Marta Varga KC appeared "
            "for the applicant, and Dr Tomas Brenner Reyka PhD gave evidence.");
    CHECK(has(x, EntityType::Person, "Velan Dorasuriya Karunatilake"));
    CHECK(has(x, EntityType::Person, "Ilse Marta Varga"));
    CHECK(has(x, EntityType::Person, "Tomas Brenner Reyka"));
    for (const auto& e : x.entities) {
        CHECK_FALSE(e.name.ends_with(" MP"));
        CHECK_FALSE(e.name.ends_with(" PhD"));
    }
}

TEST_CASE("appositions: in a transcript every name labelling a paragraph is a speaker's", "[recognisers]") {
    const auto x =
        run("Ilse Varga: Good afternoon, colleagues. Let us begin.\n\nTeodor Vranjesevic: Thank you, "
            "Madam President.\n\nPublic Affairs: The transcript follows.\n\nIlse Varga: Thank you.");
    CHECK(has(x, EntityType::Person, "Teodor Vranjesevic"));
    CHECK_FALSE(has(x, EntityType::Person, "Public Affairs"));
}

TEST_CASE("appositions: two or three words after a verb done to a person name a person", "[recognisers]") {
    const auto x =
        run("The team thanks Teodor Vranjesevic for his work. Police arrested Velan Dorasuri Karunatilake "
            "yesterday. The President met Kassym-Orlan Tuyakbayev. Officers arrested Vorn Feb. 3 in "
            "Oxvale. The Minister thanked Singapore Airlines.");
    CHECK(has(x, EntityType::Person, "Teodor Vranjesevic"));
    CHECK(has(x, EntityType::Person, "Velan Dorasuri Karunatilake"));
    CHECK(has(x, EntityType::Person, "Kassym-Orlan Tuyakbayev"));
    CHECK_FALSE(has(x, EntityType::Person, "Vorn Feb"));
    CHECK_FALSE(has(x, EntityType::Person, "Singapore Airlines"));
}

TEST_CASE("appositions: a title in lower case, what it is of, then the holder's name", "[recognisers]") {
    const auto x =
        run("The President spoke with the head of Tatarstan Tavrek Ondulasi and thanked the mayor of "
            "Harwick Mirelka Zhovtanu. He praised the chief executive of Quorvane Energy Dravo Pellinen.");
    CHECK(has(x, EntityType::Person, "Tavrek Ondulasi"));
    CHECK(has(x, EntityType::Person, "Mirelka Zhovtanu"));
    CHECK(has(x, EntityType::Person, "Dravo Pellinen"));
    // A region the gazetteer holds only as a weak name is a place when an office is of it and its holder follows.
    CHECK(has(x, EntityType::Location, "Tatarstan"));
    CHECK_FALSE(has(x, EntityType::Location, "Tatarstan Tavrek Ondulasi"));
    // A body's word ends no holder's name ("the managing director of HBU Marshall School’s Tellmo Center").
    const auto body = run("She is the managing director of HBU Marshall School’s Tellmo Center and a trustee.");
    CHECK_FALSE(has(body, EntityType::Person, "Marshall School"));
}

TEST_CASE("appositions: a title in lower case right before a name of two words or more", "[recognisers]") {
    const auto x =
        run("Kremlin spokesman Tavrek Ondulasi said the talks went well. They were attended by "
            "presidential aide Mirelka Zhovtanu and by Quorvan leader Mullah Dravo Pellinen.");
    CHECK(has(x, EntityType::Person, "Tavrek Ondulasi"));
    CHECK(has(x, EntityType::Person, "Mirelka Zhovtanu"));
    // A religious title is no part of the name, in lower case before it or not.
    CHECK(has(x, EntityType::Person, "Dravo Pellinen"));
    CHECK_FALSE(has(x, EntityType::Person, "Mullah Dravo Pellinen"));
}

TEST_CASE("appositions: a known given name and a surname, then what the person did", "[recognisers]") {
    const auto x =
        run("The plenary session took place in Velmarsk. Vladimir Ondulasi delivered a speech, and Maria "
            "Zhovtanu inspected the new port.");
    CHECK(has(x, EntityType::Person, "Vladimir Ondulasi"));
    CHECK(has(x, EntityType::Person, "Maria Zhovtanu"));
}

TEST_CASE("appositions: a hyphenated given name starts a name the tagger never saw", "[recognisers]") {
    const auto x = run("Jean-Pierre Ondulasi said the work was done.");
    CHECK(has(x, EntityType::Person, "Jean-Pierre Ondulasi"));
}

TEST_CASE("appositions: a given name rare in American births starts a name said", "[recognisers]") {
    // "Dmitry" and "Sergei" are listed a few hundred times; the tagger alone does not read the names.
    const auto x =
        run("Dmitry Ondulasov told reporters that no talks were planned. Later, Sergei Zhovtanov said the "
            "delegation would return home.");
    CHECK(has(x, EntityType::Person, "Dmitry Ondulasov"));
    CHECK(has(x, EntityType::Person, "Sergei Zhovtanov"));
}

TEST_CASE(
    "appositions: a party's role opening the sentence is no part of the name, and a surname opening a "
    "sentence before and is the person named in full",
    "[recognisers]") {
    const auto x =
        run("Co-defendant Yolmara Quorvez-Dask, 22, Irvine, is charged with one count. Defendant Tavrek Ondulasi, 31, "
            "pleaded guilty.");
    const auto y =
        run("Vladimir Putin met with President of Korvia Ivan Dask.\n\nPutin and Dask signed a joint "
            "statement.",
            "Talks with Ivan Dask");
    CHECK(has(x, EntityType::Person, "Yolmara Quorvez-Dask"));
    CHECK(has(x, EntityType::Person, "Tavrek Ondulasi"));
    CHECK_FALSE(has(x, EntityType::Person, "Co-defendant Yolmara Quorvez-Dask"));
    CHECK_FALSE(has(x, EntityType::Person, "Defendant Tavrek Ondulasi"));
    // (The tagger reads this surname opening a sentence before "and" as no name; the full name vouches for it.)
    const auto putin = std::find_if(y.entities.begin(), y.entities.end(), [](const auto& e) {
        return e.type == EntityType::Person && e.name == "Vladimir Putin";
    });
    REQUIRE(putin != y.entities.end());
    CHECK(putin->mentions.size() == 2);
}

TEST_CASE("appositions: a label before a name with an age is no word of the name", "[recognisers]") {
    // (The rules alone: the tagger may cut the label off by itself.)
    static const extract::Extractor rules(extract::Gazetteer::shared(), extract::Recognisers::Rules);
    const auto x = test::extractRelease(rules,
                                        "Inmate Fermin Quorvales, 40, was charged. Defendants Esau Velbranic, 33, "
                                        "pleaded guilty. Victim Maria Lopez, 25, survived.",
                                        "News", DateValue::fromIso("2025-05-03"));
    CHECK(has(x, EntityType::Person, "Fermin Quorvales"));
    CHECK(has(x, EntityType::Person, "Esau Velbranic"));
    CHECK(has(x, EntityType::Person, "Maria Lopez"));
    for (const auto& p : names(x, EntityType::Person))
        CHECK((p.rfind("Inmate", 0) != 0 && p.rfind("Defendants", 0) != 0 && p.rfind("Victim", 0) != 0));
}

TEST_CASE("appositions: a title's acronym after two titles names no body", "[recognisers]") {
    const auto x =
        run("Police Media Spokesman Senior Superintendent of Police (SSP) Nihal Veltharuwa said the suspects will be "
            "produced in court.");
    CHECK(names(x, EntityType::Agency).empty());
    CHECK(has(x, EntityType::Person, "Nihal Veltharuwa"));
    // (A body's acronym after a body's name is still the body's.)
    const auto y = run("The Quorvel Narcotics Bureau (QNB) seized the drugs.");
    CHECK(has(y, EntityType::Agency, "Quorvel Narcotics Bureau"));
}

TEST_CASE("appositions: the fields of a minister's portfolio after commas are neither people nor bodies",
          "[recognisers]") {
    const auto x =
        run("The proposal made by the Minister of Public Administration, Home Affairs, Provincial Councils and Local "
            "Government to award the contract was approved. The Minister of Public Administration and Local "
            "Government agreed, and the Minister of Health, Kavrel Ondumasi, spoke.");
    for (const auto& person : names(x, EntityType::Person))
        CHECK((person != "Home Affairs" && person != "Provincial Councils"));
    for (const auto& body : names(x, EntityType::Agency))
        CHECK((body != "Local Government" && body != "Provincial Councils and Local Government" &&
               body != "Home Affairs and Local Government"));
    // (A name after the portfolio's comma is still a person's; a body's list of fields is still the body's name.)
    CHECK(has(x, EntityType::Person, "Kavrel Ondumasi"));
    const auto y = run("The Ministry of Trade, Commerce and Food Security will cooperate with it.");
    CHECK(has(y, EntityType::Agency, "Ministry of Trade, Commerce and Food Security"));
}

TEST_CASE("appositions: a portfolio field whose first word is a given name too", "[recognisers]") {
    // ("Ocean" is a given name; "Ocean Resources" is no person, "Resources" is a portfolio's word.)
    const auto x = run("The Ministry of Fisheries, Aquatic and Ocean Resources will cooperate with it.");
    CHECK(has(x, EntityType::Agency, "Ministry of Fisheries, Aquatic and Ocean Resources"));
    CHECK_FALSE(has(x, EntityType::Agency, "Ministry of Fisheries"));
}

TEST_CASE("appositions: a title opening the sentence with its article, a comma and an unfamiliar name",
          "[recognisers]") {
    const auto x = run("The Minister of Health, Kavrel Ondumasi, spoke. The proposal was approved.");
    CHECK(has(x, EntityType::Person, "Kavrel Ondumasi"));
}

TEST_CASE("appositions: a list of portfolio fields that opens the text is walked back to its first word only",
          "[recognisers]") {
    // (The walk back over the fields stops at the text's first token: nothing before it to read.)
    const auto x = test::extractDatedRelease("The proposal was approved by the Cabinet of Ministers.",
                                             "Home Affairs, Public Security and Local Government", "2024-06-05");
    CHECK(has(x, EntityType::Agency, "Cabinet of Ministers"));
}

TEST_CASE(
    "appositions: a legislator's party and district in parentheses are no person; a list of legislators "
    "goes on past them",
    "[recognisers]") {
    const auto x = run("Schiff was joined by Quorv Lieuven (D-Los Angeles) and Velma Chuvar in the letter.");
    for (const auto& person : test::names(x, EntityType::Person)) CHECK(person.find("D-Los") == std::string::npos);
    const auto y =
        run("Schiff was joined by Representatives Quorv Lieuven (D-Calif.), Velma Chuvar (D-Los Angeles) "
            "and Brad Quorman (R-Tex.) in the letter.");
    CHECK(has(y, EntityType::Person, "Quorv Lieuven"));
    CHECK(has(y, EntityType::Person, "Velma Chuvar"));
    CHECK(has(y, EntityType::Person, "Brad Quorman"));
}

TEST_CASE("appositions: a committee's list of fields stays whole after a person's title and \"of the\"",
          "[recognisers]") {
    const auto x =
        run("Panelists: Velma Quorvan, former Chief Counsel of the House Judiciary Subcommittee on Crime, "
            "Terrorism, and Investigations; Jane Roe, a professor.");
    CHECK(has(x, EntityType::Agency, "House Judiciary Subcommittee on Crime, Terrorism, and Investigations"));
    // (Not past a person's name after the body, nor onto a person after "and" whom "who" follows.)
    const auto y =
        run("Remarks by Vice-Chair of the Quorvale Board of Equalization Michelle Ann Quorvan, and "
            "Proclamation Presentation by Supervisor Ann Lee. With us is the Chair of the Velmar Board of "
            "Supervisors, and Marsella Quorvach, who will speak.");
    CHECK(has(y, EntityType::Agency, "Quorvale Board of Equalization"));
    CHECK(has(y, EntityType::Agency, "Velmar Board of Supervisors"));
    for (const auto& body : test::names(y, EntityType::Agency)) {
        CHECK(body.find("Steel") == std::string::npos);
        CHECK(body.find("Marsella") == std::string::npos);
        CHECK(body.back() != ',');
    }
}

TEST_CASE("appositions: a body described by a country's other body name is one body", "[recognisers]") {
    const auto x =
        run("The Velmar Environment Agency (VEA), the Velmar Utilities Board, Singapore’s National Water Agency and "
            "the Velmar "
            "Food Agency (VFA) today launched the challenge.");
    CHECK(has(x, EntityType::Agency, "Velmar Utilities Board"));
    CHECK_FALSE(has(x, EntityType::Agency, "National Water Agency"));
    const auto* qwb = test::entity(x, "Velmar Utilities Board");
    REQUIRE(qwb != nullptr);
    CHECK(std::ranges::count(qwb->aliases, std::string("National Water Agency")) == 1);
    // (An item of a list of sponsors is a body of its own.)
    const auto y =
        run("It was co-sponsored by Students for Velmaria, Velmaria’s School of Law, Department of "
            "Political Science and others.");
    CHECK(has(y, EntityType::Agency, "Students for Velmaria"));
}
