// Trains the name tagger (src/extract/name_tagger.hpp) from openly licensed annotated text: the GUM corpus
// (../shared/nlp/gum, PROPN-headed person / place / organization mentions) and the tuning part of the development
// gold set (tests/eval/gold/tuning, projected onto the release texts in ../shared/corpus). Deterministic: the same
// inputs give the same model file, byte for byte. Run through scripts/train-tagger.
//
//   train_tagger --gum DIR --gold DIR --corpus DIR --out MODEL.bin --meta MODEL.json [--epochs N]
//                [--hold-out PUBLISHER]

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/json_reader.hpp"
#include "extract/extractor.hpp"
#include "extract/perceptron.hpp"
#include "extract/tagger_features.hpp"
#include "ingest/file_documents.hpp"

namespace fs = std::filesystem;
using namespace bulletin;
using namespace bulletin::extract;

namespace {

struct LabelledSpan final {
    std::size_t begin = 0, end = 0;  // bytes of the extraction text
    EntityType type = EntityType::Person;
};

struct TrainingDoc final {
    std::string name;
    std::unique_ptr<RuleView> view;
    std::vector<Tag> gold;  // one per token
    int weight = 1;         // times per epoch
};

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> out;
    std::size_t at = 0;
    for (;;) {
        const auto tab = line.find('\t', at);
        out.push_back(line.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
        if (tab == std::string::npos) return out;
        at = tab + 1;
    }
}

// Token tags from byte spans over the view's tokens (tokens inside a span: the first B, the rest I).
std::vector<Tag> tagsFromSpans(const RuleView& view, std::vector<LabelledSpan> spans) {
    std::vector<Tag> tags(view.tokens.tokens.size(), Tag::O);
    std::sort(spans.begin(), spans.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
    for (const auto& s : spans) {
        bool first = true;
        for (std::size_t k = 0; k < view.tokens.tokens.size(); ++k) {
            const auto& tok = view.tokens.tokens[k];
            if (tok.begin < s.begin || tok.end > s.end) continue;
            if (tok.kind == TokenKind::Possessive) continue;
            tags[k] = first ? beginOf(s.type) : insideOf(s.type);
            first = false;
        }
    }
    return tags;
}

// ---------------------------------------------------------------- GUM

struct GumToken final {
    std::string form, upos, misc;
    int head = 0;
    bool spaceAfter = true;
};

std::optional<EntityType> gumType(const std::string& etype) {
    if (etype == "person") return EntityType::Person;
    if (etype == "organization") return EntityType::Agency;
    if (etype == "place") return EntityType::Location;
    return std::nullopt;
}

std::vector<TrainingDoc> readGum(const fs::path& dir, const Gazetteer& gz) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".conllu") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<TrainingDoc> out;
    for (const auto& file : files) {
        std::istringstream in(readFile(file));
        std::vector<std::vector<GumToken>> sentences;
        std::vector<bool> newParagraph;
        bool pendingPar = false;
        std::string line;
        std::vector<GumToken> sentence;
        while (std::getline(in, line)) {
            if (line.rfind("# newpar", 0) == 0 && line.rfind("# newpar_block", 0) != 0) pendingPar = true;
            if (line.empty()) {
                if (!sentence.empty()) {
                    sentences.push_back(std::move(sentence));
                    newParagraph.push_back(pendingPar);
                    pendingPar = false;
                    sentence.clear();
                }
                continue;
            }
            if (line[0] == '#') continue;
            const auto cols = splitTabs(line);
            if (cols.size() < 10 || cols[0].find_first_of("-.") != std::string::npos) continue;  // ranges, empty nodes
            GumToken t;
            t.form = cols[1];
            // A proper noun's word by its Penn tag too: GUM tags "New" of "The New York Times" and "United" of
            // "United Nations" ADJ/NNP, and by UPOS alone such names lost their first word.
            t.upos = cols[4] == "NNP" || cols[4] == "NNPS" ? "PROPN" : cols[3];
            t.head = std::atoi(cols[6].c_str());
            t.misc = cols[9];
            t.spaceAfter = t.misc.find("SpaceAfter=No") == std::string::npos;
            sentence.push_back(std::move(t));
        }
        if (!sentence.empty()) sentences.push_back(std::move(sentence)), newParagraph.push_back(false);
        if (sentences.size() < 2) continue;

        // Text: the first sentence is the headline, paragraphs are blank-line separated.
        Document doc;
        std::vector<std::vector<std::size_t>> offsets(sentences.size());  // byte offset of each token
        std::string body;
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            std::string& target = s == 0 ? doc.title : body;
            if (s > 0 && !body.empty()) body += newParagraph[s] ? "\n\n" : " ";
            for (std::size_t k = 0; k < sentences[s].size(); ++k) {
                offsets[s].push_back(target.size());
                target += sentences[s][k].form;
                if (sentences[s][k].spaceAfter && k + 1 < sentences[s].size()) target += ' ';
            }
        }
        doc.body = body;
        const std::size_t bodyOffset = doc.title.size() + 2;

        // Named mentions: the PROPN-headed person / place / organization mentions, flattened to their name tokens.
        std::vector<LabelledSpan> spans;
        std::vector<std::pair<std::size_t, std::size_t>> used;  // token ranges per sentence, as flat indices
        for (std::size_t s = 0; s < sentences.size(); ++s) {
            const auto& toks = sentences[s];
            struct Open final {
                std::string id;
                std::string etype;
                std::size_t start;
            };
            std::vector<Open> open;
            std::vector<std::tuple<std::size_t, std::size_t, std::string>> mentions;  // [start, end], etype
            for (std::size_t k = 0; k < toks.size(); ++k) {
                const auto at = toks[k].misc.find("Entity=");
                if (at == std::string::npos) continue;
                std::string value = toks[k].misc.substr(at + 7);
                value = value.substr(0, value.find('|'));
                for (std::size_t i = 0; i < value.size();) {
                    if (value[i] == '(') {
                        std::size_t j = i + 1;
                        while (j < value.size() && std::isdigit(static_cast<unsigned char>(value[j]))) ++j;
                        const std::string id = value.substr(i + 1, j - i - 1);
                        std::size_t e = value.find('-', j + 1);
                        const std::string etype =
                            value.substr(j + 1, e == std::string::npos ? std::string::npos : e - j - 1);
                        std::size_t stop = value.find_first_of("()", j);
                        if (stop != std::string::npos && value[stop] == ')') {
                            mentions.emplace_back(k, k, etype);  // one-token mention
                            i = stop + 1;
                        } else {
                            open.push_back({id, etype, k});
                            i = stop == std::string::npos ? value.size() : stop;
                        }
                    } else if (std::isdigit(static_cast<unsigned char>(value[i]))) {
                        std::size_t j = i;
                        while (j < value.size() && std::isdigit(static_cast<unsigned char>(value[j]))) ++j;
                        const std::string id = value.substr(i, j - i);
                        if (j < value.size() && value[j] == ')') {
                            for (auto it = open.rbegin(); it != open.rend(); ++it)
                                if (it->id == id) {
                                    mentions.emplace_back(it->start, k, it->etype);
                                    open.erase(std::next(it).base());
                                    break;
                                }
                            i = j + 1;
                        } else {
                            i = j;
                        }
                    } else {
                        ++i;
                    }
                }
            }
            for (const auto& [start, last, etype] : mentions) {
                const auto type = gumType(etype);
                if (!type) continue;
                // The head: the token whose head lies outside the mention.
                std::size_t head = start;
                for (std::size_t k = start; k <= last; ++k) {
                    const int h = toks[k].head - 1;
                    if (h < static_cast<int>(start) || h > static_cast<int>(last)) {
                        head = k;
                        break;
                    }
                }
                if (toks[head].upos != "PROPN") continue;
                // The name: the run of PROPN tokens around the head, with connectors between them.
                std::size_t a = head, b = head;
                auto connector = [&](std::size_t k) {
                    const auto& f = toks[k].form;
                    return f == "of" || f == "and" || f == "for" || f == "the" || f == "de" || f == "&";
                };
                while (a > start && (toks[a - 1].upos == "PROPN" ||
                                     (a >= start + 2 && connector(a - 1) && toks[a - 2].upos == "PROPN")))
                    a -= toks[a - 1].upos == "PROPN" ? 1 : 2;
                while (b < last && (toks[b + 1].upos == "PROPN" ||
                                    (b + 2 <= last && connector(b + 1) && toks[b + 2].upos == "PROPN")))
                    b += toks[b + 1].upos == "PROPN" ? 1 : 2;
                // A person's title is not part of the name ("Professor Cres Eastman").
                if (*type == EntityType::Person)
                    while (a < b && gz.isTitle(toks[a].form)) ++a;
                const std::size_t base = s == 0 ? 0 : bodyOffset;
                spans.push_back({base + offsets[s][a], base + offsets[s][b] + toks[b].form.size(), *type});
            }
        }
        // Nested names: the outer one wins ("University of Sydney" over "Sydney").
        std::sort(spans.begin(), spans.end(),
                  [](const auto& x, const auto& y) { return x.end - x.begin > y.end - y.begin; });
        std::vector<LabelledSpan> flat;
        for (const auto& sp : spans)
            if (std::none_of(flat.begin(), flat.end(),
                             [&](const auto& f) { return f.begin < sp.end && sp.begin < f.end; }))
                flat.push_back(sp);
        TrainingDoc d;
        d.name = file.stem().string();
        d.view = ruleView(doc, gz);
        d.gold = tagsFromSpans(*d.view, flat);
        out.push_back(std::move(d));
    }
    return out;
}

// ---------------------------------------------------------------- gold releases

std::vector<std::string> wordsOf(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream in(s);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// The strings of a gold entity to look for in the text: a person's aliases lose the titles before the name
// ("Mr. Kapinos" -> "Kapinos"), an agency's "Full Name (ACR)" gives both parts, a leading "the" goes.
std::vector<std::string> surfaceForms(const json::Value& e, EntityType type) {
    std::vector<std::string> forms{e["name"].string()};
    for (const auto& a : e["aliases"].array()) forms.push_back(a.string());
    std::vector<std::string> out;
    const auto nameWords = wordsOf(e["name"].string());
    for (auto f : forms) {
        if (type == EntityType::Agency) {
            if (const auto open = f.find(" ("); open != std::string::npos && f.back() == ')') {
                out.push_back(f.substr(open + 2, f.size() - open - 3));
                f = f.substr(0, open);
            }
        }
        if (type == EntityType::Person) {
            auto w = wordsOf(f);
            std::size_t k = 0;
            while (k + 1 < w.size() && std::find(nameWords.begin(), nameWords.end(), w[k]) == nameWords.end()) ++k;
            std::string joined;
            for (std::size_t i = k; i < w.size(); ++i) joined += (i > k ? " " : "") + w[i];
            f = joined;
        }
        if (f.rfind("the ", 0) == 0 || f.rfind("The ", 0) == 0) f = f.substr(4);
        if (!f.empty()) out.push_back(f);
    }
    return out;
}

std::vector<TrainingDoc> readGoldReleases(const fs::path& goldDir, const fs::path& corpus, const Gazetteer& gz,
                                          const std::string& holdOut) {
    std::vector<std::pair<fs::path, fs::path>> pairs;  // gold, text
    for (const auto& pub : fs::directory_iterator(goldDir)) {
        if (!pub.is_directory() || pub.path().filename() == holdOut) continue;
        for (const auto& g : fs::directory_iterator(pub.path()))
            if (g.path().extension() == ".json")
                pairs.emplace_back(g.path(), corpus / pub.path().filename() / (g.path().stem().string() + ".txt"));
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<std::string> texts;
    for (const auto& [g, t] : pairs) texts.push_back(t.string());
    const auto built = ingest::buildFileDocuments(texts, 20 << 20);
    std::vector<TrainingDoc> out;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const auto* doc = std::get_if<Document>(&built[i].built);
        if (!doc) {
            std::fprintf(stderr, "skipped (not readable): %s\n", pairs[i].second.c_str());
            continue;
        }
        const auto gold = json::parse(readFile(pairs[i].first));
        TrainingDoc d;
        d.name = pairs[i].first.stem().string();
        d.view = ruleView(*doc, gz);
        d.weight = 3;  // press releases are the domain: they count three times against GUM's genres
        struct Form final {
            std::string text;
            EntityType type;
        };
        std::vector<Form> forms;
        const std::pair<const char*, EntityType> kinds[] = {
            {"people", EntityType::Person}, {"agencies", EntityType::Agency}, {"locations", EntityType::Location}};
        for (const auto& [key, type] : kinds)
            for (const auto& e : gold[key].array())
                for (auto& f : surfaceForms(e, type)) forms.push_back({f, type});
        std::sort(forms.begin(), forms.end(), [](const Form& a, const Form& b) {
            return a.text.size() != b.text.size() ? a.text.size() > b.text.size() : a.text < b.text;
        });
        const auto& toks = d.view->tokens.tokens;
        std::set<std::size_t> starts, ends;
        for (const auto& t : toks) starts.insert(t.begin), ends.insert(t.end);
        std::vector<LabelledSpan> spans;
        for (const auto& f : forms) {
            for (std::size_t at = d.view->text.find(f.text); at != std::string::npos;
                 at = d.view->text.find(f.text, at + 1)) {
                const std::size_t end = at + f.text.size();
                if (!starts.count(at) || !ends.count(end)) continue;
                if (std::any_of(spans.begin(), spans.end(), [&](const auto& s) { return s.begin < end && at < s.end; }))
                    continue;
                spans.push_back({at, end, f.type});
            }
        }
        d.gold = tagsFromSpans(*d.view, spans);
        out.push_back(std::move(d));
    }
    return out;
}

// ---------------------------------------------------------------- training

struct Pass final {
    std::size_t tokens = 0, correct = 0;
};

// Greedy decoding with the trainer's current weights; each token's decision is a training example.
// The rules' proposals with each span left out at the given rate: the rules were written while reading the tuning
// releases, so on them their proposals are better than on text nobody read; leaving some out keeps the tagger
// from leaning on them more than they deserve on unseen text.
std::vector<Tag> droppedHints(const std::vector<Tag>& hints, double rate, std::mt19937_64& rng) {
    std::vector<Tag> out = hints;
    if (rate <= 0) return out;
    bool dropping = false;
    for (auto& tag : out) {
        if (isBegin(tag))
            dropping = static_cast<double>(rng() % 1000000) < rate * 1000000.0;
        else if (tag == Tag::O)
            dropping = false;
        if (dropping) tag = Tag::O;
    }
    return out;
}

Pass trainDoc(PerceptronTrainer& trainer, const TrainingDoc& d, const Gazetteer& gz, const std::vector<Tag>& hints) {
    const TaggerInput input{&d.view->tokens, d.view->bodyOffset, hints};
    const TaggerFeatures features(input, gz);
    Pass pass;
    std::vector<std::uint64_t> f;
    TagScores scores{};
    Tag previous = Tag::O, beforePrevious = Tag::O;
    for (std::size_t i = 0; i < d.gold.size(); ++i) {
        if (features.segmentStart(i)) previous = beforePrevious = Tag::O;
        if (!features.zone()[i]) {
            beforePrevious = previous;
            previous = Tag::O;
            continue;
        }
        features.features(i, previous, beforePrevious, f);
        trainer.scores(f, scores);
        std::size_t best = 0;
        float bestScore = -1e30f;
        for (std::size_t c = 0; c < kTagCount; ++c)
            if (allowedAfter(previous, static_cast<Tag>(c)) && scores[c] > bestScore) best = c, bestScore = scores[c];
        Tag truth = d.gold[i];
        if (!allowedAfter(previous, truth)) truth = beginOf(*typeOf(truth));  // after a wrong guess
        const Tag guess = static_cast<Tag>(best);
        trainer.observe(f);
        trainer.update(f, truth, guess);
        trainer.tick();
        ++pass.tokens;
        if (guess == d.gold[i]) ++pass.correct;
        beforePrevious = previous;
        previous = guess;
    }
    return pass;
}

// The temperature that makes the model's probabilities best match the training labels (negative log-likelihood
// over the zone tokens, gold previous tags).
float calibrate(const PerceptronModel& model, const std::vector<TrainingDoc>& docs, const Gazetteer& gz) {
    std::vector<std::pair<TagScores, std::pair<Tag, Tag>>> examples;  // scores, (previous, truth)
    std::vector<std::uint64_t> f;
    for (const auto& d : docs) {
        const TaggerInput input{&d.view->tokens, d.view->bodyOffset, d.view->hints};
        const TaggerFeatures features(input, gz);
        Tag previous = Tag::O, beforePrevious = Tag::O;
        for (std::size_t i = 0; i < d.gold.size(); ++i) {
            if (features.segmentStart(i)) previous = beforePrevious = Tag::O;
            if (features.zone()[i]) {
                features.features(i, previous, beforePrevious, f);
                TagScores s{};
                model.scores(f, s);
                if (allowedAfter(previous, d.gold[i])) examples.push_back({s, {previous, d.gold[i]}});
            }
            beforePrevious = previous;
            previous = features.zone()[i] ? d.gold[i] : Tag::O;
        }
    }
    float best = 1, bestLoss = 1e30f;
    for (float t = 0.25f; t <= 64; t *= 1.25f) {
        double loss = 0;
        TagScores p{};
        for (const auto& [s, pt] : examples) {
            tagProbabilities(s, pt.first, t, p);
            loss -= std::log(std::max(1e-9f, p[static_cast<std::size_t>(pt.second)]));
        }
        if (loss < bestLoss) bestLoss = static_cast<float>(loss), best = t;
    }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    fs::path gum, gold, corpus, outModel, outMeta;
    int epochs = 12;
    double hintDropout = 0.15;
    int bags =
        30;  // orders averaged: 3 left seed-to-seed differences in 1 release in 7 of the tuning folders, 30 in 1 in 18
    std::uint64_t seed = 20261130;  // the first order's; order k uses seed + k
    std::string holdOut;            // a publisher of the gold set left out (leave-one-publisher-out cross-validation)
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--gum")
            gum = argv[i + 1];
        else if (a == "--gold")
            gold = argv[i + 1];
        else if (a == "--corpus")
            corpus = argv[i + 1];
        else if (a == "--out")
            outModel = argv[i + 1];
        else if (a == "--meta")
            outMeta = argv[i + 1];
        else if (a == "--epochs")
            epochs = std::atoi(argv[i + 1]);
        else if (a == "--hold-out")
            holdOut = argv[i + 1];
        else if (a == "--hint-dropout")
            hintDropout = std::atof(argv[i + 1]);
        else if (a == "--orders")
            bags = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--seed")
            seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    if (gum.empty() || gold.empty() || corpus.empty() || outModel.empty() || outMeta.empty()) {
        std::fprintf(stderr,
                     "usage: train_tagger --gum DIR --gold DIR --corpus DIR --out MODEL.bin --meta MODEL.json "
                     "[--epochs N] [--orders N] [--seed N] [--hint-dropout RATE] [--hold-out PUBLISHER]\n");
        return 2;
    }
    const auto t0 = std::chrono::steady_clock::now();
    const Gazetteer& gz = Gazetteer::shared();
    auto docs = readGum(gum, gz);
    const std::size_t gumDocs = docs.size();
    auto releases = readGoldReleases(gold, corpus, gz, holdOut);
    const std::size_t releaseDocs = releases.size();
    for (auto& r : releases) docs.push_back(std::move(r));
    std::size_t tokens = 0, names = 0;
    for (const auto& d : docs) {
        tokens += d.gold.size();
        names +=
            static_cast<std::size_t>(std::count_if(d.gold.begin(), d.gold.end(), [](Tag t) { return isBegin(t); }));
    }
    std::fprintf(stderr, "training on %zu GUM documents and %zu gold releases: %zu tokens, %zu names\n", gumDocs,
                 releaseDocs, tokens, names);

    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < docs.size(); ++i)
        for (int w = 0; w < docs[i].weight; ++w) order.push_back(i);
    // Several trainers, each seeing the examples in its own order; the model is their mean (bagging over orders).
    std::vector<std::vector<std::pair<std::uint64_t, TagScores>>> bagged;
    double lastAccuracy = 0;
    for (int bag = 0; bag < bags; ++bag) {
        std::mt19937_64 rng(seed + static_cast<std::uint64_t>(bag));
        PerceptronTrainer trainer;
        for (int epoch = 1; epoch <= epochs; ++epoch) {
            // Fisher-Yates with the engine's raw output: the same order on every platform.
            for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
            Pass total;
            for (const auto i : order) {
                const Pass p = trainDoc(trainer, docs[i], gz, droppedHints(docs[i].view->hints, hintDropout, rng));
                total.tokens += p.tokens;
                total.correct += p.correct;
            }
            lastAccuracy =
                static_cast<double>(total.correct) / static_cast<double>(std::max<std::size_t>(1, total.tokens));
            std::fprintf(stderr, "order %d, epoch %2d: %zu decisions, %.4f right\n", bag + 1, epoch, total.tokens,
                         lastAccuracy);
        }
        bagged.push_back(trainer.averagedWeights(2, 0.01f));
    }
    PerceptronModel model;
    model.build(meanWeights(bagged));
    model.setTemperature(calibrate(model, docs, gz));
    if (!model.save(outModel)) {
        std::fprintf(stderr, "cannot write %s\n", outModel.c_str());
        return 1;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::ofstream meta(outMeta);
    meta << "{\n"
         << " \"model\": \"averaged perceptron name tagger (BIO: person, organisation, place), greedy decoding\",\n"
         << " \"trained_by\": \"scripts/train-tagger\",\n"
         << " \"training_data\": [\n"
         << "  {\"name\": \"GUM V11.1.0 (openly licensed genres: academic, bio, court, interview, news, voyage)\","
            " \"documents\": "
         << gumDocs
         << ", \"licence\": \"text CC BY 4.0 / CC BY-SA 3.0 / CC BY 2.5 per genre;"
            " annotations CC BY 4.0\", \"citation\": \"Zeldes (2017), The GUM Corpus, LRE 51(3):581-612\"},\n"
         << "  {\"name\": \"Bulletin development gold set, tuning part (tests/eval/gold/tuning)\", \"documents\": "
         << releaseDocs << ", \"licence\": \"annotations: the project's; texts read from ../shared/corpus\"}\n"
         << " ],\n"
         << " \"tokens\": " << tokens << ", \"names\": " << names << ", \"epochs\": " << epochs
         << ", \"orders\": " << bags << ", \"hint_dropout\": " << hintDropout << ",\n"
         << " \"features\": " << model.featureCount() << ", \"temperature\": " << model.temperature() << ",\n"
         << " \"last_epoch_token_accuracy\": " << lastAccuracy << ",\n"
         << " \"training_seconds\": " << static_cast<int>(seconds) << "\n"
         << "}\n";
    std::fprintf(stderr, "wrote %s (%zu features, temperature %.2f) in %.0f s\n", outModel.c_str(),
                 model.featureCount(), static_cast<double>(model.temperature()), seconds);
    return 0;
}
