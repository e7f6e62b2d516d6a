#pragma once
// Each bulletin-cli subcommand: run(args) returns the process exit code.

#include <string>
#include <vector>

namespace bulletin::cli {

struct Command final {
    const char* name;
    const char* summary;
    const char* usage;  // full --help text
    int (*run)(const std::vector<std::string>& args);
};

[[nodiscard]] const std::vector<Command>& commands();

// Says once on stderr when the name tagger's model could not be loaded (missing or damaged file): extraction then
// runs on the rules alone, which finds fewer names. Silent when the tagger was switched off on purpose.
void warnIfTaggerMissing();

int runIngest(const std::vector<std::string>& args);
int runSearch(const std::vector<std::string>& args);
int runExport(const std::vector<std::string>& args);
int runStats(const std::vector<std::string>& args);
int runErrors(const std::vector<std::string>& args);
int runCheck(const std::vector<std::string>& args);
int runExtract(const std::vector<std::string>& args);
int runList(const std::vector<std::string>& args);
int runEntity(const std::vector<std::string>& args);
int runBatch(const std::vector<std::string>& args);
int runMark(const std::vector<std::string>& args);
int runSaved(const std::vector<std::string>& args);
int runHistory(const std::vector<std::string>& args);
int runServer(const std::vector<std::string>& args);
int runCopy(const std::vector<std::string>& args);

}  // namespace bulletin::cli
