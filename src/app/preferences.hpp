#pragma once
// The analyst's preferences, kept in QSettings: how long the search waits while typing, how many rows a list shows,
// whether the last archive reopens, the document text size and the colour scheme.

#include <QString>

class QSettings;

namespace bulletin::app {

struct Preferences final {
    enum class Theme { System, Light, Dark };

    int searchDelayMs = 150;      // after the last keystroke (the first one after a pause searches at once)
    int listRows = 5000;          // rows of a non-document list on screen (exports have no cap)
    bool reopenLastArchive = true;
    int documentFontPoints = 0;   // 0: the system's size
    Theme theme = Theme::System;

    [[nodiscard]] static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;
    bool operator==(const Preferences&) const = default;
};

// Applies a colour scheme to the whole application: System keeps the platform's style and palette (which follow
// the desktop's light or dark setting); Light and Dark use the Fusion style with a palette of that kind.
void applyTheme(Preferences::Theme theme);

}  // namespace bulletin::app
