#pragma once

namespace bulletin::app {

inline constexpr const char* kApplicationId = "org.bulletinapp.Bulletin";
inline constexpr const char* kOrganizationDomain = "bulletinapp.org";
inline constexpr const char* kOrganizationName = "Bulletin";
inline constexpr const char* kApplicationName = "Bulletin";

}  // namespace bulletin::app
