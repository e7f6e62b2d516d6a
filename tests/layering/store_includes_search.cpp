// Must not compile: the store layer cannot see search, which sits above it.
#include "search/searcher.hpp"
