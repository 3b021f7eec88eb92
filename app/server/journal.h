#pragma once

#include "core/base/result.h"

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

    // segmentBytes: the size at which a new segment starts (tests use small ones).
    JournalAppender(std::string dir, int thread, std::int64_t segmentBytes = SegmentBytes);
    ~JournalAppender();
    JournalAppender(const JournalAppender &) = delete;
    JournalAppender &operator=(const JournalAppender &) = delete;

    // Checks that the segments this appender wrote and the ingestor has not stored yet (the one
    // being written and the finished ones it keeps open until then) are still in the directory.
    // Should the directory (or a file) have been removed while the server runs, it is made again
    // with the journal identity and each segment's bytes, under the same names, so that the
    // ingestor goes on reading where it was: no click is lost or counted twice. Called every
    // second by the I/O thread that owns the appender, and when it goes. Returns the number of
    // segments made again.
    int restoreIfRemoved();

    // Appends framed records. On failure (disk full, unwritable) returns false, sets
    // lastError() and counts the clicks that were not written in journalState(); the caller
    // keeps redirecting. After a failure the next append starts a new segment, so that the
    // ingestor can store and delete the current one and the space it held comes back.
    bool append(const std::string &bytes);
    int lastError() const { return m_lastError; }

    static std::string segmentPath(const std::string &dir, int thread, std::int64_t segment);

    // Finished segments kept open until stored (at most this many; older ones are closed, and
    // could not be made again should the directory go).
    static constexpr std::size_t MaxHeldSegments = 64;
    std::size_t heldSegments() const { return m_finished.size(); }

private:
    struct Held
    {
        std::int64_t segment = 0;
        int fd = -1;
    };
    bool openNext();
    void finishCurrent();
    bool restoreSegment(std::int64_t segment, int fd, std::int64_t bytes);

    std::string m_dir;
    int m_thread;
    std::string m_identity;   // the journal identity found at start, written again if the directory goes
    std::int64_t m_segmentBytes;
    std::int64_t m_segment = 0;
    int m_fd = -1;
    std::vector<Held> m_finished;   // finished segments not known to be stored, oldest first
    std::int64_t m_size = 0;
    int m_lastError = 0;
    bool m_failing = false;   // the last append failed (counted in journalState().failing)
};

struct JournalSegment
{
    int thread = 0;
    std::int64_t segment = 0;
    std::string path;
};

// All segments in a directory, ordered by thread, then segment.
std::vector<JournalSegment> listSegments(const std::string &dir);

// The journal's identity: a file "journal.id" in the journal directory holding the UUID
// that the database keeps too (table journal_identity). ClickIngestor checks at start that
// both agree, so that a journal directory that was removed, emptied, changed or belongs to
// another database is never read with this database's positions.
std::string journalIdentityPath(const std::string &dir);
// The identity in dir; "" when there is no identity file. A file that exists but cannot be
// read or holds no identity gives "unreadable".
std::string readJournalIdentity(const std::string &dir);
// Writes the identity file durably (a temporary file, fsync, rename, fsync of the directory).
Result<void> writeJournalIdentity(const std::string &dir, const std::string &identity);

// Creates the journal directory if needed and checks that a file can be made in it; an Error
// (Storage) with a sentence for the operator when not (a file in its place, a read-only mount,
// no permission). A full disk is not refused: the server redirects and reports the lost clicks.
Result<void> checkJournalDirectory(const std::string &dir);

// The ingestor says which segments of a journal are stored (every segment of I/O thread
// `thread` below `segment`) before it deletes them, so that the appenders close the finished
// segments they keep open and do not take the deletion for a removed directory. Per journal
// directory, for the whole process.
void noteSegmentsStored(const std::string &dir, int thread, std::int64_t segment);
std::int64_t storedSegmentsBelow(const std::string &dir, int thread);

// Rate-limited, loud report of a journal problem to stderr (at most every few seconds).
void reportJournalError(int error);

// The journal's state for /rest/health, over every appender in the process.
struct JournalState
{
    std::uint64_t lostClicks = 0;   // clicks redirected whose journal write failed, since start
    int lastError = 0;              // errno of the last failed write
    bool failing = false;           // some I/O thread's last write failed
};
JournalState journalState();

}   // namespace Linkdeck::Server
