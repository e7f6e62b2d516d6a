#pragma once
// A small JSON reader (RFC 8259) for the files Bulletin reads back: gold annotations, the scorer's report, model
// metadata. Values are a tree; objects keep their keys in file order. Malformed input throws JsonError with the
// byte offset, never crashes.

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace bulletin::json {

class JsonError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Value;
using Array = std::vector<Value>;
using Object = std::vector<std::pair<std::string, Value>>;

class Value final {
public:
    Value() = default;
    explicit Value(bool b) : v_(b) {}
    explicit Value(double d) : v_(d) {}
    explicit Value(std::string s) : v_(std::move(s)) {}
    explicit Value(Array a) : v_(std::make_shared<Array>(std::move(a))) {}
    explicit Value(Object o) : v_(std::make_shared<Object>(std::move(o))) {}

    [[nodiscard]] bool isNull() const { return std::holds_alternative<std::monostate>(v_); }
    [[nodiscard]] bool isString() const { return std::holds_alternative<std::string>(v_); }
    [[nodiscard]] bool isNumber() const { return std::holds_alternative<double>(v_); }
    [[nodiscard]] bool isArray() const { return std::holds_alternative<std::shared_ptr<Array>>(v_); }
    [[nodiscard]] bool isObject() const { return std::holds_alternative<std::shared_ptr<Object>>(v_); }

    // Typed reads with a fallback for a missing or differently typed value: gold files written by hand may
    // leave a key out, and a missing key reads as empty, as score.py reads it.
    [[nodiscard]] std::string string(std::string fallback = {}) const;
    [[nodiscard]] double number(double fallback = 0) const;
    [[nodiscard]] const Array& array() const;
    [[nodiscard]] const Object& object() const;
    // The member of an object (a null value when absent or when this is not an object).
    [[nodiscard]] const Value& operator[](std::string_view key) const;

private:
    std::variant<std::monostate, bool, double, std::string, std::shared_ptr<Array>, std::shared_ptr<Object>> v_;
};

[[nodiscard]] Value parse(std::string_view text);

}  // namespace bulletin::json
