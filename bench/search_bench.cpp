// Search benchmark on an existing archive (the mix: bench/search_mix.hpp).
//
//   search_bench LOCATION [--runs N]
//
// LOCATION is an archive file or a team server (postgresql:...); the bare FTS5 floors are measured on a file only.

#include <cstdio>
#include <string>

#include "search_mix.hpp"

using namespace bulletin;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: search_bench LOCATION [--runs N]\n");
        return 2;
    }
    int runs = 20;
    for (int i = 2; i + 1 < argc; i += 2)
        if (std::string(argv[i]) == "--runs") runs = std::stoi(argv[i + 1]);
    const auto location = store::Location::parse(argv[1]);
    store::Archive archive(location, store::Access::Read);
    bench::printSearchMix(archive, location, runs);
    return 0;
}
