#pragma once
// Catch2 through one header: v2 (Debian 12) has a single header, v3 (Ubuntu 24.04) split headers.

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
