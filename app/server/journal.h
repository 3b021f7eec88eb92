#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace Linkdeck::Server {

// The click journal: append-only segment files, one series per I/O thread, named
// clicks-<thread>-<segment>.journal. The redirect path appends with write(2) before it
// answers, so a click whose redirect was sent is in the kernel even if the process is
// killed; ClickIngestor moves the records into the database and deletes used segments.
class JournalAppender
{
public:
    static constexpr std::int64_t SegmentBytes = 32 * 1024 * 1024;

    JournalAppender(std::string dir, int thread);
    ~JournalAppender();
    JournalAppender(const JournalAppender &) = delete;
    JournalAppender &operator=(const JournalAppender &) = delete;

    // Appends framed records. On failure (disk full, unwritable) returns false and sets
    // lastError(); the caller keeps redirecting.
    bool append(const std::string &bytes);
    int lastError() const { return m_lastError; }

    static std::string segmentPath(const std::string &dir, int thread, std::int64_t segment);

private:
    bool openNext();

    std::string m_dir;
    int m_thread;
    std::int64_t m_segment = 0;
    int m_fd = -1;
    std::int64_t m_size = 0;
    int m_lastError = 0;
};

struct JournalSegment
{
    int thread = 0;
    std::int64_t segment = 0;
    std::string path;
};

// All segments in a directory, ordered by thread, then segment.
std::vector<JournalSegment> listSegments(const std::string &dir);

// Rate-limited, loud report of a journal problem to stderr (at most every few seconds).
void reportJournalError(int error);
std::uint64_t journalErrorCount();

} // namespace Linkdeck::Server
