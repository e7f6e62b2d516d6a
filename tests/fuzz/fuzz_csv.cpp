// Any cells (the input split on 0x1F into cells and 0x1E into rows): the CSV read back by an independent RFC 4180
// reader gives the same cells; with the guard on, no cell starts with a formula character.
#include <sstream>
#include <string>
#include <vector>

#include "export/csv_writer.hpp"
#include "fuzz_support.hpp"
#include "support/csv_reader.hpp"

using namespace bulletin;

namespace {
using Rows = std::vector<std::vector<std::string>>;

Rows split(std::string_view in) {
    Rows rows(1, std::vector<std::string>(1));
    for (char c : in) {
        if (c == '\x1e') rows.emplace_back(1);
        else if (c == '\x1f') rows.back().emplace_back();
        else rows.back().back() += c;
    }
    return rows;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Rows rows = split(fuzz::asText(data, size));
    for (const bool safe : {false, true}) {
        std::ostringstream out;
        exporting::CsvWriter csv(out, {false, safe});
        for (const auto& r : rows) csv.writeRow(r);
        const Rows back = test::parseCsv(out.str(), false);  // written without a BOM
        fuzz::require(back.size() == rows.size(), "as many rows read back as written");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            fuzz::require(back[i].size() == rows[i].size(), "as many cells read back as written");
            for (std::size_t k = 0; k < rows[i].size(); ++k) {
                const std::string& cell = back[i][k];
                if (!safe) {
                    fuzz::require(cell == rows[i][k], "a cell reads back unchanged");
                    continue;
                }
                const bool risky = !rows[i][k].empty() && std::string_view("=+-@\t\r").find(rows[i][k][0]) != std::string_view::npos;
                fuzz::require(cell == (risky ? "'" + rows[i][k] : rows[i][k]), "a guarded cell is the cell, apostrophe first when risky");
            }
        }
    }
    return 0;
}
