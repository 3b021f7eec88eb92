#include "server/journal.h"

#include "server/clickrecord.h"
#include "server/servererror.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <string_view>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Linkdeck::Server {
namespace {
std::atomic<std::uint64_t> lostClicks{0};
std::atomic<int> lastFailure{0};
std::atomic<int> failingAppenders{0};
std::atomic<std::int64_t> lastReportSecond{0};

// What the ingestor has stored, per journal directory and I/O thread (noteSegmentsStored).
std::mutex storedMutex;
std::map<std::pair<std::string, int>, std::int64_t> storedBelow;

// "clicks-<thread>-<segment>.journal" with decimal numbers that fit: a name whose number does
// not (sscanf's overflow is undefined) is no journal file of ours.
bool parseName(const std::string &name, int *thread, std::int64_t *segment)
{
    std::string_view rest = name;
    const auto number = [&rest](auto *out, char end) {
        const char *first = rest.data();
        const char *last = rest.data() + rest.size();
        if (first == last || *first < '0' || *first > '9')
            return false;
        const auto [ptr, ec] = std::from_chars(first, last, *out);
        if (ec != std::errc() || ptr == last || *ptr != end)
            return false;
        rest.remove_prefix(std::size_t(ptr - first) + 1);
        return true;
    };
    constexpr std::string_view prefix = "clicks-";
    if (rest.substr(0, prefix.size()) != prefix)
        return false;
    rest.remove_prefix(prefix.size());
    int t = 0;
    std::int64_t s = 0;
    if (!number(&t, '-') || !number(&s, '.') || rest != "journal")
        return false;
    *thread = t;
    *segment = s;
    return true;
}
}   // namespace

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
    // Never the range-for: its increment throws on an I/O error.
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        JournalSegment s;
        if (parseName(it->path().filename().string(), &s.thread, &s.segment)) {
            s.path = it->path().string();
            out.push_back(std::move(s));
        }
    }
    std::sort(out.begin(), out.end(), [](const JournalSegment &a, const JournalSegment &b) {
        return a.thread != b.thread ? a.thread < b.thread : a.segment < b.segment;
    });
    return out;
}

std::string journalIdentityPath(const std::string &dir)
{
    return dir + "/journal.id";
}

std::string readJournalIdentity(const std::string &dir)
{
    const int fd = ::open(journalIdentityPath(dir).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? std::string() : std::string("unreadable");
    char buffer[128];
    const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
    ::close(fd);
    if (n <= 0)
        return "unreadable";
    std::string id(buffer, std::size_t(n));
    while (!id.empty() && (id.back() == '\n' || id.back() == '\r' || id.back() == ' '))
        id.pop_back();
    const bool valid = !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) || c == '-';
    });
    return valid ? id : std::string("unreadable");
}

Result<void> writeJournalIdentity(const std::string &dir, const std::string &identity)
{
    const std::string path = journalIdentityPath(dir);
    const std::string temporary = path + ".new";
    const std::string text = identity + "\n";
    int failure = 0;
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        failure = errno;
    else if (::write(fd, text.data(), text.size()) != ssize_t(text.size()) || ::fsync(fd) != 0)
        failure = errno ? errno : EIO;
    if (fd >= 0)
        ::close(fd);
    if (!failure && ::rename(temporary.c_str(), path.c_str()) != 0)
        failure = errno;
    if (failure) {
        ::unlink(temporary.c_str());
        return serverError(Error::Kind::Storage,
                           "cannot write the journal identity " + path + ": " + std::strerror(failure));
    }
    if (const int d = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); d >= 0) {
        ::fsync(d);
        ::close(d);
    }
    return {};
}

JournalAppender::JournalAppender(std::string dir, int thread, std::int64_t segmentBytes)
    : m_dir(std::move(dir))
    , m_thread(thread)
    , m_segmentBytes(segmentBytes)
{
    // Never append to a segment of an earlier run: start after the highest one.
    for (const JournalSegment &s : listSegments(m_dir)) {
        if (s.thread == m_thread)
            m_segment = std::max(m_segment, s.segment);
    }
    if (const std::string id = readJournalIdentity(m_dir); id != "unreadable")
        m_identity = id;
    openNext();
}

JournalAppender::~JournalAppender()
{
    restoreIfRemoved();   // before the ingestor's last pass at a stop
    if (m_fd >= 0)
        ::close(m_fd);
    for (const Held &h : m_finished)
        ::close(h.fd);
    if (m_failing)
        failingAppenders.fetch_sub(1, std::memory_order_relaxed);
}

void JournalAppender::finishCurrent()
{
    if (m_fd < 0)
        return;
    if (m_size == 0) {
        ::close(m_fd);   // nothing in it to keep
    } else {
        m_finished.push_back(Held{m_segment, m_fd});
        if (m_finished.size() > MaxHeldSegments) {
            ::close(m_finished.front().fd);
            m_finished.erase(m_finished.begin());
        }
    }
    m_fd = -1;
}

bool JournalAppender::openNext()
{
    finishCurrent();
    ++m_segment;
    // Read-write: should the file be removed while it is written, its bytes are read back from here.
    m_fd = ::open(segmentPath(m_dir, m_thread, m_segment).c_str(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    m_size = 0;
    if (m_fd < 0) {
        m_lastError = errno;
        return false;
    }
    return true;
}

int JournalAppender::restoreIfRemoved()
{
    // Finished segments the ingestor has stored are closed: their deletion is no removal.
    const std::int64_t stored = storedSegmentsBelow(m_dir, m_thread);
    std::erase_if(m_finished, [stored](const Held &h) {
        if (h.segment >= stored)
            return false;
        ::close(h.fd);
        return true;
    });
    int restored = 0;
    struct stat st
    {};
    for (auto it = m_finished.begin(); it != m_finished.end();) {
        if (::fstat(it->fd, &st) != 0 || st.st_nlink > 0) {
            ++it;
            continue;
        }
        // The ingestor may have stored it since `stored` was read: then it is not made again.
        if (it->segment < storedSegmentsBelow(m_dir, m_thread)) {
            ::close(it->fd);
            it = m_finished.erase(it);
            continue;
        }
        const bool ok = restoreSegment(it->segment, it->fd, st.st_size);
        ::close(it->fd);   // the file made again holds the bytes; the ingestor reads it
        it = m_finished.erase(it);
        restored += ok;
    }
    if (m_fd >= 0 && ::fstat(m_fd, &st) == 0 && st.st_nlink == 0) {
        const int fd = m_fd;
        m_fd = -1;
        if (restoreSegment(m_segment, fd, m_size)) {
            // Go on appending in the file made again.
            m_fd = ::open(segmentPath(m_dir, m_thread, m_segment).c_str(), O_RDWR | O_APPEND | O_CLOEXEC);
            ++restored;
        }
        ::close(fd);
        // Not restored (the directory cannot be made again, a full disk): going on in the
        // unlinked file is pointless, so the next append opens a new segment if it can.
    }
    return restored;
}

bool JournalAppender::restoreSegment(std::int64_t segment, int from, std::int64_t bytes)
{
    // Its bytes exist only behind `from` now.
    std::error_code ec;
    std::filesystem::create_directories(m_dir, ec);
    if (!ec)
        std::filesystem::permissions(m_dir, std::filesystem::perms::owner_all, ec);
    std::string identityError;
    if (!m_identity.empty() && readJournalIdentity(m_dir) != m_identity) {
        if (auto written = writeJournalIdentity(m_dir, m_identity); !written)
            identityError = messageOf(written.error());
    }
    // Copied under another name and renamed into place, so that the ingestor never reads half of it.
    const std::string path = segmentPath(m_dir, m_thread, segment);
    const std::string temporary = path + ".restoring";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool copied = fd >= 0;
    std::int64_t at = 0;
    char buffer[64 * 1024];
    while (copied && at < bytes) {
        const ssize_t n = ::pread(from, buffer, std::size_t(std::min<std::int64_t>(sizeof buffer, bytes - at)), at);
        copied = n > 0 && ::write(fd, buffer, std::size_t(n)) == n;
        at += n > 0 ? n : 0;
    }
    if (copied) {
        struct stat st
        {};
        if (::stat(path.c_str(), &st) == 0) {
            copied = false;   // never over a file of that name (the segment is back already)
            errno = EEXIST;
        } else {
            copied = ::fsync(fd) == 0 && ::rename(temporary.c_str(), path.c_str()) == 0;
        }
    }
    const int error = copied ? 0 : errno ? errno : EIO;
    if (fd >= 0)
        ::close(fd);
    if (!copied) {
        if (fd >= 0)
            ::unlink(temporary.c_str());
        std::fprintf(stderr,
                     "linkdeck-server: ERROR: the click journal file %s was removed while the server ran and cannot be "
                     "made again (%s): the clicks in it that were not stored yet are lost\n",
                     path.c_str(), std::strerror(error));
        return false;
    }
    std::fprintf(stderr,
                 "linkdeck-server: WARNING: the click journal file %s was removed while the server ran (the journal "
                 "directory deleted?); it was made again with its %lld bytes, so none of its clicks is lost%s%s\n",
                 path.c_str(), static_cast<long long>(bytes), identityError.empty() ? "" : "; ", identityError.c_str());
    return true;
}

bool JournalAppender::append(const std::string &bytes)
{
    ssize_t written = -1;
    bool ok = (m_fd >= 0 || openNext()) && (m_size < m_segmentBytes || openNext());
    if (ok) {
        written = ::write(m_fd, bytes.data(), bytes.size());
        ok = written == ssize_t(bytes.size());
    }
    if (ok) {
        m_size += written;
        if (m_failing) [[unlikely]] {
            m_failing = false;
            failingAppenders.fetch_sub(1, std::memory_order_relaxed);
        }
        return true;
    }
    // The write failed: count the clicks it held, which were redirected but are not in the journal.
    std::size_t lost = ClickCodec::count(bytes);
    if (written >= 0 || m_fd >= 0)
        m_lastError = written < 0 ? errno : ENOSPC;
    if (written > 0 && ::ftruncate(m_fd, m_size) != 0) {
        // A torn record stays in this segment: the whole records before it will be read, so
        // they are not lost; the reader skips the torn one at the end.
        lost -= std::min(lost, ClickCodec::count(std::string_view(bytes).substr(0, std::size_t(written))));
        m_size = -1;   // never append after the torn bytes
    }
    lostClicks.fetch_add(lost, std::memory_order_relaxed);
    lastFailure.store(m_lastError, std::memory_order_relaxed);
    if (!m_failing) {
        m_failing = true;
        failingAppenders.fetch_add(1, std::memory_order_relaxed);
    }
    if (m_fd >= 0 && m_size != 0) {
        // Go on in a new segment: this one is finished, so the ingestor stores what it holds and
        // deletes it, and the space comes back (a full disk does not stay full of stored clicks).
        finishCurrent();
    }
    return false;
}

Result<void> checkJournalDirectory(const std::string &dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::string reason;
    if (ec) {
        reason = std::filesystem::exists(dir) && !std::filesystem::is_directory(dir)
            ? std::string("it is a file, not a directory")
            : ec.message();
    } else {
        // As root, permissions say little: make a file.
        const std::string probe = dir + "/.write-test-" + std::to_string(::getpid());
        const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            ::unlink(probe.c_str());
        } else if (errno != ENOSPC && errno != EDQUOT) {
            reason = std::strerror(errno);
        }
    }
    if (reason.empty())
        return {};
    return serverError(Error::Kind::Storage,
                       "cannot write the click journal in " + dir + " (" + reason
                           + "), so every click would be lost; "
                             "give linkdeck-server a directory it can write (--journal-dir), or fix this one's "
                             "mount or permissions");
}

void noteSegmentsStored(const std::string &dir, int thread, std::int64_t segment)
{
    const std::lock_guard lock(storedMutex);
    std::int64_t &below = storedBelow[{dir, thread}];
    below = std::max(below, segment);
}

std::int64_t storedSegmentsBelow(const std::string &dir, int thread)
{
    const std::lock_guard lock(storedMutex);
    const auto it = storedBelow.find({dir, thread});
    return it == storedBelow.end() ? 0 : it->second;
}

void reportJournalError(int error)
{
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
    auto last = lastReportSecond.load(std::memory_order_relaxed);
    if (now - last < 5 || !lastReportSecond.compare_exchange_strong(last, now))
        return;
    std::fprintf(stderr,
                 "linkdeck-server: ERROR: cannot write the click journal (%s). Redirects go on, but clicks are "
                 "being lost (%llu so far). Free disk space or fix the journal directory's permissions.\n",
                 std::strerror(error), static_cast<unsigned long long>(lostClicks.load()));
}

JournalState journalState()
{
    JournalState state;
    state.lostClicks = lostClicks.load(std::memory_order_relaxed);
    state.lastError = lastFailure.load(std::memory_order_relaxed);
    state.failing = failingAppenders.load(std::memory_order_relaxed) > 0;
    return state;
}

}   // namespace Linkdeck::Server
