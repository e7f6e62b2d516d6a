#pragma once
// Being told that other connections committed to the archive, instead of asking every few seconds: a team server
// sends a notice with every commit (NOTIFY bulletin_changed), and a listener turns those into a readable descriptor
// an event loop can watch. An archive file has no such channel (ArchiveEngine::listenForChanges returns nullptr).

namespace bulletin::store {

class ChangeListener {
public:
    virtual ~ChangeListener() = default;
    ChangeListener(const ChangeListener&) = delete;
    ChangeListener& operator=(const ChangeListener&) = delete;

    // Becomes readable when a notice may have arrived (for select() or a QSocketNotifier).
    [[nodiscard]] virtual int descriptor() const = 0;
    // Reads what arrived without waiting; true when it held at least one change notice. Throws store::Error when the
    // connection is lost (the caller then falls back to asking).
    virtual bool takeNotices() = 0;

protected:
    ChangeListener() = default;
};

}  // namespace bulletin::store
