#pragma once
// What the reading pane says while the archive holds no release: what to do first (add a folder, open another
// archive, try the sample releases), as links the window acts on. An empty pane and "0 releases" told a new
// analyst nothing.

#include <QString>
#include <QUrl>

namespace bulletin::app {

// The guide's links: bulletin-start:add-folder, bulletin-start:open-archive, bulletin-start:add-samples.
inline constexpr const char* kStartScheme = "bulletin-start";

// The sample releases shipped with Bulletin (installed share/bulletin/samples, or the source tree's data/samples);
// empty when there are none.
[[nodiscard]] QString sampleReleasesFolder();

// The guide as HTML for the document view; the sample link only when `samples` is not empty.
[[nodiscard]] QString startGuideHtml(const QString& archivePath, const QString& samples);

}  // namespace bulletin::app
