#include "query_parser.hpp"

#include "light_stemmer.hpp"

#include <algorithm>
#include <memory>

#include "core/date_value.hpp"
#include "core/text.hpp"

namespace bulletin::search {

namespace {

enum class TokenKind { Word, Phrase, Or, Not, Minus, Open, Close, Field, End };

struct Token final {
    TokenKind kind = TokenKind::End;
    std::string text;   // word, phrase content, or field value
    std::string field;  // for Field
    bool prefix = false;
    std::size_t pos = 0;
    std::size_t end = 0;  // byte after the token (set for Field)
    bool stem = false;    // ~word: the word's forms (light English stemming, searched as a prefix)
};

// Curly and other typographic quotes become ASCII quotes before lexing, control characters spaces; padding keeps
// byte offsets stable.
std::string straightenQuotes(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
            (s[i + 2] == '\x9C' || s[i + 2] == '\x9D' || s[i + 2] == '\x9E')) {
            out += "\"  ";
            i += 2;
        } else if (i + 1 < s.size() && s[i] == '\xC2' && (s[i + 1] == '\xAB' || s[i + 1] == '\xBB')) {
            out += "\" ";
            ++i;
        } else if (static_cast<unsigned char>(s[i]) < 0x20 || s[i] == '\x7F') {
            // Control characters (NUL above all: FTS5 reads its expression as a C string) separate words.
            out.push_back(' ');
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

bool isKnownField(std::string_view f) {
    return f == "title" || f == "path" || f == "date" || f == "held" || f == "person" || f == "agency" || f == "location" ||
           f == "kind" || f == "is" || f == "has" || f == "tag" || f == "note";
}

class Lexer final {
public:
    Lexer(std::string_view s, std::vector<QueryNotice>& notices) : s_(s), notices_(notices) {}

    std::vector<Token> run() {
        std::vector<Token> out;
        while (true) {
            skipSpace();
            if (i_ >= s_.size()) break;
            const std::size_t start = i_;
            const char c = s_[i_];
            if (c == '(') {
                out.push_back({TokenKind::Open, "", "", false, start});
                ++i_;
            } else if (c == ')') {
                out.push_back({TokenKind::Close, "", "", false, start});
                ++i_;
            } else if (c == '"') {
                out.push_back({TokenKind::Phrase, quoted(), "", false, start});
                if (i_ < s_.size() && s_[i_] == '*') {
                    out.back().prefix = true;
                    ++i_;
                }
            } else if (c == '-' && i_ + 1 < s_.size() && s_[i_ + 1] != ' ') {
                out.push_back({TokenKind::Minus, "", "", false, start});
                ++i_;
            } else {
                std::string word = bareWord();
                const auto colon = word.find(':');
                if (colon != std::string::npos && colon > 0 && isKnownField(text::toLowerAscii(word.substr(0, colon)))) {
                    Token t{TokenKind::Field, word.substr(colon + 1), text::toLowerAscii(word.substr(0, colon)), false,
                            start};
                    if (t.text.empty() && i_ < s_.size() && s_[i_] == '"') t.text = quoted();
                    t.end = i_;
                    if (t.text.empty())
                        notices_.push_back({start, "'" + t.field + ":' needs a value; ignored", false});
                    else
                        out.push_back(std::move(t));
                    continue;
                }
                if (word == "OR" || word == "|") {
                    out.push_back({TokenKind::Or, "", "", false, start});
                } else if (word == "NOT") {
                    out.push_back({TokenKind::Not, "", "", false, start});
                } else if (word == "AND" || word == "&") {
                    continue;  // AND is the default
                } else {
                    Token t{TokenKind::Word, word, "", false, start};
                    if (t.text.size() > 1 && t.text.front() == '~') {
                        t.text.erase(0, 1);
                        t.stem = true;
                    }
                    while (!t.text.empty() && t.text.back() == '*') {
                        t.text.pop_back();
                        t.prefix = true;
                    }
                    if (t.text.empty()) {
                        notices_.push_back({start, "a lone '*' is not a word; ignored", false});
                        continue;
                    }
                    out.push_back(std::move(t));
                }
            }
        }
        out.push_back({TokenKind::End, "", "", false, s_.size()});
        return out;
    }

private:
    void skipSpace() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }

    std::string quoted() {
        const std::size_t open = i_++;
        std::string out;
        while (i_ < s_.size() && s_[i_] != '"') out.push_back(s_[i_++]);
        if (i_ >= s_.size()) notices_.push_back({open, "closing quote added for the quote opened here", false});
        else ++i_;
        return std::string(text::trim(out));
    }

    std::string bareWord() {
        std::string out;
        while (i_ < s_.size() && s_[i_] != ' ' && s_[i_] != '\t' && s_[i_] != '\n' && s_[i_] != '\r' &&
               s_[i_] != '(' && s_[i_] != ')' && s_[i_] != '"') {
            out.push_back(s_[i_++]);
        }
        if (out.empty()) out.push_back(s_[i_++]);
        return out;
    }

    std::string_view s_;
    std::vector<QueryNotice>& notices_;
    std::size_t i_ = 0;
};

// AST
struct Node {
    enum class Type { Term, And, Or, Not } type = Type::Term;
    store::TextQuery term;  // Type::Term
    std::vector<std::unique_ptr<Node>> children;
    std::size_t pos = 0;    // where the node starts in the query text (for notices)
};
using NodePtr = std::unique_ptr<Node>;

class Parser final {
public:
    Parser(std::vector<Token> tokens, QueryPlan& plan) : t_(std::move(tokens)), plan_(plan) {}

    NodePtr parse() {
        NodePtr n = parseOr(0);
        while (peek().kind != TokenKind::End) {
            if (peek().kind == TokenKind::Close) plan_.notices.push_back({peek().pos, "unmatched ')' ignored", false});
            ++i_;
            auto more = parseOr(0);
            n = combine(Node::Type::And, std::move(n), std::move(more));
        }
        return n;
    }

private:
    const Token& peek() const { return t_[i_]; }

    static NodePtr combine(Node::Type type, NodePtr a, NodePtr b) {
        if (!a) return b;
        if (!b) return a;
        auto n = std::make_unique<Node>();
        n->type = type;
        n->pos = a->pos;
        n->children.push_back(std::move(a));
        n->children.push_back(std::move(b));
        return n;
    }

    NodePtr parseOr(int depth) {
        NodePtr left = parseAnd(depth);
        while (peek().kind == TokenKind::Or) {
            const auto pos = peek().pos;
            ++i_;
            NodePtr right = parseAnd(depth);
            if (!left || !right) {
                plan_.notices.push_back({pos, "'OR' needs a term on both sides; ignored", false});
                left = left ? std::move(left) : std::move(right);
            } else {
                left = combine(Node::Type::Or, std::move(left), std::move(right));
            }
        }
        return left;
    }

    NodePtr parseAnd(int depth) {
        NodePtr acc;
        while (true) {
            const TokenKind k = peek().kind;
            if (k == TokenKind::End || k == TokenKind::Or) break;
            if (k == TokenKind::Close) {
                if (depth > 0) break;
                plan_.notices.push_back({peek().pos, "unmatched ')' ignored", false});
                ++i_;
                continue;
            }
            NodePtr u = parseUnary(depth, false);
            if (u) acc = combine(Node::Type::And, std::move(acc), std::move(u));
        }
        return acc;
    }

    // Groups and exclusions nest at most this deep: FTS5's own parser overflows its stack not far beyond (found by
    // fuzz_query), and so would this recursive parser on a query of thousands of '('.
    static constexpr int kMaxNesting = 16;

    bool enterNesting(std::size_t pos) {
        if (nesting_ < kMaxNesting) {
            ++nesting_;
            return true;
        }
        plan_.notices.push_back({pos, "groups and exclusions nest more than " + std::to_string(kMaxNesting) +
                                          " deep here; simplify the query", true});
        i_ = t_.size() - 1;  // the query cannot run: stop at its end (the End token)
        return false;
    }

    NodePtr parseUnary(int depth, bool negated) {
        const Token& tok = peek();
        if (tok.kind == TokenKind::Not || tok.kind == TokenKind::Minus) {
            const auto pos = tok.pos;
            ++i_;
            if (peek().kind == TokenKind::End || peek().kind == TokenKind::Or || peek().kind == TokenKind::Close) {
                plan_.notices.push_back({pos, "'NOT' or '-' needs a term after it; ignored", false});
                return nullptr;
            }
            if (!enterNesting(pos)) return nullptr;
            NodePtr inner = parseUnary(depth, !negated);
            --nesting_;
            if (!inner) return nullptr;
            auto n = std::make_unique<Node>();
            n->type = Node::Type::Not;
            n->pos = pos;
            n->children.push_back(std::move(inner));
            return n;
        }
        return parsePrimary(depth, negated);
    }

    NodePtr parsePrimary(int depth, bool negated) {
        const Token tok = peek();
        ++i_;
        switch (tok.kind) {
            case TokenKind::Open: {
                if (!enterNesting(tok.pos)) return nullptr;
                NodePtr inner = parseOr(depth + 1);
                --nesting_;
                if (peek().kind == TokenKind::Close) ++i_;
                else plan_.notices.push_back({tok.pos, "closing ')' added for the '(' opened here", false});
                return inner;
            }
            case TokenKind::Word:
            case TokenKind::Phrase: {
                if (tok.text.empty()) return nullptr;
                if (!negated) plan_.highlightTerms.push_back(tok.text);
                if (tok.stem) return term(store::TextQuery::term(lightStem(tok.text), true), tok.pos);
                return term(store::TextQuery::term(tok.text, tok.prefix), tok.pos);
            }
            case TokenKind::Field: return field(tok, negated, depth);
            default: return nullptr;
        }
    }

    static NodePtr term(store::TextQuery q, std::size_t pos) {
        auto n = std::make_unique<Node>();
        n->term = std::move(q);
        n->pos = pos;
        return n;
    }

    NodePtr field(const Token& tok, bool negated, int depth) {
        if (tok.field == "title") {
            if (!negated) plan_.highlightTerms.push_back(tok.text);
            return term(store::TextQuery::term(tok.text, false, store::TextField::Title), tok.pos);
        }
        if (depth > 0 || negated) {
            if (tok.field == "date" || tok.field == "held" || tok.field == "path") {
                plan_.notices.push_back({tok.pos, "'" + tok.field + ":' filters apply to the whole query; cannot be "
                                                  "negated or grouped",
                                         true});
                return nullptr;
            }
        }
        if (tok.field == "is" || tok.field == "has" || tok.field == "tag" || tok.field == "note") {
            markFilter(tok, negated);
        } else if (tok.field == "date") {
            dateFilter(tok, plan_.dateFrom, plan_.dateTo);
        } else if (tok.field == "held") {
            dateFilter(tok, plan_.heldFrom, plan_.heldTo);
        } else if (tok.field == "path") {
            std::string like = "%";
            for (char c : tok.text) {
                if (c == '%' || c == '_' || c == '\\') like.push_back('\\');
                like.push_back(c == '*' ? '%' : c);
            }
            like += "%";
            plan_.pathLike = like;
        } else {
            plan_.entityFilters.push_back({tok.field, tok.text, negated, tok.pos});
        }
        return nullptr;
    }

    // is:starred, has:tag, has:note, tag:X, note:word (the analyst's marks, store/marks.hpp).
    void markFilter(const Token& tok, bool negated) {
        const std::string value = text::toLowerAscii(text::trim(tok.text));
        std::optional<store::MarkFilter> filter;
        if (tok.field == "is" && value == "starred") filter = store::MarkFilter::Starred;
        else if (tok.field == "has" && (value == "tag" || value == "tags")) filter = store::MarkFilter::AnyTag;
        else if (tok.field == "has" && (value == "note" || value == "notes")) filter = store::MarkFilter::AnyNote;
        else if (tok.field == "tag" && !value.empty()) filter = store::MarkFilter::Tag;
        else if (tok.field == "note" && !value.empty()) filter = store::MarkFilter::NoteText;
        if (!filter) {
            const char* expected = tok.field == "is"    ? "'is:starred'"
                                   : tok.field == "has" ? "'has:tag' or 'has:note'"
                                                        : "a value, as in tag:\"to verify\" or note:word";
            plan_.notices.push_back(
                {tok.pos, "'" + tok.field + ":" + tok.text + "' is not a filter; expected " + expected, true});
            return;
        }
        plan_.markFilters.push_back({{*filter, std::string(text::trim(tok.text)), negated}, tok.pos});
    }

    // date: (the release's publication date) and held: (a reported event's date) read the same forms.
    void dateFilter(const Token& tok, std::optional<std::string>& dateFrom, std::optional<std::string>& dateTo) {
        std::string_view v = tok.text;
        auto bad = [&](const std::string& why) {
            plan_.notices.push_back({tok.pos, tok.field + " filter '" + tok.text + "': " + why, true});
        };
        auto parseBound = [&](std::string_view s) -> std::optional<DateValue> { return DateValue::fromIso(s); };
        if (v.size() > 1 && (v[0] == '>' || v[0] == '<')) {
            const bool greater = v[0] == '>';
            const bool inclusive = v.size() > 2 && v[1] == '=';
            auto d = parseBound(v.substr(inclusive ? 2 : 1));
            if (!d) return bad("expected a date like 2020, 2020-05 or 2020-05-31 after '" +
                               std::string(v.substr(0, inclusive ? 2 : 1)) + "'");
            if (greater) dateFrom = inclusive ? d->firstDay().iso() : d->lastDay().plusDays(1).iso();
            else dateTo = inclusive ? d->lastDay().iso() : d->firstDay().plusDays(-1).iso();
            return;
        }
        const auto dots = v.find("..");
        if (dots != std::string_view::npos) {
            auto from = dots == 0 ? std::optional<DateValue>{} : parseBound(v.substr(0, dots));
            auto to = dots + 2 >= v.size() ? std::optional<DateValue>{} : parseBound(v.substr(dots + 2));
            if ((dots != 0 && !from) || (dots + 2 < v.size() && !to))
                return bad("expected FROM..TO with dates like 2018-05..2019-12");
            if (from) dateFrom = from->firstDay().iso();
            if (to) dateTo = to->lastDay().iso();
            if (from && to && to->lastDay() < from->firstDay()) bad("the range ends before it starts");
            return;
        }
        auto d = parseBound(v);
        if (!d) return bad("expected a date like 2018, 2018-05, 2018-05-25 or a range 2018-05..2019-12");
        dateFrom = d->firstDay().iso();
        dateTo = d->lastDay().iso();
    }

    std::vector<Token> t_;
    QueryPlan& plan_;
    std::size_t i_ = 0;
    int nesting_ = 0;
};

// The parse tree in the store's normal form: an AND chain becomes one All of its wanted and excluded parts.
// `onlyNegative` is set when the node wants nothing and only excludes ("-a", "NOT (a OR b)"): such a node means
// something only beside a wanted term, and engines cannot run it alone (FTS5's NOT is binary).
store::TextQuery normalise(const Node& n, QueryPlan& plan, bool& onlyNegative) {
    switch (n.type) {
        case Node::Type::Term: onlyNegative = false; return n.term;
        case Node::Type::Or: {
            std::vector<store::TextQuery> alternatives;
            for (const auto& c : n.children) {
                bool negative = true;
                auto q = normalise(*c, plan, negative);
                if (negative) {
                    plan.notices.push_back({c->pos, "an OR alternative made only of excluded words was dropped", false});
                    continue;
                }
                if (!q.empty()) alternatives.push_back(std::move(q));
            }
            onlyNegative = alternatives.empty();
            return store::TextQuery::any(std::move(alternatives));
        }
        case Node::Type::And: {
            // Flatten the AND chain into wanted and excluded parts.
            std::vector<const Node*> items;
            std::vector<const Node*> stack{&n};
            while (!stack.empty()) {
                const Node* x = stack.back();
                stack.pop_back();
                if (x->type == Node::Type::And)
                    for (auto it = x->children.rbegin(); it != x->children.rend(); ++it) stack.push_back(it->get());
                else
                    items.push_back(x);
            }
            std::vector<store::TextQuery> wanted, excluded;
            for (const Node* x : items) {
                bool negative = true;
                if (x->type == Node::Type::Not) {
                    auto q = normalise(*x->children[0], plan, negative);
                    if (!q.empty()) excluded.push_back(std::move(q));
                    continue;
                }
                auto q = normalise(*x, plan, negative);
                if (negative) {
                    // A group that only excludes ("a (-b -c)") excludes from this one.
                    for (auto& e : q.excluded) excluded.push_back(std::move(e));
                } else if (!q.empty()) {
                    wanted.push_back(std::move(q));
                }
            }
            onlyNegative = wanted.empty();
            return store::TextQuery::all(std::move(wanted), std::move(excluded));
        }
        case Node::Type::Not: {
            bool ignored = true;
            auto inner = normalise(*n.children[0], plan, ignored);
            onlyNegative = true;
            return store::TextQuery::all({}, {std::move(inner)});
        }
    }
    return {};
}

}  // namespace

bool QueryPlan::hasErrors() const {
    for (const auto& n : notices)
        if (n.error) return true;
    return false;
}

std::vector<FilterTerm> filterTerms(std::string_view input) {
    std::vector<QueryNotice> ignored;
    const std::string text = straightenQuotes(input);
    const auto tokens = Lexer(text, ignored).run();
    std::vector<FilterTerm> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::Field) continue;
        const bool negated = i > 0 && tokens[i - 1].kind == TokenKind::Minus;
        // A closing curly quote was straightened into '"' plus padding: end after the whole character.
        std::size_t end = std::min(tokens[i].end, input.size());
        while (end < input.size() && (static_cast<unsigned char>(input[end]) & 0xC0) == 0x80) ++end;
        out.push_back({tokens[i].field, tokens[i].text, negated, negated ? tokens[i - 1].pos : tokens[i].pos, end});
    }
    return out;
}

std::string withoutRange(std::string_view text, std::size_t begin, std::size_t end) {
    begin = std::min(begin, text.size());
    end = std::clamp(end, begin, text.size());
    auto isSpace = [](char c) { return c == ' ' || c == '\t'; };
    std::string_view head = text.substr(0, begin), after = text.substr(end);
    while (!head.empty() && isSpace(head.back())) head.remove_suffix(1);
    while (!after.empty() && isSpace(after.front())) after.remove_prefix(1);
    std::string before(head);
    if (!before.empty() && !after.empty()) before += ' ';
    return before + std::string(after);
}

std::string withDateFilter(std::string_view text, const std::string& range, const std::string& field) {
    std::string rest(text);
    const auto terms = filterTerms(text);
    // Last to first, so that the earlier terms' offsets stay valid.
    for (auto it = terms.rbegin(); it != terms.rend(); ++it)
        if (it->field == field && !it->negated) rest = withoutRange(rest, it->begin, it->end);
    return rest.empty() ? field + ":" + range : rest + " " + field + ":" + range;
}

QueryPlan parseQuery(std::string_view input) {
    QueryPlan plan;
    const std::string text = straightenQuotes(input);
    Lexer lexer(text, plan.notices);
    Parser parser(lexer.run(), plan);
    NodePtr root = parser.parse();
    if (root) {
        bool onlyNegative = false;
        auto text = normalise(*root, plan, onlyNegative);
        if (onlyNegative && !text.empty()) {
            plan.notices.push_back(
                {root->pos, "a query cannot consist only of excluded words; add a word to search for", true});
        } else {
            plan.text = std::move(text);
        }
    }
    return plan;
}

}  // namespace bulletin::search
