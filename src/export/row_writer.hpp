#pragma once
// Writes the rows of a list as CSV or JSON Lines, a row at a time, with the chosen columns in the chosen order.

#include <ostream>
#include <string>
#include <vector>

#include "csv_writer.hpp"
#include "export_options.hpp"

namespace bulletin::exporting {

// A cell: text, a whole number, several values (joined with "; " in CSV, an array in JSON), or yes/no (a JSON
// boolean; text is "yes" or "no").
struct Cell final {
    std::string text;
    std::vector<std::string> values;
    enum class Type { Text, Number, List, Boolean } type = Type::Text;
};
using Row = std::vector<Cell>;

class RowWriter final {
public:
    // Throws std::invalid_argument naming the list's columns when a chosen column is not one of them.
    RowWriter(std::ostream& out, const std::vector<std::string>& listColumns, const ExportOptions& options);

    // The CSV header row (JSON Lines has none); separate so that a list refused by its query writes nothing.
    void writeHeader();
    // `row` holds a cell for every list column, in list order.
    void write(const Row& row);

    // Indices into the list's columns of the chosen ones, in output order.
    [[nodiscard]] const std::vector<std::size_t>& picked() const { return picked_; }

private:
    std::ostream& out_;
    const std::vector<std::string>& columns_;
    Format format_;
    CsvWriter csv_;
    std::vector<std::size_t> picked_;
    std::vector<std::string> cells_;
};

}  // namespace bulletin::exporting
