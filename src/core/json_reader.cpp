#include "json_reader.hpp"

#include <cstdlib>

#include "text.hpp"

namespace bulletin::json {

namespace {

const Value kNull;
const Array kEmptyArray;
const Object kEmptyObject;

// Nesting deeper than this is refused: recursion depth is bounded by the input otherwise.
constexpr int kMaxDepth = 256;

class Parser final {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    Value document() {
        Value v = value(0);
        skipSpace();
        if (i_ != s_.size()) fail("trailing characters after the value");
        return v;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw JsonError("JSON: " + what + " at byte " + std::to_string(i_));
    }

    void skipSpace() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
    }

    bool consume(std::string_view word) {
        if (s_.substr(i_, word.size()) != word) return false;
        i_ += word.size();
        return true;
    }

    Value value(int depth) {
        if (depth > kMaxDepth) fail("nesting too deep");
        skipSpace();
        if (i_ >= s_.size()) fail("unexpected end");
        const char c = s_[i_];
        if (c == '{') return object(depth);
        if (c == '[') return array(depth);
        if (c == '"') return Value(string());
        if (consume("true")) return Value(true);
        if (consume("false")) return Value(false);
        if (consume("null")) return Value();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        fail(std::string("unexpected character '") + c + "'");
    }

    Value object(int depth) {
        ++i_;
        Object out;
        skipSpace();
        if (i_ < s_.size() && s_[i_] == '}') {
            ++i_;
            return Value(std::move(out));
        }
        for (;;) {
            skipSpace();
            if (i_ >= s_.size() || s_[i_] != '"') fail("expected a key");
            std::string key = string();
            skipSpace();
            if (i_ >= s_.size() || s_[i_] != ':') fail("expected ':'");
            ++i_;
            out.emplace_back(std::move(key), value(depth + 1));
            skipSpace();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < s_.size() && s_[i_] == '}') {
                ++i_;
                return Value(std::move(out));
            }
            fail("expected ',' or '}'");
        }
    }

    Value array(int depth) {
        ++i_;
        Array out;
        skipSpace();
        if (i_ < s_.size() && s_[i_] == ']') {
            ++i_;
            return Value(std::move(out));
        }
        for (;;) {
            out.push_back(value(depth + 1));
            skipSpace();
            if (i_ < s_.size() && s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (i_ < s_.size() && s_[i_] == ']') {
                ++i_;
                return Value(std::move(out));
            }
            fail("expected ',' or ']'");
        }
    }

    Value number() {
        const std::size_t start = i_;
        if (s_[i_] == '-') ++i_;
        while (i_ < s_.size() && ((s_[i_] >= '0' && s_[i_] <= '9') || s_[i_] == '.' || s_[i_] == 'e' ||
                                  s_[i_] == 'E' || s_[i_] == '+' || s_[i_] == '-'))
            ++i_;
        const std::string digits(s_.substr(start, i_ - start));
        char* end = nullptr;
        const double d = std::strtod(digits.c_str(), &end);
        if (end != digits.c_str() + digits.size() || digits == "-") fail("malformed number");
        return Value(d);
    }

    unsigned hex4() {
        if (i_ + 4 > s_.size()) fail("short \\u escape");
        unsigned v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s_[i_++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            else fail("bad \\u escape");
        }
        return v;
    }

    std::string string() {
        ++i_;  // opening quote
        std::string out;
        for (;;) {
            if (i_ >= s_.size()) fail("unterminated string");
            const char c = s_[i_++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) fail("unterminated escape");
            switch (const char e = s_[i_++]) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    unsigned cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
                        i_ += 2;
                        const unsigned low = hex4();
                        if (low >= 0xDC00 && low < 0xE000) cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        else cp = 0xFFFD;
                    } else if (cp >= 0xD800 && cp < 0xE000) {
                        cp = 0xFFFD;  // a lone surrogate becomes the replacement character
                    }
                    text::appendUtf8(out, cp);
                    break;
                }
                default: fail(std::string("bad escape '\\") + e + "'");
            }
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

}  // namespace

std::string Value::string(std::string fallback) const {
    if (const auto* s = std::get_if<std::string>(&v_)) return *s;
    return fallback;
}

double Value::number(double fallback) const {
    if (const auto* d = std::get_if<double>(&v_)) return *d;
    return fallback;
}

const Array& Value::array() const {
    if (const auto* a = std::get_if<std::shared_ptr<Array>>(&v_)) return **a;
    return kEmptyArray;
}

const Object& Value::object() const {
    if (const auto* o = std::get_if<std::shared_ptr<Object>>(&v_)) return **o;
    return kEmptyObject;
}

const Value& Value::operator[](std::string_view key) const {
    for (const auto& [k, v] : object())
        if (k == key) return v;
    return kNull;
}

Value parse(std::string_view text) { return Parser(text).document(); }

}  // namespace bulletin::json
