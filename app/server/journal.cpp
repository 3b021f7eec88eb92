#include "server/journal.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Linkdeck::Server {
namespace {
std::atomic<std::uint64_t> errorCount{0};
std::atomic<std::int64_t> lastReportSecond{0};

bool parseName(const std::string &name, int *thread, std::int64_t *segment)
{
    int t = 0;
    long long s = 0;
    char tail[16] = {};
    if (std::sscanf(name.c_str(), "clicks-%d-%lld.%15s", &t, &s, tail) != 3 || std::strcmp(tail, "journal") != 0)
        return false;
    *thread = t;
    *segment = s;
    return true;
}
} // namespace

std::string JournalAppender::segmentPath(const std::string &dir, int thread, std::int64_t segment)
{
    char name[64];
    std::snprintf(name, sizeof name, "clicks-%d-%08lld.journal", thread, static_cast<long long>(segment));
    return dir + '/' + name;
}

std::vector<JournalSegment> listSegments(const std::string &dir)
{
    std::vector<JournalSegment> out;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec)) {
        JournalSegment s;
        if (parseName(entry.path().filename().string(), &s.thread, &s.segment)) {
            s.path = entry.path().string();
            out.push_back(std::move(s));
        }
    }
    std::sort(out.begin(), out.end(), [](const JournalSegment &a, const JournalSegment &b) {
        return a.thread != b.thread ? a.thread < b.thread : a.segment < b.segment;
    });
    return out;
}

JournalAppender::JournalAppender(std::string dir, int thread)
    : m_dir(std::move(dir))
    , m_thread(thread)
{
    // Never append to a segment of an earlier run: start after the highest one.
    for (const JournalSegment &s : listSegments(m_dir)) {
        if (s.thread == m_thread)
            m_segment = std::max(m_segment, s.segment);
    }
    openNext();
}

JournalAppender::~JournalAppender()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool JournalAppender::openNext()
{
    const int previous = m_fd;
    ++m_segment;
    m_fd = ::open(segmentPath(m_dir, m_thread, m_segment).c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    m_size = 0;
    if (previous >= 0)
        ::close(previous);
    if (m_fd < 0) {
        m_lastError = errno;
        return false;
    }
    return true;
}

bool JournalAppender::append(const std::string &bytes)
{
    if (m_fd < 0 && !openNext())
        return false;
    if (m_size >= SegmentBytes && !openNext())
        return false;
    const ssize_t written = ::write(m_fd, bytes.data(), bytes.size());
    if (written == ssize_t(bytes.size())) {
        m_size += written;
        return true;
    }
    m_lastError = written < 0 ? errno : ENOSPC;
    if (written > 0) {
        // A torn record: cut it off, or move to a fresh segment so the reader can skip it.
        if (::ftruncate(m_fd, m_size) != 0)
            openNext();
    }
    return false;
}

void reportJournalError(int error)
{
    errorCount.fetch_add(1, std::memory_order_relaxed);
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    auto last = lastReportSecond.load(std::memory_order_relaxed);
    if (now - last < 5 || !lastReportSecond.compare_exchange_strong(last, now))
        return;
    std::fprintf(stderr,
                 "linkdeck-server: ERROR: cannot write the click journal (%s). Redirects go on, but clicks are "
                 "being lost (%llu so far). Free disk space or fix the journal directory's permissions.\n",
                 std::strerror(error), static_cast<unsigned long long>(errorCount.load()));
}

std::uint64_t journalErrorCount()
{
    return errorCount.load(std::memory_order_relaxed);
}

} // namespace Linkdeck::Server
